"""What a node is called wherever a person reads about it: the editor's
heading, the import and check reports, the command line, Essay Properties.
"Body paragraph 2" counts body paragraphs among their siblings, as the
outline shows them; one function, so the window and the command line agree."""

from __future__ import annotations

from operator import attrgetter

from outliner.core.essay import KIND_LABELS, Essay, Node, NodeKind
from outliner.core.text import quoted_short

_KIND_OF = attrgetter("kind")

#: How much of a note's or quotation's text names it ("Note “Date: 4 May”…").
NAME_CHARS = 40


def paragraph_label(kind: NodeKind, body_number: int) -> str:
    """"Body paragraph 2" (``body_number`` counts bodies among its siblings);
    the kind's name for any other kind."""
    label = KIND_LABELS[kind]
    return f"{label} {body_number}" if kind is NodeKind.BODY else label


def in_section(name: str, heading: str) -> str:
    """``name`` inside the section headed ``heading``: "Body paragraph 1 in
    section “Setting”" ("" heading: the name alone)."""
    return f"{name} in section {quoted_short(heading, NAME_CHARS)}" if heading.strip() else name


def body_number(essay: Essay, node: Node) -> int:
    """Which body paragraph ``node`` is among its siblings (1 for the first)."""
    # Counted in C: the editor asks after each edit, among thousands of siblings.
    before = essay.siblings(node)[:essay.row_of(node)]
    return list(map(_KIND_OF, before)).count(NodeKind.BODY) + 1


def paragraph_name(essay: Essay, node: Node) -> str:
    """"Introduction", "Body paragraph 2", "Conclusion"; for other kinds, the kind."""
    number = body_number(essay, node) if node.kind is NodeKind.BODY else 0
    return paragraph_label(node.kind, number)


def node_name(essay: Essay, node: Node) -> str:
    """A node as the window names it: "Introduction", "Body paragraph 2",
    "Thesis", or a kind and the start of its text for sections, quotations
    and notes (there are many of those), never cut mid-word. A paragraph in a
    section says which, as the export's warnings do: "Body paragraph 1 in
    section “Setting”"."""
    if node.kind in (NodeKind.SECTION, NodeKind.QUOTE, NodeKind.NOTE):
        label = KIND_LABELS[node.kind]
        return f"{label} {quoted_short(node.text, NAME_CHARS)}" if node.text.strip() else label
    parent = node.parent
    heading = parent.text if parent is not None and parent.kind is NodeKind.SECTION else ""
    return in_section(paragraph_name(essay, node), heading)
