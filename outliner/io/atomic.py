"""Write files so that a crash or a full disk never leaves half a file."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from pathlib import Path

from outliner.io.errors import DocumentError


def atomic_write(path: Path, data: bytes, *, backup: bool = False) -> None:
    """Write ``data`` to ``path`` all at once or not at all.

    The bytes go to a temporary file in the same folder, are flushed and
    fsynced, and only then replace the target, so readers see the old file
    or the new one, never a mix. With ``backup`` the previous version is kept
    as ``path`` + ".bak". Failures raise ``DocumentError`` and leave the
    original untouched and no temporary file behind.
    """
    path = Path(path)
    folder = path.parent
    if not folder.is_dir():
        raise DocumentError(path, f"the folder {folder} does not exist")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise DocumentError(path, f"cannot write in {folder} ({exc.strerror or exc})") from exc
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            with contextlib.suppress(OSError):
                shutil.copymode(path, tmp)
            if backup:
                _replace_backup(path, folder)
        else:
            os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise DocumentError(path, f"could not be written ({exc.strerror or exc})") from exc
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _fsync_folder(folder)


def _replace_backup(path: Path, folder: Path) -> None:
    """Make ``path`` + ".bak" a copy of ``path`` in one rename, so a crash
    never leaves a half-written backup in place of the last good one."""
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".bak.tmp", dir=folder)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        # A copy, not a hard link: another program may later write the file
        # in place, and the backup must not change with it.
        shutil.copy2(path, tmp)
        os.replace(tmp, path.with_name(path.name + ".bak"))
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _fsync_folder(folder: Path) -> None:
    # Makes the rename itself durable; not possible on every platform.
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
