"""Citations in the finished essay, restyled from the sources' fields.

The writer types citations the way their draft has them: “…outside” (41),
(Ishiguro 41), (p. 258), (Ishiguro, 2006, p. 41). Each one that reads as a
source and a locator becomes the chosen style's citation, written by the
style's formatter (compose/citing):

- MLA 9: "(Ishiguro 258)", or "(258)" when the sentence names the author;
- APA 7: "(Ishiguro, 2006, p. 258)", or "(p. 258)" after a narrative
  citation in the same sentence ("Ishiguro (2006) writes …");
- Chicago 17: a footnote in place of the parenthetical, in full the first
  time a source is cited, shortened afterwards; the reference mark goes
  after the punctuation, a period or comma moving inside the closing
  quotation mark (“…outside.”¹).

The author-named rule is this module's alone: the sentence, outside its
quotations, holds an author's family name. The drafter writes only the
locator ("(258)", compose/citations.py) because it cannot know the
sentence's source; its drafts pass through here like the writer's prose, so
the two never disagree.

Nothing is invented: a citation is left exactly as typed when the essay has
no sources, when the source it would cite is free text, when it names an
author no source has, or when it holds more than a name, a year and a
locator ("qtd. in Smith 4").
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from outliner.compose.citing import formatter_for
from outliner.compose.citing.apa import apa_locator
from outliner.compose.citing.parts import bare_pages, clean, named, year_of
from outliner.core.essay import CitationStyle, Essay, Node, NodeKind
from outliner.core.quotations import is_citation, is_roman_numeral
from outliner.core.sources import Source


@dataclass(frozen=True)
class Note:
    """A footnote: its number in the essay and its text (italics as ``*…*``)."""

    number: int
    text: str


@dataclass(frozen=True)
class NoteRef:
    """Where a footnote's reference mark goes in a printed line's text."""

    at: int
    note: Note


@dataclass(frozen=True)
class CiteParts:
    """A typed citation read as its parts: "Ishiguro", "2006", "p. 41"."""

    name: str
    year: str
    locator: str


_AUTHOR = r"[A-Z][\w’'\-]*"
_PARTS = re.compile(
    rf"^(?:(?P<name>{_AUTHOR}(?:\s+(?:and|&)\s+{_AUTHOR}|\s+et\s+al\.?)?)\s*,?\s*)?"
    r"(?:(?P<year>(?:1[4-9]|20)\d\d[a-z]?|n\.\s?d\.)\s*,?\s*)?"
    r"(?P<locator>.*)$"
)
_LOCATOR_WORD = (r"(?:pp?|pg|pgs|pages?|par|paras?|ch|chap|chapter|lines?|ll?|act|scene|sc"
                 r"|sec|section|vol|bk|book|pt|part|loc|location)")
_LOCATOR = re.compile(rf"^(?:{_LOCATOR_WORD}\.?\s*)?[\divxlcdm][\w.,:;–\-\s]*$",
                      re.IGNORECASE)
_NOT_NAMES = frozenset({"act", "scene", "line", "lines", "chapter", "ch", "book", "part",
                        "vol", "volume", "page", "pages", "par", "para", "canto", "stanza",
                        "sec", "section", "loc", "location", "fig", "figure", "table"})
_PAREN = re.compile(r"\(([^()\n]{1,80})\)")
_QUOTED = re.compile(r"“[^“”]*”")
_SENTENCE_END = re.compile(r"[.?!][”’)\]]*\s+")
_CLOSING_QUOTES = "”’\""


def pieces(text: str, refs: tuple[NoteRef, ...]) -> list[str | Note]:
    """``text`` cut at its footnote references: text, a note, text …"""
    out: list[str | Note] = []
    pos = 0
    for ref in refs:
        out.extend([text[pos : ref.at], ref.note])
        pos = ref.at
    out.append(text[pos:])
    return [piece for piece in out if piece != ""]


def parse_citation(text: str) -> CiteParts | None:
    """The name, year and locator of a typed citation (without its
    parentheses), or None when it holds anything else."""
    text = " ".join(text.split())
    match = _PARTS.match(text)
    if match is None:
        return None
    name, year, locator = match["name"] or "", match["year"] or "", match["locator"].strip()
    if name and name.split()[0].casefold() in _NOT_NAMES:  # "Act 2, Scene 1"
        name, year, locator = "", "", text
    locator = locator.rstrip(",;: ")
    if locator and not (_LOCATOR.match(locator) and _real_locator(locator)):
        return None
    if not (name or locator):
        return None
    return CiteParts(name, year, locator)


def _real_locator(locator: str) -> bool:
    """Every word of ``locator`` is a locator word ("p.", "ch.") or a Roman
    numeral: "(mild)" and "(done, 2)" are the writer's words, not a page."""
    words = [w for w in re.split(r"[\s.,:;–\-]+", locator) if w.isalpha()]
    named = [w for w in words if re.fullmatch(_LOCATOR_WORD, w, re.IGNORECASE)]
    return all(is_roman_numeral(w, lone_letter=bool(named))
               for w in words if w not in named)


