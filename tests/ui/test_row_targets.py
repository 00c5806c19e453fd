"""A paragraph's word target shows as progress on its outline row."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from outliner.core.essay import Essay, Node, NodeKind
from outliner.ui.document import Document
from outliner.ui.outline.model import OutlineModel
from outliner.ui.outline.rows import DetailRole, detail_text

K = NodeKind


def test_detail_shows_words_against_the_paragraphs_target() -> None:
    body = Node(K.BODY, "Claim", prose="one two three")
    assert detail_text(body) == "drafted · 3 words"
    body.target = 150
    assert detail_text(body) == "drafted · 3 / 150 words"
    unwritten = Node(K.BODY, "Claim", target=150)
    assert detail_text(unwritten) == "unwritten · 1 word of notes · target 150"
    assert detail_text(Node(K.NOTE, "a note", target=150)) == ""


def test_the_row_follows_a_target_set_later(qtbot: QtBot) -> None:
    body = Node(K.BODY, "Claim", prose="one two three")
    essay = Essay(outline=[body])
    model = OutlineModel(Document(essay))
    index = model.index_for_node(body)
    assert model.data(index, DetailRole) == "drafted · 3 words"
    essay.set_field(body, "target", 100)
    assert model.data(model.index_for_node(body), DetailRole) == "drafted · 3 / 100 words"
