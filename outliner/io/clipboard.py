"""What the clipboard holds: subtrees in the app's own format, as an
indented plain-text outline and as OPML, and nodes read back from each.

The app's format is JSON of the subtrees (the .essay file's node and source
records), with the sources their quotations cite, so a paste into another
essay keeps them. Reading it always gives fresh ids: the same clipboard can
be pasted twice. Plain text from another program goes through the draft
importer (``parse_text``), so "- a\\n  - b" becomes two nested notes.

OPML goes through the format's own reader and writer (outliner.io
opml modules): the OPML flavour is what the OPML export writes and the
OPML import reads.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from outliner.core.essay import PARAGRAPH_KINDS, Essay, Node, NodeKind
from outliner.core.paste import copy_subtree
from outliner.core.quotations import find_quotations
from outliner.core.rules import MAX_DEPTH, subtree_height
from outliner.core.sources import Source
from outliner.io.errors import DocumentError
from outliner.io.essay.file import _node, _node_dict, _source, _source_dicts
from outliner.io.essay.schema import NodeModel, SourceModel
from outliner.io.importers.text import parse_text_with_report

#: The app's own clipboard format.
NODES_MIME = "application/x-essay-outliner-nodes"
OPML_MIME = "text/x-opml"
_FORMAT = "essay-outliner-nodes"
#: More than any essay holds; a larger clipboard is refused, not read.
MAX_CLIPBOARD_CHARS = 20_000_000


class ClipboardError(ValueError):
    """The clipboard holds something that cannot be pasted; says why."""


def cited_sources(essay: Essay, nodes: Sequence[Node]) -> list[Source]:
    """The essay's sources that quotations in ``nodes`` name."""
    named = {n.source for top in nodes for n in top.walk() if n.source}
    return [s for s in essay.sources if s.id in named]


def nodes_to_json(nodes: Sequence[Node], sources: Sequence[Source] = ()) -> str:
    """The app's clipboard text for these subtrees."""
    data = {"format": _FORMAT, "version": 1,
            "nodes": [_node_dict(n) for n in nodes],
            "sources": _source_dicts(list(sources))}
    return json.dumps(data, ensure_ascii=False, default=str)


def nodes_from_json(text: str) -> tuple[list[Node], list[Source]]:
    """Subtrees (with fresh ids) and sources from the app's clipboard text."""
    if len(text) > MAX_CLIPBOARD_CHARS:
        raise ClipboardError("The clipboard holds too much to paste.")
    try:
        data: Any = json.loads(text)
        if not isinstance(data, dict) or data.get("format") != _FORMAT:
            raise ClipboardError("The clipboard does not hold outline nodes.")
        models = [NodeModel.model_validate(n) for n in data.get("nodes", [])]
        sources = [_source(SourceModel.model_validate(s)) for s in data.get("sources", [])]
    except (ValueError, ValidationError, RecursionError, TypeError) as exc:
        if isinstance(exc, ClipboardError):
            raise
        raise ClipboardError("The outline nodes on the clipboard are damaged.") from exc
    nodes = [copy_subtree(_node(m)) for m in models]
    if any(subtree_height(n) >= MAX_DEPTH for n in nodes):
        raise ClipboardError(f"The nodes on the clipboard nest more than {MAX_DEPTH} deep.")
    return nodes, sources


# -- plain text ----------------------------------------------------------------------


def _line(node: Node) -> str:
    if node.kind is NodeKind.QUOTE:
        cite = f" ({node.cite})" if node.cite.strip() else ""
        return f"“{node.text}”{cite}"
    return node.text


def nodes_to_text(nodes: Sequence[Node]) -> str:
    """An indented outline ("- line", two spaces a level; prose below its line)."""
    lines: list[str] = []
    stack = [(n, 0) for n in reversed(nodes)]
    while stack:
        node, depth = stack.pop()
        pad = "  " * depth
        lines.append(f"{pad}- {' '.join(_line(node).split())}".rstrip())
        for paragraph in node.prose.split("\n"):
            if paragraph.strip():
                lines.append(f"{pad}  {paragraph.strip()}")
        stack.extend((child, depth + 1) for child in reversed(node.children))
    return "\n".join(lines) + "\n"


