"""Join a hard-wrapped draft's lines back into the lines its writer typed.

Drafts pasted from email, a terminal editor or a PDF are folded at about 72
columns: a paragraph, a bullet, a "Thesis:" line or a quotation arrives as
several lines. The builder reads one line as one thing, so the lines that
only continue the one before are joined here first, reading what writers
and wrapping tools do:

- a blank line, a list mark, a label or a heading always starts something new;
- a wrapping tool breaks a line only where the next word would not have
  fitted: the file's wrap width is estimated from its line lengths (robust to
  a few long lines and to tools that count bytes, as ``fold`` does), and a
  line that ends early ended where its writer meant it to (a title, the lines
  of an MLA heading, a list of one-line notes);
- a sentence that has not ended goes on ("years to" / "spend togethers"),
  and so does a hyphenated word ("well-" / "known") or an open quotation;
- indentation: a bullet's text may go on under the bullet's text (a hanging
  indent) and a paragraph may indent only its first line, while a line
  indented past its paragraph starts a new block.

Word drafts are read one line per Word paragraph and are never unwrapped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from outliner.core.translatable import QT_TRANSLATE_NOOP, Filled
from outliner.io.escapes import ASCII_PUNCTUATION
from outliner.io.importers.lines import (
    ImportReport,
    Line,
    LineKind,
    LineRole,
    classify,
    unescape_line_start,
)
from outliner.io.importers.lists import style_key
from outliner.io.importers.prose import (
    LONG_LINE,
    WRAPPED_LINE,
    ends_sentence,
    ends_with_abbreviation,
    join_lines,
    only_cited_quotations,
    split_sentences,
)

#: Narrower than this, a file's longest lines are notes, not a wrap width.
_MIN_WIDTH = 36
#: Wider than this, long lines are unwrapped paragraphs, not a wrap width.
_MAX_WIDTH = 160
#: Words a line does not end on unless its sentence goes on below it.
_CONTINUING_WORDS = frozenset({
    "a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "for",
    "with", "by", "from", "into", "onto", "than", "that", "as", "if", "because", "while",
    "whose", "which", "who", "whom", "its", "their", "my", "our", "your", "is", "are",
    "was", "were", "so", "when", "where", "about", "like", "not", "very", "he", "she",
    "they", "we", "i", "will", "would", "can", "could", "should", "must", "has", "have",
    "been",
})
_LAST_WORD = re.compile(r"([^\W\d_]+)[\W_]*$")
_FIRST_LETTER = re.compile(r"[^\W_]")
_WORD_HYPHEN = re.compile(r"[^\W\d_]-$")
#: "(258)": a page number a wrap may carry to the start of a line.
_PAGE_MARK = re.compile(r"^\(\d+\)$")
_CLOSING_QUOTES = ("”", '"', "’")
_OPENING_QUOTES = ("“", '"', "‘")
#: A quotation on lines of its own is looked at over this many lines at most.
_QUOTATION_LINES = 8
#: How a Works Cited entry opens: "Shelley, Mary.", "Van Gogh, V.", "“Title.”".
_ENTRY_START = re.compile(r"^(?:[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?, [A-Z]|[“\"‘*_])")


def _ends_sources(line: Line) -> bool:
    """Does this line end a Works Cited list (or start one)? As
    :func:`~outliner.io.importers.prose.works_cited` reads it."""
    return line.kind is LineKind.HEADING or (
        line.kind is LineKind.LABEL and line.role in (LineRole.THESIS, LineRole.QUOTES))


@dataclass(frozen=True)
class WrapWidth:
    """The column a file was folded at, counted in characters and in UTF-8
    bytes (``fold`` counts bytes, so a line with curly quotes ends early);
    either is None when the file's lines show no such width."""

    chars: int | None
    bytes: int | None

    def overflows(self, line: Line, word: str) -> bool:
        """Would ``word`` not have fitted after ``line``: was the line full?

        A line that kept the space it was broken at (``fold -s`` keeps it)
        would have had to hold the space after the word too."""
        text = _measured(line.raw)
        for width, in_bytes in ((self.chars, False), (self.bytes, True)):
            needed = _size(text, in_bytes=in_bytes) + _size(word, in_bytes=in_bytes) + 1
            if width is not None and needed > width:
                return True
        return False


