"""Where a quotation from the book goes: beside a selected quotation, note
or thesis; inside a selected paragraph or section; with nothing selected,
the first body paragraph; refused where the rule book says no."""

from __future__ import annotations

import pytest

from outliner.core.essay import Essay, Node, NodeKind
from outliner.core.place_quote import plan_quotation, quotation_place
from outliner.core.rules import TreeError, tree_errors

K = NodeKind


def _essay() -> Essay:
    return Essay(outline=[
        Node(K.INTRO, "Opening", children=[Node(K.THESIS, "The claim")]),
        Node(K.BODY, "First", children=[Node(K.QUOTE, "one", cite="3"),
                                        Node(K.NOTE, "a note")]),
        Node(K.BODY, "Second"),
        Node(K.CONCLUSION, "End"),
    ])


def _by_text(essay: Essay, text: str) -> Node:
    return next(n for n in essay.walk() if n.text == text)


@pytest.mark.parametrize("selected, parent, row", [
    ("one", "First", 1),       # after a quotation
    ("a note", "First", 2),    # after a note
    ("The claim", "Opening", 1),  # after the thesis, in its introduction
    ("Second", "Second", 0),   # inside a paragraph, at its end
    ("End", "End", 0),
])
def test_the_place_near_the_selection(selected: str, parent: str, row: int) -> None:
    essay = _essay()
    change, node = plan_quotation(essay, _by_text(essay, selected), "words", "12", "src-1")
    change.apply(essay)
    assert node.parent is _by_text(essay, parent)
    assert node.parent.children.index(node) == row
    assert (node.kind, node.text, node.cite, node.source) == (K.QUOTE, "words", "12", "src-1")
    assert tree_errors(essay.outline) == []


def test_nothing_selected_is_the_first_body_paragraph() -> None:
    essay = _essay()
    parent, row = quotation_place(essay, None)
    assert parent is _by_text(essay, "First") and row == -1


def test_an_essay_without_a_body_paragraph_is_refused_with_nothing_selected() -> None:
    essay = Essay(outline=[Node(K.INTRO, "Only an opening")])
    with pytest.raises(TreeError):
        quotation_place(essay, None)


def test_undo_takes_the_quotation_out_again() -> None:
    essay = _essay()
    change, node = plan_quotation(essay, _by_text(essay, "one"), "words", "12")
    inverse = change.apply(essay)
    assert node in essay
    inverse.apply(essay)
    assert node not in essay
    assert [n.text for n in _by_text(essay, "First").children] == ["one", "a note"]
