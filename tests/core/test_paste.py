"""Pasting in the core: the rule book decides the place, fresh ids, exact undo."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from outliner.core.essay import Essay, Node, NodeKind
from outliner.core.paste import as_notes, copy_subtree, fit_where_possible, plan_paste
from outliner.core.rules import TreeError, tree_errors
from outliner.core.sources import Source
from tests.support.helpers import K, shape, small_essay


def test_copy_has_fresh_ids_and_the_same_content() -> None:
    essay = small_essay()
    original = essay.node("b1")
    copied = copy_subtree(original)
    assert copied.parent is None
    pairs = list(zip(original.walk(), copied.walk(), strict=True))
    assert all(a.id != b.id for a, b in pairs)
    assert all((a.kind, a.text, a.cite, a.prose, a.source) ==
               (b.kind, b.text, b.cite, b.prose, b.source) for a, b in pairs)


def test_paste_goes_after_the_anchor_or_inside_it_when_the_rules_say_so() -> None:
    essay = small_essay()
    body = copy_subtree(essay.node("b1"))
    plan_paste(essay, [body], essay.node("b2")).apply(essay)
    assert [n.id for n in essay.outline] == ["intro", "b1", "b2", body.id, "concl"]
    note = Node(K.NOTE, "new")
    plan_paste(essay, [note], essay.node("b2")).apply(essay)  # a note after a body: inside
    assert essay.node("b2").children[-1] is note


def test_refusals_name_the_rule_and_change_nothing() -> None:
    essay = small_essay()
    before = shape(essay)
    with pytest.raises(TreeError, match="Cannot paste here: A body paragraph cannot go"):
        plan_paste(essay, [Node(K.BODY, "x")], essay.node("q1"))
    with pytest.raises(TreeError, match="inside a quotation"):
        plan_paste(essay, [Node(K.NOTE, "x")], essay.node("q1"), as_child=True)
    with pytest.raises(TreeError, match="nothing on the clipboard"):
        plan_paste(essay, [], None)
    assert shape(essay) == before


def test_sources_the_essay_lacks_come_along_in_the_same_step() -> None:
    essay = small_essay()
    essay.sources = [Source("Known.", id="s1")]
    quote = Node(K.QUOTE, "words", cite="3", source="s2")
    change = plan_paste(essay, [quote], essay.node("n2"),
                        sources=[Source("Known.", id="s1"), Source("New one.", id="s2")])
    inverse = change.apply(essay)
    assert [s.id for s in essay.sources] == ["s1", "s2"] and essay.source_for(quote)
    inverse.apply(essay)
    assert [s.id for s in essay.sources] == ["s1"] and essay.find(quote.id) is None


def test_paragraphs_that_cannot_stand_there_become_notes_keeping_every_word() -> None:
    essay = small_essay()
    pasted = [Node(K.BODY, "A claim", prose="Its prose.", children=[
        Node(K.QUOTE, "quoted", cite="4")])]
    kept = fit_where_possible(essay, pasted, essay.node("concl"), as_child=False)
    assert kept is pasted  # a body may follow the conclusion
    notes = fit_where_possible(essay, pasted, essay.node("n1"), as_child=False)
    [note] = notes
    assert note.kind is K.NOTE and note.text == "A claim"
    assert [(c.kind, c.text) for c in note.children] == [(K.NOTE, "Its prose."),
                                                          (K.QUOTE, "quoted")]


@settings(max_examples=100, deadline=None)
@given(st.sampled_from([n.id for n in small_essay().walk()] + [""]),
       st.sampled_from(list(NodeKind)), st.booleans())
def test_any_paste_obeys_the_rules_and_undoes_exactly(
        anchor_id: str, kind: NodeKind, as_child: bool) -> None:
    essay = small_essay()
    before = shape(essay)
    anchor = essay.node(anchor_id) if anchor_id else None
    nodes = fit_where_possible(essay, [Node(kind, "pasted", prose="p")], anchor, as_child)
    try:
        change = plan_paste(essay, nodes, anchor, as_child=as_child)
    except TreeError:
        assert shape(essay) == before
        return
    inverse = change.apply(essay)
    assert tree_errors(essay.outline) == []
    assert any(n.text == "pasted" for n in essay.walk())
    inverse.apply(essay)
    assert shape(essay) == before


def test_notes_pasted_at_the_top_level_come_in_one_new_body_paragraph() -> None:
    essay = Essay()
    nodes = fit_where_possible(essay, [Node(K.NOTE, "a"), Node(K.NOTE, "b")], None, False)
    [body] = nodes
    assert body.kind is K.BODY and body.text == "" and [c.text for c in body.children] == [
        "a", "b"]
    plan_paste(essay, nodes, None).apply(essay)
    assert [n.text for n in essay.walk()] == ["", "a", "b"]


def test_as_notes_leaves_quotations_alone() -> None:
    quote = Node(K.QUOTE, "q")
    assert as_notes(quote) is quote


def test_a_pasted_source_whose_id_means_another_book_here_gets_a_new_id() -> None:
    """Two essays migrated alike both call their first source "source-1": the
    pasted quotation keeps citing its own book."""
    from outliner.core.essay import Essay, Node, NodeKind
    from outliner.core.paste import plan_paste
    from outliner.core.sources import Source

    here = Essay(sources=[Source("Orwell, George. 1984.", id="source-1")],
                 outline=[Node(NodeKind.BODY, "Here")])
    pasted_source = Source("Morrison, Toni. Beloved.", id="source-1")
    quote = Node(NodeKind.QUOTE, "it was hers", cite="42", source="source-1")
    body = Node(NodeKind.BODY, "There", children=[quote])
    plan_paste(here, [body], here.outline[0], sources=[pasted_source]).apply(here)
    assert [s.text for s in here.sources] == ["Orwell, George. 1984.", "Morrison, Toni. Beloved."]
    pasted = here.node(quote.id)
    assert here.source_for(pasted) is here.sources[1]
    # The same source again is not added twice.
    again = Node(NodeKind.QUOTE, "more", cite="43", source="source-1")
    plan_paste(here, [Node(NodeKind.BODY, "Again", children=[again])], here.outline[-1],
               sources=[Source("Orwell, George. 1984.", id="source-1")]).apply(here)
    assert len(here.sources) == 2 and here.source_for(here.node(again.id)) is here.sources[0]
