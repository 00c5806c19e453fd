"""The Qt item model of the outline: the mirror of the core tree, with edits.

The view shows a ``NodeMirror`` (one Qt item per node, kept in step by the
essay's listener calls; see ``mirror``), and this class adds what the writer
does through it. Edits and drops never touch the tree or the items directly:
they plan a core change and push it through the document, so each is one
undoable step, and the items follow when the essay reports the change. Roles
Qt does not read on every paint (the edit text, tooltip, detail, kind) are
answered from the core node when asked.
"""

from __future__ import annotations

import html
import json
import os
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QStandardItemModel

from outliner.core import ops
from outliner.core.changes import Change, top_most
from outliner.core.essay import Essay, Node, NodeKind
from outliner.core.rules import TreeError
from outliner.core.text import shorten
from outliner.core.translatable import QT_TRANSLATE_NOOP
from outliner.core.words import node_count
from outliner.ui.document import Document
from outliner.ui.messages import count_explained, refusal
from outliner.ui.outline.mirror import NodeMirror
from outliner.ui.outline.row_speech import RowSpeech
from outliner.ui.outline.rows import (
    DetailRole,
    IsEmptyRole,
    KindRole,
    NodeIdRole,
    detail_text,
    display_text,
    muted_colour,
    placeholder,
)
from outliner.ui.translations import kind_label, translate

if TYPE_CHECKING:
    from outliner.core.quote_match import QuoteVerdict

#: Gives a quotation's verdict against its book by node id (None: none).
VerdictFor = Callable[[str], "QuoteVerdict | None"]


def _no_verdict(_node_id: str) -> QuoteVerdict | None:
    return None

__all__ = [
    "ESSAY_TOKEN_MIME", "NODE_IDS_MIME", "DetailRole", "IsEmptyRole", "KindRole",
    "NodeIdRole", "OutlineModel", "decode_node_ids", "detail_text", "display_text",
    "encode_node_ids", "placeholder",
]

#: The one drag format: a JSON list of node ids (never copies of nodes).
NODE_IDS_MIME = "application/x-essay-outliner-node-ids"

#: Which essay the dragged ids belong to (ids are only unique per essay).
ESSAY_TOKEN_MIME = "application/x-essay-outliner-essay"

#: What each kind is for, in a row's tooltip (translated when shown).
_HINTS: dict[NodeKind, str] = {
    NodeKind.INTRO: QT_TRANSLATE_NOOP("OutlineView", "Opens the essay; holds the thesis."),
    NodeKind.THESIS: QT_TRANSLATE_NOOP("OutlineView", "The claim the whole essay argues."),
    NodeKind.BODY: QT_TRANSLATE_NOOP("OutlineView",
                                     "One paragraph: its claim, then quotations and notes."),
    NodeKind.QUOTE: QT_TRANSLATE_NOOP("OutlineView",
                                      "Words from the source, with the page to cite."),
    NodeKind.NOTE: QT_TRANSLATE_NOOP("OutlineView", "A point to make; becomes prose when drafted."),
    NodeKind.CONCLUSION: QT_TRANSLATE_NOOP("OutlineView", "Closes the essay."),
    NodeKind.SECTION: QT_TRANSLATE_NOOP("OutlineView", "Groups paragraphs under a heading."),
}

#: What a screen reader reads of a row (asked only while one is reading).
_SPOKEN = int(Qt.ItemDataRole.AccessibleTextRole)
_SPOKEN_STATE = int(Qt.ItemDataRole.AccessibleDescriptionRole)

#: Roles answered from the core node rather than stored in the items.
_LIVE_ROLES = frozenset({
    int(Qt.ItemDataRole.EditRole), int(Qt.ItemDataRole.ToolTipRole),
    int(Qt.ItemDataRole.ForegroundRole), KindRole, DetailRole, IsEmptyRole,
    _SPOKEN, _SPOKEN_STATE,
})

#: The items' own answer for the roles they store.
_STORED_DATA = QStandardItemModel.data

#: The longest line a tooltip quotes in full.
TOOLTIP_CHARS = 400

AnyIndex = QModelIndex | QPersistentModelIndex
#: The root index, as a default argument (Qt passes it when a call omits it).
_ROOT = QModelIndex()


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


