"""One definition of a node's words: prose where written, else its notes."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from outliner.core.essay import Essay, Node, NodeKind
from outliner.core.words import Counted, essay_words, node_count, selection_words

K = NodeKind


def _intro(prose: str = "") -> Node:
    return Node(K.INTRO, "An opening line", prose=prose, children=[
        Node(K.THESIS, "Memory is a kind of home"),
        Node(K.QUOTE, "we lost", cite="258"),
    ])


def test_a_written_paragraph_counts_its_prose_and_the_quotations_in_it() -> None:
    intro = _intro("Kathy says “we lost” and means it.")
    count = node_count(intro)
    assert (count.words, count.counted) == (7, Counted.PROSE)
    assert count.short() == "7 words of prose"
    assert "quotations in it" in count.explained()


def test_an_unwritten_paragraph_counts_its_notes() -> None:
    count = node_count(_intro())
    # line 3 + thesis 6 + quotation 2 and its page 1
    assert (count.words, count.counted) == (12, Counted.NOTES)
    assert count.short() == "unwritten: 12 words of notes"
    assert count.explained().startswith("unwritten: 12 words of notes")


def test_notes_under_prose_say_they_are_not_in_the_essays_count() -> None:
    intro = _intro("Written.")
    Essay(outline=[intro])
    thesis = intro.children[0]
    count = node_count(thesis)
    assert (count.words, count.replaced) == (6, True)
    assert "not in the essay's count" in count.explained()
    assert count.short() == "6 words, not in the essay's count"
    assert node_count(Node(K.NOTE, "on its own")).short() == "3 words"


def test_one_word_is_singular() -> None:
    assert node_count(Node(K.BODY, prose="Alone.")).short() == "1 word of prose"


TEXT = st.sampled_from(["", "one", "two words", "  ", "it's well-known", "a b c"])


@given(st.lists(st.tuples(TEXT, TEXT, TEXT), min_size=1, max_size=6), TEXT)
def test_the_essay_is_its_title_and_its_top_nodes(parts: list[tuple[str, str, str]],
                                                  title: str) -> None:
    outline = [Node(K.BODY, text, prose=prose, children=[Node(K.NOTE, note)])
               for text, prose, note in parts]
    essay = Essay(outline=outline)
    essay.meta.title = title
    tops = sum(node_count(node).words for node in outline)
    assert essay_words(essay) == len(title.split()) + tops
    assert selection_words(outline) == tops
