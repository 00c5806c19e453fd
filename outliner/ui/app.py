"""Start the desktop app: the QApplication, its look, and the first window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from outliner import __version__
from outliner.ui.identity import APPLICATION, ORGANIZATION

#: Point this at an ini file to run with separate settings (tests, demos).
SETTINGS_ENV = "OUTLINER_SETTINGS"


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, set up once: names for QSettings, high-DPI, style,
    and the translations for the system's language (or $OUTLINER_LANG)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("essay-outliner")
    # Fusion draws the same everywhere and takes the system's light or dark
    # palette as it is; no colours are hard-coded.
    app.setStyle("Fusion")
    from outliner.ui.translations import install_translators

    # Before any window exists: widgets read their words once, when built.
    install_translators()
    from outliner.ui.icons import named_icon

    icon = named_icon("app")
    if not icon.isNull():
        app.setWindowIcon(icon)
    return app


def app_settings() -> QSettings:
    """The per-user settings, or the ini file named by $OUTLINER_SETTINGS."""
    override = os.environ.get(SETTINGS_ENV)
    if override:
        return QSettings(override, QSettings.Format.IniFormat)
    return QSettings()


def run_app(path: Path | None) -> int:
    """Show the main window on ``path`` (or the sample) and run until it closes."""
    app = make_application()
    from outliner.ui.main_window import MainWindow

    # The crash-recovery offer comes once the window is up, so it appears
    # over the window it will fill rather than on an empty screen.
    window = MainWindow(path, settings=app_settings(), offer_recovery=False)
    window.show()
    window.raise_()
    QTimer.singleShot(0, window.offer_recovery)
    status = app.exec()
    # However the loop ended, end AI requests still running: Qt's thread pool
    # waits for its threads before the process may exit.
    from outliner.ui.draft_worker import cancel_calls_under

    for widget in app.topLevelWidgets():
        cancel_calls_under(widget)
    return status


__all__ = ["APPLICATION", "ORGANIZATION", "app_settings", "make_application", "run_app"]
