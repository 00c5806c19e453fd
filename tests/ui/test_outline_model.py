"""The outline item model: a faithful, live adapter of the core tree.

A QAbstractItemModelTester (fatal mode) watches the model while random
operations, undos and redos run; after every step the model must mirror the
essay exactly. Drops are checked through the real mimeData/dropMimeData path,
legal and illegal, with the core shape compared before and after.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QMimeData, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication

from outliner.core import ops
from outliner.core.changes import Change
from outliner.core.essay import Essay, Node, NodeKind
from outliner.core.rules import TreeError, tree_errors
from outliner.ui.document import Document
from outliner.ui.outline.model import (
    NODE_IDS_MIME,
    DetailRole,
    IsEmptyRole,
    KindRole,
    NodeIdRole,
    OutlineModel,
    display_text,
    encode_node_ids,
)
from tests.support.helpers import K, shape, small_essay

MOVE = Qt.DropAction.MoveAction
Row = tuple[int, str, str, str, str]


def big_essay() -> Essay:
    """Sixteen nodes: intro + thesis, three bodies with quotes and notes, a
    conclusion with a note."""
    return Essay(outline=[
        Node(K.INTRO, "Memory shapes who we are", id="intro",
             children=[Node(K.THESIS, "Ishiguro shows memory as consolation.", id="thesis")]),
        Node(K.BODY, "Kathy clings to Hailsham", id="b1", children=[
            Node(K.QUOTE, "I lost Ruth, then I lost Tommy", cite="286", id="q1"),
            Node(K.NOTE, "memory as refuge", id="n1",
                 children=[Node(K.NOTE, "compare Ruth", id="n1a")]),
            Node(K.NOTE, "the tape Never Let Me Go", id="n2"),
        ]),
        Node(K.BODY, "Hope of deferral", id="b2", children=[
            Node(K.QUOTE, "if two people were truly in love", cite="153", id="q2"),
            Node(K.NOTE, "the gallery rumour", id="n3"),
            Node(K.NOTE, "Madame's reaction", id="n4"),
        ]),
        Node(K.BODY, "Art and souls", id="b3", children=[
            Node(K.QUOTE, "to prove you had souls at all", cite="255", id="q3"),
            Node(K.NOTE, "Tommy's animals", id="n5"),
        ]),
        Node(K.CONCLUSION, "What remains", id="concl",
             children=[Node(K.NOTE, "the fence at Norfolk", id="n6")]),
    ])


def model_rows(model: OutlineModel, parent: QModelIndex | None = None, depth: int = 0) -> list[Row]:
    """Walk the model like a view does: (depth, id, kind, edit text, display)."""
    parent = parent if parent is not None else QModelIndex()
    rows: list[Row] = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        assert index.isValid() and model.parent(index) == parent
        rows.append((depth, index.data(NodeIdRole), index.data(KindRole),
                     index.data(Qt.ItemDataRole.EditRole),
                     index.data(Qt.ItemDataRole.DisplayRole)))
        rows.extend(model_rows(model, index, depth + 1))
    return rows


def essay_rows(essay: Essay) -> list[Row]:
    """The same walk over the core tree."""
    return [(n.depth(), n.id, n.kind.value, n.text, display_text(n)) for n in essay.walk()]


def index_of(model: OutlineModel, node_id: str | None) -> QModelIndex:
    return model.index_for_node(model.essay.node(node_id)) if node_id else QModelIndex()


def drag_data(model: OutlineModel, *node_ids: str) -> QMimeData:
    return model.mimeData([index_of(model, i) for i in node_ids])


def ids_of(nodes: list[Node]) -> list[str]:
    return [n.id for n in nodes]


@pytest.fixture
def model(qapp: QApplication) -> OutlineModel:
    document = Document(big_essay())
    return OutlineModel(document)


# -- adapting the tree ---------------------------------------------------------


def test_model_mirrors_the_essay_and_is_its_listener(model: OutlineModel) -> None:
    assert model.essay.listener is model
    assert model_rows(model) == essay_rows(model.essay)
    assert model.columnCount() == 1
    thesis = index_of(model, "thesis")
    assert model.node_for_index(thesis) is model.essay.node("thesis")
    assert model.parent(thesis) == index_of(model, "intro")
    assert model.node_for_index(QModelIndex()) is None
    assert not model.index_for_node(Node(K.NOTE)).isValid()  # not in the tree


def test_roles_show_quotes_placeholders_and_weights(model: OutlineModel) -> None:
    q1 = index_of(model, "q1")
    assert q1.data() == "“I lost Ruth, then I lost Tommy” (286)"
    assert q1.data(Qt.ItemDataRole.EditRole) == "I lost Ruth, then I lost Tommy"
    assert q1.data(DetailRole) == "(286)"
    assert "Quotation" in q1.data(Qt.ItemDataRole.ToolTipRole)
    assert q1.data(KindRole) == "quote" and q1.data(NodeIdRole) == "q1"
    assert not q1.data(Qt.ItemDataRole.DecorationRole).isNull()
    thesis_font = index_of(model, "thesis").data(Qt.ItemDataRole.FontRole)
    assert isinstance(thesis_font, QFont) and thesis_font.bold()
    body_font = index_of(model, "b1").data(Qt.ItemDataRole.FontRole)
    assert body_font.weight() == QFont.Weight.DemiBold
    assert index_of(model, "n1").data(Qt.ItemDataRole.FontRole) is None

    note = model.essay.node("n2")
    model.document.push(ops.plan_set(model.essay, note, "text", ""))
    empty = index_of(model, "n2")
    assert empty.data() == "(empty note)" and empty.data(IsEmptyRole) is True
    assert empty.data(Qt.ItemDataRole.ForegroundRole) is not None

    body = model.essay.node("b1")
    assert index_of(model, "b1").data(DetailRole) == "unwritten · 17 words of notes"
    model.document.push(ops.plan_set(model.essay, body, "prose", "Kathy holds on to it."))
    assert index_of(model, "b1").data(DetailRole) == "drafted · 5 words"


def test_flags_let_only_containers_take_drops(model: OutlineModel) -> None:
    drop = Qt.ItemFlag.ItemIsDropEnabled
    assert not model.flags(index_of(model, "q1")) & drop
    assert not model.flags(index_of(model, "thesis")) & drop
    assert model.flags(index_of(model, "b1")) & drop
    assert model.flags(QModelIndex()) & drop  # the top level
    flags = model.flags(index_of(model, "n1"))
    assert flags & Qt.ItemFlag.ItemIsEditable and flags & Qt.ItemFlag.ItemIsDragEnabled


def test_set_data_is_one_undoable_step_and_signals_the_row(
    model: OutlineModel, qtbot: object
) -> None:
    index = index_of(model, "n3")
    changed: list[QModelIndex] = []
    model.dataChanged.connect(lambda top, _bottom, _roles: changed.append(top))
    assert model.setData(index, "the gallery, again")
    assert model.essay.node("n3").text == "the gallery, again"
    # The row, and the unwritten paragraph above it (its row counts the notes).
    assert [model.node_for_index(i).id for i in changed] == ["n3", "b2"]
    assert model.document.undo_stack.count() == 1
    assert model.setData(index, "the gallery, again")  # unchanged: no new step
    assert model.document.undo_stack.count() == 1
    model.document.undo_stack.undo()
    assert model.essay.node("n3").text == "the gallery rumour"
    assert index.data(Qt.ItemDataRole.EditRole) == "the gallery rumour"
    assert not model.setData(index, "x", Qt.ItemDataRole.DisplayRole)


def test_set_document_resets_and_detaches_the_old_essay(model: OutlineModel) -> None:
    old = model.essay
    other = Document(small_essay())
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.set_document(other)
    assert resets == [True]
    assert old.listener is None and other.essay.listener is model
    assert model_rows(model) == essay_rows(other.essay)
    # The old essay no longer reaches the model.
    ops.move(old, [old.node("b2")], None, 1)
    assert model_rows(model) == essay_rows(other.essay)


# -- random operations under the model tester ---------------------------------


def _plan(essay: Essay, op: str, picked: list[Node], kind: NodeKind) -> Change | None:
    """The core change an operation plans; TreeError when the rules forbid it."""
    first = picked[0] if picked else None
    if op == "move_up":
        return ops.plan_move_up(essay, picked)
    if op == "move_down":
        return ops.plan_move_down(essay, picked)
    if op == "indent":
        return ops.plan_indent(essay, picked)
    if op == "outdent":
        return ops.plan_outdent(essay, picked)
    if op == "add_child":
        return ops.plan_new_child(essay, first, text="new")[0]
    if op == "add_sibling" and first is not None:
        return ops.plan_new_sibling(essay, first, "sib")[0]
    if op == "delete":
        return ops.plan_delete(essay, picked)
    if op == "kind" and first is not None:
        return ops.plan_set(essay, first, "kind", kind.value)
    return None


PLANNED = {"move_up", "move_down", "indent", "outdent", "add_child", "add_sibling",
           "delete", "kind"}
OPERATIONS = ["move_up", "move_down", "indent", "outdent", "add_child", "add_sibling",
              "delete", "kind", "text", "drop", "undo", "redo"]


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_model_follows_random_operations_undo_and_redo(
    qapp: QApplication, data: st.DataObject
) -> None:
    document = Document(big_essay())
    model = OutlineModel(document)
    tester = QAbstractItemModelTester(
        model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    essay = document.essay
    stack = document.undo_stack
    for _step in range(data.draw(st.integers(1, 25), label="steps")):
        nodes = list(essay.walk())
        op = data.draw(st.sampled_from(OPERATIONS), label="op")
        picked = [nodes[i] for i in data.draw(
            st.lists(st.integers(0, len(nodes) - 1), min_size=1, max_size=3), label="picked")
        ] if nodes else []
        first = picked[0] if picked else None
        before = shape(essay)
        if op == "undo":
            stack.undo()
        elif op == "redo":
            stack.redo()
        elif op in PLANNED:
            kind = data.draw(st.sampled_from(list(NodeKind)), label="kind")
            try:
                document.push(_plan(essay, op, picked, kind))
            except TreeError:
                assert shape(essay) == before  # refused by the rules: nothing changed
        elif op == "text" and first is not None:
            text = data.draw(st.text(max_size=12), label="text")
            model.setData(model.index_for_node(first), text)
        elif op == "drop" and picked:
            targets: list[Node | None] = [None, *nodes]
            target = targets[data.draw(st.integers(0, len(targets) - 1), label="target")]
            row = data.draw(st.integers(-1, len(essay.children_of(target))), label="row")
            mime = model.mimeData([model.index_for_node(n) for n in picked])
            parent = model.index_for_node(target)
            allowed = model.canDropMimeData(mime, MOVE, row, 0, parent)
            dropped = model.dropMimeData(mime, MOVE, row, 0, parent)
            if not allowed:
                assert not dropped and shape(essay) == before
            assert dropped == (shape(essay) != before)
        assert model_rows(model) == essay_rows(essay)
        assert tree_errors(essay.outline) == []
    del tester


# -- moves by drag data -------------------------------------------------------


def _outline(model: OutlineModel) -> list[str]:
    return ids_of(model.essay.outline)


def _children(model: OutlineModel, node_id: str) -> list[str]:
    return ids_of(model.essay.node(node_id).children)


def test_mime_data_names_top_most_nodes_in_document_order(model: OutlineModel) -> None:
    assert model.mimeTypes() == [NODE_IDS_MIME]
    data = drag_data(model, "n3", "b1", "n1a", "q1")  # q1 and n1a sit inside b1
    assert bytes(data.data(NODE_IDS_MIME).data()) == b'["b1", "n3"]'


def test_drop_between_top_rows_moves_a_body_up(model: OutlineModel) -> None:
    before = shape(model.essay)
    data = drag_data(model, "b3")
    assert model.canDropMimeData(data, MOVE, 1, 0, QModelIndex())
    assert model.dropMimeData(data, MOVE, 1, 0, QModelIndex())
    assert _outline(model) == ["intro", "b3", "b1", "b2", "concl"]
    assert len(model.essay) == 16 and model.document.undo_stack.count() == 1
    model.document.undo_stack.undo()
    assert shape(model.essay) == before


def test_drop_moves_across_parents_between_and_onto(model: OutlineModel) -> None:
    # Between: n2 goes into b2 between its quote and its first note.
    assert model.dropMimeData(drag_data(model, "n2"), MOVE, 1, 0, index_of(model, "b2"))
    assert _children(model, "b2") == ["q2", "n2", "n3", "n4"]
    assert _children(model, "b1") == ["q1", "n1"]
    # Onto: row -1 on a node makes the dropped node its last child.
    assert model.dropMimeData(drag_data(model, "q3"), MOVE, -1, 0, index_of(model, "concl"))
    assert _children(model, "concl") == ["n6", "q3"]
    # Onto the empty area below the rows: the end of the top level.
    assert model.dropMimeData(drag_data(model, "b1"), MOVE, -1, 0, QModelIndex())
    assert _outline(model) == ["intro", "b2", "b3", "concl", "b1"]
    assert model_rows(model) == essay_rows(model.essay)


def test_drop_several_nodes_keeps_their_document_order(model: OutlineModel) -> None:
    before = shape(model.essay)
    # Selected in a scrambled order from two parents; they land together, in order.
    data = drag_data(model, "n5", "n2", "q1")
    assert model.dropMimeData(data, MOVE, 1, 0, index_of(model, "b2"))
    assert _children(model, "b2") == ["q2", "q1", "n2", "n5", "n3", "n4"]
    assert _children(model, "b1") == ["n1"] and _children(model, "b3") == ["q3"]
    assert model.document.undo_stack.count() == 1
    model.document.undo_stack.undo()
    assert shape(model.essay) == before
    model.document.undo_stack.redo()
    assert _children(model, "b2") == ["q2", "q1", "n2", "n5", "n3", "n4"]


def test_drop_within_a_parent_counts_rows_as_shown(model: OutlineModel) -> None:
    # Dragging q2 below n4 (row 3 = after the last child, as the view reports it).
    assert model.dropMimeData(drag_data(model, "q2"), MOVE, 3, 0, index_of(model, "b2"))
    assert _children(model, "b2") == ["n3", "n4", "q2"]
    # Dropping a node where it already is changes nothing and records nothing.
    count = model.document.undo_stack.count()
    assert not model.dropMimeData(drag_data(model, "n3"), MOVE, 0, 0, index_of(model, "b2"))
    assert model.document.undo_stack.count() == count


@pytest.mark.parametrize(("dragged", "row", "target", "why"), [
    (["b1"], -1, "q2", "Nothing can go inside a quotation."),
    (["b1"], 1, "b2", "A body paragraph cannot go inside a body paragraph."),
    (["b1"], -1, "n1", "A node cannot go inside itself."),
    (["n1"], 0, "n1a", "A node cannot go inside itself."),
    (["q1"], 2, None, "A quotation cannot go inside the top level."),
    (["thesis", "n3"], -1, "b3", "A thesis cannot go inside a body paragraph."),
])
def test_illegal_drops_are_refused_and_change_nothing(
    model: OutlineModel, dragged: list[str], row: int, target: str | None, why: str
) -> None:
    before = shape(model.essay)
    refusals: list[str] = []
    model.document.refused.connect(refusals.append)
    data = drag_data(model, *dragged)
    parent = index_of(model, target)
    assert not model.canDropMimeData(data, MOVE, row, 0, parent)
    assert not model.dropMimeData(data, MOVE, row, 0, parent)
    assert shape(model.essay) == before
    assert model.document.undo_stack.count() == 0
    assert refusals == [why]


def test_foreign_or_broken_drag_data_is_refused(model: OutlineModel) -> None:
    before = shape(model.essay)
    unknown = encode_node_ids(["not-here"])
    broken = QMimeData()
    broken.setData(NODE_IDS_MIME, b"{not json")
    text = QMimeData()
    text.setText("b1")
    for data in (unknown, broken, text):
        assert not model.canDropMimeData(data, MOVE, 0, 0, QModelIndex())
        assert not model.dropMimeData(data, MOVE, 0, 0, QModelIndex())
    assert shape(model.essay) == before


def test_the_model_has_no_row_removal_for_a_drag_to_reach(model: OutlineModel) -> None:
    # A view ending a move drag calls removeRows on the dragged rows; the real
    # nodes have already moved, so the model must not remove anything.
    before = shape(model.essay)
    assert not model.removeRows(0, 1, QModelIndex())
    assert not model.removeRows(0, 1, QPersistentModelIndex(index_of(model, "b1")))
    assert shape(model.essay) == before


def test_drag_data_from_another_essay_with_the_same_ids_is_refused(
    model: OutlineModel,
) -> None:
    # The same file opened twice: equal ids, different essays.
    twin = OutlineModel(Document(big_essay()))
    data = twin.mimeData([twin.index_for_node(twin.essay.node("b3"))])
    before = shape(model.essay)
    assert not model.canDropMimeData(data, MOVE, 1, 0, QModelIndex())
    assert not model.dropMimeData(data, MOVE, 1, 0, QModelIndex())
    assert shape(model.essay) == before and shape(twin.essay) == before
    assert twin.canDropMimeData(data, MOVE, 1, 0, QModelIndex())
