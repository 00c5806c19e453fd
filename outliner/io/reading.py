"""Reading a file the person named, safely: bounded, and never blocking.

Every reader of the app (drafts, .essay files, Word documents and
templates) takes its bytes through :func:`read_limited`, or checks with
:func:`check_regular_file` first, so a missing file, a folder, a named pipe
(FIFO), a device, a socket or a file too big are each refused with one
DocumentError naming the file, before anything waits or fills memory.

Opening a FIFO for reading normally waits until some program writes to it;
opening it with O_NONBLOCK returns at once, and ``fstat`` on the open file
then says what it really is (no race between looking and opening).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from outliner.io.errors import DocumentError

_NONBLOCK = getattr(os, "O_NONBLOCK", 0)  # absent on Windows, which has no FIFOs to open
_BINARY = getattr(os, "O_BINARY", 0)


def _not_regular(path: Path, mode: int, what: str) -> DocumentError | None:
    """The refusal for a file that is not a regular file, or None."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return DocumentError(path, "is a folder, not a file")
    if stat.S_ISFIFO(mode):
        kind = "a named pipe (FIFO)"
    elif stat.S_ISSOCK(mode):
        kind = "a socket"
    elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        kind = "a device"
    else:
        kind = "a special file"
    return DocumentError(path, f"is {kind}, not a regular file, so it cannot be read as {what}")


def _too_big(path: Path, what: str, limit: int, size: int | None) -> DocumentError:
    # "it is 200.0 MB" with a decimal, so a file just over "the limit is 200 MB" reads so
    shown = f"; it is {size / 2**20:.1f} MB" if size is not None else ""
    return DocumentError(path, f"is too large to be {what} (the limit is "
                               f"{limit / 2**20:.0f} MB{shown})")


def _cannot_read(path: Path, exc: OSError) -> DocumentError:
    if isinstance(exc, FileNotFoundError):
        return DocumentError(path, "no such file")
    if isinstance(exc, IsADirectoryError):
        return DocumentError(path, "is a folder, not a file")
    return DocumentError(path, f"cannot be read ({exc.strerror or exc})")


def check_regular_file(path: Path, what: str) -> int:
    """The size of ``path`` after checking it is a regular file; DocumentError
    when it is missing, a folder, a FIFO, a device or a socket. For readers
    that hand the path to a library (zipfile) rather than read it here."""
    path = Path(path)
    try:
        info = path.stat()
    except OSError as exc:
        raise _cannot_read(path, exc) from None
    refusal = _not_regular(path, info.st_mode, what)
    if refusal is not None:
        raise refusal
    return info.st_size


def read_limited(path: Path, limit: int, what: str) -> bytes:
    """All bytes of the regular file ``path``, at most ``limit`` of them.

    ``what`` names what the file should be ("an essay file", "a draft") in
    the messages. DocumentError for a missing file, a folder, a FIFO, a
    device, a socket, a file over ``limit`` bytes (also one that grows past
    it while being read) and any read error. Never blocks on a FIFO.
    """
    path = Path(path)
    try:
        fd = os.open(path, os.O_RDONLY | _NONBLOCK | _BINARY)
    except OSError as exc:
        check_regular_file(path, what)  # a socket cannot be opened: say what it is
        raise _cannot_read(path, exc) from None
    try:
        info = os.fstat(fd)
        refusal = _not_regular(path, info.st_mode, what)
        if refusal is not None:
            raise refusal
        if info.st_size > limit:
            raise _too_big(path, what, limit, info.st_size)
        chunks: list[bytes] = []
        total = 0
        while total <= limit:
            chunk = os.read(fd, min(limit + 1 - total, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    except OSError as exc:
        raise _cannot_read(path, exc) from None
    finally:
        os.close(fd)
    if total > limit:  # it grew while being read
        raise _too_big(path, what, limit, None)
    return b"".join(chunks)
