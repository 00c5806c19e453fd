"""The window's books: the shelf wired to the outline, the editor and the
status bar, and Outline > Quotation from Book (Ctrl+Shift+B).

Kept out of ``main_window.py`` so the window only creates the shelf and
hands each new document to it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from outliner.core.place_quote import plan_quotation
from outliner.core.rules import TreeError
from outliner.ui.books import BookShelf
from outliner.ui.messages import refusal
from outliner.ui.translations import translate

if TYPE_CHECKING:
    from outliner.ui.main_window import MainWindow

#: The shortcut of Quotation from Book.
INSERT_KEYS = "Ctrl+Shift+B"


def wire_books(window: MainWindow, shelf: BookShelf) -> QAction:
    """Show the shelf's verdicts in the window; the Quotation from Book action."""
    window.view.outline_model.verdict_for = shelf.verdict
    shelf.changed.connect(lambda: _rows_changed(window, shelf))
    window.editor.set_books(shelf)
    shelf.problem.connect(lambda message: window.statusBar().showMessage(message, 10000))
    action = QAction(translate("BookDesk", "Quotation from &Book…"), window)
    action.setObjectName("quotation_from_book")
    action.setShortcut(QKeySequence(INSERT_KEYS))
    action.setStatusTip(translate(
        "BookDesk", "Find a passage in a book attached to a source and insert it as a "
                    "quotation with its page."))
    action.triggered.connect(lambda: insert_from_book(window, shelf))
    window.addAction(action)
    return action


def _rows_changed(window: MainWindow, shelf: BookShelf) -> None:
    """The rows whose verdict changed tell the view and assistive tools
    (their mark, tooltip and description)."""
    model = window.view.outline_model
    essay = window.document.essay
    roles = [int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.ToolTipRole),
             int(Qt.ItemDataRole.AccessibleDescriptionRole)]
    for node_id in shelf.changed_ids:
        node = essay.find(node_id)
        if node is None:
            continue
        index = model.index_for_node(node)
        if index.isValid():
            model.dataChanged.emit(index, index, roles)


def insert_from_book(window: MainWindow, shelf: BookShelf) -> bool:
    """Search a book; insert the passage picked as a quotation near the
    current node (one undoable step). False when nothing was inserted."""
    from outliner.ui.dialogs.book_search import BookSearchDialog

    document = window.document
    if not shelf.sources_with_books():
        waiting = shelf.reading()
        window.statusBar().showMessage(
            translate("BookDesk", "The book is still being read; try again in a moment.")
            if waiting else
            translate("BookDesk", "Attach a book to a source first (Essay > Sources, "
                                  "Attach Book)."), 6000)
        return False
    dialog = BookSearchDialog(document, shelf, window)
    try:
        if dialog.exec() != BookSearchDialog.DialogCode.Accepted:
            return False
        text, page = dialog.quotation()
        source = dialog.source()
    finally:
        dialog.deleteLater()
    if not text or document is not window.document:
        return False
    essay = document.essay
    first = essay.sources[0].id if essay.sources else ""
    cited = source.id if source is not None and source.id != first else ""
    try:
        change, node = plan_quotation(essay, window.view.current_node(), text, page, cited)
    except TreeError as exc:
        window.statusBar().showMessage(refusal(exc), 6000)
        return False
    if not document.push(change):
        return False
    window.view.select_nodes([node])
    return True


__all__ = ["INSERT_KEYS", "insert_from_book", "wire_books"]
