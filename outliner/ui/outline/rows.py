"""What an outline row shows: its roles, its line, its detail, its look.

Shared by the mirror (which stores the looks Qt reads on every paint) and the
model (which answers the rest from the core node when asked).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from outliner.core.essay import KIND_LABELS, PARAGRAPH_KINDS, Node, NodeKind
from outliner.core.rules import ALLOWED_CHILDREN
from outliner.core.text import count_words, quotation_line
from outliner.ui.icons import kind_icon

#: The node's kind as its string value ("body", "quote", ...).
KindRole = int(Qt.ItemDataRole.UserRole) + 1
#: The node's id.
NodeIdRole = int(Qt.ItemDataRole.UserRole) + 2
#: Muted text shown after the node's line: a quote's cite, a paragraph's
#: "drafted · 120 words"; empty when there is nothing to add.
DetailRole = int(Qt.ItemDataRole.UserRole) + 3
#: True when the node's own line is empty (the display shows a placeholder).
IsEmptyRole = int(Qt.ItemDataRole.UserRole) + 4
#: What the stored look of a mirrored row was made from ("kind:drafted").
LookRole = int(Qt.ItemDataRole.UserRole) + 5

LEAF_FLAGS = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
              | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDragEnabled)
NEVER_PARENT_FLAGS = LEAF_FLAGS | Qt.ItemFlag.ItemNeverHasChildren
CONTAINER_FLAGS = LEAF_FLAGS | Qt.ItemFlag.ItemIsDropEnabled
#: The root: top-level drops (on the empty area below the rows).
ROOT_FLAGS = Qt.ItemFlag.ItemIsDropEnabled


def placeholder(node: Node) -> str:
    """What an empty node shows instead of its text: "(empty note)"."""
    return f"(empty {KIND_LABELS[node.kind].lower()})"


def display_text(node: Node) -> str:
    """The node's line as the tree shows it; quotes read “text” (cite)."""
    if not node.text.strip():
        return placeholder(node)
    if node.kind is NodeKind.QUOTE:
        return quotation_line(node.text, node.cite)
    return node.text


def detail_text(node: Node) -> str:
    """The muted part after a node's line (cite, drafted state)."""
    if node.kind is NodeKind.QUOTE:
        return f"({node.cite})" if node.cite.strip() else "(no page)"
    if node.kind in PARAGRAPH_KINDS:
        words = count_words(node.prose)
        return f"drafted · {words} words" if words else ""
    return ""


def row_flags(node: Node) -> Qt.ItemFlag:
    """Only containers take drops; leaves tell the view they never have rows."""
    return CONTAINER_FLAGS if ALLOWED_CHILDREN[node.kind] else NEVER_PARENT_FLAGS


def look_key(node: Node) -> str:
    """What the icon and font depend on, to tell when they must be remade."""
    drafted = node.kind in PARAGRAPH_KINDS and bool(node.prose.strip())
    return f"{node.kind.value}:{int(drafted)}"


def row_icon(node: Node) -> QIcon:
    """The kind's icon, with the drafted badge on a drafted paragraph."""
    return kind_icon(node.kind, drafted=bool(node.prose.strip()))


_FONTS: dict[NodeKind, QFont | None] = {}


def row_font(kind: NodeKind) -> QFont | None:
    """Bold thesis, demi-bold paragraphs and sections, italic quotations."""
    if kind not in _FONTS:
        font: QFont | None = None
        if kind is NodeKind.THESIS:
            font = QFont()
            font.setBold(True)
        elif kind in PARAGRAPH_KINDS or kind is NodeKind.SECTION:
            font = QFont()
            font.setWeight(QFont.Weight.DemiBold)
        elif kind is NodeKind.QUOTE:
            font = QFont()
            font.setItalic(True)
        _FONTS[kind] = font
    font = _FONTS[kind]
    return QFont(font) if font is not None else None


def muted_colour() -> QColor:
    """A grey that reads on the current palette (light or dark)."""
    app = QApplication.instance()
    palette = app.palette() if isinstance(app, QApplication) else QPalette()
    return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.PlaceholderText)
