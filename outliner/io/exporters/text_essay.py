"""The essay as it reads, in Markdown or plain text: the manuscript rendered.

What the essay says (paragraphs, their order and words, the notes to
report) comes from :func:`build_manuscript`; this module only marks it up.
Blocks are separated by one blank line: each printed paragraph is a block
of its own, a section heading is "## Heading" in Markdown and a line of its
own in plain text, a block quotation is "> …" in Markdown and indented in
plain text, notes outside any paragraph are a "- " list. A paragraph not
written yet is its "[Not written yet: …]" flag (bold in Markdown) over its
outline as a "- " list. Inline markup
(``core.inline``) is Markdown's own emphasis, so Markdown writes it as it
stands (``*italic*``, ``**bold**``, ``\\*`` for a literal star); plain text
writes what a reader sees, without marks.
"""

from __future__ import annotations

from outliner.compose.manuscript import (
    FrontMatter,
    LeftOut,
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
                if not line.block_quote:
                    blocks.append(line.text)
                else:
                    blocks.append(f"> {line.text}" if markdown else TEXT_BLOCK_INDENT + line.text)
        elif isinstance(block, LooseNotes):
            blocks.append(_list(block.items))
        elif isinstance(block, Placeholder):
            blocks.append(f"**{block.heading}**" if markdown else block.heading)
            blocks.append(_list(block.items))
        else:
            assert isinstance(block, LeftOut)  # nothing to print; the notes say so
    sources = manuscript.sources
    if sources.entries:
        blocks.append(_heading(2, sources.heading, markdown))
        blocks.extend(entry.typed.strip("\n") for entry in sources.entries)
    if not markdown:
        blocks = ["\n".join(map(plain, block.split("\n"))) for block in blocks]
    kept = [block for block in blocks if block.strip()]
    return "\n\n".join(kept) + "\n" if kept else ""


def _list(items: tuple[LooseItem, ...]) -> str:
    return "\n".join(f"{'  ' * item.depth}- {item.text}" for item in items)


def _heading(level: int, text: str, markdown: bool) -> str:
    return f"{'#' * level} {text}" if markdown else text


def _front(front: FrontMatter, markdown: bool) -> list[str]:
    lines = ("  \n" if markdown else "\n").join(front.lines)  # Markdown: line breaks
    title = _heading(1, front.title, markdown) if front.title else ""
    return [title, lines] if front.title_first else [lines, title]
