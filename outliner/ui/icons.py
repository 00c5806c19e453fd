"""Icons for node kinds and tree actions, loaded once from resources/icons."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PySide6.QtGui import QColor, QIcon

import outliner
from outliner.core.essay import NodeKind

#: Where the project's drawn resources live (next to the package).
RESOURCES = Path(outliner.__file__).resolve().parent.parent / "resources"
ICONS = RESOURCES / "icons"

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
    return ICONS / f"{name}.svg"


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
