"""The Export to Word dialog: where, finished essay or outline, which style,
which template, and what to do with the paragraphs not written yet (draft
them now, each reviewed in Draft from Notes before it goes in; export their
claim and notes as a marked placeholder; or leave them out: nothing
generated goes in without that choice). It remembers the last choices in
the QSettings it is given and, after exporting, offers to open the result in
the system's word processor. It never writes over the files it was told to keep (the open
essay, the draft it came from, the template) and asks before replacing any
other file, which is then kept as a .bak."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QSettings, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from outliner.compose.manuscript import unwritten_paragraphs
from outliner.compose.unwritten import Unwritten, UnwrittenParagraph
from outliner.core.essay import CitationStyle, Essay, Node
from outliner.core.translatable import QT_TRANSLATE_NOOP
from outliner.io import formats
from outliner.io.errors import DocumentError
from outliner.io.exporters.options import ExportOptions, ExportReport, Mode
from outliner.io.write_guard import Keep, backup_path, check_output, free_name
from outliner.ui.citation_styles import STYLE_NAMES, style_label
from outliner.ui.document import Document
from outliner.ui.translations import format_filter, translate

KEY_MODE = "export/word/mode"
KEY_STYLE = "export/word/style"
KEY_TEMPLATE = "export/word/template"
KEY_FOLDER = "export/word/folder"
KEY_UNWRITTEN = "export/word/unwritten"

#: The choices for paragraphs not written yet, in the order shown.
UNWRITTEN_CHOICES: tuple[tuple[Unwritten, str], ...] = (
    (Unwritten.DRAFT, QT_TRANSLATE_NOOP(
        "ExportDialog", "Draft them now: review each draft in Draft from Notes before it goes in")),
    (Unwritten.NOTES, QT_TRANSLATE_NOOP(
        "ExportDialog", "Export their claim and notes, marked “[Not written yet]”")),
    (Unwritten.OMIT, QT_TRANSLATE_NOOP("ExportDialog", "Leave them out of the essay")),
)

MODES: tuple[tuple[Mode, str], ...] = (
    ("essay", QT_TRANSLATE_NOOP("ExportDialog", "Finished essay (formatted paragraphs)")),
    ("outline", QT_TRANSLATE_NOOP("ExportDialog", "Outline (numbered headings and bullets)")),
)
#: The format this dialog exports (the one whose writer takes a template).
WORD = formats.get("word")


class ExportDialog(QDialog):
    """Export ``essay`` to Word; ``report`` holds the result once accepted."""

    def __init__(self, essay: Essay, settings: QSettings, *,
                 suggested: Path | None = None, keep: Sequence[Keep] = (),
                 parent: QWidget | None = None, document: Document | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export to Word"))
        self.essay = essay
        self.settings = settings
        #: The window's document: drafting now is an undoable change in it
        #: (without one, "draft them now" is not offered).
        self.document = document
        #: Files never written over (the open essay, the draft it came from).
        self.keep = list(keep)
        self.report: ExportReport | None = None
        #: How the result is opened; tests swap in their own.
        self.open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl
        #: Shows one Draft from Notes dialog and says whether it was accepted.
        self.review_draft: Callable[[QDialog], bool] = _run_modal

        self.path_edit = QLineEdit(str(self._suggested_path(suggested)))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        self.mode_box = QComboBox()
        for mode, label in MODES:
            self.mode_box.addItem(_tr(label), mode)
        self.style_box = QComboBox()
        # "" is the essay's own style, then every style by name.
        self.style_box.addItem(
            self.tr("The essay's style ({name})").format(name=STYLE_NAMES[essay.meta.style]), "")
        for style in CitationStyle:
            self.style_box.addItem(style_label(style), style.value)
        self.template_edit = QLineEdit()
        self.template_edit.setPlaceholderText(self.tr("None: Times New Roman 12 pt, 1\" margins"))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose_template)
        clear = QPushButton(self.tr("Clear"))
        clear.clicked.connect(self.template_edit.clear)

        form = QFormLayout()
        form.addRow(self.tr("Save as:"), _row(self.path_edit, browse))
        form.addRow(self.tr("Export:"), self.mode_box)
        form.addRow(self.tr("Style:"), self.style_box)
        form.addRow(self.tr("Template:"), _row(self.template_edit, choose, clear))
        hint = QLabel(self.tr(
            "A template lends its fonts, styles and page setup; its text is not used."))
        hint.setWordWrap(True)
        hint.setEnabled(False)
        self.unwritten = list(unwritten_paragraphs(essay))
        self.unwritten_box = self._unwritten_box()
        self.mode_box.currentIndexChanged.connect(self._update_unwritten)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setText(self.tr("Export"))
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        self.path_edit.textChanged.connect(self._update_button)
        # The fields share their rows with buttons, so no label names them.
        self.path_edit.setAccessibleName(self.tr("Save as"))
        self.template_edit.setAccessibleName(self.tr("Template"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.unwritten_box)
        layout.addWidget(self.buttons)
        self._restore()
        self._update_button()
        self._update_unwritten()
        self.resize(560, self.sizeHint().height())

    # -- choices --------------------------------------------------------------

    def _unwritten_box(self) -> QGroupBox:
        """The paragraphs not written yet, named, and the three choices."""
        box = QGroupBox(self.tr("Paragraphs not written yet"))
        box.setObjectName("unwrittenBox")
        names = ", ".join(paragraph.name for paragraph in self.unwritten)
        listed = QLabel(self.tr("No prose yet: {names}.").format(names=names))
        listed.setObjectName("unwrittenNames")
        listed.setWordWrap(True)
        self.unwritten_group = QButtonGroup(box)
        layout = QVBoxLayout(box)
        layout.addWidget(listed)
        self.unwritten_buttons: dict[Unwritten, QRadioButton] = {}
        for choice, label in UNWRITTEN_CHOICES:
            button = QRadioButton(_tr(label))
            button.setObjectName(f"unwritten-{choice.value}")
            self.unwritten_group.addButton(button)
            self.unwritten_buttons[choice] = button
            layout.addWidget(button)
        if self.document is None:
            self.unwritten_buttons[Unwritten.DRAFT].setEnabled(False)
        self.unwritten_buttons[Unwritten.NOTES].setChecked(True)
        box.setVisible(bool(self.unwritten))
        return box

    def _update_unwritten(self) -> None:
        # The outline shows every paragraph's notes anyway.
        essay_mode = self.mode_box.currentData() != "outline"
        self.unwritten_box.setEnabled(essay_mode)
        self.unwritten_box.setToolTip("" if essay_mode else self.tr(
            "The outline shows every paragraph's notes as they are."))

    def unwritten_choice(self) -> Unwritten:
        """What the person chose for the paragraphs not written yet."""
        for choice, button in self.unwritten_buttons.items():
            if button.isChecked():
                return choice
        return Unwritten.NOTES

    def options(self) -> ExportOptions:
        """The export options the dialog shows now. "Draft them now" drafts
        through Draft from Notes before the export, so the exporter itself
        never drafts: what is still unwritten then is a marked placeholder."""
        mode: Mode = "outline" if self.mode_box.currentData() == "outline" else "essay"
        style_key = str(self.style_box.currentData() or "")
        template = self.template_edit.text().strip()
        choice = self.unwritten_choice()
        return ExportOptions(
            mode=mode,
            style=CitationStyle(style_key) if style_key else None,
            template=Path(template).expanduser() if template else None,
            unwritten=Unwritten.NOTES if choice is Unwritten.DRAFT else choice,
        )

    def output_path(self) -> Path:
        """The chosen file, with .docx added unless it ends in it."""
        path = Path(self.path_edit.text().strip()).expanduser()
        if path.suffix.lower() in WORD.suffixes:
            return path
        return path.with_name(path.name + WORD.suffix)

    def _suggested_path(self, suggested: Path | None) -> Path:
        stem = suggested.stem if suggested else (self.essay.meta.title.strip() or "essay")
        stem = "".join(ch for ch in stem if ch not in '\\/:*?"<>|').strip() or "essay"
        folder = suggested.parent if suggested else Path(
            str(self.settings.value(KEY_FOLDER, str(Path.home()))))
        return free_name(folder, stem, WORD.suffix, [k.path for k in self.keep])

    def _restore(self) -> None:
        for box, key in ((self.mode_box, KEY_MODE), (self.style_box, KEY_STYLE)):
            index = box.findData(str(self.settings.value(key, box.itemData(0))))
            box.setCurrentIndex(max(index, 0))
        template = str(self.settings.value(KEY_TEMPLATE, "") or "")
        if template and Path(template).is_file():  # a moved template is forgotten
            self.template_edit.setText(template)
        remembered = str(self.settings.value(KEY_UNWRITTEN, Unwritten.NOTES.value))
        button = self.unwritten_buttons.get(
            Unwritten(remembered) if remembered in set(Unwritten) else Unwritten.NOTES)
        if button is not None and button.isEnabled():
            button.setChecked(True)

    def _remember(self, path: Path) -> None:
        self.settings.setValue(KEY_MODE, self.mode_box.currentData())
        self.settings.setValue(KEY_STYLE, self.style_box.currentData())
        self.settings.setValue(KEY_TEMPLATE, self.template_edit.text().strip())
        if self.unwritten:  # only a choice the person saw is remembered
            self.settings.setValue(KEY_UNWRITTEN, self.unwritten_choice().value)
        self.settings.setValue(KEY_FOLDER, str(path.parent))
        self.settings.sync()

    def _update_button(self) -> None:
        self.export_button.setEnabled(bool(self.path_edit.text().strip()))

    def _browse(self) -> None:
        # Export asks before replacing a file (and about .docx being added).
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to Word"), self.path_edit.text(), format_filter(WORD),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if name:
            self.path_edit.setText(name)

    def _choose_template(self) -> None:
        start = self.template_edit.text() or str(self.output_path().parent)
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a Word template"), start, format_filter(WORD))
        if name:
            self.template_edit.setText(name)

    # -- exporting ----------------------------------------------------------------

    def export(self) -> bool:
        """Export with the dialog's choices; on success remember them, offer
        to open the file and close. On failure, on a file that must be kept
        or when the person would rather not replace one, stay open."""
        path = self.output_path()
        options = self.options()
        # The label goes into the io layer's (English) message, so it stays English.
        template = Keep(options.template, "the template") if options.template else None
        try:
            replacing = check_output(path, [*self.keep, template])
        except DocumentError as exc:
            QMessageBox.warning(self, self.tr("Cannot Export"), str(exc))
            return False
        if replacing and not confirm_replace(self, path):
            return False
        if options.mode == "essay" and self.unwritten_choice() is Unwritten.DRAFT:
            self.draft_unwritten()
        try:
            self.report = formats.export_essay(self.essay, path, options)
        except DocumentError as exc:
            QMessageBox.warning(self, self.tr("Cannot Export"), str(exc))
            return False
        self._remember(path)
        if self.ask_to_open(self.report):
            self.open_url(QUrl.fromLocalFile(str(self.report.path)))
        self.accept()
        return True

    def draft_unwritten(self) -> int:
        """Open Draft from Notes on each paragraph not written yet, one after
        another; each accepted draft goes in as one undoable change, a
        discarded one leaves the paragraph a marked placeholder. Returns how
        many were accepted."""
        from outliner.ui.dialogs.draft import DraftDialog

        document = self.document
        if document is None:
            return 0
        waiting = self._still_unwritten(document, self.unwritten)
        accepted = 0
        for number, (node, paragraph) in enumerate(waiting, start=1):
            if node not in document.essay or node.prose.strip():
                continue  # changed meanwhile
            dialog = DraftDialog(document, node, self.settings, self,
                                 current_document=lambda: document)
            dialog.setWindowTitle(self.tr("Draft from Notes — {name} ({number} of {count})")
                                  .format(name=paragraph.name, number=number, count=len(waiting)))
            accepted += self.review_draft(dialog)
        return accepted

    @staticmethod
    def _still_unwritten(document: Document, unwritten: list[UnwrittenParagraph]) -> list[
            tuple[Node, UnwrittenParagraph]]:
        found = ((document.essay.find(paragraph.node_id), paragraph) for paragraph in unwritten)
        return [(node, paragraph) for node, paragraph in found
                if node is not None and not node.prose.strip()]

    def ask_to_open(self, report: ExportReport) -> bool:
        """Tell what was written (with the exporter's notes) and ask whether
        to open it now."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Exported"))
        box.setText(self.tr("Exported {name}.").format(name=report.path.name))
        said = [*report.warnings, *report.notes]
        if said:
            box.setInformativeText("\n".join(f"• {line}" for line in said))
        open_button = box.addButton(self.tr("Open in Word Processor"),
                                    QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        return box.clickedButton() is open_button


def confirm_replace(parent: QWidget, path: Path) -> bool:
    """Ask before replacing an existing file; No is the default (Enter, Escape)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("ExportDialog", "Replace File?"))
    box.setText(translate("ExportDialog", "“{name}” already exists in {folder}.").format(
        name=path.name, folder=path.parent))
    box.setInformativeText(translate(
        "ExportDialog", "Replace it? The old file is kept as “{backup}”.").format(
            backup=backup_path(path).name))
    replace = box.addButton(translate("ExportDialog", "Replace"),
                            QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(QMessageBox.StandardButton.No)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is replace


def _tr(text: str) -> str:
    # A label from the tables above, read at display in the dialog's context.
    return translate("ExportDialog", text)


def _row(*widgets: QWidget) -> QWidget:
    holder = QWidget()
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    for i, widget in enumerate(widgets):
        layout.addWidget(widget, 1 if i == 0 else 0)
    return holder


def _run_modal(dialog: QDialog) -> bool:
    return dialog.exec() == QDialog.DialogCode.Accepted


def export_to_word(essay: Essay, settings: QSettings, suggested: Path | None = None,
                   parent: QWidget | None = None, keep: Sequence[Keep] = (),
                   document: Document | None = None) -> ExportReport | None:
    """Run the dialog; the report when something was exported, else None.
    With the window's ``document``, paragraphs not written yet can be drafted
    (and reviewed) before the export."""
    dialog = ExportDialog(essay, settings, suggested=suggested, keep=keep, parent=parent,
                          document=document)
    return dialog.report if dialog.exec() == QDialog.DialogCode.Accepted else None