def _families(source: Source) -> list[str]:
    return [clean(n.family) for n in named(source.authors) or named(source.editors)
            if clean(n.family)]


@dataclass(frozen=True)
class _Names:
    """How a sentence names one source's authors, compiled once per source."""

    families: tuple[str, ...]
    named: re.Pattern[str] | None  # "Ishiguro", "Ishiguro’s"
    narrative: re.Pattern[str] | None  # APA's "Ishiguro (2006)"

    @classmethod
    def of(cls, source: Source) -> _Names:
        families = tuple(_families(source))
        if not families:
            return cls(families, None, None)
        any_family = "|".join(re.escape(f) for f in families)
        year = year_of(source.date)
        narrative = (re.compile(rf"\b(?:{any_family})(?:’s|'s)?\s*\({re.escape(year)}\)")
                     if year else None)
        return cls(families, re.compile(rf"\b(?:{any_family})\b"), narrative)


@dataclass
class _Sentences:
    """Where the sentences of one line end, its quotations blanked out (a
    quotation's own "?" ends no sentence), worked out once per line."""

    text: str
    blanked: str = ""
    ends: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.blanked = _QUOTED.sub(lambda m: " " * len(m.group()), self.text)
        self.ends = [m.end() for m in _SENTENCE_END.finditer(self.blanked)]

    def before(self, end: int) -> str:
        """The sentence that ends at ``end``, its quotations blanked out."""
        at = bisect.bisect_right(self.ends, end) - 1
        return self.blanked[self.ends[at] if at >= 0 else 0 : end]


