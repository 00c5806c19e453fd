"""Reversible changes to an essay.

Every change is a small value object whose ``apply(essay)`` performs it and
returns its exact inverse, itself a change. Undo is then only "apply the
inverse"; redo is "apply the inverse of the inverse". Changes refer to nodes
by id and move the real node objects, so nothing is ever copied and deleted.
A change validates everything before it touches the tree: when it raises
``TreeError`` the essay is as it was.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from outliner.core.essay import (
    META_FIELDS,
    SPELLING_LANGUAGES,
    CitationStyle,
    Essay,
    Node,
    NodeKind,
    Source,
    word_target,
)
from outliner.core.rules import TreeError, kind_change_error, placement_error
from outliner.core.translatable import QT_TRANSLATE_NOOP


class Change:
    """Base of all changes. ``label`` names it in an undo history."""

    label: str = QT_TRANSLATE_NOOP("Change", "Change")

    def apply(self, essay: Essay) -> Change:  # pragma: no cover - abstract
        """Perform the change; return the change that undoes it."""
        raise NotImplementedError


def doc_path(essay: Essay, node: Node) -> tuple[int, ...]:
    """The node's rows from the top: sorting by it gives document order."""
    path: list[int] = []
    current: Node | None = node
    while current is not None:
        path.append(essay.row_of(current))
        current = current.parent
    return tuple(reversed(path))


def top_most(essay: Essay, nodes: Sequence[Node]) -> list[Node]:
    """The given nodes in document order, without any inside another one."""
    chosen = {id(n) for n in nodes}
    result = []
    for node in nodes:
        up = node.parent
        while up is not None and id(up) not in chosen:
            up = up.parent
        if up is None:
            result.append(node)
    unique = list({id(n): n for n in result}.values())
    if len(unique) < 2:
        return unique  # one node is in order (and finding its path costs)
    return sorted(unique, key=lambda n: doc_path(essay, n))


def _node(essay: Essay, node_id: str) -> Node:
    node = essay.find(node_id)
    if node is None:
        raise TreeError(f"There is no node {node_id!r} in this essay.")
    return node


def _parent(essay: Essay, parent_id: str | None) -> Node | None:
    """The parent named by ``parent_id``; None (the top level) for None."""
    return None if parent_id is None else _node(essay, parent_id)


@dataclass(frozen=True)
class Place(Change):
    """Take the listed nodes out, then put each at (parent, row) in order.

    Rows count positions after all listed nodes have been taken out, and each
    entry sees the ones placed before it.
    """

    entries: tuple[tuple[str, str | None, int], ...]
    label: str = QT_TRANSLATE_NOOP("Change", "Move")

    def apply(self, essay: Essay) -> Change:
        moving = [_node(essay, node_id) for node_id, _, _ in self.entries]
        for node, (_, parent_id, _) in zip(moving, self.entries, strict=True):
            parent = _parent(essay, parent_id)
            reason = placement_error([node], parent)
            inside_moved = parent is not None and any(
                parent is m or m.is_ancestor_of(parent) for m in moving
            )
            if reason is None and inside_moved:
                reason = "A node cannot go inside itself."
            if reason:
                raise TreeError(reason)
        ordered = sorted(moving, key=lambda n: doc_path(essay, n))
        if len(top_most(essay, ordered)) != len(ordered):
            raise TreeError(QT_TRANSLATE_NOOP("TreeError",
                    "A node cannot move together with its own parent."))
        before = [
            (n.id, n.parent.id if n.parent else None, essay.row_of(n)) for n in ordered
        ]
        for node in reversed(ordered):
            essay.detach(node)
        for node, (_, parent_id, row) in zip(moving, self.entries, strict=True):
            essay.attach(node, _parent(essay, parent_id), row)
        return Place(tuple(before), self.label)


@dataclass(frozen=True)
class Insert(Change):
    """Put detached subtrees into the tree at (parent, row), in order."""

    entries: tuple[tuple[str | None, int, Node], ...]
    label: str = QT_TRANSLATE_NOOP("Change", "Insert")

    def apply(self, essay: Essay) -> Change:
        for parent_id, _, node in self.entries:
            reason = placement_error([node], _parent(essay, parent_id))
            if reason:
                raise TreeError(reason)
            if node.parent is not None or any(essay.find(n.id) for n in node.walk()):
                raise TreeError(f"Node {node.id} is already in the essay.")
        for parent_id, row, node in self.entries:
            essay.attach(node, _parent(essay, parent_id), row)
        return Remove(tuple(node.id for _, _, node in self.entries), self.label)


