"""The Qt item model of the outline: a thin adapter over the core essay tree.

There is no second copy of the tree. Each index points at its core ``Node``
(``internalPointer``); parents come from ``node.parent`` and rows from
``essay.row_of``. The model is the essay's listener, so every structural
change made by a core change (a push, an undo, a redo) reaches the view as
begin/end insert/remove rows, and every field change as ``dataChanged``.
Edits and drops never touch the tree directly: they plan a core change and
push it through the document, so each is one undoable step.
"""

from __future__ import annotations

import html
import json
import os
from collections.abc import Callable, Sequence
from typing import Any, overload

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from outliner.core import ops
from outliner.core.changes import Change, top_most
from outliner.core.essay import KIND_LABELS, PARAGRAPH_KINDS, Essay, Node, NodeKind
from outliner.core.rules import ALLOWED_CHILDREN, TreeError
from outliner.core.text import count_words, quotation_line
from outliner.ui.document import Document
from outliner.ui.icons import kind_icon

#: The one drag format: a JSON list of node ids (never copies of nodes).
NODE_IDS_MIME = "application/x-essay-outliner-node-ids"

#: Which essay the dragged ids belong to (ids are only unique per essay).
ESSAY_TOKEN_MIME = "application/x-essay-outliner-essay"

#: The node's kind as its string value ("body", "quote", ...).
KindRole = int(Qt.ItemDataRole.UserRole) + 1
#: The node's id.
NodeIdRole = int(Qt.ItemDataRole.UserRole) + 2
#: Muted text shown after the node's line: a quote's cite, a paragraph's
#: "drafted · 120 words"; empty when there is nothing to add.
DetailRole = int(Qt.ItemDataRole.UserRole) + 3
#: True when the node's own line is empty (the display shows a placeholder).
IsEmptyRole = int(Qt.ItemDataRole.UserRole) + 4

_HINTS: dict[NodeKind, str] = {
    NodeKind.INTRO: "Opens the essay; holds the thesis.",
    NodeKind.THESIS: "The claim the whole essay argues.",
    NodeKind.BODY: "One paragraph: its claim, then quotations and notes.",
    NodeKind.QUOTE: "Words from the source, with the page to cite.",
    NodeKind.NOTE: "A point to make; becomes prose when drafted.",
    NodeKind.CONCLUSION: "Closes the essay.",
    NodeKind.SECTION: "Groups paragraphs under a heading.",
}

_LEAF_FLAGS = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
               | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDragEnabled)
_NEVER_PARENT_FLAGS = _LEAF_FLAGS | Qt.ItemFlag.ItemNeverHasChildren
_CONTAINER_FLAGS = _LEAF_FLAGS | Qt.ItemFlag.ItemIsDropEnabled
_ROOT_FLAGS = Qt.ItemFlag.ItemIsDropEnabled

#: The longest line a tooltip quotes in full.
TOOLTIP_CHARS = 400

AnyIndex = QModelIndex | QPersistentModelIndex
#: The root index, as a default argument (Qt passes it when a call omits it).
_ROOT = QModelIndex()


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


def encode_node_ids(ids: Sequence[str]) -> QMimeData:
    """Drag data naming nodes by id."""
    data = QMimeData()
    data.setData(NODE_IDS_MIME, QByteArray(json.dumps(list(ids)).encode("utf-8")))
    return data


