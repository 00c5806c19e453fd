"""One name per node: "Body paragraph N" counts bodies among its siblings."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from outliner.core.essay import Essay, Node, NodeKind
from outliner.core.names import node_name, paragraph_name

K = NodeKind
KINDS = st.sampled_from([K.INTRO, K.BODY, K.BODY, K.NOTE, K.SECTION, K.CONCLUSION])


@given(st.lists(KINDS, min_size=1, max_size=30))
def test_a_body_is_numbered_among_its_siblings(kinds: list[NodeKind]) -> None:
    outline = [Node(kind, f"line {i}") for i, kind in enumerate(kinds)]
    essay = Essay(outline=outline)
    bodies = 0
    for node in outline:
        if node.kind is K.BODY:
            bodies += 1
            assert paragraph_name(essay, node) == f"Body paragraph {bodies}"
        elif node.kind in (K.INTRO, K.CONCLUSION):
            assert paragraph_name(essay, node) == node.kind.name.title().replace(
                "Intro", "Introduction")


def test_a_paragraph_in_a_section_says_which() -> None:
    inner = Node(K.BODY, "inside")
    essay = Essay(outline=[Node(K.BODY, "first"), Node(K.SECTION, "Later", children=[inner])])
    assert node_name(essay, inner) == "Body paragraph 1 in section “Later”"
    assert paragraph_name(essay, inner) == "Body paragraph 1"  # the editor's heading
    assert node_name(essay, essay.outline[1]) == "Section “Later”"
