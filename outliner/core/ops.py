"""Tree operations: each plans a ``Change`` that obeys the rule book.

``plan_*`` functions look at the essay and return the change to make (or None
when there is nothing to do); they raise ``TreeError`` with a reason a person
can read when the rules forbid it. The short-named functions (``move``,
``indent`` ...) plan and apply in one go and return the inverse, the change
that undoes them exactly. The window pushes planned changes onto its undo
stack; scripts and tests call the short forms.
"""

from __future__ import annotations

from collections.abc import Sequence

from outliner.core.changes import (
    Change,
    Insert,
    Place,
    Remove,
    SetFields,
    top_most,
)
from outliner.core.essay import Essay, Node, NodeKind
from outliner.core.rules import (
    TreeError,
    allowed_kinds_at,
    kind_change_error,
    placement_error,
)
from outliner.core.translatable import QT_TRANSLATE_NOOP, Filled

#: What each step is called in the undo history (the window translates).
_MOVE = QT_TRANSLATE_NOOP("Change", "Move")
_MOVE_UP = QT_TRANSLATE_NOOP("Change", "Move Up")
_MOVE_DOWN = QT_TRANSLATE_NOOP("Change", "Move Down")
_INDENT = QT_TRANSLATE_NOOP("Change", "Indent")
_OUTDENT = QT_TRANSLATE_NOOP("Change", "Outdent")
_INSERT = QT_TRANSLATE_NOOP("Change", "Insert")
_ADD = QT_TRANSLATE_NOOP("Change", "Add")
_ADD_CHILD = QT_TRANSLATE_NOOP("Change", "Add Child")
_DELETE = QT_TRANSLATE_NOOP("Change", "Delete")


def _same_parent(essay: Essay, nodes: Sequence[Node]) -> list[Node]:
    chosen = top_most(essay, nodes)
    if not chosen:
        raise TreeError(QT_TRANSLATE_NOOP("TreeError", "Nothing is selected."))
    if any(n.parent is not chosen[0].parent for n in chosen):
        raise TreeError(QT_TRANSLATE_NOOP("TreeError",
            "Select nodes that share one parent to move them together."))
    return chosen


def _pid(node: Node | None) -> str | None:
    return node.id if node is not None else None


def _place_block(
    essay: Essay, nodes: list[Node], parent: Node | None, row: int, label: str
) -> Change | None:
    """Place ``nodes`` together at ``row`` (a position after their removal)."""
    reason = placement_error(nodes, parent)
    if reason:
        raise TreeError(reason)
    current = essay.children_of(parent)
    # The few moving nodes come out by identity (list.remove compares in C):
    # the list can hold thousands of siblings.
    remaining = list(current)
    for node in {id(n): n for n in nodes}.values():
        if node.parent is parent and node in essay:
            remaining.remove(node)
    row = max(0, min(row, len(remaining)))
    if remaining[:row] + nodes + remaining[row:] == current:
        return None  # already there
    entries = tuple((n.id, _pid(parent), row + i) for i, n in enumerate(nodes))
    return Place(entries, label)


def plan_move(
    essay: Essay, nodes: Sequence[Node], parent: Node | None, row: int, label: str = _MOVE
) -> Change | None:
    """Move nodes to ``row`` of ``parent``; ``row`` counts the list as it is now
    (as a drop position does), -1 meaning the end."""
    chosen = top_most(essay, nodes)
    if not chosen:
        raise TreeError(QT_TRANSLATE_NOOP("TreeError", "Nothing to move."))
    current = essay.children_of(parent)
    if row < 0:
        row = len(current)
    before = sum(1 for n in chosen
                 if n.parent is parent and n in essay and essay.row_of(n) < row)
    return _place_block(essay, chosen, parent, row - before, label)


def plan_move_up(essay: Essay, nodes: Sequence[Node]) -> Change | None:
    """Move the selection one place up; at the top of its list, out of it."""
    return _plan_step(essay, nodes, -1)


def plan_move_down(essay: Essay, nodes: Sequence[Node]) -> Change | None:
    """Move the selection one place down; at the end of its list, out of it."""
    return _plan_step(essay, nodes, +1)


def _plan_step(essay: Essay, nodes: Sequence[Node], step: int) -> Change | None:
    chosen = _same_parent(essay, nodes)
    parent = chosen[0].parent
    siblings = essay.children_of(parent)
    rows = [essay.row_of(n) for n in chosen]
    label = _MOVE_UP if step < 0 else _MOVE_DOWN
    at_edge = rows[0] == 0 if step < 0 else rows[-1] == len(siblings) - 1
    if at_edge:
        if parent is None:
            first = QT_TRANSLATE_NOOP("TreeError", "Already first in the outline.")
            last = QT_TRANSLATE_NOOP("TreeError", "Already last in the outline.")
            raise TreeError(first if step < 0 else last)
        grand = parent.parent
        parent_row = essay.row_of(parent)
        return _place_block(
            essay, chosen, grand, parent_row + (0 if step < 0 else 1), label
        )
    # Jump the block over the neighbouring unselected sibling.
    target = rows[0] - 1 if step < 0 else rows[-1] + 2
    return plan_move(essay, chosen, parent, target, label)



