"""The Book part of Essay > Sources: the book file attached to the entry
shown, for checking quotations against it.

Attach Book reads the file first (in the background, with progress and
Cancel), so a file that is not a book, is encrypted or has no text layer
is refused with one message before anything is recorded; then the entry
records the file's path and checksum as one undoable step. Detach is one
step too, and so is a change of the page offset (for a book whose pages
are numbered only by position).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from outliner.core.sources import PAGE_OFFSET_LIMIT, BookLink, Source

if TYPE_CHECKING:
    from outliner.ui.books import BookShelf
    from outliner.ui.dialogs.sources import SourcesDialog


class BookBox(QGroupBox):
    """The attached book of the entry shown: what it is, attach, detach, offset."""

    def __init__(self, dialog: SourcesDialog, shelf: BookShelf | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Book, for checking quotations"))
        self._dialog = dialog
        self._shelf = shelf
        self._filling = False
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.attach_button = QPushButton(self.tr("Attac&h Book…"))
        self.attach_button.setToolTip(self.tr(
            "A PDF (with a text layer), an EPUB or a text file of the edition you quote"))
        self.attach_button.clicked.connect(lambda: self.attach_book())
        self.detach_button = QPushButton(self.tr("&Detach"))
        self.detach_button.setToolTip(self.tr("Stop checking quotations against this book"))
        self.detach_button.clicked.connect(self.detach_book)
        self.retry_button = QPushButton(self.tr("Read A&gain"))
        self.retry_button.setToolTip(self.tr("Read the file again (after putting it back or "
                                             "replacing it)"))
        self.retry_button.clicked.connect(self.read_again)
        self.offset_spin = QSpinBox()
        self.offset_spin.setRange(-PAGE_OFFSET_LIMIT, PAGE_OFFSET_LIMIT)
        self.offset_spin.setAccessibleName(self.tr("Page offset"))
        self.offset_spin.setToolTip(self.tr(
            "For a book whose pages carry no numbers the app can read: the printed "
            "number of its first page, minus one"))
        self.offset_spin.editingFinished.connect(self.commit_offset)
        offset_label = QLabel(self.tr("Page o&ffset"))
        offset_label.setBuddy(self.offset_spin)
        buttons = QHBoxLayout()
        buttons.addWidget(self.attach_button)
        buttons.addWidget(self.detach_button)
        buttons.addWidget(self.retry_button)
        buttons.addStretch(1)
        buttons.addWidget(offset_label)
        buttons.addWidget(self.offset_spin)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state_label)
        layout.addLayout(buttons)
        if shelf is not None:
            shelf.changed.connect(self._shelf_changed)
        self.show_source(None)

    def show_source(self, source: Source | None) -> None:
        """Show the book of ``source`` (None: no entry shown)."""
        self._filling = True
        try:
            link = source.book if source is not None else None
            self.attach_button.setEnabled(source is not None and self._shelf is not None)
            self.detach_button.setEnabled(link is not None)
            self.offset_spin.setEnabled(link is not None)
            self.offset_spin.setValue(link.page_offset if link is not None else 0)
            self.attach_button.setText(self.tr("Attac&h Book…") if link is None
                                       else self.tr("C&hange Book…"))
            self._show_state(source)
        finally:
            self._filling = False

    def _shelf_changed(self) -> None:
        self._show_state(self._dialog.shown_source())

    def _show_state(self, source: Source | None) -> None:
        """The line saying where the book stands, and Read Again after a failure."""
        self.state_label.setText(self._state_text(source))
        state = (self._shelf.state_of(source)
                 if self._shelf is not None and source is not None else None)
        self.retry_button.setVisible(state is not None and state.state == "failed")

    def read_again(self) -> None:
        """Try the attached file again (it was missing or unreadable)."""
        source = self._dialog.shown_source()
        if self._shelf is not None and source is not None:
            self._shelf.retry(source)

    def detach(self) -> None:
        """Stop following the shelf (the dialog closes)."""
        if self._shelf is not None:
            self._shelf.changed.disconnect(self._shelf_changed)
            self._shelf = None

    def _state_text(self, source: Source | None) -> str:
        if source is None or source.book is None:
            return self.tr("No book attached. Attach the edition you quote to check each "
                           "quotation word for word and page by page.")
        name = Path(source.book.path).name
        state = self._shelf.state_of(source) if self._shelf is not None else None
        if state is None or state.state == "reading":
            return self.tr("“{name}”: being read…").format(name=name)
        if state.state == "failed":
            return self.tr("“{name}” cannot be read: {problem}").format(
                name=name, problem=state.message)
        said = self.tr("“{name}”: %n page(s), read.", "", state.pages).format(name=name)
        return f"{said} {state.message}" if state.message else said

    def attach_book(self, path: Path | None = None) -> bool:
        """Read the book at ``path`` (asked for when None) and attach it to the
        entry shown; False when nothing was attached (cancelled or refused)."""
        from outliner.io.check_books import recorded_path
        from outliner.ui.book_jobs import read_book_with_progress
        from outliner.ui.file_actions import show_error

        source = self._dialog.shown_source()
        if source is None or self._shelf is None:
            return False
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self, self.tr("Attach Book"), "",
                self.tr("Books (*.pdf *.epub *.txt *.md *.markdown);;All files (*)"))
            if not name:
                return False
            path = Path(name)
        offset = source.book.page_offset if source.book is not None else 0
        job = read_book_with_progress(self._dialog, path, offset, self._shelf.cache)
        if job is None:
            return False
        if job.error is not None or job.loaded is None:
            show_error(self._dialog, self.tr("Cannot Attach Book"), str(job.error))
            return False
        link = BookLink(recorded_path(path), job.loaded.sha256, offset)
        attached = self._dialog.set_book(link, self.tr("Attach Book"))
        if attached is not None:
            self._shelf.adopt(attached, job)
            self.show_source(attached)
        return attached is not None

    def detach_book(self) -> None:
        """The entry stops having a book (undo attaches it again)."""
        self.show_source(self._dialog.set_book(None, self.tr("Detach Book")))

    def commit_offset(self) -> None:
        """Record the page offset typed, if it changed (one step); the
        dialog calls this before it closes, so a typed offset is never lost."""
        self.offset_spin.interpretText()
        source = self._dialog.shown_source()
        if self._filling or source is None or source.book is None:
            return
        offset = self.offset_spin.value()
        if offset == source.book.page_offset:
            return
        link = BookLink(source.book.path, source.book.sha256, offset)
        self.show_source(self._dialog.set_book(link, self.tr("Change Page Offset")))


__all__ = ["BookBox"]
