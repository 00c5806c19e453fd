"""APA 7 golden examples: References entries and parenthetical citations, one per
source type (Publication Manual, 7th ed.: initials, & before the last author, the date
after the author, sentence-case titles, the volume italic with the journal, DOIs as links)."""

from __future__ import annotations

import pytest

from outliner.compose.citing import formatter_for
from outliner.core.essay import CitationStyle
from outliner.core.sources import Name, Source, SourceType
from tests.support.sources import ISHIGURO, SAMPLES

FORMATTER = formatter_for(CitationStyle.APA)

ENTRIES = {
    'book':
        'Ishiguro, K. (2006). *Never let me go*. Vintage International.',
    'book, two authors, edition':
        'Ward, G. C., & Burns, K. (2007). *The war: An intimate history, '
        '1941–1945* (2nd ed.). Knopf.',
    'edited book':
        'Hunter, J. P. (Ed.). (2012). *Frankenstein*. W. W. Norton.',
    'chapter':
        'Okafor, C. (2019). Memory and the clone novel. In L. Reyes & M.-J. '
        'Park (Eds.), *Reading Ishiguro today* (pp. 45–67). Harbor Press.',
    'journal article':
        'Delgado, R., Chen, W., & Ivanova, M. (2021). Cold rooms and hot '
        'tempers: Weather in Jane Eyre. *Victorian Fiction Review, 12*(3), '
        '201–219. https://doi.org/10.1234/vfr.2021.12.3.201',
    'newspaper article':
        'Moreau, C. (2020, March 5). What clones can teach us. *The Daily '
        'Ledger*. https://www.dailyledger.example/clones',
    'web page':
        'Singh, A. (2023, November 14). *How to read a novel slowly*. The '
        'Reading Room. https://readingroom.example/slow',
    'film':
        'Romanek, M. (Director). (2010). *Never let me go* [Film]. Fox Searchlight Pictures.',
    'other, organisation as author and publisher':
        'Bureau of Fictional Statistics. (2024). *Annual report on reading*. '
        'https://bfs.example/report',
}

CITATIONS = {
    'book':
        '(Ishiguro, 2006, p. 12)',
    'book, two authors, edition':
        '(Ward & Burns, 2007, p. 12)',
    'edited book':
        '(Hunter, 2012, p. 12)',
    'chapter':
        '(Okafor, 2019, p. 12)',
    'journal article':
        '(Delgado et al., 2021, p. 12)',
    'newspaper article':
        '(Moreau, 2020, p. 12)',
    'web page':
        '(Singh, 2023, p. 12)',
    'film':
        '(Romanek, 2010, p. 12)',
    'other, organisation as author and publisher':
        '(Bureau of Fictional Statistics, 2024, p. 12)',
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
        "Ishiguro, K. (2006). *Never let me go*. Vintage International.")
    assert FORMATTER.citation(ISHIGURO, "258") == "(Ishiguro, 2006, p. 258)"
    assert FORMATTER.citation(ISHIGURO, "258-59") == "(Ishiguro, 2006, pp. 258–59)"
    assert FORMATTER.citation(ISHIGURO, "para. 4") == "(Ishiguro, 2006, para. 4)"
    assert FORMATTER.heading(1) == FORMATTER.heading(3) == "References"


def test_no_date_and_no_author() -> None:
    undated = Source(type=SourceType.WEB, authors=(Name("Cole", "Ada"),), title="Notes on Novels",
                     container="Blog", url="https://b.example")
    assert FORMATTER.entry(undated) == "Cole, A. (n.d.). *Notes on novels*. Blog. https://b.example"
    assert FORMATTER.citation(undated, "") == "(Cole, n.d.)"
    anonymous = Source(type=SourceType.BOOK, title="Beowulf", publisher="Press", date="2001")
    assert FORMATTER.entry(anonymous) == "*Beowulf*. (2001). Press."
    assert FORMATTER.citation(anonymous, "3") == "(*Beowulf*, 2001, p. 3)"


def test_names_two_many_and_more_than_twenty() -> None:
    def book(count: int) -> Source:
        names = tuple(Name(f"Author{i}", "Ann") for i in range(1, count + 1))
        return Source(type=SourceType.BOOK, authors=names, title="T", date="2000")
    assert FORMATTER.entry(book(2)).startswith("Author1, A., & Author2, A. (2000).")
    assert FORMATTER.citation(book(2), "") == "(Author1 & Author2, 2000)"
    assert FORMATTER.citation(book(3), "") == "(Author1 et al., 2000)"
    many = FORMATTER.entry(book(22))
    assert "Author19, A., . . . Author22, A. (2000)" in many
    assert "Author20" not in many and "&" not in many


def test_initials_of_compound_and_already_initialled_given_names() -> None:
    from outliner.compose.citing.parts import initials

    assert initials("Kazuo") == "K."
    assert initials("Mary Ann") == "M. A."
    assert initials("Jean-Paul") == "J.-P."
    assert initials("J.R.R.") == "J. R. R."
    assert initials("") == ""


def test_a_free_text_source_cites_its_page_the_apa_way() -> None:
    assert FORMATTER.citation(Source("Anything at all."), "41") == "(p. 41)"
    assert FORMATTER.entry(Source("Anything  at all.")) == "Anything at all."

