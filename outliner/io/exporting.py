"""Choose the exporter from the output file's extension."""

from __future__ import annotations

from pathlib import Path

from outliner.core.essay import Essay
from outliner.io.errors import DocumentError
from outliner.io.exporters.options import ExportOptions, ExportReport

#: Output extension -> format name.
EXPORT_FORMATS = {".md": "markdown", ".markdown": "markdown", ".txt": "text", ".docx": "word"}


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
        from outliner.io.exporters.word import export_word

        return export_word(essay, path, options)
    from outliner.io.exporters.text import export_markdown, export_text

    if fmt == "markdown":
        return export_markdown(essay, path, options)
    return export_text(essay, path, options)