class Citer:
    """Restyles the citations of one essay in document order (Chicago's
    first note of a source is the full one, so one Citer per build)."""

    def __init__(self, essay: Essay, style: CitationStyle) -> None:
        self.essay = essay
        self.formatter = formatter_for(style)
        self.structured = [s for s in essay.sources if s.structured]
        self.cited: set[str] = set()  # ids of the sources cited so far
        self.notes = 0
        self._names: dict[str, _Names] = {}
        self._written: dict[tuple[str, str, bool, bool], str] = {}

    def names(self, source: Source) -> _Names:
        if source.id not in self._names:
            self._names[source.id] = _Names.of(source)
        return self._names[source.id]

    @property
    def active(self) -> bool:
        """False when no source has fields: every citation stays as typed."""
        return bool(self.structured)

    def source(self, parts: CiteParts, node: Node, quoted: str = "") -> Source | None:
        """The structured source a citation cites, or None (leave it as typed):
        the one whose author it names; else the source of the outline's
        quotation with these ``quoted`` words under ``node`` (a quote may name
        its own); else the essay's first."""
        if parts.name:
            family = parts.name.split()[0].casefold()
            return next((s for s in self.structured
                         if any(f.casefold() == family for f in self.names(s).families)), None)
        source = self.essay.source_for(_quote_node(node, quoted) or node)
        return source if source is not None and source.structured else None

    def restyle(self, text: str, node: Node, *,
                block_quote: bool = False) -> tuple[str, tuple[NoteRef, ...]]:
        """``text`` (a typeset line) with its citations in the style, and the
        footnotes that replace them (Chicago)."""
        if not self.active or "(" not in text:
            return text, ()
        out = ""
        refs: list[NoteRef] = []
        pos = 0
        sentences = _Sentences(text)
        for match in _PAREN.finditer(text):
            if match.start() < pos:
                continue
            written = self._citation(sentences, match, node, block_quote)
            if written is None:
                continue
            out += text[pos : match.start()]
            pos = match.end()
            if not self.formatter.uses_notes:
                out += written
                continue
            out, pos = _place_note(out, text, pos)
            self.notes += 1
            refs.append(NoteRef(len(out), Note(self.notes, written)))
        return out + text[pos:], tuple(refs)

    def _citation(self, sentences: _Sentences, match: re.Match[str], node: Node,
                  block_quote: bool) -> str | None:
        """The restyled citation for the parenthetical ``match``, or None."""
        text, start = sentences.text, match.start()
        content = match.group(1)
        if not is_citation(content):
            return None
        head = start  # just past the last character before the parenthetical
        while head > 0 and text[head - 1].isspace():
            head -= 1
        after = text[match.end():]
        after_quote = head > 0 and text[head - 1] in _CLOSING_QUOTES
        ends_block = block_quote and not after.strip()
        clause_ends = re.match(r"\s*(?:[.,;:!?]|$)", after) is not None
        if not (after_quote or ends_block or (head < start and clause_ends)):
            return None  # "(1) the disappearance": a list's number, not a citation
        parts = parse_citation(content)
        if parts is None:
            return None
        opened = text.rfind("“", 0, head) if after_quote else -1
        source = self.source(parts, node, text[opened + 1 : head - 1] if opened >= 0 else "")
        if source is None:
            return None
        sentence = sentences.before(start)
        names = self.names(source)
        narrative = (self.formatter.style is CitationStyle.APA and names.narrative is not None
                     and names.narrative.search(sentence) is not None)
        if narrative:
            # "Ishiguro (2006) writes … (p. 41)": APA 7 gives the page alone
            locator = bare_pages(parts.locator) if parts.locator else ""
            written = f"({apa_locator(locator)})" if locator else ""
        else:
            author_named = names.named is not None and names.named.search(sentence) is not None
            first = source.id not in self.cited
            key = (source.id, parts.locator, author_named, first)
            if key not in self._written:
                self._written[key] = self.formatter.citation(
                    source, parts.locator, author_named=author_named, first=first)
            written = self._written[key]
        if not written:
            return None
        self.cited.add(source.id)
        return written


def _letters(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _quote_node(node: Node, quoted: str) -> Node | None:
    """The quotation in ``node``'s outline holding these words that names
    its own source, if any."""
    naming = [n for n in node.walk() if n.kind is NodeKind.QUOTE and n.source]
    words = _letters(quoted) if naming else ""
    for found in naming if words else ():
        text = _letters(found.text)
        if text and (text in words or words in text):
            return found
    return None


def _place_note(out: str, text: str, pos: int) -> tuple[str, int]:
    """Where a footnote's mark goes once its parenthetical is gone: after the
    punctuation that followed it, a period or comma moved inside a closing
    quotation mark, a period after “…?” dropped. Returns the text so far and
    the position in ``text`` to carry on from."""
    out = out.rstrip()
    mark = text[pos : pos + 1]
    if mark and mark in ".,;:?!":
        pos += 1
        if out[-1:] in "”’" and mark in ".,":
            if out[-2:-1] in "?!.":
                return out, pos  # “… do?” (258). → “… do?”¹
            return out[:-1] + mark + out[-1], pos
        return out + mark, pos
    return out, pos


__all__ = ["CiteParts", "Citer", "Note", "NoteRef", "parse_citation", "pieces"]
