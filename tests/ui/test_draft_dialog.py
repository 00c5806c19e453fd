"""The Draft dialog and AI preferences, with real widgets offscreen."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QSettings, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu, QToolBar
from pytestqt.qtbot import QtBot

from outliner.compose.ai.drafter import AiSettings
from outliner.compose.drafting import draft_paragraph
from outliner.core.essay import Essay, Node
from outliner.ui.dialogs import draft as draft_dialog
from outliner.ui.dialogs.draft import DraftDialog, add_draft_action, add_preferences_action
from outliner.ui.dialogs.preferences import (
    PreferencesDialog,
    load_ai_settings,
    save_ai_settings,
)
from outliner.ui.document import Document
from tests.compose.test_drafting import Q1, user_paragraph_essay
from tests.support.helpers import shape
from tests.support.loopback_llm import LoopbackLLM

_ESSAY = user_paragraph_essay()
#: A good AI answer: everything kept (the built-in draft, with a different opening).
GOOD = draft_paragraph(_ESSAY, _ESSAY.node("b2")).replace("As the text puts it,", "Kathy asks,")


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


NewDoc = Callable[[Essay], Document]


@pytest.fixture
def new_document() -> Iterator[NewDoc]:
    """Documents that are torn down quietly (their undo stack is cleared
    while the document still exists)."""
    made: list[Document] = []

    def make(essay: Essay) -> Document:
        made.append(Document(essay))
        return made[-1]

    yield make
    for document in made:
        document.undo_stack.indexChanged.disconnect()


@pytest.fixture
def llm() -> Iterator[LoopbackLLM]:
    with LoopbackLLM(reply=GOOD) as server:
        yield server
        server.stopping.set()  # cut any sleeping answer short
        QThreadPool.globalInstance().waitForDone(10_000)


def ai_on(settings: QSettings, server: LoopbackLLM, timeout: float = 5.0) -> None:
    save_ai_settings(settings, AiSettings(True, server.base_url, "loopback-model", "", timeout))


def open_dialog(qtbot: QtBot, document: Document, node: Node, settings: QSettings) -> DraftDialog:
    dialog = DraftDialog(document, node, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def never_asked(_parent: object) -> bool:
    raise AssertionError("the dialog asked although nothing of the writer's was at risk")


def test_accept_is_one_undoable_step(
    qtbot: QtBot, new_document: NewDoc, settings: QSettings
) -> None:
    document = new_document(user_paragraph_essay())
    node = document.essay.node("b2")
    dialog = open_dialog(qtbot, document, node, settings)
    expected = draft_paragraph(document.essay, node)
    assert dialog.editor.toPlainText() == expected
    assert "“Is it the case" in dialog.notes_view.plain_text()
    assert not dialog.ai_button.isVisible()  # the AI drafter is off by default
    dialog.accept_button.click()
    assert node.prose == expected
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Draft Paragraph"
    assert [c.id for c in node.children] == ["q1", "q2", "n0", "n1", "n2", "n3"]  # notes stay
    document.undo_stack.undo()
    assert node.prose == ""
    document.undo_stack.redo()
    assert node.prose == expected


def test_accept_keeps_the_writers_edits(
    qtbot: QtBot, new_document: NewDoc, settings: QSettings
) -> None:
    document = new_document(user_paragraph_essay())
    node = document.essay.node("b2")
    dialog = open_dialog(qtbot, document, node, settings)
    dialog.editor.setPlainText("My own paragraph.")
    dialog.accept_button.click()
    assert node.prose == "My own paragraph."


def test_the_users_draft_file(
    qtbot: QtBot, new_document: NewDoc, settings: QSettings, user_draft: Path
) -> None:
    drafts = pytest.importorskip("outliner.io.importers.text")
    essay: Essay = drafts.read_text_file(user_draft)
    node = next(n for n in essay.walk() if "deferral" in n.text and n.kind.value == "body")
    document = new_document(essay)
    before = shape(essay)
    dialog = open_dialog(qtbot, document, node, settings)
    assert dialog.editor.toPlainText().startswith("Clones ask for the deferral")
    dialog.accept_button.click()
    assert f"“{Q1}” (258)." in node.prose
    document.undo_stack.undo()
    assert shape(essay) == before


def test_ctrl_enter_accepts(
    qtbot: QtBot, new_document: NewDoc, settings: QSettings
) -> None:
    document = new_document(user_paragraph_essay())
    node = document.essay.node("b2")
    dialog = open_dialog(qtbot, document, node, settings)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5_000)
    dialog.editor.setFocus()
    qtbot.keyClick(dialog.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert node.prose == draft_paragraph(document.essay, node)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_discard_changes_nothing(qtbot: QtBot, new_document: NewDoc, settings: QSettings) -> None:
    document = new_document(user_paragraph_essay())
    before = shape(document.essay)
    dialog = open_dialog(qtbot, document, document.essay.node("b2"), settings)
    dialog.editor.setPlainText("typed, then thrown away")
    dialog.discard_button.click()
    assert shape(document.essay) == before
    assert document.undo_stack.count() == 0


def test_accept_after_the_window_reloaded_keeps_the_draft_and_says_so(
    qtbot: QtBot, new_document: NewDoc, settings: QSettings
) -> None:
    document = new_document(user_paragraph_essay())
    reloaded = new_document(user_paragraph_essay())  # what the window shows now
    node = document.essay.node("b2")
    dialog = DraftDialog(document, node, settings, current_document=lambda: reloaded)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.editor.setPlainText("words the writer does not want to lose")
    dialog.accept_button.click()
    assert dialog.isVisible()  # still open, the text still there to copy
    assert dialog.editor.toPlainText() == "words the writer does not want to lose"
    assert "reloaded" in dialog.banner.text()
    assert node.prose == "" and document.undo_stack.count() == 0


def test_redraft_over_existing_prose_asks_first(
    qtbot: QtBot, new_document: NewDoc, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    document = new_document(user_paragraph_essay())
    node = document.essay.node("b1")  # has the writer's prose
    dialog = open_dialog(qtbot, document, node, settings)
    assert dialog.editor.toPlainText() == node.prose
    assert dialog.banner.isVisible()
    questions: list[bool] = []

    def keep_mine(_parent: object) -> bool:
        questions.append(False)
        return False

    monkeypatch.setattr(draft_dialog, "ask_replace", keep_mine)
    assert dialog.redraft() is False
    assert questions == [False]
    assert dialog.editor.toPlainText() == node.prose
    monkeypatch.setattr(draft_dialog, "ask_replace", lambda _parent: True)
    dialog.redraft_button.click()
    assert dialog.editor.toPlainText() == draft_paragraph(document.essay, node)
    assert document.undo_stack.count() == 0  # nothing is written until Accept


def test_redraft_asks_only_when_the_writer_edited(
    qtbot: QtBot, new_document: NewDoc, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    document = new_document(user_paragraph_essay())
    dialog = open_dialog(qtbot, document, document.essay.node("b2"), settings)
    monkeypatch.setattr(draft_dialog, "ask_replace", never_asked)
    assert dialog.redraft() is True  # an untouched machine draft is replaced freely
    dialog.editor.setPlainText(dialog.editor.toPlainText() + " My addition.")
    monkeypatch.setattr(draft_dialog, "ask_replace", lambda _parent: False)
    assert dialog.redraft() is False
    assert dialog.editor.toPlainText().endswith("My addition.")


def test_ai_draft_runs_in_the_background_and_fills_the_editor(
    qtbot: QtBot, new_document: NewDoc, settings: QSettings, llm: LoopbackLLM
) -> None:
    ai_on(settings, llm)
    llm.mode, llm.sleep_seconds = "sleep", 0.5
    document = new_document(user_paragraph_essay())
    dialog = open_dialog(qtbot, document, document.essay.node("b2"), settings)
    assert dialog.ai_button.isVisible()
    dialog.ai_button.click()
    # Back at once: the event loop runs while the server thinks.
    assert dialog.busy_row.isVisible() and not dialog.ai_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.editor.toPlainText() == GOOD, timeout=10_000)
    assert not dialog.busy_row.isVisible()
    assert "every quotation" in dialog.banner.text()
    assert len(llm.requests) == 1
    dialog.accept_button.click()
    assert document.essay.node("b2").prose == GOOD


def test_ai_draft_that_alters_a_quote_is_flagged(
    qtbot: QtBot, new_document: NewDoc, settings: QSettings, llm: LoopbackLLM
) -> None:
    ai_on(settings, llm)
    llm.mode = "alter"
    document = new_document(user_paragraph_essay())
    dialog = open_dialog(qtbot, document, document.essay.node("b2"), settings)
    dialog.use_ai()
    qtbot.waitUntil(lambda: dialog.call is None, timeout=10_000)
    assert Q1 not in dialog.editor.toPlainText()
    assert dialog.banner.isVisible()
    assert "missing or altered" in dialog.banner.text()
    assert document.undo_stack.count() == 0


def test_ai_server_error_shows_the_message_and_changes_nothing(
    qtbot: QtBot, new_document: NewDoc, settings: QSettings, llm: LoopbackLLM
) -> None:
    ai_on(settings, llm)
    llm.mode, llm.status = "status", 500
    document = new_document(user_paragraph_essay())
    before = shape(document.essay)
    dialog = open_dialog(qtbot, document, document.essay.node("b2"), settings)
    draft = dialog.editor.toPlainText()
    dialog.ai_button.click()
    qtbot.waitUntil(lambda: "HTTP 500" in dialog.banner.text(), timeout=10_000)
    assert dialog.banner.isVisible()
    assert dialog.editor.toPlainText() == draft
    assert shape(document.essay) == before
    assert dialog.ai_button.isEnabled()


def test_cancel_leaves_the_editor_alone(
    qtbot: QtBot, new_document: NewDoc, settings: QSettings, llm: LoopbackLLM
) -> None:
    ai_on(settings, llm)
    llm.mode, llm.sleep_seconds = "sleep", 1.0
    document = new_document(user_paragraph_essay())
    dialog = open_dialog(qtbot, document, document.essay.node("b2"), settings)
    draft = dialog.editor.toPlainText()
    dialog.ai_button.click()
    call = dialog.call
    assert call is not None
    dialog.cancel_button.click()
    assert not dialog.busy_row.isVisible()
    qtbot.waitUntil(lambda: call.done, timeout=10_000)
    qtbot.wait(50)  # a late answer would arrive through the event loop now
    assert dialog.editor.toPlainText() == draft


def test_preferences_round_trip_and_refuse_a_key(
    qtbot: QtBot, settings: QSettings, llm: LoopbackLLM
) -> None:
    assert load_ai_settings(settings) == AiSettings()  # off by default
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.enabled.setChecked(True)
    dialog.base_url.setText(llm.base_url)
    dialog.model.setText("loopback-model")
    dialog.timeout.setValue(7)
    dialog.api_key_env.setText("sk-abc123-this-looks-like-a-key")
    dialog.accept()
    assert "not the key itself" in dialog.result_label.text()
    assert load_ai_settings(settings).enabled is False  # nothing saved
    dialog.api_key_env.setText("")
    dialog.test_button.click()
    qtbot.waitUntil(lambda: "Connected" in dialog.result_label.text(), timeout=10_000)
    dialog.api_key_env.setText("MY_LLM_KEY")
    dialog.accept()
    saved = load_ai_settings(settings)
    assert saved == AiSettings(True, llm.base_url, "loopback-model", "MY_LLM_KEY", 7.0)
    assert "sk-abc" not in Path(settings.fileName()).read_text(encoding="utf-8")


class FakeView(QObject):
    """Stands in for the outline view: a current node and its signal."""

    current_node_changed = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.node: Node | None = None

    def current_node(self) -> Node | None:
        return self.node

    def select(self, node: Node | None) -> None:
        self.node = node
        self.current_node_changed.emit(node)


def test_draft_action_is_enabled_on_paragraphs_and_opens_the_dialog(
    qtbot: QtBot, new_document: NewDoc, settings: QSettings
) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    document = new_document(user_paragraph_essay())
    view = FakeView()
    menu, toolbar = QMenu("Outline", window), QToolBar(window)
    action = add_draft_action(window, lambda: document, view, settings, menu, toolbar)
    assert action.shortcut().toString() == "Ctrl+D"
    assert action in menu.actions() and action in toolbar.actions()
    assert not action.isEnabled()
    view.select(document.essay.node("n1"))  # a note: drafts its paragraph
    assert action.isEnabled()
    action.trigger()
    dialogs = window.findChildren(DraftDialog)
    assert len(dialogs) == 1 and dialogs[0].node is document.essay.node("b2")
    dialogs[0].reject()
    view.select(None)
    assert not action.isEnabled()


def test_preferences_action_opens_the_dialog(qtbot: QtBot, settings: QSettings) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    menu = QMenu("Edit", window)
    action = add_preferences_action(window, settings, menu)
    assert action in menu.actions()
    action.trigger()
    dialogs = window.findChildren(PreferencesDialog)
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    assert not dialogs[0].enabled.isChecked()
    dialogs[0].reject()


def test_the_dialog_names_its_paragraph_and_writes_in_the_prose_editors_serif(
    qtbot: QtBot, new_document: NewDoc, settings: QSettings
) -> None:
    from outliner.core.essay import NodeKind
    from outliner.ui.node_editor import NodeEditor

    document = new_document(user_paragraph_essay())
    node = document.essay.node("b2")
    dialog = open_dialog(qtbot, document, node, settings)
    bodies = [n for n in document.essay.siblings(node) if n.kind is NodeKind.BODY]
    assert dialog.windowTitle() == f"Draft from Notes — Body paragraph {bodies.index(node) + 1}"
    editor = NodeEditor(document)
    qtbot.addWidget(editor)
    prose_font = editor.prose_edit.font()
    assert dialog.editor.font().families() == prose_font.families()
    assert dialog.editor.font().pointSizeF() == prose_font.pointSizeF()
    assert dialog.editor.fontInfo().family() == editor.prose_edit.fontInfo().family()


def test_the_notes_are_laid_out_as_their_outline(
    qtbot: QtBot, new_document: NewDoc, settings: QSettings
) -> None:
    from outliner.core.essay import NodeKind as K

    body = Node(K.BODY, "The tape is hope", children=[
        Node(K.NOTE, "Norfolk, the lost corner", children=[
            Node(K.QUOTE, "we lost", cite="41")]),
        Node(K.NOTE, "Tommy finds a copy"),
    ])
    document = new_document(Essay(outline=[body]))
    dialog = open_dialog(qtbot, document, body, settings)
    assert dialog.notes_view.plain_text().splitlines() == [
        "Claim: The tape is hope",
        "    Note: Norfolk, the lost corner",
        "        Quotation: “we lost” (41)",
        "    Note: Tommy finds a copy",
    ]
    shown = dialog.notes_view.toPlainText()
    assert "Body paragraph:" not in shown and "Claim: The tape is hope" in shown
    assert shown.index("Norfolk") < shown.index("we lost") < shown.index("Tommy")
