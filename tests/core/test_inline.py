"""The model's inline markup: parse, render, plain text, escapes, toggling."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from outliner.core.inline import (
    BOLD,
    ITALIC,
    Span,
    escape,
    has_formatting,
    layout,
    normalised,
    parse,
    plain,
    render,
    toggled,
)
from outliner.core.text import count_words

_WORD = re.compile(r"[^\W_*\\]+")

#: Characters that matter to the markup, mixed with words and spaces.
TEXT = st.text(st.sampled_from(list("ab *\\_ \t.(é")), max_size=24)
SPANS = st.lists(st.builds(Span, TEXT, st.booleans(), st.booleans()), max_size=6)


@pytest.mark.parametrize(("text", "spans"), [
    ("*Never Let Me Go*", [Span("Never Let Me Go", italic=True)]),
    ("a **bold** word", [Span("a "), Span("bold", bold=True), Span(" word")]),
    ("***both***", [Span("both", True, True)]),
    ("un*believ*able", [Span("un"), Span("believ", True), Span("able")]),
    ("*a***b**", [Span("a", italic=True), Span("b", bold=True)]),
    ("5 * 3 * 2", [Span("5 * 3 * 2")]),
    ("footnote*", [Span("footnote*")]),
    ("*never closed", [Span("*never closed")]),
    ("\\*literal\\*", [Span("*literal*")]),
    ("C:\\\\*x*", [Span("C:\\"), Span("x", italic=True)]),
    ("C:\\path", [Span("C:\\path")]),
    ("****", [Span("****")]),
])
def test_parse_reads_marks_escapes_and_leaves_the_rest_as_typed(
        text: str, spans: list[Span]) -> None:
    assert parse(text) == spans
    assert plain(text) == "".join(s.text for s in spans)


@settings(max_examples=400)
@given(SPANS)
def test_render_then_parse_gives_back_the_spans(spans: list[Span]) -> None:
    assert parse(render(spans)) == normalised(spans)


@settings(max_examples=400)
@given(SPANS)
def test_rendered_markup_renders_to_itself(spans: list[Span]) -> None:
    once = render(spans)
    assert render(parse(once)) == once


@settings(max_examples=400)
@given(TEXT)
def test_escaped_text_shows_exactly_as_given(text: str) -> None:
    assert plain(escape(text)) == text
    assert not has_formatting(escape(text))


@settings(max_examples=400)
@given(TEXT)
def test_plain_text_keeps_every_word_and_every_character_but_marks(text: str) -> None:
    shown = plain(text)
    def words(s: str) -> list[str]:
        return _WORD.findall(s.replace("*", "").replace("\\", ""))

    assert words(shown) == words(text)
    # only stars and escaping backslashes come off
    assert len(shown) <= len(text)
    assert [c for c in text if c not in "*\\"] == [c for c in shown if c not in "*\\"]


@settings(max_examples=300)
@given(TEXT)
def test_layout_covers_the_markup_exactly(text: str) -> None:
    pieces = layout(text)
    ends = [p.end for p in pieces]
    assert [p.start for p in pieces] == [0, *ends[:-1]][: len(pieces)]
    assert all(p.start < p.end for p in pieces)
    assert (ends[-1] if ends else 0) == len(text)


def test_word_counts_ignore_marks() -> None:
    assert count_words("un*believ*able **and** *Never Let Me Go*") == 6


@pytest.mark.parametrize("mark", [ITALIC, BOLD])
def test_toggling_wraps_a_selection_and_unwraps_it_again(mark: str) -> None:
    text = "read Never Let Me Go twice"
    wrapped, start, end = toggled(text, 5, 20, mark)
    assert wrapped == f"read {mark}Never Let Me Go{mark} twice"
    assert parse(wrapped)[1].text == "Never Let Me Go"
    assert toggled(wrapped, start, end, mark)[0] == text  # the marks selected too
    inner = (start + len(mark), end - len(mark))
    assert toggled(wrapped, *inner, mark) == (text, 5, 20)  # only the words selected


def test_toggling_keeps_spaces_outside_the_marks() -> None:
    assert toggled("a word here", 1, 7, ITALIC)[0] == "a *word* here"
    assert toggled("   ", 0, 3, ITALIC)[0] == "   "
