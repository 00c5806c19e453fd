"""Autosave to a recovery folder, and the offer to restore after a crash.

Each window writes its own recovery copy, named by process id, start time
and a random part, so several windows or processes never clobber each other.
A QLockFile next to the copy is held while the window lives: a copy whose
lock is free (its process died, or its window went without a clean close)
is an orphan, and the next window offers to restore it.
"""

from __future__ import annotations

import contextlib
import json
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from outliner.core.essay import Essay
from outliner.io.atomic import atomic_write
from outliner.io.errors import DocumentError
from outliner.io.reading import RECOVERY_NOTE, read_limited
from outliner.ui.translations import moment_text, translate

DATA_SUFFIX = ".essay"
SIDECAR_SUFFIX = ".json"
LOCK_SUFFIX = ".lock"


@dataclass
class RecoveryEntry:
    """An autosaved copy found in the recovery folder."""

    data_path: Path
    original: Path | None  # the .essay file it belongs to, if it had one
    suggested: Path | None  # where Save would propose (imported drafts)
    title: str
    saved_at: datetime

    @property
    def sidecar_path(self) -> Path:
        """The small JSON file that says what the copy is."""
        return self.data_path.with_suffix(SIDECAR_SUFFIX)

    def discard(self) -> None:
        """Delete the copy and its sidecar."""
        for path in (self.data_path, self.sidecar_path,
                     self.data_path.with_suffix(LOCK_SUFFIX)):
            with contextlib.suppress(OSError):
                path.unlink()


_LOCK_ERRORS = {
    QLockFile.LockError.LockFailedError: "another window or process holds it",
    QLockFile.LockError.PermissionError: "no permission to create it",
}


def _new_lock(path: Path) -> QLockFile:
    lock = QLockFile(str(path))
    lock.setStaleLockTime(0)  # stale only when its process is gone
    return lock


class RecoveryFile:
    """This window's own recovery copy; locked while the window lives."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        stamp = time.strftime("%Y%m%d-%H%M%S")
        self.name = f"{os.getpid()}-{stamp}-{os.urandom(3).hex()}"
        self.data_path = folder / f"{self.name}{DATA_SUFFIX}"
        self._lock: QLockFile | None = None

    @property
    def sidecar_path(self) -> Path:
        """The JSON sidecar next to the copy."""
        return self.data_path.with_suffix(SIDECAR_SUFFIX)

    def write(self, data: bytes, original: Path | None, suggested: Path | None,
              title: str) -> None:
        """Write the copy and its sidecar atomically; DocumentError on failure."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DocumentError(self.folder, f"cannot create the folder ({exc})") from exc
        if self._lock is None:
            lock_path = self.data_path.with_suffix(LOCK_SUFFIX)
            lock = _new_lock(lock_path)
            if not lock.tryLock(0):
                # Unlocked, the copy would look orphaned to other windows,
                # which could restore or discard it while this one lives.
                why = _LOCK_ERRORS.get(lock.error(), "unknown error")
                raise DocumentError(lock_path, f"cannot be locked ({why})")
            self._lock = lock
        atomic_write(self.data_path, data)
        sidecar = {
            "original": str(original) if original else None,
            "suggested": str(suggested) if suggested else None,
            "title": title,
            "saved_at": datetime.now().isoformat(timespec="seconds"),
            "pid": os.getpid(),
        }
        atomic_write(self.sidecar_path, json.dumps(sidecar, indent=1).encode("utf-8"))

    def remove(self) -> None:
        """Delete the copy (work is saved, or the window closed cleanly)."""
        for path in (self.data_path, self.sidecar_path):
            with contextlib.suppress(OSError):
                path.unlink()

    def release(self) -> None:
        """Delete the copy and give up the lock."""
        self.remove()
        self.unlock()

    def unlock(self, *_args: object) -> None:
        """Give up the lock but keep the copy: the window is gone without a
        clean close, so the copy is now an orphan for the next window."""
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None


def find_orphans(folder: Path, own: RecoveryFile | None = None) -> list[RecoveryEntry]:
    """Copies left behind by windows that did not close cleanly, newest first."""
    if not folder.is_dir():
        return []
    entries: list[RecoveryEntry] = []
    for sidecar in folder.glob(f"*{SIDECAR_SUFFIX}"):
        data_path = sidecar.with_suffix(DATA_SUFFIX)
        if own is not None and data_path == own.data_path:
            continue
        if not data_path.exists():
            continue
        lock_path = sidecar.with_suffix(LOCK_SUFFIX)
        if lock_path.exists():
            probe = _new_lock(lock_path)
            if not probe.tryLock(0):
                continue  # a live window still owns it
            probe.unlock()
        entry = _read_sidecar(sidecar, data_path)
        if entry is not None:
            entries.append(entry)
    return sorted(entries, key=lambda e: e.saved_at, reverse=True)


def _read_sidecar(sidecar: Path, data_path: Path) -> RecoveryEntry | None:
    try:
        info = json.loads(read_limited(sidecar, RECOVERY_NOTE).decode("utf-8"))
        saved_at = datetime.fromisoformat(str(info.get("saved_at")))
    except (DocumentError, OSError, ValueError, TypeError, AttributeError):
        # A damaged sidecar still leaves the copy worth offering.
        saved_at = datetime.fromtimestamp(data_path.stat().st_mtime)
        info = {}
    if not isinstance(info, dict):
        info = {}
    original = info.get("original")
    suggested = info.get("suggested")
    return RecoveryEntry(
        data_path=data_path,
        original=Path(original) if original else None,
        suggested=Path(suggested) if suggested else None,
        title=str(info.get("title") or data_path.stem),
        saved_at=saved_at,
    )


