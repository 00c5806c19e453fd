"""Every style formats any source without failing, keeps what was typed,
and agrees with itself: properties over generated sources."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from outliner.compose.citing import formatter_for
from outliner.compose.citing.parts import sentence_case, title_case
from outliner.core.essay import CitationStyle
from outliner.core.sources import SOURCE_TEXT_FIELDS, Name, Source, SourceType

TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30)
# Letters whose upper and lower case map back to each other (not the
# dotless ı, whose capital I lowers to a dotted i).
WORD = st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéüñøàçÉÜ"),
               min_size=1, max_size=10)
NAMES = st.lists(st.builds(Name, TEXT, TEXT), max_size=4).map(tuple)


@st.composite
def sources(draw: st.DrawFn) -> Source:
    values = {name: draw(TEXT) for name in SOURCE_TEXT_FIELDS}
    return Source(text=draw(TEXT), type=draw(st.sampled_from(list(SourceType))),
                  authors=draw(NAMES), editors=draw(NAMES), **values)


@settings(max_examples=300, deadline=None)
@given(source=sources(), style=st.sampled_from(list(CitationStyle)), locator=TEXT,
       first=st.booleans(), named=st.booleans())
def test_any_source_formats_in_every_style(source: Source, style: CitationStyle,
                                            locator: str, first: bool, named: bool) -> None:
    formatter = formatter_for(style)
    entry = formatter.entry(source)
    citation = formatter.citation(source, locator, first=first, author_named=named)
    assert "\n" not in entry and "\n" not in citation
    if source.structured:
        for word in " ".join(source.title.split()).split()[:1]:
            assert word.casefold() in entry.casefold()  # the title is there, first word kept
    else:
        assert entry == " ".join(source.text.split())  # free text as typed, on one line


@settings(max_examples=200, deadline=None)
@given(words=st.lists(WORD, min_size=1, max_size=8))
def test_title_case_only_adds_capitals_and_sentence_case_keeps_the_letters(
        words: list[str]) -> None:
    title = " ".join(words)
    raised = title_case(title)
    assert raised.casefold() == title.casefold()
    assert sum(c.isupper() for c in raised) >= sum(c.isupper() for c in title)
    assert sentence_case(title).casefold() == title.casefold()
