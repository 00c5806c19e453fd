"""Import a Word (.docx) draft.

A Word draft is turned into the equivalent outline text — headings as
Markdown "#" headings (or as "I." / "A." lines when Word numbers them),
numbered and bulleted list paragraphs as indented list lines with the labels
Word shows, everything else as prose paragraphs (the words read as Word shows
them, by ``word_body``: tracked changes accepted, footnotes as notes under
their paragraph, table rows as notes) — and that text goes through
the same importer as text and Markdown drafts (``importers.text.parse_text``). So a
Word draft is understood exactly as the same draft typed as text would be,
and an outline exported by ``exporters.word_outline`` comes back as the same tree.
Italic and bold words come back in the model's inline markup
(*Never Let Me Go*, **bold**; ``core.inline``), everywhere in the document.

An outline written by ``exporters.word_outline`` (known by its named lists) marks its
structure by style and numbering, so its texts are trusted as texts: they
are escaped for the Markdown reader (a note "Works Cited" stays a note, see
``export_escapes``) and an uncited quotation gets a "Quote:" label. A Word
draft someone typed is read as before.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field
from itertools import groupby
from pathlib import Path
from typing import Any

from outliner.core.essay import PARAGRAPH_KINDS, Essay
from outliner.core.inline import Span, escape, render
from outliner.io.archive import WORD_LIMITS, ArchiveContents, read_archive
from outliner.io.cancel import StopCheck, check
from outliner.io.errors import DocumentError
from outliner.io.escapes import escape_heading_end, escape_markdown
from outliner.io.export_escapes import UNCITED_LABEL, has_citation, markdown_line
from outliner.io.importers.word_body import Block, BodyCounts, BodyReader, Piece
from outliner.io.importers.word_numbering import Numbering, numbering_of
from outliner.io.importers.word_styles import StyleIndex, outline_level
from outliner.io.read_result import ReadResult
from outliner.io.reading import WORD_IMPORT, check_regular_file
from outliner.io.vocabulary import (
    META_LABELS,
    PARAGRAPH_HEADING,
    THESIS_HEADING,
    is_sources_heading,
    unescape_section_heading,
)


def import_docx(path: Path | str, *, should_stop: StopCheck | None = None) -> Essay:
    """Read a .docx draft into an Essay; DocumentError naming the file when
    it is missing, not a Word document, damaged, or unpacks past the limits
    of ``archive.WORD_LIMITS``; ImportCancelled when ``should_stop`` says so."""
    return import_docx_with_report(path, should_stop=should_stop).essay


def import_docx_with_report(path: Path | str, *,
                            should_stop: StopCheck | None = None) -> ReadResult:
    """:func:`import_docx`, with what the importer decided and how the body
    was read (footnotes, tables, tracked changes)."""
    from outliner.io.importers.text import parse_text_with_report

    converted = convert_docx(path, should_stop)
    if not converted.blocks:
        raise DocumentError(path, "the Word document has no text to import")
    if converted.held:
        # Our own outline: each paragraph's prose sits under its heading as
        # body text. The structure goes through the importer; the prose is
        # then given back to the paragraph it was written under.
        essay, report = parse_text_with_report(converted.text(hold_prose=True), markdown=True,
                                               unwrap_lines=False)
        if _give_back_prose(essay, converted):
            return ReadResult(essay, [*converted.counts.messages(), *report.notes],
                              report.findings)
    # One line per Word paragraph: none of them is a wrapped line.
    essay, report = parse_text_with_report(converted.text(hold_prose=False), markdown=True,
                                           unwrap_lines=False)
    return ReadResult(essay, [*converted.counts.messages(), *report.notes], report.findings)


def docx_to_text(path: Path | str) -> str:
    """The document's body as the outline text the importer reads."""
    return convert_docx(path).text(hold_prose=False)


@dataclass
class _Block:
    kind: str  # "prose" | "heading" | "list" | "meta" | "thesis"
    text: str
    prose_of: int | None = None  # our outline: the paragraph heading it belongs to
    ends_list: bool = False  # a blank line follows ("Quote:" holds only this line)


