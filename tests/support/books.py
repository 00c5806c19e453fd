"""Books with known text and page numbers, made in the tests themselves.

A PDF with printed numbers comes from a .docx (python-docx) whose sections
start their page numbering where asked (``w:pgNumType w:start``), with a
PAGE field in the footer and a page break after each page, converted by
LibreOffice; pypdf then adds page labels or a password to copies of it. An
EPUB is written with zipfile. All the filler is this project's own words.
"""

from __future__ import annotations

import shutil
import zipfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from tests.support.docx_render import to_pdf

#: Filler sentences for pages (own words), several per page.
FILLER = (
    "The lighthouse keeper counted the ships that passed the point each evening.",
    "Rain fell on the slate roofs of the harbour town for most of that week.",
    "Nobody in the village remembered who had planted the long row of elms.",
    "She kept her letters in a tin box under the loose board by the window.",
    "The ferry left at six, and the last bus waited for it only on Sundays.",
    "His brother mended nets in the boathouse and whistled the same three notes.",
)


def filler(page: int, sentences: int = 8) -> str:
    """Own-words text for one page, different on every page."""
    return " ".join(f"{FILLER[(page + n) % len(FILLER)]} ({page}.{n})"
                    for n in range(sentences))


def require_soffice() -> None:
    if shutil.which("soffice") is None:
        pytest.skip("making a PDF with printed page numbers needs LibreOffice (soffice)")


def numbered_docx(sections: Sequence[tuple[int, Sequence[str]]], path: Path) -> Path:
    """A .docx with one section per ``(first page number, page texts)``: each
    text on a page of its own, the number printed in the footer."""
    import docx
    from docx.enum.section import WD_SECTION
    from docx.enum.text import WD_BREAK
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    for number, (start, texts) in enumerate(sections):
        section = document.sections[0] if number == 0 else document.add_section(
            WD_SECTION.NEW_PAGE)
        numbering = OxmlElement("w:pgNumType")
        numbering.set(qn("w:start"), str(start))
        section._sectPr.append(numbering)
        if number == 0:
            footer = section.footer.paragraphs[0]
            field = OxmlElement("w:fldSimple")
            field.set(qn("w:instr"), " PAGE ")
            run, text = OxmlElement("w:r"), OxmlElement("w:t")
            text.text = "1"
            run.append(text)
            field.append(run)
            footer._p.append(field)
        for page, body in enumerate(texts):
            paragraph = document.add_paragraph(body)
            if page < len(texts) - 1:
                paragraph.add_run().add_break(WD_BREAK.PAGE)
    document.save(str(path))
    return path


def numbered_pdf(sections: Sequence[tuple[int, Sequence[str]]], folder: Path,
                 name: str = "book") -> Path:
    """A PDF (LibreOffice) whose pages print the numbers of ``sections``;
    skips the test where LibreOffice is absent."""
    require_soffice()
    folder.mkdir(parents=True, exist_ok=True)
    return to_pdf(numbered_docx(sections, folder / f"{name}.docx"), folder)


def with_page_labels(pdf: Path, out: Path, ranges: Sequence[tuple[int, int, int]],
                     roman_first: int = 0) -> Path:
    """A copy of ``pdf`` with page labels: ``(first index, last index, start)``
    decimal ranges; ``roman_first`` pages from index 0 labelled i, ii, ..."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.constants import PageLabelStyle

    writer = PdfWriter(clone_from=PdfReader(pdf))
    if roman_first:
        writer.set_page_label(0, roman_first - 1, style=PageLabelStyle.LOWERCASE_ROMAN,
                              start=1)
    for first, last, start in ranges:
        writer.set_page_label(first, last, style=PageLabelStyle.DECIMAL, start=start)
    with out.open("wb") as handle:
        writer.write(handle)
    return out


def encrypted(pdf: Path, out: Path, password: str = "secret") -> Path:
    """A copy of ``pdf`` that opens only with ``password``."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(pdf))
    writer.encrypt(password, algorithm="RC4-128")
    with out.open("wb") as handle:
        writer.write(handle)
    return out


def blank_pdf(out: Path, pages: int = 3) -> Path:
    """A PDF of pages with nothing on them (no text layer at all)."""
    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=612, height=792)
    with out.open("wb") as handle:
        writer.write(handle)
    return out


