"""Outline items (io/importers/outline_items.py), read from drafts as typed:
where a thesis goes when its introduction's heading comes after it, a bare
"Thesis:" whose words are the next item, items after a thesis as body
paragraphs with their quotations, Roman numbered paragraphs, Markdown
subheadings, and item words kept exactly as written."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from outliner.core.essay import Essay
from outliner.io.importers.outline_items import OutlineItems
from outliner.io.importers.text import parse_text_with_report
from tests.io.importers.test_import_shapes import rows

THESIS = "Cities grow along rivers because water carries trade."

Shape = list[tuple[int, str, str]]


def read(text: str, *, markdown: bool | None = False) -> tuple[Shape, list[str]]:
    """(depth, kind, text) of every node, and the import's findings."""
    essay, report = parse_text_with_report(text, markdown=markdown)
    return shape(essay), [finding.message for finding in report.findings]


def shape(essay: Essay) -> Shape:
    return [(depth, kind, text) for depth, kind, text, _ in rows(essay)]


# -- the introduction's heading after the thesis -----------------------------------------

def test_notes_before_the_thesis_are_the_introduction_its_heading_its_line() -> None:
    nodes, findings = read(f"- a note before anything\nThesis: {THESIS}\n"
                           "Introduction: The river towns\n- Cairo\n")
    assert nodes == [(0, "intro", "The river towns"), (1, "note", "a note before anything"),
                     (1, "thesis", THESIS), (1, "note", "Cairo")]
    assert findings[:2] == [
        "the lines before the thesis read as the introduction",
        "the introduction's heading came after the thesis: its words are the introduction's line"]


def test_a_heading_after_the_thesis_fills_the_introduction_made_for_it() -> None:
    nodes, findings = read(f"Body 1: Rivers\n- a note\nThesis: {THESIS}\n"
                           "Introduction: The river towns\n")
    assert nodes == [(0, "body", "Rivers"), (1, "note", "a note"),
                     (0, "intro", "The river towns"), (1, "thesis", THESIS)]
    assert findings[:2] == [
        "thesis placed in an introduction",
        "the introduction's heading came after the thesis: its words are the introduction's line"]


def test_a_heading_after_an_introduction_that_has_its_line_is_a_note_after_the_thesis() -> None:
    nodes, findings = read(f"Body 1: Rivers\n- a note\n\nThesis: {THESIS}\n\n"
                           "Rivers were the first roads of the world. They carried grain.\n\n"
                           "Introduction: The river towns\n")
    assert nodes == [(0, "body", "Rivers"), (1, "note", "a note"),
                     (0, "intro", "Rivers were the first roads of the world."),
                     (1, "thesis", THESIS), (1, "note", "The river towns")]
    assert ("the introduction's heading came after the thesis: its words are a note after it"
            in findings)


def test_an_introduction_heading_after_a_body_starts_an_introduction_of_its_own() -> None:
    # A body paragraph came between: moving the heading back would change the order.
    nodes, findings = read(f"Body 1: Rivers\n- a note\nThesis: {THESIS}\n"
                           "- Cairo grew first\nIntroduction: The river towns\n")
    assert nodes == [(0, "body", "Rivers"), (1, "note", "a note"), (0, "intro", ""),
                     (1, "thesis", THESIS), (0, "body", "Cairo grew first"),
                     (0, "intro", "The river towns")]
    assert not [f for f in findings if "heading came after the thesis" in f]


def test_a_bare_introduction_heading_takes_a_thesis_kept_at_the_top() -> None:
    nodes, _ = read(f"Thesis: {THESIS}\nIntroduction\n- a hook\n")
    assert nodes[:2] == [(0, "intro", ""), (1, "thesis", THESIS)]
    assert (1, "note", "a hook") in nodes


# -- items after a thesis ----------------------------------------------------------------

def test_a_bare_thesis_label_takes_the_next_item_as_its_words() -> None:
    nodes, findings = read(f"Thesis:\n- {THESIS}\n- Cairo grew first\n")
    assert nodes == [(0, "thesis", THESIS), (0, "body", "Cairo grew first")]
    assert findings[:2] == ["the thesis comes before any introduction: kept at the top",
                            "the items after the thesis read as body paragraphs"]


def test_items_after_a_thesis_are_bodies_their_deeper_items_notes() -> None:
    nodes, findings = read(f"Thesis: {THESIS}\n- cairo grew on the river\n"
                           "  - markets faced the water\n    - boats brought grain\n"
                           "- aswan came later\n- In conclusion the river made them all\n")
    assert nodes == [(0, "thesis", THESIS), (0, "body", "cairo grew on the river"),
                     (1, "note", "markets faced the water"), (2, "note", "boats brought grain"),
                     (0, "body", "aswan came later"),
                     (0, "conclusion", "In conclusion the river made them all")]
    assert findings.count("the items after the thesis read as body paragraphs") == 1


