"""Choose the exporter from the output file's extension; the labels every
exporter writes and the importers read back."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from outliner.core.essay import KIND_LABELS, CitationStyle, Essay, NodeKind
from outliner.io.errors import DocumentError

Mode = Literal["essay", "outline"]

#: Labels that tell the importer what a heading is ("Introduction: …",
#: "Body paragraph 2: …", "Thesis: …"); the Word importer builds its patterns
#: from this table, so the names live in one place (core KIND_LABELS).
LABELS: dict[NodeKind, str] = {
    kind: KIND_LABELS[kind]
    for kind in (NodeKind.INTRO, NodeKind.BODY, NodeKind.CONCLUSION, NodeKind.THESIS)
}
#: Heading-block lines at the top of an exported outline: (Meta field, label).
META_LABELS: tuple[tuple[str, str], ...] = (
    ("author", "Name"), ("instructor", "Instructor"), ("course", "Course"), ("date", "Date"),
)


def paragraph_heading(kind: NodeKind, text: str = "", body_number: int = 0) -> str:
    """The labelled line the importer reads for an introduction, body
    paragraph, conclusion, thesis or (in plain text) section: "Body paragraph
    2: text", or the label alone ("Body paragraph 2") when ``text`` is empty."""
    label = KIND_LABELS[kind] if kind is NodeKind.SECTION else LABELS[kind]
    if kind is NodeKind.BODY:
        label = f"{label} {body_number}"
    return f"{label}: {text}" if text else label

#: Output extension -> format name.
EXPORT_FORMATS = {".md": "markdown", ".markdown": "markdown", ".txt": "text", ".docx": "word"}


@dataclass
class ExportOptions:
    """How to export. ``mode`` None means the format's usual one: the essay
    for Word, the outline for Markdown and text."""

    mode: Mode | None = None
    style: CitationStyle | None = None  # None: the essay's own style
    template: Path | None = None


@dataclass
class ExportReport:
    """What the exporter wants the person to know (undrafted paragraphs,
    missing metadata); the file was written all the same."""

    path: Path
    notes: list[str] = field(default_factory=list)


def export_format(path: Path) -> str:
    """The format name for ``path``; DocumentError for an unknown extension."""
    fmt = EXPORT_FORMATS.get(path.suffix.lower())
    if fmt is None:
        known = ", ".join(sorted(EXPORT_FORMATS))
        shown = path.suffix or "no extension"
        raise DocumentError(path, f"cannot export to '{shown}' (use {known})")
    return fmt


def export_essay(essay: Essay, path: Path, options: ExportOptions | None = None) -> ExportReport:
    """Write ``essay`` to ``path`` in the format its extension names; an
    existing file is kept as ``path`` + ".bak". Whether to replace it is the
    caller's question (write_guard.check_output); the template, which the
    export reads, is never written over."""
    from outliner.io.write_guard import Keep, check_output

    options = options or ExportOptions()
    fmt = export_format(path)
    if options.template is not None:
        check_output(path, [Keep(options.template, "the template")])
    if fmt == "word":
        from outliner.io.word_export import export_word

        return export_word(essay, path, options)
    from outliner.io.text_export import export_markdown, export_text

    if fmt == "markdown":
        return export_markdown(essay, path, options)
    return export_text(essay, path, options)