class OutlineModel(NodeMirror):
    """One-column tree model over ``document.essay``; the essay's listener."""

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(document.essay, parent)
        self._document = document
        document.essay.listener = self
        self._speech = RowSpeech(self)
        #: Where rows find their quotation's verdict (the window's book shelf).
        self.verdict_for: VerdictFor = _no_verdict
        self.destroyed.connect(self._forget_on_destroy())

    def _forget_on_destroy(self) -> Callable[..., None]:
        """A slot that unhooks us from the essay when the C++ model goes away,
        so a document that outlives its view does not call a dead object, and
        frees the items kept for detached subtrees."""
        holder = self

        def forget(*_args: object) -> None:
            essay = holder._document.essay
            if essay.listener is holder:
                essay.listener = None
            holder._drop_detached()

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
        if self._document.essay.listener is self:
            self._document.essay.listener = None
        self._document = document
        self._rebuild(document.essay)
        document.essay.listener = self

    def nodes_for_indexes(self, indexes: Sequence[AnyIndex]) -> list[Node]:
        """Top-most nodes of these indexes, in document order."""
        nodes = [n for n in (self.node_for_index(i) for i in indexes) if n is not None]
        return top_most(self.essay, nodes)

    # -- data ----------------------------------------------------------------

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Qt asks this for every role of every row it paints: the stored
        # roles go straight to the items.
        if role not in _LIVE_ROLES:
            return _STORED_DATA(self, index, role)
        role = int(role)
        node = self.node_for_index(index)
        if node is None:
            return None
        if role == Qt.ItemDataRole.EditRole:
            return node.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(node)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(muted_colour()) if not node.text.strip() else None
        if role == KindRole:
            return node.kind.value
        if role == DetailRole:
            return detail_text(node)
        if role == _SPOKEN:
            return self._speech.text(self.essay, node)
        if role == _SPOKEN_STATE:
            said = self._speech.description(self.essay, node)
            verdict = self._verdict_label(node)
            return f"{said}, {verdict}" if verdict else said
        return not node.text.strip()  # IsEmptyRole

    def _tooltip(self, node: Node) -> str:
        hint = translate("OutlineView", _HINTS[node.kind])
        lines = [f"<b>{html.escape(kind_label(node.kind))}</b> — {html.escape(hint)}"]
        if node.text.strip():
            # The row may be elided; the tooltip shows the whole line.
            text = shorten(node.text, TOOLTIP_CHARS)
            lines.append(f"<i>{html.escape(text)}</i>")
        if node.kind is NodeKind.QUOTE:
            page = (translate("OutlineView", "Page: {cite}").format(cite=node.cite)
                    if node.cite.strip() else translate("OutlineView", "No page yet."))
            lines.append(html.escape(page))
            verdict = self._verdict_label(node)
            if verdict:
                lines.append(html.escape(verdict))
        lines.append(html.escape(count_explained(node_count(node))))  # what its words are
        return "<br>".join(lines)

    def _verdict_label(self, node: Node) -> str:
        """What the quotation's book says of it ("verbatim on page 258"), or ""."""
        if node.kind is not NodeKind.QUOTE:
            return ""
        verdict = self.verdict_for(node.id)
        if verdict is None:
            return ""
        from outliner.ui.verdicts import verdict_label

        return verdict_label(verdict)

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

    # -- rows change only through the essay ------------------------------------

    def removeRows(self, row: int, count: int, parent: AnyIndex = _ROOT) -> bool:
        """Refused: a view ending a move drag calls this on the dragged rows,
        which the drop has already moved through the essay."""
        return False

    def insertRows(self, row: int, count: int, parent: AnyIndex = _ROOT) -> bool:
        """Refused: new rows come from new nodes in the essay."""
        return False

    def moveRows(self, source_parent: AnyIndex, source_row: int, count: int,
                 destination_parent: AnyIndex, destination_child: int) -> bool:
        """Refused: moves are core changes."""
        return False

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
            raise TreeError(QT_TRANSLATE_NOOP("TreeError",
                                              "There is nothing from this outline to move."))
        if data.hasFormat(ESSAY_TOKEN_MIME):
            token = bytes(data.data(ESSAY_TOKEN_MIME).data()).decode("ascii", "replace")
            if token != self._essay_token():
                raise TreeError(QT_TRANSLATE_NOOP(
                    "TreeError", "Nodes can only be dragged within their own outline."))
        nodes = [self.essay.find(i) for i in ids]
        if any(n is None for n in nodes):
            raise TreeError(QT_TRANSLATE_NOOP("TreeError",
                                              "The dragged nodes are not in this outline."))
        target = self.node_for_index(parent) if parent.isValid() else None
        if parent.isValid() and target is None:
            raise TreeError(QT_TRANSLATE_NOOP("TreeError", "The drop target is gone."))
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
            self._document.refused.emit(refusal(exc))
            return False
        if change is None:
            return False  # dropped where it already was
        return self._document.push(change)

