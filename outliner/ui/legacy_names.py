"""The one-time move of what earlier versions kept under names with spaces
(``~/.config/EssayOutliner/Essay Outliner.conf``, the data folder
``EssayOutliner/Essay Outliner`` with the recovery copies and the personal
dictionary) to the names of ui/identity.py.

Nothing is overwritten: settings move only into an empty settings store, and
the old data folder moves only where no new one exists yet; otherwise the old
files stay where they are, untouched."""

from __future__ import annotations

import contextlib
import shutil
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

from outliner.ui.identity import OLD_ORGANIZATION, OLD_SETTINGS_NAME, ORGANIZATION, SETTINGS_NAME


def old_settings(like: QSettings) -> QSettings:
    """The settings store of earlier versions, in the format of ``like``."""
    return QSettings(like.format(), like.scope(), OLD_ORGANIZATION, OLD_SETTINGS_NAME)


def move_old_settings(new: QSettings) -> bool:
    """Copy every old setting into ``new`` when it has none yet, then empty
    the old store (and delete its file); True when something moved."""
    old = old_settings(new)
    keys = old.allKeys()
    if not keys or new.allKeys():
        return False
    for key in keys:
        new.setValue(key, old.value(key))
    new.sync()
    if new.status() != QSettings.Status.NoError:
        return False  # the old store stays as it was
    old.clear()
    old.sync()
    old_file = Path(old.fileName())
    if old_file.is_file():  # ini and conf files; the Windows registry has none
        with contextlib.suppress(OSError):
            old_file.unlink()
            old_file.parent.rmdir()  # only when nothing else is in it
    return True


def data_folder() -> Path:
    """The per-user data folder under the current names."""
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))


def old_data_folder(current: Path) -> Path | None:
    """The folder earlier versions used beside ``current``: its last two
    parts (organization, application) named the old way; None when
    ``current`` is not named after the two names."""
    if current.name != SETTINGS_NAME or current.parent.name != ORGANIZATION:
        return None
    return current.parent.parent / OLD_ORGANIZATION / OLD_SETTINGS_NAME


def move_old_data_folder(current: Path) -> bool:
    """Move the old data folder (recovery copies, personal dictionary) to
    ``current`` when only the old one exists; True when it moved."""
    old = old_data_folder(current)
    if old is None or not old.is_dir() or current.exists():
        return False
    try:
        current.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(old), str(current))
    except OSError:
        return False  # still readable where it was; try again next start
    with contextlib.suppress(OSError):
        old.parent.rmdir()  # only when nothing else is in it
    return True


def move_old_files(settings: QSettings) -> list[str]:
    """Both moves, for the app's first start under the new names; what moved."""
    moved = []
    if move_old_settings(settings):
        moved.append("settings")
    folder = data_folder()
    if str(folder) not in ("", ".") and move_old_data_folder(folder):
        moved.append("data folder")
    return moved
