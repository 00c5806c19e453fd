"""MLA 9: Works Cited entries and parenthetical citations.

An entry is the core elements in order, each group closed by a period:
Author. Title. Container, other contributors, version, number, publisher,
date, location. Optional: Accessed date. Names: the first author family
name first; two authors "A, and B"; three or more "A, et al." A work that
stands alone (book, film) has its title in italics; a part of a larger
work (chapter, article, web page) in quotation marks, its container in
italics. Dates day month year with the long months abbreviated; URLs
without http(s)://; DOIs as https://doi.org/ links; pages "p." / "pp.".

Citations: (Ishiguro 258); (258) when the sentence names the author;
(Smith and Jones 12); (Smith et al. 12); no author: the title, shortened.
"""

from __future__ import annotations

from outliner.compose.citing.base import CitationFormatter
from outliner.compose.citing.parts import (
    bare_pages,
    clean,
    commas,
    doi_link,
    edition,
    family,
    family_first,
    given_first,
    is_range,
    italic,
    named,
    organisation_publishes,
    parts_of,
    quoted,
    sentences,
    short_title,
    shortened_range,
    title_case,
    without_scheme,
)
from outliner.core.essay import CitationStyle
from outliner.core.sources import Name, Source, SourceType

T = SourceType

#: MLA abbreviates months longer than four letters (May, June, July stay whole).
_MONTHS = ("Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.",
           "Nov.", "Dec.")

#: Types whose title is part of a larger work: in quotation marks.
_PART_TYPES = frozenset({T.CHAPTER, T.JOURNAL, T.PERIODICAL, T.WEB})


def mla_date(text: str) -> str:
    """"5 Mar. 2020", "Mar. 2020", "2006"; text without a year as given."""
    parts = parts_of(text)
    if parts.year is None:
        return parts.text
    if parts.month is None:
        return str(parts.year)
    month = _MONTHS[parts.month - 1]
    return f"{parts.day} {month} {parts.year}" if parts.day else f"{month} {parts.year}"


def mla_names(names: tuple[Name, ...]) -> str:
    """"Ishiguro, Kazuo", "Ward, Geoffrey, and Ken Burns", "Smith, Ann, et al."."""
    names = named(names)
    if not names:
        return ""
    if len(names) == 1:
        return family_first(names[0])
    if len(names) == 2:
        return f"{family_first(names[0])}, and {given_first(names[1])}"
    return f"{family_first(names[0])}, et al."


def _contributors(names: tuple[Name, ...]) -> str:
    """Names after the title: "Ann Smith", "Ann Smith and Bo Li", "Ann Smith et al."."""
    names = named(names)
    if len(names) > 2:
        return f"{given_first(names[0])} et al."
    return " and ".join(given_first(n) for n in names)


def _pages(pages: str) -> str:
    bare = bare_pages(pages)
    if not bare:
        return ""
    if is_range(bare):
        return f"pp. {shortened_range(bare, 2).replace('–', '-')}"
    return f"p. {bare}"


def _location(source: Source) -> str:
    if source.doi.strip():
        return doi_link(source.doi)
    return without_scheme(source.url)


class MLAFormatter(CitationFormatter):
    """MLA Handbook, 9th edition."""

    style = CitationStyle.MLA
    list_heading = "Works Cited"

    def heading(self, count: int) -> str:
        return "Work Cited" if count == 1 else "Works Cited"

    # -- entries ---------------------------------------------------------------

    def _author(self, source: Source) -> str:
        authors = mla_names(source.authors)
        if source.type is T.FILM or organisation_publishes(source.authors, source.publisher):
            return ""  # listed by its title: a film's director follows it, so does an
            # organisation that published its own work
        if authors:
            return authors
        editors = named(source.editors)
        if editors and source.type is not T.CHAPTER:
            return f"{mla_names(editors)}, {'editor' if len(editors) == 1 else 'editors'}"
        return ""

    def _title(self, source: Source) -> str:
        if source.type in _PART_TYPES or (source.type is T.OTHER and source.container.strip()):
            return quoted(title_case(source.title), ".")
        return italic(title_case(source.title))

    def structured_entry(self, source: Source) -> str:
        kind = source.type
        contributors = ""
        if kind is T.FILM and named(source.authors):
            contributors = f"Directed by {_contributors(source.authors)}"
        elif source.authors and named(source.editors):
            contributors = f"edited by {_contributors(source.editors)}"
        number = commas(f"vol. {clean(source.volume)}" if source.volume.strip() else "",
                        f"no. {clean(source.issue)}" if source.issue.strip() else "")
        date = mla_date(source.date)
        pages = _pages(source.pages) if kind in _PART_TYPES else ""
        if source.container.strip():
            container = commas(italic(title_case(source.container)), contributors,
                               edition(source.edition), number, clean(source.publisher), date,
                               pages, _location(source))
            groups = [self._author(source), self._title(source), container]
        else:  # the work stands alone: its own publication facts follow the title
            facts = commas(contributors, edition(source.edition), number,
                           clean(source.publisher), date, pages, _location(source))
            groups = [self._author(source), self._title(source), facts[:1].upper() + facts[1:]]
        if source.accessed.strip():
            groups.append(f"Accessed {mla_date(source.accessed)}")
        return sentences(*groups)

    # -- citations -------------------------------------------------------------

    def _cited_name(self, source: Source) -> str:
        authors = named(source.authors) or (
            named(source.editors) if source.type is not T.CHAPTER else ())
        if (source.type is T.FILM or not authors
                or organisation_publishes(source.authors, source.publisher)):
            title = short_title(title_case(source.title))
            if source.type in _PART_TYPES:
                return f"“{title}”"
            return italic(title)
        if len(authors) == 1:
            return family(authors[0])
        if len(authors) == 2:
            return f"{family(authors[0])} and {family(authors[1])}"
        return f"{family(authors[0])} et al."

    def structured_citation(self, source: Source, locator: str, *,
                            author_named: bool, first: bool) -> str:
        name = "" if author_named else self._cited_name(source)
        inside = " ".join(part for part in (name, locator) if part)
        return f"({inside})" if inside else ""
