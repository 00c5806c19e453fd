"""APA 7: References entries and parenthetical citations.

An entry is Author. (Date). Title. Source. Authors family name and
initials, "&" before the last; up to 20 names, then the first 19, an
ellipsis and the last. The date is the year, or year, month and day for
newspapers, magazines and web pages; "(n.d.)" without one. Titles of
books, articles, chapters and web pages in sentence case (a title typed in
sentence case is kept as typed, with its proper nouns); a work that stands
alone in italics, a part of a larger one plain with its container in
italics; a journal's volume in italics with it, the issue in parentheses.
Page ranges with an en dash; DOIs as https://doi.org/ links; no period
after a link.

Citations: (Ishiguro, 2006, p. 258); (Smith & Jones, 2006, pp. 3–4);
(Smith et al., 2006); (Smith, n.d.).
"""

from __future__ import annotations

from outliner.compose.citing.base import CitationFormatter
from outliner.compose.citing.parts import (
    MONTHS,
    bare_pages,
    clean,
    commas,
    doi_link,
    edition,
    family,
    initials,
    is_page_number,
    is_range,
    italic,
    named,
    organisation_publishes,
    parts_of,
    period,
    sentence_case,
    short_title,
    title_case,
)
from outliner.core.essay import CitationStyle
from outliner.core.sources import Name, Source, SourceType

T = SourceType

#: Types dated by year, month and day (a book or article by its year).
_DAY_DATED = frozenset({T.PERIODICAL, T.WEB})
#: Types whose title is part of a larger work: plain, not italic.
_PART_TYPES = frozenset({T.CHAPTER, T.JOURNAL, T.PERIODICAL})


def apa_name(name: Name) -> str:
    """"Ishiguro, K."; an organisation by its name."""
    last, given = clean(name.family), initials(name.given)
    return f"{last}, {given}" if last and given else last or given


def apa_names(names: tuple[Name, ...]) -> str:
    """"Ishiguro, K.", "Smith, A., & Jones, B.", "A, B, & C"; over 20: 19, …, the last."""
    written = [apa_name(n) for n in named(names)]
    if len(written) > 20:
        return ", ".join(written[:19]) + ", . . . " + written[-1]
    if len(written) == 1:
        return written[0]
    return ", ".join(written[:-1]) + ", & " + written[-1] if written else ""


def _editors_in(names: tuple[Name, ...]) -> str:
    """Editors after "In": initials first ("J. P. Hunter & A. Smith")."""
    written = [" ".join(p for p in (initials(n.given), clean(n.family)) if p)
               for n in named(names)]
    if len(written) <= 2:
        return " & ".join(written)
    return ", ".join(written[:-1]) + ", & " + written[-1]


def apa_date(source: Source) -> str:
    """"(2006)", "(2020, March 5)", "(n.d.)"."""
    parts = parts_of(source.date)
    if parts.year is None:
        return f"({parts.text})" if parts.text else "(n.d.)"
    if source.type in _DAY_DATED and parts.month is not None:
        month = MONTHS[parts.month - 1]
        day = f" {parts.day}" if parts.day else ""
        return f"({parts.year}, {month}{day})"
    return f"({parts.year})"


def _link(source: Source) -> str:
    return doi_link(source.doi) if source.doi.strip() else clean(source.url)