@dataclass
class Converted:
    """A Word body as importer text blocks."""

    blocks: list[_Block] = field(default_factory=list)
    paragraph_headings: int = 0  # headings that stand for a paragraph (ours only)
    held: dict[int, list[str]] = field(default_factory=dict)
    counts: BodyCounts = field(default_factory=BodyCounts)  # for the import report

    def text(self, *, hold_prose: bool) -> str:
        out: list[str] = []
        previous = ""
        for block in self.blocks:
            if hold_prose and block.prose_of is not None:
                continue
            if out:
                together = block.kind == previous and block.kind in ("list", "meta")
                out.append(("  \n" if block.kind == "meta" else "\n") if together else "\n\n")
            out.append(block.text)
            previous = "" if block.ends_list else block.kind
        return "".join(out) + "\n" if out else ""


# Built from the label vocabulary the exporters write (io/vocabulary.py), so renaming a
# label there keeps the Word round trip working.
_PARAGRAPH_HEADING = PARAGRAPH_HEADING
#: Heading-block labels a writer types by hand besides the ones we export.
_TYPED_META_LABELS = ("Teacher", "Class")
_META_LINE = re.compile(
    "^(?:" + "|".join(re.escape(label) for label in
                      (*(label for _, label in META_LABELS), *_TYPED_META_LABELS)) + r"):\s"
)
_THESIS = THESIS_HEADING


