"""The words of a Word body, read the way Word shows them.

python-docx's ``paragraph.text`` reads only the runs sitting right in a
paragraph or a hyperlink, so it loses every word wrapped in anything else:
tracked insertions and moves, smart tags, content controls, field results.
Here the XML is walked instead, in document order, keeping the accepted
view of tracked changes (insertions and moved-to text in; deletions and
moved-from text out) and the text a field displays (not its instruction).
A hyperlink keeps its address after its text, and the footnotes and endnotes
a paragraph refers to are read from their own parts.

The body is handed out block by block: paragraphs (text boxes after the
paragraph that anchors them), and tables row by row, a row's cells joined
with " | ".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
_TEXT = (_W + "t", _M + "t")
#: Not part of the accepted text: deletions, moved-from text, properties,
#: ruby annotations, and the fallback copy of alternate content (the choice
#: holds the same words). Nested paragraphs (text boxes) are blocks of their own.
_SKIP = frozenset({
    _W + "del", _W + "moveFrom", _W + "pPr", _W + "rPr", _W + "sdtPr", _W + "sdtEndPr",
    _W + "rt", _W + "instrText", _W + "delText", _W + "delInstrText", _MC + "Fallback",
    _W + "p", _W + "txbxContent", _W + "tbl",
})
_RUN, _T, _RPR = _W + "r", _W + "t", _W + "rPr"
_VERT_ALIGN = _W + "vertAlign"
#: Digits and signs raised or lowered by w:vertAlign, as the characters that
#: show them (a run with other characters, "1st", stays as typed).
_SHIFTS = {
    "superscript": str.maketrans("0123456789+-=()", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾"),
    "subscript": str.maketrans("0123456789+-=()", "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎"),
}
_SPACES = frozenset({_W + "tab", _W + "br", _W + "cr", _W + "ptab"})
_NOTE_REFS = {_W + "footnoteReference": "footnote", _W + "endnoteReference": "endnote"}
_FOOTNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
_ENDNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes"
_HYPERLINK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"


@dataclass
class Piece:
    """A stretch of a paragraph's text and the run (w:r) it came from."""

    text: str
    run: Any = None


@dataclass
class Block:
    """A paragraph (``element``) or a table row (``element`` None, ``row`` its
    cells' text), with the texts of the notes it refers to."""

    element: Any
    pieces: list[Piece] = field(default_factory=list)
    row: str = ""
    notes: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        if self.element is None:
            return self.row
        return " ".join("".join(piece.text for piece in self.pieces).split())


@dataclass
class BodyCounts:
    """What reading a body did that the person should know of: the notes
    kept by kind, the tables read row by row, the tracked changes accepted."""

    notes: dict[str, int] = field(default_factory=dict)  # "footnote": 3
    tables: int = 0
    insertions: int = 0  # w:ins and w:moveTo: kept
    deletions: int = 0  # w:del and w:moveFrom: left out

    def messages(self) -> list[str]:
        """One sentence per thing done, for the import report."""
        out: list[str] = []
        for kind in ("footnote", "endnote"):
            if self.notes.get(kind):
                out.append(f"{_count(self.notes[kind], kind)} kept under the "
                           "paragraph that cites them")
        if self.tables:
            out.append(f"{_count(self.tables, 'table')} read row by row, each row a note")
        if self.insertions or self.deletions:
            out.append(f"tracked changes accepted: {_count(self.insertions, 'insertion')} "
                       f"kept, {_count(self.deletions, 'deletion')} left out")
        return out

    def count_tracked(self, container: Any) -> None:
        """Count the tracked insertions and deletions of text under ``container``
        (a changed paragraph mark, inside w:rPr, is no text of its own)."""
        for change in container.iter(_W + "ins", _W + "moveTo", _W + "del", _W + "moveFrom"):
            parent = change.getparent()
            if parent is not None and parent.tag == _W + "rPr":
                continue
            if change.tag in (_W + "ins", _W + "moveTo"):
                self.insertions += 1
            else:
                self.deletions += 1


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