class APAFormatter(CitationFormatter):
    """Publication Manual of the APA, 7th edition (student papers)."""

    style = CitationStyle.APA
    list_heading = "References"

    def _author(self, source: Source) -> str:
        authors = apa_names(source.authors)
        if authors:
            if source.type is T.FILM:
                roles = "Directors" if len(named(source.authors)) > 1 else "Director"
                return f"{authors} ({roles})"
            return authors
        editors = named(source.editors)
        if editors and source.type is not T.CHAPTER:
            return f"{apa_names(source.editors)} ({'Ed.' if len(editors) == 1 else 'Eds.'})"
        return ""

    def _title(self, source: Source) -> str:
        title = sentence_case(source.title)
        if source.type is T.FILM:
            return f"{italic(title)} [Film]"
        if source.type in _PART_TYPES:
            return title
        notes = commas(edition(source.edition),
                       f"Vol. {clean(source.volume)}" if source.volume.strip() else "")
        if source.type is not T.CHAPTER and source.authors and named(source.editors):
            editors = named(source.editors)
            notes = commas(notes, f"{_editors_in(source.editors)}, "
                                  f"{'Ed.' if len(editors) == 1 else 'Eds.'}")
        return italic(title) + (f" ({notes})" if notes else "")

    def _source_part(self, source: Source) -> str:
        kind = source.type
        publisher = clean(source.publisher)
        if organisation_publishes(source.authors, publisher):
            publisher = ""  # the author published it: named once, as the author
        pages = bare_pages(source.pages)
        if kind is T.CHAPTER:
            editors = named(source.editors)
            role = "Ed." if len(editors) == 1 else "Eds."
            into = f"In {_editors_in(source.editors)} ({role}), " if editors else "In "
            notes = commas(edition(source.edition),
                           f"{'pp.' if is_range(pages) else 'p.'} {pages}" if pages else "")
            book = italic(sentence_case(source.container)) + (f" ({notes})" if notes else "")
            return " ".join(p for p in (period(into + book), period(publisher)) if p)
        if kind in (T.JOURNAL, T.PERIODICAL) and source.container.strip():
            volume, issue = clean(source.volume), clean(source.issue)
            if volume:
                head = italic(f"{title_case(source.container)}, {volume}")
                head += f"({issue})" if issue else ""
            else:
                head = italic(title_case(source.container))
                head += f", ({issue})" if issue else ""
            return period(commas(head, pages))
        if kind is T.WEB:
            site = title_case(source.container)
            if site and site in (family(n) for n in named(source.authors)):
                site = ""  # the site is the author: not named twice
            return period(commas(site, publisher))
        return " ".join(period(p) for p in (italic(source.container)
                                             if source.container.strip() else "", publisher)
                        if p)

    def structured_entry(self, source: Source) -> str:
        author = self._author(source)
        date = apa_date(source)
        title = self._title(source)
        # No author: the title moves to the author's place.
        head = (" ".join(p for p in (period(author), f"{date}.", period(title)) if p)
                if author else f"{period(title)} {date}.")
        rest = self._source_part(source)
        link = _link(source)
        return " ".join(p for p in (head, rest, link) if p)

    # -- citations -------------------------------------------------------------

    def _cited_name(self, source: Source) -> str:
        authors = named(source.authors) or (
            named(source.editors) if source.type is not T.CHAPTER else ())
        if not authors:
            title = short_title(source.title)
            return f"“{title}”" if source.type in _PART_TYPES else italic(title)
        if len(authors) == 1:
            return family(authors[0])
        if len(authors) == 2:
            return f"{family(authors[0])} & {family(authors[1])}"
        return f"{family(authors[0])} et al."

    def locator_only(self, source: Source | None, locator: str) -> str:
        return f"({apa_locator(locator)})" if locator else ""

    def structured_citation(self, source: Source, locator: str, *,
                            author_named: bool, first: bool) -> str:
        parts = parts_of(source.date)
        year = str(parts.year) if parts.year is not None else (parts.text or "n.d.")
        inside = commas(self._cited_name(source), year, apa_locator(locator))
        return f"({inside})"


def apa_locator(locator: str) -> str:
    """"p. 258", "pp. 3–4"; anything else ("para. 4", "chap. 2") as given."""
    if not locator:
        return ""
    if is_page_number(locator):
        return f"{'pp.' if is_range(locator) else 'p.'} {locator}"
    return locator


__all__ = ["APAFormatter", "apa_date", "apa_locator", "apa_name", "apa_names"]