def convert_docx(path: Path | str, should_stop: StopCheck | None = None) -> Converted:
    """Read the body of a .docx into importer text blocks: headings as
    Markdown headings (Title one level above Heading 1), list paragraphs as
    indented list lines, everything else as prose paragraphs."""
    path = Path(path)
    check_regular_file(path, WORD_IMPORT)  # before zipfile opens it: a FIFO would block
    doc = _open(path, should_stop)
    numbering = Numbering(doc)
    styles = StyleIndex(doc)
    ours = bool(numbering.own_lists)
    result = Converted()
    base_level = 0
    current_paragraph: int | None = None
    previous_kind = ""
    in_sources = False  # under a Works Cited heading
    # Our own outline marks structure by style and numbering: its texts are
    # escaped for the importer (a note "Works Cited" stays a note).
    own = _OwnText(ours)
    reader = BodyReader(doc)
    result.counts = reader.counts
    dropped = ""  # a drop cap's letter, waiting for the paragraph it starts
    for item in reader.blocks(doc.element.body):
        check(should_stop)
        if item.element is None:
            # A table row is a note, never the title nor a heading.
            _add_notes(result, [item.row, *item.notes], "", own)
            previous_kind, current_paragraph = "list", None
            continue
        if _is_drop_cap(item.element):
            dropped += item.text
            _add_notes(result, item.notes, "", own)
            continue
        if dropped:
            item.pieces.insert(0, Piece(dropped))
            dropped = ""
        paragraph = _read_paragraph(item, styles, numbering)
        if paragraph is None:
            _add_notes(result, item.notes, "", own)
            continue
        text, names, num_id, level, heading = paragraph
        if is_sources_heading(text) and (
                not ours or (heading and num_id not in numbering.own_lists)):
            in_sources = True  # ours: only the unnumbered heading, not a note so named
        elif heading or "Title" in names[:1]:
            in_sources = False
        text = _marked_text(item, styles, join_spaces=not ours)  # italics and bold kept
        block: _Block
        starts_paragraph = False
        label = numbering.label(num_id, level[0]) if num_id else None
        if label is None and _LIST_STYLE.match(names[0] if names else ""):
            label = ""  # a list style with no numbering behind it: still a list item
        depth = level[1]
        if "Title" in names[:1]:
            block = _Block("heading", "# " + own.line(text, "# "))
            current_paragraph = None
        elif heading and _THESIS.match(text):
            block = _Block("thesis", "**Thesis:** " + own.inline(_THESIS.sub("", text, count=1)))
        elif heading:
            hashes = "#" * min(heading + 1, 6)
            paragraph_label = _PARAGRAPH_HEADING.match(text)
            current_paragraph = None
            if ours and paragraph_label:
                cut = paragraph_label.end()
                block = _Block("heading", f"{hashes} {own.heading(text[:cut], text[cut:])}")
                result.paragraph_headings += 1
                current_paragraph = result.paragraph_headings - 1
                starts_paragraph = True
            elif ours and not in_sources:
                section = unescape_section_heading(text)
                block = _Block("heading", f"{hashes} {own.line(section, hashes + ' ')}".rstrip())
            else:
                block = _Block("heading", f"{hashes} {text}")
        elif label is not None:
            if previous_kind != "list" or depth < base_level:
                base_level = depth
            marker = "-" if label == "" or num_id in numbering.own_lists else label
            indent = "  " * (depth - base_level)
            block = _Block("list", f"{indent}{marker} {own.line(text, '- ')}")
            if ours and label and num_id in numbering.own_lists and not has_citation(text):
                # a quotation (numbered in our outline, not a bullet) with no cite yet
                block.text, block.ends_list = f"{indent}- {UNCITED_LABEL} {own.inline(text)}", True
        elif _META_LINE.match(text) and (not result.blocks or previous_kind == "meta"):
            name, value = text.split(":", 1)
            block = _Block("meta", f"{name}:{own.inline(value)}" if ours else text)
        else:
            block = _Block("prose", own.line(text, works_cited=in_sources))
            if ours and current_paragraph is not None and "Body Text" in names[:1]:
                block.prose_of = current_paragraph
                result.held.setdefault(current_paragraph, []).append(text)
        result.blocks.append(block)
        previous_kind = block.kind
        if item.notes:
            # Footnotes and endnotes: notes under the paragraph they belong to.
            under = "  " * (depth - base_level + 1) if block.kind == "list" else ""
            _add_notes(result, item.notes, under, own)
            previous_kind = "list"
        # Prose belongs to a paragraph only right under its heading.
        if block.prose_of is None and not starts_paragraph:
            current_paragraph = None
    if dropped:  # a drop cap with no paragraph after it is still the writer's
        result.blocks.append(_Block("prose", own.line(dropped)))
    return result


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_PPR, _PSTYLE, _VAL = _W + "pPr", _W + "pStyle", _W + "val"
#: List styles by name ("List Bullet 2" is the second level).
_LIST_STYLE = re.compile(r"^List (?:Bullet|Number)(?: (\d))?$")


def _add_notes(result: Converted, notes: list[str], indent: str, own: _OwnText) -> None:
    for note in notes:
        note = " ".join(note.split())
        if note:
            result.blocks.append(_Block("list", f"{indent}- {own.line(note, '- ')}"))


def _is_drop_cap(element: Any) -> bool:
    """A drop cap: the first letter(s) of the next paragraph, set in a frame."""
    ppr = element.find(_PPR)
    frame = ppr.find(_W + "framePr") if ppr is not None else None
    return frame is not None and frame.get(_W + "dropCap") in ("drop", "margin")


@dataclass
class _OwnText:
    """Escapes for the Markdown the importer reads, for our own outline only
    (a Word draft someone typed is read as before)."""

    ours: bool

    def line(self, text: str, prefix: str = "", *, works_cited: bool = False) -> str:
        return markdown_line(text, prefix, works_cited=works_cited) if self.ours else text

    def inline(self, text: str) -> str:
        return escape_markdown(text) if self.ours else text

    def heading(self, label: str, text: str) -> str:
        """A paragraph heading: its label as the importer reads it, then its text."""
        return escape_heading_end(label + escape_markdown(text)) if self.ours else label + text


