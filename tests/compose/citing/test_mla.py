"""MLA 9 golden examples: Works Cited entries and parenthetical citations, one per
source type (MLA Handbook, 9th ed.: core elements in order, containers, et al. for three
or more authors, abbreviated months, URLs without the scheme, DOIs as links)."""

from __future__ import annotations

import pytest

from outliner.compose.citing import formatter_for
from outliner.core.essay import CitationStyle
from outliner.core.sources import Name, Source, SourceType
from tests.support.sources import ISHIGURO, SAMPLES

FORMATTER = formatter_for(CitationStyle.MLA)

ENTRIES = {
    'book':
        'Ishiguro, Kazuo. *Never Let Me Go*. Vintage International, 2006.',
    'book, two authors, edition':
        'Ward, Geoffrey C., and Ken Burns. *The War: An Intimate History, '
        '1941–1945*. 2nd ed., Knopf, 2007.',
    'edited book':
        'Hunter, J. Paul, editor. *Frankenstein*. W. W. Norton, 2012.',
    'chapter':
        'Okafor, Chinwe. “Memory and the Clone Novel.” *Reading Ishiguro '
        'Today*, edited by Lena Reyes and Min-jun Park, Harbor Press, 2019, pp.'
        ' 45-67.',
    'journal article':
        'Delgado, Rosa, et al. “Cold Rooms and Hot Tempers: Weather in Jane '
        'Eyre.” *Victorian Fiction Review*, vol. 12, no. 3, 2021, pp. 201-19, '
        'https://doi.org/10.1234/vfr.2021.12.3.201.',
    'newspaper article':
        'Moreau, Claire. “What Clones Can Teach Us.” *The Daily Ledger*, 5 Mar.'
        ' 2020, www.dailyledger.example/clones.',
    'web page':
        'Singh, Arjun. “How to Read a Novel Slowly.” *The Reading Room*, 14 '
        'Nov. 2023, readingroom.example/slow. Accessed 1 Feb. 2026.',
    'film':
        '*Never Let Me Go*. Directed by Mark Romanek, Fox Searchlight Pictures, 2010.',
    'other, organisation as author and publisher':
        '*Annual Report on Reading*. Bureau of Fictional Statistics, 2024, bfs.example/report.',
}

CITATIONS = {
    'book':
        '(Ishiguro 12)',
    'book, two authors, edition':
        '(Ward and Burns 12)',
    'edited book':
        '(Hunter 12)',
    'chapter':
        '(Okafor 12)',
    'journal article':
        '(Delgado et al. 12)',
    'newspaper article':
        '(Moreau 12)',
    'web page':
        '(Singh 12)',
    'film':
        '(*Never Let Me Go* 12)',
    'other, organisation as author and publisher':
        '(*Annual Report on Reading* 12)',
}


def test_every_source_type_has_a_golden_example() -> None:
    assert {s.type for s in SAMPLES.values()} == set(SourceType)
    assert set(ENTRIES) == set(SAMPLES) == set(CITATIONS)


@pytest.mark.parametrize("name", list(SAMPLES))
def test_entry(name: str) -> None:
    assert FORMATTER.entry(SAMPLES[name]) == ENTRIES[name]


@pytest.mark.parametrize("name", list(SAMPLES))
def test_citation(name: str) -> None:
    assert FORMATTER.citation(SAMPLES[name], "12") == CITATIONS[name]


def test_the_issue_example() -> None:
    assert FORMATTER.entry(ISHIGURO) == (
        "Ishiguro, Kazuo. *Never Let Me Go*. Vintage International, 2006.")
    assert FORMATTER.citation(ISHIGURO, "258") == "(Ishiguro 258)"
    assert FORMATTER.citation(ISHIGURO, "258", author_named=True) == "(258)"
    assert FORMATTER.citation(ISHIGURO, "p. 258") == "(Ishiguro 258)"


def test_heading_is_singular_for_one_entry() -> None:
    assert FORMATTER.heading(1) == "Work Cited"
    assert FORMATTER.heading(2) == "Works Cited"
    assert FORMATTER.heading(0) == "Works Cited"


def test_no_locator_and_named_author_cites_nothing() -> None:
    assert FORMATTER.citation(ISHIGURO, "") == "(Ishiguro)"
    assert FORMATTER.citation(ISHIGURO, "", author_named=True) == ""


def test_a_free_text_source_prints_as_typed_and_cites_the_page() -> None:
    typed = "Brontë, Charlotte.  *Jane Eyre*. 1847. Penguin Classics, 2006."
    assert FORMATTER.entry(Source(typed)) == (
        "Brontë, Charlotte. *Jane Eyre*. 1847. Penguin Classics, 2006.")
    assert FORMATTER.citation(Source(typed), "19") == "(19)"
    assert FORMATTER.citation(None, "19") == "(19)"


def test_works_cited_is_sorted_by_author_ignoring_articles_and_marks() -> None:
    entries = FORMATTER.reference_list([
        SAMPLES["web page"], Source("“A Quiet Poem.” 2001."), ISHIGURO,
        Source(type=SourceType.BOOK, authors=(Name("Brown", "Ann"),), title="Zebras"),
        Source(""),
    ])
    assert [e.split(".")[0] for e in entries] == [
        "Brown, Ann", "Ishiguro, Kazuo", "“A Quiet Poem", "Singh, Arjun"]


def test_a_title_ending_in_a_question_mark_takes_no_period() -> None:
    asked = Source(type=SourceType.JOURNAL, authors=(Name("Lee", "Kim"),),
                   title="Who Tells the Story?", container="Narrative", date="2020")
    assert FORMATTER.entry(asked) == "Lee, Kim. “Who Tells the Story?” *Narrative*, 2020."
    book = Source(type=SourceType.BOOK, authors=(Name("Lee", "Kim"),), title="Why Read?",
                  publisher="Press", date="2020")
    assert FORMATTER.entry(book) == "Lee, Kim. *Why Read?* Press, 2020."

