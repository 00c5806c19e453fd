"""CSL-JSON, as Zotero and Better BibTeX export it: a list of items, each
with a ``type``, names as ``{"family", "given"}`` (or ``{"literal"}``),
dates as ``{"date-parts": [[2006, 3, 5]]}`` (or ``{"raw"}``/``{"literal"}``).

Parsed with the standard json module; keys this program does not use are
ignored (reference managers write dozens), an item that is not an object
or has a field of the wrong shape is skipped with a note naming it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from outliner.core.sources import Name, Source, SourceType
from outliner.io.errors import DocumentError
from outliner.io.references.names import as_text, iso_date

T = SourceType

#: CSL item types -> source types (anything else is "other").
CSL_TYPES: dict[str, SourceType] = {
    "book": T.BOOK, "classic": T.BOOK,
    "chapter": T.CHAPTER, "entry-encyclopedia": T.CHAPTER, "entry-dictionary": T.CHAPTER,
    "paper-conference": T.CHAPTER,
    "article-journal": T.JOURNAL, "article": T.JOURNAL, "review": T.JOURNAL,
    "article-newspaper": T.PERIODICAL, "article-magazine": T.PERIODICAL,
    "webpage": T.WEB, "post-weblog": T.WEB, "post": T.WEB,
    "motion_picture": T.FILM, "broadcast": T.FILM,
}

#: CSL variables -> source fields.
_TEXT_FIELDS = {"title": "title", "container-title": "container", "edition": "edition",
                "volume": "volume", "issue": "issue", "publisher": "publisher",
                "publisher-place": "place", "page": "pages", "URL": "url", "DOI": "doi"}


class _BadItem(ValueError):
    """One item cannot be read; the message says which field and why."""


def _names(item: dict[str, Any], key: str) -> tuple[Name, ...]:
    value = item.get(key)
    if value is None:
        return ()
    if not isinstance(value, list):
        raise _BadItem(f"“{key}” is not a list of names")
    names: list[Name] = []
    for entry in value:
        if not isinstance(entry, dict):
            raise _BadItem(f"“{key}” holds something that is not a name")
        literal = as_text(entry.get("literal"))
        if literal:
            names.append(Name(literal))
            continue
        family, given = as_text(entry.get("family")) or "", as_text(entry.get("given")) or ""
        particle = as_text(entry.get("non-dropping-particle")) or ""
        family = f"{particle} {family}".strip()
        suffix = as_text(entry.get("suffix")) or ""
        if family or given:
            names.append(Name(family, f"{given}, {suffix}" if suffix and given else given))
    return tuple(names)


def _date(item: dict[str, Any], key: str) -> str:
    value = item.get(key)
    if value is None:
        return ""
    if isinstance(value, str):
        return " ".join(value.split())
    if not isinstance(value, dict):
        raise _BadItem(f"“{key}” is not a date")
    parts = value.get("date-parts")
    if isinstance(parts, list) and parts and isinstance(parts[0], list) and parts[0]:
        return iso_date(*parts[0][:3])
    for other in ("raw", "literal"):
        text = as_text(value.get(other))
        if text:
            return text
    year = as_text(value.get("year"))
    return year or ""


def source_from_csl(item: dict[str, Any]) -> Source:
    """One CSL item as a source (raises _BadItem)."""
    kind = CSL_TYPES.get(str(item.get("type", "")), T.OTHER)
    values: dict[str, str] = {}
    for key, name in _TEXT_FIELDS.items():
        if key in item:
            text = as_text(item[key])
            if text is None:
                raise _BadItem(f"“{key}” is not text")
            values[name] = text
    authors = _names(item, "author")
    if kind is T.FILM and not authors:
        authors = _names(item, "director")
    return Source(type=kind, authors=authors, editors=_names(item, "editor"),
                  date=_date(item, "issued"), accessed=_date(item, "accessed"), book=None,
                  **values)


def _label(item: object, number: int) -> str:
    if isinstance(item, dict):
        key = as_text(item.get("id"))
        if key:
            return f"item {number} ({key[:40]})"
    return f"item {number}"


def read_csl_json(text: str, path: Path) -> tuple[list[Source], list[str]]:
    """The sources of a CSL-JSON file (a list of items, or one item)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DocumentError(path, f"is not valid JSON ({exc.msg} at line {exc.lineno}, "
                                  f"column {exc.colno})") from None
    if isinstance(data, dict):
        data = [data]
    if not isinstance(data, list):
        raise DocumentError(path, "is JSON but not CSL-JSON (expected a list of items)")
    sources: list[Source] = []
    notes: list[str] = []
    for number, item in enumerate(data, start=1):
        if not isinstance(item, dict):
            notes.append(f"{_label(item, number)} is not an object; skipped")
            continue
        try:
            source = source_from_csl(item)
        except _BadItem as exc:
            notes.append(f"{_label(item, number)}: {exc}; skipped")
            continue
        if source.is_empty():
            notes.append(f"{_label(item, number)} has no title, names or date; skipped")
            continue
        sources.append(source)
    return sources, notes
