"""Read a plain-text or Markdown draft into an essay.

A draft is whatever a student typed: a written introduction, a body
paragraph in full, the next one as a heading, a "Quote:" label and dash
bullets, a Works Cited list. :func:`read_text_file` turns the file's bytes into
text (guessing the encoding, refusing files that are not text) and
:func:`parse_text` turns text into an :class:`~outliner.core.essay.Essay`.
Lines are classified in :mod:`outliner.io.importers.lines` and assembled into a
tree in :mod:`outliner.io.importers.build`.
Markdown drafts are parsed as CommonMark first
(:mod:`outliner.io.importers.markdown`).

What the importer reads, in short:

- the first prose paragraph is the introduction (its first sentence is its
  line, its last sentence the thesis unless a "Thesis:" line exists); later
  prose paragraphs are body paragraphs (topic sentence as line, quotations
  with citations as quote nodes); the last one is the conclusion when it
  opens "In conclusion", "Ultimately"... or ends three or more written
  paragraphs (see :mod:`outliner.io.importers.roles`);
- a teacher's preface or the prompt before the essay ("Here is a sample
  essay ...", "Prompt: ...") is a note in the first paragraph
  (:mod:`outliner.io.importers.preface`);
- headings: "Intro", "2nd body paragraph: ...", "Body 2 -", "Conclusion:",
  "Example Introduction:", "Body Paragraph 2 (example)",
  "I." / "II." in Roman outlines, "1. Introduction" outlines, Markdown "#"
  (other Markdown headings become sections; the first "# " is the title);
- labels: "Thesis:", "Quote:" / "Evidence:", "Topic sentence:", "Title:",
  "Name:", "Teacher:", "Class:", "Date:" (the last four only at the top);
- bullets (-, *, +, •, –, 1., 1), a), A.) nest by indentation and mark, and
  a line that follows a bullet without a blank line continues it; without
  indentation the marks rank as in a standard outline (I. > A. > 1. > a. >
  (1) > (a)), and "B." after "A." is its sibling however it is indented;
- a thesis with no introduction around it gets one, and the top-level items
  after it are body paragraphs (a "Body 1 (access) —" item names its own);
  Markdown subheadings inside a paragraph are its notes; the writer's order
  is kept (a thesis written after a body paragraph is the one exception: it
  moves into the introduction, and the import report says so);
- "Works Cited" / "References" / "Bibliography" entries become sources;
- "Section: Background" starts a section (the plain-text outline export
  writes its sections so);
- a backslash before what would read as structure makes it text
  ("\\Works Cited" is a note, not the sources), and Markdown resolves
  CommonMark's backslash escapes (``\\*``, ``\\#``, ``Quote\\:``); the
  outline exporters escape so (see :mod:`outliner.io.escapes`).

Every word of the draft ends up in the essay except the structural labels
listed in the :class:`ImportReport`.
"""

from __future__ import annotations

from pathlib import Path

from outliner.assets import resource_path
from outliner.core.essay import Essay
from outliner.io.importers.build import build_essay
from outliner.io.importers.decoding import decode_text, decode_text_with_notes
from outliner.io.importers.lines import (
    ImportReport,
    classify_lines,
    looks_like_markdown,
    normalise_newlines,
)
from outliner.io.importers.markdown import parse_markdown_with_report
from outliner.io.importers.unwrap import unwrap
from outliner.io.read_result import ReadResult
from outliner.io.reading import TEXT_IMPORT, read_limited


def parse_text_with_report(
    text: str, *, markdown: bool | None = None, unwrap_lines: bool = True
) -> tuple[Essay, ImportReport]:
    """The essay a draft's text describes, and what was consumed as structure.

    ``markdown`` None guesses from the content (``#`` headings, ``>``
    quotations, ``**bold**``). Hard-wrapped lines are joined unless
    ``unwrap_lines`` is False (a Word draft's lines are its paragraphs).
    Never raises for any string.
    """
    text = normalise_newlines(text)
    if text.startswith("\ufeff"):
        text = text[1:]
    if looks_like_markdown(text) if markdown is None else markdown:
        # CommonMark is markdown-it's to read
        return parse_markdown_with_report(text, unwrap_lines=unwrap_lines)
    report = ImportReport(markdown=False)
    lines = classify_lines(text, markdown=False)
    if unwrap_lines:
        lines = unwrap(lines, report, markdown=False)
    essay = build_essay(lines, report)
    return essay, report


def parse_text(
    text: str, *, markdown: bool | None = None, unwrap_lines: bool = True
) -> Essay:
    """The essay a draft's text describes (see :func:`parse_text_with_report`)."""
    return parse_text_with_report(text, markdown=markdown, unwrap_lines=unwrap_lines)[0]


def read_text_file(path: Path | str) -> Essay:
    """Import a .txt or .md draft file; DocumentError naming the file when it
    cannot be read or is not a text draft."""
    return read_text_file_with_report(path)[0]


def read_text_file_with_report(path: Path | str) -> tuple[Essay, ImportReport]:
    """:func:`read_text_file`, and the import's report (its ``notes`` say, for
    one, which lines were read as Windows-1252)."""
    path = Path(path)
    data = read_limited(path, TEXT_IMPORT)
    text, notes = decode_text_with_notes(data, path)
    # Files with a Markdown suffix (io/formats.py) are Markdown; others are sniffed.
    from outliner.io.formats import format_for_reading

    markdown = True if format_for_reading(path).key == "markdown" else None
    essay, report = parse_text_with_report(text, markdown=markdown)
    report.notes[:0] = notes
    return essay, report


def sample_essay_path() -> Path:
    """The sample essay the app opens when it is given no file."""
    return resource_path("sample-essay.txt")


def load_sample_essay() -> Essay:
    """The sample essay, imported like any draft."""
    return read_text_file(sample_essay_path())


def read_document(path: Path, should_stop: object = None) -> ReadResult:
    """The format registry's reader (io/formats.py): the draft, the notes on
    how it was read and what the importer decided."""
    essay, report = read_text_file_with_report(path)
    return ReadResult(essay, report.notes, report.findings)


__all__ = [
    "ImportReport",
    "decode_text",
    "decode_text_with_notes",
    "load_sample_essay",
    "parse_text",
    "parse_text_with_report",
    "read_document",
    "read_text_file",
    "read_text_file_with_report",
    "sample_essay_path",
]
