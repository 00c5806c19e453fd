"""Outline > Quotation from Book: search an attached book, pick a passage,
insert it as a quotation with its page.

The search forgives what quoting forgives (curly or straight quotes,
dashes, line-break hyphens, case): a phrase is found as a phrase; several
words not found together are found in any order within one sentence.
The sentence holding the passage picked fills an editable box (trim it to
the words you want: what is inserted is what the box holds) and the page
box; Insert adds it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from outliner.compose.citing import formatter_for
from outliner.core.book_search import BookHit
from outliner.core.quote_match import search_book
from outliner.core.sources import Source
from outliner.ui.books import BookShelf
from outliner.ui.document import Document

#: Hits listed at most.
HIT_LIMIT = 100
#: The pause after typing before the book is searched (milliseconds).
SEARCH_PAUSE_MS = 200
_HIT_ROLE = Qt.ItemDataRole.UserRole


class BookSearchDialog(QDialog):
    """Find a passage in an attached book and take it as a quotation."""

    def __init__(self, document: Document, shelf: BookShelf,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Quotation from Book"))
        self.resize(720, 560)
        self._document = document
        self._shelf = shelf
        self._hits: list[BookHit] = []

        self.source_combo = QComboBox()
        self.source_combo.setAccessibleName(self.tr("Book"))
        for source in shelf.sources_with_books():
            self.source_combo.addItem(self._source_line(source), source.id)
        self.query_edit = QLineEdit()
        self.query_edit.setPlaceholderText(self.tr("Words or a phrase from the book"))
        self.query_edit.setAccessibleName(self.tr("Search the book"))
        self.query_edit.setClearButtonEnabled(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.hits_list = QListWidget()
        self.hits_list.setWordWrap(True)
        self.hits_list.setAlternatingRowColors(True)
        self.hits_list.setAccessibleName(self.tr("Passages found"))
        self.quote_edit = QPlainTextEdit()
        self.quote_edit.setTabChangesFocus(True)
        self.quote_edit.setFixedHeight(self.quote_edit.fontMetrics().lineSpacing() * 4 + 14)
        self.quote_edit.setPlaceholderText(self.tr(
            "The passage picked; trim it to the words you quote"))
        self.quote_edit.setAccessibleName(self.tr("Quotation to insert"))
        self.page_edit = QLineEdit()
        self.page_edit.setAccessibleName(self.tr("Page"))
        self.page_edit.setPlaceholderText(self.tr("the page the passage is on"))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Book"), self.source_combo)
        form.addRow(self.tr("&Find"), self.query_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        # An action, not the accept role: the box would make that the default
        # button when shown.
        self.insert_button = self.buttons.addButton(
            self.tr("&Insert"), QDialogButtonBox.ButtonRole.ActionRole)
        self.insert_button.clicked.connect(self.accept)
        # No default button: Enter in the search field searches, and only a
        # passage the writer has seen is inserted (Insert, or Enter on a hit).
        for button in self.buttons.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
                button.setDefault(False)
        self.buttons.rejected.connect(self.reject)
        taken = QFormLayout()
        taken.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        taken.addRow(self.tr("&Quotation"), self.quote_edit)
        taken.addRow(self.tr("&Page"), self.page_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.hits_list, 1)
        layout.addLayout(taken)
        layout.addWidget(self.buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_PAUSE_MS)
        self._timer.timeout.connect(self.search)
        self.query_edit.textChanged.connect(self._query_changed)
        self.query_edit.returnPressed.connect(self.search)
        self.source_combo.currentIndexChanged.connect(self.search)
        self.hits_list.currentItemChanged.connect(self._picked)
        self.hits_list.itemActivated.connect(lambda _item: self.accept())
        self.quote_edit.textChanged.connect(self._update_insert)
        self.search()

    def _source_line(self, source: Source) -> str:
        line = formatter_for(self._document.essay.meta.style).entry(source).replace("*", "")
        return line or source.title or source.text or source.id

    def source(self) -> Source | None:
        """The source whose book is searched."""
        wanted = self.source_combo.currentData()
        return next((s for s in self._document.essay.sources if s.id == wanted), None)

    def search(self) -> None:
        """List the passages holding the words typed."""
        self._timer.stop()
        self.hits_list.clear()
        source = self.source()
        index = self._shelf.index_for(source) if source is not None else None
        query = self.query_edit.text().strip()
        if index is None:
            self._hits = []
            self.status.setText(self.tr(
                "No book is attached to a source yet: attach one in Essay > Sources."))
        elif not query:
            self._hits = []
            self.status.setText(self.tr("Type words or a phrase to find them in the book."))
        else:
            self._hits = search_book(index, query, HIT_LIMIT)
            self.status.setText(
                self.tr("Nothing found.") if not self._hits else
                self.tr("%n passage(s) found.", "", len(self._hits)))
        for number, hit in enumerate(self._hits):
            where = (self.tr("p. {page}").format(page=hit.page) if hit.page
                     else self.tr("no page"))
            item = QListWidgetItem(f"{where} — {hit.excerpt}")
            item.setToolTip(hit.excerpt)
            item.setData(_HIT_ROLE, number)
            self.hits_list.addItem(item)
        if self._hits:
            self.hits_list.setCurrentRow(0)
        elif query:  # nothing found: no passage of an earlier search stays to insert
            self.quote_edit.clear()
            self.page_edit.clear()
        self._update_insert()

    def _picked(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is None:
            return
        hit = self._hits[int(current.data(_HIT_ROLE))]
        # The whole sentence, to quote as it is or trim to the words wanted.
        self.quote_edit.setPlainText(hit.sentence or hit.text)
        self.page_edit.setText(hit.sentence_page if hit.sentence else hit.page)

    def _query_changed(self) -> None:
        # Until the search runs, the boxes hold the last search's passage.
        self.insert_button.setEnabled(False)
        self._timer.start()

    def _update_insert(self) -> None:
        self.insert_button.setEnabled(not self._timer.isActive()
                                      and bool(self.quote_edit.toPlainText().strip()))

    def quotation(self) -> tuple[str, str]:
        """The words and the page to insert, as the boxes hold them."""
        return " ".join(self.quote_edit.toPlainText().split()), self.page_edit.text().strip()


__all__ = ["BookSearchDialog"]