@dataclass(frozen=True)
class Remove(Change):
    """Take subtrees out of the tree; the inverse puts the same nodes back."""

    node_ids: tuple[str, ...]
    label: str = QT_TRANSLATE_NOOP("Change", "Delete")

    def apply(self, essay: Essay) -> Change:
        ordered = top_most(essay, [_node(essay, node_id) for node_id in self.node_ids])
        entries = [
            (n.parent.id if n.parent else None, essay.row_of(n), n) for n in ordered
        ]
        for node in reversed(ordered):
            essay.detach(node)
        return Insert(tuple(entries), self.label)


@dataclass(frozen=True)
class SetFields(Change):
    """Set node fields: (node id, field name, new value) in order."""

    entries: tuple[tuple[str, str, str], ...]
    label: str = QT_TRANSLATE_NOOP("Change", "Edit")
    #: Typing in one field merges into one step; this names the field.
    merge_key: str = field(default="", compare=False)

    def apply(self, essay: Essay) -> Change:
        done: list[tuple[str, str, str]] = []
        try:
            for node_id, name, value in self.entries:
                node = _node(essay, node_id)
                if name == "kind":
                    reason = kind_change_error(node, NodeKind(value))
                    if reason:
                        raise TreeError(reason)
                old = node.kind.value if name == "kind" else str(getattr(node, name))
                essay.set_field(node, name, value)
                done.append((node_id, name, old))
        except (TreeError, ValueError):
            for node_id, name, old in reversed(done):
                essay.set_field(essay.node(node_id), name, old)
            raise
        return SetFields(tuple(reversed(done)), self.label, self.merge_key)


@dataclass(frozen=True)
class SetMeta(Change):
    """Set metadata fields: (name, value) in order."""

    entries: tuple[tuple[str, str], ...]
    label: str = QT_TRANSLATE_NOOP("Change", "Edit Properties")

    def apply(self, essay: Essay) -> Change:
        for name, value in self.entries:  # check all before changing any
            if name not in META_FIELDS:
                raise ValueError(f"unknown metadata field {name!r}")
            if name == "style":
                CitationStyle(value)
            if name == "word_target":
                word_target(value)
            if name == "language" and value not in SPELLING_LANGUAGES:
                raise ValueError(f"unknown spelling language {value!r}")
        meta = essay.meta
        old = [(name, meta.style.value if name == "style" else str(getattr(meta, name)))
               for name, _ in self.entries]
        for name, value in self.entries:
            essay.set_meta(name, value)
        return SetMeta(tuple(reversed(old)), self.label)


@dataclass(frozen=True)
class SetSources(Change):
    """Replace the sources list (sources are immutable values, so the old
    list is the exact inverse)."""

    sources: tuple[Source, ...]
    label: str = QT_TRANSLATE_NOOP("Change", "Edit Sources")

    def apply(self, essay: Essay) -> Change:
        ids = [s.id for s in self.sources]
        if len(set(ids)) != len(ids):
            raise ValueError("two sources have the same id")
        old = tuple(essay.sources)
        essay.set_sources(list(self.sources))
        return SetSources(old, self.label)


@dataclass(frozen=True)
class SetWords(Change):
    """Replace the essay's word list (words spell check accepts in it)."""

    words: tuple[str, ...]
    label: str = QT_TRANSLATE_NOOP("Change", "Add to Essay Word List")

    def apply(self, essay: Essay) -> Change:
        old = essay.meta.words
        essay.set_words(self.words)
        return SetWords(old, self.label)


@dataclass(frozen=True)
class Batch(Change):
    """Several changes as one step; all or nothing."""

    changes: tuple[Change, ...]
    label: str = QT_TRANSLATE_NOOP("Change", "Change")

    def apply(self, essay: Essay) -> Change:
        inverses: list[Change] = []
        try:
            for change in self.changes:
                inverses.append(change.apply(essay))
        except (TreeError, ValueError):
            for inverse in reversed(inverses):
                inverse.apply(essay)
            raise
        return Batch(tuple(reversed(inverses)), self.label)
