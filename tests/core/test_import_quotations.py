"""Finding quotations and their citations (used by importer, exporter, drafter)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from outliner.core.quotations import (
    cited_quotations,
    find_quotations,
    is_citation,
    outside_quotations,
    split_trailing_citation,
    tidy_quotations,
)


@pytest.mark.parametrize(
    ("text", "quote", "cite"),
    [
        ('He says "it is over" (258).', "it is over", "258"),
        ("She calls it “a wretch” (Shelley 58).", "a wretch", "Shelley 58"),
        ('"Out, damned spot!" (5.1.35-36)', "Out, damned spot!", "5.1.35-36"),
        ("“a line from elsewhere”(qtd. in Smith 4)", "a line from elsewhere", "qtd. in Smith 4"),
        ("“ important to them” (41)", "important to them", "41"),
        ("“stray closer at the end’ (74). Then more.", "stray closer at the end", "74"),
        ('"one, two, three," (xii)', "one, two, three", "xii"),
        ('"on the page" (Austen)', "on the page", "Austen"),
    ],
)
def test_quotation_with_citation(text: str, quote: str, cite: str) -> None:
    found = find_quotations(text)
    assert [(q.text, q.cite) for q in found] == [(quote, cite)]
    assert text[found[0].start] in "\"“"
    assert text[found[0].end - 1] == ")"


def test_several_quotations_on_one_line_keep_their_order_and_spans() -> None:
    line = "“Is it the case? Nothing?” (258) “There’s no truth in it.” (258) and “three” (9)"
    found = find_quotations(line)
    assert [(q.text, q.cite) for q in found] == [
        ("Is it the case? Nothing?", "258"),
        ("There’s no truth in it.", "258"),
        ("three", "9"),
    ]
    assert [line[q.start : q.end] for q in found] == [
        "“Is it the case? Nothing?” (258)",
        "“There’s no truth in it.” (258)",
        "“three” (9)",
    ]
    assert outside_quotations(line, found) == "and"


def test_apostrophes_never_close_a_quotation() -> None:
    found = find_quotations("“I don’t know, it’s Kathy’s” (12) and the clones’ tape")
    assert [(q.text, q.cite) for q in found] == [("I don’t know, it’s Kathy’s", "12")]


def test_a_stray_closer_without_citation_is_not_taken() -> None:
    # Without a citation after it, ’ is an apostrophe; the real closer wins.
    found = find_quotations("“the clones’ only hope” and more")
    assert [(q.text, q.cite, q.close_mark) for q in found] == [
        ("the clones’ only hope", "", "”")
    ]


def test_a_remark_in_parentheses_is_not_a_citation() -> None:
    text = "“normal” (just like Kathy having the tape) and (1) the tape and 2) the deferral)"
    assert [(q.text, q.cite) for q in find_quotations(text)] == [("normal", "")]
    assert cited_quotations(text) == []


@pytest.mark.parametrize(
    "candidate",
    ["258", "Shelley 58", "1.4.57-58", "qtd. in Smith 4", "p. 12", "Austen", "xii",
     "Smith and Jones 3"],
)
def test_is_citation_accepts_locators_and_authors(candidate: str) -> None:
    assert is_citation(candidate)


@pytest.mark.parametrize(
    "candidate",
    ["just like Kathy having the tape", "", "see above for the details", "and this. Then 5 more"],
)
def test_is_citation_refuses_remarks(candidate: str) -> None:
    assert not is_citation(candidate)


def test_unclosed_and_empty_quotations_are_left_alone() -> None:
    assert find_quotations("an “unclosed mark and nothing else") == []
    assert find_quotations('empty "" marks (4)') == []
    assert find_quotations("“first paragraph\n\nsecond paragraph” (3)") == []


def test_tidy_quotations_only_touches_the_marks() -> None:
    text = "being “ important to [them] ” (41) and “ normal” and “meant to [her]’ (74). Don’t."
    assert tidy_quotations(text) == (
        "being “important to [them]” (41) and “normal” and “meant to [her]” (74). Don’t."
    )
    assert tidy_quotations("no quotations here") == "no quotations here"


def test_split_trailing_citation() -> None:
    assert split_trailing_citation("It was a dark night. (Shelley 58)") == (
        "It was a dark night.", "Shelley 58")
    assert split_trailing_citation("a remark (just a remark)") == ("a remark (just a remark)", "")


@given(st.text())
def test_finder_never_raises_and_spans_are_ordered(text: str) -> None:
    found = find_quotations(text)
    previous_end = 0
    for quote in found:
        assert previous_end <= quote.start < quote.inner_start <= quote.inner_end < quote.end
        assert quote.end <= len(text)
        previous_end = quote.end
    tidied = tidy_quotations(text)
    assert [w for w in tidied.split() if w.isalnum()] == [
        w for w in tidy_quotations(tidied).split() if w.isalnum()]


def test_block_quotation_whole_or_with_trailing_citation() -> None:
    from outliner.core.quotations import block_quotation

    assert block_quotation("“You seek for knowledge” (Shelley 28)") == (
        "You seek for knowledge", "Shelley 28")
    assert block_quotation("You seek for knowledge, as I once did. (28)") == (
        "You seek for knowledge, as I once did.", "28")
    assert block_quotation("He said “this” and left.") == ("He said “this” and left.", "")