def _measured(raw: str) -> str:
    """A line as a wrapping tool measured it: tabs expanded, and one
    trailing space where it kept one."""
    text = raw.rstrip().expandtabs(4)
    return text + " " if raw[len(raw.rstrip()):][:1] == " " else text


def _size(text: str, *, in_bytes: bool) -> int:
    return len(text.encode("utf-8", "surrogatepass")) if in_bytes else len(text)


def estimate_width(wrapped: list[str], others: list[str], *, in_bytes: bool = False) -> int | None:
    """The wrap width the lines of a draft point to, or None.

    ``wrapped`` are lines followed by more text (the ones a wrap may have
    broken), ``others`` the rest. Wrapped lines end within a word's length
    of the width, so many lines reach up to it; and no line passes it that
    could have been broken before it (a long address with no space may).
    """
    top = _MAX_WIDTH + 1
    # ends[w]: wrapped lines ending at column w; passes[w]: lines that pass
    # column w though they could have broken at or before it. Counted once,
    # so trying every width costs no more than reading the lines.
    ends = [0] * (top + 1)
    passes = [0] * (top + 2)
    widths: set[int] = set()
    for n, text in enumerate([*wrapped, *others]):
        size = _size(text, in_bytes=in_bytes)
        widths.add(size)
        if n < len(wrapped):
            ends[min(size, top)] += 1
        space = text.find(" ", len(text) - len(text.lstrip()))
        if space >= 0:
            first = _size(text[:space], in_bytes=in_bytes)
            if first < size and first <= top:
                passes[first] += 1
                passes[min(size, top + 1)] -= 1
    reach = [0] * (top + 2)  # reach[w]: wrapped lines ending at or before w
    passing = [0] * (top + 2)
    for w in range(top + 1):
        reach[w] = (reach[w - 1] if w else 0) + ends[w]
        passing[w] = (passing[w - 1] if w else 0) + passes[w]

    def near(width: int) -> int:  # lines ending within a quarter of the width
        return reach[width] - reach[width - width // 4]

    best: tuple[int, int] | None = None  # (score, width)
    # A paragraph's last line may be the one that reached the width.
    for width in sorted((w for w in widths if _MIN_WIDTH <= w <= _MAX_WIDTH), reverse=True):
        score = near(width) - 5 * passing[width]
        if best is None or score > best[0]:
            best = (score, width)
    if best is None:
        return None
    width = best[1]
    if near(width) < 2 or near(width) < 0.3 * len(wrapped) or passing[width] > near(width) // 10:
        return None
    return width


def wrap_width(lines: list[Line]) -> WrapWidth:
    """The wrap width of a draft's classified lines."""
    wrapped: list[str] = []
    others: list[str] = []
    for n, line in enumerate(lines):
        if line.kind is LineKind.BLANK:
            continue
        text = _measured(line.raw)
        after = lines[n + 1] if n + 1 < len(lines) else None
        (wrapped if after is not None and after.kind is LineKind.TEXT else others).append(text)
    return WrapWidth(estimate_width(wrapped, others),
                     estimate_width(wrapped, others, in_bytes=True))


def _first_word(line: Line) -> str:
    words = line.raw.split()
    return words[0] if words else ""


def _starts_lower(line: Line) -> bool:
    first = _FIRST_LETTER.search(line.content)
    return first is not None and first.group().islower()


def _ended(text: str) -> bool:
    """Did the line end where a writer ends a line (a sentence, a colon)?
    "p." and "Mr." do not end one."""
    text = text.rstrip()
    return (ends_sentence(text) and not ends_with_abbreviation(text)) or text.endswith(":")


def _ends_mid_phrase(text: str) -> bool:
    """"... and it", "... the", "... Victor,": the words go on below."""
    text = text.rstrip()
    if text.endswith((",", ";", "—", "–")):
        return True
    last = _LAST_WORD.search(text)
    return last is not None and last.group(1).lower() in _CONTINUING_WORDS


def _open_quotation(pieces: list[Line]) -> bool:
    """A quotation opened on the last two lines and not closed yet."""
    text = " ".join(line.content for line in pieces[-2:])
    return text.count("“") > text.count("”") or text.count('"') % 2 == 1


def _counts_on(pieces: list[Line], marker: str) -> bool:
    """Is "2)" the next number of a count the line already holds ("(1) the tape")?"""
    value = marker.strip("(.)")
    if not value.isdigit() or int(value) < 2:
        return False
    before = f"{int(value) - 1})"
    return any(before in piece.text for piece in pieces)


#: How many lines back a list's previous item may stand.
_LIST_LOOKBACK = 200


def _open_parenthesis(pieces: list[Line]) -> bool:
    """A parenthesis opened on the last two lines and not closed yet
    ("(Reyes" / "66)")."""
    text = " ".join(line.content for line in pieces[-2:])
    return text.count("(") > text.count(")")


def _escaped(line: Line) -> bool:
    return line.raw.lstrip().startswith("\\")


class _Paragraph:
    """The physical lines one written line is being made of."""

    def __init__(self, head: Line, *, in_sources: bool = False, hung: bool = False) -> None:
        self.pieces = [head]
        #: Under a Works Cited heading: a line at the margin may start an entry.
        self.in_sources = in_sources
        #: ... whose entries go on under a hanging indent (MLA's and APA's rule).
        self.hung = hung

    @property
    def head(self) -> Line:
        return self.pieces[0]

    @property
    def last(self) -> Line:
        return self.pieces[-1]

    @property
    def hanging(self) -> int | None:
        """The indent of its continuation lines, once there is one."""
        return self.pieces[1].indent if len(self.pieces) > 1 else None

    @property
    def bulleted(self) -> bool:
        head = self.head
        return bool(head.marker) and not head.level and head.kind is not LineKind.BLOCKQUOTE


class Unwrapper:
    """Decides, line by line, whether a line continues the one before it."""

    def __init__(self, lines: list[Line], *, markdown: bool) -> None:
        self.lines = lines
        self.markdown = markdown
        self.width = wrap_width(lines)
        self.wrapped = self.width.chars is not None or self.width.bytes is not None
        self._looking_ahead = False

    def takes(self, para: _Paragraph) -> bool:
        """Can anything continue this line at all?"""
        head = para.head
        if _escaped(head) or head.level or head.kind in (
                LineKind.BLANK, LineKind.RULE, LineKind.BLOCKQUOTE):
            return False
        if head.kind in (LineKind.HEADING, LineKind.LABEL):
            return bool(head.text)  # "Quote:" alone: its quotations are lines of their own
        return True

    def continues(self, para: _Paragraph, n: int) -> bool:
        """Is ``lines[n]`` more of the written line ``para`` holds?"""
        if not self.takes(para):
            return False
        line = self.lines[n]
        last = para.last
        previous = last.content
        word = _first_word(line)
        if line.kind is not LineKind.TEXT:
            return not self._counts_a_list(n) and self._wrapped_into_mark(para, line, word)
        if _WORD_HYPHEN.search(previous) and word[:1].isalpha():
            return True  # "well-" / "known"
        if _open_quotation(para.pieces) or _open_parenthesis(para.pieces):
            return True
        if previous.endswith(_CLOSING_QUOTES) and line.content.startswith("("):
            return True  # the quotation's citation
        full = self.width.overflows(last, word)
        if para.bulleted:
            return self._continues_item(para, n, full=full)
        if para.in_sources:
            return self._continues_entry(para, line, full=full)
        hanging = para.hanging
        if hanging is not None and line.indent != hanging:
            return False  # the paragraph's lines share an indent
        if hanging is None and line.indent > para.head.indent:
            return False  # indented past it: a block quotation or a new paragraph
        if full:
            return True
        if line.soft_break and (len(previous) >= WRAPPED_LINE or (
                _starts_lower(line) and not _ended(previous))):
            return True  # markdown-it's paragraph, and no short line typed as a line
        if _ended(previous):
            return False
        if para.head.role in (LineRole.THESIS, LineRole.TOPIC):
            return True  # "Thesis:" holds one sentence, however it was broken
        if self._cited_quotation_at(n):
            return False  # a quotation with its citation, on lines of its own
        if _ends_mid_phrase(previous):
            return True
        # A sentence that goes on in small letters, in a paragraph of sentences
        # (not a list of notes typed one a line).
        return _starts_lower(line) and (
            ends_sentence(line.content) or len(split_sentences(previous)) > 1
            or len(split_sentences(line.content)) > 1)

    def _counts_a_list(self, n: int) -> bool:
        """Is the mark at ``lines[n]`` ("(2)") the next of a list whose
        previous item ("(1)") started a line above? Then it is that list's
        item, even after a quotation, not the quotation's wrapped citation."""
        line = self.lines[n]
        value = line.marker.strip("(.)")
        if line.kind is not LineKind.BULLET or not value.isdigit() or int(value) < 2:
            return False
        before = str(int(value) - 1)
        return any(
            earlier.kind is LineKind.BULLET and earlier.style == line.style
            and earlier.marker.strip("(.)") == before
            for earlier in self.lines[max(0, n - _LIST_LOOKBACK):n])

    def _cited_quotation_at(self, n: int) -> bool:
        """Do ``lines[n]`` and the lines wrapped with it hold only quotations
        with their citations (a quotation under a note, not more of it)?"""
        line = self.lines[n]
        if self._looking_ahead or not line.content.startswith(_OPENING_QUOTES):
            return only_cited_quotations(line.content)
        block = _Paragraph(line)
        self._looking_ahead = True
        try:
            k = n + 1
            while k < len(self.lines) and k - n <= _QUOTATION_LINES and self.continues(block, k):
                block.pieces.append(self.lines[k])
                k += 1
        finally:
            self._looking_ahead = False
        return only_cited_quotations(join_lines([piece.content for piece in block.pieces]))

    def _wrapped_into_mark(self, para: _Paragraph, line: Line, word: str) -> bool:
        """A wrap that left words reading as a mark or a label at a line's start:
        a quotation's "(258)", "(1) the tape", "evidence. The" (a label is
        capitalised when it is one; a list is not part of a sentence)."""
        previous = para.last.content
        if line.level:
            return False
        if line.kind is LineKind.BULLET and (
                (_PAGE_MARK.match(line.marker) and previous.endswith(_CLOSING_QUOTES))
                or (line.marker[:1].isdigit() and ends_with_abbreviation(previous))):
            return True  # the quotation's citation, or the number after "p."
        if line.marker.endswith(")") and not line.marker.startswith("(") and (
                _open_parenthesis(para.pieces)):
            return True  # "(Reyes" / "66) and": the citation goes on
        if line.marker == "p." and line.text[:1].isdigit() and not _ended(previous):
            return True  # "(Fitzgerald, 1925," / "p. 21)": a page, not a list item
        if _ended(previous) or not self.width.overflows(para.last, word):
            return False
        if line.kind is LineKind.BULLET:
            same_list = para.bulleted and style_key(para.head.style) == style_key(line.style)
            first = _FIRST_LETTER.search(line.text)
            lower = first is not None and first.group().islower()
            # "(1) the tape", and "2) the deferral" after "(1) ... and": the
            # writer numbers inside a sentence. Any other "1." or "2)" is a list.
            numbered = line.marker.startswith("(") or _counts_on(para.pieces, line.marker)
            return not same_list and numbered and lower
        label = line.labels[-1] if line.labels else ""
        return line.kind in (LineKind.LABEL, LineKind.HEADING) and not line.marker and (
            label[:1].islower())

    def _continues_entry(self, para: _Paragraph, line: Line, *, full: bool) -> bool:
        """A Works Cited entry goes on under a hanging indent where the list
        has them, or where its sentence does, or where a wrap broke it after
        a full stop and the line does not open the way entries do ("Surname,
        F." or a quoted title)."""
        head = para.head
        if line.indent > head.indent:
            return para.hung
        if line.indent < head.indent:
            return False
        previous = para.last.content
        if _ended(previous) or para.hung:
            return full and not _ENTRY_START.match(line.content)
        return full or _starts_lower(line) or _ends_mid_phrase(previous)

    def _continues_item(self, para: _Paragraph, n: int, *, full: bool) -> bool:
        """A bullet's text goes on unless the line reads as a new thing."""
        line = self.lines[n]
        head = para.head
        hanging = para.hanging
        if hanging is not None and hanging > head.indent and line.indent < hanging:
            return False  # its text hung under the mark; this line does not
        if full:
            return True
        if self._cited_quotation_at(n):
            return False  # a quotation under the bullet, not more of its words
        if line.indent > head.indent:
            return True
        if not self.wrapped:
            # One line per item as typed: a long line after it is a paragraph.
            return len(line.content) <= LONG_LINE
        return not _ended(para.last.content)

    def join(self, para: _Paragraph) -> Line:
        """The one line ``para``'s pieces make (its head when they are one)."""
        if len(para.pieces) == 1:
            return para.head
        raw = para.head.raw.rstrip()
        for piece in para.pieces[1:]:
            text = piece.raw.strip()
            if text.startswith("\\"):
                text = self._unescaped_start(text)
            glue = raw.endswith("-") and len(raw) > 1 and raw[-2].isalnum()
            raw += text if glue else " " + text
        head = para.head
        joined = classify(head.number, raw, markdown=self.markdown)
        same = (joined.kind, joined.marker, joined.role, joined.labels) == (
            head.kind, head.marker, head.role, head.labels)
        return joined if same else head

    def _hanging_entries(self, heading: int) -> bool:
        """Does the Works Cited list under ``lines[heading]`` indent the later
        lines of its entries?"""
        base: int | None = None
        for line in self.lines[heading + 1 :]:
            if _ends_sources(line):
                break
            if line.kind is LineKind.TEXT:
                if base is not None and line.indent > base:
                    return True
                base = line.indent if base is None else min(base, line.indent)
        return False

    def _unescaped_start(self, text: str) -> str:
        """A line's text as it reads in the middle of a line: the backslash
        that kept its start from reading as structure comes off. (In Markdown
        one before punctuation stays: the classifier resolves it anywhere;
        one before a digit was put there so that "14. x" stays text.)"""
        if not self.markdown:
            return unescape_line_start(text, False)
        if text[1:2] and text[1] not in ASCII_PUNCTUATION:
            return text[1:]
        return text

    def run(self) -> tuple[list[Line], int]:
        out: list[Line] = []
        joined = 0
        para: _Paragraph | None = None

        def close() -> None:
            nonlocal joined
            if para is None:
                return
            line = self.join(para)
            if line is para.head:  # the line would read as something else once joined
                out.extend(para.pieces)
            else:
                out.append(line)
                joined += len(para.pieces) - 1

        in_sources = hung = False
        for n, line in enumerate(self.lines):
            if para is not None and self.continues(para, n):
                para.pieces.append(line)
                continue
            close()
            if _ends_sources(line):
                in_sources = line.role is LineRole.SOURCES
                hung = in_sources and self._hanging_entries(n)
            para = _Paragraph(line, in_sources=in_sources, hung=hung)
        close()
        return out, joined


def unwrap_lines(lines: list[Line], *, markdown: bool) -> tuple[list[Line], int]:
    """``lines`` with every line that only continues the one before it joined
    to it, and how many lines were joined."""
    return Unwrapper(lines, markdown=markdown).run()


def unwrap(lines: list[Line], report: ImportReport, *, markdown: bool) -> list[Line]:
    """:func:`unwrap_lines`, telling ``report`` how many lines were joined."""
    out, joined = unwrap_lines(lines, markdown=markdown)
    if joined:
        text = (QT_TRANSLATE_NOOP("Import", "{count} wrapped line joined") if joined == 1
                else QT_TRANSLATE_NOOP("Import", "{count} wrapped lines joined"))
        report.decide(Filled("Import", text, count=joined))
    return out


__all__ = ["Unwrapper", "WrapWidth", "estimate_width", "unwrap", "unwrap_lines", "wrap_width"]
