"""The editor's fields say what they are for each kind, and its heading names
a paragraph as the command line and the reports do."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from outliner.core.essay import Essay, Node, NodeKind
from outliner.core.fields import LINE_FIELDS, PROSE_FIELDS
from outliner.core.names import node_name
from outliner.io.formats import open_document
from outliner.ui.document import Document
from outliner.ui.node_editor import NodeEditor

K = NodeKind


def _editor(qtbot: QtBot, essay: Essay) -> NodeEditor:
    editor = NodeEditor(Document(essay))
    qtbot.addWidget(editor)
    editor.show()
    return editor


def _essay() -> Essay:
    return Essay(outline=[
        Node(K.INTRO, "Memory is home.", prose="Memory is home. It is all Kathy keeps.",
             children=[Node(K.THESIS, "Kathy keeps what she loses")]),
        Node(K.BODY, "The tape", children=[Node(K.QUOTE, "we lost", cite="41"),
                                          Node(K.NOTE, "Norfolk")]),
        Node(K.CONCLUSION, "", prose=""),
        Node(K.SECTION, "Later"),
    ])


def test_each_kind_labels_its_line_and_explains_it(qtbot: QtBot) -> None:
    essay = _essay()
    editor = _editor(qtbot, essay)
    labels = set()
    for node in essay.walk():
        editor.set_node(node)
        field = LINE_FIELDS[node.kind]
        assert editor.text_label.text() == field.label
        assert editor.text_edit.placeholderText() == field.hint
        assert editor.text_edit.toolTip() == field.hint  # still there once it is typed over
        labels.add(field.label)
        if node.kind in PROSE_FIELDS:
            assert editor.prose_label.text() == PROSE_FIELDS[node.kind].label
            assert editor.prose_edit.placeholderText() == PROSE_FIELDS[node.kind].hint
    assert "Hook" not in labels and len(labels) == len({n.kind for n in essay.walk()})


def test_the_introductions_line_says_it_is_outline_not_essay(qtbot: QtBot) -> None:
    essay = _essay()
    editor = _editor(qtbot, essay)
    editor.set_node(essay.outline[0])
    assert editor.text_label.text() == "Opening sentence"
    assert "first" not in editor.text_label.text().lower()
    assert editor.line_note.isVisible()
    assert "the essay prints the introduction as written below" in editor.line_note.text()
    assert editor.prose_label.text() == "Introduction as written"
    editor.set_node(essay.outline[1])  # unwritten: the essay shows its line and notes
    assert editor.line_note.text().startswith("Not written yet")
    editor.set_node(essay.outline[1].children[0])
    assert not editor.line_note.isVisible()
    assert (editor.text_label.text(), editor.cite_label.text()) == ("Quoted words", "Page")


def test_the_heading_names_paragraphs_as_reports_do(qtbot: QtBot, user_draft: Path) -> None:
    essay = open_document(user_draft)
    editor = _editor(qtbot, essay)
    bodies = [n for n in essay.outline if n.kind in (K.INTRO, K.BODY, K.CONCLUSION)]
    assert len(bodies) >= 3
    for node in bodies:
        editor.set_node(node)
        assert editor.heading.text() == node_name(essay, node)
    assert editor.heading.text() == "Body paragraph 2"
