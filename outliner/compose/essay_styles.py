"""What each citation style decides about the essay's words (not its looks):
the heading lines and their order, how a date is written, what the sources
list is called and how it is sorted.

The page layout (fonts, margins, the APA title page) stays with the Word
exporter; this is the part every view of the finished essay shares.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from outliner.core.essay import CitationStyle
from outliner.core.inline import plain


@dataclass(frozen=True)
class StyleWords:
    """The content decisions of one citation style."""

    name: str
    #: Meta fields of the heading block (MLA) or byline (APA, Chicago), in order.
    heading_fields: tuple[str, ...]
    title_first: bool  # the title, then the byline (APA, Chicago)
    date_format: str  # "dmy": 9 March 2026; "mdy": March 9, 2026
    sources_heading: str


STYLE_WORDS: dict[CitationStyle, StyleWords] = {
    CitationStyle.MLA: StyleWords(
        "MLA", ("author", "instructor", "course", "date"), False, "dmy", "Works Cited"),
    CitationStyle.APA: StyleWords(
        # APA 7 student title page: author, affiliation, course, instructor, date.
        "APA", ("author", "affiliation", "course", "instructor", "date"), True, "mdy",
        "References"),
    CitationStyle.CHICAGO: StyleWords(
        "Chicago", ("author", "course", "instructor", "date"), True, "mdy", "Bibliography"),
}


# -- dates --------------------------------------------------------------------

_MONTHS = [
    "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December",
]
_MONTH_BY_PREFIX = {m[:3].lower(): i + 1 for i, m in enumerate(_MONTHS)}
_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")
_NUMERIC = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$")
_MONTH_FIRST = re.compile(r"^([A-Za-z]{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$")
_DAY_FIRST = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Za-z]{3,})\.?,?\s+(\d{4})$")


def parse_date(text: str) -> date | None:
    """A date from ISO (2026-03-09), US numeric (3/9/2026; day first when the
    first number exceeds 12) or written forms ("March 9, 2026", "9 Mar 2026");
    None when it is none of those."""
    text = " ".join(text.split())
    try:
        if m := _ISO.match(text):
            return date(int(m[1]), int(m[2]), int(m[3]))
        if m := _NUMERIC.match(text):
            first, second, year = int(m[1]), int(m[2]), int(m[3])
            year += 2000 if year < 100 else 0
            month, day = (second, first) if first > 12 else (first, second)
            return date(year, month, day)
        if m := _MONTH_FIRST.match(text):
            named = _month(m[1])
            return date(int(m[3]), named, int(m[2])) if named else None
        if m := _DAY_FIRST.match(text):
            named = _month(m[2])
            return date(int(m[3]), named, int(m[1])) if named else None
    except ValueError:  # 31 February and friends
        return None
    return None


def _month(word: str) -> int | None:
    number = _MONTH_BY_PREFIX.get(word[:3].lower())
    if number is None:
        return None
    full = _MONTHS[number - 1].lower()
    # "Mar", "March", "Sept" are months; "Marble" is not.
    ok = full.startswith(word.lower()) or word.lower() == "sept"
    return number if ok else None


def format_date(text: str, date_format: str) -> str:
    """The date as the style writes it ("dmy" or "mdy"); text that is not a
    date is kept as written."""
    parsed = parse_date(text)
    if parsed is None:
        return text.strip()
    month = _MONTHS[parsed.month - 1]
    if date_format == "dmy":
        return f"{parsed.day} {month} {parsed.year}"
    return f"{month} {parsed.day}, {parsed.year}"


# -- sources ----------------------------------------------------------------------

_LEADING_ARTICLE = re.compile(r"^\W*(?:a|an|the)\s+", re.IGNORECASE)


def sort_key(entry: str) -> str:
    """Alphabetical order ignoring a leading A, An or The and emphasis marks
    (MLA, APA and Chicago all list sources so)."""
    bare = plain(entry).strip()
    return _LEADING_ARTICLE.sub("", bare).casefold()
