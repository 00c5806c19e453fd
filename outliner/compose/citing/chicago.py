"""Chicago 17, notes and bibliography: Bibliography entries and footnotes.

Bibliography: Author. Title. Facts of publication. The first author family
name first, the others given name first ("A, and B"; up to ten, else the
first seven and et al.). Books: Place: Publisher, Year. Articles: *Journal*
12, no. 3 (2019): 45–67. Chapters: In *Book*, edited by X, pages.
Place: Publisher, Year.

Notes: the first note citing a source is in full, names given name first,
elements separated by commas, the facts of a book in parentheses:
"Kazuo Ishiguro, *Never Let Me Go* (New York: Vintage International,
2006), 41." Later notes are shortened to the family name, a short title
(at most four words) and the locator: "Ishiguro, *Never Let Me Go*, 74."
"""

from __future__ import annotations

from outliner.compose.citing.base import CitationFormatter
from outliner.compose.citing.parts import (
    and_list,
    bare_pages,
    clean,
    commas,
    doi_link,
    edition,
    family,
    family_first,
    given_first,
    italic,
    month_day_year,
    named,
    parts_of,
    period,
    quoted,
    sentences,
    short_title,
    shortened_range,
    title_case,
    year_of,
)
from outliner.core.essay import CitationStyle
from outliner.core.sources import Name, Source, SourceType

T = SourceType

#: Types whose title is part of a larger work: in quotation marks.
_PART_TYPES = frozenset({T.CHAPTER, T.JOURNAL, T.PERIODICAL, T.WEB})


def bibliography_names(names: tuple[Name, ...]) -> str:
    """"Ishiguro, Kazuo", "Ward, Geoffrey C., and Ken Burns"; over ten: seven, et al."""
    names = named(names)
    if not names:
        return ""
    written = [family_first(names[0])] + [given_first(n) for n in names[1:]]
    if len(written) > 10:
        return ", ".join(written[:7]) + ", et al."
    if len(written) == 2:
        return f"{written[0]}, and {written[1]}"
    return and_list(written)


def note_names(names: tuple[Name, ...]) -> str:
    """"Kazuo Ishiguro", "A and B", "A, B, and C"; four or more: "A et al."."""
    names = named(names)
    if len(names) > 3:
        return f"{given_first(names[0])} et al."
    return and_list([given_first(n) for n in names])


def short_names(names: tuple[Name, ...]) -> str:
    """Family names for a short note: "Ishiguro", "Smith and Jones", "Smith et al."."""
    names = named(names)
    if len(names) > 3:
        return f"{family(names[0])} et al."
    return and_list([family(n) for n in names])


def _publication(source: Source) -> str:
    """"New York: Vintage International, 2006" (whatever of it is known)."""
    place, publisher = clean(source.place), clean(source.publisher)
    where = f"{place}: {publisher}" if place and publisher else place or publisher
    return commas(where, year_of(source.date))


def _pages(source: Source) -> str:
    return shortened_range(bare_pages(source.pages), 1)


def _link(source: Source) -> str:
    return doi_link(source.doi) if source.doi.strip() else clean(source.url)


def _journal_facts(source: Source) -> str:
    """"*Journal* 12, no. 3 (2019)" (without the pages)."""
    head = italic(title_case(source.container))
    volume = clean(source.volume)
    if volume:
        head += f" {volume}"
    if source.issue.strip():
        head += f", no. {clean(source.issue)}"
    parts = parts_of(source.date)
    date = month_day_year(source.date) if parts.day is None else year_of(source.date)
    return f"{head} ({date})" if date else head


def _editors_role(editors: tuple[Name, ...], short: bool) -> str:
    many = len(named(editors)) > 1
    return ("eds." if many else "ed.") if short else "edited by"


