"""Chicago 17 golden examples (notes and bibliography): bibliography entries, first
notes in full and later notes shortened, one per source type (Chicago Manual of Style,
17th ed., chapter 14; inclusive numbers per 9.64)."""

from __future__ import annotations

import pytest

from outliner.compose.citing import formatter_for
from outliner.core.essay import CitationStyle
from outliner.core.sources import Name, Source, SourceType
from tests.support.sources import ISHIGURO, SAMPLES

FORMATTER = formatter_for(CitationStyle.CHICAGO)

ENTRIES = {
    'book':
        'Ishiguro, Kazuo. *Never Let Me Go*. New York: Vintage International, 2006.',
    'book, two authors, edition':
        'Ward, Geoffrey C., and Ken Burns. *The War: An Intimate History, '
        '1941–1945*. 2nd ed. New York: Knopf, 2007.',
    'edited book':
        'Hunter, J. Paul, ed. *Frankenstein*. New York: W. W. Norton, 2012.',
    'chapter':
        'Okafor, Chinwe. “Memory and the Clone Novel.” In *Reading Ishiguro '
        'Today*, edited by Lena Reyes and Min-jun Park, 45–67. Boston: Harbor '
        'Press, 2019.',
    'journal article':
        'Delgado, Rosa, Wei Chen, and Mila Ivanova. “Cold Rooms and Hot '
        'Tempers: Weather in Jane Eyre.” *Victorian Fiction Review* 12, no. 3 '
        '(2021): 201–19. https://doi.org/10.1234/vfr.2021.12.3.201.',
    'newspaper article':
        'Moreau, Claire. “What Clones Can Teach Us.” *The Daily Ledger*, March '
        '5, 2020. https://www.dailyledger.example/clones.',
    'web page':
        'Singh, Arjun. “How to Read a Novel Slowly.” The Reading Room, November'
        ' 14, 2023. https://readingroom.example/slow.',
    'film':
        '*Never Let Me Go*. Directed by Mark Romanek. Fox Searchlight Pictures, 2010.',
    'other, organisation as author and publisher':
        'Bureau of Fictional Statistics. *Annual Report on Reading*. Bureau of '
        'Fictional Statistics, 2024. https://bfs.example/report.',
}

CITATIONS = {
    'book': (
        'Kazuo Ishiguro, *Never Let Me Go* (New York: Vintage International, 2006), 12.',
        'Ishiguro, *Never Let Me Go*, 12.'),
    'book, two authors, edition': (
        'Geoffrey C. Ward and Ken Burns, *The War: An Intimate History, '
        '1941–1945*, 2nd ed. (New York: Knopf, 2007), 12.',
        'Ward and Burns, *The War*, 12.'),
    'edited book': (
        'J. Paul Hunter, ed., *Frankenstein* (New York: W. W. Norton, 2012), 12.',
        'Hunter, *Frankenstein*, 12.'),
    'chapter': (
        'Chinwe Okafor, “Memory and the Clone Novel,” in *Reading Ishiguro '
        'Today*, ed. Lena Reyes and Min-jun Park (Boston: Harbor Press, 2019), '
        '12.',
        'Okafor, “Memory and the Clone,” 12.'),
    'journal article': (
        'Rosa Delgado, Wei Chen, and Mila Ivanova, “Cold Rooms and Hot Tempers:'
        ' Weather in Jane Eyre,” *Victorian Fiction Review* 12, no. 3 (2021): '
        '12, https://doi.org/10.1234/vfr.2021.12.3.201.',
        'Delgado, Chen, and Ivanova, “Cold Rooms and Hot,” 12.'),
    'newspaper article': (
        'Claire Moreau, “What Clones Can Teach Us,” *The Daily Ledger*, March '
        '5, 2020, 12, https://www.dailyledger.example/clones.',
        'Moreau, “What Clones Can Teach,” 12.'),
    'web page': (
        'Arjun Singh, “How to Read a Novel Slowly,” The Reading Room, November '
        '14, 2023, 12, https://readingroom.example/slow.',
        'Singh, “How to Read,” 12.'),
    'film': (
        '*Never Let Me Go*, directed by Mark Romanek (Fox Searchlight Pictures, 2010), 12.',
        '*Never Let Me Go*, 12.'),
    'other, organisation as author and publisher': (
        'Bureau of Fictional Statistics, *Annual Report on Reading* (Bureau of '
        'Fictional Statistics, 2024), 12, https://bfs.example/report.',
        'Bureau of Fictional Statistics, *Annual Report on Reading*, 12.'),
}


