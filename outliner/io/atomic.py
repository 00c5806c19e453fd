"""Write files so that a crash or a full disk never leaves half a file.

A save changes the file the person means, keeping what it is:

- a symbolic link (or a chain of them) stays a link and its final target
  gets the new bytes; the temporary file and the backup go beside that
  target, so the rename stays on one filesystem;
- a file with other hard links is written in place (see ``_overwrite``), so
  every name still shows the same, new, text (a rename would quietly split
  them, and refusing would leave the work unsaveable under its own name);
- mode, owner and group are kept (owner and group where the system allows);
- a file without any write bit is refused, untouched.

A crash before the final rename leaves the new version in a temporary file
named ``.NAME.XXXXXXXX.tmp`` beside the file (``.NAME.XXXXXXXX.bak.tmp``
while the backup is copied); ``outliner.io.essay.leftovers`` finds those again.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import shutil
import stat
import tempfile
from pathlib import Path

from outliner.io.errors import DocumentError

#: How temporary files end; a backup being copied ends in ``.bak.tmp``.
TEMP_SUFFIX = ".tmp"
BACKUP_TEMP_SUFFIX = ".bak.tmp"
BACKUP_SUFFIX = ".bak"


def temp_name_pattern(target: Path) -> re.Pattern[str]:
    """Matches the names of the temporary files a save of ``target`` makes
    (``tempfile`` adds eight characters of a-z, 0-9 and _)."""
    return re.compile(rf"\.{re.escape(target.name)}\.[a-z0-9_]{{8}}(\.bak)?\.tmp")


def real_target(path: Path) -> Path:
    """The file a save to ``path`` changes: ``path`` itself or, when it is a
    symbolic link or a chain of them, the file at its end (which need not
    exist yet). A loop of links is a DocumentError."""
    path = Path(path)
    try:
        if not path.is_symlink():
            return path
    except OSError as exc:  # a name longer than the disk allows, say
        raise DocumentError(path, f"cannot be written ({exc.strerror or exc})") from None
    try:
        return Path(os.path.realpath(path, strict=True))
    except FileNotFoundError:
        return Path(os.path.realpath(path))  # a dangling link: the save creates its file
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise DocumentError(path, "is a symbolic link that leads back to itself "
                                      "(a loop of links)") from None
        raise DocumentError(path, f"cannot be followed ({exc.strerror or exc})") from None


def backup_path(target: Path) -> Path:
    """Where the previous version of ``target`` is kept."""
    return target.with_name(target.name + BACKUP_SUFFIX)


def atomic_write(path: Path, data: bytes, *, backup: bool = False) -> None:
    """Write ``data`` to ``path`` all at once or not at all.

    The bytes go to a temporary file beside the real file, are flushed and
    fsynced, and only then replace it, so readers see the old file or the
    new one, never a mix. With ``backup`` the previous version is kept as
    FILE.bak (fsynced before it is renamed into place). Failures raise
    ``DocumentError`` and leave the original untouched and no temporary
    file behind; the one exception is a hard-linked file that fails half
    way through its in-place rewrite: then the message names the temporary
    file that holds the whole new version, and the next open offers it.
    """
    path = Path(path)
    target = real_target(path)
    folder = target.parent
    if not folder.is_dir():
        raise DocumentError(path, f"the folder {folder} does not exist")
    existing = _stat_or_none(target, path)
    regular = existing is not None and stat.S_ISREG(existing.st_mode)
    if existing is not None and regular and not existing.st_mode & 0o222:
        # Root could replace it anyway; the mode says the person does not want that.
        raise DocumentError(path, "is read-only; nothing was written (choose another "
                                  "name, or make the file writable first)")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=TEMP_SUFFIX,
                                        dir=folder)
    except OSError as exc:
        raise DocumentError(path, f"cannot write in {folder} ({exc.strerror or exc})") from exc
    tmp = Path(tmp_name)
    in_place = False  # once the file itself is being rewritten, tmp is the whole new version
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if existing is not None:
            _copy_owner_and_mode(existing, tmp)
        else:
            os.chmod(tmp, 0o666 & ~_umask())
        if backup and regular:
            _replace_backup(target)
        if existing is not None and regular and existing.st_nlink > 1:
            _reserve_space(target, len(data))
            in_place = True
            _overwrite(target, data)
            in_place = False
            tmp.unlink()
        else:
            os.replace(tmp, target)
    except OSError as exc:
        why = exc.strerror or str(exc)
        if in_place:
            raise DocumentError(path, f"could not be written ({why}); the new version is "
                                      f"kept in {tmp}") from exc
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise DocumentError(path, f"could not be written ({why})") from exc
    except BaseException:
        if not in_place:
            with contextlib.suppress(OSError):
                tmp.unlink()
        raise
    _fsync_folder(folder)


def _stat_or_none(target: Path, named: Path) -> os.stat_result | None:
    try:
        return os.stat(target)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise DocumentError(named, f"cannot be read ({exc.strerror or exc})") from exc


def _copy_owner_and_mode(existing: os.stat_result, tmp: Path) -> None:
    # Owner first: chown may clear set-id bits that chmod then restores.
    try:
        os.chown(tmp, existing.st_uid, existing.st_gid)
    except OSError:
        # Only root may give a file away; the group is allowed if we are in it.
        with contextlib.suppress(OSError):
            os.chown(tmp, -1, existing.st_gid)
    with contextlib.suppress(OSError):
        os.chmod(tmp, stat.S_IMODE(existing.st_mode))


def _replace_backup(target: Path) -> None:
    """Make FILE.bak a copy of ``target`` in one rename, so a crash never
    leaves a half-written backup in place of the last good one."""
    folder = target.parent
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=BACKUP_TEMP_SUFFIX,
                                    dir=folder)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        # A copy, not a hard link: another program may later write the file
        # in place, and the backup must not change with it.
        shutil.copy2(target, tmp)
        _fsync_file(tmp)  # the backup's bytes are on disk before its name is
        os.replace(tmp, backup_path(target))
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _fsync_folder(folder)  # the backup's new name is on disk before the file changes


def _reserve_space(target: Path, size: int) -> None:
    """Allocate room for ``size`` bytes before any byte of ``target`` changes,
    so a full disk stops the save while the old text is still whole."""
    fd = os.open(target, os.O_WRONLY)
    try:
        old_size = os.fstat(fd).st_size
        if size <= old_size:
            return
        try:
            os.posix_fallocate(fd, 0, size)
        except OSError as exc:
            if exc.errno in (errno.EOPNOTSUPP, errno.ENOSYS, errno.EINVAL):
                return  # this filesystem cannot reserve; the write itself may still fit
            with contextlib.suppress(OSError):
                os.ftruncate(fd, old_size)
            raise
    finally:
        os.close(fd)


def _overwrite(target: Path, data: bytes) -> None:
    """Put ``data`` into ``target``'s own inode (it has other hard links,
    which a rename would leave holding the old text).

    This cannot be atomic, so it is made safe instead. By now the new version
    is whole in the fsynced temporary file and the old one in FILE.bak (when
    asked for). The first byte becomes NUL and is fsynced before anything
    else changes, and the real first byte is written last: until the end,
    the file cannot be read as an essay, so a crash never leaves a mix of old
    and new bytes that looks whole. The next open then offers the temporary
    file back (``outliner.io.essay.leftovers``).
    """
    fd = os.open(target, os.O_WRONLY)
    try:
        if not data:
            os.ftruncate(fd, 0)
            os.fsync(fd)
            return
        _write_all(fd, b"\0", 0)
        os.fsync(fd)
        _write_all(fd, data[1:], 1)
        os.ftruncate(fd, len(data))
        os.fsync(fd)
        _write_all(fd, data[:1], 0)
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_all(fd: int, data: bytes, offset: int) -> None:
    view = memoryview(data)
    while view:
        written = os.pwrite(fd, view, offset)
        view = view[written:]
        offset += written


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_folder(folder: Path) -> None:
    # Makes a rename itself durable; not possible on every platform.
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
