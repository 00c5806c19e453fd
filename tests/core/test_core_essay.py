"""The essay's primitives and the listener contract the Qt model relies on."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from outliner.core import ops
from outliner.core.essay import Essay, Node
from outliner.core.text import count_words
from outliner.core.words import essay_words
from tests.support.helpers import K, small_essay


class Recorder:
    """Keeps every notification, in order."""

    def __init__(self) -> None:
        self.events: list[tuple[str, str]] = []

    def before_attach(self, parent: Node | None, row: int) -> None:
        self.events.append(("before_attach", f"{parent.id if parent else None}:{row}"))

    def after_attach(self, node: Node) -> None:
        self.events.append(("after_attach", node.id))

    def before_detach(self, node: Node) -> None:
        self.events.append(("before_detach", node.id))

    def after_detach(self, node: Node) -> None:
        self.events.append(("after_detach", node.id))

    def field_changed(self, node: Node, name: str) -> None:
        self.events.append(("field", f"{node.id}.{name}"))

    def meta_changed(self) -> None:
        self.events.append(("meta", ""))


def test_listener_hears_a_move_as_detach_then_attach() -> None:
    essay = small_essay()
    recorder = Recorder()
    essay.listener = recorder
    ops.move(essay, [essay.node("b2")], None, 1)
    assert recorder.events == [
        ("before_detach", "b2"), ("after_detach", "b2"),
        ("before_attach", "None:1"), ("after_attach", "b2"),
    ]


def test_field_and_meta_changes_are_heard() -> None:
    essay = small_essay()
    recorder = Recorder()
    essay.listener = recorder
    ops.set_field(essay, essay.node("q1"), "cite", "99")
    essay.set_meta("title", "T")
    assert recorder.events == [("field", "q1.cite"), ("meta", "")]


def test_kind_change_keeps_fields_that_the_new_kind_does_not_use() -> None:
    essay = small_essay()
    quote = essay.node("q1")
    ops.set_field(essay, quote, "kind", "note")
    assert quote.cite == "12"  # kept, so changing back loses nothing
    ops.set_field(essay, quote, "kind", "quote")
    assert quote.cite == "12"


def test_lookup_follows_attach_and_detach() -> None:
    essay = small_essay()
    node = essay.node("n1")
    essay.detach(node)
    assert essay.find("n1") is None and essay.find("n1a") is None
    essay.attach(node, essay.node("b2"), 0)
    assert essay.node("n1a").parent is node and node.parent is essay.node("b2")
    with pytest.raises(ValueError):
        essay.attach(node, None, 0)  # already in the tree


def test_word_counts() -> None:
    assert count_words("It’s a well-known fact, isn't it?") == 6
    assert count_words("") == 0
    essay = Essay(outline=[Node(K.BODY, "three words here", prose="two words"),
                           Node(K.BODY, "claim", children=[Node(K.NOTE, "a note")])])
    assert essay_words(essay) == 2 + 1 + 2


@given(st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40), st.integers(0, 3)),
                max_size=25))
@settings(max_examples=60, deadline=None)
def test_row_of_is_the_place_in_the_list_after_any_detach_and_attach(
        steps: list[tuple[int, int, int]]) -> None:
    # Rows are searched for a few asks right after a change, then cached
    # (SEARCHES_BEFORE_DICT); asked any number of times between changes,
    # each is right (a walk asks 6 to 18 times per list, past the switch).
    essay = Essay(outline=[Node(K.BODY, f"b{i}", children=[Node(K.NOTE, f"n{i}.{j}")
                                                         for j in range(3)])
                           for i in range(6)])
    for pick, where, asks in steps:
        nodes = list(essay.walk())
        node = nodes[pick % len(nodes)]
        essay.detach(node)
        parents = [None, *(n for n in essay.walk() if n.kind is K.BODY)]
        parent = parents[where % len(parents)] if node.kind is K.NOTE else None
        essay.attach(node, parent, where % 5)
        for _ in range(asks):
            for each in essay.walk():
                siblings = essay.siblings(each)
                assert essay.row_of(each) == next(
                    i for i, s in enumerate(siblings) if s is each)
    loose = Node(K.NOTE, "not in the essay")
    with pytest.raises(ValueError):
        essay.row_of(loose)
