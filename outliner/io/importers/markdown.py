"""Read a Markdown draft with a real CommonMark parser (markdown-it-py).

markdown-it decides what is Markdown structure (a list, a heading, a code
span, a link); the draft's own essay structure ("Thesis:", "Body paragraph
2:", "I." outlines, Works Cited) is still read by the line classifier and
tree builder the plain-text importer uses. So this module only turns
markdown-it's tokens back into lines of a small, regular Markdown that the
classifier reads exactly: ``#`` headings, ``-`` / ``1.`` bullets indented by
nesting, ``>`` quotations, and paragraphs whose inline markup is rendered as
text (a link keeps its text and its address in parentheses, entities decode,
code keeps its text, HTML tags go while their text stays, an HTML comment's
text becomes a note). Emphasis stays as ``*…*`` / ``**…**``, the model's
inline markup.

The writer's backslash escapes are kept as typed in those lines, so the
classifier still knows "Thesis\\: x" was not a label; text that only reads
as structure after rendering (a code span "`1. x`", a paragraph line "14. x"
CommonMark does not take as a list) gets a backslash for the same reason.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from outliner.core.essay import Essay
from outliner.io.escapes import ASCII_PUNCTUATION, escape_heading_end
from outliner.io.importers.build import build_essay
from outliner.io.importers.decoding import decode_text_with_notes
from outliner.io.importers.lines import (
    ImportReport,
    Line,
    classify,
    normalise_newlines,
    parse_role_label,
    reads_as_structure,
)
from outliner.io.importers.unwrap import unwrap
from outliner.io.read_result import ReadResult
from outliner.io.reading import TEXT_IMPORT, read_limited

if TYPE_CHECKING:  # markdown-it is loaded with the first Markdown draft
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

#: What CommonMark itself would read as structure at a line's start; text
#: markdown-it did not take as such was escaped or cannot be structure there.
_COMMONMARK_START = re.compile(
    r"^(?:#{1,6}(?:[ \t]|$)|>|[-*+](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)"
    r"|([-*_])(?:[ \t]*\1){2,}[ \t]*$|=+[ \t]*$)"
)
#: Emphasis wrapped round a label alone ("**Thesis:** x"): the label is read.
_MARKED_LABEL = re.compile(r"^(\*{1,3})([^*\n]+?)\1(?!\*)(.*)$", re.DOTALL)
_LEAVES = frozenset({"heading_open", "paragraph_open", "fence", "code_block", "html_block", "hr"})
#: What opens a line inside block quotes and list items.
_CONTAINER_MARKS = re.compile(r"^(?:[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)))*")
_REFERENCE = re.compile(r"^\[([^\]]*)\]:[ \t]*(?:<([^<>\n]*)>)?")
_TAG = re.compile(r"<[^>]*>")
_ENTITY = re.compile(r"&#?\w+;")
_BREAK_TAG = re.compile(
    r"</?(?:br|p|div|hr|li|ul|ol|td|th|tr|table|h[1-6]|blockquote|pre|section|dd|dt)\b[^>]*>",
    re.IGNORECASE,
)
_SPACES = re.compile(r"[ \t]{2,}")
_COMMENT = re.compile(r"<!--(.*?)(?:-->|$)", re.DOTALL)
_OTHER_MARKUP = re.compile(r"<(?:\?|![A-Z]|!\[CDATA\[)(.*?)(?:\?>|\]\]>|>|$)", re.DOTALL)


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

    # text_join would merge the escapes into the text; they are kept apart
    # so the writer's "\\:" reaches the classifier as typed.
    return MarkdownIt("commonmark").disable("text_join")


def _literal(text: str) -> str:
    """Text that must read as itself: backslashes the classifier would
    resolve are doubled."""
    if "\\" not in text:
        return text
    out = []
    for i, ch in enumerate(text):
        after = text[i + 1 : i + 2]
        out.append("\\\\" if ch == "\\" and (not after or after in ASCII_PUNCTUATION) else ch)
    return "".join(out)


def _markup_text(raw: str) -> tuple[str, list[str], list[str]]:
    """Raw HTML as its text, its comments' (and declarations') text, and the
    tags and entities taken out (for the import report)."""
    dropped = _TAG.findall(_OTHER_MARKUP.sub(" ", _COMMENT.sub(" ", raw)))
    notes = [" ".join(m.group(1).split()) for m in _COMMENT.finditer(raw)]
    rest = _COMMENT.sub(" ", raw)
    notes += [" ".join(m.group(1).split()) for m in _OTHER_MARKUP.finditer(rest)]
    rest = _OTHER_MARKUP.sub(" ", rest)
    rest = _BREAK_TAG.sub(" ", rest)  # "one<br>two" is two words; "<b>x</b>y" is one
    rest = _TAG.sub(lambda m: " " if _joins(rest, m.start(), m.end()) else "", rest)
    return _decode_entities(rest, dropped), [note for note in notes if note], dropped


def _joins(text: str, start: int, end: int) -> bool:
    """Would taking ``text[start:end]`` out join two words?"""
    return text[start - 1 : start].isalnum() and text[end : end + 1].isalnum()


def _decode_entities(text: str, dropped: list[str]) -> str:
    """Entities as their characters, but where that would join two words."""

    def decode(match: re.Match[str]) -> str:
        typed, char = match.group(), html.unescape(match.group())
        before, after = text[match.start() - 1 : match.start()], text[match.end() : match.end() + 1]
        if char == typed or (before.isalnum() and char[:1].isalnum()) or (
                char[-1:].isalnum() and after.isalnum()):
            return typed
        dropped.append(typed)
        return char

    return _ENTITY.sub(decode, text)


def _rendered(piece: str | tuple[str, str, list[str]]) -> str:
    return piece if isinstance(piece, str) else piece[0]


class _Inline:
    """Renders an inline token's children to one classifier line per source line."""

    def __init__(self) -> None:
        self.notes: list[str] = []  # HTML comments: notes under the block
        self.dropped: list[str] = []  # markup taken out, as typed: the report's labels

    def render(self, tokens: Sequence[Token]) -> str:
        # Markup that comes off is (rendered, as typed, what came off) until
        # the neighbours are known: it stays as typed where taking it off
        # would join two words ("0`0`", "a<b>b").
        out: list[str | tuple[str, str, list[str]]] = []
        links: list[tuple[str, int]] = []  # open links: address, where their text starts
        for tok in tokens:
            kind = tok.type
            if kind == "text":
                out.append(_literal(tok.content))
            elif kind == "text_special":
                # An escape stays as typed; an entity is its character.
                if tok.info == "escape":
                    out.append(tok.markup)
                else:
                    out.append((_literal(tok.content), _literal(tok.markup), [tok.markup]))
            elif kind in ("softbreak", "hardbreak"):
                out.append("\n")
            elif kind == "code_inline":
                typed = tok.markup + tok.content + tok.markup
                out.append((_literal(tok.content), _literal(typed), [tok.markup]))
            elif kind in ("em_open", "em_close"):
                out.append("*")  # "_x_" too: the model's inline markup is "*x*"
            elif kind in ("strong_open", "strong_close"):
                out.append("**")
            elif kind == "link_open":
                links.append((self._address(tok), len(out)))
                out.append(("", " ", []))  # a space where its text touches a word
            elif kind == "link_close" and links:
                address, start = links.pop()
                shown = "".join(_rendered(piece) for piece in out[start:]).strip()
                if address and address not in (shown, "mailto:" + shown):
                    out.append(f" ({_literal(address)})")
                else:  # an autolink is its own text: it touches its neighbours as typed
                    out[start] = ("", "", [])
                    out.append(("", "", []))
            elif kind == "image":
                alt = self.render(tok.children or [])
                address = self._address(tok, "src")
                shown = f"{alt} ({_literal(address)})" if address else alt
                out.append((shown, f" {shown} ", []))
            elif kind == "html_inline":
                text, notes, dropped = _markup_text(tok.content)
                out.append((_literal(text), _literal(tok.content), dropped))
                self.notes.extend(notes)
            else:
                out.append(_literal(tok.content))
        return self._settle(out)

    def _settle(self, out: list[str | tuple[str, str, list[str]]]) -> str:
        done: list[str] = []
        for n, piece in enumerate(out):
            if isinstance(piece, str):
                done.append(piece)
                continue
            rendered, typed, dropped = piece
            before = next((d[-1] for d in reversed(done) if d), "")
            after = next((r[0] for r in map(_rendered, out[n + 1 :]) if r), "")
            # A link's text touching a word keeps a space (its address goes
            # in parentheses after it); other markup comes off and its words
            # join their neighbours, as CommonMark reads them ("`foo`bar" is
            # "foobar").
            joins = (before.isalnum() and (rendered or after)[:1].isalnum()) or (
                (rendered or before)[-1:].isalnum() and after.isalnum())
            if joins and not rendered and typed.strip() == "":
                done.append(typed)
            else:
                done.append(rendered)
                self.dropped.extend(dropped)
        return "".join(done)

    @staticmethod
    def _address(tok: Token, attr: str = "href") -> str:
        # As the writer typed it, not as markdown-it encodes it for a browser.
        address = _parser().normalizeLinkText(str(tok.attrs.get(attr) or ""))
        title = str(tok.attrs.get("title") or "")
        return f"{title}: {address}" if title else address


