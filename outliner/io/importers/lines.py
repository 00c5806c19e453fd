"""Classify the lines of a draft: headings, labels, bullets, quotations, text.

Each line is looked at on its own here; :mod:`outliner.io.importers.build`
decides what the lines mean together (which paragraph a bullet belongs to,
whether a run of lines is prose). A line keeps its full text in ``content``
so the builder can fall back to it whenever a label turns out not to be one
(a "Date:" line in the middle of a paragraph's notes is just a note).

Structural text this module strips (bullet marks, "I.", "Quote:", "#",
"2nd body paragraph:") is listed in ``Line.labels`` exactly as typed, so the
import report can say which words were consumed as structure.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from outliner.core.essay import Node
from outliner.core.inline import Span, parse, plain, render
from outliner.core.roman import roman_value as core_roman_value
from outliner.io.escapes import markdown_to_markup, unescape_stars
from outliner.io.read_result import Finding as Finding  # the importers import it from here


class LineKind(StrEnum):
    """What a line looks like on its own."""

    BLANK = "blank"
    RULE = "rule"  # ---, ***, ===: a separator with no words
    HEADING = "heading"  # starts a paragraph, a section or the sources
    LABEL = "label"  # Thesis:, Quote:, Title:, Name: ... (text may follow)
    BULLET = "bullet"  # -, *, •, 1., a), I. ... (the builder may promote "II.")
    BLOCKQUOTE = "blockquote"  # Markdown "> ..."
    TEXT = "text"


class LineRole(StrEnum):
    """What a heading or label announces."""

    INTRO = "intro"
    BODY = "body"
    CONCLUSION = "conclusion"
    SECTION = "section"
    SOURCES = "sources"
    THESIS = "thesis"
    QUOTES = "quotes"
    TOPIC = "topic"  # "Topic sentence:", "Claim:", "Hook:": a paragraph's own line
    TITLE = "title"
    AUTHOR = "author"
    INSTRUCTOR = "instructor"
    COURSE = "course"
    DATE = "date"


#: Roles that start a new paragraph or part of the essay.
HEADING_ROLES = frozenset({LineRole.INTRO, LineRole.BODY, LineRole.CONCLUSION,
                           LineRole.SECTION, LineRole.SOURCES})
_PARAGRAPH_ROLES = frozenset({LineRole.INTRO, LineRole.BODY, LineRole.CONCLUSION})
#: Roles that fill the essay's metadata (only honoured at the top, except title).
META_ROLES = frozenset({LineRole.TITLE, LineRole.AUTHOR, LineRole.INSTRUCTOR,
                        LineRole.COURSE, LineRole.DATE})


@dataclass
class ImportReport:
    """What the importer did besides building the tree.

    ``labels`` lists, in order and exactly as typed, every piece of text the
    importer consumed as structure rather than content ("Quote:", "-", "I.",
    "2nd body paragraph:", "#", "Works Cited"). Every other word of the draft
    is somewhere in the essay.
    """

    labels: list[str] = field(default_factory=list)
    markdown: bool = False
    #: What the person should know about the import (shown by the window and CLI).
    notes: list[str] = field(default_factory=list)
    #: What the importer decided or assumed, each about a node where it can be.
    findings: list[Finding] = field(default_factory=list)

    def decide(self, message: str, node: Node | None = None) -> None:
        """Record a decision the writer should be able to check."""
        self.findings.append(Finding(message, node.id if node is not None else None))

    def consume(self, labels: list[str]) -> None:
        """Record structural text that was taken off a line."""
        self.labels.extend(label for label in labels if label)


@dataclass
class Line:
    """One classified line of a draft.

    ``content`` is the stripped line (Markdown emphasis as the model's
    inline markup, ``core.inline``);
    ``text`` what is left after the structure in ``labels`` was taken off.
    ``indent`` counts columns (a tab reaches the next multiple of 4).
    """

    number: int
    raw: str
    indent: int
    kind: LineKind
    content: str
    text: str
    labels: list[str] = field(default_factory=list)
    role: LineRole | None = None
    marker: str = ""  # bullet or enumeration mark as typed ("-", "2)", "II.")
    style: str = ""  # marker family: "-", "*", "1.", "1)", "A.", "a.", "I." ...
    level: int = 0  # Markdown heading level
    #: Markdown: markdown-it read this line as going on with the paragraph of
    #: the line before (a line break inside a paragraph).
    soft_break: bool = False

    @property
    def marker_labels(self) -> list[str]:
        """The labels that were only the bullet or enumeration mark."""
        return [self.marker] if self.marker else []


_ORDINAL = (
    r"(?:\d+\s*(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|"
    r"eighth|ninth|tenth|last|final|next|another)"
)
_NUMBER_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|[ivx]+)"
_ROLE_PATTERNS: tuple[tuple[LineRole, str], ...] = (
    (LineRole.INTRO, r"intro(?:duction)?(?:\s+paragraph)?|introductory\s+paragraph"
                 r"|opening\s+paragraph"),
    (LineRole.CONCLUSION, r"conclusion(?:\s+paragraph)?|concluding\s+paragraph"
                      r"|closing\s+paragraph"),
    (LineRole.BODY, rf"(?:{_ORDINAL}\s+)?body(?:\s+paragraph)?"
                rf"(?:\s*(?:#|no\.?)?\s*(?:\d+|{_NUMBER_WORD}))?"
                rf"|(?:{_ORDINAL}\s+)?paragraph\s*(?:#|no\.?)?\s*\d+"),
    (LineRole.THESIS, r"(?:working\s+)?thesis(?:\s+statement)?"),
    (LineRole.QUOTES, r"(?:key\s+|supporting\s+|textual\s+)?(?:quotes?|quotations?|evidence)"),
    (LineRole.TOPIC, r"topic(?:\s+sentence)?|main\s+(?:idea|point)|claim|hook"),
    (LineRole.SOURCES, r"works?\s+cited|works\s+consulted|references|bibliography"
                   r"|sources\s+cited"),
    (LineRole.SECTION, r"section"),  # "Section: Background" (the plain-text outline's headings)
    (LineRole.TITLE, r"(?:essay\s+)?title"),
    (LineRole.AUTHOR, r"(?:student(?:'s|’s)?\s+)?name|student|author"),
    (LineRole.INSTRUCTOR, r"teacher|instructor|professor"),
    (LineRole.COURSE, r"class|course"),
    (LineRole.DATE, r"(?:due\s+)?date"),
)
# A label is followed by a separator (":", " - ", ".") or ends the line, so
# "Introduction of the creature..." or "Body language" are not labels.
# A handout's labels: "Example Introduction:", "Sample Introduction 1", "Body
# Paragraph 2 (example)", "Conclusion Example" (paragraph and thesis labels only).
_SAMPLE = r"(?:an?\s+)?(?:example|sample|model|exemplar)"
_SAMPLE_BEFORE = rf"(?P<sample>{_SAMPLE}\s+)?"
_SAMPLE_AFTER = (
    rf"(?P<which>(?:\s*(?:#|no\.?)?\s*\d+)?(?:\s*[(\[]{_SAMPLE}(?:\s*\d+)?[)\]]"
    rf"|\s+{_SAMPLE}(?:\s*\d+)?)?)"
)
_SAMPLE_ROLES = frozenset({LineRole.INTRO, LineRole.BODY, LineRole.CONCLUSION, LineRole.THESIS})
_ROLE_LABEL = re.compile(
    r"^(?P<label>" + _SAMPLE_BEFORE + "(?:"
    + "|".join(f"(?P<{role.value}>{pattern})" for role, pattern in _ROLE_PATTERNS)
    + r")" + _SAMPLE_AFTER
    + r")(?:\s*(?P<sep>[:：]|\s[-–—]|[-–—](?=\s)|\.(?=\s|$))[ \t]*(?P<rest>.*)|\s*$"
    # "Body 1 (access) — ...": a paragraph's label, its topic in brackets kept as text.
    r"|[ \t]+(?P<aside>(?=\([^()\n]{1,40}\)[ \t]*(?:[:：]|[-–—][ \t]|$))(?P<paren_rest>.*)))",
    re.IGNORECASE | re.DOTALL,
)

_MD_HEADING = re.compile(r"^(#{1,6})(?:[ \t]+(.*?))?[ \t]*$")
_MD_CLOSING_HASHES = re.compile(r"[ \t]+#+$")
_RULE = re.compile(r"^([-*_=~])(?:[ \t]*\1){2,}$")
_ENUM = re.compile(
    r"^(?P<marker>\(?(?P<value>[IVXivx]{1,5}|[A-Za-z]|\d{1,3})(?P<close>[.)]))[ \t]+(?P<rest>\S.*)$"
)
_PAREN_ENUM = re.compile(r"^(?P<marker>\((?P<value>\d{1,3}|[a-z])\))[ \t]+(?P<rest>\S.*)$")
# "-" and the typographic bullets may touch the text ("-once"); "*" and "+"
# need a space (so *emphasis* is not a bullet). "--" is not a bullet mark.
_BULLET = re.compile(r"^(?P<marker>[-•–—‣◦▪·●○■□➢►])(?![-])[ \t]*(?P<rest>.*)$")
_STAR_BULLET = re.compile(r"^(?P<marker>[*+])[ \t]+(?P<rest>.*)$")
#: What the exporter escapes as a CommonMark block start: a list mark alone or
#: before a space, rules and setext underlines ("*", "* x", "**", "=="). Made
#: of marks only, the rest shows the same with the backslash off or on.
_COMMONMARK_BLOCK = re.compile(r"^[-+*=_](?:\s|$|[-+*=_ ]*$)")
_BLOCKQUOTE = re.compile(r"^(?P<marker>(?:>[ \t]?)+)(?P<rest>.*)$")

#: Markdown's underscore emphasis: marks must touch the words and sit at word
#: edges ("snake_case" stays as typed); an escaped mark (``\_``) is a character.
_UNDERSCORE_EMPHASIS = (
    (re.compile(r"(?<![^\W_])(?<!\\)(__)(?=[^\s*_])(.+?)(?<=[^\s*_])(?<!\\)__(?![^\W_])"),
     "**"),
    (re.compile(r"(?<![^\W_])(?<!\\)(_)(?=[^\s_])(.+?)(?<=[^\s_])(?<!\\)_(?![^\W_])"), "*"),
)


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR become LF."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def indentation(raw: str) -> int:
    """Columns of leading whitespace; tabs stop at multiples of 4."""
    column = 0
    for ch in raw:
        if ch == "\t":
            column = column // 4 * 4 + 4
        elif ch.isspace():
            column += 1
        else:
            break
    return column


def strip_emphasis(text: str) -> str:
    """A Markdown line's words without their emphasis marks (``**x**``,
    ``*x*``, ``__x__``, ``_x_``), as the model's inline markup reads them
    (``core.inline.plain``); other escapes are left as typed."""
    return plain(emphasis_as_markup(text)) if "*" in text or "_" in text else text


def emphasis_as_markup(text: str) -> str:
    """Markdown emphasis as the model's inline markup: ``_x_`` and ``__x__``
    become ``*x*`` and ``**x**``; star emphasis already is the markup and
    stays as typed (so does "snake_case", and an escaped ``\\_``)."""
    if "_" not in text:
        return text
    for pattern, mark in _UNDERSCORE_EMPHASIS:
        text = pattern.sub(f"{mark}\\2{mark}", text)
    return text


def _label_split(text: str, markdown: bool) -> tuple[LineRole, str, str] | None:
    """:func:`parse_role_label` on a line that may carry inline marks: the
    label is found in the words ("**Thesis:** x" is the label "Thesis:"),
    and what follows it keeps its marks."""
    if not markdown or "*" not in text:
        return parse_role_label(text)
    found = parse_role_label(strip_emphasis(text))
    if found is None:
        return None
    role, label, _ = found
    if text.startswith(label):
        return role, label, text[len(label):].strip()
    wrapped = _WRAPPED_LABEL.match(text)
    if wrapped and strip_emphasis(wrapped.group(2)).strip() == label:
        return role, label, wrapped.group(3).strip()
    return role, label, _after_words(text, len(label))


#: A label in marks of its own: "**Thesis:** the claim".
_WRAPPED_LABEL = re.compile(r"^(\*{1,3})([^*]+?)\1(?!\*)(.*)$", re.DOTALL)


def _after_words(text: str, count: int) -> str:
    """The markup for what follows the first ``count`` shown characters."""
    rest: list[Span] = []
    for span in parse(text):
        if count >= len(span.text):
            count -= len(span.text)
            continue
        rest.append(span._replace(text=span.text[count:]))
        count = 0
    return render(rest).strip()


def roman_value(numeral: str) -> int:
    """The value of an outline's Roman numeral made of I, V and X (C., D., L.
    and M. are letters there); 0 if malformed."""
    return core_roman_value(numeral, letters="IVX")


def parse_role_label(text: str) -> tuple[LineRole, str, str] | None:
    """Split "2nd body paragraph: clones ask..." into (BODY, label, rest).

    ``label`` is the consumed text as typed, separator included; ``rest`` is
    what follows. None when the text does not start with a known label.
    """
    match = _ROLE_LABEL.match(text)
    if not match:
        return None
    role = next(r for r, _ in _ROLE_PATTERNS if match.group(r.value) is not None)
    if (match.group("sample") or match.group("which")) and role not in _SAMPLE_ROLES:
        return None  # "Sample title", "Date 2": not labels this importer reads
    if match.group("aside") is not None:
        if role not in _PARAGRAPH_ROLES:
            return None
        return role, match.group("label"), match.group("paren_rest").strip()
    rest = (match.group("rest") or "").strip()
    label_end = match.start("rest") if match.group("rest") is not None else len(text)
    label = text[:label_end].strip()
    return role, label, rest


def _enum_style(value: str, close: str, opened: bool) -> str:
    # A single "I." counts as a letter here; the builder promotes it to a
    # Roman numeral when the draft is a Roman-numeral outline.
    if value.isdigit():
        family = "1"
    elif len(value) > 1:
        family = "I" if value.isupper() else "i"
    else:
        family = "A" if value.isupper() else "a"
    return ("(" if opened else "") + family + close


def classify(number: int, raw: str, *, markdown: bool) -> Line:
    """Classify one line (without its newline).

    In Markdown, emphasis becomes the model's inline markup in ``content``
    and ``text`` (see :func:`emphasis_as_markup`) and the other backslash
    escapes are resolved (see :mod:`outliner.io.escapes`).
    """
    unmark = emphasis_as_markup
    finish = markdown_to_markup if markdown else unescape_stars
    indent = indentation(raw)
    stripped = raw.strip()
    line = Line(number=number, raw=raw, indent=indent, kind=LineKind.TEXT,
                content=stripped, text=stripped)
    if not stripped:
        line.kind = LineKind.BLANK
        return line
    if stripped.startswith("\\"):  # escaped: text, whatever it looks like
        line.content = line.text = finish(unmark(unescape_line_start(stripped, markdown)))
        return line
    if _RULE.match(stripped):
        line.kind = LineKind.RULE
        return line
    if markdown:
        heading = _MD_HEADING.match(stripped)
        if heading:
            return _markdown_heading(line, heading.group(1), heading.group(2) or "", unmark)
        quote = _BLOCKQUOTE.match(stripped)
        if quote:
            line.kind = LineKind.BLOCKQUOTE
            line.marker = quote.group("marker").strip()
            line.labels = [line.marker]
            line.text = finish(unmark(quote.group("rest").strip()))
            line.content = line.text
            return line
    rest = stripped
    enum = _ENUM.match(stripped) or _PAREN_ENUM.match(stripped)
    bullet = None if enum else (_BULLET.match(stripped) or _STAR_BULLET.match(stripped))
    if enum:
        line.marker = enum.group("marker")
        line.style = _enum_style(enum.group("value"), line.marker[-1],
                                 line.marker.startswith("("))
        rest = enum.group("rest").strip()
    elif bullet:
        line.marker = bullet.group("marker")
        line.style = line.marker
        rest = bullet.group("rest").strip()
    escaped = rest.startswith("\\")
    if escaped:
        rest = unescape_line_start(rest, markdown)
    if markdown:
        rest = unmark(rest)
        line.content = (line.marker + " " + finish(rest)).strip() if line.marker else finish(rest)
    elif "\\" in stripped:
        line.content = (line.marker + " " + finish(rest)).strip() if line.marker else finish(rest)
    line.text = finish(rest)
    line.labels = line.marker_labels
    role_label = None if escaped else _label_split(rest, markdown)
    if role_label is not None:
        role, label, after = role_label
        line.role = role
        line.labels = [*line.marker_labels, label]
        line.text = finish(after)
        line.kind = LineKind.HEADING if role in HEADING_ROLES else LineKind.LABEL
        return line
    if line.marker:
        line.kind = LineKind.BULLET
    return line


def reads_as_structure(text: str, *, markdown: bool) -> bool:
    """Would the importer read ``text``, at the start of a line, as anything
    but words (a heading, label, bullet, rule, Markdown heading or quotation)?
    Plain text counts what would make the file look like Markdown too."""
    text = text.strip()
    if not text or text.startswith("\\"):
        return False
    # What classify() would find, without reading further (so no recursion
    # into escaped bullets, however many a line holds).
    if _RULE.match(text):
        return True
    if markdown and (_MD_HEADING.match(text) or _BLOCKQUOTE.match(text)
                     or _COMMONMARK_BLOCK.match(text)):
        return True
    if not markdown and _MD_LINE.match(text):  # would make the file read as Markdown
        return True
    marked = _ENUM.match(text) or _PAREN_ENUM.match(text) or _BULLET.match(text)
    if marked or _STAR_BULLET.match(text):
        return True
    return parse_role_label(strip_emphasis(text) if markdown else text) is not None


def unescape_line_start(text: str, markdown: bool) -> str:
    """``text`` with one backslash off its front when the backslashes there
    escape structure ("\\Works Cited" is the words "Works Cited")."""
    count = len(text) - len(text.lstrip("\\"))
    if count and reads_as_structure(text[count:], markdown=markdown):
        return text[1:]
    return text


def _markdown_heading(
    line: Line, hashes: str, heading_text: str, unmark: Callable[[str], str]
) -> Line:
    heading_text = _MD_CLOSING_HASHES.sub("", heading_text).strip()
    escaped = heading_text.startswith("\\")  # "## \\Works Cited" is a section
    heading_text = unmark(unescape_line_start(heading_text, True) if escaped else heading_text)
    if not escaped and heading_text and set(heading_text) == {"#"}:
        hashes, heading_text = hashes + " " + heading_text, ""  # "# #": no words
    line.kind = LineKind.HEADING
    line.level = len(hashes.replace(" ", ""))
    line.marker = hashes
    line.labels = [hashes]
    line.content = markdown_to_markup(heading_text)
    line.text = line.content
    line.role = LineRole.SECTION
    role_label = None if escaped else _label_split(heading_text, True)
    if role_label is not None:
        role, label, after = role_label
        line.role = role
        line.labels.append(label)
        line.text = markdown_to_markup(after)
        if role not in HEADING_ROLES:
            line.kind = LineKind.LABEL
    return line


class OutlineMarks:
    """Reads a draft's enumeration marks as a whole.

    Whether "I." is a Roman numeral or the letter after "H." depends on the
    lines around it, and a draft that numbers its paragraphs ("1.
    Introduction", "2. The storm") makes its other numbers at the margin
    paragraph headings too. Call :meth:`seen` on each line in order.
    """

    def __init__(self, lines: list[Line]) -> None:
        margin = [
            line.marker.strip("().") for line in lines
            if line.marker and line.indent == 0 and line.level == 0
            and line.kind is not LineKind.BLOCKQUOTE and line.marker.endswith((".", ")"))
        ]
        values = {roman_value(value) for value in margin}
        #: "I." and "II." both start lines at the margin, or "I." comes first
        #: and an "A." after it (so "I." is not the letter after "H.").
        self.roman_outline = {1, 2} <= values or (
            margin[:1] == ["I"] and "A" in margin[1:])
        self.heading_styles = {"I.", "I)"} if self.roman_outline else set()
        for line in lines:
            numbered = line.style.lstrip("(").startswith("1")
            if line.kind is LineKind.HEADING and numbered and line.indent == 0 and not line.level:
                self.heading_styles.add(line.style)
        self._previous_letter = ""

    def style(self, line: Line) -> str:
        """The line's mark family, reading "I." as Roman in a Roman outline."""
        value = line.marker.strip("().")
        after_previous_letter = len(value) == 1 and bool(self._previous_letter) and (
            ord(value) == ord(self._previous_letter) + 1)  # "I." right after "H."
        if (self.roman_outline and line.indent == 0 and value.isupper()
                and roman_value(value) and not after_previous_letter):
            return "I" + line.marker[-1]
        return line.style

    def numbers_paragraph(self, line: Line) -> bool:
        """Is this mark at the margin one that numbers the essay's paragraphs?"""
        return line.indent == 0 and bool(line.marker) and self.style(line) in self.heading_styles

    def seen(self, line: Line) -> None:
        """Remember the mark of a line just read (for the "H." then "I." rule)."""
        if line.marker and line.indent == 0 and line.level == 0:
            value = line.marker.strip("().")
            self._previous_letter = value if len(value) == 1 and value.isalpha() else ""


#: Lines that make a draft read as Markdown (see :func:`looks_like_markdown`).
_MD_LINE = re.compile(r"^(?:#{1,6}[ \t]+\S|>[ \t]?\S)", re.MULTILINE)


def looks_like_markdown(text: str) -> bool:
    """Guess whether a draft without a .md extension is Markdown."""
    return bool(
        _MD_LINE.search(text)
        or re.search(r"(?<![^\W_])\*\*[^\s*][^\n]*?\*\*(?![^\W_])", text)
    )


def classify_lines(text: str, *, markdown: bool) -> list[Line]:
    """Classify every line of an already newline-normalised draft."""
    return [classify(i + 1, raw, markdown=markdown) for i, raw in enumerate(text.split("\n"))]


__all__ = [
    "HEADING_ROLES",
    "META_ROLES",
    "ImportReport",
    "Line",
    "LineKind",
    "LineRole",
    "OutlineMarks",
    "classify",
    "classify_lines",
    "emphasis_as_markup",
    "indentation",
    "looks_like_markdown",
    "normalise_newlines",
    "parse_role_label",
    "reads_as_structure",
    "roman_value",
    "strip_emphasis",
    "unescape_line_start",
]
