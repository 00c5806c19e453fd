"""Start the desktop app: the QApplication, its look, and the first window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSettings, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QApplication

from outliner import __version__

ORGANIZATION = "EssayOutliner"
APPLICATION = "Essay Outliner"
#: Point this at an ini file to run with separate settings (tests, demos).
SETTINGS_ENV = "OUTLINER_SETTINGS"


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, set up once: names for QSettings, high-DPI, style."""
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
    from outliner.ui.icons import named_icon

    icon = named_icon("app")
    if not icon.isNull():
        app.setWindowIcon(icon)
    return app


def drawn_icon(name: str, palette: QPalette) -> QIcon:
    """Line icons for undo, redo, export and draft, in the palette's text colour
    (so they suit light and dark alike); an empty icon for other names."""
    icon = QIcon()
    for size in (16, 24, 32, 48):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(size / 24, size / 24)
        colour = QColor(palette.color(QPalette.ColorRole.ButtonText))
        pen = QPen(colour, 2.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                   Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        path = QPainterPath()
        if name in ("undo", "redo"):
            if name == "redo":  # the mirror image of undo
                painter.translate(24, 0)
                painter.scale(-1, 1)
            path.moveTo(8, 6)
            path.lineTo(4, 10)
            path.lineTo(8, 14)
            path.moveTo(4.5, 10)
            path.lineTo(14, 10)
            path.arcTo(QRectF(9, 10, 11, 9), 90, -180)
            path.lineTo(9, 19)
        elif name == "export":
            path.moveTo(8, 10)
            path.lineTo(5, 10)
            path.lineTo(5, 20)
            path.lineTo(19, 20)
            path.lineTo(19, 10)
            path.lineTo(16, 10)
            path.moveTo(12, 15)
            path.lineTo(12, 3.5)
            path.moveTo(QPointF(8.5, 7))
            path.lineTo(12, 3.5)
            path.lineTo(15.5, 7)
        elif name == "draft":  # a pencil writing a line
            path.moveTo(5, 19)
            path.lineTo(6, 15)
            path.lineTo(15.5, 5.5)
            path.lineTo(18.5, 8.5)
            path.lineTo(9, 18)
            path.closeSubpath()
            path.moveTo(13.5, 7.5)
            path.lineTo(16.5, 10.5)
            path.moveTo(12, 20.5)
            path.lineTo(20, 20.5)
        else:
            painter.end()
            return QIcon()
        painter.drawPath(path)
        painter.end()
        icon.addPixmap(pixmap)
    return icon


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
    return app.exec()


__all__ = ["app_settings", "make_application", "run_app"]