def _line_start(text: str, *, first: bool) -> str:
    """One rendered line, made to read as markdown-it read it."""
    text = text.strip()
    marked = _MARKED_LABEL.match(text)
    if marked:
        found = parse_role_label(marked.group(2))
        if found is not None and not found[2]:
            text = marked.group(2) + marked.group(3)
    if text.startswith("\\"):
        return text  # the writer's escape, or a literal backslash: read as typed
    if _COMMONMARK_START.match(text) or (not first and text.startswith("#")):
        return "\\" + text
    return text


class _Lines:
    """Walks markdown-it's block tokens, writing classifier lines."""

    def __init__(self) -> None:
        self.out: list[str] = []
        self.inline = _Inline()
        self.last_end: int | None = None  # the source line the last block ended at
        self.soft_breaks: set[int] = set()  # lines that go on with a paragraph

    def walk(self, tokens: list[Token], source: list[str]) -> list[str]:
        self.source = source
        self.held = {n for tok in tokens if tok.type in _LEAVES and tok.map
                     for n in range(*tok.map)}
        self.read_to = 0
        i = 0
        while i < len(tokens):
            i = self._block(tokens, i, indent="", quote="")
        self._unread(len(source), "", "")
        return self.out

    def _unread(self, upto: int, indent: str, quote: str) -> None:
        """Lines before ``upto`` no block holds: link reference definitions
        ("[1]: url"), which markdown-it keeps for its links, and bare list
        or quotation marks. The definitions' words stay, as notes."""
        for n in range(self.read_to, upto):
            text = _CONTAINER_MARKS.sub("", self.source[n]).strip()
            if n not in self.held and text:
                # As typed, but for the brackets round the label and address.
                text = _SPACES.sub(" ", _REFERENCE.sub(r"\1: \2 ", text)).strip()
                self.inline.notes.append(_decode_entities(text, self.inline.dropped))
        self.read_to = max(self.read_to, upto)
        self._notes(indent, quote)

    def _gap(self, tok: Token, quote: str) -> None:
        """A blank line where the draft has one (the builder reads them: a
        "Quote:" bullet holds what follows up to a blank line)."""
        if tok.map is None:
            return
        if self.last_end is not None and tok.map[0] > self.last_end:
            self.out.append(quote)
        self.last_end = tok.map[1]

    def _emit(self, text: str, indent: str, quote: str) -> None:
        prefix = (quote + " ") if quote else ""
        self.out.append(indent + prefix + text)

    def _paragraph(self, inline: Token, indent: str, quote: str, marker: str = "") -> None:
        # Runs of spaces are one (a comment or tag taken out leaves a gap).
        rendered = _SPACES.sub(" ", self.inline.render(inline.children or [])).split("\n")
        for n, piece in enumerate(rendered):
            line = _line_start(piece, first=n == 0 and not marker)
            if n == 0 and marker:
                self._emit(f"{marker} {line}".rstrip(), indent, quote)
            elif line:
                self._emit(line, indent + ("    " if marker else ""), quote)
                self.soft_breaks.add(len(self.out) - 1)
        self._notes(indent, quote)

    def _notes(self, indent: str, quote: str) -> None:
        notes, self.inline.notes = self.inline.notes, []
        for note in notes:
            escape = reads_as_structure(note, markdown=True) or note.startswith("\\")
            self._emit("- " + ("\\" if escape else "") + _literal(note), indent, quote)

    def _literal_lines(self, text: str, indent: str, quote: str) -> None:
        """Code and HTML blocks: every line is text."""
        for piece in text.split("\n"):
            piece = piece.strip()
            if piece:
                line = _literal(piece)
                escape = reads_as_structure(piece, markdown=True) or piece.startswith("\\")
                self._emit("\\" + line if escape else line, indent, quote)

    def _block(self, tokens: list[Token], i: int, indent: str, quote: str) -> int:
        """Write the block starting at ``tokens[i]``; the index after it."""
        tok = tokens[i]
        kind = tok.type
        if kind in _LEAVES and tok.map:
            self._unread(tok.map[0], indent, quote)
            self.read_to = max(self.read_to, tok.map[1])
            self._gap(tok, quote)
        if kind == "heading_open":
            text = self.inline.render(tokens[i + 1].children or []).replace("\n", " ").strip()
            marked = _line_start(text, first=True)
            if marked.startswith("\\") and not text.startswith("\\"):
                marked = text  # after "#" only an escape or a label counts
            self._emit(f"{'#' * int(tok.tag[1:])} {escape_heading_end(marked)}".rstrip(),
                       indent, quote)
            self._notes(indent, quote)
            return i + 3
        if kind == "paragraph_open":
            self._paragraph(tokens[i + 1], indent, quote)
            return i + 3
        if kind in ("fence", "code_block"):
            if tok.info:  # "```python": what the code is, not what it says
                self.inline.dropped.append(tok.markup + tok.info)
            self._literal_lines(tok.content, indent, quote)
            return i + 1
        if kind == "html_block":
            text, notes, dropped = _markup_text(tok.content)
            self._literal_lines(text, indent, quote)
            self.inline.notes.extend(notes)
            self.inline.dropped.extend(dropped)
            self._notes(indent, quote)
            return i + 1
        if kind == "hr":
            self._emit("---", indent, quote)
            return i + 1
        if kind == "blockquote_open":
            return self._children(tokens, i, indent, (quote + " >").strip())
        if kind in ("bullet_list_open", "ordered_list_open"):
            return self._list(tokens, i, indent, quote)
        return i + 1

    def _children(self, tokens: list[Token], i: int, indent: str, quote: str) -> int:
        """Blocks up to the token closing ``tokens[i]``."""
        level = tokens[i].level
        i += 1
        while i < len(tokens) and not (tokens[i].level == level and tokens[i].nesting < 0):
            i = self._block(tokens, i, indent, quote)
        return i + 1

    def _list(self, tokens: list[Token], i: int, indent: str, quote: str) -> int:
        opening = tokens[i]
        ordered = opening.type == "ordered_list_open"
        number = int(str(opening.attrs.get("start", 1)))
        level = opening.level
        i += 1
        while i < len(tokens) and not (tokens[i].level == level and tokens[i].nesting < 0):
            item = tokens[i]  # list_item_open
            marker = f"{item.info or number}{item.markup}" if ordered else "-"
            number += 1
            i = self._item(tokens, i, indent, quote, marker)
        return i + 1

    def _item(self, tokens: list[Token], i: int, indent: str, quote: str, marker: str) -> int:
        level = tokens[i].level
        i += 1
        first = True
        while i < len(tokens) and not (tokens[i].level == level and tokens[i].nesting < 0):
            tok = tokens[i]
            if first and tok.type == "paragraph_open" and tok.map:
                self._unread(tok.map[0], indent, quote)
                self.read_to = max(self.read_to, tok.map[1])
                self._gap(tok, quote)
                self._paragraph(tokens[i + 1], indent, quote, marker)
                i += 3
            else:
                if first:  # an item that opens with a list, code or nothing
                    self._emit(marker, indent, quote)
                i = self._block(tokens, i, indent + "    ", quote)
            first = False
        if first:
            self._emit(marker, indent, quote)
        return i + 1


