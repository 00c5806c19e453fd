"""Export to Word (.docx): the finished essay (MLA, APA, Chicago) or the outline.

The document is built in memory — styles and page setup through python-docx,
the body as one XML fragment parsed once with lxml (fast on long essays) —
saved to bytes and written atomically, so a failure never leaves a broken
or half-written file and never touches an existing one.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lxml import etree  # type: ignore[import-untyped]  # python-docx's XML library

from outliner.core.essay import PARAGRAPH_KINDS, CitationStyle, Essay, Node, NodeKind
from outliner.core.quotations import typeset_with_citations
from outliner.core.text import count_words, quotation_line
from outliner.io.atomic import atomic_write
from outliner.io.errors import DocumentError
from outliner.io.exporters import ExportOptions, ExportReport
from outliner.io.reading import read_limited
from outliner.io.word_styles import (
    BIB_ENTRY,
    BIB_HEADING,
    BLOCK_QUOTE,
    BODY,
    HEADER,
    HEADING_BLOCK,
    LIST_BULLET,
    NORMAL,
    RULES,
    TITLE,
    StyleIds,
    StyleRules,
    format_date,
    prepare_styles,
    setup_page,
    surname,
)
from outliner.io.word_xml import (
    clean_line,
    field_runs_xml,
    page_break_xml,
    paragraph_xml,
    rich_runs_xml,
    run_xml,
    source_entries,
    wrap_body,
    xml_safe,
)

if TYPE_CHECKING:
    from outliner.compose.drafting import EssayDrafts

#: A quotation of this many words or more is set as a block quotation (MLA:
#: "more than four lines"; APA: 40 words).
BLOCK_QUOTE_WORDS = 40
#: A Word template larger than this is not a template (python-docx reads it whole).
MAX_TEMPLATE_BYTES = 50 * 1024 * 1024


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
    _set_properties(doc, essay)
    _set_header(doc, essay, rules, ids, outline=outline)
    if outline:
        from outliner.io.word_outline import outline_body

        fragment = outline_body(doc, essay, rules, ids)
    else:
        fragment = essay_body(essay, rules, ids, CitationStyle(style), report)
    buffer = io.BytesIO()
    try:
        append_body(doc, fragment)
        doc.save(buffer)
    except etree.LxmlError as exc:  # text is split below libxml2's limits; never a traceback
        raise DocumentError(path, f"could not be exported to Word ({exc})") from None
    atomic_write(path, buffer.getvalue(), backup=True)  # a replaced file stays as .bak
    return report


# -- the document ---------------------------------------------------------------


def _new_document(template: Path | None) -> Any:
    """python-docx's default document, or the template with its body emptied."""
    import docx

    if template is None:
        return docx.Document()
    template = Path(template)
    data = io.BytesIO(read_limited(template, MAX_TEMPLATE_BYTES, "a Word template"))
    if not zipfile.is_zipfile(data):
        raise DocumentError(template, "the template is not a Word document (.docx)")
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


def _set_properties(doc: Any, essay: Essay) -> None:
    props = doc.core_properties
    props.title = xml_safe(essay.meta.title)[:255]
    props.author = xml_safe(essay.meta.author)[:255]
    props.last_modified_by = xml_safe(essay.meta.author)[:255]
    props.comments = ""
    props.subject = ""
    props.keywords = ""


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
    essay: Essay, rules: StyleRules, ids: StyleIds, style: CitationStyle, report: ExportReport
) -> str:
    """The finished essay's paragraphs as one XML fragment."""
    parts: list[str] = []
    from outliner.compose.drafting import EssayDrafts

    parts.extend(_front_matter(essay, rules, ids, report))
    counter = _Counter()
    drafts = EssayDrafts(essay, style)  # the thesis looked up once, not per paragraph
    for node in essay.outline:
        _export_node(drafts, node, 1, ids, report, parts, counter)
    if counter.loose:
        report.notes.append(
            f"{counter.loose} quotation(s) or note(s) outside any paragraph were written "
            "out as a bulleted list where they stand; draft them into a paragraph to finish."
        )
    parts.extend(sources_xml(essay, rules, ids, report, page_break=True))
    return "".join(parts)


def _front_matter(
    essay: Essay, rules: StyleRules, ids: StyleIds, report: ExportReport
) -> list[str]:
    meta = essay.meta
    title = clean_line(meta.title)
    lines = {
        "author": clean_line(meta.author),
        "instructor": clean_line(meta.instructor),
        "course": clean_line(meta.course),
        "date": format_date(clean_line(meta.date), rules),
    }
    missing = [name for name in ("title", "author", "instructor", "course", "date")
               if not (title if name == "title" else lines[name])]
    if missing:
        report.notes.append(
            f"{rules.name}: no {', '.join(missing)} in the essay's properties; "
            "left out of the heading (fill them in under Essay Properties)."
        )
    parts: list[str] = []
    order = ("author", "instructor", "course", "date")
    if rules.title_page:  # APA student paper: title page, then the title again
        parts.extend(paragraph_xml(ids[NORMAL], "") for _ in range(3))
        if title:
            parts.append(paragraph_xml(ids[TITLE], run_xml(title)))
        parts.append(paragraph_xml(ids[NORMAL], ""))
        for name in ("author", "course", "instructor", "date"):
            if lines[name]:
                parts.append(paragraph_xml(ids[HEADING_BLOCK], run_xml(lines[name]),
                                           align="center"))
        if title:
            parts.append(paragraph_xml(ids[TITLE], run_xml(title), page_break_before=True))
        else:
            parts.append(page_break_xml())
        return parts
    if rules.heading_block:  # MLA: four lines flush left, then the title
        for name in order:
            if lines[name]:
                parts.append(paragraph_xml(ids[HEADING_BLOCK], run_xml(lines[name])))
        if title:
            parts.append(paragraph_xml(ids[TITLE], run_xml(title)))
        return parts
    if title:  # Chicago: the title, then a centred byline
        parts.append(paragraph_xml(ids[TITLE], run_xml(title)))
    for name in ("author", "course", "instructor", "date"):
        if lines[name]:
            parts.append(paragraph_xml(ids[HEADING_BLOCK], run_xml(lines[name]), align="center"))
    return parts


