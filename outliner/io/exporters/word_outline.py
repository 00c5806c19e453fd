"""Outline mode: the outline itself as a Word document.

Structure nodes (introduction, thesis, body paragraphs, conclusion, sections)
are Word headings, quotations list paragraphs, and all of them share ONE
real multilevel list (an ``abstractNum`` in the numbering part: I., A., 1.,
a., i. …), so Word's Navigation pane and Outline View show the structure and
renumber it when the writer moves things. Notes are bullets. A paragraph's
prose follows its heading as body text; the sources come last.

The labels written before heading texts ("Introduction:", "Body paragraph
2:", "Thesis:", from ``io.vocabulary``) are the ones the draft importer
reads, so an outline exported here imports back to the same tree (see
io.importers.word). The importer trusts the styles and numbering of a file
written here: a note or prose reading "Works Cited" or "Quote:" is text.
Only a section heading whose text reads like one of those labels needs a
mark, since sections and paragraphs are both numbered headings: it gets a
backslash in front ("\\Introduction: a section so named").
"""

from __future__ import annotations

import re
from typing import Any

from outliner.compose.citing import source_line
from outliner.core.essay import PARAGRAPH_KINDS, Essay, Node, NodeKind
from outliner.core.text import quotation_line
from outliner.io.export_escapes import one_line
from outliner.io.exporters.word_styles import (
    BIB_ENTRY,
    BODY,
    HEADING_BLOCK,
    LIST_BULLET,
    LIST_PARAGRAPH,
    TITLE,
    StyleIds,
    StyleRules,
)
from outliner.io.exporters.word_xml import (
    W_NS,
    clean_line,
    paragraph_xml,
    rich_runs_xml,
    run_xml,
    typeset_source_entries,
)
from outliner.io.vocabulary import (
    META_LABELS,
    NOTES_LIST,
    OUTLINE_LIST,
    escape_section_heading,
    paragraph_heading,
)

#: (numFmt, lvlText) per level of the outline list.
OUTLINE_LEVELS = (
    ("upperRoman", "%1."),
    ("upperLetter", "%2."),
    ("decimal", "%3."),
    ("lowerLetter", "%4."),
    ("lowerRoman", "%5."),
    ("decimal", "(%6)"),
    ("lowerLetter", "(%7)"),
    ("lowerRoman", "(%8)"),
    ("decimal", "%9."),
)
BULLETS = ("•", "◦", "▪")
#: Indent step per outline level and the room left for a number, in twips.
STEP = 540
HANG = 540

def _abstract_num_xml(abstract_id: int, bullets: bool) -> str:
    levels = []
    for ilvl in range(9):
        if bullets:
            fmt, text = "bullet", BULLETS[(ilvl - 1) % len(BULLETS)]  # notes start at depth 1
        else:
            fmt, text = OUTLINE_LEVELS[ilvl]
        left = STEP * ilvl + HANG
        font = '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/></w:rPr>'
        levels.append(
            f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{left}" w:hanging="{HANG}"/></w:pPr>'
            f"{font if bullets else ''}</w:lvl>"
        )
    kind = "hybridMultilevel" if bullets else "multilevel"
    name = NOTES_LIST if bullets else OUTLINE_LIST
    return (
        f'<w:abstractNum xmlns:w="{W_NS}" w:abstractNumId="{abstract_id}">'
        f'<w:multiLevelType w:val="{kind}"/><w:name w:val="{name}"/>'
        f"{''.join(levels)}</w:abstractNum>"
    )


def _numbering_root(doc: Any) -> Any:
    """The numbering part's root, creating the part when a template has
    none (python-docx cannot create one itself)."""
    from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
    from docx.opc.packuri import PackURI
    from docx.parts.numbering import NumberingPart

    try:
        return doc.part.part_related_by(RELATIONSHIP_TYPE.NUMBERING).element
    except KeyError:
        blob = f'<w:numbering xmlns:w="{W_NS}"/>'.encode()
        part = NumberingPart.load(PackURI("/word/numbering.xml"), CONTENT_TYPE.WML_NUMBERING,
                                  blob, doc.part.package)
        doc.part.relate_to(part, RELATIONSHIP_TYPE.NUMBERING)
        return part.element


