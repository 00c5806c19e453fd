"""Low-level WordprocessingML helpers: XML-safe text, runs, paragraphs, fields.

The Word exporter writes the body as one XML string and parses it once with
lxml, which is several times faster than python-docx's per-paragraph API on
long essays. Everything here is pure string work (no python-docx import), so
it is cheap to import and easy to test.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from outliner.compose.essay_styles import sort_key as sort_key  # re-exported
from outliner.core.inline import parse
from outliner.core.quotations import typeset_quotations

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

#: Characters XML 1.0 forbids (C0 controls except tab/newline/CR, lone
#: surrogates, and the two non-characters U+FFFE/U+FFFF).
_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
#: Line breaks XML cannot hold: CR/CRLF, and the vertical tab and form feed
#: that Word's own plain text uses for a manual line or page break.
_LINE_BREAKS = re.compile("\r\n?|[\x0b\x0c]")


def escape(text: str, entities: dict[str, str] | None = None) -> str:
    """``text`` with &, < and > written as entities, and any of ``entities``
    (``{'"': "&quot;"}`` for an attribute). As xml.sax.saxutils.escape, whose
    module costs every export some 15 ms of start-up (it imports urllib.request)."""
    text = text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")
    for mark, entity in (entities or {}).items():
        text = text.replace(mark, entity)
    return text


def quoteattr(text: str) -> str:
    """``text`` as a double-quoted XML attribute value."""
    return '"' + escape(text, {'"': "&quot;", "\n": "&#10;", "\r": "&#13;", "\t": "&#9;"}) + '"'


def xml_safe(text: str) -> str:
    """``text`` with every character XML cannot hold removed; CR/CRLF, vertical
    tab and form feed become LF so the words on either side stay apart."""
    if "\r" in text or "\x0b" in text or "\x0c" in text:  # rare: the regex only then
        text = _LINE_BREAKS.sub("\n", text)
    return _XML_FORBIDDEN.sub("", text)


def clean_line(text: str) -> str:
    """Field text for one line (a title, a heading, a note): XML-safe, with
    line breaks and runs of spaces collapsed to one space."""
    return " ".join(xml_safe(text).split())


def typeset_source_entries(texts: Iterable[str], *, alphabetical: bool) -> list[str]:
    """Works-cited entries ready for :func:`rich_runs_xml`: one clean line
    each, quotation marks typeset, empty ones dropped; ``alphabetical`` sorts
    them as the finished essay lists them (the outline keeps the writer's order)."""
    entries = [typeset_quotations(entry) for entry in map(clean_line, texts) if entry]
    if alphabetical:
        entries.sort(key=sort_key)
    return entries


# -- runs and paragraphs ------------------------------------------------------


#: The most characters one ``w:t`` holds. libxml2 (python-docx's parser and
#: ours) refuses a text node over 10,000,000 bytes; a million characters stay
#: under that even as 4-byte UTF-8 or as escaped "&amp;" (5 bytes each).
MAX_TEXT_NODE_CHARS = 1_000_000


def text_pieces(text: str, limit: int = MAX_TEXT_NODE_CHARS) -> list[str]:
    """``text`` cut into pieces of at most ``limit`` characters that join back
    to exactly ``text``; each cut is just after a space when there is one in
    the second half of the piece, so Word breaks no word in two."""
    pieces: list[str] = []
    start = 0
    while len(text) - start > limit:
        end = start + limit
        space = text.rfind(" ", start + limit // 2, end)
        if space >= 0:
            end = space + 1
        pieces.append(text[start:end])
        start = end
    pieces.append(text[start:])
    return pieces


def _t(text: str) -> str:
    # Several w:t in one run read as one text (Word, LibreOffice, python-docx).
    return "".join(f'<w:t xml:space="preserve">{escape(piece)}</w:t>'
                   for piece in text_pieces(text))


def run_xml(text: str, *, bold: bool = False, italic: bool = False) -> str:
    """One ``w:r`` for ``text``; tabs become ``w:tab``, newlines ``w:br``.

    ``text`` must already be XML-safe (see :func:`xml_safe`).
    """
    if not text:
        return ""
    props = ""
    if bold or italic:
        props = "<w:rPr>" + ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "") + "</w:rPr>"
    parts: list[str] = []
    for i, line in enumerate(text.split("\n")):
        if i:
            parts.append("<w:br/>")
        for j, piece in enumerate(line.split("\t")):
            if j:
                parts.append("<w:tab/>")
            if piece:
                parts.append(_t(piece))
    return f"<w:r>{props}{''.join(parts)}</w:r>"


def rich_runs_xml(text: str) -> str:
    """Runs for text in the model's inline markup (``core.inline``): its
    *italic* and **bold** stretches set so, the marks themselves not printed.
    ``text`` must already be XML-safe (see :func:`xml_safe`)."""
    return "".join(run_xml(span.text, bold=span.bold, italic=span.italic)
                   for span in parse(text))


def paragraph_xml(
    style_id: str | None,
    runs: str,
    *,
    align: str | None = None,
    first_line: int | None = None,
    page_break_before: bool = False,
    num: tuple[int, int] | None = None,
) -> str:
    """A ``w:p`` with the given paragraph style and optional direct properties.

    ``first_line`` is a first-line indent in twips (0 cancels the style's);
    ``num`` is (numId, level) for a list paragraph.
    """
    ppr: list[str] = []
    if style_id:
        ppr.append(f'<w:pStyle w:val="{escape(style_id, {chr(34): "&quot;"})}"/>')
    if page_break_before:
        ppr.append("<w:pageBreakBefore/>")
    if num is not None:
        ppr.append(f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>')
    if first_line is not None:
        ppr.append(f'<w:ind w:firstLine="{first_line}"/>')
    if align:
        ppr.append(f'<w:jc w:val="{align}"/>')
    props = f"<w:pPr>{''.join(ppr)}</w:pPr>" if ppr else ""
    return f"<w:p>{props}{runs}</w:p>"


def page_break_xml() -> str:
    """A paragraph holding only a page break (used where no style can carry it)."""
    return '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'


def field_runs_xml(instruction: str) -> str:
    """Runs for a complex field (``PAGE``, ``NUMPAGES`` …) Word and
    LibreOffice update when they lay the page out."""
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {escape(instruction)} </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        "<w:r><w:t>1</w:t></w:r>"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def wrap_body(fragment: str) -> str:
    """``fragment`` (paragraph XML) inside a namespaced root lxml can parse."""
    return f'<w:body xmlns:w="{W_NS}">{fragment}</w:body>'
