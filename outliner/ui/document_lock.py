"""A lock beside each open .essay file, so only one window writes it.

``.NAME.essay.lock`` sits next to ``NAME.essay`` (a hard-linked file's is
named after its inode: see io/essay/lock_info; not in a folder of our
own) because the other writer may be another user on a shared folder. It
is a QLockFile: it records process id, host and program, so a second
window or process can say who holds the file and open it read-only. A lock
whose process is gone (a crash) is stale and taken over without asking.
Recovery copies lock themselves inside the recovery folder under other
names, so the two kinds of lock never meet.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile
from PySide6.QtWidgets import QMessageBox, QWidget

from outliner.core.translatable import QT_TRANSLATE_NOOP

# The naming rule (one lock per file, through symlinks and hard links) and
# the holder live in io, so the command line finds the same lock without Qt.
from outliner.io.essay.lock_info import LockHolder, lock_path_for
from outliner.io.write_guard import same_file
from outliner.ui.translations import translate

__all__ = ["Claim", "DocumentLock", "LockHolder", "ask_open_read_only", "lock_path_for"]

_LOCK_ERRORS = {
    QLockFile.LockError.PermissionError: QT_TRANSLATE_NOOP(
        "DocumentLock", "no permission to create its lock file"),
    QLockFile.LockError.UnknownError: QT_TRANSLATE_NOOP(
        "DocumentLock", "its lock file could not be created"),
}
_IN_USE = QT_TRANSLATE_NOOP("DocumentLock", "its lock file is in use")


class DocumentLock:
    """The lock of one document file, taken with ``acquire``."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path).resolve()
        self._lock = QLockFile(str(lock_path_for(self.path)))
        self._lock.setStaleLockTime(0)  # stale only when its process is gone

    def acquire(self) -> bool:
        """Take the lock now (a stale one is taken over); False when held."""
        return self._lock.tryLock(0)

    def holder(self) -> LockHolder | None:
        """Who holds it, after a failed ``acquire``; None when nobody is
        known (the lock file could not be made or read)."""
        if self._lock.error() != QLockFile.LockError.LockFailedError:
            return None
        pid, host, app = self._lock.getLockInfo()
        return LockHolder(pid, host, app) if pid else None

    def failure(self) -> str:
        """Why ``acquire`` failed, to follow the file's name in a message."""
        holder = self.holder()
        if holder is not None:
            return translate("DocumentLock", "is open in {holder}").format(holder=holder.describe())
        why = translate("DocumentLock", _LOCK_ERRORS.get(self._lock.error(), _IN_USE))
        return translate("DocumentLock", "cannot be locked ({why})").format(why=why)

    def release(self) -> None:
        """Give the lock up (nothing happens if it is not held)."""
        if self._lock.isLocked():
            self._lock.unlock()


class Claim:
    """What a window may do with its document's file: write it (holding its
    lock), only read it (another holds it), or nothing (no file)."""

    def __init__(self) -> None:
        self.path: Path | None = None
        self.read_only = False
        self._lock: DocumentLock | None = None

    def covers(self, path: Path) -> bool:
        """This claim is about ``path`` (held or read-only): the same file,
        by identity, under whatever name (symlink, hard link, spelling)."""
        return self.path is not None and same_file(self.path, path)

    def holds(self, path: Path) -> bool:
        """This window holds the lock of ``path``: it may write it."""
        return self._lock is not None and self.covers(path)

    def hold(self, lock: DocumentLock) -> None:
        """Take ``lock`` (already acquired) as the claim; the old one goes."""
        if lock is not self._lock:
            self.release()
        self._lock, self.path, self.read_only = lock, lock.path, False

    def read_only_on(self, path: Path) -> None:
        """Show ``path`` without writing it; any held lock goes."""
        self.release()
        self.path, self.read_only = Path(path).resolve(), True

    def release(self, *_args: object) -> None:
        """Give up the lock and the claim (close, another file, a crash)."""
        if self._lock is not None:
            self._lock.release()
        self._lock, self.path, self.read_only = None, None, False


def ask_open_read_only(parent: QWidget, path: Path, holder: LockHolder) -> bool:
    """The file is locked by ``holder``: True to open it read-only."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("DocumentLock", "File Is Open Elsewhere"))
    box.setText(translate("DocumentLock", "“{name}” is open in {holder}.").format(
        name=path.name, holder=holder.describe()))
    box.setInformativeText(translate("DocumentLock",
        "Open it read-only? You can read and edit it here, but Save asks for "
        "a new name, so the other window's work is never overwritten."))
    read_only = box.addButton(translate("DocumentLock", "Open Read-Only"),
                              QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(read_only)
    box.exec()
    return box.clickedButton() is read_only
