"""Sources: what an essay cites, as typed or as fields.

A source is either free text, kept exactly as the writer typed it (the
entry of old files and of the Properties dialog), or a typed record with
fields (authors, title, container, ...), from which each citation style
formats its own entry. A source with fields may also keep a text (what an
importer read, or what the writer typed before filling in fields); fields
win when there are any.

Names are family/given pairs; an organisation is a family name alone.
Dates are text as given ("2006", "2020-03-05", "5 March 2020"); the
formatters read the year, month and day out of them.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, fields, replace
from enum import StrEnum

from outliner.core.translatable import QT_TRANSLATE_NOOP


class SourceType(StrEnum):
    """What kind of work a source is (the types the three styles format)."""

    BOOK = "book"
    CHAPTER = "chapter"  # a chapter or essay in an edited book
    JOURNAL = "journal-article"
    PERIODICAL = "periodical-article"  # newspaper or magazine
    WEB = "web-page"
    FILM = "film"
    OTHER = "other"


#: How each type is called wherever a person reads it.
SOURCE_TYPE_LABELS: dict[SourceType, str] = {
    SourceType.BOOK: QT_TRANSLATE_NOOP("SourceType", "Book"),
    SourceType.CHAPTER: QT_TRANSLATE_NOOP("SourceType", "Chapter in an edited book"),
    SourceType.JOURNAL: QT_TRANSLATE_NOOP("SourceType", "Journal article"),
    SourceType.PERIODICAL: QT_TRANSLATE_NOOP("SourceType", "Newspaper or magazine article"),
    SourceType.WEB: QT_TRANSLATE_NOOP("SourceType", "Web page"),
    SourceType.FILM: QT_TRANSLATE_NOOP("SourceType", "Film"),
    SourceType.OTHER: QT_TRANSLATE_NOOP("SourceType", "Other"),
}


def new_source_id() -> str:
    """A fresh source id: short, random, stable once given."""
    return "src-" + os.urandom(4).hex()  # as uuid4().hex[:8], without importing uuid


@dataclass(frozen=True)
class Name:
    """A person (family and given names) or an organisation (family only)."""

    family: str
    given: str = ""

    def is_empty(self) -> bool:
        return not (self.family.strip() or self.given.strip())


#: How far a page offset may go (the file format's bound).
PAGE_OFFSET_LIMIT = 100_000


@dataclass(frozen=True)
class BookLink:
    """The book file a source is attached to, for checking quotations
    against it: where it is, the SHA-256 of its bytes when it was attached
    (its page text is cached by that, never kept in the essay), and the
    page offset for a book whose pages are numbered only by position
    (the printed page of its first page, minus one)."""

    path: str
    sha256: str
    page_offset: int = 0


#: The text fields of a source besides its names, in the order forms show them.
SOURCE_TEXT_FIELDS = (
    "title", "container", "edition", "volume", "issue", "publisher", "place",
    "date", "pages", "url", "doi", "accessed",
)

#: What each text field is called in forms and messages.
SOURCE_FIELD_LABELS: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("SourceField", "Title"),
    "container": QT_TRANSLATE_NOOP("SourceField", "Container (book, journal, site)"),
    "edition": QT_TRANSLATE_NOOP("SourceField", "Edition"),
    "volume": QT_TRANSLATE_NOOP("SourceField", "Volume"),
    "issue": QT_TRANSLATE_NOOP("SourceField", "Issue"),
    "publisher": QT_TRANSLATE_NOOP("SourceField", "Publisher"),
    "place": QT_TRANSLATE_NOOP("SourceField", "Place"),
    "date": QT_TRANSLATE_NOOP("SourceField", "Date"),
    "pages": QT_TRANSLATE_NOOP("SourceField", "Pages"),
    "url": QT_TRANSLATE_NOOP("SourceField", "URL"),
    "doi": QT_TRANSLATE_NOOP("SourceField", "DOI"),
    "accessed": QT_TRANSLATE_NOOP("SourceField", "Accessed"),
}


@dataclass(frozen=True)
class Source:
    """One entry of the sources list. ``Source("...")`` is a free-text entry.

    For a film, ``authors`` are its directors; ``container`` is the book of
    a chapter, the journal, newspaper or magazine of an article, the site of
    a web page. Equality ignores the id and the attached book (two identical
    entries are equal).
    """

    text: str = ""
    type: SourceType = SourceType.OTHER
    authors: tuple[Name, ...] = ()
    editors: tuple[Name, ...] = ()
    title: str = ""
    container: str = ""
    edition: str = ""
    volume: str = ""
    issue: str = ""
    publisher: str = ""
    place: str = ""
    date: str = ""
    pages: str = ""
    url: str = ""
    doi: str = ""
    accessed: str = ""
    #: The attached book (PDF, EPUB or text), if any. Not part of what the
    #: entry is: equality and ``same_work`` ignore it, so the same work with
    #: and without a file attached is one entry (a paste adds no duplicate).
    #: Compare ``.book`` itself to see an attachment change.
    book: BookLink | None = field(default=None, compare=False)
    id: str = field(default_factory=new_source_id, compare=False)

    @property
    def structured(self) -> bool:
        """True when it has fields to format from (else its text is printed)."""
        return bool(self.title.strip() or any(not n.is_empty() for n in self.authors)
                    or any(not n.is_empty() for n in self.editors))

    def is_empty(self) -> bool:
        """Nothing at all typed: no text, no names, no fields."""
        return not (self.text.strip() or self.structured
                    or any(getattr(self, name).strip() for name in SOURCE_TEXT_FIELDS))

    def with_fields(self, **changes: object) -> Source:
        """A copy with some fields changed, keeping the id."""
        return replace(self, **changes)  # type: ignore[arg-type]

    def same_work(self, other: Source) -> bool:
        """The same entry apart from the id (adding it again would be a duplicate)."""
        return all(getattr(self, f.name) == getattr(other, f.name)
                   for f in fields(self) if f.name not in ("id", "book"))


# -- dates ----------------------------------------------------------------------

_ISO_PARTS = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")
_YEAR = re.compile(r"(?<!\d)(\d{4})(?!\d)")
_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july",
                "august", "september", "october", "november", "december")


@dataclass(frozen=True)
class DateParts:
    """A date as far as it is known: a year at least, or nothing parsed."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    text: str = ""  # the date as given, for a date that has no year in it


