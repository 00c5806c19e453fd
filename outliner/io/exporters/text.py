"""Export to Markdown and plain text: the outline itself, or the essay as it reads.

Outline mode (the default for these formats) writes every node with a label
the draft importer understands, so an exported outline opens again as the
same tree:

    # Title
    ## Introduction: hook          Introduction: hook
    **Thesis:** ...                  Thesis: ...
    ## Body paragraph 1: claim     Body paragraph 1: claim
    - “quotation” (41)               - “quotation” (41)
    - note                           - note
      - sub-note                       - sub-note
    ## Works Cited                 Works Cited

Markdown marks headings with "#", plain text writes the same labels on
their own lines ("Section: Background" for a section) and indents what a
paragraph holds. A paragraph's prose is written on one line. Text that the
importer would read as structure ("Works Cited" as a note, a title "Quote:",
prose starting with ">" or "1.") gets a backslash (CommonMark escapes in
Markdown, see ``escapes``), so every word comes back as typed. A quotation
with no cite yet is written after a "Quote:" label, so it comes back as a
quotation rather than a note.

What does not come back exactly, because the importer reads drafts so: a
paragraph's prose shorter than about two sentences comes back as a note;
line breaks in prose become spaces; a cite or prose a note kept from an
earlier kind comes back in its line; plain text has no heading levels, so
nested sections come back side by side. A quotation that the paragraph's
prose already quotes (same words, same cite) is not listed again under the
prose: the importer takes it from the prose.

Essay mode writes the essay as it will read: the manuscript
(``compose.manuscript``) that the Word essay and the preview render too,
marked up by ``text_essay``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from outliner.compose.citing import source_line
from outliner.compose.essay_styles import STYLE_WORDS
from outliner.core.essay import PARAGRAPH_KINDS, CitationStyle, Essay, Node, NodeKind
from outliner.core.text import quotation_line
from outliner.io.atomic import atomic_write
from outliner.io.escapes import escape_heading_end, escape_markdown, escape_stars
from outliner.io.essay.schema import utf8_safe
from outliner.io.export_escapes import (
    UNCITED_LABEL,
    has_citation,
    markdown_line,
    one_line,
    text_line,
)
from outliner.io.exporters.options import ExportOptions, ExportReport
from outliner.io.importers.inline_labels import escape_inline_labels
from outliner.io.importers.lines import looks_like_markdown
from outliner.io.vocabulary import LABELS, META_LABELS, paragraph_heading


def export_markdown(essay: Essay, path: Path, options: ExportOptions) -> ExportReport:
    """Write ``essay`` as Markdown (the outline unless ``options.mode`` is "essay")."""
    return _export(essay, Path(path), options, markdown=True)


def export_text(essay: Essay, path: Path, options: ExportOptions) -> ExportReport:
    """Write ``essay`` as plain text (the outline unless ``options.mode`` is "essay")."""
    return _export(essay, Path(path), options, markdown=False)


def _export(essay: Essay, path: Path, options: ExportOptions, *, markdown: bool) -> ExportReport:
    style = options.style or essay.meta.style
    report = ExportReport(path=path)
    if options.mode == "essay":
        from outliner.io.exporters.text_essay import essay_text

        text = essay_text(essay, style, markdown=markdown, report=report,
                          unwritten=options.unwritten)
    else:
        text = outline_text(essay, style, markdown=markdown)
    atomic_write(path, utf8_safe(text).encode("utf-8"), backup=True)  # old one as .bak
    return report


# -- shared pieces ---------------------------------------------------------------


@dataclass
class _Writer:
    """Collects the outline's blocks (separated by one blank line), Markdown
    or plain text; text the importer would read as structure is escaped
    (``export_escapes``), so every word comes back as typed."""

    markdown: bool
    every_star: bool = False  # plain text: escape each "*" (else it reads as Markdown)
    blocks: list[str] = field(default_factory=list)
    body_number: int = 0

    def block(self, text: str) -> None:
        text = text.strip("\n")
        if text.strip():
            self.blocks.append(text)

    def heading(self, level: int, text: str) -> None:
        # Markdown has six heading levels; deeper sections share the sixth.
        self.block(f"{'#' * min(level, 6)} {text}".rstrip() if self.markdown else text)

    def label(self, name: str, text: str) -> str:
        return f"**{name}:** {text}" if self.markdown else f"{name}: {text}"

    def text(self) -> str:
        return "\n\n".join(self.blocks) + "\n" if self.blocks else ""

    def next_heading(self, node: Node, text: str = "") -> str:
        """The labelled line of the next paragraph node in document order
        (counts bodies): "Body paragraph 2: text", or the label alone."""
        if node.kind is NodeKind.BODY:
            self.body_number += 1
        return paragraph_heading(node.kind, text, self.body_number)

    def sources(self, essay: Essay, style: CitationStyle) -> None:
        """The sources list, as typed (every word comes back on re-import)."""
        if essay.sources:
            self.heading(2, STYLE_WORDS[style].sources_heading)  # Works Cited, References…
            for source in essay.sources:
                self.block(self.line(source_line(source, style), works_cited=True))

    def line(self, text: str, prefix: str = "", *, works_cited: bool = False) -> str:
        """``text`` to follow ``prefix`` at the start of a line (a source as typed)."""
        if self.markdown:
            return markdown_line(text, prefix, works_cited=works_cited)
        return text_line(text, prefix, every_star=self.every_star, works_cited=works_cited)

    def inline(self, text: str) -> str:
        """``text`` to follow a label on its line."""
        text = one_line(text)
        if self.markdown:
            return escape_markdown(text)
        return escape_stars(text, every_star=self.every_star)

    def paragraph_heading(self, node: Node, level: int) -> str:
        """The heading line of a paragraph or section node (without "#")."""
        if node.kind is NodeKind.SECTION:
            if self.markdown:  # an empty one is "##": an empty section
                line = self.line(node.text, "#" * min(level, 6) + " ") + self.kept_cite(node)
            else:  # plain text has no heading levels: sections come back side by side
                line = paragraph_heading(NodeKind.SECTION,
                                         (self.inline(node.text) + self.kept_cite(node)).strip())
        else:  # the kept cite after the label, or the label would not be read
            line = self.next_heading(node, (self.inline(node.text) + self.kept_cite(node)).strip())
        return escape_heading_end(line) if self.markdown else line

    def kept_cite(self, node: Node) -> str:
        """" (cite)" for a non-quotation that kept a cite from an earlier kind."""
        if node.kind is NodeKind.QUOTE or not node.cite.strip():
            return ""
        return f" ({self.inline(node.cite)})"

    def quotation(self, node: Node) -> str:
        return quotation_line(self.inline(node.text), self.inline(node.cite))


def _item_lines(node: Node, depth: int, writer: _Writer) -> list[str]:
    """A note, quotation or thesis inside a paragraph, with what it holds."""
    pad = "  " * depth
    uncited = False
    if node.kind is NodeKind.THESIS:
        head = writer.label(LABELS[NodeKind.THESIS], writer.inline(node.text))
    elif node.kind is NodeKind.QUOTE:
        head = "- " + writer.quotation(node)
        uncited = not has_citation(head)
        if uncited:  # no cite yet: the label says it is a quotation
            head = f"- {UNCITED_LABEL} {head[2:]}"
    else:
        head = "- " + writer.line(node.text, "- ")
    cite = writer.kept_cite(node)
    lines = [(pad + head + cite).rstrip()]
    if node.prose.strip():
        lines.append(pad + "  " + writer.line(escape_inline_labels(node.prose)))
    for child in node.children:
        lines.extend(_item_lines(child, depth + 1, writer))
    if uncited:
        lines.append("")  # "Quote:" holds what follows up to a blank line
    return lines


# -- outline mode -------------------------------------------------------------------


def outline_text(essay: Essay, style: CitationStyle, *, markdown: bool) -> str:
    """The outline as Markdown or plain text that the importer reads back."""
    text = _outline_text(essay, style, _Writer(markdown))
    if not markdown and looks_like_markdown(text):  # "**bold**" typed in a note
        text = _outline_text(essay, style, _Writer(markdown, every_star=True))
    return text


def _outline_text(essay: Essay, style: CitationStyle, writer: _Writer) -> str:
    markdown = writer.markdown
    meta_lines = [f"{label}: {writer.inline(getattr(essay.meta, name))}"
                  for name, label in META_LABELS if getattr(essay.meta, name).strip()]
    if markdown:
        writer.block("  \n".join(meta_lines))
        if essay.meta.title.strip():
            writer.heading(1, writer.line(essay.meta.title, "# "))
    else:
        if essay.meta.title.strip():
            meta_lines.insert(0, f"Title: {writer.inline(essay.meta.title)}")
        writer.block("\n".join(meta_lines))
    for top in essay.outline:
        _outline_node(top, 2, writer)
    writer.sources(essay, style)
    return writer.text()


def _quotations_in_prose(node: Node) -> list[Node]:
    """Quote children that the paragraph's prose already quotes with the same cite.

    They are not listed again under the prose: the reader sees them in it,
    and the importer makes them quote nodes again from the prose, so listing
    them would double them on re-import.
    """
    if not node.prose.strip():
        return []
    from outliner.core.quotations import cited_quotations

    in_prose = [(q.text, q.cite) for q in cited_quotations(node.prose)]
    shown: list[Node] = []
    for child in node.children:
        key = (" ".join(child.text.split()), " ".join(child.cite.split()))
        if child.kind is NodeKind.QUOTE and key in in_prose:
            in_prose.remove(key)  # each quotation in the prose stands for one node
            shown.append(child)
    return shown


def _outline_node(node: Node, level: int, writer: _Writer) -> None:
    if node.kind not in PARAGRAPH_KINDS and node.kind is not NodeKind.SECTION:
        writer.block("\n".join(_item_lines(node, 0, writer)))  # e.g. a thesis on its own
        return
    writer.heading(level, writer.paragraph_heading(node, level))
    indent = "" if writer.markdown else "  "
    if node.prose.strip():
        writer.block(indent + writer.line(escape_inline_labels(node.prose)))
    shown_in_prose = _quotations_in_prose(node)
    items: list[str] = []
    for child in node.children:
        if child in shown_in_prose:
            continue
        if child.kind in PARAGRAPH_KINDS or child.kind is NodeKind.SECTION:
            writer.block("\n".join(items))
            items = []
            _outline_node(child, level + 1, writer)
        elif child.kind is NodeKind.THESIS and writer.markdown:
            # its own block: a bold line inside a list would join the bullet above
            writer.block("\n".join(items))
            items = []
            writer.block("\n".join(_item_lines(child, 0, writer)))
        else:
            items.extend(indent + line if line else line for line in _item_lines(child, 0, writer))
    writer.block("\n".join(items))
