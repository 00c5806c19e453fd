"""Read a plain-text or Markdown draft into an essay.

A draft is whatever a student typed: a written introduction, a body
paragraph in full, the next one as a heading, a "Quote:" label and dash
bullets, a Works Cited list. :func:`read_text_file` turns the file's bytes into
text (guessing the encoding, refusing files that are not text) and
:func:`parse_text` turns text into an :class:`~outliner.core.essay.Essay`.
Lines are classified in :mod:`outliner.io.importers.lines` and assembled into a
tree in :mod:`outliner.io.importers.build`.

What the importer reads, in short:

- the first prose paragraph is the introduction (its first sentence is its
  line, its last sentence the thesis unless a "Thesis:" line exists); later
  prose paragraphs are body paragraphs (topic sentence as line, quotations
  with citations as quote nodes); a last one opening "In conclusion",
  "Ultimately"... is the conclusion;
- headings: "Intro", "2nd body paragraph: ...", "Body 2 -", "Conclusion:",
  "I." / "II." in Roman outlines, "1. Introduction" outlines, Markdown "#"
  (other Markdown headings become sections; the first "# " is the title);
- labels: "Thesis:", "Quote:" / "Evidence:", "Topic sentence:", "Title:",
  "Name:", "Teacher:", "Class:", "Date:" (the last four only at the top);
- bullets (-, *, +, •, –, 1., 1), a), A.) nest by indentation and mark, and
  a line that follows a bullet without a blank line continues it;
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

import codecs
import unicodedata
from pathlib import Path

from outliner.assets import resource_path
from outliner.core.essay import Essay
from outliner.io.errors import DocumentError
from outliner.io.importers.build import build_essay
from outliner.io.importers.lines import (
    ImportReport,
    classify_lines,
    looks_like_markdown,
    normalise_newlines,
)
from outliner.io.reading import TEXT_IMPORT, read_limited

#: A text whose share of control characters exceeds this is not a draft.
MAX_CONTROL_SHARE = 0.05

#: Formats people save drafts in by mistake, by their first bytes.
_OTHER_FORMATS: tuple[tuple[bytes, str], ...] = (
    (b"PK\x03\x04", "a Word document or another zip archive (name it .docx to import it)"),
    (b"%PDF", "a PDF file"),
    (b"{\\rtf", "a Rich Text (RTF) document (save it as .txt or .docx)"),
    (b"\xd0\xcf\x11\xe0", "an old Word (.doc) file (save it as .docx)"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def parse_text_with_report(
    text: str, *, markdown: bool | None = None
) -> tuple[Essay, ImportReport]:
    """The essay a draft's text describes, and what was consumed as structure.

    ``markdown`` None guesses from the content (``#`` headings, ``>``
    quotations, ``**bold**``). Never raises for any string.
    """
    text = normalise_newlines(text)
    if text.startswith("\ufeff"):
        text = text[1:]
    is_markdown = looks_like_markdown(text) if markdown is None else markdown
    report = ImportReport(markdown=is_markdown)
    if is_markdown:  # CommonMark's structure is markdown-it's to read (importers/markdown.py)
        from outliner.io.importers.markdown import markdown_lines

        lines = markdown_lines(text)
    else:
        lines = classify_lines(text, markdown=False)
    essay = build_essay(lines, report)
    return essay, report


def parse_text(text: str, *, markdown: bool | None = None) -> Essay:
    """The essay a draft's text describes (see :func:`parse_text_with_report`)."""
    return parse_text_with_report(text, markdown=markdown)[0]


def decode_text(data: bytes, path: Path) -> str:
    """The text of a draft file's bytes; DocumentError when it is not text
    (see :func:`decode_text_with_notes`)."""
    return decode_text_with_notes(data, path)[0]


