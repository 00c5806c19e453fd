"""More of the citation styles (compose/citing): the pieces entries are built
from (parts.py), editors, a site that is its own author, free-text and
missing sources, films, and properties over generated sources: any field
text formats without failing and keeps the author's name, lists sort by
author, page ranges shorten reversibly."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from outliner.compose.citing import formatter_for, source_line
from outliner.compose.citing.parts import (
    and_list,
    bare_pages,
    commas,
    doi_link,
    edition,
    family,
    family_first,
    given_first,
    initials,
    is_page_number,
    month_day_year,
    ordinal,
    period,
    quoted,
    sentence_case,
    short_title,
    shortened_range,
    title_case,
    without_scheme,
    year_of,
)
from outliner.core.essay import CitationStyle
from outliner.core.sources import SOURCE_TEXT_FIELDS, Name, Source, SourceType

T = SourceType
MLA, APA, CHICAGO = (formatter_for(s) for s in (CitationStyle.MLA, CitationStyle.APA,
                                                CitationStyle.CHICAGO))

EDITED = Source(type=T.BOOK, editors=(Name("Hunter", "J. Paul"), Name("Smith", "Ann")),
                title="Frankenstein", publisher="Norton", date="2012")
SITE = Source(type=T.WEB, authors=(Name("The Reading Room"),), title="How to Read",
              container="The Reading Room", date="2023-11-14", url="https://r.example/slow")
FILM = Source(type=T.FILM, authors=(Name("Romanek", "Mark"),), title="Never Let Me Go",
              publisher="Fox", date="2010")
FREE = Source(text="  Notes   from class. ")


# -- the pieces ----------------------------------------------------------------------------


@pytest.mark.parametrize(("typed", "written"), [
    ("2", "2nd ed."), ("3rd edition", "3rd ed."), ("11", "11th ed."), ("22nd ed", "22nd ed."),
    ("Revised ed.", "Revised ed."), ("", ""), ("  ", ""),
])
def test_an_edition_is_written_as_its_ordinal_and_ed(typed: str, written: str) -> None:
    assert edition(typed) == written


@pytest.mark.parametrize("word", ["Revised", "Expanded", "Illustrated"])
def test_an_edition_word_ending_in_ed_is_kept_whole(word: str) -> None:
    assert edition(word) == f"{word} ed."


def test_a_revised_edition_prints_whole_in_every_style() -> None:
    book = Source(type=T.BOOK, authors=(Name("Ishiguro", "Kazuo"),), title="Never Let Me Go",
                  publisher="Vintage", place="New York", date="2006", edition="Revised ed.")
    assert MLA.entry(book) == "Ishiguro, Kazuo. *Never Let Me Go*. Revised ed., Vintage, 2006."
    assert APA.entry(book) == "Ishiguro, K. (2006). *Never let me go* (Revised ed.). Vintage."
    assert CHICAGO.entry(book) == ("Ishiguro, Kazuo. *Never Let Me Go*. Revised ed. New York: "
                                   "Vintage, 2006.")


@pytest.mark.parametrize(("number", "written"), [
    (1, "1st"), (2, "2nd"), (3, "3rd"), (4, "4th"), (11, "11th"), (12, "12th"), (13, "13th"),
    (21, "21st"), (22, "22nd"), (101, "101st"), (111, "111th"), (112, "112th")])
def test_ordinals(number: int, written: str) -> None:
    assert ordinal(number) == written


@pytest.mark.parametrize(("given", "written"), [
    ("Kazuo", "K."), ("Mary Ann", "M. A."), ("Jean-Paul", "J.-P."), ("J.R.R.", "J. R. R."),
    ("  ", ""), ("-x", "X."), ("3rd", "")])
def test_initials(given: str, written: str) -> None:
    assert initials(given) == written


@pytest.mark.parametrize(("typed", "bare"), [
    ("(pp. 12-15)", "12–15"), ("p.12", "12"), ("pages 3 — 9", "3–9"), ("xii--xv", "xii–xv"),
    ("  41 ", "41"), ("para. 4", "para. 4")])
def test_bare_pages_drop_the_prefix_and_use_an_en_dash(typed: str, bare: str) -> None:
    assert bare_pages(typed) == bare


@pytest.mark.parametrize(("pages", "digits", "short"), [
    ("201–219", 2, "201–19"), ("101–108", 1, "101–8"), ("321–328", 2, "321–28"),
    ("99–105", 2, "99–105"), ("1100–1113", 2, "1100–1113"), ("100–104", 1, "100–104"),
    ("107–108", 1, "107–8"), ("1536–1538", 1, "1536–38"), ("a–b", 2, "a–b"),
    ("998–1002", 2, "998–1002")])
def test_inclusive_numbers(pages: str, digits: int, short: str) -> None:
    assert shortened_range(pages, digits) == short


def test_dates_links_and_names() -> None:
    assert [month_day_year(d) for d in ("2020-03", "2020", "spring", "2020-03-05")] == [
        "March 2020", "2020", "spring", "March 5, 2020"]
    assert [doi_link(d) for d in ("", "doi: 10.1/x", "https://dx.doi.org/10.1/y", "10.1/z")] == [
        "", "https://doi.org/10.1/x", "https://doi.org/10.1/y", "https://doi.org/10.1/z"]
    assert without_scheme("HTTPS://x.example/a") == "x.example/a"
    assert [year_of(d) for d in ("n.d.", "2020-03-05", "")] == ["n.d.", "2020", ""]
    assert family_first(Name("Ishiguro", "Kazuo")) == "Ishiguro, Kazuo"
    assert family_first(Name("Bureau")) == "Bureau"
    assert given_first(Name("Ishiguro", " Kazuo ")) == "Kazuo Ishiguro"
    assert family(Name("", "Madonna")) == "Madonna"


def test_lists_stops_and_quoted_titles() -> None:
    assert [and_list(x) for x in ([], ["A"], ["A", "B"], ["A", "B", "C"])] == [
        "", "A", "A and B", "A, B, and C"]
    assert and_list(["A", "B", "C"], "&", serial=False) == "A, B & C"
    assert [period(x) for x in ("Kazuo.", "Who?", "*Who?*", "", "x", "“Why!”")] == [
        "Kazuo.", "Who?", "*Who?*", "", "x.", "“Why!”"]
    assert quoted("Why?", ".") == "“Why?”" and quoted("Title", ",") == "“Title,”"
    assert quoted("Done.", ".") == "“Done.”" and quoted("  ", ".") == ""
    assert commas("“Title,”", "x", "", " y ") == "“Title,” x, y"


def test_short_titles_drop_articles_and_trailing_small_words() -> None:
    assert short_title("The Remains of the Day: A Novel") == "Remains of the Day"
    assert short_title("How to Read a Novel Slowly and Well") == "How to Read"
    assert short_title("A Tale of Two Cities Again") == "Tale of Two Cities"
    assert short_title("Beloved") == "Beloved"


def test_title_and_sentence_case_keep_acronyms_and_inner_capitals() -> None:
    assert sentence_case("The War: An Intimate History of DNA in the U.S.") == (
        "The war: An intimate history of DNA in the U.S.")
    assert title_case("the war: an intimate history of self-respect") == (
        "The War: An Intimate History of Self-Respect")
    assert title_case("a tale of iPhone and NASA") == "A Tale of iPhone and NASA"
    assert is_page_number("A3") and is_page_number("xiv") and not is_page_number("para. 4")


# -- whole entries and citations -----------------------------------------------------------


def test_an_edited_book_names_its_editors_in_each_style() -> None:
    assert MLA.entry(EDITED) == "Hunter, J. Paul, and Ann Smith, editors. *Frankenstein*. " \
                                "Norton, 2012."
    assert MLA.citation(EDITED, "4") == "(Hunter and Smith 4)"
    assert APA.entry(EDITED) == "Hunter, J. P., & Smith, A. (Eds.). (2012). *Frankenstein*. " \
                                "Norton."
    assert APA.citation(EDITED, "4") == "(Hunter & Smith, 2012, p. 4)"
    assert CHICAGO.entry(EDITED) == "Hunter, J. Paul, and Ann Smith, eds. *Frankenstein*. " \
                                    "Norton, 2012."
    assert CHICAGO.citation(EDITED, "4") == ("J. Paul Hunter and Ann Smith, eds., "
                                             "*Frankenstein* (Norton, 2012), 4.")
    assert CHICAGO.citation(EDITED, "4", first=False) == "Hunter and Smith, *Frankenstein*, 4."


def test_apa_does_not_name_a_site_twice_when_it_is_the_author() -> None:
    assert APA.entry(SITE) == ("The Reading Room. (2023, November 14). *How to read*. "
                               "https://r.example/slow")
    assert MLA.entry(SITE) == ("The Reading Room. “How to Read.” *The Reading Room*, "
                               "14 Nov. 2023, r.example/slow.")
    assert MLA.citation(SITE, "4") == "(The Reading Room 4)"


def test_a_film_is_listed_by_title_in_mla_and_chicago_and_by_director_in_apa() -> None:
    assert MLA.entry(FILM) == "*Never Let Me Go*. Directed by Mark Romanek, Fox, 2010."
    assert MLA.citation(FILM, "", first=False) == "(*Never Let Me Go*)"
    assert APA.entry(FILM) == "Romanek, M. (Director). (2010). *Never let me go* [Film]. Fox."
    assert APA.citation(FILM, "") == "(Romanek, 2010)"
    assert CHICAGO.entry(FILM) == "*Never Let Me Go*. Directed by Mark Romanek. Fox, 2010."
    assert CHICAGO.citation(FILM, "", first=False) == "*Never Let Me Go*."


@pytest.mark.parametrize(("formatter", "with_page", "bare", "no_source"), [
    (MLA, "(4)", "", "(4)"), (APA, "(p. 4)", "", "(p. 4)"),
    (CHICAGO, "Notes from class, 4.", "Notes from class.", "4.")])
def test_a_free_text_or_missing_source_cites_only_what_it_has(
        formatter: object, with_page: str, bare: str, no_source: str) -> None:
    from outliner.compose.citing.base import CitationFormatter

    assert isinstance(formatter, CitationFormatter)
    assert formatter.entry(FREE) == "Notes from class."
    assert formatter.citation(FREE, "p. 4") == with_page
    assert formatter.citation(FREE, "  ") == bare
    assert formatter.citation(None, "4") == no_source
    assert formatter.citation(None, "") == ""


def test_headings_and_source_lines() -> None:
    assert [MLA.heading(1), MLA.heading(2), MLA.heading(0)] == [
        "Work Cited", "Works Cited", "Works Cited"]
    assert [APA.heading(1), CHICAGO.heading(1)] == ["References", "Bibliography"]
    assert source_line(FREE, CitationStyle.APA) == "  Notes   from class. "  # as typed
    assert source_line(FILM, CitationStyle.APA) == APA.entry(FILM)
    assert MLA.reference_list([Source(text="  "), FREE, Source()]) == ["Notes from class."]


@pytest.mark.parametrize(("source", "entry"), [
    (Source(type=T.BOOK, authors=(Name("Aa", "Bb"),), publisher="Press", date="2001"),
     "Aa, B. (2001). Press."),
    (Source(type=T.BOOK, authors=(Name("Aa"),)), "Aa. (n.d.)."),
])
def test_an_apa_entry_without_a_title_has_single_spaces(source: Source, entry: str) -> None:
    assert APA.entry(source) == entry


# -- properties ---------------------------------------------------------------------------

TEXT = st.text(st.characters(exclude_categories=["Cs"]), max_size=30)
FAMILY = st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyzéøñ"), min_size=2, max_size=10).map(
    str.capitalize)
GIVEN = st.one_of(st.just(""), FAMILY)
STYLES = st.sampled_from(list(CitationStyle))


@st.composite
def authored(draw: st.DrawFn) -> Source:
    """A source with at least one author whose family name is a plain word,
    every other field arbitrary text."""
    values: dict[str, Any] = {name: draw(TEXT) for name in SOURCE_TEXT_FIELDS}
    authors = [Name(draw(FAMILY), draw(GIVEN))]
    authors += draw(st.lists(st.builds(Name, TEXT, TEXT), max_size=3))
    return Source(type=draw(st.sampled_from(list(SourceType))), authors=tuple(authors),
                  editors=tuple(draw(st.lists(st.builds(Name, TEXT, TEXT), max_size=2))),
                  **values)


@settings(max_examples=300, deadline=None)
@given(source=authored(), style=STYLES, locator=TEXT, first=st.booleans())
def test_any_fields_format_on_one_line_and_keep_the_first_authors_name(
        source: Source, style: CitationStyle, locator: str, first: bool) -> None:
    formatter = formatter_for(style)
    entry = formatter.entry(source)
    family_name = source.authors[0].family
    # (an organisation that is also the publisher is named once, as the publisher typed it)
    assert family_name.casefold() in entry.casefold()
    assert "\n" not in entry
    assert entry == entry.strip() and "  " not in entry
    citation = formatter.citation(source, locator, first=first)
    assert "\n" not in citation
    if style is CitationStyle.APA or (style is CitationStyle.CHICAGO and first):
        # APA always, and Chicago's full note, name the author
        assert family_name.casefold() in citation.casefold()


@settings(max_examples=100, deadline=None)
@given(families=st.lists(FAMILY, min_size=1, max_size=6, unique_by=str.casefold),
       style=STYLES)
def test_a_list_of_books_is_sorted_by_the_authors_family_names(
        families: list[str], style: CitationStyle) -> None:
    sources = [Source(type=T.BOOK, authors=(Name(f, "Ann"),), title=f"Book {n}",
                      publisher="Press", date="2000") for n, f in enumerate(families)]
    listed = formatter_for(style).reference_list(sources)
    expected = sorted(families, key=str.casefold)
    assert [entry.split(",")[0] for entry in listed] == expected


@settings(max_examples=300, deadline=None)
@given(first=st.integers(min_value=1, max_value=99_999), span=st.integers(0, 500),
       digits=st.sampled_from([1, 2]))
def test_a_shortened_range_reads_back_as_the_full_range(first: int, span: int,
                                                        digits: int) -> None:
    full = f"{first}–{first + span}"
    short = shortened_range(full, digits)
    start, _, end = short.partition("–")
    assert start == str(first)
    assert len(end) >= min(digits, len(str(first + span)))
    whole = str(first)[: max(0, len(str(first)) - len(end))] + end
    assert whole == str(first + span)
    assert bare_pages(f"pp. {first}-{first + span}") == full


@settings(max_examples=200, deadline=None)
@given(words=st.lists(st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyzABCDEFGH:-"),
                              min_size=1, max_size=9), min_size=1, max_size=8))
def test_title_and_sentence_case_are_idempotent(words: list[str]) -> None:
    title = " ".join(words)
    assert title_case(title_case(title)) == title_case(title)
    assert sentence_case(sentence_case(title)) == sentence_case(title)


@settings(max_examples=200, deadline=None)
@given(given_name=TEXT)
def test_initials_are_capital_letters_with_periods(given_name: str) -> None:
    for part in initials(given_name).split():
        for letter in part.split("-"):  # "K.", "J.-P."; "ß" capitalises as "SS."
            assert letter.endswith(".") and letter[:-1].isalpha()
            assert letter[:-1] == letter[:-1].upper() and len(letter) <= 3
