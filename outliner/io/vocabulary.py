"""The words that importers and exporters share: the labels an exported
outline writes and the importers read back, and the names of the Word lists
the outline export defines and the Word importer recognises."""

from __future__ import annotations

from outliner.core.essay import KIND_LABELS, NodeKind

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
    paragraph, conclusion or thesis: "Body paragraph 2: text", or the label
    alone ("Body paragraph 2") when ``text`` is empty."""
    label = LABELS[kind]
    if kind is NodeKind.BODY:
        label = f"{label} {body_number}"
    return f"{label}: {text}" if text else label