class ChicagoFormatter(CitationFormatter):
    """The Chicago Manual of Style, 17th edition (notes and bibliography)."""

    style = CitationStyle.CHICAGO
    uses_notes = True
    list_heading = "Bibliography"

    def _title(self, source: Source, stop: str) -> str:
        if source.type in _PART_TYPES:
            return quoted(title_case(source.title), stop)
        return italic(title_case(source.title))

    # -- bibliography ------------------------------------------------------------

    def _bib_author(self, source: Source) -> str:
        if source.type is T.FILM:
            return ""
        authors = bibliography_names(source.authors)
        if authors:
            return authors
        editors = named(source.editors)
        if editors and source.type is not T.CHAPTER:
            return f"{bibliography_names(editors)}, {_editors_role(editors, True)}"
        return ""

    def structured_entry(self, source: Source) -> str:
        kind = source.type
        author = self._bib_author(source)
        title = self._title(source, ".")
        link = _link(source)
        if kind is T.CHAPTER:
            editors = named(source.editors)
            book = italic(title_case(source.container))
            into = commas(f"In {book}" if book else "",
                          f"edited by {and_list([given_first(n) for n in editors])}"
                          if editors else "", edition(source.edition), _pages(source))
            return sentences(author, title, into, _publication(source), link)
        if kind is T.JOURNAL:
            facts = _journal_facts(source)
            pages = _pages(source)
            return sentences(author, title, f"{facts}: {pages}" if pages else facts, link)
        if kind is T.PERIODICAL:
            paper = italic(title_case(source.container))
            return sentences(author, title, commas(paper, month_day_year(source.date)), link)
        if kind is T.WEB:
            date = month_day_year(source.date)
            accessed = (f"Accessed {month_day_year(source.accessed)}"
                        if source.accessed.strip() and not date else "")
            return sentences(author, title, commas(title_case(source.container),
                                                   clean(source.publisher), date),
                             accessed, link)
        contributors = ""
        if kind is T.FILM and named(source.authors):
            directors = [given_first(n) for n in named(source.authors)]
            contributors = f"Directed by {and_list(directors)}"
        elif source.authors and named(source.editors):
            contributors = ("Edited by "
                            + and_list([given_first(n) for n in named(source.editors)]))
        volume = f"Vol. {clean(source.volume)}" if source.volume.strip() else ""
        return sentences(author, title, contributors, edition(source.edition), volume,
                         _publication(source), link)

    # -- notes --------------------------------------------------------------------

    def _note_author(self, source: Source) -> str:
        if source.type is T.FILM:
            return ""
        authors = note_names(source.authors)
        if authors:
            return authors
        editors = named(source.editors)
        if editors and source.type is not T.CHAPTER:
            return f"{note_names(editors)}, {_editors_role(editors, True)}"
        return ""

    def full_note(self, source: Source, locator: str) -> str:
        """The first note citing ``source``, in full."""
        kind = source.type
        author = self._note_author(source)
        link = _link(source)
        title = self._title(source, ",")
        if kind is T.JOURNAL:
            facts = _journal_facts(source)
            cited = f"{facts}: {locator}" if locator else facts
            return period(commas(author, title, cited, link))
        if kind is T.PERIODICAL:
            return period(commas(author, title, italic(title_case(source.container)),
                                 month_day_year(source.date), locator, link))
        if kind is T.WEB:
            date = month_day_year(source.date)
            accessed = (f"accessed {month_day_year(source.accessed)}"
                        if source.accessed.strip() and not date else "")
            return period(commas(author, title, title_case(source.container), date or accessed,
                                 locator, link))
        editors = named(source.editors)
        edited = (f"ed. {and_list([given_first(n) for n in editors])}"
                  if editors and (source.authors or kind is T.CHAPTER) else "")
        publication = _publication(source)
        if kind is T.CHAPTER:
            book = f"in {italic(title_case(source.container))}" if source.container.strip() else ""
            work = commas(author, title, book, edited, edition(source.edition))
        elif kind is T.FILM:
            directors = named(source.authors)
            directed = (f"directed by {and_list([given_first(n) for n in directors])}"
                        if directors else "")
            work = commas(title, directed)
        else:
            volume = f"vol. {clean(source.volume)}" if source.volume.strip() else ""
            work = commas(author, title, edited, edition(source.edition), volume)
        note = f"{work} ({publication})" if publication else work
        return period(commas(note, locator, link))

    def short_note(self, source: Source, locator: str) -> str:
        """A later note citing ``source``: family name, short title, locator."""
        authors = named(source.authors) or (
            named(source.editors) if source.type is not T.CHAPTER else ())
        name = "" if source.type is T.FILM else short_names(authors)
        title = short_title(title_case(source.title))
        if source.type in _PART_TYPES:
            body = f"“{title},” {locator}." if locator else f"“{title}.”"
            return f"{name}, {body}" if name else body
        return period(commas(name, italic(title), locator))

    def structured_citation(self, source: Source, locator: str, *,
                            author_named: bool, first: bool) -> str:
        return self.full_note(source, locator) if first else self.short_note(source, locator)

    def locator_only(self, source: Source | None, locator: str) -> str:
        """A free-text source's note: its text as typed, then the locator."""
        text = clean(source.text) if source is not None else ""
        if not text:
            return f"{locator}." if locator else ""
        if not locator:
            return period(text)
        return f"{text.rstrip('.')}, {locator}."
