"""Find and replace in the core: every field, options, quotations, exact undo."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from outliner.core.essay import Essay, Meta, Node
from outliner.core.find import (
    Area,
    FindOptions,
    find_all,
    next_match,
    plan_replace,
    plan_replace_all,
)
from outliner.core.quotations import find_quotations
from outliner.core.sources import Name, Source, SourceType
from tests.support.helpers import K


def essay_with_everything() -> Essay:
    return Essay(
        meta=Meta(title="Memory and hope", author="Ann Hope"),
        sources=[Source(type=SourceType.BOOK, authors=(Name("Hope", "Kazuo"),),
                        title="Never Let Me Hope", id="s1"),
                 Source("Hope, A. Free text entry.", id="s2")],
        outline=[
            Node(K.INTRO, "Hope opens", prose='She says "hope is all" and hopes on.',
                 id="i", children=[Node(K.THESIS, "Hope wins.", id="t")]),
            Node(K.BODY, "A *hopeful* claim about hope", id="b", children=[
                Node(K.QUOTE, "hope is the thing", cite="hope 12", id="q"),
                Node(K.NOTE, "hopeless", id="n")]),
        ])


def snapshot(essay: Essay) -> Any:
    """Everything replacing could alter."""
    return (essay.meta, list(essay.sources), [s.id for s in essay.sources],
            [(n.id, n.kind, n.text, n.cite, n.prose, n.source) for n in essay.walk()])


def test_every_kind_of_field_is_searched_in_order() -> None:
    essay = essay_with_everything()
    found = find_all(essay, "hope", FindOptions(whole_word=True))
    where = [(m.field.area, m.field.owner, m.field.name) for m in found]
    assert where[:2] == [(Area.META, "", "title"), (Area.META, "", "author")]
    assert (Area.NODE, "i", "prose") in where and (Area.NODE, "q", "cite") in where
    assert (Area.SOURCE, "s1", "authors.0.family") in where
    assert (Area.SOURCE, "s1", "title") in where and (Area.SOURCE, "s2", "text") in where
    assert (Area.NODE, "n", "text") not in where  # "hopeless" is not the whole word
    assert [m.key for m in found] == sorted(m.key for m in found)


def test_match_case_and_quotations_are_marked() -> None:
    essay = essay_with_everything()
    cased = find_all(essay, "Hope", FindOptions(match_case=True))
    assert all(essay_text(essay, m) == "Hope" for m in cased)
    prose = [m for m in find_all(essay, "hope") if m.field.name == "prose"]
    assert [m.in_quotation for m in prose] == [True, False]  # "hope is all", hopes
    quote = [m for m in find_all(essay, "hope") if m.field.owner == "q"]
    assert [(m.field.name, m.in_quotation) for m in quote] == [("text", True), ("cite", False)]


def essay_text(essay: Essay, match: Any) -> str:
    from outliner.core.find import field_value

    value = field_value(essay, match.field)
    assert value is not None
    return value[match.start:match.end]


def test_replace_all_skips_quotations_keeps_markup_and_undoes_in_one_step() -> None:
    essay = essay_with_everything()
    before = snapshot(essay)
    plan = plan_replace_all(essay, "hope", "faith", FindOptions(whole_word=True))
    assert plan.change is not None and plan.skipped_in_quotations == 2
    inverse = plan.change.apply(essay)
    assert essay.meta.title == "Memory and faith" and essay.meta.author == "Ann faith"
    assert essay.node("b").text == "A *hopeful* claim about faith"
    assert essay.node("q").text == "hope is the thing" and essay.node("q").cite == "faith 12"
    assert essay.node("i").prose == 'She says "hope is all" and hopes on.'
    assert essay.sources[0].authors[0] == Name("faith", "Kazuo")
    assert essay.sources[0].title == "Never Let Me faith" and essay.sources[0].id == "s1"
    inverse.apply(essay)
    assert snapshot(essay) == before


def test_replace_all_includes_quotations_when_asked() -> None:
    essay = essay_with_everything()
    plan = plan_replace_all(essay, "hope", "faith",
                            FindOptions(whole_word=True, include_quotations=True))
    assert plan.change is not None and plan.skipped_in_quotations == 0
    plan.change.apply(essay)
    assert essay.node("q").text == "faith is the thing"
    assert essay.node("i").prose == 'She says "faith is all" and hopes on.'


def test_markup_around_the_match_is_kept() -> None:
    essay = Essay(outline=[Node(K.BODY, "*Klara* and **the Sun** by Klara", id="b")])
    plan = plan_replace_all(essay, "Klara", "Clara", FindOptions(match_case=True))
    assert plan.change is not None
    plan.change.apply(essay)
    assert essay.node("b").text == "*Clara* and **the Sun** by Clara"


def test_replace_one_then_next_and_a_stale_match_does_nothing() -> None:
    essay = essay_with_everything()
    options = FindOptions(whole_word=True)
    first = next_match(find_all(essay, "hope", options), None)
    assert first is not None and first.field.name == "title"
    change = plan_replace(essay, first, "hope", "trust", options)
    assert change is not None
    change.apply(essay)
    assert essay.meta.title == "Memory and trust"
    assert plan_replace(essay, first, "hope", "trust", options) is None  # gone
    later = next_match(find_all(essay, "hope", options), first.key)
    assert later is not None and later.key > first.key
    last = next_match(find_all(essay, "hope", options), None, backwards=True)
    assert last is not None and last.field.area is Area.SOURCE


def test_whole_word_respects_text_before_a_match_position() -> None:
    essay = Essay(outline=[Node(K.BODY, "xhope hope", id="b")])
    options = FindOptions(whole_word=True)
    [match] = find_all(essay, "hope", options)
    assert match.start == 6
    stale = type(match)(match.field, match.order, 1, 5, False)
    assert plan_replace(essay, stale, "hope", "x", options) is None


def test_empty_query_finds_nothing() -> None:
    assert find_all(essay_with_everything(), "") == []
    assert plan_replace_all(essay_with_everything(), "", "x").change is None


# -- random essays ---------------------------------------------------------------

WORDS = ["hope", "Hope", "memory", "klara", "*hope*", '"hope"', "“hope is”", "é", "x"]
texts = st.lists(st.sampled_from(WORDS), max_size=6).map(" ".join)


@st.composite
def essays(draw: st.DrawFn) -> Essay:
    bodies = []
    for b in range(draw(st.integers(0, 3))):
        children = [Node(K.QUOTE, draw(texts), cite=draw(texts), id=f"q{b}{i}")
                    for i in range(draw(st.integers(0, 2)))]
        children += [Node(K.NOTE, draw(texts), id=f"n{b}{i}")
                     for i in range(draw(st.integers(0, 2)))]
        bodies.append(Node(K.BODY, draw(texts), prose=draw(texts), id=f"b{b}",
                           children=children))
    sources = [Source(draw(texts), title=draw(texts), authors=(Name(draw(texts), "Ann"),),
                      id=f"s{i}") for i in range(draw(st.integers(0, 2)))]
    return Essay(meta=Meta(title=draw(texts), course=draw(texts)), sources=sources,
                 outline=bodies)


@settings(max_examples=150, deadline=None)
@given(essays(), st.sampled_from(["hope", "Hope", "o", "memory", "is"]),
       st.sampled_from(["", "faith", "hope hope", "*"]),
       st.booleans(), st.booleans(), st.booleans())
def test_replace_all_then_undo_is_identity_and_quotes_are_left_alone(
        essay: Essay, word: str, replacement: str, case: bool, whole: bool,
        quotes: bool) -> None:
    before = snapshot(essay)
    quoted = {n.id: n.text for n in essay.walk() if n.kind is K.QUOTE}
    in_prose = {(n.id, n.prose[q.inner_start:q.inner_end])
                for n in essay.walk() for q in find_quotations(n.prose)}
    options = FindOptions(case, whole, quotes)
    plan = plan_replace_all(essay, word, replacement, options)
    if plan.change is None:
        assert snapshot(essay) == before
        return
    inverse = plan.change.apply(essay)
    after = snapshot(essay)
    if not quotes:
        assert {n.id: n.text for n in essay.walk() if n.kind is K.QUOTE} == quoted
        assert all(words in essay.node(node_id).prose for node_id, words in in_prose)
    redo = inverse.apply(essay)
    assert snapshot(essay) == before
    redo.apply(essay)
    assert snapshot(essay) == after