def _give_back_prose(essay: Essay, converted: Converted) -> bool:
    """Put held prose into the paragraph nodes, matched by order; False (and
    nothing changed) when the importer's paragraphs do not line up."""
    paragraphs = [n for n in essay.walk() if n.kind in PARAGRAPH_KINDS]
    if len(paragraphs) != converted.paragraph_headings:
        return False
    if any(paragraphs[i].prose.strip() for i in converted.held):
        return False
    for index, lines in converted.held.items():
        paragraphs[index].prose = "\n".join(lines)
    return True


def _marked_text(block: Block, styles: StyleIndex, *, join_spaces: bool = True) -> str:
    """The paragraph's text (spaces collapsed as :attr:`Block.text` does) in
    the model's inline markup: italic and bold runs as ``*…*`` / ``**…**``,
    a literal star escaped ("Ishiguro, Kazuo. *Never Let Me Go*. Vintage").

    Neighbouring runs set alike are one stretch, and with ``join_spaces`` a
    plain space between two stretches set alike joins them (Word often
    leaves the space between two italic words upright), so a title reads
    ``*Never Let Me Go*``, not ``*Never* *Let* …``."""
    settings = [_run_setting(piece.run, styles) if piece.run is not None else (False, False)
                for piece in block.pieces]
    if not any((italic or bold) and piece.text.strip()
               for (italic, bold), piece in zip(settings, block.pieces, strict=True)):
        text = block.text
        return text if "*" not in text else escape(text)
    chars: list[tuple[str, bool, bool]] = []  # collapsed text, with its setting
    for piece, (italic, bold) in zip(block.pieces, settings, strict=True):
        for ch in piece.text:
            if ch.isspace():
                if chars and chars[-1][0] != " ":
                    chars.append((" ", italic, bold))
            else:
                chars.append((ch, italic, bold))
    if chars and chars[-1][0] == " ":
        chars.pop()
    if join_spaces:
        for i in range(1, len(chars) - 1):
            before, after = chars[i - 1], chars[i + 1]
            if chars[i][0] == " " and before[1:] == after[1:] != chars[i][1:]:
                chars[i] = (" ", *before[1:])
    spans = [Span("".join(ch for ch, _, _ in group), *setting)
             for setting, group in groupby(chars, key=lambda c: (c[1], c[2]))]
    return render(spans)


def _run_setting(run: Any, styles: StyleIndex) -> tuple[bool, bool]:
    """(italic, bold) of a run by its own formatting, else its character style."""
    # w:rPr comes first in a run; one pass over its children (this runs for
    # every run of a document, and lxml's find() costs more than the loop)
    if not len(run) or run[0].tag != _W_RPR:
        return False, False  # no formatting, no character style
    italic = bold = None
    style_id = None
    for child in run[0]:
        tag = child.tag
        if tag == _W_I:
            italic = _switch(child)
        elif tag == _W_B:
            bold = _switch(child)
        elif tag == _W_RSTYLE:
            style_id = child.get(_W_VAL)
    if (italic is None or bold is None) and style_id is not None:
        for style in styles.chain(style_id, "character"):
            if italic is None:
                italic = style.font.italic
            if bold is None:
                bold = style.font.bold
            if italic is not None and bold is not None:
                break
    return bool(italic), bool(bold)


def _switch(element: Any) -> bool | None:
    """A toggle property (``w:i``, ``w:b``): None when absent."""
    if element is None:
        return None
    return element.get(_W_VAL) not in ("0", "false", "off")


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_W_RPR, _W_I, _W_B, _W_RSTYLE, _W_VAL = (_W + name for name in ("rPr", "i", "b", "rStyle", "val"))


def _open(path: Path, should_stop: StopCheck | None) -> Any:
    if not zipfile.is_zipfile(path):
        raise DocumentError(path, "is not a Word document (.docx): it is not a zip package")
    contents = read_archive(path, WORD_LIMITS, should_stop)
    package = _package(path, contents)
    import docx

    try:
        return docx.Document(package)
    except Exception as exc:  # python-docx raises many kinds on a bad package
        raise DocumentError(path, _unreadable(str(exc))) from exc


