"""Icons for node kinds and tree actions, loaded once from resources/icons."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPalette, QPen, QPixmap

from outliner.assets import resource_path
from outliner.core.essay import NodeKind

#: One mid-tone colour per kind, legible on light and dark backgrounds; the
#: SVG files use the same colours, the delegate uses them for accents.
KIND_COLOURS: dict[NodeKind, str] = {
    NodeKind.INTRO: "#3f8fd2",
    NodeKind.THESIS: "#d9822b",
    NodeKind.BODY: "#4c9a6a",
    NodeKind.QUOTE: "#9a6fc2",
    NodeKind.NOTE: "#8a8f98",
    NodeKind.CONCLUSION: "#c65a7a",
    NodeKind.SECTION: "#5f7d95",
}


def kind_colour(kind: NodeKind) -> QColor:
    """The accent colour of a kind."""
    return QColor(KIND_COLOURS[kind])


def icon_path(name: str) -> Path:
    """The SVG file for an icon name ("body", "move-up", ...)."""
    return resource_path("icons", f"{name}.svg")


@lru_cache(maxsize=64)
def named_icon(name: str) -> QIcon:
    """The icon drawn in ``resources/icons/NAME.svg``; empty if missing."""
    path = icon_path(name)
    return QIcon(str(path)) if path.is_file() else QIcon()


def kind_icon(kind: NodeKind, drafted: bool = False) -> QIcon:
    """The icon of a node kind; paragraphs already drafted get a check badge."""
    if drafted and kind in (NodeKind.INTRO, NodeKind.BODY, NodeKind.CONCLUSION):
        icon = named_icon(f"{kind.value}-drafted")
        if not icon.isNull():
            return icon
    return named_icon(kind.value)


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
