"""Lines of an exported outline that the importer reads back as the same words.

Each function returns a node's text ready to follow a prefix on one line
("- " for a bullet, "## " for a heading, nothing for prose), escaped only
where the importer would otherwise read it as structure or take marks off
(see :mod:`outliner.io.escapes`). Every choice is checked with the
importer's own line classifier, so exporter and importer cannot disagree:
the first candidate that reads back as exactly the text is written.
"""

from __future__ import annotations

import re

from outliner.core.quotations import cited_quotations
from outliner.io.escapes import (
    ASCII_PUNCTUATION,
    escape_heading_end,
    escape_markdown,
    escape_stars,
)
from outliner.io.importers.lines import (
    LineKind,
    LineRole,
    classify,
    looks_like_markdown,
    parse_role_label,
)

_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def one_line(text: str) -> str:
    """A field's text for one line: control characters (which would make the
    file read as binary) and whitespace runs, line breaks included, one space."""
    return " ".join(_CONTROL.sub(" ", text).split())


def _reads_back(
    line: str, text: str, kind: LineKind, *, markdown: bool, works_cited: bool = False
) -> bool:
    read = classify(0, line, markdown=markdown)
    if works_cited:  # an entry: a line that does not end the list, read as it stands
        if read.kind is not LineKind.TEXT or read.content != text:
            return False
    elif read.kind is not kind or read.text != text:
        return False
    if not markdown and looks_like_markdown(line.strip()):
        return False  # a plain-text outline must not read as Markdown
    return kind is not LineKind.HEADING or read.role is LineRole.SECTION


def _separator_escaped(text: str) -> str | None:
    """"Quote\\: x" for "Quote: x": CommonMark's escape of the label's
    separator, which Markdown readers show without the backslash."""
    found = parse_role_label(text)
    if found is None:
        return None
    label = found[1]
    mark = label[-1:]
    if mark not in ASCII_PUNCTUATION:
        return None
    cut = len(label) - 1
    return text[:cut] + "\\" + text[cut:]


#: What starts a block in CommonMark (a future Markdown reader sees these
#: even where this importer would not): headings, quotations, list marks,
#: rules and setext underlines, code fences, indented code.
_BLOCK_START = re.compile(r"^(?:#{1,6}(?:\s|$)|>|[-+*=_](?:\s|$|[-+*=_ ]*$)|```|~~~)")
_ORDERED_START = re.compile(r"^(\d{1,9})([.)])(?=\s|$)")


def _commonmark_escaped(text: str) -> str:
    """``text`` with the CommonMark escape its first characters need to stay
    a paragraph's words: "\\# x", "\\> x", "\\- x", "1\\. x"."""
    ordered = _ORDERED_START.match(text)
    if ordered:
        return ordered.group(1) + "\\" + text[ordered.end(1):]
    if _BLOCK_START.match(text):
        return "\\" + text
    return text


def _first_reading_back(
    candidates: list[str], prefix: str, text: str, kind: LineKind, *, markdown: bool,
    works_cited: bool = False,
) -> str:
    for candidate in candidates:
        if _reads_back(prefix + candidate, text, kind, markdown=markdown,
                       works_cited=works_cited):
            return candidate
    return candidates[-1]  # the leading backslash: always read as text


def markdown_line(text: str, prefix: str = "", *, works_cited: bool = False) -> str:
    """One line of text for a Markdown outline after ``prefix`` ("", "- ",
    "## "); its inline markup is written as Markdown emphasis (they are the
    same, see ``escapes.escape_markdown``). ``works_cited``: an entry of the
    sources list, which must not read as anything that ends the list."""
    text = one_line(text)
    if not text:
        return ""
    escaped = escape_markdown(text)
    kind = LineKind.TEXT
    if prefix.startswith("#"):
        kind, escaped = LineKind.HEADING, escape_heading_end(escaped)
    elif prefix:
        kind = LineKind.BULLET
    candidates = [_commonmark_escaped(escaped)]
    separated = _separator_escaped(escaped)
    if separated is not None:
        candidates.append(separated)
    candidates.append("\\" + escaped)
    return _first_reading_back(candidates, prefix, text, kind, markdown=True,
                               works_cited=works_cited)


def text_line(
    text: str, prefix: str = "", *, every_star: bool = False, works_cited: bool = False
) -> str:
    """One line of text for a plain-text outline after ``prefix`` ("", "- ");
    ``every_star`` escapes each ``*`` (so the file does not look like Markdown)."""
    text = one_line(text)
    if not text:
        return ""
    escaped = escape_stars(text, every_star=every_star)
    kind = LineKind.BULLET if prefix else LineKind.TEXT
    return _first_reading_back([escaped, "\\" + escaped], prefix, text, kind, markdown=False,
                               works_cited=works_cited)


#: Put before a quotation that has no cite yet: the importer makes a quote
#: node only of a quotation with a citation, or of one after this label.
UNCITED_LABEL = "Quote:"


def has_citation(line: str) -> bool:
    """Does a quotation line (“words” (cite)) read back with its citation?"""
    return bool(cited_quotations(line))


__all__ = ["UNCITED_LABEL", "has_citation", "markdown_line", "one_line", "text_line"]
