"""Essay > Sources: the list of sources, and a form for the one selected.

Each change is one undoable step on the document's undo stack, pushed as
it is made: Add, Remove, Move, and Edit (the form's changes to one entry,
pushed when the writer presses Apply, picks another entry or closes the
dialog). An undo while the dialog is open shows in it at once.

An entry is free text (kept exactly as typed; printed as typed) or a type
and fields, from which each citation style formats it; the line under the
form shows the entry as the essay's style prints it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from outliner.compose.citing import formatter_for
from outliner.core.changes import SetSources
from outliner.core.sources import (
    SOURCE_TEXT_FIELDS,
    BookLink,
    Source,
    SourceType,
    name_line,
    names_from_lines,
)
from outliner.ui.dialogs.source_book import BookBox
from outliner.ui.document import Document
from outliner.ui.translations import source_field_label, source_type_label, translate

if TYPE_CHECKING:
    from outliner.ui.books import BookShelf

_ID_ROLE = Qt.ItemDataRole.UserRole


def _names_edit(placeholder: str) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 2 + 14)
    edit.setToolTip(translate(
        "SourcesDialog", "One name a line: Family, Given. A line without a comma is one name "
        "(an organisation)."))
    return edit


class SourcesDialog(QDialog):
    """List, add, edit and remove the essay's sources."""

    def __init__(self, document: Document, parent: QWidget | None = None,
                 books: BookShelf | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sources"))
        self.resize(860, 640)
        self._document = document
        self._shown_id: str | None = None  # the entry the form shows
        self._filling = False

        self.entries = QListWidget()
        self.entries.setWordWrap(True)
        self.entries.setAlternatingRowColors(True)
        self.entries.setAccessibleName(self.tr("Sources"))
        self.entries.currentItemChanged.connect(self._current_changed)
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.clicked.connect(self.add_source)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.clicked.connect(self.remove_source)
        up, down = QPushButton(self.tr("&Up")), QPushButton(self.tr("Do&wn"))
        up.clicked.connect(lambda: self.move_source(-1))
        down.clicked.connect(lambda: self.move_source(+1))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, up, down):
            buttons.addWidget(button)
        buttons.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.entries, 1)
        left_layout.addLayout(buttons)

        self.type_combo = QComboBox()
        self.type_combo.addItem(self.tr("Free text (printed as typed)"), "")
        for kind in SourceType:
            self.type_combo.addItem(source_type_label(kind), kind.value)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setFixedHeight(self.text_edit.fontMetrics().lineSpacing() * 3 + 14)
        self.text_edit.setPlaceholderText(self.tr("The whole entry, as it should be printed"))
        self.authors_edit = _names_edit("Ishiguro, Kazuo")
        self.editors_edit = _names_edit(self.tr("Family, Given"))
        self.field_edits: dict[str, QLineEdit] = {name: QLineEdit() for name in SOURCE_TEXT_FIELDS}
        self.field_edits["date"].setPlaceholderText(self.tr("2006, or 2020-03-05"))
        self.field_edits["accessed"].setPlaceholderText(self.tr("for a web page: 2026-02-01"))
        self.field_edits["pages"].setPlaceholderText("45-67")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Type"), self.type_combo)
        form.addRow(self.tr("Free te&xt"), self.text_edit)
        form.addRow(self.tr("Auth&ors"), self.authors_edit)
        form.addRow(self.tr("&Editors"), self.editors_edit)
        for name, edit in self.field_edits.items():
            form.addRow(source_field_label(name), edit)
        self.printed = QLabel()
        self.printed.setMinimumHeight(self.printed.fontMetrics().lineSpacing() * 3)
        self.printed.setWordWrap(True)
        self.printed.setTextFormat(Qt.TextFormat.RichText)
        self.printed.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.apply_button = QPushButton(self.tr("A&pply"))
        self.apply_button.setToolTip(self.tr("Save this entry's changes (one undoable step)"))
        self.apply_button.clicked.connect(self.apply_edit)
        #: The book attached to the entry, for checking quotations against it.
        self.book_box = BookBox(self, books)
        form_box = QWidget()
        form_layout = QVBoxLayout(form_box)
        form_layout.addLayout(form)
        form_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_box)
        # The printed entry and Apply stay in sight below the scrolling form.
        apply_row = QHBoxLayout()
        apply_row.addWidget(self.printed, 1)
        apply_row.addWidget(self.apply_button, 0, Qt.AlignmentFlag.AlignTop)
        self.form_area = QWidget()
        right = QVBoxLayout(self.form_area)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(scroll, 1)
        right.addLayout(apply_row)
        right.addWidget(self.book_box)  # in sight, below the scrolling fields

        for names in (self.text_edit, self.authors_edit, self.editors_edit):
            names.textChanged.connect(self._form_changed)
        for line in self.field_edits.values():
            line.textChanged.connect(self._form_changed)
        self.type_combo.currentIndexChanged.connect(self._form_changed)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.form_area)
        splitter.setSizes([330, 530])
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(close)

        document.changed.connect(self._document_changed)
        self._listening = True
        self._reload()

    # -- the list ------------------------------------------------------------

    @property
    def _sources(self) -> list[Source]:
        return self._document.essay.sources

    def _line(self, source: Source) -> str:
        if source.is_empty():
            return self.tr("(empty entry)")
        return formatter_for(self._document.essay.meta.style).entry(source).replace("*", "")

    def _reload(self, select_id: str | None = None) -> None:
        """The list as the essay holds it now, the form on ``select_id`` (or
        on the entry it showed, or the first)."""
        wanted = select_id or self._shown_id
        self.entries.blockSignals(True)
        self.entries.clear()
        for source in self._sources:
            item = QListWidgetItem(self._line(source))
            item.setData(_ID_ROLE, source.id)
            self.entries.addItem(item)
        rows = [s.id for s in self._sources]
        row = rows.index(wanted) if wanted in rows else (0 if rows else -1)
        self.entries.setCurrentRow(row)
        self.entries.blockSignals(False)
        self._show(self._sources[row] if row >= 0 else None)

    def _document_changed(self) -> None:
        if not self._filling:  # an undo or redo: show what the essay holds now
            self._reload()

    def _current_changed(self, current: QListWidgetItem | None,
                         _previous: QListWidgetItem | None) -> None:
        source_id = current.data(_ID_ROLE) if current is not None else None
        # Leaving an entry keeps its changes (the list is then rebuilt, on
        # the entry picked).
        if not self.apply_edit(select_id=source_id):
            self._show(next((s for s in self._sources if s.id == source_id), None))

    def _push(self, sources: list[Source], label: str, select_id: str | None) -> None:
        self._filling = True
        try:
            self._document.push(SetSources(tuple(sources), label))
        finally:
            self._filling = False
        self._reload(select_id)

    def add_source(self) -> None:
        """A new, empty book entry at the end, selected for filling in."""
        self.apply_edit()
        source = Source(type=SourceType.BOOK)
        self._push([*self._sources, source], self.tr("Add Source"), source.id)
        self.authors_edit.setFocus()

    def remove_source(self) -> None:
        """Take the selected entry out (undo puts it back)."""
        row = self.entries.currentRow()
        if row < 0:
            return
        sources = list(self._sources)
        del sources[row]
        self._shown_id = None
        after = sources[min(row, len(sources) - 1)].id if sources else None
        self._push(sources, self.tr("Remove Source"), after)

    def move_source(self, step: int) -> None:
        """Move the selected entry up or down (the export sorts; this is the
        order the list and quotations' source menu show)."""
        self.apply_edit()
        row = self.entries.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < len(self._sources):
            return
        sources = list(self._sources)
        sources.insert(target, sources.pop(row))
        self._push(sources, self.tr("Move Source"), sources[target].id)

    # -- the form ------------------------------------------------------------

    def _show(self, source: Source | None) -> None:
        self._filling = True
        try:
            self._shown_id = source.id if source is not None else None
            self.form_area.setEnabled(source is not None)
            self.remove_button.setEnabled(source is not None)
            source = source or Source()
            free = not source.structured and not any(
                getattr(source, name).strip() for name in SOURCE_TEXT_FIELDS) and (
                source.type is SourceType.OTHER)
            self.type_combo.setCurrentIndex(
                self.type_combo.findData("" if free else source.type.value))
            self.text_edit.setPlainText(source.text)
            self.authors_edit.setPlainText("\n".join(name_line(n) for n in source.authors))
            self.editors_edit.setPlainText("\n".join(name_line(n) for n in source.editors))
            for name, edit in self.field_edits.items():
                edit.setText(getattr(source, name))
            self.book_box.show_source(self.shown_source())
        finally:
            self._filling = False
        self._form_changed()

    def shown_source(self) -> Source | None:
        """The entry the form shows, as the essay holds it now."""
        return next((s for s in self._sources if s.id == self._shown_id), None)

    def set_book(self, book: BookLink | None, label: str) -> Source | None:
        """Attach ``book`` to the shown entry, or detach (None), as one step
        after the form's own changes; the entry as it is then."""
        self.apply_edit()
        shown = self.shown_source()
        if shown is None or shown.book == book:
            return shown
        changed = shown.with_fields(book=book)
        self._push([changed if s.id == shown.id else s for s in self._sources], label,
                   shown.id)
        return changed

    def form_source(self) -> Source | None:
        """The entry as the form has it (same id), or None when none is shown."""
        shown = next((s for s in self._sources if s.id == self._shown_id), None)
        if shown is None:
            return None
        if not self.type_combo.currentData():  # free text: the text alone is the entry
            return Source(text=self.text_edit.toPlainText(), id=shown.id,
                          book=shown.book)  # the attached book is not on this form
        kind = str(self.type_combo.currentData())
        return shown.with_fields(
            type=SourceType(kind), text=self.text_edit.toPlainText(),
            authors=names_from_lines(self.authors_edit.toPlainText()),
            editors=names_from_lines(self.editors_edit.toPlainText()),
            **{name: edit.text() for name, edit in self.field_edits.items()},
        )

    def _form_changed(self) -> None:
        if self._filling:
            return
        source = self.form_source()
        free = not self.type_combo.currentData()
        for widget in (self.authors_edit, self.editors_edit, *self.field_edits.values()):
            widget.setEnabled(not free)
        self.text_edit.setPlaceholderText(
            self.tr("The whole entry, as it should be printed") if free
            else self.tr("Kept as typed; printed only as free text"))
        changed = source is not None and source != next(
            (s for s in self._sources if s.id == self._shown_id), None)
        self.apply_button.setEnabled(changed)
        printed = self._line(source) if source is not None else ""
        entry = (formatter_for(self._document.essay.meta.style).entry(source)
                 if source is not None and not source.is_empty() else "")
        self.printed.setText(_italic_html(entry) if entry else "")
        self.printed.setToolTip(printed)

    def apply_edit(self, select_id: str | None = None) -> bool:
        """Push the form's changes to the shown entry as one step; False when
        there were none. The list then shows ``select_id`` (default: this entry)."""
        source = self.form_source()
        if source is None:
            return False
        current = list(self._sources)
        row = next(i for i, s in enumerate(current) if s.id == source.id)
        if current[row] == source:
            return False
        current[row] = source
        self._push(current, self.tr("Edit Source"), select_id or source.id)
        return True

    def done(self, result: int) -> None:
        self.book_box.commit_offset()  # closing keeps what was typed, Esc included
        self.apply_edit()
        self.book_box.detach()
        if self._listening:
            self._document.changed.disconnect(self._document_changed)
            self._listening = False
        super().done(result)


def _italic_html(entry: str) -> str:
    """The entry with ``*…*`` shown in italics, the rest escaped."""
    from html import escape

    parts = entry.split("*")
    if len(parts) % 2 == 0:  # an unpaired mark: show it as typed
        return escape(entry)
    return "".join(f"<i>{escape(p)}</i>" if i % 2 else escape(p) for i, p in enumerate(parts))
