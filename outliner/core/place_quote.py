"""Where a quotation taken from a book goes: next to what the writer has
selected, as the rule book allows.

After a selected quotation or note (in the same paragraph); inside a
selected paragraph, section or note-holding kind, at its end; after a
thesis (in its introduction). With nothing selected, at the end of the
first body paragraph. Everything is asked of ``core.rules``; a place it
refuses raises TreeError and nothing changes.
"""

from __future__ import annotations

from outliner.core.changes import Change
from outliner.core.essay import Essay, Node, NodeKind
from outliner.core.ops import plan_insert
from outliner.core.rules import TreeError, can_contain
from outliner.core.translatable import QT_TRANSLATE_NOOP

K = NodeKind
#: The step's name in the undo history.
INSERT_QUOTATION = QT_TRANSLATE_NOOP("Change", "Insert Quotation")
#: Kinds after which a new quotation is the next sibling, not a child.
_BESIDE = frozenset({K.QUOTE, K.NOTE, K.THESIS})


def quotation_place(essay: Essay, current: Node | None) -> tuple[Node | None, int]:
    """The (parent, row) a new quotation takes near ``current``; row -1
    is the end. TreeError when no place near it may hold one."""
    if current is None:
        body = next((n for n in essay.walk() if n.kind is K.BODY), None)
        if body is None:
            raise TreeError(QT_TRANSLATE_NOOP(
                "TreeError", "Select the paragraph the quotation goes in."))
        return body, -1
    parent = current.parent
    parent_kind = parent.kind if parent is not None else None
    if current.kind in _BESIDE and can_contain(parent_kind, K.QUOTE):
        return parent, essay.row_of(current) + 1
    if can_contain(current.kind, K.QUOTE):
        return current, -1
    raise TreeError(QT_TRANSLATE_NOOP(
        "TreeError", "Select the paragraph the quotation goes in."))


def plan_quotation(essay: Essay, current: Node | None, text: str, cite: str,
                   source_id: str = "") -> tuple[Change, Node]:
    """A new quotation of ``text`` cited ``cite`` near ``current``, citing
    ``source_id`` (empty: the essay's first source), and the node made."""
    parent, row = quotation_place(essay, current)
    node = Node(kind=K.QUOTE, text=text, cite=cite, source=source_id)
    return plan_insert(essay, node, parent, row, INSERT_QUOTATION), node


__all__ = ["INSERT_QUOTATION", "plan_quotation", "quotation_place"]
