"""What a screen reader hears of an outline row: the accessible text and
description roles, and the tree's rows as QAccessible reads them."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from outliner.core import ops
from outliner.core.essay import KIND_LABELS, Essay, Node, NodeKind
from outliner.core.inline import plain
from outliner.ui.document import Document
from outliner.ui.outline.model import OutlineModel
from outliner.ui.outline.view import OutlineView
from outliner.ui.translations import install_translators

K = NodeKind
SPOKEN = Qt.ItemDataRole.AccessibleTextRole
SPOKEN_STATE = Qt.ItemDataRole.AccessibleDescriptionRole


def essay() -> Essay:
    """Two bodies (one drafted), quotations with and without a page, a section."""
    return Essay(outline=[
        Node(K.INTRO, "The lighthouse keeper's *log* opens the story", id="intro",
             children=[Node(K.THESIS, "Routine keeps the keeper sane", id="thesis")]),
        Node(K.BODY, "Each entry repeats the weather", id="b1",
             prose="He writes the wind down twice a day, every day.", target=150, children=[
                 Node(K.QUOTE, "wind from the north again", cite="258", id="q1"),
                 Node(K.QUOTE, "the lamp is lit", cite="", id="q2"),
                 Node(K.NOTE, "the log never mentions his family", id="n1",
                      children=[Node(K.QUOTE, "no letters came", cite="31", id="q3")]),
             ]),
        Node(K.BODY, "", id="b2"),
        Node(K.SECTION, "Storms", id="sec", children=[
            Node(K.BODY, "The storm breaks the routine", id="b3"),
        ]),
        Node(K.CONCLUSION, "The log ends mid-sentence", id="concl"),
    ])


@pytest.fixture
def model(qapp: QApplication) -> OutlineModel:
    return OutlineModel(Document(essay()))


def index_of(model: OutlineModel, node_id: str) -> QModelIndex:
    return model.index_for_node(model.essay.node(node_id))


def spoken(model: OutlineModel, node_id: str) -> tuple[str, str]:
    index = index_of(model, node_id)
    return index.data(SPOKEN), index.data(SPOKEN_STATE)


def test_a_quotation_reads_its_kind_page_and_words(model: OutlineModel) -> None:
    assert spoken(model, "q1") == ("Quotation, page 258: “wind from the north again”",
                                   "Quotation, in Body paragraph 1")
    text, state = spoken(model, "q2")
    assert text == "Quotation, no page: “the lamp is lit”"
    assert state == "Quotation, no page yet, in Body paragraph 1"
    # A quotation under a note still says which paragraph it belongs to.
    assert spoken(model, "q3")[1] == "Quotation, in Body paragraph 1"


def test_paragraphs_read_their_number_drafted_state_and_what_they_hold(
        model: OutlineModel) -> None:
    text, state = spoken(model, "b1")
    assert text == "Body paragraph 1: Each entry repeats the weather"
    assert state == ("Body paragraph 1, drafted, 10 words, target 150 words, "
                     "3 quotations, 1 note")
    assert spoken(model, "b2") == ("Body paragraph 2, empty",
                                   "Body paragraph 2, unwritten, 0 words of notes")
    # Counted among its siblings, as the editor's heading counts it.
    assert spoken(model, "b3") == ("Body paragraph 1: The storm breaks the routine",
                                   "Body paragraph 1, unwritten, 5 words of notes, "
                                   "in section “Storms”")
    assert spoken(model, "sec") == ("Section: Storms", "Section, 1 paragraph")
    assert spoken(model, "thesis") == ("Thesis: Routine keeps the keeper sane",
                                       "Thesis, in Introduction")
    # Inline marks are not read out.
    assert spoken(model, "intro")[0] == "Introduction: The lighthouse keeper's log opens the story"


def test_the_words_follow_edits_moves_and_undo(model: OutlineModel) -> None:
    document = model.document
    b1, b2 = model.essay.node("b1"), model.essay.node("b2")
    document.push(ops.plan_move_up(model.essay, [b2]))
    assert spoken(model, "b2")[0] == "Body paragraph 1, empty"
    assert spoken(model, "b1")[0].startswith("Body paragraph 2: ")
    document.undo_stack.undo()
    assert spoken(model, "b1")[0].startswith("Body paragraph 1: ")
    document.push(ops.plan_set(model.essay, b1, "prose", ""))
    assert "unwritten" in spoken(model, "b1")[1]
    q1 = model.essay.node("q1")
    document.push(ops.plan_set(model.essay, q1, "cite", "12–13"))
    assert spoken(model, "q1")[0] == "Quotation, page 12–13: “wind from the north again”"
    document.push(ops.plan_set(model.essay, q1, "kind", "note"))
    assert spoken(model, "q1")[0] == "Note: wind from the north again"


def _rows_read(view: OutlineView) -> dict[str, str]:
    """Each row's accessible name and description as QAccessible gives them
    (read at once: the interfaces are Qt's and are not kept)."""
    tree = QAccessible.queryAccessibleInterface(view)
    assert tree is not None and tree.role() == QAccessible.Role.Tree
    read: dict[str, str] = {}
    for i in range(tree.childCount()):
        row = tree.child(i)
        if row is not None and row.role() == QAccessible.Role.TreeItem:
            read[row.text(QAccessible.Text.Name)] = row.text(QAccessible.Text.Description)
    return read


def test_a_screen_reader_reads_the_rows_kind_cite_and_state(
        qtbot: QtBot, model: OutlineModel) -> None:
    view = OutlineView(model.document)
    qtbot.addWidget(view)
    view.show()
    view.expandAll()
    rows = _rows_read(view)
    assert rows["Quotation, page 258: “wind from the north again”"] == (
        "Quotation, in Body paragraph 1")
    assert rows["Body paragraph 1: Each entry repeats the weather"].startswith(
        "Body paragraph 1, drafted")
    assert len(rows) == sum(1 for _ in view.outline_model.essay.walk())


lines = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=60)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(kind=st.sampled_from(list(NodeKind)), text=lines, cite=lines, prose=lines)
def test_every_row_names_its_kind_and_its_line(model: OutlineModel, kind: NodeKind, text: str,
                                               cite: str, prose: str) -> None:
    node = Node(kind, text, cite=cite, prose=prose)
    speech = model._speech  # the words the model gives, without a tree to put them in
    said, state = speech.text(model.essay, node), speech.description(model.essay, node)
    assert said.startswith(KIND_LABELS[kind]) and state.startswith(KIND_LABELS[kind])
    line = " ".join(plain(text).split())
    assert (line[:100] in said) if line else said.endswith("empty")
    if kind is K.QUOTE and cite.strip():
        assert f"page {' '.join(cite.split())}" in said
    assert "(s)" not in said + state


@pytest.mark.parametrize("language", ["es", "en"])
def test_rows_speak_the_windows_language(model: OutlineModel, language: str) -> None:
    installed = install_translators(language)
    try:
        said = {node_id: spoken(model, node_id) for node_id in ("q1", "b1")}
    finally:
        installed.remove()
    if language == "es":
        assert said["q1"][0] == "Cita, página 258: «wind from the north again»"
        assert said["b1"][1] == ("Párrafo de desarrollo 1, redactado, 10 palabras, "
                                 "objetivo 150 palabras, 3 citas, 1 nota")
    else:  # English plural forms from the app's own catalogue
        assert said["b1"][1] == ("Body paragraph 1, drafted, 10 words, target 150 words, "
                                 "3 quotations, 1 note")