def decode_text_with_notes(data: bytes, path: Path) -> tuple[str, list[str]]:
    """The text of a draft file's bytes, and notes on how it was decoded;
    DocumentError when it is not text.

    UTF-8 (with or without BOM), UTF-16/32 with BOM, UTF-16 without BOM when
    every other byte is NUL; otherwise the text is decoded line by line: UTF-8
    where a line is valid UTF-8, Windows-1252 (the usual encoding of Windows
    drafts, with its smart quotes) where it is not. So a draft pasted together
    from a UTF-8 file and a Windows one reads right, and a note says how many
    lines were read as Windows-1252. Any bytes decode; none is lost.
    """
    if not data:
        raise DocumentError(path, "the file is empty")
    for magic, what in _OTHER_FORMATS:
        if data.startswith(magic):
            raise DocumentError(path, f"is {what}, not a plain-text draft")
    text, notes = _decode(data, path)
    control = sum(
        1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f\v"
    )
    if control > MAX_CONTROL_SHARE * len(text) or "\x00" in text:
        raise DocumentError(path, "is not a text file (it looks like binary data)")
    if not text.strip():
        raise DocumentError(path, "has no text in it (only blank space)")
    return text, notes


def _decode(data: bytes, path: Path) -> tuple[str, list[str]]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(encoding, errors="replace"), []
    if b"\x00" in data:
        utf16 = _utf16_without_bom(data)
        if utf16 is None:
            raise DocumentError(path, "is not a text file (it contains NUL bytes)")
        return utf16, []
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    lines = data.splitlines(keepends=True)
    decoded: list[str] = []
    legacy = 0
    for line in lines:
        try:
            decoded.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            decoded.append(_windows_1252(line))
            legacy += 1
    counted = f"{legacy} of {len(lines)} lines" if legacy < len(lines) else "the text"
    was = "were" if 1 < legacy < len(lines) else "was"
    note = (f"{path.name}: {counted} {was} not UTF-8 and {was} read as Windows-1252 "
            "(check accented letters and quotation marks there).")
    return "".join(decoded), [note]


#: The five bytes Windows-1252 leaves undefined; Windows itself reads them as
#: the control characters of the same number (as Latin-1 does).
_CP1252_UNDEFINED = {0xDC00 + byte: byte for byte in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}


def _windows_1252(line: bytes) -> str:
    """``line`` as Windows-1252; its undefined bytes as Latin-1 (never fails)."""
    return line.decode("cp1252", errors="surrogateescape").translate(_CP1252_UNDEFINED)


def _utf16_without_bom(data: bytes) -> str | None:
    """Text saved as UTF-16 with no BOM: mostly NUL in every other byte."""
    if len(data) < 4 or len(data) % 2:
        return None
    even_nul = data[0::2].count(0) / (len(data) // 2)
    odd_nul = data[1::2].count(0) / (len(data) // 2)
    encoding = "utf-16-le" if odd_nul > 0.9 else "utf-16-be" if even_nul > 0.9 else None
    if encoding is None:
        return None
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def read_text_file(path: Path | str) -> Essay:
    """Import a .txt or .md draft file; DocumentError naming the file when it
    cannot be read or is not a text draft."""
    return read_text_file_with_report(path)[0]


def read_text_file_with_report(
    path: Path | str, *, markdown: bool | None = None
) -> tuple[Essay, ImportReport]:
    """:func:`read_text_file`, and the import's report (its ``notes`` say, for
    one, which lines were read as Windows-1252); ``markdown`` None decides by
    the suffix, then by the content."""
    path = Path(path)
    data = read_limited(path, TEXT_IMPORT)
    text, notes = decode_text_with_notes(data, path)
    # Files with a Markdown suffix (io/formats.py) are Markdown; others are sniffed.
    from outliner.io.formats import format_for_reading

    if markdown is None and format_for_reading(path).key == "markdown":
        markdown = True
    essay, report = parse_text_with_report(text, markdown=markdown)
    report.notes[:0] = notes
    return essay, report


def sample_essay_path() -> Path:
    """The sample essay the app opens when it is given no file."""
    return resource_path("sample-essay.txt")


def load_sample_essay() -> Essay:
    """The sample essay, imported like any draft."""
    return read_text_file(sample_essay_path())


def read_document(path: Path, should_stop: object = None) -> tuple[Essay, list[str]]:
    """The format registry's reader (io/formats.py): the draft and the notes
    on how it was read."""
    essay, report = read_text_file_with_report(path)
    return essay, report.notes


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
