"""Tree operations: rules obeyed, ids stable, nothing lost, undo exact."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from outliner.core import ops
from outliner.core.changes import Change
from outliner.core.essay import Essay, Node, NodeKind
from outliner.core.rules import TreeError, can_contain, tree_errors
from tests.support.helpers import K, shape, small_essay


def test_rules_of_placement() -> None:
    assert can_contain(None, K.THESIS)
    assert can_contain(K.INTRO, K.THESIS)
    assert not can_contain(K.BODY, K.THESIS)
    assert can_contain(K.BODY, K.QUOTE) and can_contain(K.NOTE, K.NOTE)
    assert not any(can_contain(K.QUOTE, kind) for kind in NodeKind)
    assert not can_contain(None, K.QUOTE)


def test_move_body_above_body_and_undo() -> None:
    essay = small_essay()
    before = shape(essay)
    inverse = ops.move(essay, [essay.node("b2")], None, 1)
    assert [n.id for n in essay.outline] == ["intro", "b2", "b1", "concl"]
    assert inverse is not None
    redo = inverse.apply(essay)
    assert shape(essay) == before
    redo.apply(essay)
    assert [n.id for n in essay.outline] == ["intro", "b2", "b1", "concl"]


def test_body_into_quote_is_refused_and_nothing_changes() -> None:
    essay = small_essay()
    before = shape(essay)
    with pytest.raises(TreeError, match="inside a quotation"):
        ops.move(essay, [essay.node("b2")], essay.node("q1"), 0)
    assert shape(essay) == before


def test_node_into_own_subtree_is_refused() -> None:
    essay = small_essay()
    before = shape(essay)
    with pytest.raises(TreeError, match="inside itself"):
        ops.move(essay, [essay.node("n1")], essay.node("n1a"), 0)
    assert shape(essay) == before


def test_move_up_at_the_edge_outdents() -> None:
    essay = small_essay()
    ops.move_up(essay, [essay.node("n2")])
    assert [n.id for n in essay.node("b2").children] == ["n2", "q2"]
    ops.move_up(essay, [essay.node("n1a")])  # first child of n1: leaves it
    n1a = essay.node("n1a")
    assert n1a.parent is essay.node("b1") and essay.row_of(n1a) == 1


def test_move_up_at_the_edge_refused_by_rules() -> None:
    essay = small_essay()
    with pytest.raises(TreeError):
        ops.move_up(essay, [essay.node("q1")])  # a quote cannot sit at top level


def test_indent_and_outdent() -> None:
    essay = small_essay()
    # n2's sibling above is a quote, which holds nothing
    with pytest.raises(TreeError):
        ops.indent(essay, [essay.node("n2")])
    ops.outdent(essay, [essay.node("n1a")])
    assert essay.node("n1a").parent is essay.node("b1")
    assert essay.row_of(essay.node("n1a")) == 2
    ops.indent(essay, [essay.node("n1a")])
    assert essay.node("n1a").parent is essay.node("n1")


def test_kind_change_checks_children_and_place() -> None:
    essay = small_essay()
    with pytest.raises(TreeError):
        ops.set_field(essay, essay.node("b1"), "kind", "quote")
    inverse = ops.set_field(essay, essay.node("b1"), "kind", "section")
    assert essay.node("b1").kind is K.SECTION
    assert inverse is not None
    inverse.apply(essay)
    assert essay.node("b1").kind is K.BODY


def test_delete_and_undo_restore_same_objects() -> None:
    essay = small_essay()
    node = essay.node("b1")
    before = shape(essay)
    inverse = ops.delete(essay, [node, essay.node("q1"), essay.node("n2")])
    assert essay.find("b1") is None and essay.find("q1") is None
    assert inverse is not None
    inverse.apply(essay)
    assert shape(essay) == before
    assert essay.node("b1") is node


def test_duplicate_ids_refused() -> None:
    essay = small_essay()
    with pytest.raises(TreeError):
        ops.insert(essay, Node(K.BODY, "dup", id="b1"), None, 0)
    assert len([n for n in essay.walk() if n.id == "b1"]) == 1


# -- property test: any sequence of operations, then undo all, redo all ------

OPS = ["move", "up", "down", "indent", "outdent", "insert", "delete", "kind", "text"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(OPS), st.integers(0, 10_000),
                          st.integers(0, 10_000), st.sampled_from(list(NodeKind))),
                max_size=25))
def test_random_operations_keep_rules_and_undo_exactly(
    steps: list[tuple[str, int, int, NodeKind]],
) -> None:
    essay = small_essay()
    history: list[tuple[list[tuple[int, str, str, str, str, str]], Change]] = []
    for op, a, b, kind in steps:
        nodes = list(essay.walk())
        before = shape(essay)
        ids_before = {n.id for n in nodes}
        node = nodes[a % len(nodes)] if nodes else None
        target = nodes[b % len(nodes)] if nodes and b % 3 else None
        try:
            if node is None:
                op = "insert"
                inverse = ops.insert(essay, Node(K.BODY, "new"), None, 0)
            elif op == "move":
                rows = len(essay.children_of(target))
                inverse = ops.move(essay, [node], target, b % (rows + 1))
            elif op == "up":
                inverse = ops.move_up(essay, [node])
            elif op == "down":
                inverse = ops.move_down(essay, [node])
            elif op == "indent":
                inverse = ops.indent(essay, [node])
            elif op == "outdent":
                inverse = ops.outdent(essay, [node])
            elif op == "insert":
                inverse = ops.insert(essay, Node(kind, f"new {a}"), target, b)
            elif op == "delete":
                inverse = ops.delete(essay, [node])
            elif op == "kind":
                inverse = ops.set_field(essay, node, "kind", kind.value)
            else:
                inverse = ops.set_field(essay, node, "text", f"edited {b}")
        except TreeError:
            assert shape(essay) == before  # refused: nothing changed
            continue
        assert tree_errors(essay.outline) == []
        if op in {"move", "up", "down", "indent", "outdent", "kind", "text"}:
            assert {n.id for n in essay.walk()} == ids_before  # nothing lost or doubled
        if inverse is not None:
            history.append((before, inverse))
    # Undo everything, checking each intermediate state, then redo it all.
    final = shape(essay)
    redos: list[Change] = []
    for before, inverse in reversed(history):
        redos.append(inverse.apply(essay))
        assert shape(essay) == before
    for redo in reversed(redos):
        redo.apply(essay)
    assert shape(essay) == final


def test_essay_rejects_duplicate_ids_on_build() -> None:
    with pytest.raises(ValueError):
        Essay(outline=[Node(K.BODY, id="x"), Node(K.BODY, id="x")])