def test_every_source_type_has_a_golden_example() -> None:
    assert {s.type for s in SAMPLES.values()} == set(SourceType)
    assert set(ENTRIES) == set(SAMPLES) == set(CITATIONS)


@pytest.mark.parametrize("name", list(SAMPLES))
def test_entry(name: str) -> None:
    assert FORMATTER.entry(SAMPLES[name]) == ENTRIES[name]


@pytest.mark.parametrize("name", list(SAMPLES))
def test_full_and_short_notes(name: str) -> None:
    full, short = CITATIONS[name]
    assert FORMATTER.citation(SAMPLES[name], "12") == full
    assert FORMATTER.citation(SAMPLES[name], "12", first=False) == short


def test_the_issue_example() -> None:
    assert FORMATTER.entry(ISHIGURO) == (
        "Ishiguro, Kazuo. *Never Let Me Go*. New York: Vintage International, 2006.")
    assert FORMATTER.citation(ISHIGURO, "41") == (
        "Kazuo Ishiguro, *Never Let Me Go* (New York: Vintage International, 2006), 41.")
    assert FORMATTER.citation(ISHIGURO, "74", first=False) == "Ishiguro, *Never Let Me Go*, 74."
    assert FORMATTER.uses_notes and FORMATTER.heading(1) == "Bibliography"


def test_a_note_without_a_locator_ends_after_the_facts() -> None:
    assert FORMATTER.citation(ISHIGURO, "") == (
        "Kazuo Ishiguro, *Never Let Me Go* (New York: Vintage International, 2006).")
    assert FORMATTER.citation(ISHIGURO, "", first=False) == "Ishiguro, *Never Let Me Go*."


def test_four_or_more_authors_in_notes_and_over_ten_in_the_bibliography() -> None:
    def book(count: int) -> Source:
        names = tuple(Name(f"Author{i}", "Ann") for i in range(1, count + 1))
        return Source(type=SourceType.BOOK, authors=names, title="T", date="2000")
    assert FORMATTER.citation(book(4), "1").startswith("Ann Author1 et al., *T*")
    assert FORMATTER.citation(book(4), "1", first=False) == "Author1 et al., *T*, 1."
    assert FORMATTER.entry(book(10)).count("Author") == 10
    eleven = FORMATTER.entry(book(11))
    assert eleven.startswith("Author1, Ann, Ann Author2") and "Ann Author7, et al." in eleven
    assert "Author8" not in eleven


def test_short_titles_keep_at_most_four_words() -> None:
    from outliner.compose.citing.parts import short_title

    assert short_title("Never Let Me Go") == "Never Let Me Go"
    assert short_title("The Remains of the Day: A Novel") == "Remains of the Day"
    assert short_title("How to Read a Novel Slowly") == "How to Read"


def test_inclusive_numbers_follow_the_manual() -> None:
    from outliner.compose.citing.parts import shortened_range

    examples = {"71–72": "71–72", "100–104": "100–104", "101–108": "101–8",
                "321–328": "321–28", "498–532": "498–532", "1087–1089": "1087–89",
                "1496–1500": "1496–500", "11564–11615": "11564–615"}
    assert {k: shortened_range(k, 1) for k in examples} == examples


def test_a_free_text_source_note_is_its_text_and_the_locator() -> None:
    typed = Source("Brontë, Charlotte. Jane Eyre. Penguin, 2006.")
    assert FORMATTER.citation(typed, "19") == "Brontë, Charlotte. Jane Eyre. Penguin, 2006, 19."
    assert FORMATTER.citation(typed, "") == "Brontë, Charlotte. Jane Eyre. Penguin, 2006."