def date_parts(text: str) -> DateParts:
    """Year, month and day out of "2006", "2020-03", "2020-03-05",
    "March 5, 2020" or "5 March 2020"; a text without a four-digit year is
    kept as ``text``."""
    text = " ".join(text.split())
    if not text:
        return DateParts()
    if m := _ISO_PARTS.match(text):
        month = int(m[2]) if m[2] else None
        day = int(m[3]) if m[3] else None
        if month is not None and not 1 <= month <= 12:
            month, day = None, None
        if day is not None and not 1 <= day <= 31:
            day = None
        return DateParts(int(m[1]), month, day)
    year_match = _YEAR.search(text)
    if not year_match:
        return DateParts(text=text)
    words = re.findall(r"[A-Za-z]+|\d+", text)
    month = next((i + 1 for w in words for i, name in enumerate(_MONTH_NAMES)
                  if len(w) >= 3 and name.startswith(w.lower())), None)
    day = next((int(w) for w in words if w.isdigit() and len(w) <= 2 and 1 <= int(w) <= 31),
               None)
    return DateParts(int(year_match[1]), month, day if month else None)




# -- names as lines of text (how forms show them) ---------------------------------


def name_line(name: Name) -> str:
    """"Ishiguro, Kazuo"; an organisation as its name alone."""
    return f"{name.family}, {name.given}" if name.given.strip() else name.family


def names_from_lines(text: str) -> tuple[Name, ...]:
    """One name a line: "Family, Given", or a line without a comma for an
    organisation or a single name (never split: "World Health Organization"
    is one name). Blank lines are dropped."""
    names: list[Name] = []
    for line in text.splitlines():
        line = " ".join(line.split())
        if not line:
            continue
        family, _, given = line.partition(",")
        names.append(Name(family.strip(), given.strip()))
    return tuple(names)


__all__ = [
    "SOURCE_FIELD_LABELS",
    "SOURCE_TEXT_FIELDS",
    "SOURCE_TYPE_LABELS",
    "BookLink",
    "DateParts",
    "Name",
    "Source",
    "SourceType",
    "date_parts",
    "name_line",
    "names_from_lines",
    "new_source_id",
]
