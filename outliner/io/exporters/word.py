"""Export to Word (.docx): the finished essay (MLA, APA, Chicago) or the outline.

The document is built in memory — styles and page setup through python-docx,
the body as one XML fragment, checked by lxml and spliced into the package
as written (fast on long essays, see word_package) — saved to bytes and
written atomically, so a failure never leaves a broken or half-written file
and never touches an existing one.
"""

from __future__ import annotations

import contextlib
import zipfile
from pathlib import Path
from typing import Any

from lxml import etree  # type: ignore[import-untyped]  # python-docx's XML library

from outliner.compose.unwritten import Unwritten
from outliner.core.essay import CitationStyle, Essay
from outliner.io.atomic import atomic_write
from outliner.io.errors import DocumentError
from outliner.io.exporters.options import ExportOptions, ExportReport
from outliner.io.exporters.word_package import SpliceError, can_splice, package_bytes
from outliner.io.exporters.word_properties import set_properties
from outliner.io.exporters.word_styles import (
    HEADER,
    RULES,
    StyleIds,
    StyleRules,
    prepare_styles,
    setup_page,
    surname,
)
from outliner.io.exporters.word_xml import (
    field_runs_xml,
    paragraph_xml,
    run_xml,
    wrap_body,
    xml_safe,
)
from outliner.io.reading import WORD_TEMPLATE, check_regular_file


def export_word(essay: Essay, path: Path, options: ExportOptions) -> ExportReport:
    """Write ``essay`` to ``path`` as a Word document.

    ``options.mode`` None means the finished essay; ``options.style`` None
    means the essay's own style. Raises DocumentError (naming the file) when
    the output cannot be written or the template is not a Word document.
    """
    path = Path(path)
    if path.is_dir():
        raise DocumentError(path, "is a folder; choose a file name ending in .docx")
    style = options.style or essay.meta.style or CitationStyle.MLA
    rules = RULES[CitationStyle(style)]
    report = ExportReport(path=path)
    doc = _new_document(options.template)
    from_template = options.template is not None
    outline = options.mode == "outline"
    ids = prepare_styles(doc, rules, outline=outline, from_template=from_template)
    setup_page(doc, rules, from_template=from_template)
    set_properties(doc, essay)
    _set_header(doc, essay, rules, ids, outline=outline)
    if outline:
        from outliner.io.exporters.word_outline import outline_body

        fragment = outline_body(doc, essay, rules, ids)
    else:
        fragment = essay_body(essay, rules, ids, CitationStyle(style), report, options.unwritten,
                              doc=doc)
    try:
        data = None
        if can_splice(doc):  # the body's bytes go in as written, checked on a thread
            with contextlib.suppress(SpliceError):  # else through the tree, below
                data = package_bytes(doc, fragment.encode("utf-8"))
        if data is None:
            append_body(doc, fragment)
            data = package_bytes(doc)
    except etree.LxmlError as exc:  # text is split below libxml2's limits; never a traceback
        raise DocumentError(path, f"could not be exported to Word ({exc})") from None
    atomic_write(path, data, backup=True)  # a replaced file stays as .bak
    return report


# -- the document ---------------------------------------------------------------


def _new_document(template: Path | None) -> Any:
    """python-docx's default document, or the template with its body emptied."""
    import docx

    if template is None:
        return docx.Document()
    from outliner.io.archive import TEMPLATE_LIMITS, read_archive, repack  # templates only

    template = Path(template)
    check_regular_file(template, WORD_TEMPLATE)  # a FIFO would block zipfile
    if not zipfile.is_zipfile(template):
        raise DocumentError(template, "the template is not a Word document (.docx)")
    # python-docx inflates every part whole, trusting the zip's headers: hand
    # it only what was read within the limits, so a bomb cannot hang the export.
    data = repack(read_archive(template, TEMPLATE_LIMITS))
    try:
        doc = docx.Document(data)
    except Exception as exc:  # python-docx raises many kinds on a bad package
        raise DocumentError(
            template, f"the template is not a Word document (.docx) ({exc})"
        ) from exc
    body = doc.element.body
    for child in list(body):
        if child.tag != _w("sectPr"):
            body.remove(child)
    return doc


def _w(tag: str) -> str:
    from docx.oxml.ns import qn

    name: str = qn(f"w:{tag}")
    return name


def append_body(doc: Any, fragment: str) -> None:
    """Parse ``fragment`` once and put its paragraphs before the final sectPr."""
    from docx.oxml import parse_xml

    parsed = parse_xml(wrap_body(fragment).encode("utf-8"))
    body = doc.element.body
    sect = body.find(_w("sectPr"))
    # addprevious/append are constant time; insert(index) walks the children
    # to the index each time, which is quadratic in the number of paragraphs.
    for child in list(parsed):
        if sect is not None:
            sect.addprevious(child)
        else:
            body.append(child)


def _set_header(doc: Any, essay: Essay, rules: StyleRules, ids: StyleIds, *, outline: bool) -> None:
    """The running head: "Surname 3" (MLA) or the page number alone, top
    right on every page, with a real PAGE field."""
    from docx.oxml import parse_xml

    name = surname(xml_safe(essay.meta.author)) if rules.running_surname and not outline else ""
    runs = (run_xml(name + " ") if name else "") + field_runs_xml("PAGE")
    xml = paragraph_xml(ids[HEADER], runs, align="right")
    wrapped = wrap_body(xml).encode("utf-8")
    for section in doc.sections:
        section.different_first_page_header_footer = False
        header = section.header
        header.is_linked_to_previous = False
        element = header._element
        for paragraph in element.findall(_w("p")):
            element.remove(paragraph)
        element.append(parse_xml(wrapped)[0])


# -- essay mode -----------------------------------------------------------------


def essay_body(
    essay: Essay, rules: StyleRules, ids: StyleIds, style: CitationStyle, report: ExportReport,
    unwritten: Unwritten = Unwritten.NOTES, *, doc: Any = None,
) -> str:
    """The finished essay's paragraphs as one XML fragment: the manuscript's
    content (and its notes) in this style's layout; Chicago's footnotes go
    into ``doc``'s footnotes part."""
    from outliner.compose.manuscript import build_manuscript
    from outliner.io.exporters.word_essay import manuscript_xml

    manuscript = build_manuscript(essay, style, unwritten=unwritten)
    report.take(manuscript)
    notes = manuscript.footnotes
    if notes and doc is not None:
        from outliner.io.exporters.word_notes import FOOTNOTE_REFERENCE, add_footnotes, note_styles

        text_id, reference_id = note_styles(doc, rules)
        ids.ids[FOOTNOTE_REFERENCE] = reference_id
        add_footnotes(doc, notes, text_id, reference_id)
    return manuscript_xml(manuscript, rules, ids)
