"""No save silently replaces a version this window has not seen.

The window remembers the size and SHA-256 of the bytes it loaded or last
wrote. Before writing, a save compares them with what is on disk now: the
file watcher's signal comes 200 ms late (or never, on some file systems),
and a (size, mtime, inode) triple can repeat after an atomic replace.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from outliner.io.errors import DocumentError
from outliner.io.reading import ESSAY_FILE, open_regular
from outliner.ui.translations import translate

_CHUNK = 1 << 20


@dataclass(frozen=True)
class Version:
    """One version of a file's bytes."""

    size: int
    digest: str


def version_of(data: bytes) -> Version:
    """The version of ``data``, as written or read."""
    return Version(len(data), hashlib.sha256(data).hexdigest())


def version_on_disk(path: Path, limit: int = ESSAY_FILE.max_bytes) -> Version | None:
    """The version the .essay file ``path`` holds now, reading at most
    ``limit`` bytes (a larger file gets an empty digest, matching nothing);
    None when it is missing, unreadable, not a regular file (a FIFO is
    never waited on) or over the essay file limit."""
    digest = hashlib.sha256()
    size = 0
    try:
        with open_regular(path, ESSAY_FILE) as handle:
            while size <= limit:
                chunk = handle.read(min(_CHUNK, limit + 1 - size))
                if not chunk:
                    return Version(size, digest.hexdigest())
                digest.update(chunk)
                size += len(chunk)
    except (DocumentError, OSError):
        return None
    return Version(size, "")


def changed_since(path: Path, known: Version | None) -> bool:
    """True when ``path`` holds something other than ``known`` (a file where
    none was known counts); False when it is unchanged or gone (a missing
    file has nothing to lose)."""
    try:
        size = os.stat(path).st_size
    except OSError:
        return False
    if known is None:
        return True
    if size != known.size:
        return True  # no need to read it
    now = version_on_disk(path, known.size)
    return now is not None and now != known


def copy_name(path: Path) -> Path:
    """A free name beside ``path`` for a copy: "NAME (copy).essay", then
    "NAME (copy 2).essay", ..."""
    for n in range(1, 1000):
        label = "copy" if n == 1 else f"copy {n}"
        candidate = path.with_name(f"{path.stem} ({label}){path.suffix}")
        if not candidate.exists():
            return candidate
    return path.with_name(f"{path.stem} (copy){path.suffix}")


def ask_save_conflict(parent: QWidget, path: Path) -> str:
    """Another program changed ``path`` since this window read or wrote it:
    "copy" (save ours under a new name; the default), "overwrite" or "cancel"."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("SaveGuard", "File Changed on Disk"))
    box.setText(translate("SaveGuard", "“{name}” was changed by another program since this "
                    "window opened or last saved it.").format(name=path.name))
    box.setInformativeText(translate("SaveGuard",
        "Save yours under a new name to keep both versions. Overwrite replaces "
        "the other version, which is then kept only as {name}.bak.").format(name=path.name))
    copy = box.addButton(translate("SaveGuard", "Save Mine As…"),
                         QMessageBox.ButtonRole.AcceptRole)
    overwrite = box.addButton(translate("SaveGuard", "Overwrite"),
                              QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(copy)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is copy:
        return "copy"
    if clicked is overwrite:
        return "overwrite"
    return "cancel"
