"""The words that importers and exporters share: the labels an exported
outline writes and the importers read back, the names of the Word lists the
outline export defines and the Word importer recognises, and the heading
patterns both use (built on the importers' own line classifier)."""

from __future__ import annotations

import re

from outliner.core.essay import KIND_LABELS, NodeKind
from outliner.io.escapes import leading_backslashes
from outliner.io.importers.lines import LineRole, parse_role_label

#: Labels that tell the importer what a heading is ("Introduction: …",
#: "Body paragraph 2: …", "Thesis: …"); the Word importer builds its patterns
#: from this table, so the names live in one place (core KIND_LABELS).
LABELS: dict[NodeKind, str] = {
    kind: KIND_LABELS[kind]
    for kind in (NodeKind.INTRO, NodeKind.BODY, NodeKind.CONCLUSION, NodeKind.THESIS)
}
#: Heading-block lines at the top of an exported outline: (Meta field, label).
META_LABELS: tuple[tuple[str, str], ...] = (
    ("author", "Name"), ("instructor", "Instructor"), ("course", "Course"), ("date", "Date"),
)

#: List names in a Word outline's numbering part; the importer knows its own
#: lists by them.
OUTLINE_LIST = "Essay Outline"
NOTES_LIST = "Essay Notes"


def paragraph_heading(kind: NodeKind, text: str = "", body_number: int = 0) -> str:
    """The labelled line the importer reads for an introduction, body
    paragraph, conclusion, thesis or (in plain text) section: "Body paragraph
    2: text", or the label alone ("Body paragraph 2") when ``text`` is empty."""
    label = KIND_LABELS[kind] if kind is NodeKind.SECTION else LABELS[kind]
    if kind is NodeKind.BODY:
        label = f"{label} {body_number}"
    return f"{label}: {text}" if text else label


#: The heading lines the importer reads as a paragraph or the thesis, built
#: from LABELS; a Word outline's section heading that reads like one is
#: escaped on export and unescaped on import.
PARAGRAPH_HEADING = re.compile(
    rf"^(?:{re.escape(LABELS[NodeKind.INTRO])}|{re.escape(LABELS[NodeKind.BODY])} \d+"
    rf"|{re.escape(LABELS[NodeKind.CONCLUSION])})(?::\s|$)"
)
THESIS_HEADING = re.compile(rf"^{re.escape(LABELS[NodeKind.THESIS])}(?::\s*|$)")


def is_sources_heading(text: str) -> bool:
    """Is this paragraph a Works Cited / References / Bibliography heading?"""
    found = parse_role_label(text)
    return found is not None and found[0] is LineRole.SOURCES and not found[2]


def _reads_as_label(text: str) -> bool:
    return bool(PARAGRAPH_HEADING.match(text) or THESIS_HEADING.match(text)
                or is_sources_heading(text))


def escape_section_heading(text: str) -> str:
    """A section's heading text, with a backslash in front when it would read
    as a paragraph, thesis or Works Cited heading."""
    return "\\" + text if _reads_as_label(text[leading_backslashes(text):]) else text


def unescape_section_heading(text: str) -> str:
    """A section heading's text as typed (undoes :func:`escape_section_heading`)."""
    count = leading_backslashes(text)
    return text[1:] if count and _reads_as_label(text[count:]) else text
