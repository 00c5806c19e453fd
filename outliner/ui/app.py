"""Start the desktop app: the QApplication, its look, and the first window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from outliner import __version__
from outliner.ui.identity import APP_ID, APPLICATION, ORGANIZATION, SETTINGS_NAME

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
    app.setApplicationName(SETTINGS_NAME)  # QSettings' and the data folder's name
    app.setApplicationDisplayName(APPLICATION)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)  # Wayland matches the window to the desktop file
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


def run_app(path: Path | None, screenshot: Path | None = None) -> int:
    """Show the main window on ``path`` (or the sample) and run until it closes.

    With ``screenshot``, save a picture of the window once it is on screen
    and quit instead (a check that an installed build really opens a file)."""
    app = make_application()
    from outliner.ui.legacy_names import move_old_files
    from outliner.ui.main_window import MainWindow

    settings = app_settings()
    if os.environ.get(SETTINGS_ENV) is None:
        move_old_files(settings)
    # The crash-recovery offer comes once the window is up, so it appears
    # over the window it will fill rather than on an empty screen.
    # Without a file: the start page (open a draft, a template, recent files);
    # a screenshot check shows the sample's outline instead.
    window = MainWindow(path, settings=settings, offer_recovery=False,
                        start=path is None and screenshot is None)
    window.show()
    window.raise_()
    if screenshot is None:
        QTimer.singleShot(0, window.offer_recovery)
    else:
        QTimer.singleShot(0, lambda: _save_and_quit(window, screenshot))
    status = app.exec()
    # However the loop ended, end AI requests still running: Qt's thread pool
    # waits for its threads before the process may exit.
    from outliner.ui.draft_worker import cancel_calls_under

    for widget in app.topLevelWidgets():
        cancel_calls_under(widget)
    return status


def _save_and_quit(window: QWidget, target: Path) -> None:
    """Save the exposed window as ``target`` and end the event loop; the exit
    status says whether the picture was written."""
    from PySide6.QtTest import QTest

    exposed = QTest.qWaitForWindowExposed(window, 20_000)
    # The preview renders after a pause and a long one a chunk at a time:
    # the picture shows it written (within reason), not an empty pane.
    preview = getattr(window, "preview", None)
    waited = 0
    while exposed and preview is not None and preview.is_pending() and waited < 10_000:
        QTest.qWait(20)
        waited += 20
    written = exposed and window.grab().save(str(target))
    if not written:
        print(f"outliner: could not save a picture of the window to {target}", file=sys.stderr)
    # Not close(): that would ask about unsaved changes of an imported draft.
    QApplication.exit(0 if written else 1)


__all__ = ["APPLICATION", "ORGANIZATION", "app_settings", "make_application", "run_app"]
