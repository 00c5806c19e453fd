"""A Qt-side projection of the core tree: one QStandardItem per node.

Qt's tree view lays out every expanded row again after any row is inserted
or removed, asking the model for each row's index, flags and children. Over
a Python item model that is tens of thousands of calls into Python per edit
(40 ms at 10,000 rows); over Qt's own QStandardItemModel it stays in C++.
So the view shows this mirror, and the core tree stays the one truth: the
mirror is the essay's listener and changes only when the essay tells it to,
one item per attach, detach or field change. An item holds the node's id and
what Qt reads on every paint (line, icon, font, flags); everything else is
answered from the core node when asked.

A detached subtree keeps its items for a while, so a move (detach, then
attach of the same node) or an undo of a delete reinserts them instead of
building them again.
"""

from __future__ import annotations

from collections.abc import Iterator

import shiboken6
from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from outliner.core.essay import PARAGRAPH_KINDS, Essay, Node
from outliner.core.gc_pause import cyclic_gc_paused
from outliner.ui.outline.rows import (
    ROOT_FLAGS,
    Look,
    LookRole,
    NodeIdRole,
    display_text,
    row_look,
)

AnyIndex = QModelIndex | QPersistentModelIndex

#: Detached subtrees whose items are kept for reuse (the oldest go first).
KEPT_DETACHED = 256

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ICON = int(Qt.ItemDataRole.DecorationRole)
_FONT = int(Qt.ItemDataRole.FontRole)


def _restyle(item: QStandardItem, node: Node) -> bool:
    """Bring the item's stored look up to the node's; True when any changed."""
    changed = False
    text = display_text(node)
    if item.data(_DISPLAY) != text:
        item.setData(text, _DISPLAY)
        changed = True
    look = row_look(node)
    if item.data(LookRole) != look.key:
        _set_look(item, look)
        changed = True
    return changed


def _set_look(item: QStandardItem, look: Look, fresh: bool = False) -> None:
    item.setData(look.key, LookRole)
    item.setData(look.icon, _ICON)
    if look.font is not None or not fresh:
        item.setData(look.font, _FONT)
    if not (fresh and look.default_flags):
        item.setFlags(look.flags)


def make_items(node: Node, made: dict[str, QStandardItem]) -> QStandardItem:
    """Items for a subtree (outside any model, so nothing is signalled),
    each entered in ``made`` by node id."""
    look = row_look(node)
    # The icon goes in with the line (one call fewer per item: a fifth of
    # building a big outline's items); the rest as _set_look(fresh=True).
    item = QStandardItem(look.icon, display_text(node))
    item.setData(node.id, NodeIdRole)
    item.setData(look.key, LookRole)
    if look.font is not None:
        item.setData(look.font, _FONT)
    if not look.default_flags:
        item.setFlags(look.flags)
    made[node.id] = item
    if node.children:
        item.appendRows([make_items(child, made) for child in node.children])
    return item


def _pairs(node: Node, item: QStandardItem) -> Iterator[tuple[Node, QStandardItem]]:
    """A subtree's nodes with their items; stops where the shapes differ."""
    yield node, item
    if item.rowCount() != len(node.children):
        return
    for row, child in enumerate(node.children):
        child_item = item.child(row)
        if child_item is not None:
            yield from _pairs(child, child_item)


def _row_in_list(essay: Essay, node: Node) -> int:
    """The node's row, found by identity in its list. Right after an attach or
    detach the core's row cache for that list is stale, and rebuilding it
    (a dict of every sibling) costs more than this one search in C."""
    return essay.siblings(node).index(node)


