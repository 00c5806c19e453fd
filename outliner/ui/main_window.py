"""The main window: the outline on the left, the node editor on the right,
the live preview in a dock, menus, toolbar and status bar.

Files, autosave and help live in their own modules; this one wires them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QUndoGroup
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QUndoView,
)

import outliner.ui.recovery as recovery
from outliner.compose.checks.length import Progress
from outliner.core.changes import top_most
from outliner.core.essay import Essay, Node
from outliner.io.errors import DocumentError
from outliner.ui.book_desk import wire_books
from outliner.ui.books import BookShelf
from outliner.ui.checks_panel import ChecksPanel
from outliner.ui.dialogs.help import ShortcutsDialog, add_shortcut_tooltips
from outliner.ui.dialogs.properties import PropertiesDialog
from outliner.ui.dialogs.sources import SourcesDialog
from outliner.ui.document import Document
from outliner.ui.draft_worker import cancel_calls_under
from outliner.ui.file_actions import FileActions, Loaded, show_error
from outliner.ui.focus_mode import FocusMode
from outliner.ui.identity import APPLICATION
from outliner.ui.import_report import ImportReportPanel
from outliner.ui.messages import (
    count_explained,
    essay_explained,
    number_text,
    progress_text,
    selection_explained,
)
from outliner.ui.new_essay import SAMPLE_NAME, NewEssay, sample_loaded
from outliner.ui.node_editor import NodeEditor
from outliner.ui.outline.pane import OutlinePane
from outliner.ui.preview import Preview
from outliner.ui.settings import AppSettings
from outliner.ui.spelling import SpellingService
from outliner.ui.window_menus import build_actions, build_menus, build_toolbar, window_icon

#: The outline's and the editor's narrowest (pixels): above what either
#: needs for any node, so a splitter never moves on its own.
PANE_MIN_WIDTH = 180
EDITOR_MIN_WIDTH = 260

__all__ = ["SAMPLE_NAME", "MainWindow"]


class MainWindow(QMainWindow):
    """One window, one document."""

    # Made by window_menus.py: the menus and toolbar the window wires into.
    recent_menu: QMenu
    export_menu: QMenu
    edit_menu: QMenu
    outline_menu: QMenu
    levels_menu: QMenu
    view_menu: QMenu
    panes_line: QAction
    focus_mode: FocusMode
    toolbar: QToolBar

    def __init__(self, path: Path | None = None, settings: QSettings | None = None,
                 recovery_folder: Path | None = None, offer_recovery: bool = True,
                 start: bool = False) -> None:
        """Open ``path``; without one the sample, or with ``start`` the start
        page over a blank essay (the app at launch)."""
        super().__init__()
        self.app_settings = AppSettings(settings if settings is not None else QSettings())
        # Given for this window only (tests, demos): never written to the settings.
        self.recovery_folder = (recovery_folder if recovery_folder is not None
                                else self.app_settings.recovery_folder())
        self.display_name = self.tr("Untitled")
        self._preview_before_start = True
        self.suggested_path: Path | None = None
        # Windows opened for extra recoveries, by id, until they are closed.
        self._spawned: dict[int, MainWindow] = {}
        self._closed = False

        self.document = Document(Essay())
        self.undo_group = QUndoGroup(self)
        self.pane = OutlinePane(self.document)
        self.view = self.pane.view
        self.editor = NodeEditor(self.document)
        self.preview = Preview(self.document)
        # Books attached to sources, read in the background; quotations checked against them.
        self.books = BookShelf(parent=self)  # the user's book cache
        self.files = FileActions(self)
        self.new_essay = NewEssay(self)
        self.recovery_file = recovery.RecoveryFile(self.recovery_folder)
        self.autosaver = recovery.Autosaver(
            self.recovery_file, self._recovery_snapshot,
            self.app_settings.autosave_interval_ms(), self.app_settings.autosave_idle_ms(),
            self)
        # Destroyed without a clean close: the copy stays, for the next window.
        self.destroyed.connect(self.recovery_file.unlock)
        self.autosaver.failed.connect(lambda msg: self.statusBar().showMessage(
            self.tr("Autosave failed: {message}").format(message=msg), 6000))

        self._build_layout()
        self.actions_by_name: dict[str, QAction] = {}
        build_actions(self)
        build_menus(self)
        build_toolbar(self)
        self._build_drafting(edit_menu=self.edit_menu)
        self.outline_menu.addSeparator()
        self.outline_menu.addAction(wire_books(self, self.books))
        self._build_status_bar()
        self.view.current_node_changed.connect(self._current_changed)
        self.view.delegate.text_edited.connect(self.autosaver.note_change)
        self.view.selection_changed_nodes.connect(self._selection_changed)
        self._restore_layout()

        # A file that cannot be opened (the message says why) leaves the sample
        # (or, at launch, the start page).
        opened = path is not None and self.files.open_path(path, ask_first=False)
        if not opened and start:
            self.new_essay.blank()
            self.show_start()
        elif not opened:
            self.show_loaded(sample_loaded())
        if offer_recovery:
            self.offer_recovery()

    # -- building ----------------------------------------------------------

    def _build_layout(self) -> None:
        self.setWindowTitle(APPLICATION)
        self.setDocumentMode(True)
        self.resize(1200, 800)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(6)
        self.splitter.addWidget(self.pane)
        self.splitter.addWidget(self.editor)
        # Fixed minimums: the panes' own hints vary with the node shown, and
        # a splitter follows them, so the layout would jump under the pointer.
        self.pane.setMinimumWidth(PANE_MIN_WIDTH)
        self.editor.setMinimumWidth(EDITOR_MIN_WIDTH)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([430, 400])
        # Above outline and editor, hidden until a draft has something to report.
        self.import_report = ImportReportPanel()
        self.import_report.node_chosen.connect(self._select_reported)
        # The editing area and the start page share the centre, one at a time.
        self.editing = self.import_report.above(self.splitter)
        self.centre = QStackedWidget()
        self.centre.addWidget(self.editing)
        self.start_page, self._start_area = self.new_essay.build_start_page(self.centre)
        self.setCentralWidget(self.centre)

        self.preview_dock = QDockWidget(self.tr("Preview"), self)
        self.preview_dock.setObjectName("previewDock")
        self.preview_dock.setWidget(self.preview)
        self.preview_dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.preview_dock)
        self.undo_view = QUndoView(self.undo_group)
        self.undo_view.setEmptyLabel(self.tr("Opened"))
        self.history_dock = QDockWidget(self.tr("Undo History"), self)
        self.history_dock.setObjectName("historyDock")
        self.history_dock.setWidget(self.undo_view)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.history_dock)
        self.history_dock.hide()
        self._build_checks_dock()
        self.resizeDocks([self.preview_dock], [420], Qt.Orientation.Horizontal)

    def show_start(self) -> None:
        """Show the start page (its recent files as they are now)."""
        self.start_page.refresh()
        if not self.on_start_page:
            # A preview of nothing would only distract; it comes back after.
            self._preview_before_start = self.preview_dock.isVisible()
            self.preview_dock.hide()
        self.centre.setCurrentWidget(self._start_area)
        self._update_title()
        for label in (self.words_label, self.selection_label):
            label.setText("")  # no essay to count yet
        self.start_page.buttons["open"].setFocus()

    def _leave_start(self) -> None:
        if self.on_start_page:
            self.centre.setCurrentWidget(self.editing)
            self.preview_dock.setVisible(self._preview_before_start)

    @property
    def on_start_page(self) -> bool:
        """The start page shows instead of the outline and the editor."""
        return self.centre.currentWidget() is self._start_area

    def _build_drafting(self, edit_menu: QMenu) -> None:
        """Draft from Notes (Outline menu, toolbar, Ctrl+D) and its preferences."""
        from outliner.ui.dialogs.draft import add_draft_action, add_preferences_action

        qsettings = self.app_settings.qsettings
        self.outline_menu.addSeparator()
        draft = add_draft_action(self, lambda: self.document, self.view, qsettings,
                                 menu=self.outline_menu, toolbar=self.toolbar)
        draft.setIcon(window_icon(self, "draft"))
        self.actions_by_name["draft"] = draft
        edit_menu.addSeparator()
        self.actions_by_name["ai_preferences"] = add_preferences_action(
            self, qsettings, menu=edit_menu)
        add_shortcut_tooltips([draft])

    def _build_checks_dock(self) -> None:
        """The Checks panel (View > Checks), hidden until asked for."""
        self.spelling = SpellingService(self.app_settings.dictionary_folder())
        self.editor.set_spelling(self.spelling)
        self.checks_panel = ChecksPanel(self.spelling, books=self.books)
        self.checks_panel.node_chosen.connect(self._select_reported)
        self.checks_dock = QDockWidget(self.tr("Checks"), self)
        self.checks_dock.setObjectName("checksDock")
        self.checks_dock.setWidget(self.checks_panel)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.checks_dock)
        self.checks_dock.hide()

    def _build_status_bar(self) -> None:
        self._words_timer = QTimer(self)
        self._words_timer.setSingleShot(True)
        self._words_timer.setInterval(150)
        self._words_timer.timeout.connect(self._update_words)
        self.words_label = QLabel()
        self.selection_label = QLabel()
        for label in (self.selection_label, self.words_label):
            label.setContentsMargins(8, 0, 8, 0)
            self.statusBar().addPermanentWidget(label)

    # -- documents ---------------------------------------------------------

    def show_loaded(self, loaded: Loaded) -> None:
        """Make ``loaded`` this window's document (New, Open, Reload, Restore)."""
        old = self.document
        document = Document(loaded.essay, loaded.path, self, source=loaded.source)
        self.document = document
        self.suggested_path = loaded.suggested
        self.display_name = loaded.name
        self._leave_start()
        self.undo_group.addStack(document.undo_stack)
        self.undo_group.setActiveStack(document.undo_stack)
        document.changed.connect(self._document_changed)
        document.refused.connect(lambda why: self.statusBar().showMessage(why, 4000))
        document.undo_stack.cleanChanged.connect(self._update_title)
        # The editor and preview first: the tree tells them its current node
        # as it switches, and that node must belong to their document.
        self.books.set_document(document)  # before the editor shows a verdict
        self.editor.set_document(document)
        self.preview.set_document(document)
        self.pane.set_document(document)
        self.checks_panel.set_document(document)
        if old is not document:
            self.undo_group.removeStack(old.undo_stack)
            old.deleteLater()
        self.files.attach(loaded)
        self._update_title()
        self._update_words()
        first = next(iter(document.essay.walk()), None)
        if first is not None:
            self.view.select_nodes([first])
        self.import_report.show_report(loaded.report(), document.essay)

    def _select_reported(self, node_id: str) -> None:
        """A row of the import report was chosen: select its node, keys stay in the tree."""
        node = self.document.essay.find(node_id)
        if node is None:
            self.statusBar().showMessage(self.tr("That part is no longer in the outline."), 4000)
            return
        if self.pane.filter_text:
            self.pane.close_filter()  # the node may be one the filter hides
        self.view.select_nodes([node])
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def saved_as(self, path: Path) -> None:
        """The document now lives at ``path`` and nothing is unsaved."""
        self.display_name = path.name
        self.suggested_path = path
        self.autosaver.wait()  # a copy being written now would outlive the save
        self.recovery_file.remove()
        self._update_title()

    def _update_title(self) -> None:
        if self.on_start_page:  # no essay open yet: nothing to name
            self.setWindowTitle(APPLICATION)
            self.setWindowModified(False)
            self.setWindowFilePath("")
            return
        title = (self.tr("{name}[*] (read-only) — {app}") if self.files.read_only
                 else self.tr("{name}[*] — {app}"))
        self.setWindowTitle(title.format(name=self.display_name, app=APPLICATION))
        self.setWindowModified(self.document.modified)
        self.setWindowFilePath(str(self.document.path or ""))

    def _document_changed(self) -> None:
        self._update_title()
        self.autosaver.note_change()
        # Counting every word of a long essay per keystroke is wasted work.
        self._words_timer.start()

    def _update_words(self) -> None:
        if self.on_start_page:  # no essay to count yet (a count may be pending)
            return
        # Against the essay's word target when it has one: "450 / 1,000 words (45%)".
        words = self.document.words.essay_words(self.document.essay)
        target = self.document.essay.meta.word_target
        self.words_label.setText(progress_text(Progress(words, target)))
        self.words_label.setToolTip(essay_explained(words))
        self._selection_changed(self.view.selected_nodes())

    def _selection_changed(self, nodes: list[Node]) -> None:
        essay = self.document.essay
        chosen = top_most(essay, [n for n in nodes if n in essay])
        if not chosen or self.on_start_page:
            self.selection_label.setText("")
            return
        # Counted as the tree row and the editor count them (core/words.py).
        tally = self.document.words
        words = tally.selection_words(chosen)
        count = len(chosen)
        self.selection_label.setText(self.tr("Selection: {words} words in %n node(s)", "",
                                             count).format(words=number_text(words)))
        self.selection_label.setToolTip(count_explained(tally.node_count(chosen[0]))
                                        if count == 1 else selection_explained(words))

    def _current_changed(self, node: object) -> None:
        current = node if isinstance(node, Node) else None
        self.editor.set_node(current)
        self.preview.show_node(current)

    # -- commands ----------------------------------------------------------

    def edit_properties(self) -> None:
        """Show Essay Properties; its changes are one undoable step."""
        dialog = PropertiesDialog(self.document.essay, self)
        if dialog.exec() == PropertiesDialog.DialogCode.Accepted:
            self.document.push(dialog.change())

    def edit_sources(self) -> None:
        """Show Essay > Sources; each change in it is an undoable step."""
        dialog = SourcesDialog(self.document, self, books=self.books)
        dialog.exec()
        dialog.deleteLater()  # one open at a time: none keeps listening afterwards

    def show_shortcuts(self) -> None:
        """The keyboard shortcuts page, built from the menus."""
        ShortcutsDialog(self.menuBar(), self).exec()

    # -- autosave and recovery --------------------------------------------

    def _recovery_snapshot(self) -> recovery.RecoverySnapshot | None:
        # Keep what is typed in a row editor, leaving the editor open.
        self.view.commit_pending_edit(close=False)
        if not self.document.modified:
            return None
        return recovery.recovery_snapshot_of(self.document.essay, self.document.path,
                                    self.suggested_path, self.display_name)

    def offer_recovery(self) -> None:
        """Offer to restore work that a crashed window left behind."""
        entries = recovery.find_orphans(self.recovery_folder, own=self.recovery_file)
        if not entries:
            return
        answer = recovery.ask_restore(self, entries)
        if answer == "discard":
            for entry in entries:
                entry.discard()
        elif answer == "restore":
            self.restore(entries[0])
            for entry in entries[1:]:
                window = MainWindow(settings=self.app_settings.qsettings,
                                    recovery_folder=self.recovery_folder,
                                    offer_recovery=False)
                # Closing it frees it; then this window forgets it.
                window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
                key = id(window)
                window.destroyed.connect(lambda *_, k=key: self._spawned.pop(k, None))
                self._spawned[key] = window
                window.restore(entry)
                window.show()

    @property
    def restored_windows(self) -> list[MainWindow]:
        """The extra windows this one opened for other recovered copies, while open."""
        return list(self._spawned.values())

    def restore(self, entry: recovery.RecoveryEntry) -> bool:
        """Open an autosaved copy as modified work with its original path."""
        from outliner.io.essay.file import load_essay

        try:
            essay = load_essay(entry.data_path)
        except DocumentError as exc:
            show_error(self, self.tr("Cannot Restore"), str(exc))
            return False
        name = entry.original.name if entry.original else entry.title
        self.show_loaded(Loaded(essay, entry.original, entry.suggested or entry.original, name))
        self.document.undo_stack.resetClean()  # restored work is not saved yet
        self._update_title()
        if self.autosaver.autosave():  # our own copy first, then drop the old one
            entry.discard()
        self.statusBar().showMessage(self.tr("Restored unsaved work. Save to keep it."), 8000)
        return True

    # -- layout and closing -----------------------------------------------

    def _restore_layout(self) -> None:
        settings = self.app_settings
        geometry = settings.window_state("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = settings.window_state("state")
        if state is not None:
            self.restoreState(state)
        splitter = settings.window_state("splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def _save_layout(self) -> None:
        self._leave_start()  # the docks as the person left them in the editor
        settings = self.app_settings
        settings.set_window_state("geometry", self.saveGeometry())
        settings.set_window_state("state", self.saveState())
        settings.set_window_state("splitter", self.splitter.saveState())
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Ask about unsaved changes; a clean close leaves no recovery copy."""
        if self._closed:
            event.accept()
            return
        if not self.files.maybe_save():
            event.ignore()
            return
        self._save_layout()
        self.autosaver.stop()
        self.recovery_file.release()
        self.files.claim.release()  # the document's file is free for others
        # An AI request in flight must not keep the process alive after quitting.
        cancel_calls_under(self)
        self.books.stop_reading()  # a long PDF's workers stop at their next pages
        self._closed = True
        event.accept()
