"""A private X server (Xvfb) for tests that need real pointer input.

Xvfb picks a free display number itself (``-displayfd``) and writes it to a
pipe once it accepts connections, so there is no race with other servers and
no polling for a lock file.
"""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager

#: How long Xvfb may take to start before we give up (seconds).
START_TIMEOUT = 20.0


def missing_tools() -> str | None:
    """Why real-input tests cannot run here, or None when they can."""
    for tool in ("Xvfb", "xdotool"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (apt-get install xvfb xdotool)"
    return None


@contextmanager
def xvfb_display(width: int = 1280, height: int = 800) -> Iterator[str]:
    """Run Xvfb for the duration of the block; yield its DISPLAY (":N")."""
    with tempfile.TemporaryFile() as log:
        read_end, write_end = os.pipe()
        process = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_end), "-screen", "0",
             f"{width}x{height}x24", "-nolisten", "tcp"],
            pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=log,
        )
        os.close(write_end)
        try:
            ready, _, _ = select.select([read_end], [], [], START_TIMEOUT)
            number = os.read(read_end, 64).decode().strip() if ready else ""
            if not number.isdigit():
                _stop(process)
                log.seek(0)
                raise RuntimeError(
                    f"Xvfb did not start: {log.read().decode(errors='replace')}")
            yield f":{number}"
        finally:
            os.close(read_end)
            _stop(process)


def _stop(process: subprocess.Popen[bytes]) -> None:
    """End the server we started (politely, then for sure)."""
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