class NodeMirror(QStandardItemModel):
    """The tree of one essay as items, kept in step by its listener calls."""

    def __init__(self, essay: Essay, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._mirrored = essay
        self._items: dict[str, QStandardItem] = {}
        self._detached: dict[str, tuple[Node, QStandardItem]] = {}
        # The parent a detach under way leaves empty (its flags change after).
        self._emptied: Node | None = None
        self.invisibleRootItem().setFlags(ROOT_FLAGS)
        self._rebuild(essay)

    # -- index <-> node ------------------------------------------------------

    def node_for_index(self, index: AnyIndex) -> Node | None:
        """The core node an index stands for; None for the root or a stale index."""
        if not index.isValid() or index.model() is not self:
            return None
        node_id = QStandardItemModel.data(self, index, NodeIdRole)
        return self._mirrored.find(node_id) if isinstance(node_id, str) else None

    def index_for_node(self, node: Node | None) -> QModelIndex:
        """The index of a node in the tree; invalid for None or a detached node."""
        if node is None or node not in self._mirrored:
            return QModelIndex()
        item = self._items.get(node.id)
        return self.indexFromItem(item) if item is not None else QModelIndex()

    def _item_of(self, node: Node | None) -> QStandardItem:
        if node is None:
            return self.invisibleRootItem()
        return self._items[node.id]

    # -- the whole tree --------------------------------------------------------

    def _rebuild(self, essay: Essay) -> None:
        """Items for every node of ``essay``, as one model reset."""
        made: dict[str, QStandardItem] = {}
        with cyclic_gc_paused():  # tens of thousands of wrappers, all kept
            tops = [make_items(node, made) for node in essay.outline]
        self.beginResetModel()
        # The rows change inside the reset: nobody needs a signal per row.
        blocked = self.blockSignals(True)
        try:
            root = self.invisibleRootItem()
            root.removeRows(0, root.rowCount())
            self._drop_detached()
            self._items = made
            self._mirrored = essay
            if tops:
                root.appendRows(tops)
        finally:
            self.blockSignals(blocked)
        self.endResetModel()

    def _drop_detached(self) -> None:
        """Delete the kept items of detached subtrees (they belong to no one,
        so nothing else would)."""
        for _node, item in self._detached.values():
            shiboken6.delete(item)
        self._detached.clear()

    # -- EssayListener: core changes become item changes ---------------------

    def before_attach(self, parent: Node | None, row: int) -> None:
        """Nothing yet: the item goes in once the core holds the node."""

    def after_attach(self, node: Node) -> None:
        item = self._reusable_items(node)
        if item is None:
            item = make_items(node, self._items)
        if node.parent is not None and len(node.parent.children) == 1:
            self.field_changed(node.parent, "children")  # its first: flags change
        self._item_of(node.parent).insertRow(_row_in_list(self._mirrored, node), [item])
        self._paragraph_words_changed(node.parent)

    def _reusable_items(self, node: Node) -> QStandardItem | None:
        """The items this node had when it was detached, brought up to date;
        None when there are none or the subtree changed shape meanwhile."""
        kept = self._detached.pop(node.id, None)
        if kept is None:
            return None
        kept_node, item = kept
        if kept_node is node:
            pairs = list(_pairs(node, item))
            if len(pairs) == sum(1 for _ in node.walk()) and all(
                    each_item.data(NodeIdRole) == each.id for each, each_item in pairs):
                for each, each_item in pairs:
                    _restyle(each_item, each)
                    self._items[each.id] = each_item
                return item
        shiboken6.delete(item)
        return None

    def before_detach(self, node: Node) -> None:
        # Taken out while the core still holds the node, so listeners of the
        # row signals see both trees alike.
        self._emptied = node.parent if node.parent and len(node.parent.children) == 1 else None
        taken = self._item_of(node.parent).takeRow(_row_in_list(self._mirrored, node))
        self._paragraph_words_changed(node.parent)  # painted later, counted then
        for each in node.walk():
            self._items.pop(each.id, None)
        if not taken:
            return
        old = self._detached.pop(node.id, None)
        if old is not None:
            shiboken6.delete(old[1])
        self._detached[node.id] = (node, taken[0])
        while len(self._detached) > KEPT_DETACHED:
            _oldest, (_node, item) = next(iter(self._detached.items()))
            del self._detached[_oldest]
            shiboken6.delete(item)  # taken items belong to no one

    def after_detach(self, node: Node) -> None:
        """The items went when the detach began; a parent left with nothing
        gets the flags of an empty container."""
        emptied, self._emptied = self._emptied, None
        if emptied is not None and not emptied.children:
            self.field_changed(emptied, "children")

    def field_changed(self, node: Node, name: str) -> None:
        item = self._items.get(node.id)
        if item is None:
            return
        # One dataChanged for the row however many stored roles changed.
        blocked = self.blockSignals(True)
        try:
            _restyle(item, node)
        finally:
            self.blockSignals(blocked)
        if not blocked:
            index = item.index()
            self.dataChanged.emit(index, index, [])
            self._paragraph_words_changed(node.parent)

    def _paragraph_words_changed(self, up: Node | None) -> None:
        """An unwritten paragraph's row counts the notes under it: repaint the
        paragraph that holds a changed, added or removed node (a written
        one counts its prose alone)."""
        while up is not None and up.kind not in PARAGRAPH_KINDS:
            up = up.parent
        if up is None or up.prose.strip():
            return
        item = self._items.get(up.id)
        if item is not None and not self.signalsBlocked():
            index = item.index()
            self.dataChanged.emit(index, index, [])

    def meta_changed(self) -> None:
        """Metadata is not shown in the tree."""