class _Counter:
    """Paragraph numbering (as the drafter counts) and loose outline items."""

    def __init__(self) -> None:
        self.paragraph = 0
        self.loose = 0


def _export_node(
    drafts: EssayDrafts, node: Node, level: int, ids: StyleIds,
    report: ExportReport, parts: list[str], counter: _Counter,
) -> None:
    if node.kind is NodeKind.SECTION:
        text = clean_line(node.text)
        if text:
            parts.append(paragraph_xml(ids.heading(level), run_xml(text)))
        for child in node.children:
            _export_node(drafts, child, level + 1, ids, report, parts, counter)
        return
    if node.kind in PARAGRAPH_KINDS:
        counter.paragraph += 1
        text = _paragraph_text(drafts, node, counter.paragraph, report)
        parts.extend(prose_xml(text, ids))
        return
    if node.kind is NodeKind.THESIS:  # a thesis outside any introduction
        if not drafts.thesis_in_intro_draft(node):  # else the intro's draft already says it
            parts.extend(prose_xml(node.text, ids))
        return
    # A note or quotation straight under a section: kept, as a list item.
    for item in node.walk():
        counter.loose += 1
        text = clean_line(item.text)
        if item.kind is NodeKind.QUOTE:
            text = quotation_line(text, clean_line(item.cite))
        if text:
            parts.append(paragraph_xml(ids[LIST_BULLET], run_xml(text)))


def _paragraph_text(drafts: EssayDrafts, node: Node, number: int, report: ExportReport) -> str:
    """The paragraph's prose, or the drafter's draft from its notes."""
    label = f"Paragraph {number} ({node.kind.value}"
    label += f": “{clean_line(node.text)[:60]}”)" if node.text.strip() else ")"
    try:
        text, drafted = drafts.prose_or_draft(node)
    except Exception as exc:  # the export must not fail on one paragraph
        report.notes.append(f"{label} has no prose and could not be drafted ({exc}); "
                            "only its claim was exported.")
        return node.text
    if drafted:
        report.notes.append(f"{label} has no prose yet; exported a draft written from its notes.")
    return text


def prose_xml(text: str, ids: StyleIds) -> list[str]:
    """Body paragraphs for ``text`` (one per line), with tidy quotations and
    long quotations set as block quotations."""
    out: list[str] = []
    for line in xml_safe(text).split("\n"):
        line = " ".join(line.split())
        if not line:
            continue
        line, cited = typeset_with_citations(line)
        indent_next = True
        pos = 0
        for quote in cited:
            if count_words(quote.text) < BLOCK_QUOTE_WORDS:
                continue
            before = line[pos : quote.start].strip()
            if before:
                out.append(_body_paragraph(before, ids, indent_next))
            block = _block_quote(quote.text, quote.cite)
            out.append(paragraph_xml(ids[BLOCK_QUOTE], run_xml(block)))
            indent_next = False  # the paragraph continues after the quotation
            # the sentence's period went inside the block, before the citation
            pos = quote.end + 1 if line.startswith(".", quote.end) else quote.end
        rest = line[pos:].strip()
        if rest:
            out.append(_body_paragraph(rest, ids, indent_next))
    return out


def _body_paragraph(text: str, ids: StyleIds, indent: bool) -> str:
    return paragraph_xml(ids[BODY], run_xml(text), first_line=None if indent else 0)


def _block_quote(quote: str, cite: str) -> str:
    """A block quotation: no quotation marks, the citation after the final
    punctuation."""
    quote = quote.strip()
    if quote and quote[-1] not in ".?!…":
        quote = quote.rstrip(",;:") + "."
    return f"{quote} ({cite.strip()})"


# -- works cited ----------------------------------------------------------------


def sources_xml(
    essay: Essay, rules: StyleRules, ids: StyleIds, report: ExportReport, *, page_break: bool
) -> list[str]:
    """The Works Cited / References / Bibliography list, or nothing (with a
    note) when the essay has no sources. The finished essay alphabetizes it;
    the outline (``page_break`` False) keeps the writer's order."""
    entries = source_entries((s.text for s in essay.sources), alphabetical=page_break)
    if not entries:
        if page_break:
            report.notes.append(
                f"No sources: the {rules.sources_heading} page was left out "
                "(add sources under Essay Properties)."
            )
        return []
    parts = [paragraph_xml(ids[BIB_HEADING], run_xml(rules.sources_heading))]
    parts.extend(paragraph_xml(ids[BIB_ENTRY], rich_runs_xml(e)) for e in entries)
    return parts
