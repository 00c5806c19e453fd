"""Export the outline as OPML, for Workflowy, Dynalist, OmniOutliner and
for this app to read back as the same tree (``io/opml_labels.py`` says
which attribute holds what).

OPML has one shape, the outline, so that is what is written (an "essay"
mode export says so in its report). XML cannot
hold control characters (other than tab and line breaks), nor U+FFFE and
U+FFFF: each such character is written as U+FFFD and the report says how
many there were. Everything else, line breaks in prose included, comes back
exactly.
"""

from __future__ import annotations

import re
from pathlib import Path

from outliner.compose.essay_styles import STYLE_WORDS
from outliner.core.essay import CitationStyle, Essay, Node, NodeKind
from outliner.io.atomic import atomic_write
from outliner.io.essay.schema import utf8_safe
from outliner.io.exporters.options import ExportOptions, ExportReport
from outliner.io.opml_labels import (
    CITE,
    HEAD_FIELDS,
    KIND,
    NOTE,
    SOURCE,
    SOURCES,
    TEXT,
    labelled_text,
)

#: Characters XML 1.0 cannot hold at all.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


class _Text:
    """Makes field values XML-safe and counts what had to be replaced."""

    def __init__(self) -> None:
        self.replaced = 0

    def __call__(self, value: str) -> str:
        value, count = _NOT_XML.subn("\ufffd", utf8_safe(value))
        self.replaced += count
        return value


def export_opml(essay: Essay, path: Path, options: ExportOptions) -> ExportReport:
    """Write ``essay`` as an OPML 2.0 outline (``options.mode`` makes no
    difference: OPML is an outline); the old file is kept as .bak."""
    path = Path(path)
    report = ExportReport(path=path)
    if options.mode == "essay":
        report.notes.append("OPML holds an outline, so the outline was written")
    data, replaced = opml_bytes(essay, options.style)
    atomic_write(path, data, backup=True)
    if replaced:
        report.notes.append(
            f"{replaced} control character{'s' if replaced != 1 else ''} that XML cannot "
            "hold {} written as \ufffd".format("were" if replaced != 1 else "was"))
    return report


def opml_bytes(essay: Essay, style: CitationStyle | None = None) -> tuple[bytes, int]:
    """The OPML document of ``essay`` (UTF-8) and how many characters XML
    could not hold (written as U+FFFD). ``style`` names the Works Cited
    heading (the essay's own style when None)."""
    from lxml import etree  # type: ignore[import-untyped]

    safe = _Text()
    root = etree.Element("opml", version="2.0")
    head = etree.SubElement(root, "head")
    for name, element in HEAD_FIELDS:
        value = str(getattr(essay.meta, name))
        if value:
            etree.SubElement(head, element).text = safe(value)
    body = etree.SubElement(root, "body")
    # Iterative: an outline may nest 64 levels, and lxml builds it without recursion.
    # Each entry: the element to fill, the nodes still to write (reversed) and
    # the bodies written so far in that list ("Body paragraph 2").
    stack: list[tuple[object, list[Node], list[int]]] = [
        (body, list(reversed(essay.outline)), [0])]
    while stack:
        parent, pending, bodies = stack[-1]
        if not pending:
            stack.pop()
            continue
        node = pending.pop()
        if node.kind is NodeKind.BODY:
            bodies[0] += 1
        element = etree.SubElement(parent, "outline", _attributes(node, bodies[0], safe))
        if node.children:
            stack.append((element, list(reversed(node.children)), [0]))
    if essay.sources:
        heading = STYLE_WORDS[style or essay.meta.style].sources_heading
        sources = etree.SubElement(body, "outline", {TEXT: heading, KIND: SOURCES})
        for source in essay.sources:
            etree.SubElement(sources, "outline", {TEXT: safe(source.text), KIND: SOURCE})
    data: bytes = etree.tostring(root, xml_declaration=True, encoding="UTF-8",
                                 pretty_print=True)
    return data, safe.replaced


def _attributes(node: Node, number: int, safe: _Text) -> dict[str, str]:
    attributes = {TEXT: safe(labelled_text(node.kind, node.text, node.cite, number)),
                  KIND: node.kind.value}
    if node.cite:
        attributes[CITE] = safe(node.cite)
    if node.prose:
        attributes[NOTE] = safe(node.prose)
    return attributes
