"""Hostile .docx files: how long the import takes to refuse each, and its peak memory.

    .venv/bin/python benchmarks/bench_hostile_docx.py

Builds the bombs of tests/docx_bombs.py in a temporary folder (a few MB on
disk each, gigabytes unpacked) and a 1 MB-of-text essay for comparison, then
imports each in a fresh process (address space capped at 2 GB so nothing
can eat the machine) and prints wall time and peak RSS beside the targets:
refused in under 5 s with a peak under 300 MB. Asserts nothing.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


from tests.support import docx_bombs  # noqa: E402

TARGET_SECONDS = 5.0
TARGET_MB = 300

CHILD = """
import resource, sys
resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))
from outliner.io.importers.word import import_docx
from outliner.io.errors import DocumentError
try:
    import_docx(sys.argv[1])
    print("imported")
except DocumentError as exc:
    print("refused:", exc.problem)
except MemoryError:
    print("out of memory")
status = open("/proc/self/status").read().split("VmHWM:")[1]
print(int(status.split()[0]) // 1024)
"""


def run(path: Path) -> tuple[float, int, str]:
    """(seconds, peak MB, outcome) of importing ``path`` in a fresh process."""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", CHILD, str(path)], capture_output=True,
                          text=True, timeout=600, cwd="/", env={"PYTHONPATH": str(REPO)})
    seconds = time.perf_counter() - start
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or len(lines) != 2:
        return seconds, 0, f"crashed: {done.stderr.strip().splitlines()[-1:]}"
    return seconds, int(lines[1]), lines[0]


def main() -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        files = {bomb: make(folder) for bomb, make in docx_bombs.ALL_BOMBS.items()}
        files["essay (1 MB text)"] = docx_bombs.essay_of_one_megabyte(folder / "essay-1mb.docx")
        print(f"{'file':<18} {'on disk':>9} {'time':>7} {'peak':>7}  outcome"
              f"   (targets: {TARGET_SECONDS:.0f} s, {TARGET_MB} MB)")
        for label, path in files.items():
            seconds, peak, outcome = run(path)
            ok = "ok " if seconds < TARGET_SECONDS and peak < TARGET_MB else "OVER"
            print(f"{label:<18} {path.stat().st_size / 1e6:>7.1f}MB {seconds:>6.2f}s "
                  f"{peak:>5}MB  {ok} {outcome[:90]}")


if __name__ == "__main__":
    main()
