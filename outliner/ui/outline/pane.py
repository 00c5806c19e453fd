"""The outline pane: a filter field (shown on Ctrl+F; in the window, where Find
has Ctrl+F, on Ctrl+Shift+F) above the outline tree.

Filtering hides rows of the real model (``setRowHidden``) instead of putting
a proxy model in between, so drag-and-drop and keyboard moves keep working
on the essay itself while a filter is on.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QToolButton, QVBoxLayout, QWidget

from outliner.core.essay import Node
from outliner.core.inline import plain
from outliner.ui.document import Document
from outliner.ui.icons import named_icon
from outliner.ui.line_edit_buttons import name_line_edit_buttons
from outliner.ui.outline.view import OutlineView


def node_matches(node: Node, needle: str) -> bool:
    """Does the node's own text, cite or prose contain ``needle`` (casefolded),
    as typed or as shown without its inline marks ("Never Let" finds *Never* Let)?"""
    return any(needle in value.casefold() or ("*" in value and needle in plain(value).casefold())
               for value in (node.text, node.cite, node.prose))


class OutlinePane(QWidget):
    """The outline tree with its filter bar."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = OutlineView(document, self)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Filter the outline…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.addAction(named_icon("filter"), QLineEdit.ActionPosition.LeadingPosition)
        self.filter_edit.installEventFilter(self)
        close = QToolButton(self)
        close.setAutoRaise(True)
        close.setText("×")
        close.setToolTip(self.tr("Stop filtering (Esc)"))
        close.clicked.connect(self.close_filter)
        close.setAccessibleName(self.tr("Stop filtering"))

        self._filter_bar = QWidget(self)
        bar = QHBoxLayout(self._filter_bar)
        bar.setContentsMargins(4, 4, 4, 2)
        bar.setSpacing(2)
        bar.addWidget(self.filter_edit, 1)
        bar.addWidget(close)
        self._filter_bar.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._filter_bar)
        layout.addWidget(self.view, 1)
        self.setFocusProxy(self.view)

        # A filter has hidden rows since every row was last shown.
        # Re-filter once after a burst of edits, not per signal.
        self._refilter = QTimer(self)
        self._refilter.setSingleShot(True)
        self._refilter.setInterval(0)
        self._refilter.timeout.connect(self.apply_filter)

        # Nodes added, or edited while shown, stay visible until the filter
        # text changes, so a row does not vanish as it is made or typed in.
        self._pinned: set[str] = set()
        # Whether the last filter hid any row: with no filter and none hidden
        # there is nothing to walk (opening a big outline would visit every row).
        self._rows_hidden = False
        self.filter_edit.textChanged.connect(self._filter_text_changed)
        self.view.filter_requested.connect(self.open_filter)
        self.view.outline_changed.connect(self._refilter_now)
        model = self.view.outline_model
        model.dataChanged.connect(self._data_changed)
        model.rowsInserted.connect(self._pin_inserted)
        model.modelReset.connect(lambda: self._schedule_refilter())
        # The filter's key also works while the filter field itself has focus.
        refocus = self._refocus = QAction(self)
        refocus.setShortcut(QKeySequence("Ctrl+F"))
        refocus.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        refocus.triggered.connect(self.open_filter)
        self.filter_edit.addAction(refocus)
        self._name_parts()

    def _name_parts(self) -> None:
        """What a screen reader calls the pane, its tree and its filter."""
        self.setAccessibleName(self.tr("Outline"))
        self.view.setAccessibleName(self.tr("Outline"))
        self.view.setAccessibleDescription(self.tr(
            "The essay's parts, one row each. Tab indents and Shift+Tab outdents the "
            "selection; F6 or Ctrl+Tab moves to the next pane."))
        self.filter_edit.setAccessibleName(self.tr("Filter the outline"))
        self.filter_edit.setAccessibleDescription(self.tr(
            "Shows only the nodes that contain this text; Escape stops filtering"))
        name_line_edit_buttons(self.filter_edit, self.tr("Clear the filter"), self.tr("Filter"))

    def set_filter_keys(self, keys: tuple[str, ...]) -> None:
        """Give the filter other keys (the window's Find takes Ctrl+F)."""
        shortcuts = [QKeySequence(k) for k in keys]
        action = self.view.actions["filter"]
        action.setShortcuts(shortcuts)
        tip = self.tr("Show only nodes that contain some text ({keys})").format(
            keys=shortcuts[0].toString())
        action.setToolTip(tip)
        action.setStatusTip(tip)
        self._refocus.setShortcuts(shortcuts)

    @property
    def filter_text(self) -> str:
        """The text filtered by ('' when no filter is on)."""
        return self.filter_edit.text() if self._filter_bar.isVisibleTo(self) else ""

    def set_document(self, document: Document) -> None:
        """Show another document; the filter stays and applies to it."""
        self.view.set_document(document)
        self.apply_filter()

    def open_filter(self) -> None:
        """Show the filter field and put the cursor in it."""
        self._filter_bar.show()
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()
        self.apply_filter()

    def close_filter(self) -> None:
        """Clear and hide the filter, show every row, focus the tree."""
        self.filter_edit.clear()
        self._pinned.clear()
        self._filter_bar.hide()
        self.apply_filter()
        self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        current = self.view.currentIndex()
        if current.isValid():
            self.view.scrollTo(current)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.filter_edit and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)):
            if event.key() == Qt.Key.Key_Escape:
                self.close_filter()
                return True
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.view.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return super().eventFilter(watched, event)

    def _schedule_refilter(self) -> None:
        if self.filter_text.strip():
            self._refilter.start()

    def _refilter_now(self) -> None:
        if self.filter_text.strip():
            self.apply_filter()

    def _filter_text_changed(self, _text: str) -> None:
        self._pinned.clear()
        self.apply_filter()

    def _data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex,
                      *_roles: object) -> None:
        """An edit (a keystroke, often): pin the rows it touched that are shown
        or now match, show them at once, and leave the whole filter for later."""
        needle = self.filter_text.strip().casefold()
        if not needle:
            return
        view, model = self.view, self.view.outline_model
        parent = top_left.parent()
        for row in range(top_left.row(), bottom_right.row() + 1):
            node = model.node_for_index(model.index(row, 0, parent))
            if node is None:
                continue
            if not view.isRowHidden(row, parent) or node_matches(node, needle):
                self._pinned.add(node.id)
                self._reveal(node)
        self._schedule_refilter()

    def _reveal(self, node: Node) -> None:
        """Show ``node``'s row and open and show its ancestors."""
        model, view = self.view.outline_model, self.view
        index = model.index_for_node(node)
        view.setRowHidden(index.row(), index.parent(), False)
        parent = index.parent()
        while parent.isValid():
            view.setRowHidden(parent.row(), parent.parent(), False)
            view.setExpanded(parent, True)
            parent = parent.parent()

    def _pin_inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        if not self.filter_text.strip():
            return
        model = self.view.outline_model
        siblings = model.essay.children_of(model.node_for_index(parent))
        self._pinned.update(n.id for n in siblings[first:last + 1])
        self._schedule_refilter()

    def apply_filter(self) -> None:
        """Hide rows whose node and descendants lack the filter text; open the
        ancestors of matches. An empty filter shows every row."""
        needle = self.filter_text.strip().casefold()
        if not needle and not self._rows_hidden:
            return  # every row is shown already: no walk over a 10,000-node outline
        view = self.view
        model = view.outline_model
        hidden = False

        def visit(parent: Node | None, parent_index: QModelIndex) -> bool:
            nonlocal hidden
            any_shown = False
            for row, node in enumerate(model.essay.children_of(parent)):
                index = model.index(row, 0, parent_index)
                below = visit(node, index)
                shown = (not needle or below or node_matches(node, needle)
                         or node.id in self._pinned)
                view.setRowHidden(row, parent_index, not shown)
                hidden = hidden or not shown
                if needle and below:
                    view.setExpanded(index, True)
                any_shown = any_shown or shown
            return any_shown

        visit(None, QModelIndex())
        self._rows_hidden = hidden
