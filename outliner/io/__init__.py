"""Files: the .essay document, importers of drafts and exporters."""

from __future__ import annotations

from pathlib import Path

from outliner.core.essay import Essay
from outliner.io.cancel import StopCheck
from outliner.io.errors import DocumentError

#: Extensions the importer reads as drafts (anything else is sniffed as text).
DRAFT_SUFFIXES = (".txt", ".md", ".markdown", ".text", ".docx")


def open_document(path: Path | str, *, should_stop: StopCheck | None = None) -> Essay:
    """Read an .essay file or import a draft (text, Markdown, Word); a Word
    import asks ``should_stop`` as it goes (ImportCancelled when it says so)."""
    return open_document_with_notes(path, should_stop=should_stop)[0]


def open_document_with_notes(
    path: Path | str, *, should_stop: StopCheck | None = None
) -> tuple[Essay, list[str]]:
    """:func:`open_document`, and what the person should know about how the
    file was read (a draft partly read as Windows-1252, for one)."""
    path = Path(path)  # each reader refuses a missing file, a folder, a FIFO (io/reading.py)
    suffix = path.suffix.lower()
    if suffix == ".essay":
        from outliner.io.essay_file import load_essay

        return load_essay(path), []
    if suffix == ".docx":
        from outliner.io.docx_import import import_docx

        return import_docx(path, should_stop=should_stop), []
    from outliner.io.drafts import read_draft_with_report

    essay, report = read_draft_with_report(path)
    return essay, report.notes


__all__ = ["DRAFT_SUFFIXES", "DocumentError", "open_document", "open_document_with_notes"]
