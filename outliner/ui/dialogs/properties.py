"""Essay Properties: title, author, instructor, course, date, style,
affiliation (APA's title page), word targets (the essay's, each paragraph's),
spelling language, sources.

The dialog only edits its own widgets; ``change()`` then gives the one
change (metadata and sources together) that the window pushes as a single
undoable step. The sources list edits free-text entries in place; an entry
with fields shows as its style prints it and is edited under Essay >
Sources (this list keeps it as it is).
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from outliner.compose.citing import formatter_for
from outliner.core.changes import Batch, Change, SetFields, SetMeta, SetSources
from outliner.core.essay import PARAGRAPH_KINDS, CitationStyle, Essay
from outliner.core.sources import Source
from outliner.core.translatable import QT_TRANSLATE_NOOP
from outliner.ui.citation_styles import style_label
from outliner.ui.inline_format import add_format_actions, toggle_focused
from outliner.ui.messages import node_name
from outliner.ui.translations import translate

#: The spelling languages as the dialog names them.
LANGUAGE_LABELS = {"en-US": QT_TRANSLATE_NOOP("PropertiesDialog", "English (US)"),
                   "en-GB": QT_TRANSLATE_NOOP("PropertiesDialog", "English (UK)")}


class PropertiesDialog(QDialog):
    """Edit the essay's metadata and works-cited list."""

    def __init__(self, essay: Essay, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Essay Properties"))
        self.setMinimumWidth(520)
        self._essay = essay
        meta = essay.meta

        self.title_edit = QLineEdit(meta.title)
        self.title_edit.setToolTip(self.tr("A work's title inside it goes in italics: "
                                           "select it, Ctrl+I (it is stored as *Title*)"))
        add_format_actions(self, lambda mark: toggle_focused(mark, lambda _edit, _m: False))
        self.author_edit = QLineEdit(meta.author)
        self.instructor_edit = QLineEdit(meta.instructor)
        self.course_edit = QLineEdit(meta.course)
        self.affiliation_edit = QLineEdit(meta.affiliation)
        self.affiliation_edit.setPlaceholderText(self.tr("School or department (APA title page)"))
        self.date_edit = QLineEdit(meta.date)
        self.date_edit.setPlaceholderText(self.tr("e.g. 26 November 2026"))
        today = QPushButton(self.tr("Today"))
        today.setToolTip(self.tr("Fill in today's date"))
        today.clicked.connect(self._fill_today)
        date_row = QHBoxLayout()
        date_row.setContentsMargins(0, 0, 0, 0)
        date_row.addWidget(self.date_edit, 1)
        date_row.addWidget(today)
        self.style_combo = QComboBox()
        for style in CitationStyle:
            self.style_combo.addItem(style_label(style), style.value)
        self.style_combo.setCurrentIndex(self.style_combo.findData(meta.style.value))

        self.target_spin = QSpinBox()
        self.target_spin.setRange(0, 1_000_000)
        self.target_spin.setSingleStep(100)
        self.target_spin.setSpecialValueText(self.tr("None", "no word target"))
        self.target_spin.setSuffix(self.tr(" words"))
        self.target_spin.setValue(meta.word_target)
        self.target_spin.setToolTip(self.tr("The length the assignment asks for; the status "
                                            "bar shows progress and Checks flags the difference"))
        self.language_combo = QComboBox()
        for language, label in LANGUAGE_LABELS.items():
            self.language_combo.addItem(
                translate("PropertiesDialog", label), language)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(meta.language)))

        self.targets_table = self._targets_table(essay)

        self.sources_list = QListWidget()
        self.sources_list.setAlternatingRowColors(True)
        self.sources_list.setWordWrap(True)
        self.sources_list.setAccessibleName(self.tr("Sources"))
        for source in essay.sources:
            self._add_item(source.text, source)
        add = QPushButton(self.tr("Add"))
        add.clicked.connect(self._add_source)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(self._remove_source)
        up = QPushButton(self.tr("Up"))
        up.clicked.connect(lambda: self._shift(-1))
        down = QPushButton(self.tr("Down"))
        down.clicked.connect(lambda: self._shift(+1))
        buttons_col = QVBoxLayout()
        for button in (add, remove, up, down):
            buttons_col.addWidget(button)
        buttons_col.addStretch(1)
        sources_row = QHBoxLayout()
        sources_row.addWidget(self.sources_list, 1)
        sources_row.addLayout(buttons_col)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Title"), self.title_edit)
        form.addRow(self.tr("&Author"), self.author_edit)
        form.addRow(self.tr("&Instructor"), self.instructor_edit)
        form.addRow(self.tr("&Course"), self.course_edit)
        form.addRow(self.tr("A&ffiliation"), self.affiliation_edit)
        date_label = QLabel(self.tr("&Date"))
        date_label.setBuddy(self.date_edit)
        form.addRow(date_label, date_row)
        form.addRow(self.tr("Citation &style"), self.style_combo)
        form.addRow(self.tr("&Word target"), self.target_spin)
        form.addRow(self.tr("Spe&lling"), self.language_combo)
        form.addRow(self.tr("Paragraph\ntargets"), self.targets_table)
        form.addRow(self.tr("Sources"), sources_row)

        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 14)
        layout.addLayout(form)
        layout.addWidget(box)

    # -- paragraph targets -------------------------------------------------

    def _targets_table(self, essay: Essay) -> QTableWidget:
        """One row per paragraph: its name and its word target (0: none)."""
        paragraphs = [n for n in essay.walk() if n.kind in PARAGRAPH_KINDS]
        table = QTableWidget(len(paragraphs), 2)
        table.setHorizontalHeaderLabels([self.tr("Paragraph"), self.tr("Target (words)")])
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.setMaximumHeight(160)
        table.setToolTip(
            self.tr("A word target per paragraph (0: none); Checks flags the difference"))
        for row, node in enumerate(paragraphs):
            name = QTableWidgetItem(node_name(essay, node))
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            name.setData(Qt.ItemDataRole.UserRole, node.id)
            target = QTableWidgetItem()
            target.setData(Qt.ItemDataRole.EditRole, node.target)  # an int: a spin box edits it
            table.setItem(row, 0, name)
            table.setItem(row, 1, target)
        return table

    def _target_changes(self) -> list[tuple[str, str, str]]:
        changes: list[tuple[str, str, str]] = []
        for row in range(self.targets_table.rowCount()):
            name, target = self.targets_table.item(row, 0), self.targets_table.item(row, 1)
            if name is None or target is None:
                continue
            node_id = str(name.data(Qt.ItemDataRole.UserRole))
            node = self._essay.find(node_id)
            raw = target.data(Qt.ItemDataRole.EditRole)
            try:
                wanted = max(0, int(raw))
            except (TypeError, ValueError):
                continue  # not a number: the target stays as it was
            if node is not None and wanted != node.target:
                changes.append((node_id, "target", str(wanted)))
        return changes

    # -- sources list ------------------------------------------------------

    def _add_item(self, text: str, source: Source | None = None) -> QListWidgetItem:
        """A row: free text, editable; a source with fields, shown formatted
        and kept as it is (edited under Essay > Sources)."""
        if source is not None and source.structured:
            shown = formatter_for(self._essay.meta.style).entry(source).replace("*", "")
            item = QListWidgetItem(shown)
            item.setToolTip(self.tr("Edit this entry's fields under Essay > Sources."))
        else:
            item = QListWidgetItem(text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        item.setData(Qt.ItemDataRole.UserRole, source)
        self.sources_list.addItem(item)
        return item

    def _add_source(self) -> None:
        item = self._add_item("")
        self.sources_list.setCurrentItem(item)
        self.sources_list.editItem(item)

    def _remove_source(self) -> None:
        row = self.sources_list.currentRow()
        if row >= 0:
            self.sources_list.takeItem(row)

    def _shift(self, step: int) -> None:
        row = self.sources_list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.sources_list.count():
            return
        item = self.sources_list.takeItem(row)
        self.sources_list.insertItem(target, item)
        self.sources_list.setCurrentRow(target)

    def _fill_today(self) -> None:
        self.date_edit.setText(QDate.currentDate().toString("d MMMM yyyy"))

    # -- result ------------------------------------------------------------

    def source_texts(self) -> tuple[str, ...]:
        """The entries as shown, blank ones left out."""
        texts = (self.sources_list.item(i).text().strip()
                 for i in range(self.sources_list.count()))
        return tuple(t for t in texts if t)

    def sources(self) -> tuple[Source, ...]:
        """The sources as the list has them: entries with fields unchanged,
        free text as edited (keeping its id), blank free text left out."""
        out: list[Source] = []
        for i in range(self.sources_list.count()):
            item = self.sources_list.item(i)
            source = item.data(Qt.ItemDataRole.UserRole)
            if isinstance(source, Source) and source.structured:
                out.append(source)
                continue
            text = item.text().strip()
            if not text:
                continue
            if isinstance(source, Source):
                out.append(source if source.text == text else source.with_fields(text=text))
            else:
                out.append(Source(text))
        return tuple(out)

    def change(self) -> Change | None:
        """The one change that makes the essay match the dialog, or None."""
        meta = self._essay.meta
        wanted = {
            "title": self.title_edit.text().strip(),
            "author": self.author_edit.text().strip(),
            "instructor": self.instructor_edit.text().strip(),
            "course": self.course_edit.text().strip(),
            "date": self.date_edit.text().strip(),
            "style": str(self.style_combo.currentData()),
            "affiliation": self.affiliation_edit.text().strip(),
            "word_target": str(self.target_spin.value()),
            "language": str(self.language_combo.currentData()),
        }
        current = {
            "title": meta.title, "author": meta.author, "instructor": meta.instructor,
            "course": meta.course, "date": meta.date, "style": meta.style.value,
            "affiliation": meta.affiliation, "word_target": str(meta.word_target),
            "language": meta.language,
        }
        changes: list[Change] = []
        meta_entries = tuple((k, v) for k, v in wanted.items() if current[k] != v)
        if meta_entries:
            changes.append(SetMeta(meta_entries))
        targets = self._target_changes()
        if targets:
            changes.append(SetFields(tuple(targets), self.tr("Set Paragraph Targets")))
        sources = self.sources()
        if sources != tuple(self._essay.sources) or (
                [s.id for s in sources] != [s.id for s in self._essay.sources]):
            changes.append(SetSources(sources))
        if not changes:
            return None
        return Batch(tuple(changes), self.tr("Edit Properties"))
