"""The start page: what the window shows when no essay is open (at launch
without a file, and after File > New), with the ways to begin: open a draft,
a blank essay, a template, a pasted draft, the sample, a recent file.

Templates are drafts in resources/templates/ read by the text importer. They
hold no words of the essay: every paragraph's line and prose are empty, and
the guidance is in notes that start "Template:", which never print as prose.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from outliner.core.essay import Essay
from outliner.core.translatable import QT_TRANSLATE_NOOP
from outliner.ui.settings import AppSettings
from outliner.ui.translations import translate

#: What starts each note a template holds, so it reads as guidance.
TEMPLATE_MARK = "Template:"


@dataclass(frozen=True)
class Template:
    """A shipped outline to start from."""

    key: str  # its file is resources/templates/KEY.txt
    title: str  # how the window names the new essay (English, as marked)
    blurb: str

    def shown_title(self) -> str:
        """The title in the window's language."""
        return translate("Template", self.title)

    def shown_blurb(self) -> str:
        """The blurb in the window's language."""
        return translate("Template", self.blurb)

    def load(self) -> Essay:
        """The template's outline, read as any text draft is."""
        from outliner.assets import resource_path
        from outliner.io.importers.text import read_text_file

        return read_text_file(resource_path("templates", f"{self.key}.txt"))


TEMPLATES: tuple[Template, ...] = (
    Template("five-paragraph", QT_TRANSLATE_NOOP("Template", "Five-paragraph essay"),
             QT_TRANSLATE_NOOP("Template", "An introduction ending in a three-part thesis, "
                               "three body paragraphs, a conclusion.")),
    Template("compare-and-contrast", QT_TRANSLATE_NOOP("Template", "Compare and contrast"),
             QT_TRANSLATE_NOOP("Template", "Two subjects side by side: what they share, where "
                               "they differ, what the comparison shows.")),
    Template("argumentative", QT_TRANSLATE_NOOP("Template", "Argumentative essay"),
             QT_TRANSLATE_NOOP("Template", "A position, two reasons for it, the strongest "
                               "objection answered.")),
)


def template(key: str) -> Template:
    """The template named ``key``; KeyError for another name."""
    for item in TEMPLATES:
        if item.key == key:
            return item
    raise KeyError(key)


def _heading(text: str, scale: float) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    return label


def _muted(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setEnabled(False)  # the palette's muted text, dark or light
    return label


class StartPage(QWidget):
    """Buttons for each way to begin; the window decides what each does."""

    open_requested = Signal()
    blank_requested = Signal()
    clipboard_requested = Signal()
    sample_requested = Signal()
    #: A template's key.
    template_chosen = Signal(str)
    #: A recent file's path, as a string.
    recent_chosen = Signal(str)

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        self.settings = settings
        self.buttons: dict[str, QPushButton] = {}

        choices = QGridLayout()
        choices.setHorizontalSpacing(16)
        choices.setVerticalSpacing(8)
        choices.setColumnStretch(1, 1)
        self._choices = choices
        for key, text, tip, signal in (
                ("open", self.tr("Open a Draft…"),
                 self.tr("A text, Markdown, Word or OPML draft, or a saved essay. Dropping "
                         "the file on the window opens it too."), self.open_requested),
                ("clipboard", self.tr("Paste a Draft"),
                 self.tr("Import the draft on the clipboard (File > New from Clipboard)."),
                 self.clipboard_requested),
                ("blank", self.tr("Blank Essay"),
                 self.tr("An introduction with its thesis, a body paragraph and a conclusion."),
                 self.blank_requested),
                ("sample", self.tr("Explore the Sample Essay"),
                 self.tr("A finished short essay to look around in; saving it asks for a "
                         "new name."),
                 self.sample_requested)):
            self._choice(key, text, tip, signal.emit)
        self._section(_heading(self.tr("From a template"), 1.2))
        for item in TEMPLATES:
            self._choice(f"template:{item.key}", item.shown_title(), item.shown_blurb(),
                         partial(self.template_chosen.emit, item.key))

        self.recent_list = QListWidget()
        self.recent_list.setFrameShape(QFrame.Shape.NoFrame)
        # Double-click or Enter (a single click only selects, so a slip opens nothing).
        self.recent_list.itemActivated.connect(self._recent_activated)

        column = QVBoxLayout()
        column.setSpacing(8)
        column.addWidget(_heading(self.tr("Start an essay"), 1.6))
        column.addWidget(_muted(self.tr(
            "Open the draft you have, or start from an outline. Everything you write "
            "stays yours: a template only adds notes marked “Template:”, to replace.")))
        column.addSpacing(12)
        column.addLayout(choices)
        column.addSpacing(16)
        column.addWidget(_heading(self.tr("Recent files"), 1.2))
        column.addWidget(self.recent_list, 1)
        holder = QWidget()
        holder.setMaximumWidth(720)
        holder.setLayout(column)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(40, 28, 40, 20)
        outer.addWidget(holder, 1)
        self.refresh()

    def _section(self, heading: QLabel) -> None:
        row = self._choices.rowCount()
        self._choices.setRowMinimumHeight(row, 12)
        self._choices.addWidget(heading, row + 1, 0, 1, 2)

    def _choice(self, key: str, text: str, tip: str,
                slot: Callable[[], object]) -> None:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.setMinimumWidth(210)
        button.clicked.connect(lambda _checked=False: slot())
        self.buttons[key] = button
        row = self._choices.rowCount()
        self._choices.addWidget(button, row, 0, Qt.AlignmentFlag.AlignTop)
        self._choices.addWidget(_muted(tip), row, 1, Qt.AlignmentFlag.AlignTop)

    def refresh(self) -> None:
        """List the recent files (missing ones are dropped from the list)."""
        self.recent_list.clear()
        paths = self.settings.recent_files()
        for path in paths:
            item = QListWidgetItem(f"{path.name}    {path.parent}")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            self.recent_list.addItem(item)
        if not paths:
            empty = QListWidgetItem(self.tr("Files you open or save appear here."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.recent_list.addItem(empty)

    def recent_paths(self) -> list[Path]:
        """The files the list offers, in order."""
        items = (self.recent_list.item(i) for i in range(self.recent_list.count()))
        return [Path(str(item.data(Qt.ItemDataRole.UserRole))) for item in items
                if item.data(Qt.ItemDataRole.UserRole)]

    def _recent_activated(self, item: QListWidgetItem) -> None:
        path = item.data(Qt.ItemDataRole.UserRole)
        if path:
            self.recent_chosen.emit(str(path))