class BodyReader:
    """Reads a python-docx Document's body, and the notes it refers to;
    ``counts`` grows as it reads."""

    def __init__(self, doc: Any) -> None:
        self.counts = BodyCounts()
        self._links = _links(doc.part)
        self._notes: dict[tuple[str, str], Any] = {}
        self._note_links: dict[str, dict[str, str]] = {}
        self._note_texts: dict[tuple[str, str], str] = {}  # read once, however often cited
        self._in_note = False
        for rel in _rels(doc.part):
            kind = {_FOOTNOTES: "footnote", _ENDNOTES: "endnote"}.get(rel.reltype)
            if kind is None or rel.is_external:
                continue
            root = _part_root(rel.target_part)
            if root is None:
                continue
            self._note_links[kind] = _links(rel.target_part)
            for note in root.iterchildren(_W + kind):
                self._notes.setdefault((kind, note.get(_W + "id") or ""), note)

    def blocks(self, container: Any) -> Iterator[Block]:
        """The blocks of a body, cell, note or text box, in order."""
        self.counts.count_tracked(container)
        yield from self._blocks(container, self._links)

    def _blocks(self, container: Any, links: dict[str, str]) -> Iterator[Block]:
        for child in container.iterchildren():
            tag = child.tag
            if tag == _W + "p":
                yield self._paragraph(child, links)
                for box in _text_boxes(child):
                    yield from self._blocks(box, links)
            elif tag == _W + "tbl":
                if not self._in_note:
                    self.counts.tables += 1
                yield from self._rows(child, links)
            elif tag in (_W + "sdt", _W + "sdtContent", _W + "customXml", _W + "ins",
                         _W + "moveTo", _MC + "AlternateContent", _MC + "Choice"):
                yield from self._blocks(child, links)

    def _paragraph(self, element: Any, links: dict[str, str]) -> Block:
        block = Block(element)
        refs: list[tuple[str, str]] = []
        _Walk(block.pieces, refs, links).children(element)
        if not self._in_note:  # a note citing a note (never Word's) would loop
            for ref in refs:
                text = self._note_text(ref)
                if text:
                    block.notes.append(text)
                    self.counts.notes[ref[0]] = self.counts.notes.get(ref[0], 0) + 1
        return block

    def _rows(self, table: Any, links: dict[str, str]) -> Iterator[Block]:
        for row in _descendants(table, _W + "tr", stop=_W + "tbl"):
            cells: list[str] = []
            notes: list[str] = []
            for cell in _descendants(row, _W + "tc", stop=_W + "tbl"):
                inner = list(self._blocks(cell, links))
                text = " ".join(block.text for block in inner if block.text)
                if text:
                    cells.append(text)
                notes.extend(note for block in inner for note in block.notes)
            if cells:
                yield Block(None, row=" | ".join(cells), notes=notes)

    def _note_text(self, ref: tuple[str, str]) -> str:
        found = self._note_texts.get(ref)
        if found is not None:
            return found
        note = self._notes.get(ref)
        text = ""
        if note is not None:
            self._in_note = True
            try:
                links = self._note_links.get(ref[0], {})
                text = " ".join(block.text for block in self._blocks(note, links) if block.text)
            finally:
                self._in_note = False
        self._note_texts[ref] = text
        return text


@dataclass
class _Field:
    """A field being read: its instruction, then where its result starts."""

    instruction: list[str] = field(default_factory=list)
    result: int | None = None


@dataclass
class _Walk:
    """Collects a paragraph's pieces; fields are tracked so a HYPERLINK
    field's address can follow the text it displays."""

    pieces: list[Piece]
    refs: list[tuple[str, str]]
    links: dict[str, str]
    fields: list[_Field] = field(default_factory=list)  # the open fields, innermost last
    run: Any = None

    def children(self, element: Any) -> None:
        for child in element:
            self.visit(child)

    def visit(self, element: Any) -> None:
        tag = element.tag
        if not isinstance(tag, str) or tag in _SKIP:
            return
        if tag in _TEXT:
            self.pieces.append(Piece(element.text or "", self.run))
        elif tag in _SPACES:
            self.pieces.append(Piece(" ", self.run))
        elif tag == _W + "noBreakHyphen":
            self.pieces.append(Piece("-", self.run))
        elif tag in _NOTE_REFS:
            self.refs.append((_NOTE_REFS[tag], element.get(_W + "id") or ""))
        elif tag == _W + "fldChar":
            self._field_mark(element)
        elif tag == _RUN:
            self._run(element)
        elif tag == _W + "hyperlink":
            self._linked(element, self.links.get(element.get(_R + "id") or "", ""))
        elif tag == _W + "fldSimple":
            self._linked(element, _field_url(element.get(_W + "instr") or ""))
        elif tag == _WP + "docPr":
            self._alt_text(element)
        else:
            self.children(element)

    def _run(self, run: Any) -> None:
        # Most of a body is runs of plain text: read those without the
        # dispatch above (a third of the Word side's time went there).
        self.run = run
        self._instructions(run)
        shift: dict[int, int] | None = None
        for child in run:
            tag = child.tag
            if tag == _T:
                text = child.text or ""
                if shift and all(ord(ch) in shift for ch in text):
                    text = text.translate(shift)  # "m" + raised "2": "m²", as Word shows it
                self.pieces.append(Piece(text, run))
            elif tag == _RPR:
                shift = _shift(child)
            else:
                self.visit(child)
        self.run = None

    def _instructions(self, run: Any) -> None:
        if self.fields and self.fields[-1].result is None:
            for instr in run.iterchildren(_W + "instrText"):
                self.fields[-1].instruction.append(instr.text or "")

    def _field_mark(self, element: Any) -> None:
        kind = element.get(_W + "fldCharType")
        if kind == "begin":
            self.fields.append(_Field())
        elif kind == "separate" and self.fields:
            self.fields[-1].result = len(self.pieces)  # the displayed result follows
        elif kind == "end" and self.fields:
            opened = self.fields.pop()
            if opened.result is not None:
                shown = "".join(p.text for p in self.pieces[opened.result:])
                self._add_url(_field_url("".join(opened.instruction)), shown)

    def _linked(self, element: Any, url: str) -> None:
        start = len(self.pieces)
        self.children(element)
        self._add_url(url, "".join(piece.text for piece in self.pieces[start:]))

    def _add_url(self, url: str, shown: str) -> None:
        # The address is the writer's too (a cited web page): keep it after its text.
        if url and url not in shown:
            self.pieces.append(Piece(f" ({url})" if shown.strip() else f" {url} "))

    def _alt_text(self, element: Any) -> None:
        words = element.get("descr") or element.get("title") or ""
        if words.strip():
            self.pieces.append(Piece(f" [{words.strip()}] "))