#: Word copies a bulleted list as text with a glyph and a tab per item; the
#: glyph tells the level (Symbol's dot, Courier's "o", Wingdings' square).
_WORD_BULLET = re.compile(r"^[ \t]*([·•o§▪])\t(.*)$")
_WORD_LEVELS = {"·": 0, "•": 0, "o": 1, "§": 2, "▪": 2}


def word_bullets_as_outline(text: str) -> str:
    """Word's copied bullets as "- " items indented by level; other text as is."""
    lines = text.split("\n")
    if not any(_WORD_BULLET.match(line) for line in lines):
        return text
    out = []
    for line in lines:
        m = _WORD_BULLET.match(line)
        out.append(f"{'  ' * _WORD_LEVELS[m[1]]}- {m[2]}" if m else line)
    return "\n".join(out)


def _is_wrapper(node: Node) -> bool:
    """The empty body the importer puts around loose notes."""
    return (node.kind is NodeKind.BODY and not node.text.strip() and not node.prose.strip()
            and not node.cite.strip())


def nodes_from_text(text: str, *, markdown: bool | None = None
                    ) -> tuple[list[Node], list[Source]]:
    """What the draft importer reads in pasted text: the top nodes (loose
    notes without the empty paragraph put around them), Works Cited entries
    as sources, and heading-block lines ("Title: ...") as the first notes
    (of the first paragraph, when it can hold them)."""
    if len(text) > MAX_CLIPBOARD_CHARS:
        raise ClipboardError("The clipboard holds too much text to paste.")
    if not text.strip():
        raise ClipboardError("The clipboard holds no text.")
    essay, _report = parse_text_with_report(word_bullets_as_outline(text), markdown=markdown)
    nodes: list[Node] = []
    for top in list(essay.outline):
        essay.detach(top)
        if _is_wrapper(top):
            for child in list(top.children):
                top.children.remove(child)
                child.parent = None
                nodes.append(child)
        else:
            nodes.append(top)
    meta = essay.meta
    heading = [f"{label}: {value}" for label, value in (
        ("Title", meta.title), ("Name", meta.author), ("Instructor", meta.instructor),
        ("Course", meta.course), ("Date", meta.date)) if value.strip()]
    notes = [Node(NodeKind.NOTE, line) for line in heading]
    # In the first paragraph when it may hold notes, so the paragraphs can
    # still stand at the top level.
    if notes and nodes and nodes[0].kind in PARAGRAPH_KINDS:
        nodes[0].children[:0] = notes
        for note in notes:
            note.parent = nodes[0]
    else:
        nodes[:0] = notes
    return nodes, list(essay.sources)


# -- OPML (the format's own reader and writer) ------------------------------------------


def nodes_to_opml(nodes: Sequence[Node]) -> str:
    """The OPML document the OPML export writes for ``nodes`` (kinds kept in
    the app's attributes, readable as plain outline items elsewhere)."""
    from outliner.io.exporters.opml import opml_bytes

    holder = Essay()
    holder.outline = list(nodes)  # read only: the nodes stay where they are
    return opml_bytes(holder)[0].decode("utf-8")


def nodes_from_opml(text: str) -> list[Node]:
    """The nodes an OPML outline on the clipboard holds, read as an .opml
    file is (kinds inferred for other outliners' items, nothing dropped;
    DTDs and entities refused)."""
    from outliner.io.importers.opml import essay_from_opml

    if len(text) > MAX_CLIPBOARD_CHARS:
        raise ClipboardError("The clipboard holds too much to paste.")
    try:
        essay = essay_from_opml(text.encode("utf-8"), Path("the clipboard")).essay
    except DocumentError as exc:
        raise ClipboardError(str(exc)) from None
    nodes = list(essay.outline)
    for node in nodes:
        node.parent = None
    return nodes


def _quotation(line: str) -> Node | None:
    """A line that is one cited quotation and nothing else, as a quote node."""
    found = find_quotations(line)
    if len(found) == 1 and found[0].has_cite and not line[:found[0].start].strip() \
            and not line[found[0].end:].strip():
        return Node(NodeKind.QUOTE, found[0].text, cite=found[0].cite)
    return None


__all__ = [
    "NODES_MIME",
    "OPML_MIME",
    "ClipboardError",
    "cited_sources",
    "nodes_from_json",
    "nodes_from_opml",
    "nodes_from_text",
    "nodes_to_json",
    "nodes_to_opml",
    "nodes_to_text",
]
