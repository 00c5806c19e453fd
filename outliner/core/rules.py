"""The one rule book: where each kind of node may sit.

Drag-and-drop, keyboard moves, kind changes and importers all ask here, so a
rule changes in one place only.
"""

from __future__ import annotations

from collections.abc import Iterable

from outliner.core.essay import Node, NodeKind

K = NodeKind

#: What each kind may hold directly. ``None`` is the top level.
ALLOWED_CHILDREN: dict[NodeKind | None, frozenset[NodeKind]] = {
    None: frozenset({K.INTRO, K.THESIS, K.BODY, K.CONCLUSION, K.SECTION}),
    K.SECTION: frozenset({K.INTRO, K.BODY, K.CONCLUSION, K.SECTION, K.QUOTE, K.NOTE}),
    K.INTRO: frozenset({K.THESIS, K.QUOTE, K.NOTE}),
    K.BODY: frozenset({K.QUOTE, K.NOTE}),
    K.CONCLUSION: frozenset({K.QUOTE, K.NOTE}),
    K.NOTE: frozenset({K.QUOTE, K.NOTE}),
    K.THESIS: frozenset(),
    K.QUOTE: frozenset(),
}

_PLACE_NAMES: dict[NodeKind | None, str] = {
    None: "the top level",
    K.INTRO: "an introduction",
    K.THESIS: "a thesis",
    K.BODY: "a body paragraph",
    K.QUOTE: "a quotation",
    K.NOTE: "a note",
    K.CONCLUSION: "a conclusion",
    K.SECTION: "a section",
}

_KIND_NAMES: dict[NodeKind, str] = {
    K.INTRO: "An introduction",
    K.THESIS: "A thesis",
    K.BODY: "A body paragraph",
    K.QUOTE: "A quotation",
    K.NOTE: "A note",
    K.CONCLUSION: "A conclusion",
    K.SECTION: "A section",
}


class TreeError(ValueError):
    """An operation that would break the outline's rules; nothing was changed."""


def can_contain(parent_kind: NodeKind | None, child_kind: NodeKind) -> bool:
    """May a node of ``child_kind`` sit directly under ``parent_kind``?"""
    return child_kind in ALLOWED_CHILDREN[parent_kind]


def kind_error(parent_kind: NodeKind | None, child_kind: NodeKind) -> str | None:
    """Why ``child_kind`` may not sit under ``parent_kind``, or None if it may."""
    if can_contain(parent_kind, child_kind):
        return None
    if parent_kind is K.QUOTE:
        return "Nothing can go inside a quotation."
    return f"{_KIND_NAMES[child_kind]} cannot go inside {_PLACE_NAMES[parent_kind]}."


def placement_error(nodes: Iterable[Node], parent: Node | None) -> str | None:
    """Why these nodes may not all be placed under ``parent``, or None."""
    parent_kind = parent.kind if parent is not None else None
    for node in nodes:
        if parent is not None and (parent is node or node.is_ancestor_of(parent)):
            return "A node cannot go inside itself."
        reason = kind_error(parent_kind, node.kind)
        if reason:
            return reason
    return None


def kind_change_error(node: Node, new_kind: NodeKind) -> str | None:
    """Why ``node`` may not become ``new_kind`` where it stands, or None."""
    parent_kind = node.parent.kind if node.parent is not None else None
    reason = kind_error(parent_kind, new_kind)
    if reason:
        return reason
    for child in node.children:
        if not can_contain(new_kind, child.kind):
            return (
                f"{_KIND_NAMES[new_kind]} cannot hold what this node holds "
                f"({_KIND_NAMES[child.kind].lower()})."
            )
    return None


def allowed_kinds_at(parent: Node | None) -> list[NodeKind]:
    """The kinds a new node may have under ``parent``, in menu order."""
    parent_kind = parent.kind if parent is not None else None
    return [k for k in NodeKind if can_contain(parent_kind, k)]


def tree_errors(outline: list[Node]) -> list[str]:
    """Every rule the given outline breaks (empty when it is valid)."""
    errors: list[str] = []

    def visit(parent: Node | None, children: list[Node]) -> None:
        parent_kind = parent.kind if parent is not None else None
        for child in children:
            reason = kind_error(parent_kind, child.kind)
            if reason:
                errors.append(f"{child.id}: {reason}")
            visit(child, child.children)

    visit(None, outline)
    return errors
