"""What the window remembers between runs, kept in a QSettings handed in.

The QSettings object is always passed in (the app makes the per-user one,
tests make a temporary ini file), so nothing here is global.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

#: How many files Open Recent lists.
MAX_RECENT = 10
#: Autosave while modified, at least this often (milliseconds).
DEFAULT_AUTOSAVE_MS = 30_000
#: Autosave this long after the last change, when typing pauses (milliseconds).
DEFAULT_IDLE_MS = 3_000


def app_data_folder() -> Path:
    """The per-user data folder (recovery copies, the personal dictionary).

    Works without a running application, for the command line: the names
    QStandardPaths builds the folder from are set first (a running app has
    set its own)."""
    from PySide6.QtCore import QCoreApplication

    from outliner.ui.identity import ORGANIZATION, SETTINGS_NAME

    command_line = QCoreApplication.instance() is None
    if command_line:  # name the folder as the app does
        QCoreApplication.setOrganizationName(ORGANIZATION)
        QCoreApplication.setApplicationName(SETTINGS_NAME)
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    folder = Path(base) if base else Path.home() / ".essay-outliner"
    if command_line:  # the window moves it on its first start; a command may come first
        from outliner.ui.legacy_names import move_old_data_folder

        move_old_data_folder(folder)
    return folder


def personal_dictionary_folder() -> Path:
    """Where the personal spelling dictionary is kept."""
    return app_data_folder() / "spelling"


class AppSettings:
    """Typed access to the window's settings."""

    def __init__(self, qsettings: QSettings) -> None:
        self.qsettings = qsettings

    # -- recent files ------------------------------------------------------

    def recent_files(self) -> list[Path]:
        """Recently opened or saved files, newest first; missing ones pruned."""
        raw = self.qsettings.value("files/recent", [])
        # QSettings gives a bare string for a one-entry list in ini files.
        items: list[object] = [raw] if isinstance(raw, str) else list(raw or [])  # type: ignore[call-overload]
        paths = [Path(str(p)) for p in items if str(p)]
        existing = [p for p in paths if p.is_file()][:MAX_RECENT]
        if existing != paths:
            self._store_recent(existing)
        return existing

    def add_recent_file(self, path: Path) -> None:
        """Put ``path`` first in the recent list."""
        path = path.resolve()
        paths = [p for p in self.recent_files() if p.resolve() != path]
        self._store_recent([path, *paths][:MAX_RECENT])

    def clear_recent_files(self) -> None:
        """Forget the recent list."""
        self._store_recent([])

    def _store_recent(self, paths: list[Path]) -> None:
        self.qsettings.setValue("files/recent", [str(p) for p in paths])

    def last_folder(self) -> Path:
        """Where the open and save dialogs start."""
        raw = self.qsettings.value("files/last_folder", "")
        folder = Path(str(raw)) if raw else Path.home()
        return folder if folder.is_dir() else Path.home()

    def set_last_folder(self, folder: Path) -> None:
        """Remember the folder of the last file chosen."""
        self.qsettings.setValue("files/last_folder", str(folder))

    # -- recovery and autosave --------------------------------------------

    def recovery_folder(self) -> Path:
        """Where autosaved copies go: a setting, else the per-user app data folder."""
        raw = self.qsettings.value("recovery/folder", "")
        return Path(str(raw)) if raw else app_data_folder() / "recovery"

    def dictionary_folder(self) -> Path:
        """The personal dictionary's folder: a setting, else the data folder's."""
        raw = self.qsettings.value("spelling/folder", "")
        return Path(str(raw)) if raw else personal_dictionary_folder()

    def autosave_interval_ms(self) -> int:
        """The longest time modified work goes without an autosave."""
        return self._int("recovery/interval_ms", DEFAULT_AUTOSAVE_MS)

    def autosave_idle_ms(self) -> int:
        """The pause after the last change before an autosave."""
        return self._int("recovery/idle_ms", DEFAULT_IDLE_MS)

    def _int(self, key: str, default: int) -> int:
        raw = self.qsettings.value(key, default)
        try:
            value = int(str(raw))
        except ValueError:
            return default
        return value if value > 0 else default

    # -- window layout -----------------------------------------------------

    def window_state(self, name: str) -> QByteArray | None:
        """A saved geometry or state blob, or None the first time."""
        raw = self.qsettings.value(f"window/{name}")
        return raw if isinstance(raw, QByteArray) and not raw.isEmpty() else None

    def set_window_state(self, name: str, blob: QByteArray) -> None:
        """Remember a geometry or state blob under ``name``."""
        self.qsettings.setValue(f"window/{name}", blob)

    def sync(self) -> None:
        """Write pending changes to disk now."""
        self.qsettings.sync()
