"""The manuscript's sources part: entries with fields formatted by the
style, free text as typed, sorted, under the style's heading; APA's
affiliation line."""

from __future__ import annotations

import pytest

from outliner.compose.manuscript import build_manuscript
from outliner.core.essay import CitationStyle, Essay, Meta
from outliner.core.sources import Name, Source, SourceType
from tests.support.sources import ISHIGURO, SAMPLES

S = CitationStyle


@pytest.mark.parametrize(("style", "heading", "entry"), [
    (S.MLA, "Work Cited", "Ishiguro, Kazuo. *Never Let Me Go*. Vintage International, 2006."),
    (S.APA, "References", "Ishiguro, K. (2006). *Never let me go*. Vintage International."),
    (S.CHICAGO, "Bibliography",
     "Ishiguro, Kazuo. *Never Let Me Go*. New York: Vintage International, 2006."),
])
def test_one_structured_source_in_each_style(style: CitationStyle, heading: str,
                                             entry: str) -> None:
    sources = build_manuscript(Essay(sources=[ISHIGURO]), style).sources
    assert sources.heading == heading
    assert [(e.typed, e.printed) for e in sources.entries] == [(entry, entry)]


def test_free_text_and_fields_sorted_together_by_author() -> None:
    typed = 'Brontë, Charlotte.  "Jane Eyre." 1847.'
    essay = Essay(sources=[SAMPLES["web page"], Source(typed), ISHIGURO, Source("  ")])
    sources = build_manuscript(essay, S.MLA).sources
    assert sources.heading == "Works Cited"
    assert [e.typed for e in sources.entries] == [
        typed,  # as typed, for the text exports
        "Ishiguro, Kazuo. *Never Let Me Go*. Vintage International, 2006.",
        "Singh, Arjun. “How to Read a Novel Slowly.” *The Reading Room*, 14 Nov. 2023, "
        "readingroom.example/slow. Accessed 1 Feb. 2026.",
    ]
    assert sources.entries[0].printed == "Brontë, Charlotte. “Jane Eyre.” 1847."


def test_a_single_author_comes_before_the_same_author_with_others() -> None:
    with_others = ISHIGURO.with_fields(
        authors=(Name("Ishiguro", "Kazuo"), Name("Berg", "Jane")), id="two")
    essay = Essay(sources=[with_others, ISHIGURO])
    entries = [e.typed for e in build_manuscript(essay, S.MLA).sources.entries]
    assert entries[0].startswith("Ishiguro, Kazuo. *Never")
    assert entries[1].startswith("Ishiguro, Kazuo, and Jane Berg.")


def test_apa_byline_carries_the_affiliation_and_mla_does_not() -> None:
    meta = Meta(title="T", author="Jamie Rivera", instructor="Ms. Patel", course="English 11",
                date="2026-03-09", affiliation="Lakeside High School")
    apa = build_manuscript(Essay(meta=meta), S.APA).front.lines
    assert apa == ("Jamie Rivera", "Lakeside High School", "English 11", "Ms. Patel",
                   "March 9, 2026")
    assert "Lakeside High School" not in build_manuscript(Essay(meta=meta), S.MLA).front.lines


def test_an_empty_structured_looking_source_is_left_out() -> None:
    essay = Essay(sources=[Source(type=SourceType.BOOK, date="2006")])
    assert build_manuscript(essay, S.MLA).sources.entries == ()