def ask_restore(parent: QWidget | None, entries: list[RecoveryEntry]) -> str:
    """Ask whether to restore unsaved work: "restore", "discard" or "later"."""
    lines = []
    for entry in entries:
        where = f" ({entry.original})" if entry.original else ""
        when = moment_text(entry.saved_at)
        lines.append(translate("Recovery", "• {title}{where}, autosaved {when}").format(
            title=entry.title, where=where, when=when))
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("Recovery", "Restore Unsaved Work"))
    box.setText(translate("Recovery", "Essay Outliner did not close properly last time."))
    box.setInformativeText(
        translate("Recovery", "Unsaved work was kept for you:") + "\n" + "\n".join(lines)
        + "\n\n" + translate("Recovery", "Restore it now? Discard deletes the kept copies.")
    )
    restore = box.addButton(translate("Recovery", "Restore"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(translate("Recovery", "Discard"),
                            QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(translate("Recovery", "Later"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    box.exec()
    clicked = box.clickedButton()
    if clicked is restore:
        return "restore"
    if clicked is discard:
        return "discard"
    return "later"


class Autosaver(QObject):
    """Writes the recovery copy when work is modified: ``idle_ms`` after the
    last change, and every ``interval_ms`` while changes keep coming (so
    steady typing is saved too); removes it when nothing is unsaved.

    The timers' copies are written on a thread of their own: the window only
    takes the snapshot (plain data, quick), so typing never waits for the
    file to be serialised and written. ``autosave()`` writes at once."""

    #: An autosave failed (the reason).
    failed = Signal(str)
    #: A background write ended: the reason it failed, or "".
    _written = Signal(int, str)

    def __init__(self, recovery: RecoveryFile, snapshot: Callable[[], RecoverySnapshot | None],
                 interval_ms: int, idle_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.recovery = recovery
        self._snapshot = snapshot
        self._interval = QTimer(self)
        self._interval.setInterval(interval_ms)
        self._interval.timeout.connect(self.tick)
        self._interval.start()
        # Changed since the last copy was written: the interval has news.
        self._changed = False
        self._generation = 0  # counts changes, so a late write knows if it is still current
        self._writer: threading.Thread | None = None
        self._written.connect(self._background_done)
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(idle_ms)
        self._idle.timeout.connect(self.autosave_in_background)

    def note_change(self) -> None:
        """The essay changed: autosave once typing pauses."""
        self._changed = True
        self._generation += 1
        self._idle.start()

    def tick(self) -> bool:
        """The interval's turn: autosave only if something changed since the
        last copy (rewriting an unchanged essay every time is wasted work)."""
        return self._changed and self.autosave_in_background()

    def autosave(self) -> bool:
        """Write the copy now if there is unsaved work; True when written."""
        self.wait()
        snap = self._snapshot()  # may commit a pending edit, noting a change
        if snap is None:
            self.recovery.remove()
            self._caught_up()
            return False
        try:
            self.recovery.write(snap.data, snap.original, snap.suggested, snap.title)
        except DocumentError as exc:
            self.failed.emit(str(exc))
            return False  # still changed: the next turn tries again
        self._caught_up()
        return True

    def autosave_in_background(self) -> bool:
        """Take a snapshot now and write it on another thread; True when a
        write started (False: nothing unsaved, or a write still running,
        which leaves the change for the next turn)."""
        if self.writing:
            return False
        snap = self._snapshot()
        if snap is None:
            self.recovery.remove()
            self._caught_up()
            return False
        generation = self._generation
        self._writer = threading.Thread(target=self._write, args=(snap, generation),
                                        name="autosave", daemon=True)
        self._writer.start()
        return True

    def _write(self, snap: RecoverySnapshot, generation: int) -> None:
        # On the writer thread: nothing here touches the essay or a widget.
        try:
            self.recovery.write(snap.data, snap.original, snap.suggested, snap.title)
        except DocumentError as exc:
            self._written.emit(generation, str(exc))
        except (ValueError, RecursionError) as exc:  # never a silent thread death
            self._written.emit(generation, f"could not be saved ({exc})")
        else:
            self._written.emit(generation, "")

    def _background_done(self, generation: int, error: str) -> None:
        if error:
            self.failed.emit(error)  # still changed: the next turn tries again
        elif generation == self._generation:
            self._caught_up()

    @property
    def writing(self) -> bool:
        """A background write is under way."""
        return self._writer is not None and self._writer.is_alive()

    def wait(self) -> None:
        """Let a background write finish (before a save, a close, a removal)."""
        if self._writer is not None:
            self._writer.join()
            self._writer = None

    def _caught_up(self) -> None:
        # The copy (or its absence) matches the essay: nothing is pending.
        self._changed = False
        self._idle.stop()

    def stop(self) -> None:
        """No more autosaves (the window is closing)."""
        self._interval.stop()
        self._idle.stop()
        self.wait()


class RecoverySnapshot:
    """What an autosave writes: the essay (serialised when ``data`` is
    read, on whichever thread writes it) and where it belongs."""

    def __init__(self, render: Callable[[], bytes], original: Path | None,
                 suggested: Path | None, title: str) -> None:
        self._render = render
        self.original = original
        self.suggested = suggested
        self.title = title

    @property
    def data(self) -> bytes:
        """The .essay bytes, the same a save writes."""
        return self._render()


def recovery_snapshot_of(essay: Essay, original: Path | None, suggested: Path | None,
                         title: str) -> RecoverySnapshot:
    """A snapshot of ``essay`` for the recovery folder: its plain data is
    taken now, the file text made from it when written."""
    from outliner.io.essay.file import essay_file_dict, file_dict_to_json

    data = essay_file_dict(essay)
    return RecoverySnapshot(lambda: file_dict_to_json(data).encode("utf-8"),
                            original, suggested, title)