def test_cited_quotations_under_an_item_body_are_its_quotes() -> None:
    essay, _ = parse_text_with_report(
        f"Thesis: {THESIS}\n- cairo grew on the river\n"
        "“The river is everything” (Smith 4).\n“It floods” (Smith 5).\n", markdown=False)
    assert [(d, k, t, c) for d, k, t, c in rows(essay)] == [
        (0, "thesis", THESIS, ""), (0, "body", "cairo grew on the river", ""),
        (1, "quote", "The river is everything", "Smith 4"), (1, "quote", "It floods", "Smith 5")]


def test_a_cited_quotation_as_the_first_item_is_no_body_paragraph() -> None:
    essay, _ = parse_text_with_report(
        f"Thesis: {THESIS}\n- “The river is everything” (Smith 4).\n- cairo grew\n",
        markdown=False)
    kinds = [(k, t) for _, k, t, _ in rows(essay)]
    assert ("quote", "The river is everything") in kinds
    assert ("body", "The river is everything") not in kinds


# -- numbered paragraphs -----------------------------------------------------------------

def test_a_sentence_at_one_is_the_thesis_and_the_rest_are_bodies() -> None:
    long_thesis = "Cities grow along rivers because water carries trade and people."
    nodes, findings = read(f"I. {long_thesis}\nII. Cairo grew first\nA. markets\n"
                           "III. Aswan came later\nIV. In conclusion, rivers made the towns\n")
    assert nodes == [(0, "intro", ""), (1, "thesis", long_thesis),
                     (0, "body", "Cairo grew first"), (1, "note", "markets"),
                     (0, "body", "Aswan came later"),
                     (0, "conclusion", "In conclusion, rivers made the towns")]
    assert findings == ["the sentence at I. read as the thesis", "II.–III. read as body paragraphs"]


def test_a_heading_at_one_is_the_introductions_line() -> None:
    nodes, findings = read("I. Rivers\nII. Cairo grew first\n")
    assert nodes == [(0, "intro", "Rivers"), (0, "body", "Cairo grew first")]
    assert findings[0] == "II. read as body paragraphs"


def test_with_a_thesis_label_the_sentence_at_one_stays_the_introduction() -> None:
    sentence = "Cities grow along rivers because water carries trade and people."
    nodes, _ = read(f"I. {sentence}\nThesis: Rivers made the towns.\nII. Cairo grew first\n")
    assert nodes[:3] == [(0, "intro", sentence), (1, "thesis", "Rivers made the towns."),
                         (0, "body", "Cairo grew first")]


def test_after_a_thesis_at_the_top_one_is_the_first_body() -> None:
    nodes, findings = read("Thesis: Rivers matter.\nI. Introduction words\nII. Cairo grew first\n")
    assert nodes == [(0, "thesis", "Rivers matter."), (0, "body", "Introduction words"),
                     (0, "body", "Cairo grew first")]
    assert "I.–II. read as body paragraphs" in findings


# -- Markdown subheadings ----------------------------------------------------------------

def test_subheadings_of_a_paragraph_are_notes_holding_the_lines_below() -> None:
    nodes, _ = read("## Introduction\n\n### Hook\n\n- a question to open\n- a fact\n\n"
                    "### Context\n\n- the war\n\n## Body 1\n\n- cairo\n", markdown=True)
    assert nodes == [(0, "intro", ""), (1, "note", "Hook"), (2, "note", "a question to open"),
                     (2, "note", "a fact"), (1, "note", "Context"), (2, "note", "the war"),
                     (0, "body", ""), (1, "note", "cairo")]


# -- the mixin alone ---------------------------------------------------------------------

@pytest.mark.parametrize("call", [
    lambda items: items._section(),
    lambda items: items._add(None, None),
    lambda items: items._add_paragraph(None),
    lambda items: items._content("", None, quotes_wanted=False),
])
def test_the_items_part_places_no_nodes_without_the_builder(
        call: Callable[[OutlineItems], object]) -> None:
    with pytest.raises(NotImplementedError):
        call(OutlineItems())


# -- words kept --------------------------------------------------------------------------

WORDS = ["river", "town", "grain", "boat", "market", "flood", "stone", "wall", "field",
         "harbour", "bridge", "salt", "trade", "water", "road", "mill"]
item_text = st.lists(st.sampled_from(WORDS), min_size=1, max_size=7).map(" ".join)


@settings(max_examples=60, deadline=None)
@given(items=st.lists(st.tuples(item_text, st.lists(item_text, max_size=3)),
                      min_size=1, max_size=5),
       mark=st.sampled_from(["-", "*", "•"]), indent=st.sampled_from(["  ", "    ", "\t"]))
def test_items_after_a_thesis_keep_their_words_and_order(
        items: list[tuple[str, list[str]]], mark: str, indent: str) -> None:
    lines = [f"Thesis: {THESIS}"]
    for text, notes in items:
        lines.append(f"{mark} {text}")
        lines.extend(f"{indent}{mark} {note}" for note in notes)
    nodes, _ = read("\n".join(lines) + "\n")
    expected: Shape = [(0, "thesis", THESIS)]
    for text, notes in items:
        expected.append((0, "body", text))
        expected.extend((1, "note", note) for note in notes)
    assert nodes == expected
