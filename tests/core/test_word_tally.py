"""A kept word tally equals a full recount after any run of edits."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from outliner.core.essay import Essay, Node, NodeKind
from outliner.core.text import count_words
from outliner.core.word_tally import WordTally
from outliner.core.words import essay_words, node_count

TEXTS = st.sampled_from(["", "one", "two words", "it's well-known", "  ", "a b c d e",
                         "Prose of the paragraph, written out.", "x-y z"])
FIELDS = st.sampled_from(["text", "cite", "prose"])
EDIT = st.tuples(st.sampled_from(["set", "add", "delete", "title"]), st.integers(0, 50),
                 FIELDS, TEXTS)


def _essay() -> Essay:
    outline = [Node(NodeKind.BODY, f"Claim {i}", children=[Node(NodeKind.NOTE, "a note")])
               for i in range(4)]
    return Essay(outline=outline)


@settings(max_examples=150, deadline=None)
@given(st.lists(EDIT, max_size=30))
def test_tally_matches_full_recount_after_edits(edits: list[tuple[str, int, str, str]]) -> None:
    essay = _essay()
    tally = WordTally()
    assert tally.essay_words(essay) == essay_words(essay)
    for action, pick, field, value in edits:
        nodes = list(essay.walk())
        node = nodes[pick % len(nodes)] if nodes else None
        if action == "set" and node is not None:
            setattr(node, field, value)
        elif action == "add":
            new = Node(NodeKind.NOTE, value)
            if node is None:
                essay.outline.append(new)
            else:
                node.children.append(new)
                new.parent = node
        elif action == "delete" and node is not None:
            siblings = node.parent.children if node.parent is not None else essay.outline
            siblings.remove(node)
        elif action == "title":
            essay.meta.title = value
        assert tally.essay_words(essay) == essay_words(essay)
        for each in essay.walk():
            assert tally.node_count(each) == node_count(each)
        top = list(essay.outline)
        assert tally.selection_words(top) == essay_words(essay) - count_words(essay.meta.title)