def plan_indent(essay: Essay, nodes: Sequence[Node]) -> Change | None:
    """Make the selection children of the sibling just above it."""
    chosen = _same_parent(essay, nodes)
    siblings = essay.siblings(chosen[0])
    first_row = essay.row_of(chosen[0])
    if first_row == 0:
        raise TreeError(QT_TRANSLATE_NOOP("TreeError", "There is nothing above to indent under."))
    new_parent = siblings[first_row - 1]
    change = _place_block(
        essay, chosen, new_parent, len(new_parent.children), _INDENT
    )
    return change


def plan_outdent(essay: Essay, nodes: Sequence[Node]) -> Change | None:
    """Make the selection siblings of its parent, just after it."""
    chosen = _same_parent(essay, nodes)
    parent = chosen[0].parent
    if parent is None:
        raise TreeError(QT_TRANSLATE_NOOP("TreeError", "Already at the top level."))
    return _place_block(
        essay, chosen, parent.parent, essay.row_of(parent) + 1, _OUTDENT
    )


def plan_insert(
    essay: Essay, node: Node, parent: Node | None, row: int, label: str = _INSERT
) -> Change:
    """Insert a detached subtree at ``row`` of ``parent`` (-1: the end)."""
    reason = placement_error([node], parent)
    if reason:
        raise TreeError(reason)
    if row < 0:
        row = len(essay.children_of(parent))
    return Insert(((_pid(parent), row, node),), label)


def default_child_kind(parent: Node | None) -> NodeKind:
    """The kind a new child of ``parent`` most likely wants."""
    allowed = allowed_kinds_at(parent)
    if not allowed:
        kind = parent.kind.value if parent is not None else "top level"
        raise TreeError(Filled(
            "TreeError", QT_TRANSLATE_NOOP("TreeError", "A {kind} cannot hold anything."),
            kind=kind))
    for preferred in (NodeKind.NOTE, NodeKind.BODY):
        if preferred in allowed:
            return preferred
    return allowed[0]


def plan_new_sibling(essay: Essay, node: Node, text: str = "") -> tuple[Change, Node]:
    """A new node of the same kind right after ``node``."""
    new = Node(kind=node.kind, text=text)
    return plan_insert(essay, new, node.parent, essay.row_of(node) + 1, _ADD), new


def plan_new_child(
    essay: Essay, parent: Node | None, kind: NodeKind | None = None, text: str = ""
) -> tuple[Change, Node]:
    """A new last child of ``parent``, of ``kind`` or the likely kind."""
    new = Node(kind=kind or default_child_kind(parent), text=text)
    return plan_insert(essay, new, parent, -1, _ADD_CHILD), new


def plan_delete(essay: Essay, nodes: Sequence[Node]) -> Change | None:
    """Remove the nodes (with what they hold)."""
    chosen = top_most(essay, nodes)
    if not chosen:
        return None
    return Remove(tuple(n.id for n in chosen), _DELETE)

#: What an edit of each field is called in the undo history.
_SET_LABELS = {"kind": QT_TRANSLATE_NOOP("Change", "Change Kind"),
               "text": QT_TRANSLATE_NOOP("Change", "Edit Text"),
               "cite": QT_TRANSLATE_NOOP("Change", "Edit Cite"),
               "prose": QT_TRANSLATE_NOOP("Change", "Edit Prose")}


def plan_set(
    essay: Essay, node: Node, name: str, value: str, merge: bool = False
) -> Change | None:
    """Set one field (text, cite, prose or kind) of one node."""
    current = node.kind.value if name == "kind" else getattr(node, name)
    if current == value:
        return None
    if name == "kind":
        reason = kind_change_error(node, NodeKind(value))
        if reason:
            raise TreeError(reason)
    label = _SET_LABELS.get(name) or f"Edit {name.capitalize()}"
    key = f"{node.id}:{name}" if merge else ""
    return SetFields(((node.id, name, value),), label, key)


def _run(change: Change | None, essay: Essay) -> Change | None:
    return change.apply(essay) if change is not None else None


def move(essay: Essay, nodes: Sequence[Node], parent: Node | None, row: int) -> Change | None:
    """Move and return the inverse (None when nothing moved)."""
    return _run(plan_move(essay, nodes, parent, row), essay)


def move_up(essay: Essay, nodes: Sequence[Node]) -> Change | None:
    """Move up and return the inverse."""
    return _run(plan_move_up(essay, nodes), essay)


def move_down(essay: Essay, nodes: Sequence[Node]) -> Change | None:
    """Move down and return the inverse."""
    return _run(plan_move_down(essay, nodes), essay)


def indent(essay: Essay, nodes: Sequence[Node]) -> Change | None:
    """Indent and return the inverse."""
    return _run(plan_indent(essay, nodes), essay)


def outdent(essay: Essay, nodes: Sequence[Node]) -> Change | None:
    """Outdent and return the inverse."""
    return _run(plan_outdent(essay, nodes), essay)


def insert(essay: Essay, node: Node, parent: Node | None, row: int) -> Change:
    """Insert and return the inverse."""
    return plan_insert(essay, node, parent, row).apply(essay)


def delete(essay: Essay, nodes: Sequence[Node]) -> Change | None:
    """Delete and return the inverse."""
    return _run(plan_delete(essay, nodes), essay)


def set_field(essay: Essay, node: Node, name: str, value: str) -> Change | None:
    """Set a field and return the inverse."""
    return _run(plan_set(essay, node, name, value), essay)
