"""BibTeX and BibLaTeX through bibtexparser 2: entries, with LaTeX accents
decoded ({\\"o} -> ö) and names split into family and given parts.

A block bibtexparser cannot parse is skipped with a note naming its line;
the other entries are still read.
"""

from __future__ import annotations

import logging
from pathlib import Path

from bibtexparser.entrypoint import parse_string
from bibtexparser.middlewares import (
    LatexDecodingMiddleware,
    SeparateCoAuthors,
    SplitNameParts,
)
from bibtexparser.middlewares.names import NameParts
from bibtexparser.model import Entry

from outliner.core.sources import Name, Source, SourceType
from outliner.io.references.names import as_text, iso_date, split_name

T = SourceType

# bibtexparser logs each block it cannot parse; the notes say so instead
# (a handler of its own keeps Python's last-resort handler from printing).
logging.getLogger("bibtexparser").addHandler(logging.NullHandler())

BIBTEX_TYPES: dict[str, SourceType] = {
    "book": T.BOOK, "mvbook": T.BOOK, "collection": T.BOOK, "booklet": T.BOOK,
    "inbook": T.CHAPTER, "incollection": T.CHAPTER, "inproceedings": T.CHAPTER,
    "conference": T.CHAPTER, "bookinbook": T.CHAPTER,
    "article": T.JOURNAL,
    "online": T.WEB, "electronic": T.WEB, "www": T.WEB, "webpage": T.WEB,
    "movie": T.FILM, "video": T.FILM,
}

_MONTHS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
    start=1)}


def _name(value: object) -> Name:
    if isinstance(value, NameParts):
        family = " ".join([*value.von, *value.last]).strip()
        given = " ".join(value.first)
        if value.jr:
            given = f"{given}, {' '.join(value.jr)}" if given else " ".join(value.jr)
        return Name(family, given)
    return split_name(str(value))


def _names(entry: Entry, key: str) -> tuple[Name, ...]:
    field = entry.fields_dict.get(key)
    if field is None:
        return ()
    value = field.value
    items = value if isinstance(value, list) else [value]
    return tuple(n for n in (_name(v) for v in items) if not n.is_empty())


def _text(entry: Entry, *keys: str) -> str:
    for key in keys:
        field = entry.fields_dict.get(key)
        if field is not None:
            text = as_text(field.value)
            if text:
                return text.replace("{", "").replace("}", "")
    return ""


def _date(entry: Entry) -> str:
    date = _text(entry, "date")
    if date:
        return date
    year = _text(entry, "year")
    month_text = _text(entry, "month").lower()
    month = _MONTHS.get(month_text[:3]) or (int(month_text) if month_text.isdigit() else None)
    if year.isdigit() and month and 1 <= month <= 12:
        return iso_date(year, month)
    return year


def source_from_bibtex(entry: Entry) -> Source:
    """One BibTeX entry as a source."""
    kind = BIBTEX_TYPES.get(entry.entry_type.lower(), T.OTHER)
    if kind is T.OTHER and _text(entry, "url") and not _text(entry, "publisher"):
        kind = T.WEB  # @misc with a URL: how web pages are usually exported
    container = (_text(entry, "booktitle") if kind is T.CHAPTER
                 else _text(entry, "journal", "journaltitle", "booktitle", "howpublished"))
    if kind is T.JOURNAL and not container:
        kind = T.OTHER
    authors = _names(entry, "author") or (_names(entry, "director") if kind is T.FILM else ())
    return Source(
        type=kind, authors=authors, editors=_names(entry, "editor"),
        title=_text(entry, "title"), container=container, edition=_text(entry, "edition"),
        volume=_text(entry, "volume"), issue=_text(entry, "number", "issue"),
        publisher=_text(entry, "publisher", "organization", "institution"),
        place=_text(entry, "address", "location"), date=_date(entry),
        pages=_text(entry, "pages"), url=_text(entry, "url"), doi=_text(entry, "doi"),
        accessed=_text(entry, "urldate"),
    )


def read_bibtex(text: str, path: Path) -> tuple[list[Source], list[str]]:
    """The sources of a .bib file."""
    library = parse_string(
        text, append_middleware=[LatexDecodingMiddleware(), SeparateCoAuthors(),
                                 SplitNameParts()])
    notes: list[str] = []
    for block in library.failed_blocks:
        line = f"line {block.start_line + 1}" if block.start_line is not None else "a block"
        said = [line for line in str(getattr(block, "error", "")).splitlines() if line.strip()]
        reason = said[-1].strip() if said else "it could not be parsed"
        notes.append(f"the entry at {line} was skipped: {reason}")
    sources: list[Source] = []
    for entry in library.entries:
        source = source_from_bibtex(entry)
        if source.is_empty():
            notes.append(f"the entry {entry.key} has no title, names or date; skipped")
            continue
        sources.append(source)
    return sources, notes
