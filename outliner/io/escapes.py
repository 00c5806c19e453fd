"""Backslash escapes: how an exported outline keeps text that looks like structure.

The outline exporters write a node's text where the draft importer looks for
structure (a "Works Cited" note, a title "Quote:", prose starting with ">").
Such text gets a backslash, and the importer reads the backslash as "this is
text" and takes it off again:

- Markdown uses CommonMark's backslash escapes: ``\\*``, ``\\_``, ``\\#``,
  ``\\>``, ``\\-``, ``Quote\\:``; ``\\\\`` is a backslash. A backslash before
  anything but ASCII punctuation is an ordinary character, as in CommonMark.
  What CommonMark itself would read as code, HTML, an entity or a link is
  escaped too, so any CommonMark reader gets the same words.
- Both formats: a line (or a bullet's or heading's text) that starts with a
  backslash before what would otherwise be read as structure is that text
  ("\\Works Cited", "\\1. not a list"); one backslash comes off the front.
- Plain text has no other escapes, except that a backslash before ``*``
  keeps ``**bold**`` from making the file read as Markdown (written only
  when the file would otherwise look like Markdown).

These are the string functions both sides share; which lines need them is
decided with the importer's own classifier (``importers.lines``).
"""

from __future__ import annotations

import re
import string
from itertools import cycle

#: What CommonMark lets a backslash escape.
ASCII_PUNCTUATION = frozenset(string.punctuation)

_MD_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")
_STAR_ESCAPES = re.compile(r"(\\+\*)")
_ESCAPED_STAR = re.compile(r"(?<!\\)\\(\\*)(?=\*)")
_BEFORE_STAR = re.compile(r"(?<!\\)(\\*)(?=\*)")
_BACKSLASHES_BEFORE_STAR = re.compile(r"(?<!\\)(\\+)(?=\*)")
_HEADING_END = re.compile(r"([ \t])(#+)$")
_HTML_AFTER = re.compile(r"[A-Za-z/!?]")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def unescape_markdown(text: str) -> str:
    """CommonMark backslash escapes resolved: ``\\*`` is ``*``, ``\\\\`` is ``\\``."""
    return _MD_ESCAPED.sub(r"\1", text) if "\\" in text else text


def markdown_to_markup(text: str) -> str:
    """A Markdown line's escapes resolved into the model's inline markup
    (``core.inline``): the stars and the backslashes right before a star
    mean the same in both, so they stay as typed ("\\*" is a literal star
    in both); every other escape is resolved ("\\_" is "_")."""
    if "\\" not in text:
        return text
    # split() puts the backslashes-before-a-star it found at the odd places
    return "".join(piece if odd else unescape_markdown(piece)
                   for piece, odd in zip(_STAR_ESCAPES.split(text), cycle((False, True)),
                                         strict=False))


def escape_markdown(text: str) -> str:
    """``text`` (in the model's inline markup) for a Markdown line: its stars
    and the backslashes right before them as they are (they mean the same
    in Markdown), a backslash before other ASCII punctuation doubled, a
    ``_`` at a word's edge escaped (Markdown would read it as emphasis), and
    what CommonMark reads as code, HTML, an entity or a link escaped (`` ` ``,
    ``<b``, ``&amp;``, ``[x](y)``), which a CommonMark reader would change."""
    if not any(ch in text for ch in "\\_`<&["):
        return text
    links = "](" in text or "][" in text or "]:" in text
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        after = text[i + 1 : i + 2]
        if ch == "\\":
            j = i
            while j < n and text[j] == "\\":
                j += 1
            run = text[i:j]
            if text[j : j + 1] == "*":
                out.append(run)  # the markup's own escapes: Markdown's too
            else:
                after = text[j : j + 1]
                # at the end too: the line may go on with punctuation
                last = "\\\\" if not after or after in ASCII_PUNCTUATION else "\\"
                out.append("\\\\" * (len(run) - 1) + last if len(run) > 1 else last)
            i = j
            continue
        if ch == "_" and not (i > 0 and text[i - 1].isalnum() and after.isalnum()):
            out.append("\\_")
        elif (ch == "`" or (ch == "<" and _HTML_AFTER.match(after))
              or (ch == "&" and _ENTITY.match(text, i)) or (ch == "[" and links)):
            out.append("\\" + ch)
        else:
            out.append(ch)
        i += 1
    return "".join(out)


def escape_heading_end(text: str) -> str:
    """A Markdown heading's text with a final " #" kept (else it is read as
    closing hashes): "Part #" becomes "Part \\#"."""
    return _HEADING_END.sub(r"\1\\\2", text)


def escape_stars(text: str, *, every_star: bool) -> str:
    """Plain text: one more backslash before each ``*`` that has backslashes
    before it (so they stay as typed) and, with ``every_star``, before every
    other ``*`` too (so ``**bold**`` does not make the file read as Markdown)."""
    if "*" not in text:
        return text
    pattern = _BEFORE_STAR if every_star else _BACKSLASHES_BEFORE_STAR
    return pattern.sub(lambda m: "\\" + m.group(1), text)


def unescape_stars(text: str) -> str:
    """Plain text: one backslash off each run of them before a ``*``."""
    return _ESCAPED_STAR.sub(r"\1", text) if "\\" in text else text


def leading_backslashes(text: str) -> int:
    """How many backslashes ``text`` starts with."""
    return len(text) - len(text.lstrip("\\"))


__all__ = [
    "ASCII_PUNCTUATION",
    "escape_heading_end",
    "escape_markdown",
    "escape_stars",
    "leading_backslashes",
    "markdown_to_markup",
    "unescape_markdown",
    "unescape_stars",
]
