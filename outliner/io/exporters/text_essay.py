"""The essay as it reads, in Markdown or plain text: the manuscript rendered.

What the essay says (paragraphs, their order and words, the notes to
report) comes from :func:`build_manuscript`; this module only marks it up.
Blocks are separated by one blank line: each printed paragraph is a block
of its own, a section heading is "## Heading" in Markdown and a line of its
own in plain text, a block quotation is "> …" in Markdown and indented in
plain text, notes outside any paragraph are a "- " list. A paragraph not
written yet is its "[Not written yet: …]" flag (bold in Markdown) over its
outline as a "- " list. Chicago's footnotes are Markdown footnotes ("[^1]",
defined at the end) or, in plain text, superscript numbers with the notes
listed under "Notes" before the bibliography. Inline markup
(``core.inline``) is Markdown's own emphasis, so Markdown writes it as it
stands (``*italic*``, ``**bold**``, ``\\*`` for a literal star); plain text
writes what a reader sees, without marks.
"""

from __future__ import annotations

from outliner.compose.manuscript import (
    FrontMatter,
    LeftOut,
    Line,
    LooseItem,
    LooseNotes,
    Manuscript,
    Paragraph,
    Placeholder,
    SectionHeading,
    build_manuscript,
)
from outliner.compose.unwritten import Unwritten
from outliner.core.essay import CitationStyle, Essay
from outliner.core.inline import plain
from outliner.io.exporters.options import ExportReport

#: How plain text sets off a block quotation.
TEXT_BLOCK_INDENT = "    "
#: The heading over Chicago's notes in plain text (Markdown has footnotes).
NOTES_HEADING = "Notes"
_SUPERSCRIPTS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def essay_text(essay: Essay, style: CitationStyle, *, markdown: bool, report: ExportReport,
               unwritten: Unwritten = Unwritten.NOTES) -> str:
    """The essay as it will read; what the export reports goes into ``report``."""
    manuscript = build_manuscript(essay, style, unwritten=unwritten)
    report.take(manuscript)
    return manuscript_text(manuscript, markdown=markdown)


def manuscript_text(manuscript: Manuscript, *, markdown: bool) -> str:
    """The manuscript as Markdown or plain text."""
    blocks = _front(manuscript.front, markdown)
    for block in manuscript.blocks:
        if isinstance(block, SectionHeading):
            blocks.append(_heading(block.level + 1, block.text, markdown))
        elif isinstance(block, Paragraph):
            for line in block.lines:
                text = _with_note_marks(line, markdown)
                if not line.block_quote:
                    blocks.append(text)
                else:
                    blocks.append(f"> {text}" if markdown else TEXT_BLOCK_INDENT + text)
        elif isinstance(block, LooseNotes):
            blocks.append(_list(block.items, markdown))
        elif isinstance(block, Placeholder):
            blocks.append(f"**{block.heading}**" if markdown else block.heading)
            blocks.append(_list(block.items, markdown))
        else:
            assert isinstance(block, LeftOut)  # nothing to print; the notes say so
    notes = manuscript.footnotes
    if notes and not markdown:  # Chicago's notes, before the bibliography
        blocks.append(_heading(2, NOTES_HEADING, markdown))
        blocks.extend(f"{note.number}. {note.text}" for note in notes)
    sources = manuscript.sources
    if sources.entries:
        blocks.append(_heading(2, sources.heading, markdown))
        blocks.extend(entry.typed.strip("\n") for entry in sources.entries)
    if notes and markdown:  # Markdown footnotes: the reader sets them at the foot
        blocks.append("\n".join(f"[^{note.number}]: {note.text}" for note in notes))
    if not markdown:
        blocks = ["\n".join(map(plain, block.split("\n"))) for block in blocks]
    kept = [block for block in blocks if block.strip()]
    return "\n\n".join(kept) + "\n" if kept else ""


def _with_note_marks(line: Line | LooseItem, markdown: bool) -> str:
    """A line's text with its footnote references: "[^1]" in Markdown, a
    superscript number in plain text."""
    if not line.notes:
        return line.text
    return "".join(
        piece if isinstance(piece, str)
        else (f"[^{piece.number}]" if markdown else superscript(piece.number))
        for piece in line.pieces())


def superscript(number: int) -> str:
    """``number`` in superscript digits ("¹²")."""
    return str(number).translate(_SUPERSCRIPTS)


def _list(items: tuple[LooseItem, ...], markdown: bool) -> str:
    return "\n".join(f"{'  ' * item.depth}- {_with_note_marks(item, markdown)}"
                     for item in items)


def _heading(level: int, text: str, markdown: bool) -> str:
    return f"{'#' * level} {text}" if markdown else text


def _front(front: FrontMatter, markdown: bool) -> list[str]:
    lines = ("  \n" if markdown else "\n").join(front.lines)  # Markdown: line breaks
    title = _heading(1, front.title, markdown) if front.title else ""
    return [title, lines] if front.title_first else [lines, title]
