"""The ways to begin besides opening a file: a blank essay, a template, the
sample, a draft pasted from the clipboard, a file dropped on the window.

Each asks about unsaved changes first (the window's one prompt), and each
new essay is untitled: Save asks where, so no shipped file is ever written.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QStackedWidget

from outliner.core.translatable import QT_TRANSLATE_NOOP
from outliner.io import formats
from outliner.ui.file_actions import Loaded, show_error, skeleton_essay
from outliner.ui.file_drop import FileDrop
from outliner.ui.start_page import StartPage, template
from outliner.ui.translations import translate

if TYPE_CHECKING:
    from outliner.ui.main_window import MainWindow

#: How the title bar names the sample essay (translated when shown).
SAMPLE_NAME = QT_TRANSLATE_NOOP("NewEssay", "Sample essay")
#: How the title bar names a draft pasted from the clipboard.
PASTED_NAME = QT_TRANSLATE_NOOP("NewEssay", "Pasted draft")


def sample_loaded() -> Loaded:
    """The shipped sample: unsaved like an import, but named, with no path
    (Save asks where, so the shipped file is never written)."""
    from outliner.io.importers.text import load_sample_essay

    return Loaded(load_sample_essay(), None, None, translate("NewEssay", SAMPLE_NAME))


def openable(path: Path) -> bool:
    """A file the window opens: an essay or a draft some importer reads."""
    suffixes = {*formats.native().suffixes, *formats.suffixes(formats.importable())}
    return path.suffix.lower() in suffixes


class NewEssay(QObject):
    """Starts essays in a window on behalf of its start page and menus."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def build_start_page(self, centre: QStackedWidget) -> tuple[StartPage, QScrollArea]:
        """The start page, wired to these ways to begin and added to
        ``centre`` in a scroll area (so it never makes the window taller);
        files dropped anywhere on the window open too."""
        window = self.window
        page = StartPage(window.app_settings)
        page.open_requested.connect(window.files.open_file)
        page.blank_requested.connect(self.blank)
        page.clipboard_requested.connect(self.from_clipboard)
        page.sample_requested.connect(self.sample)
        page.template_chosen.connect(self.from_template)
        page.recent_chosen.connect(lambda path: window.files.open_path(Path(path)))
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidget(page)
        centre.addWidget(area)
        self.file_drop = FileDrop(self.dropped, self)
        window.setAcceptDrops(True)
        window.installEventFilter(self.file_drop)
        # A text field would take the file's path as typed text.
        for edit in (window.editor.text_edit, window.editor.prose_edit):
            edit.viewport().installEventFilter(self.file_drop)
        window.editor.cite_edit.installEventFilter(self.file_drop)  # a line edit: no viewport
        return page, area

    def blank(self) -> None:
        """An untitled essay from the skeleton, in the editor."""
        if self.window.files.maybe_save():
            self.window.show_loaded(Loaded(skeleton_essay(), None, None, self.tr("Untitled")))

    def from_template(self, key: str) -> None:
        """An untitled essay from the template ``key``: chosen, never imposed."""
        chosen = template(key)
        if not self.window.files.maybe_save():
            return
        try:
            essay = chosen.load()
        except Exception as exc:  # a damaged install: a message, never a traceback
            show_error(self.window, self.tr("Cannot Open Template"),
                       f"{chosen.shown_title()}: {exc}")
            return
        self.window.show_loaded(Loaded(essay, None, None, chosen.shown_title()))
        self.window.statusBar().showMessage(
            self.tr("{name}: the notes marked “Template:” are guidance; replace them with "
                    "your own.").format(name=chosen.shown_title()), 8000)

    def sample(self) -> None:
        """The shipped sample essay."""
        if self.window.files.maybe_save():
            self.window.show_loaded(sample_loaded())

    def from_clipboard(self) -> bool:
        """Import the clipboard's text as a draft, through the text and
        Markdown importer; the import report shows what it decided."""
        from outliner.io.importers.text import parse_text_with_report
        from outliner.io.reading import TEXT_IMPORT

        text = QGuiApplication.clipboard().text()
        if not text.strip():
            self.window.statusBar().showMessage(
                self.tr("The clipboard holds no text to import: copy a draft first."), 6000)
            return False
        if len(text.encode("utf-8", "surrogatepass")) > TEXT_IMPORT.max_bytes:
            show_error(self.window, self.tr("Cannot Import the Clipboard"),
                       self.tr("The clipboard's text is larger than {what} may be "
                               "({size} MB).").format(what=TEXT_IMPORT.what,
                                                     size=TEXT_IMPORT.max_bytes // 2**20))
            return False
        if not self.window.files.maybe_save():
            return False
        essay, report = parse_text_with_report(text)
        name = translate("NewEssay", PASTED_NAME)
        self.window.show_loaded(Loaded(essay, None, None, name, notes=report.notes,
                                       findings=report.findings, pasted=True))
        self.window.statusBar().showMessage(
            self.tr("Imported the clipboard's draft. Save asks where to keep it."), 6000)
        return True

    def dropped(self, paths: list[Path]) -> bool:
        """Open the first file dropped that the window reads (asking about
        unsaved changes first); say so when none is."""
        usable = [p for p in paths if openable(p)]
        if not usable:
            names = ", ".join(p.name for p in paths) or self.tr("that")
            self.window.statusBar().showMessage(
                self.tr("Cannot open {names}: drop an essay or a text, Markdown, Word or OPML "
                        "draft.").format(names=names), 6000)
            return False
        opened = self.window.files.open_path(usable[0])
        if opened and len(paths) > 1:
            self.window.statusBar().showMessage(
                self.tr("Opened {name}; one file opens per window.").format(
                    name=usable[0].name), 6000)
        return opened
