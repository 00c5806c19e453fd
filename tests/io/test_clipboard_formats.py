"""The clipboard's flavours: app JSON round-trips with fresh ids, pasted text
goes through the importer, OPML is read safely."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from outliner.core.essay import Node
from outliner.core.sources import Name, Source, SourceType
from outliner.io.clipboard import (
    ClipboardError,
    nodes_from_json,
    nodes_from_opml,
    nodes_from_text,
    nodes_to_json,
    nodes_to_opml,
    nodes_to_text,
    word_bullets_as_outline,
)
from tests.support.helpers import K, small_essay


def content(node: Node) -> list[tuple[int, str, str, str, str, str]]:
    return [(n.depth(), n.kind.value, n.text, n.cite, n.prose, n.source) for n in node.walk()]


def test_app_format_round_trips_with_fresh_ids_and_sources() -> None:
    essay = small_essay()
    source = Source(type=SourceType.BOOK, authors=(Name("Ishiguro", "Kazuo"),),
                    title="Never Let Me Go", id="s9")
    text = nodes_to_json([essay.node("b1"), essay.node("b2")], [source])
    nodes, sources = nodes_from_json(text)
    assert [content(n) for n in nodes] == [content(essay.node("b1")), content(essay.node("b2"))]
    old = {n.id for n in essay.walk()}
    assert not old & {n.id for top in nodes for n in top.walk()}
    assert sources == [source] and sources[0].id == "s9"
    again, _ = nodes_from_json(text)  # pasting twice: new ids again
    assert again[0].id != nodes[0].id


@pytest.mark.parametrize("text", [
    "{", "[]", '{"format": "other"}', '{"format": "essay-outliner-nodes", "nodes": [1]}',
    '{"format": "essay-outliner-nodes", "nodes": [{"id": "a", "kind": "nope"}]}',
])
def test_damaged_app_data_is_a_clear_error(text: str) -> None:
    with pytest.raises(ClipboardError):
        nodes_from_json(text)


def test_too_deep_app_data_is_refused() -> None:
    node: dict[str, object] = {"id": "x", "kind": "note", "children": []}
    for _ in range(70):
        node = {"id": "x", "kind": "note", "children": [node]}
    text = json.dumps({"format": "essay-outliner-nodes", "nodes": [node]})
    with pytest.raises(ClipboardError):
        nodes_from_json(text)


def test_text_outline_reads_back_through_the_importer() -> None:
    essay = small_essay()
    text = nodes_to_text([essay.node("b1")])
    nodes, _ = nodes_from_text(text)
    [top] = nodes
    assert [(n.kind, n.text, n.cite) for n in top.walk()] == [
        (K.NOTE, "First claim", ""), (K.QUOTE, "a quotation", "12"),
        (K.NOTE, "a note", ""), (K.NOTE, "a sub-note", "")]


def test_dash_list_is_nested_notes_and_blank_text_is_refused() -> None:
    nodes, _ = nodes_from_text("- a\n  - b")
    assert [[(n.depth(), n.kind, n.text) for n in top.walk()] for top in nodes] == [
        [(0, K.NOTE, "a"), (1, K.NOTE, "b")]]
    with pytest.raises(ClipboardError):
        nodes_from_text("  \n ")


def test_word_bullets_become_an_outline() -> None:
    assert word_bullets_as_outline("·\tone\no\ttwo\n§\tthree\nplain") == (
        "- one\n  - two\n    - three\nplain")
    assert word_bullets_as_outline("o\tsecond level") == "  - second level"
    assert word_bullets_as_outline("ordinary text") == "ordinary text"


def test_heading_lines_and_works_cited_are_kept() -> None:
    nodes, sources = nodes_from_text(
        "Title: Hope\n\n- a point\n\nWorks Cited\n\nIshiguro, Kazuo. Never Let Me Go. 2005.\n")
    assert nodes[0].text == "Title: Hope"
    assert any(n.text == "a point" for top in nodes for n in top.walk())
    assert [s.text for s in sources] == ["Ishiguro, Kazuo. Never Let Me Go. 2005."]


def test_opml_round_trip_and_another_outliners_notes() -> None:
    """The OPML flavour is the OPML format's own: our subtrees come back with
    their kinds, another outliner's items get kinds by the rule book."""
    essay = small_essay()
    intro = essay.node("intro")
    read = nodes_from_opml(nodes_to_opml([intro]))
    assert [(n.kind, n.text, n.prose) for n in read[0].walk()] == [
        (K.INTRO, "Opening", "An opening paragraph."), (K.THESIS, "The thesis.", "")]
    assert intro.parent is None and all(c.parent is intro for c in intro.children)
    theirs = ('<?xml version="1.0"?><opml version="2.0"><head/><body>'
              '<outline text="Point" _note="More about it"><outline text="“Words” (4)"/>'
              "</outline></body></opml>")
    [point] = nodes_from_opml(theirs)
    assert [(n.kind, n.text, n.cite, n.prose) for n in point.walk()] == [
        (K.BODY, "Point", "", "More about it"), (K.QUOTE, "Words", "4", "")]


@pytest.mark.parametrize("text", [
    "<opml", "<html/>",
    '<!DOCTYPE x [<!ENTITY a "aaaa">]><opml><body><outline text="&a;"/></body></opml>',
])
def test_bad_opml_is_a_clear_error(text: str) -> None:
    with pytest.raises(ClipboardError):
        nodes_from_opml(text)


line = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=12)


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(st.sampled_from([K.NOTE, K.QUOTE]), line, line, line), max_size=4))
def test_any_notes_survive_the_app_format(items: list[tuple[K, str, str, str]]) -> None:
    parent = Node(K.NOTE, "top", children=[Node(k, t, cite=c, prose=p) for k, t, c, p in items])
    [back], _ = nodes_from_json(nodes_to_json([parent]))
    assert content(back) == content(parent)


def test_a_whole_essay_pasted_keeps_paragraphs_where_allowed_else_notes() -> None:
    from outliner.core.paste import fit_where_possible
    from outliner.core.text import count_words
    from outliner.io.importers.text import sample_essay_path

    nodes, sources = nodes_from_text(sample_essay_path().read_text(encoding="utf-8"))
    kinds = [n.kind for n in nodes]
    assert K.INTRO in kinds and K.BODY in kinds and K.CONCLUSION in kinds
    assert nodes[0].children[0].text == "Title: What Knowledge Costs in Frankenstein"
    assert sources  # its Works Cited
    essay = small_essay()
    assert fit_where_possible(essay, nodes, essay.node("b2"), False) is nodes

    def words(tops: list[Node]) -> int:
        return sum(count_words(n.text) + count_words(n.cite) + count_words(n.prose)
                   for top in tops for n in top.walk())

    notes = fit_where_possible(essay, nodes, essay.node("n2"), False)
    assert {n.kind for top in notes for n in top.walk()} <= {K.NOTE, K.QUOTE}
    assert words(notes) == words(nodes)