def add_numbering(doc: Any) -> tuple[int, int]:
    """Add the outline list and the notes' bullet list to the numbering
    part; return their numIds (outline, bullets)."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn

    numbering = _numbering_root(doc)
    abstract_ids = [int(a.get(qn("w:abstractNumId")))
                    for a in numbering.findall(qn("w:abstractNum"))]
    num_ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    next_abstract = max(abstract_ids, default=-1) + 1
    next_num = max(num_ids, default=0) + 1
    first_num = numbering.find(qn("w:num"))
    result = []
    for offset, bullets in enumerate((False, True)):
        abstract = parse_xml(_abstract_num_xml(next_abstract + offset, bullets))
        # Schema order: every abstractNum comes before the first num.
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            numbering.append(abstract)
        num = parse_xml(
            f'<w:num xmlns:w="{W_NS}" w:numId="{next_num + offset}">'
            f'<w:abstractNumId w:val="{next_abstract + offset}"/></w:num>'
        )
        numbering.append(num)
        result.append(next_num + offset)
    return result[0], result[1]


_LINE_BREAKS = re.compile("\r\n?|[\n\x0b\x0c]")


def _line(text: str) -> str:
    """One line of a field: control characters part words, as spaces do."""
    return clean_line(one_line(text))


def heading_text(node: Node, body_number: int) -> str:
    """A node's line in the outline, with the label the importer reads.

    A cite or prose the node kept from an earlier kind (a note that was a
    quotation) follows its text, as in the Markdown outline, so no word is
    left out.
    """
    text = _line(node.text)
    if node.kind is NodeKind.QUOTE:
        line = quotation_line(text, _line(node.cite))
    else:
        if node.cite.strip():
            text = f"{text} ({_line(node.cite)})".lstrip()
        if node.kind is NodeKind.SECTION:
            line = escape_section_heading(text)
        elif node.kind is NodeKind.NOTE:
            line = text
        else:
            line = paragraph_heading(node.kind, text, body_number)
    if node.kind not in PARAGRAPH_KINDS and node.prose.strip():
        line = f"{line} {_line(node.prose)}".strip()
    return line


def outline_body(doc: Any, essay: Essay, rules: StyleRules, ids: StyleIds) -> str:
    """The outline as one XML fragment (and its lists in the numbering part)."""
    outline_num, bullet_num = add_numbering(doc)
    parts: list[str] = []
    for name, label in META_LABELS:
        value = _line(getattr(essay.meta, name))
        if value:
            parts.append(paragraph_xml(ids[HEADING_BLOCK], rich_runs_xml(f"{label}: {value}")))
    title = _line(essay.meta.title)
    if title:
        parts.append(paragraph_xml(ids[TITLE], rich_runs_xml(title)))
    bodies = 0

    def visit(node: Node, depth: int) -> None:
        nonlocal bodies
        level = min(depth, 8)
        if node.kind is NodeKind.BODY:
            bodies += 1
        line = heading_text(node, bodies)
        if node.kind is NodeKind.NOTE:
            parts.append(paragraph_xml(ids[LIST_BULLET], rich_runs_xml(line),
                                       num=(bullet_num, level)))
        elif node.kind is NodeKind.QUOTE:
            parts.append(paragraph_xml(ids[LIST_PARAGRAPH], rich_runs_xml(line),
                                       num=(outline_num, level)))
        else:
            parts.append(paragraph_xml(ids.heading(level + 1), rich_runs_xml(line),
                                       num=(outline_num, level)))
        if node.kind in PARAGRAPH_KINDS and node.prose.strip():
            for prose_line in _LINE_BREAKS.split(node.prose):
                prose_line = _line(prose_line)
                if prose_line:
                    parts.append(paragraph_xml(ids[BODY], rich_runs_xml(prose_line)))
        for child in node.children:
            visit(child, depth + 1)

    for top in essay.outline:
        visit(top, 0)
    entries = typeset_source_entries(
        (one_line(source_line(s, essay.meta.style)) for s in essay.sources), alphabetical=False)
    if entries:
        # The sources heading is an unnumbered Heading 1 so the importer and
        # the Navigation pane both see it; entries keep their hanging indent
        # and the writer's order.
        parts.append(paragraph_xml(ids.heading(1), run_xml(rules.sources_heading), num=(0, 0)))
        parts.extend(paragraph_xml(ids[BIB_ENTRY], rich_runs_xml(e)) for e in entries)
    return "".join(parts)
