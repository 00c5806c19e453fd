"""Choose the exporter from the output file's extension."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from outliner.core.essay import CitationStyle, Essay
from outliner.io.errors import DocumentError

Mode = Literal["essay", "outline"]

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
    """Write ``essay`` to ``path`` in the format its extension names."""
    options = options or ExportOptions()
    fmt = export_format(path)
    if fmt == "word":
        from outliner.io.word_export import export_word

        return export_word(essay, path, options)
    from outliner.io.text_export import export_markdown, export_text

    if fmt == "markdown":
        return export_markdown(essay, path, options)
    return export_text(essay, path, options)