def markdown_lines(text: str) -> tuple[list[Line], list[str]]:
    """The classified lines of a newline-normalised Markdown draft, and the
    markup taken out of them as typed (tags, entities, backticks)."""
    tokens = _parser().parse(text)
    reader = _Lines()
    raw = reader.walk(tokens, text.split("\n"))
    lines = [classify(n + 1, line, markdown=True)
             for n, line in enumerate(raw)]
    for n in reader.soft_breaks:
        lines[n].soft_break = True
    return lines, reader.inline.dropped


def parse_markdown_with_report(
    text: str, *, unwrap_lines: bool = True
) -> tuple[Essay, ImportReport]:
    """The essay a Markdown draft describes, and what was consumed as
    structure (never raises for any string). A paragraph's lines are joined
    where they were only wrapped, unless ``unwrap_lines`` is False."""
    text = normalise_newlines(text).removeprefix("\ufeff")
    report = ImportReport(markdown=True)
    lines, dropped = markdown_lines(text)
    report.consume(dropped)  # before the builder's labels: they are not in line order
    if unwrap_lines:
        lines = unwrap(lines, report, markdown=True)
    return build_essay(lines, report), report


def read_document(path: Path, should_stop: object = None) -> ReadResult:
    """The format registry's reader for .md files: the draft, the notes on
    how it was read and what the importer decided (io/formats.py)."""
    text, notes = decode_text_with_notes(read_limited(path, TEXT_IMPORT), path)
    essay, report = parse_markdown_with_report(text)
    return ReadResult(essay, notes + report.notes, report.findings)


__all__ = ["markdown_lines", "parse_markdown_with_report", "read_document"]
