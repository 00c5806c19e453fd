"""The Draft dialog: a paragraph's notes on the left, its draft on the right.

Accept writes the edited draft into the paragraph's prose as ONE undoable
step; the notes stay under the paragraph so it can be redrafted. Redraft
(built-in) and the optional AI drafter never throw away text the writer has
written or edited without asking first (Replace / Keep mine). The AI drafter
runs in the background; its answer is checked and any warnings show in a
banner above the draft.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from outliner.compose.drafting import draft_paragraph, paragraph_of
from outliner.core.changes import SetFields
from outliner.core.essay import Node
from outliner.core.ops import plan_set
from outliner.ui.dialogs.draft_notes import NotesOutline
from outliner.ui.dialogs.preferences import PreferencesDialog, load_ai_settings
from outliner.ui.document import Document
from outliner.ui.draft_worker import BackgroundCall
from outliner.ui.messages import node_name
from outliner.ui.node_editor import ProseEdit
from outliner.ui.translations import translate

_WARN_STYLE = "background: #fff4c2; color: #5a4500; border: 1px solid #e0c65c; padding: 6px;"
_ERROR_STYLE = "background: #fde2e1; color: #7a1010; border: 1px solid #e09a98; padding: 6px;"
_OK_STYLE = "background: #e3f4e1; color: #1d4d1a; border: 1px solid #9ccf96; padding: 6px;"


def ask_replace(parent: QWidget) -> bool:
    """Ask before a new draft replaces the writer's text; True means Replace."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("DraftDialog", "Replace Your Text?"))
    box.setText(translate("DraftDialog", "The draft holds text you wrote or edited."))
    box.setInformativeText(translate("DraftDialog", "Replace it with a new draft, or keep yours?"))
    replace = box.addButton(translate("DraftDialog", "Replace"),
                            QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(translate("DraftDialog", "Keep Mine"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.exec()
    return box.clickedButton() is replace


class DraftDialog(QDialog):
    """Draft one paragraph from its notes; Accept is one undoable change."""

    def __init__(self, document: Document, node: Node, settings: QSettings,
                 parent: QWidget | None = None,
                 current_document: Callable[[], Document] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftDialog")
        # Names the paragraph as reports do ("Body paragraph 1 in section “Later”").
        self.setWindowTitle(self.tr("Draft from Notes — {name}").format(
            name=node_name(document.essay, node)))
        self.document = document
        self.node = node
        self.settings = settings
        #: The window's document now: a reload from disk replaces it, and a
        #: draft accepted into the old one would vanish without a trace.
        self._current_document = current_document or (lambda: document)
        self.call: BackgroundCall | None = None
        #: The last text a drafter put in the editor; anything else is the writer's.
        self._machine_text = ""

        self.notes_view = NotesOutline(document.essay, node)
        # The prose editor's look (serif, spacing): what is accepted becomes the prose.
        self.editor = ProseEdit(own_undo=True)
        self.editor.setObjectName("draftEditor")
        self.editor.setTabChangesFocus(True)
        self.notes_view.setAccessibleName(self.tr("Notes"))
        self.editor.setAccessibleName(self.tr("Draft"))
        self.editor.setAccessibleDescription(self.tr("Edit freely before accepting"))
        self.banner = QLabel()
        self.banner.setObjectName("warningBanner")
        self.banner.setWordWrap(True)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner.hide()

        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy, no percentage
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(12)
        self.progress_label = QLabel(self.tr("The AI drafter is writing…"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelAiButton")
        self.cancel_button.clicked.connect(self.cancel_ai)
        self.busy_row = QWidget()
        busy = QHBoxLayout(self.busy_row)
        busy.setContentsMargins(0, 0, 0, 0)
        busy.addWidget(self.progress_label)
        busy.addWidget(self.progress, 1)
        busy.addWidget(self.cancel_button)
        self.busy_row.hide()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Notes (they stay in the outline)")))
        left_layout.addWidget(self.notes_view)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(QLabel(self.tr("Draft (edit freely before accepting)")))
        right_layout.addWidget(self.banner)
        right_layout.addWidget(self.editor)
        right_layout.addWidget(self.busy_row)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([320, 480])

        self.accept_button = QPushButton(self.tr("&Accept"))
        self.accept_button.setObjectName("acceptButton")
        self.accept_button.setDefault(True)
        self.discard_button = QPushButton(self.tr("&Discard"))
        self.discard_button.setObjectName("discardButton")
        self.redraft_button = QPushButton(self.tr("&Redraft"))
        self.redraft_button.setObjectName("redraftButton")
        self.redraft_button.setToolTip(self.tr("Draft again with the built-in drafter"))
        self.ai_button = QPushButton(self.tr("Use &AI Drafter"))
        self.ai_button.setObjectName("aiButton")
        self.ai_button.setVisible(load_ai_settings(settings).enabled)
        self.accept_button.clicked.connect(self.accept)
        self.discard_button.clicked.connect(self.reject)
        self.redraft_button.clicked.connect(self.redraft)
        self.ai_button.clicked.connect(self.use_ai)
        buttons = QHBoxLayout()
        buttons.addWidget(self.redraft_button)
        buttons.addWidget(self.ai_button)
        buttons.addStretch(1)
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.accept_button)

        accept_keys = QShortcut(QKeySequence("Ctrl+Return"), self)
        accept_keys.activated.connect(self.accept)
        self.accept_button.setToolTip(self.tr("Write this draft into the paragraph (Ctrl+Enter)"))

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.resize(860, 460)
        self._fill()

    # -- content -----------------------------------------------------------

    def _fill(self) -> None:
        if self.node.prose.strip():
            # The writer's prose comes first; a redraft asks before replacing it.
            self.editor.setPlainText(self.node.prose)
            self._machine_text = ""
            self._show_banner(self.tr("This paragraph already has prose: it is shown here. "
                                      "Redraft asks before replacing it."), _OK_STYLE)
        else:
            self._set_machine_text(self._builtin_draft())

    def _builtin_draft(self) -> str:
        essay = self.document.essay
        return draft_paragraph(essay, self.node, essay.meta.style)

    def _set_machine_text(self, text: str) -> None:
        self.editor.setPlainText(text)
        self._machine_text = text

    def writer_text_at_risk(self) -> bool:
        """Does the editor hold text a new draft would throw away?"""
        text = self.editor.toPlainText().strip()
        return bool(text) and text != self._machine_text.strip()

    def _may_replace(self) -> bool:
        return not self.writer_text_at_risk() or ask_replace(self)

    def _show_banner(self, text: str, style: str) -> None:
        self.banner.setText(text)
        self.banner.setStyleSheet(style)
        self.banner.show()

    # -- actions -----------------------------------------------------------

    def redraft(self) -> bool:
        """Draft again with the built-in drafter (asks first to replace the
        writer's text); True when the editor was refilled."""
        if not self._may_replace():
            return False
        self._set_machine_text(self._builtin_draft())
        self.banner.hide()
        return True

    def use_ai(self) -> bool:
        """Start the AI drafter in the background; True when it started."""
        if self.call is not None or not self._may_replace():
            return False
        ai = load_ai_settings(self.settings)
        # Imported here: the AI drafter is off by default, and costs start-up.
        from outliner.compose.ai.drafter import build_request, send

        request = build_request(self.document.essay, self.node)  # snapshot, this thread
        # Owned by this dialog: Cancel, Discard and quitting end the request at once.
        call = BackgroundCall(lambda cancel: send(request, ai, cancel), owner=self)
        # A cancelled call's answer may already be queued: only this call's counts.
        call.succeeded.connect(lambda result: self._ai_done(result) if self.call is call else None)
        call.failed.connect(lambda message: self._ai_failed(message) if self.call is call else None)
        self.call = call
        self._busy(True)
        call.start()
        return True

    def cancel_ai(self) -> None:
        """End the AI drafter's request now; the editor stays as it is."""
        if self.call is not None:
            self.call.cancel()
            self.call = None
        self._busy(False)
        self._show_banner(self.tr("The AI draft was cancelled; nothing changed."), _OK_STYLE)

    def _ai_done(self, result: object) -> None:
        self.call = None
        self._busy(False)
        from outliner.compose.ai.drafter import AiDraft

        if not isinstance(result, AiDraft):
            self._ai_failed(self.tr("The AI drafter returned nothing usable."))
            return
        self._set_machine_text(result.text)
        if result.warnings:
            self._show_banner(self.tr("Check this AI draft before accepting it:") + "\n• "
                              + "\n• ".join(result.warnings), _WARN_STYLE)
        else:
            self._show_banner(self.tr("AI draft: every quotation and note is there."), _OK_STYLE)

    def _ai_failed(self, message: str) -> None:
        self.call = None
        self._busy(False)
        self._show_banner(self.tr("The AI drafter failed: {message}").format(message=message),
                          _ERROR_STYLE)

    def _busy(self, busy: bool) -> None:
        self.busy_row.setVisible(busy)
        self.ai_button.setEnabled(not busy)
        self.redraft_button.setEnabled(not busy)

    def accept(self) -> None:
        """Write the draft into the paragraph as one undoable step."""
        if self.call is not None:
            self.cancel_ai()
        if self._current_document() is not self.document or self.node not in self.document.essay:
            self._show_banner(self.tr("The essay was reloaded or changed while this dialog was "
                                      "open, so the draft was not added. Copy it before you "
                                      "close this dialog."), _ERROR_STYLE)
            return
        change = plan_set(self.document.essay, self.node, "prose",
                          self.editor.toPlainText().strip())
        if isinstance(change, SetFields):
            change = SetFields(change.entries, self.tr("Draft Paragraph"))
        if change is not None and not self.document.push(change):
            return
        super().accept()

    def reject(self) -> None:
        """Discard: nothing in the essay changes."""
        if self.call is not None:
            self.call.cancel()
            self.call = None
        super().reject()


class NodeSource(Protocol):
    """What the draft action needs from the outline view."""

    def current_node(self) -> Node | None: ...


def add_draft_action(
    window: QWidget,
    document_getter: Callable[[], Document],
    view: NodeSource,
    settings: QSettings,
    menu: QMenu | None = None,
    toolbar: QToolBar | None = None,
) -> QAction:
    """"Draft from Notes" (Ctrl+D): opens the Draft dialog on the paragraph
    that is, or holds, the view's current node. Enabled only there."""
    action = QAction(translate("DraftDialog", "&Draft from Notes…"), window)
    action.setObjectName("draftFromNotes")
    action.setShortcut(QKeySequence("Ctrl+D"))
    action.setStatusTip(translate("DraftDialog",
        "Write the current paragraph from its claim, quotations and notes"))

    def update() -> None:
        action.setEnabled(paragraph_of(view.current_node()) is not None)

    def trigger() -> None:
        paragraph = paragraph_of(view.current_node())
        if paragraph is None:
            return
        dialog = DraftDialog(document_getter(), paragraph, settings, window,
                             current_document=document_getter)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    action.triggered.connect(trigger)
    changed = getattr(view, "current_node_changed", None)
    if changed is not None:
        changed.connect(lambda _node: update())
    if menu is not None:
        menu.aboutToShow.connect(update)
        menu.addAction(action)
    if toolbar is not None:
        toolbar.addAction(action)
    window.addAction(action)
    update()
    return action


def add_preferences_action(window: QWidget, settings: QSettings,
                           menu: QMenu | None = None) -> QAction:
    """"AI Drafter Preferences…": opens the PreferencesDialog."""
    action = QAction(translate("DraftDialog", "AI &Drafter Preferences…"), window)
    action.setObjectName("aiDrafterPreferences")
    action.setMenuRole(QAction.MenuRole.PreferencesRole)

    def trigger() -> None:
        dialog = PreferencesDialog(settings, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    action.triggered.connect(trigger)
    if menu is not None:
        menu.addAction(action)
    return action
