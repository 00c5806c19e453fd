"""The one rule book: where each kind of node may sit.

Drag-and-drop, keyboard moves, kind changes and importers all ask here, so a
rule changes in one place only.
"""

from __future__ import annotations

from collections.abc import Iterable

from outliner.core.essay import Node, NodeKind
from outliner.core.translatable import QT_TRANSLATE_NOOP, Filled

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
    None: QT_TRANSLATE_NOOP("TreeError", "the top level"),
    K.INTRO: QT_TRANSLATE_NOOP("TreeError", "an introduction"),
    K.THESIS: QT_TRANSLATE_NOOP("TreeError", "a thesis"),
    K.BODY: QT_TRANSLATE_NOOP("TreeError", "a body paragraph"),
    K.QUOTE: QT_TRANSLATE_NOOP("TreeError", "a quotation"),
    K.NOTE: QT_TRANSLATE_NOOP("TreeError", "a note"),
    K.CONCLUSION: QT_TRANSLATE_NOOP("TreeError", "a conclusion"),
    K.SECTION: QT_TRANSLATE_NOOP("TreeError", "a section"),
}

#: "A thesis", "An introduction": the start of a refusal's sentence.
_KIND_NAMES: dict[NodeKind, str] = {
    K.INTRO: QT_TRANSLATE_NOOP("TreeError", "An introduction"),
    K.THESIS: QT_TRANSLATE_NOOP("TreeError", "A thesis"),
    K.BODY: QT_TRANSLATE_NOOP("TreeError", "A body paragraph"),
    K.QUOTE: QT_TRANSLATE_NOOP("TreeError", "A quotation"),
    K.NOTE: QT_TRANSLATE_NOOP("TreeError", "A note"),
    K.CONCLUSION: QT_TRANSLATE_NOOP("TreeError", "A conclusion"),
    K.SECTION: QT_TRANSLATE_NOOP("TreeError", "A section"),
}

#: How deep an outline may nest. No essay comes near it; the limit keeps every
#: reader and writer of the tree (JSON, Word, Markdown) far from Python's
#: recursion limit, so a pathological draft cannot make a file unsaveable.
MAX_DEPTH = 64


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
        return QT_TRANSLATE_NOOP("TreeError", "Nothing can go inside a quotation.")
    return Filled("TreeError", QT_TRANSLATE_NOOP("TreeError", "{kind} cannot go inside {place}."),
                  kind=_KIND_NAMES[child_kind], place=_PLACE_NAMES[parent_kind])


def subtree_height(node: Node) -> int:
    """0 for a leaf, 1 for a node whose children are leaves, and so on."""
    height, level = 0, [node]
    while True:
        level = [child for n in level for child in n.children]
        if not level:
            return height
        height += 1


def placement_error(nodes: Iterable[Node], parent: Node | None) -> str | None:
    """Why these nodes may not all be placed under ``parent``, or None."""
    parent_kind = parent.kind if parent is not None else None
    depth = parent.depth() + 1 if parent is not None else 0
    for node in nodes:
        if parent is not None and (parent is node or node.is_ancestor_of(parent)):
            return QT_TRANSLATE_NOOP("TreeError", "A node cannot go inside itself.")
        reason = kind_error(parent_kind, node.kind)
        if reason:
            return reason
        if depth + subtree_height(node) >= MAX_DEPTH:
            return Filled("TreeError", QT_TRANSLATE_NOOP("TreeError",
                "An outline cannot nest more than {levels} levels deep."), levels=MAX_DEPTH)
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


def tree_errors(outline: list[Node]) -> list[tuple[Node, str]]:
    """Every (node, reason) where the outline breaks a rule; empty when valid.

    Walks without recursion, so even a far too deep tree gets an answer.
    """
    errors: list[tuple[Node, str]] = []
    stack: list[tuple[Node | None, Node, int]] = [(None, top, 0) for top in reversed(outline)]
    while stack:
        parent, node, depth = stack.pop()
        reason = kind_error(parent.kind if parent is not None else None, node.kind)
        if reason is None and depth >= MAX_DEPTH:
            reason = f"An outline cannot nest more than {MAX_DEPTH} levels deep."
        if reason:
            errors.append((node, reason))
        stack.extend((node, child, depth + 1) for child in reversed(node.children))
    return errors