def image_pdf(out: Path, pages: int = 2) -> Path:
    """A PDF whose pages hold only a picture (grey bars where a scanner
    would show lines of print), drawn like a scan: an image XObject per
    page and no text at all."""
    import zlib

    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject, NumberObject

    width, height = 300, 400
    rows = bytearray()
    for y in range(height):
        inked = 40 <= y < 360 and (y // 8) % 3 == 0  # a "line of print" every 24 pixels
        rows += bytes(0x30 if inked and 30 <= x < 270 else 0xFF for x in range(width))
    writer = PdfWriter()
    for _ in range(pages):
        page = writer.add_blank_page(width=612, height=792)
        image = DecodedStreamObject()
        image.set_data(zlib.compress(bytes(rows)))
        image.update({
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Image"),
            NameObject("/Width"): NumberObject(width),
            NameObject("/Height"): NumberObject(height),
            NameObject("/ColorSpace"): NameObject("/DeviceGray"),
            NameObject("/BitsPerComponent"): NumberObject(8),
            NameObject("/Filter"): NameObject("/FlateDecode"),
        })
        contents = DecodedStreamObject()
        contents.set_data(b"q 612 0 0 792 0 0 cm /Im1 Do Q")
        page[NameObject("/Contents")] = writer._add_object(contents)
        page[NameObject("/Resources")] = DictionaryObject({
            NameObject("/XObject"): DictionaryObject({
                NameObject("/Im1"): writer._add_object(image)})})
    with out.open("wb") as handle:
        writer.write(handle)
    return out


def text_pdf(path: Path, pages: Sequence[str]) -> Path:
    """A PDF of these page texts and no page numbers, written by hand (a
    content stream in a standard font; no LibreOffice needed): each line of
    a text on a line of its own, long lines cut every 80 characters."""
    from pypdf import PdfWriter
    from pypdf.generic import (
        DecodedStreamObject,
        DictionaryObject,
        NameObject,
    )

    writer = PdfWriter()
    font = DictionaryObject({
        NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
        NameObject("/BaseFont"): NameObject("/Helvetica"),
        NameObject("/Encoding"): NameObject("/WinAnsiEncoding")})  # curly quotes too
    font_ref = writer._add_object(font)
    for text in pages:
        page = writer.add_blank_page(width=612, height=792)
        lines = [part[i:i + 80] for part in text.split("\n")
                 for i in range(0, max(len(part), 1), 80)]
        ops = ["BT", "/F1 10 Tf", "14 TL", "40 750 Td"]
        for line in lines:
            safe = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            ops.append(f"({safe}) Tj T*")
        ops.append("ET")
        stream = DecodedStreamObject()
        stream.set_data("\n".join(ops).encode("cp1252"))
        page[NameObject("/Contents")] = writer._add_object(stream)
        page[NameObject("/Resources")] = DictionaryObject({
            NameObject("/Font"): DictionaryObject({NameObject("/F1"): font_ref})})
    with path.open("wb") as handle:
        writer.write(handle)
    return path


# -- EPUB ------------------------------------------------------------------------

_CONTAINER = """<?xml version="1.0"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles><rootfile full-path="OEBPS/content.opf"
    media-type="application/oebps-package+xml"/></rootfiles>
</container>"""

_XHTML = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops">
<head><title>{title}</title><style>p {{ margin: 0 }}</style></head>
<body>{body}</body></html>"""


def epub(out: Path, chapters: Sequence[Sequence[tuple[str, str]]], *,
         page_list: str = "nav", replace: Mapping[str, str] | None = None) -> Path:
    """An EPUB of ``chapters``, each a list of (page label, page text).

    ``page_list``: "nav" (EPUB 3 navigation document with a page-list and
    empty anchors in the text), "ncx" (EPUB 2 NCX pageList), "markers"
    (epub:type="pagebreak" spans with the number, no list) or "none".
    ``replace`` gives some files (by name in the zip) other text.
    """
    manifest, spine, nav_links, ncx_targets = [], [], [], []
    files: dict[str, str] = {}
    order = 0
    for number, pages in enumerate(chapters, start=1):
        name = f"chapter{number}.xhtml"
        body: list[str] = []
        for first, (label, text) in enumerate(pages):
            order += 1
            anchor = f"page_{label}"
            if page_list == "markers":
                body.append(f'<span epub:type="pagebreak" role="doc-pagebreak" '
                            f'id="{anchor}" title="{label}">{label}</span>')
            elif page_list != "none":
                body.append(f'<span id="{anchor}"/>')
            nav_links.append(f'<li><a href="{name}#{anchor}">{label}</a></li>')
            ncx_targets.append(
                f'<pageTarget id="pt{order}" type="normal" value="{order}" '
                f'playOrder="{order}"><navLabel><text>{label}</text></navLabel>'
                f'<content src="{name}#{anchor}"/></pageTarget>')
            if first == 0:  # as in print: the chapter's first page begins with its heading
                body.append(f"<h1>Chapter {number}</h1>")
            body.extend(f"<p>{escape(paragraph)}</p>" for paragraph in text.split("\n\n"))
        files[f"OEBPS/{name}"] = _XHTML.format(title=f"Chapter {number}", body="\n".join(body))
        manifest.append(f'<item id="c{number}" href="{name}" '
                        'media-type="application/xhtml+xml"/>')
        spine.append(f'<itemref idref="c{number}"/>')
    nav_list = (f'<nav epub:type="page-list" hidden=""><ol>{"".join(nav_links)}</ol></nav>'
                if page_list == "nav" else "")
    files["OEBPS/nav.xhtml"] = _XHTML.format(
        title="Contents",
        body=f'<nav epub:type="toc"><ol><li><a href="chapter1.xhtml">One</a></li></ol></nav>'
             f"{nav_list}")
    manifest.append('<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" '
                    'properties="nav"/>')
    if page_list == "ncx":
        files["OEBPS/toc.ncx"] = (
            '<?xml version="1.0"?><ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" '
            'version="2005-1"><navMap/><pageList>' + "".join(ncx_targets)
            + "</pageList></ncx>")
        manifest.append('<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>')
    toc = ' toc="ncx"' if page_list == "ncx" else ""
    files["OEBPS/content.opf"] = (
        '<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0" '
        'unique-identifier="id"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/">'
        '<dc:identifier id="id">test-book</dc:identifier><dc:title>Harbour Town</dc:title>'
        f'</metadata><manifest>{"".join(manifest)}</manifest>'
        f'<spine{toc}>{"".join(spine)}</spine></package>')
    files.update(replace or {})
    with zipfile.ZipFile(out, "w") as package:
        package.writestr(zipfile.ZipInfo("mimetype"), "application/epub+zip",
                         compress_type=zipfile.ZIP_STORED)
        package.writestr("META-INF/container.xml", _CONTAINER, zipfile.ZIP_DEFLATED)
        for name, text in files.items():
            package.writestr(name, text, zipfile.ZIP_DEFLATED)
    return out