def _unreadable(reason: str) -> str:
    """What is wrong with a package python-docx could not open, in words;
    libxml2's own limits (nesting depth, entity expansion) stop hostile XML."""
    if "Excessive depth" in reason:
        return "is not a Word document: its XML nests more than 256 levels deep"
    if "amplification" in reason:
        return "is not a Word document: it declares entities that expand without end"
    return f"is not a readable Word document (.docx) ({reason})"


def _package(path: Path, contents: ArchiveContents) -> io.BytesIO:
    """The package python-docx opens: only the parts already read within the
    limits, stored uncompressed, so python-docx (which reads every part into
    memory at once, trusting the zip's headers) sees nothing unchecked and
    inflates nothing. Pictures and other non-XML parts become empty stand-ins:
    their relationships still resolve, and the text never needs their bytes."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as package:
        while contents.parts:
            name, data = contents.parts.popitem()
            package.writestr(name, _without_entities(data))
        for name in dict.fromkeys(contents.skipped):
            package.writestr(name, b"")
    buffer.seek(0)
    return buffer


_DOCTYPE_MARKS = tuple("<!DOCTYPE".encode(code) for code in ("utf-8", "utf-16-le", "utf-16-be"))


def _without_entities(data: bytes) -> bytes:
    """A part with its entity references (``&name;``, declared in a DOCTYPE,
    which Word never writes) turned into their literal text "&name;".

    python-docx keeps such a reference as a node that its text reading skips,
    together with every word after it in the run. The reference itself stays
    unresolved (nothing is fetched or expanded: no XXE, no billion laughs) and
    visible, so no word is lost without a trace.
    """
    if not any(mark in data for mark in _DOCTYPE_MARKS):
        return data  # no declarations, so no entity references either
    from lxml import etree  # type: ignore[import-untyped]

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                             huge_tree=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError:
        return data  # python-docx reports the damage
    for entity in list(root.iter(etree.Entity)):
        parent = entity.getparent()
        if parent is None:
            continue
        text = f"&{entity.name};" + (entity.tail or "")
        previous = entity.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + text
        else:
            parent.text = (parent.text or "") + text
        parent.remove(entity)
    result: bytes = etree.tostring(root, xml_declaration=True, encoding="UTF-8",
                                   standalone=True)
    return result


def _read_paragraph(block: Block, style_index: StyleIndex, numbering: Numbering
                    ) -> tuple[str, list[str], int, tuple[int, int], int] | None:
    """(text, style names nearest first, numId, (ilvl, nesting depth), heading
    level) of a paragraph, or None when it holds no text."""
    text = block.text
    if not text:
        return None
    # lxml directly, and the style's answers read once per style id: python-docx
    # objects per paragraph were most of the Word side's time.
    ppr = block.element.find(_PPR)
    pstyle = ppr.find(_PSTYLE) if ppr is not None else None
    style = style_index.paragraph(pstyle.get(_VAL) if pstyle is not None else None)
    names = list(style.names)
    num_id, level = numbering_of(ppr, style)
    depth = level
    if level is None:
        # No w:ilvl: the level a numbering gives the style, else the style's
        # own number ("List Bullet 2"), so both kinds of Word list nest.
        depth = next((numbering.style_levels[i] for i in style.ids
                      if i in numbering.style_levels), None)
        found = _LIST_STYLE.match(names[0]) if names else None
        if depth is None and found and found.group(1):
            depth = int(found.group(1)) - 1
    levels = (level or 0, max(0, min(depth or 0, 8)))
    heading = style.heading
    if not style.named_heading:  # the paragraph's own outline level outranks its style's
        own = outline_level(ppr)
        heading = style.heading if own is None else own
    return text, names, num_id, levels, heading


def read_document(path: Path, should_stop: StopCheck | None = None) -> ReadResult:
    """The format registry's reader (io/formats.py): :func:`import_docx_with_report`."""
    return import_docx_with_report(path, should_stop=should_stop)
