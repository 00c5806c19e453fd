"""The outline tree: selection by node, drag-and-drop, keyboard moves.

Every operation plans a core change and pushes it through the document, so
drags, keys and menus make the same moves and each is one undo step (the
actions and their handlers live in ``outline_actions``). After a structural
change (a push, an undo, a redo) the view puts the selection back by node id:
nodes that were moved or restored are selected, expansion state is kept per
node id, and the current node's signal fires once, not once per row the
change touched.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QDrag,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDropEvent,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QMenu,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QTreeView,
    QWidget,
)

from outliner.core.changes import top_most
from outliner.core.essay import Node, NodeKind
from outliner.ui.document import Document
from outliner.ui.icons import kind_icon, named_icon
from outliner.ui.outline import actions as outline_actions
from outliner.ui.outline.delegate import OutlineDelegate
from outliner.ui.outline.model import OutlineModel, display_text

AnyIndex = QModelIndex | QPersistentModelIndex

#: The accent of the drop indicator.
DROP_COLOUR = "#2f7fd8"


class _DropIndicatorStyle(QProxyStyle):
    """Draws a clear drop indicator: a line with a knob between rows, a
    rounded tinted box when dropping onto a row."""

    def drawPrimitive(
        self, element: QStyle.PrimitiveElement, option: QStyleOption,
        painter: QPainter, widget: QWidget | None = None,
    ) -> None:
        if element != QStyle.PrimitiveElement.PE_IndicatorItemViewItemDrop:
            super().drawPrimitive(element, option, painter, widget)
            return
        rect: QRect = option.rect
        if rect.isNull():
            return
        colour = QColor(DROP_COLOUR)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if rect.height() <= 1:  # between two rows
            painter.setPen(QPen(colour, 2))
            y = rect.top()
            painter.drawLine(rect.left() + 6, y, rect.right() - 2, y)
            painter.setBrush(colour)
            painter.drawEllipse(QPoint(rect.left() + 3, y), 3, 3)
        else:  # onto a row: it becomes the last child
            fill = QColor(colour)
            fill.setAlpha(40)
            painter.setPen(QPen(colour, 1.5))
            painter.setBrush(fill)
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 4, 4)
        painter.restore()


class OutlineView(QTreeView):
    """The essay's outline as a tree the writer reshapes with mouse and keys."""

    #: The current node changed (a Node, or None).
    current_node_changed = Signal(object)
    #: The selection changed: the selected nodes (top-most, document order).
    selection_changed_nodes = Signal(list)
    #: Ctrl+F in the tree: the pane shows its filter field.
    filter_requested = Signal()
    #: A structural change has settled (rows moved, added or removed).
    outline_changed = Signal()

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._model = OutlineModel(document, self)
        # Our row hooks must run before the selection model's, so they are
        # connected before setModel creates it.
        self._connect_model()
        self.setModel(self._model)
        self._connect_selection()
        self.delegate = OutlineDelegate(self)
        self.setItemDelegate(self.delegate)
        # The indicator's style is a Python QProxyStyle, which Qt calls for
        # every primitive of every row it paints: it is on only while
        # something is dragged over the tree.
        self._indicator_style = _DropIndicatorStyle()
        self._indicator_style.setParent(self)

        self.setHeaderHidden(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setAutoExpandDelay(700)  # hovering a closed node while dragging opens it
        self.setAnimated(True)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(False)
        self.setIndentation(18)
        self.setExpandsOnDoubleClick(False)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)

        # Nodes the writer collapsed, by id (everything else stays open).
        self._collapsed_ids: set[str] = set()
        # Bookkeeping of one structural change, settled in _settle().
        self._in_change = False
        self._before_ids: list[str] = []
        self._before_current: str | None = None
        self._fallback_id: str | None = None
        self._inserted_ids: list[str] = []
        self._last_current: Node | None = None
        self._last_selection: list[str] = []

        self.collapsed.connect(self._on_collapsed)
        self.expanded.connect(self._on_expanded)
        self._connect_document(document)
        # The actions by name; shadowing QWidget.actions() on purpose, as the
        # window and the tests look them up here by name.
        actions = outline_actions.build_actions(self)
        self.actions: dict[str, QAction] = actions  # type: ignore[assignment]
        self.expandAll()

    def expandAll(self) -> None:
        """Open every node that holds something.

        Qt's own expandAll also records every leaf as "expanded", and each
        such record is a persistent index Qt revisits on every row change:
        ten thousand of them make each move of a big outline slow.
        """
        self.scheduleDelayedItemsLayout()  # so each expand only records
        model = self._model
        for node in model.essay.walk():
            if node.children:
                self.setExpanded(model.index_for_node(node), True)

    # -- public interface ------------------------------------------------------

    @property
    def outline_model(self) -> OutlineModel:
        """The item model over the document's essay."""
        return self._model

    @property
    def document(self) -> Document:
        """The document shown."""
        return self._document

    def set_document(self, document: Document) -> None:
        """Show another document (resets selection, expansion and history)."""
        self._document.changed.disconnect(self._settle)
        self._document = document
        self._connect_document(document)
        self._collapsed_ids.clear()
        self._reset_change()
        self._model.set_document(document)
        self.expandAll()
        self._emit_if_changed()

    def selected_nodes(self) -> list[Node]:
        """The selected nodes, top-most only, in document order."""
        return self._model.nodes_for_indexes(self.selectionModel().selectedRows())

    def current_node(self) -> Node | None:
        """The node with the keyboard focus mark, or None."""
        return self._model.node_for_index(self.currentIndex())

    def select_nodes(self, nodes: Sequence[Node]) -> None:
        """Select these nodes, make the first current and scroll them into view."""
        indexes = [self._model.index_for_node(n) for n in nodes]
        indexes = [i for i in indexes if i.isValid()]
        selection = QItemSelection()
        for index in indexes:
            selection.select(index, index)
        model = self.selectionModel()
        flags = QItemSelectionModel.SelectionFlag
        if indexes:
            model.setCurrentIndex(indexes[0], flags.NoUpdate)
        model.select(selection, flags.ClearAndSelect | flags.Rows)
        for index in reversed(indexes):
            self.scrollTo(index)
        self._emit_unless_changing()

    def commit_pending_edit(self, close: bool = True) -> None:
        """Put the text of an open row editor into the essay now.

        The row editor writes only on Enter or when it loses focus, and Save,
        Close or Export from a shortcut or the toolbar take no focus from it.
        ``close=False`` leaves the editor open (for autosave mid-typing).
        """
        if self.state() != QAbstractItemView.State.EditingState:
            return
        editor = self.indexWidget(self.delegate.edited_index)
        if editor is None:
            return
        self.commitData(editor)
        if close:
            self.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def kind_menu(self, parent: QWidget | None = None) -> QMenu:
        """A menu of the kinds the selected nodes may take where they sit."""
        menu = QMenu(self.tr("Change &Kind"), parent or self)
        menu.setIcon(named_icon("change-kind"))
        outline_actions.fill_kind_menu(self, menu)
        # Kept menus (a menu bar's) follow the selection each time they open.
        menu.aboutToShow.connect(lambda: outline_actions.fill_kind_menu(self, menu))
        return menu

    # -- model and document wiring ---------------------------------------------

    def _connect_model(self) -> None:
        model = self._model
        model.rowsAboutToBeInserted.connect(self._begin_change)
        model.rowsInserted.connect(self._after_insert)
        model.modelReset.connect(self._reset_change)

    def _connect_selection(self) -> None:
        selection = self.selectionModel()
        selection.currentChanged.connect(lambda *_: self._emit_unless_changing())
        selection.selectionChanged.connect(lambda *_: self._emit_unless_changing())

    def _connect_document(self, document: Document) -> None:
        # After a push, an undo or a redo: every row signal is in.
        document.changed.connect(self._settle)

    def _begin_change(self, *_args: object) -> None:
        """Remember the selection before the first row of a change moves."""
        if self._in_change:
            return
        self._in_change = True
        self._before_ids = [n.id for n in self.selected_nodes()]
        current = self.current_node()
        self._before_current = current.id if current is not None else None
        self._fallback_id = None
        self._inserted_ids = []
        # Settle even when the change did not come through the document.
        QTimer.singleShot(0, self._settle)

    def _before_remove(self, parent: AnyIndex, first: int, last: int) -> None:
        self._begin_change()
        parent_node = self._model.node_for_index(parent)
        siblings = self._model.essay.children_of(parent_node)
        fallback = self._model.essay.find(self._fallback_id) if self._fallback_id else None
        if fallback is not None and not any(
                gone is fallback or gone.is_ancestor_of(fallback)
                for gone in siblings[first:last + 1]):
            return
        # Where the selection goes if what is selected disappears (chosen
        # again when a change of several removals takes the one chosen).
        if last + 1 < len(siblings):
            self._fallback_id = siblings[last + 1].id
        elif first > 0:
            self._fallback_id = siblings[first - 1].id
        elif parent_node is not None:
            self._fallback_id = parent_node.id

    def rowsAboutToBeRemoved(self, parent: AnyIndex, first: int,
                             last: int) -> None:
        """Runs before Qt's own handling. The selection was noted and is
        restored by node id once the change settles; letting Qt move the
        current index off the removed rows first would lay out the whole
        tree again (tens of ms on a big outline) for nothing."""
        self._before_remove(parent, first, last)
        selection = self.selectionModel()
        if selection is not None and selection.currentIndex().isValid():
            selection.clear()
        super().rowsAboutToBeRemoved(parent, first, last)

    def _after_insert(self, parent: QModelIndex, first: int, last: int) -> None:
        parent_node = self._model.node_for_index(parent)
        siblings = self._model.essay.children_of(parent_node)
        self._inserted_ids.extend(n.id for n in siblings[first:last + 1])

    def _reset_change(self) -> None:
        self._in_change = False
        self._before_ids = []
        self._before_current = None
        self._fallback_id = None
        self._inserted_ids = []

    def _settle(self) -> None:
        """After a structural change: reopen, reselect, then tell once."""
        if not self._in_change:
            return
        essay = self._model.essay
        inserted = [n for n in (essay.find(i) for i in self._inserted_ids) if n is not None]
        before = [n for n in (essay.find(i) for i in self._before_ids) if n is not None]
        fallback = essay.find(self._fallback_id) if self._fallback_id else None
        for top in inserted:
            for node in top.walk():
                if node.children and node.id not in self._collapsed_ids:
                    self.setExpanded(self._model.index_for_node(node), True)
        if inserted:
            chosen = top_most(essay, inserted)
        elif before:
            chosen = before
        else:
            chosen = [fallback] if fallback is not None else []
        self.select_nodes(chosen)
        self._reset_change()
        self._emit_if_changed()  # once, with the settled selection
        self.outline_changed.emit()

    def _emit_unless_changing(self) -> None:
        if not self._in_change:
            self._emit_if_changed()

    def _emit_if_changed(self) -> None:
        current = self.current_node()
        if current is not self._last_current:
            self._last_current = current
            self.current_node_changed.emit(current)
        ids = [n.id for n in self.selected_nodes()]
        if ids != self._last_selection:
            self._last_selection = ids
            self.selection_changed_nodes.emit(self.selected_nodes())

    def _on_collapsed(self, index: QModelIndex) -> None:
        node = self._model.node_for_index(index)
        if node is not None:
            self._collapsed_ids.add(node.id)

    def _on_expanded(self, index: QModelIndex) -> None:
        node = self._model.node_for_index(index)
        if node is not None:
            self._collapsed_ids.discard(node.id)

    # -- actions (built and run by outline_actions) --------------------------

    def move_up(self) -> None:
        """Move the selection up one place (out of its list at the top)."""
        outline_actions.move_up(self)

    def move_down(self) -> None:
        """Move the selection down one place (out of its list at the end)."""
        outline_actions.move_down(self)

    def indent(self) -> None:
        """Put the selection under the sibling above it."""
        outline_actions.indent(self)

    def outdent(self) -> None:
        """Make the selection siblings of its parent."""
        outline_actions.outdent(self)

    def add_sibling(self) -> None:
        """A new node of the same kind after the current one, edited in place."""
        outline_actions.add_sibling(self)

    def add_child(self) -> None:
        """A new last child of the current node, of the likely kind."""
        outline_actions.add_child(self)

    def delete_selected(self) -> None:
        """Delete the selected nodes with what they hold (undoable)."""
        outline_actions.delete_selected(self)

    def rename(self) -> None:
        """Edit the current node's line in place."""
        outline_actions.rename(self)

    def change_kind(self, kind: NodeKind) -> None:
        """Give the selected nodes another kind, as one step."""
        outline_actions.change_kind(self, kind)

    # -- keys, menu, drag ----------------------------------------------------

    def event(self, event: QEvent) -> bool:
        # Tab and Shift+Tab indent and outdent instead of moving the focus.
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and self.state() != QAbstractItemView.State.EditingState):
            key = event.key()
            mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if key == Qt.Key.Key_Tab and mods == Qt.KeyboardModifier.NoModifier:
                self.indent()
                return True
            if key == Qt.Key.Key_Backtab or (
                    key == Qt.Key.Key_Tab and mods == Qt.KeyboardModifier.ShiftModifier):
                self.outdent()
                return True
        return super().event(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        index = self.indexAt(event.pos())
        node = self._model.node_for_index(index)
        if node is not None and node not in self.selected_nodes():
            self.select_nodes([node])
        menu = QMenu(self)
        for key in ("add_sibling", "add_child", "rename"):
            menu.addAction(self.actions[key])
        menu.addMenu(self.kind_menu(menu))
        menu.addSeparator()
        for key in ("move_up", "move_down", "indent", "outdent"):
            menu.addAction(self.actions[key])
        menu.addSeparator()
        menu.addAction(self.actions["delete"])
        menu.addSeparator()
        for key in ("expand_all", "collapse_all", "filter"):
            menu.addAction(self.actions[key])
        menu.exec(event.globalPos())

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self._show_drop_indicator(True)
        super().dragEnterEvent(event)

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        super().dragLeaveEvent(event)
        self._show_drop_indicator(False)

    def dropEvent(self, event: QDropEvent) -> None:
        try:
            super().dropEvent(event)
        finally:
            self._show_drop_indicator(False)

    def _show_drop_indicator(self, on: bool) -> None:
        if (self.style() is self._indicator_style) != on:
            # None gives the tree the application's style back.
            self.setStyle(self._indicator_style if on else None)  # type: ignore[arg-type]

    def startDrag(self, supportedActions: Qt.DropAction) -> None:
        """Run the drag ourselves and remove nothing afterwards.

        The drop has already moved the real nodes through one core change;
        QAbstractItemView's own ending would call removeRows on the dragged
        rows and lose other nodes.
        """
        nodes = self.selected_nodes()
        if not nodes:
            return
        drag = QDrag(self)
        drag.setMimeData(self._model.mimeData([self._model.index_for_node(n) for n in nodes]))
        pixmap = self._drag_pixmap(nodes)
        drag.setPixmap(pixmap)
        drag.setHotSpot(QPoint(12, pixmap.height() // 2))
        drag.exec(Qt.DropAction.MoveAction, Qt.DropAction.MoveAction)

    def _drag_pixmap(self, nodes: Sequence[Node]) -> QPixmap:
        """A small label of what is dragged: icon, first line, "+N more"."""
        metrics = QFontMetrics(self.font())
        text = metrics.elidedText(display_text(nodes[0]), Qt.TextElideMode.ElideRight, 260)
        if len(nodes) > 1:
            text += self.tr("   +{count} more").format(count=len(nodes) - 1)
        width = 16 + 6 + metrics.horizontalAdvance(text) + 16
        height = max(metrics.height(), 16) + 10
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(int(width * ratio), int(height * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor(DROP_COLOUR))
        background = self.palette().base().color()
        background.setAlpha(230)
        painter.setBrush(background)
        painter.drawRoundedRect(QRect(0, 0, width - 1, height - 1), 5, 5)
        kind_icon(nodes[0].kind).paint(painter, QRect(6, (height - 16) // 2, 16, 16))
        painter.setPen(self.palette().text().color())
        painter.drawText(QRect(28, 0, width - 30, height),
                         int(Qt.AlignmentFlag.AlignVCenter), text)
        painter.end()
        return pixmap