def decode_node_ids(data: QMimeData | None) -> list[str] | None:
    """The ids in drag data, or None when it is not ours or is malformed."""
    if data is None or not data.hasFormat(NODE_IDS_MIME):
        return None
    try:
        ids = json.loads(bytes(data.data(NODE_IDS_MIME).data()).decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return None
    if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
        return None
    return ids


class OutlineModel(QAbstractItemModel):
    """One-column tree model over ``document.essay``; the essay's listener."""

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        document.essay.listener = self
        self.destroyed.connect(self._forget_on_destroy())

    def _forget_on_destroy(self) -> Callable[..., None]:
        """A slot that unhooks us from the essay when the C++ model goes away,
        so a document that outlives its view does not call a dead object."""
        holder = self

        def forget(*_args: object) -> None:
            essay = holder._document.essay
            if essay.listener is holder:
                essay.listener = None

        return forget

    # -- the document ------------------------------------------------------

    @property
    def document(self) -> Document:
        """The document shown."""
        return self._document

    @property
    def essay(self) -> Essay:
        """The essay shown (the document's)."""
        return self._document.essay

    def set_document(self, document: Document) -> None:
        """Show another document; the old essay stops reporting to us."""
        self.beginResetModel()
        if self._document.essay.listener is self:
            self._document.essay.listener = None
        self._document = document
        document.essay.listener = self
        self.endResetModel()

    # -- index <-> node ------------------------------------------------------

    def node_for_index(self, index: AnyIndex) -> Node | None:
        """The core node an index stands for; None for the root or a stale index."""
        if not index.isValid() or index.model() is not self:
            return None
        node = index.internalPointer()
        return node if isinstance(node, Node) else None

    def index_for_node(self, node: Node | None) -> QModelIndex:
        """The index of a node in the tree; invalid for None or a detached node."""
        if node is None or node not in self.essay:
            return QModelIndex()
        return self.createIndex(self.essay.row_of(node), 0, node)

    def nodes_for_indexes(self, indexes: Sequence[AnyIndex]) -> list[Node]:
        """Top-most nodes of these indexes, in document order."""
        nodes = [n for n in (self.node_for_index(i) for i in indexes) if n is not None]
        return top_most(self.essay, nodes)

    # -- structure -----------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = _ROOT) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        # Hot path (every visible row on every relayout): no helper calls.
        if parent.isValid():
            parent_node = parent.internalPointer()
            if not isinstance(parent_node, Node):
                return QModelIndex()
            children = parent_node.children
        else:
            children = self.essay.outline
        if row >= len(children):
            return QModelIndex()
        return self.createIndex(row, 0, children[row])

    @overload
    def parent(self) -> QObject | None: ...
    @overload
    def parent(self, child: AnyIndex) -> QModelIndex: ...
    def parent(self, child: AnyIndex | None = None) -> QObject | QModelIndex | None:
        if child is None:
            return super().parent()
        node = _own_node(child)
        if node is None or node.parent is None:
            return QModelIndex()
        up = node.parent
        return self.createIndex(self.essay.row_of(up), 0, up)

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        if parent.column() > 0:
            return 0
        if not parent.isValid():
            return len(self.essay.outline)
        node = _own_node(parent)
        return len(node.children) if node is not None else 0

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return 1

    def hasChildren(self, parent: AnyIndex = _ROOT) -> bool:
        # Hot path, like index(): asked for every visible row on relayout.
        if not parent.isValid():
            return bool(self.essay.outline)
        node = parent.internalPointer()
        return isinstance(node, Node) and bool(node.children) and parent.column() == 0

    # -- data ----------------------------------------------------------------

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self.node_for_index(index)
        if node is None:
            return None
        role = int(role)
        if role == Qt.ItemDataRole.DisplayRole:
            return display_text(node)
        if role == Qt.ItemDataRole.EditRole:
            return node.text
        if role == Qt.ItemDataRole.DecorationRole:
            return kind_icon(node.kind, drafted=bool(node.prose.strip()))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(node)
        if role == Qt.ItemDataRole.FontRole:
            return self._font(node)
        if role == Qt.ItemDataRole.ForegroundRole:
            if not node.text.strip():
                return QBrush(_muted_colour())
            return None
        if role == KindRole:
            return node.kind.value
        if role == NodeIdRole:
            return node.id
        if role == DetailRole:
            return detail_text(node)
        if role == IsEmptyRole:
            return not node.text.strip()
        return None

    def _tooltip(self, node: Node) -> str:
        lines = [f"<b>{KIND_LABELS[node.kind]}</b> — {_HINTS[node.kind]}"]
        if node.text.strip():
            # The row may be elided; the tooltip shows the whole line.
            text = node.text if len(node.text) <= TOOLTIP_CHARS else (
                node.text[:TOOLTIP_CHARS].rstrip() + "…")
            lines.append(f"<i>{html.escape(text)}</i>")
        if node.kind is NodeKind.QUOTE:
            lines.append(f"Page: {node.cite}" if node.cite.strip() else "No page yet.")
        if node.kind in PARAGRAPH_KINDS:
            words = count_words(node.prose)
            lines.append(f"Drafted: {words} words." if words else "Still notes only.")
        return "<br>".join(lines)

    def _font(self, node: Node) -> QFont | None:
        if node.kind is NodeKind.THESIS:
            font = QFont()
            font.setBold(True)
            return font
        if node.kind in PARAGRAPH_KINDS or node.kind is NodeKind.SECTION:
            font = QFont()
            font.setWeight(QFont.Weight.DemiBold)
            return font
        if node.kind is NodeKind.QUOTE:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """An in-place edit of the node's line, as one undoable step."""
        node = self.node_for_index(index)
        if node is None or int(role) != Qt.ItemDataRole.EditRole:
            return False
        text = "" if value is None else str(value)
        change = ops.plan_set(self.essay, node, "text", text)
        if change is None:
            return True  # unchanged: nothing to record
        return self._document.push(change)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        # Views ask this for every visible row on each change: keep it cheap.
        node = index.internalPointer() if index.isValid() else None
        if not isinstance(node, Node):
            # The root: top-level drops (on the empty area below the rows).
            return _ROOT_FLAGS
        return _CONTAINER_FLAGS if ALLOWED_CHILDREN[node.kind] else _NEVER_PARENT_FLAGS

    # -- drag and drop -------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [NODE_IDS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        """The dragged nodes by id: top-most only, in document order."""
        data = encode_node_ids([n.id for n in self.nodes_for_indexes(indexes)])
        data.setData(ESSAY_TOKEN_MIME, QByteArray(self._essay_token().encode("ascii")))
        return data

    def _essay_token(self) -> str:
        """Names this essay among the open ones (the same file opened twice
        has the same node ids)."""
        return f"{os.getpid()}:{id(self.essay):x}"

    def plan_drop(
        self, data: QMimeData | None, row: int, parent: AnyIndex
    ) -> Change | None:
        """The core move a drop would make; raises TreeError when forbidden.

        ``parent`` invalid is the top level; ``row`` -1 means "onto the
        parent" (its last child) as Qt reports a drop on an item.
        """
        ids = decode_node_ids(data)
        if not ids or data is None:
            raise TreeError("There is nothing from this outline to move.")
        if data.hasFormat(ESSAY_TOKEN_MIME):
            token = bytes(data.data(ESSAY_TOKEN_MIME).data()).decode("ascii", "replace")
            if token != self._essay_token():
                raise TreeError("Nodes can only be dragged within their own outline.")
        nodes = [self.essay.find(i) for i in ids]
        if any(n is None for n in nodes):
            raise TreeError("The dragged nodes are not in this outline.")
        target = self.node_for_index(parent) if parent.isValid() else None
        if parent.isValid() and target is None:
            raise TreeError("The drop target is gone.")
        return ops.plan_move(self.essay, [n for n in nodes if n is not None], target, row)

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
        parent: AnyIndex,
    ) -> bool:
        """Whether the rules allow the drop here (False shows the no-drop cursor)."""
        if action == Qt.DropAction.IgnoreAction:
            return True
        try:
            self.plan_drop(data, row, parent)
        except TreeError:
            return False
        return True

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
        parent: AnyIndex,
    ) -> bool:
        """Move the dragged nodes with one core move pushed as one undo step."""
        if action == Qt.DropAction.IgnoreAction:
            return True
        try:
            change = self.plan_drop(data, row, parent)
        except TreeError as exc:
            self._document.refused.emit(str(exc))
            return False
        if change is None:
            return False  # dropped where it already was
        return self._document.push(change)

    # -- EssayListener: core changes become model signals ---------------------

    def before_attach(self, parent: Node | None, row: int) -> None:
        self.beginInsertRows(self.index_for_node(parent), row, row)

    def after_attach(self, node: Node) -> None:
        self.endInsertRows()

    def before_detach(self, node: Node) -> None:
        row = self.essay.row_of(node)
        self.beginRemoveRows(self.index_for_node(node.parent), row, row)

    def after_detach(self, node: Node) -> None:
        self.endRemoveRows()

    def field_changed(self, node: Node, name: str) -> None:
        index = self.index_for_node(node)
        if index.isValid():
            self.dataChanged.emit(index, index, [])

    def meta_changed(self) -> None:
        """Metadata is not shown in the tree."""


def _own_node(index: AnyIndex) -> Node | None:
    """The node behind an index Qt hands back to this model (hot path: no
    ownership check, which the public ``node_for_index`` makes)."""
    node = index.internalPointer() if index.isValid() else None
    return node if isinstance(node, Node) else None


def _muted_colour() -> QColor:
    """A grey that reads on the current palette (light or dark)."""
    app = QApplication.instance()
    palette = app.palette() if isinstance(app, QApplication) else QPalette()
    return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.PlaceholderText)
