"""Hard-wrapping a draft at any width from 60 to 80 columns does not change
what it imports to (issue 10: drafts pasted from email or a terminal).

The drafts are generated the way students write them: an MLA heading, a
title, written paragraphs of sentences with quotations cited by page, a
"Thesis:" line, outline bodies with headings, "Quote:" lines and long
bullets, and a Works Cited list. Paragraphs are separated by blank lines
(a draft without them is ambiguous where a paragraph's last line happens to
fill the width: see test_unwrap.py). Works Cited entries wrap under a
hanging indent, as MLA and APA ask (flat wrapped entries are ambiguous where
a wrap falls before the publisher: "Vintage, 2006.").
"""

from __future__ import annotations

import textwrap

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from outliner.core.essay import Essay
from outliner.io.importers.text import parse_text_with_report
from tests.support.wrapping import wrap_line

Shape = tuple[list[tuple[int, str, str, str, str]], tuple[str, ...], list[str]]

#: Words no label starts with (a wrap may put any of them first on a line).
_VOCABULARY = (
    "clone tape sale hope deferral rumor cottage creature letter garden river winter "
    "promise secret memory silence window ship harbor storm lantern family friend "
    "stranger market village mirror keeps loses finds hides shows breaks carries "
    "follows remembers fears wants reads writes learns quiet lonely bright broken "
    "careful hidden early late cold gentle the the a and but of to in with that his "
    "her their first-person well-known half-open self-made Kathy Tommy Ruth Victor"
)
_WORDS = _VOCABULARY.split(" ")
_NAMES = ["Kathy", "Tommy", "Ruth", "Victor", "Elizabeth", "Walton", "Ana", "Jordan"]
_SURNAMES = ["Ishiguro", "Shelley", "Smith", "Lee", "Alvarez", "Okafor", "Reyes"]

_word = st.sampled_from(_WORDS)
_phrase = st.lists(_word, min_size=3, max_size=14).map(" ".join)
_cite = st.one_of(st.integers(1, 400).map(str),
                  st.builds(lambda s, n: f"{s} {n}", st.sampled_from(_SURNAMES),
                            st.integers(1, 99)))
_quotation = st.builds(
    lambda marks, words, cite: f"{marks[0]}{words}{marks[1]} ({cite})",
    st.sampled_from([("“", "”"), ('"', '"')]), _phrase, _cite)


def _capital(text: str) -> str:
    return text[0].upper() + text[1:]


#: Words a sentence may end on (not "a" or "the": "keeps a." would read as a list mark).
_NOUNS = st.sampled_from([w for w in _WORDS[:27] if w not in ("a", "the")])
_sentence = st.one_of(
    st.builds(lambda p, noun, end: f"{_capital(p)} {noun}{end}", _phrase, _NOUNS,
              st.sampled_from([".", ".", "?", "!"])),
    st.builds(lambda p, q: f"{_capital(p)} says {q}.", _phrase, _quotation),
)
_paragraph = st.lists(_sentence, min_size=2, max_size=6).map(" ".join)
#: The introduction is long enough to wrap over three lines at 80 columns.
_intro = st.lists(_sentence, min_size=5, max_size=8).map(" ".join).filter(
    lambda text: len(text) >= 180)
_mla = st.builds(
    lambda first, last, teacher, course, day: [
        f"{first} {last}", f"Ms. {teacher}", course, f"{day} October 2024"],
    st.sampled_from(_NAMES), st.sampled_from(_SURNAMES), st.sampled_from(_SURNAMES),
    st.sampled_from(["English 10", "AP Literature", "World Fiction"]), st.integers(1, 28))
_title = st.lists(_word, min_size=2, max_size=6).map(
    lambda words: " ".join(_capital(w) for w in words))
_bullet_mark = st.sampled_from(["- ", "* ", "• ", "1. "])
_bullets = st.lists(
    st.builds(lambda mark, text, deep: ("    " if deep else "") + mark + text,
              _bullet_mark, st.one_of(_phrase, _paragraph, _quotation), st.booleans()),
    min_size=1, max_size=4).map(lambda items: [items[0].lstrip(), *items[1:]])
_outline_body = st.builds(
    lambda n, topic, quotes, bullets: [
        f"Body paragraph {n}: {topic}",
        *(["Quote:", *quotes] if quotes else []),
        *bullets],
    st.integers(1, 5), st.one_of(_phrase, _paragraph),
    st.lists(st.lists(_quotation, min_size=1, max_size=2).map(" ".join), max_size=2),
    _bullets)
_entry = st.builds(
    lambda last, first, title, press, year: f"{last}, {first}. {title}. {press}, {year}.",
    st.sampled_from(_SURNAMES), st.sampled_from(_NAMES),
    _title, st.sampled_from(["Vintage", "Penguin Classics", "Oxford UP", "Faber and Faber"]),
    st.integers(1800, 2024))


@st.composite
def drafts(draw: st.DrawFn) -> list[list[str]]:
    """A draft as blocks of lines (blocks are separated by a blank line)."""
    blocks: list[list[str]] = []
    if draw(st.booleans()):
        blocks.append(draw(_mla))
    if draw(st.booleans()):
        blocks.append([draw(_title)])
    blocks.append([draw(_intro)])
    if draw(st.booleans()):
        blocks.append(["Thesis: " + draw(_paragraph)])
    for _ in range(draw(st.integers(1, 4))):
        blocks.append(draw(st.one_of(_paragraph.map(lambda p: [p]), _outline_body)))
    if draw(st.booleans()):
        blocks.append(["In the end, " + draw(_paragraph)])
    if draw(st.booleans()):
        blocks.append(["Works Cited", *draw(st.lists(_entry, min_size=1, max_size=3))])
    return blocks


def wrapped(blocks: list[list[str]], width: int, *, hanging: bool) -> str:
    """The draft with every long line wrapped at ``width``."""
    out: list[str] = []
    for block in blocks:
        lines: list[str] = []
        sources = block[0] == "Works Cited"
        for line in block:
            if sources and line != "Works Cited" and len(line) > width:
                lines += textwrap.wrap(line, width, subsequent_indent="    ")
            else:
                lines += wrap_line(line, width, hanging=hanging)
        out.append("\n".join(lines))
    return "\n\n".join(out) + "\n"


def shape(essay: Essay) -> Shape:
    """The whole import: every node's place, kind, words, cite and prose;
    the heading block; the sources."""
    meta = essay.meta
    return ([(n.depth(), n.kind.value, n.text, n.cite, n.prose) for n in essay.walk()],
            (meta.title, meta.author, meta.instructor, meta.course, meta.date),
            [source.text for source in essay.sources])


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(drafts(), st.integers(60, 80), st.booleans())
def test_a_draft_wrapped_at_60_to_80_columns_imports_as_typed(
    blocks: list[list[str]], width: int, hanging: bool
) -> None:
    typed = "\n\n".join("\n".join(block) for block in blocks) + "\n"
    folded = wrapped(blocks, width, hanging=hanging)
    expected = shape(parse_text_with_report(typed, markdown=False)[0])
    essay, report = parse_text_with_report(folded, markdown=False)
    assert shape(essay) == expected, folded
    if folded != typed:
        assert any(f.message.endswith("joined") for f in report.findings)