def _shift(rpr: Any) -> dict[int, int] | None:
    """The characters a run's own w:vertAlign raises or lowers its digits to."""
    align = rpr.find(_VERT_ALIGN)
    return None if align is None else _SHIFTS.get(align.get(_W + "val") or "")


#: A field instruction's words: a "quoted argument" (spaces and all) or a bare one.
_FIELD_TOKEN = re.compile(r'"([^"]*)"|(\S+)')
#: HYPERLINK switches followed by an argument of their own (a tip, a frame).
_SWITCHES_WITH_ARGUMENT = frozenset({"\\o", "\\t"})


def _field_url(instruction: str) -> str:
    """The address of a HYPERLINK field ("HYPERLINK \"https://…\" \\o tip"):
    its first argument that is no switch's, quoted ones kept whole."""
    tokens = [(quoted is not None, quoted if quoted is not None else bare)
              for quoted, bare in (m.groups() for m in _FIELD_TOKEN.finditer(instruction))]
    if not tokens or tokens[0][1].upper() != "HYPERLINK":
        return ""
    skip = False
    for quoted, token in tokens[1:]:
        if skip:
            skip = False
            continue
        if not quoted and token.startswith("\\"):
            if token.lower() == "\\l":  # a bookmark in this document: no address to keep
                return ""
            skip = token.lower() in _SWITCHES_WITH_ARGUMENT
            continue
        return token
    return ""
    return ""


def _text_boxes(paragraph: Any) -> Iterator[Any]:
    """The outermost text box contents anchored in a paragraph (not the
    fallback copies of alternate content)."""
    for box in paragraph.iter(_W + "txbxContent"):
        ancestor = box.getparent()
        inside = False
        while ancestor is not None and ancestor is not paragraph:
            if ancestor.tag in (_MC + "Fallback", _W + "txbxContent"):
                inside = True
                break
            ancestor = ancestor.getparent()
        if not inside:
            yield box


def _descendants(element: Any, tag: str, *, stop: str) -> Iterator[Any]:
    """Children named ``tag``, looking through wrappers (w:sdt, w:customXml)
    but not into ``stop`` (a nested table is read by its cell)."""
    for child in element.iterchildren():
        if child.tag == tag:
            yield child
        elif isinstance(child.tag, str) and child.tag != stop and child.tag not in _SKIP:
            yield from _descendants(child, tag, stop=stop)


def _rels(part: Any) -> list[Any]:
    try:
        return list(part.rels.values())
    except Exception:  # a part without relationships
        return []


def _links(part: Any) -> dict[str, str]:
    """Relationship id: address, for a part's external hyperlinks."""
    return {rel.rId: rel.target_ref for rel in _rels(part)
            if rel.reltype == _HYPERLINK and rel.is_external}


def _part_root(part: Any) -> Any:
    """A notes part's XML; python-docx only parses the parts it knows."""
    element = getattr(part, "element", None)
    if element is not None:
        return element
    from docx.oxml.parser import parse_xml

    try:
        return parse_xml(part.blob)
    except Exception:  # a damaged notes part: the body is still read
        return None
