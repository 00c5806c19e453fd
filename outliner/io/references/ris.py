"""RIS (EndNote, Zotero, Mendeley and most databases) through rispy.

Names are "Family, Given"; titles come from TI or T1, the container from
T2, JO, JF or BT; dates from PY/Y1 or DA ("2020/03/05/").
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import rispy

from outliner.core.sources import Name, Source, SourceType
from outliner.io.references.names import as_text, iso_date, split_name

T = SourceType

RIS_TYPES: dict[str, SourceType] = {
    "BOOK": T.BOOK, "EBOOK": T.BOOK, "EDBOOK": T.BOOK, "CLASSIC": T.BOOK,
    "CHAP": T.CHAPTER, "ECHAP": T.CHAPTER, "CPAPER": T.CHAPTER, "CONF": T.CHAPTER,
    "JOUR": T.JOURNAL, "EJOUR": T.JOURNAL, "JFULL": T.JOURNAL,
    "NEWS": T.PERIODICAL, "MGZN": T.PERIODICAL,
    "ELEC": T.WEB, "WEB": T.WEB, "BLOG": T.WEB,
    "MPCT": T.FILM, "VIDEO": T.FILM,
}

_RIS_DATE = re.compile(r"^(\d{4})(?:/(\d{1,2})?(?:/(\d{1,2})?)?)?")


def _first(record: dict[str, Any], *keys: str) -> str:
    for key in keys:
        value = record.get(key)
        if isinstance(value, list):
            value = next((v for v in value if isinstance(v, str) and v.strip()), None)
        text = as_text(value) if value is not None else None
        if text:
            return text
    return ""


def _names(record: dict[str, Any], *keys: str) -> tuple[Name, ...]:
    for key in keys:
        value = record.get(key)
        if isinstance(value, list) and value:
            return tuple(n for n in (split_name(str(v)) for v in value) if not n.is_empty())
    return ()


def _date(text: str) -> str:
    m = _RIS_DATE.match(text)
    if m:
        return iso_date(m[1], m[2], m[3] if m[2] else None)
    return text


def source_from_ris(record: dict[str, Any]) -> Source:
    """One RIS record as a source."""
    kind = RIS_TYPES.get(_first(record, "type_of_reference").upper(), T.OTHER)
    start, end = _first(record, "start_page"), _first(record, "end_page")
    pages = f"{start}-{end}" if start and end and start != end else start or end
    editor_keys = ("editors", "secondary_authors") if kind is T.CHAPTER else ("editors",)
    return Source(
        type=kind,
        authors=_names(record, "authors", "first_authors"),
        editors=_names(record, *editor_keys),
        title=_first(record, "title", "primary_title"),
        container=_first(record, "secondary_title", "journal_name", "alternate_title3",
                         "alternate_title1"),
        edition=_first(record, "edition"), volume=_first(record, "volume"),
        issue=_first(record, "number"), publisher=_first(record, "publisher"),
        place=_first(record, "place_published"),
        date=_date(_first(record, "year", "publication_year", "date")),
        pages=pages, url=_first(record, "urls"), doi=_first(record, "doi"),
        accessed=_date(_first(record, "access_date")),
    )


def read_ris(text: str, path: Path) -> tuple[list[Source], list[str]]:
    """The sources of a .ris file."""
    if not re.search(r"^TY  - ", text, re.MULTILINE):
        return [], ["no record starts with a “TY  - ” line"]
    records: list[dict[str, Any]] = rispy.loads(text.replace("\r\n", "\n"))
    sources: list[Source] = []
    notes: list[str] = []
    for number, record in enumerate(records, start=1):
        source = source_from_ris(record)
        if source.is_empty():
            notes.append(f"record {number} has no title, names or date; skipped")
            continue
        sources.append(source)
    return sources, notes
