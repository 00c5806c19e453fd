"""Pasting subtrees: where they go, as the rule book allows, as one change.

Paste puts the nodes right after the current node; when the rules do not
let them stand there (notes after a body paragraph), inside it, as its last
children. Paste as Child puts them inside the current node only. Text from
another program arrives as whatever the importer made of it; when its
paragraphs may not stand where the paste goes, :func:`as_notes` turns them
into notes without dropping a word.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from outliner.core.changes import Batch, Change, Insert, SetSources
from outliner.core.essay import PARAGRAPH_KINDS, Essay, Node, NodeKind, new_id
from outliner.core.rules import TreeError, can_contain, placement_error
from outliner.core.sources import Source
from outliner.core.translatable import QT_TRANSLATE_NOOP, Filled


def copy_subtree(node: Node) -> Node:
    """A detached copy of ``node`` and what it holds, every id fresh."""
    return Node(node.kind, node.text, node.cite, node.prose,
                [copy_subtree(child) for child in node.children], new_id(), node.source)


def _where(essay: Essay, anchor: Node | None, as_child: bool) -> list[tuple[Node | None, int]]:
    """The places a paste may go, best first."""
    if anchor is None:
        return [(None, len(essay.outline))]
    inside = (anchor, len(anchor.children))
    if as_child:
        return [inside]
    return [(anchor.parent, essay.row_of(anchor) + 1), inside]


def plan_paste(essay: Essay, nodes: Sequence[Node], anchor: Node | None, *,
               as_child: bool = False, sources: Sequence[Source] = (),
               label: str = QT_TRANSLATE_NOOP("Change", "Paste")) -> Change:
    """Insert the detached ``nodes`` after ``anchor`` (or inside it), with
    any of ``sources`` the essay lacks; TreeError says why not."""
    if not nodes:
        raise TreeError(QT_TRANSLATE_NOOP("TreeError",
            "There is nothing on the clipboard to paste."))
    first_reason = ""
    for parent, row in _where(essay, anchor, as_child):
        reason = placement_error(nodes, parent)
        if reason is None:
            pid = parent.id if parent is not None else None
            insert = Insert(tuple((pid, row + i, n) for i, n in enumerate(nodes)), label)
            added = _sources_to_add(essay, nodes, sources)
            if not added:
                return insert
            return Batch((SetSources((*essay.sources, *added), label), insert), label)
        first_reason = first_reason or reason
    raise TreeError(Filled(
        "TreeError", QT_TRANSLATE_NOOP("TreeError", "Cannot paste here: {reason}"),
        reason=first_reason))


def _sources_to_add(essay: Essay, nodes: Sequence[Node],
                    sources: Sequence[Source]) -> tuple[Source, ...]:
    """The pasted ``sources`` the essay lacks. One whose id the essay already
    gives a different source (two files migrated alike both have "source-1")
    gets a fresh id, and the pasted quotations that cite it follow, so a
    quotation never ends up citing another book."""
    known = {s.id: s for s in essay.sources}
    added: list[Source] = []
    renamed: dict[str, str] = {}
    for source in sources:
        same = known.get(source.id)
        if same == source:
            continue
        if same is not None:
            fresh = replace(source, id=new_id())
            renamed[source.id] = fresh.id
            source = fresh
        known[source.id] = source
        added.append(source)
    for top in nodes if renamed else ():
        for node in top.walk():
            if node.source in renamed:
                node.source = renamed[node.source]
    return tuple(added)


def as_notes(node: Node) -> Node:
    """``node`` as a note that a note may hold, keeping every word: a
    paragraph's prose becomes its first child note; quotations stay."""
    if node.kind is NodeKind.QUOTE:
        return node
    children = [as_notes(child) for child in node.children]
    if node.kind in PARAGRAPH_KINDS and node.prose.strip():
        children.insert(0, Node(NodeKind.NOTE, node.prose))
    return Node(NodeKind.NOTE, node.text, children=children, id=node.id)


def fit_where_possible(essay: Essay, nodes: list[Node], anchor: Node | None,
                       as_child: bool) -> list[Node]:
    """``nodes`` as they are when they fit where the paste goes, else as
    notes; where notes cannot stand either (the top level), the notes in one
    new, empty body paragraph, as the importer holds loose notes."""
    places = [parent.kind if parent else None for parent, _ in _where(essay, anchor, as_child)]
    for parent, _ in _where(essay, anchor, as_child):
        if placement_error(nodes, parent) is None:
            return nodes
    demoted = [as_notes(n) for n in nodes]
    if any(can_contain(kind, NodeKind.NOTE) for kind in places):
        return demoted
    if any(can_contain(kind, NodeKind.BODY) for kind in places):
        return [Node(NodeKind.BODY, children=demoted)]
    return nodes


__all__ = ["as_notes", "copy_subtree", "fit_where_possible", "plan_paste"]
