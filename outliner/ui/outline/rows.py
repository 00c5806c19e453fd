"""What an outline row shows: its roles, its line, its detail, its look.

Shared by the mirror (which stores the looks Qt reads on every paint) and the
model (which answers the rest from the core node when asked).
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPalette, QStandardItem
from PySide6.QtWidgets import QApplication

from outliner.core.essay import PARAGRAPH_KINDS, Node, NodeKind
from outliner.core.rules import ALLOWED_CHILDREN
from outliner.core.text import quotation_line
from outliner.core.words import node_count
from outliner.ui.icons import kind_icon
from outliner.ui.messages import paragraph_words as shown_paragraph_words
from outliner.ui.translations import kind_label, translate

#: The node's kind as its string value ("body", "quote", ...).
KindRole = int(Qt.ItemDataRole.UserRole) + 1
#: The node's id.
NodeIdRole = int(Qt.ItemDataRole.UserRole) + 2
#: Muted text shown after the node's line: a quote's cite, a paragraph's
#: "drafted · 120 words", "unwritten · 40 words of notes"; empty when
#: there is nothing to add.
DetailRole = int(Qt.ItemDataRole.UserRole) + 3
#: True when the node's own line is empty (the display shows a placeholder).
IsEmptyRole = int(Qt.ItemDataRole.UserRole) + 4
#: What the stored look of a mirrored row was made from ("kind:drafted").
LookRole = int(Qt.ItemDataRole.UserRole) + 5

LEAF_FLAGS = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
              | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDragEnabled)
NEVER_PARENT_FLAGS = LEAF_FLAGS | Qt.ItemFlag.ItemNeverHasChildren
CONTAINER_FLAGS = LEAF_FLAGS | Qt.ItemFlag.ItemIsDropEnabled
#: A container holding nothing yet: the tree's relayout after every edit
#: then skips asking whether it is open and what it holds (a note is both).
EMPTY_CONTAINER_FLAGS = CONTAINER_FLAGS | Qt.ItemFlag.ItemNeverHasChildren
#: The root: top-level drops (on the empty area below the rows).
ROOT_FLAGS = Qt.ItemFlag.ItemIsDropEnabled


def placeholder(node: Node) -> str:
    """What an empty node shows instead of its text: "(empty note)"."""
    return translate("OutlineView", "(empty {kind})").format(kind=kind_label(node.kind).lower())


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
        return f"({node.cite})" if node.cite.strip() else translate("OutlineView", "(no page)")
    if node.kind in PARAGRAPH_KINDS:
        return paragraph_words(node)
    return ""


def paragraph_words(node: Node) -> str:
    """A paragraph's words as core/words.py counts them: "drafted · 82 words",
    "unwritten · 40 words of notes", each against its own target if it has one."""
    # Against the paragraph's own word target, set in Essay Properties.
    return shown_paragraph_words(node_count(node), node.target)


def row_flags(node: Node) -> Qt.ItemFlag:
    """Only containers take drops; leaves, and containers while they hold
    nothing, tell the view they have no rows."""
    if not ALLOWED_CHILDREN[node.kind]:
        return NEVER_PARENT_FLAGS
    return CONTAINER_FLAGS if node.children else EMPTY_CONTAINER_FLAGS


def _drafted(node: Node) -> bool:
    return node.kind in PARAGRAPH_KINDS and bool(node.prose.strip())


def look_key(node: Node) -> str:
    """What the icon, font and flags depend on, to tell when they must be remade."""
    return row_look(node).key


class Look(NamedTuple):
    """A row's stored look: one per kind and drafted state, made once."""

    key: str
    icon: QIcon
    font: QFont | None
    flags: Qt.ItemFlag
    #: The flags a new QStandardItem has already (no call needed to set them).
    default_flags: bool


_LOOKS: dict[tuple[NodeKind, bool, bool], Look] = {}


def row_look(node: Node) -> Look:
    """The kind's icon (with the drafted badge on a drafted paragraph), its
    font (bold thesis, demi-bold paragraphs and sections, italic quotations)
    and its flags (which change as a container gets or loses its first row)."""
    drafted = _drafted(node)
    empty = not node.children
    look = _LOOKS.get((node.kind, drafted, empty))
    if look is None:
        kind = node.kind
        flags = row_flags(node)
        holds = "" if flags != EMPTY_CONTAINER_FLAGS else ":empty"
        look = Look(f"{kind.value}:{int(drafted)}{holds}", kind_icon(kind, drafted=drafted),
                    _kind_font(kind), flags, flags == QStandardItem().flags())
        _LOOKS[(kind, drafted, empty)] = look
    return look


def _kind_font(kind: NodeKind) -> QFont | None:
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
    return font


def muted_colour() -> QColor:
    """A grey that reads on the current palette (light or dark)."""
    app = QApplication.instance()
    palette = app.palette() if isinstance(app, QApplication) else QPalette()
    return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.PlaceholderText)
