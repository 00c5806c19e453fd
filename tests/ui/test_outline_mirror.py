"""The mirror: Qt items that stay a faithful copy of the core tree.

The items themselves are read here (not the model's answers, which come
partly from the core node): ids, order, depth, the stored line, icon key and
flags must equal what the core tree says after any sequence of edits, undos
and redos, with Qt's QAbstractItemModelTester watching every signal. Reused
items (a move, an undo of a delete) and dropped ones (more detached subtrees
than are kept) are driven on purpose.
"""

from __future__ import annotations

import contextlib

import pytest
import shiboken6
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QStandardItem
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from outliner.core import ops
from outliner.core.essay import Essay, Node, NodeKind
from outliner.core.rules import TreeError
from outliner.ui.document import Document
from outliner.ui.outline import mirror
from outliner.ui.outline.model import OutlineModel
from outliner.ui.outline.pane import OutlinePane
from outliner.ui.outline.rows import LookRole, NodeIdRole, display_text, look_key, row_flags
from tests.ui.test_outline_model import big_essay

ItemRow = tuple[int, str, str, str, int]


def item_rows(item: QStandardItem, depth: int = 0) -> list[ItemRow]:
    """What the items hold: (depth, id, stored line, look key, flags)."""
    rows: list[ItemRow] = []
    for row in range(item.rowCount()):
        child = item.child(row)
        assert child is not None
        rows.append((depth, child.data(NodeIdRole), child.data(Qt.ItemDataRole.DisplayRole),
                     child.data(LookRole), int(child.flags().value)))
        rows.extend(item_rows(child, depth + 1))
    return rows


def core_rows(essay: Essay) -> list[ItemRow]:
    """The same, from the core tree."""
    return [(n.depth(), n.id, display_text(n), look_key(n), int(row_flags(n).value))
            for n in essay.walk()]


def assert_mirrors(model: OutlineModel) -> None:
    assert item_rows(model.invisibleRootItem()) == core_rows(model.essay)
    for node in model.essay.walk():  # every node's index leads back to it
        index = model.index_for_node(node)
        assert model.node_for_index(index) is node
        assert index.data(Qt.ItemDataRole.EditRole) == node.text


OPS = ["move_up", "move_down", "indent", "outdent", "new_child", "new_sibling", "delete",
       "kind", "text", "prose", "cite", "undo", "redo", "drop"]


def _apply(model: OutlineModel, op: str, picked: list[Node], data: st.DataObject) -> None:
    essay, document = model.essay, model.document
    first = picked[0]
    planners = {
        "move_up": lambda: ops.plan_move_up(essay, picked),
        "move_down": lambda: ops.plan_move_down(essay, picked),
        "indent": lambda: ops.plan_indent(essay, picked),
        "outdent": lambda: ops.plan_outdent(essay, picked),
        "new_child": lambda: ops.plan_new_child(essay, first, text="new")[0],
        "new_sibling": lambda: ops.plan_new_sibling(essay, first, "sib")[0],
        "delete": lambda: ops.plan_delete(essay, picked),
        "kind": lambda: ops.plan_set(essay, first, "kind", data.draw(
            st.sampled_from(list(NodeKind)), label="kind").value),
        "text": lambda: ops.plan_set(essay, first, "text", data.draw(
            st.text(max_size=8), label="text")),
        "prose": lambda: ops.plan_set(essay, first, "prose", data.draw(
            st.sampled_from(["", "Some prose here."]), label="prose")),
        "cite": lambda: ops.plan_set(essay, first, "cite", data.draw(
            st.sampled_from(["", "12"]), label="cite")),
    }
    if op == "undo":
        document.undo_stack.undo()
    elif op == "redo":
        document.undo_stack.redo()
    elif op == "drop":
        targets: list[Node | None] = [None, *essay.walk()]
        target = targets[data.draw(st.integers(0, len(targets) - 1), label="target")]
        row = data.draw(st.integers(-1, len(essay.children_of(target))), label="row")
        mime = model.mimeData([model.index_for_node(n) for n in picked])
        model.dropMimeData(mime, Qt.DropAction.MoveAction, row, 0, model.index_for_node(target))
    else:
        # A refusal by the rules changes nothing (the model tests check that).
        with contextlib.suppress(TreeError):
            document.push(planners[op]())


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data(), kept=st.sampled_from([0, 1, 256]))
def test_items_equal_the_core_tree_after_any_edits_undos_and_redos(
    qapp: QApplication, data: st.DataObject, kept: int, monkeypatch: pytest.MonkeyPatch,
) -> None:
    # kept=0 and 1 drop reused items early, so both paths (reuse, rebuild) run.
    monkeypatch.setattr(mirror, "KEPT_DETACHED", kept)
    model = OutlineModel(Document(big_essay()))
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    for _step in range(data.draw(st.integers(1, 30), label="steps")):
        nodes = list(model.essay.walk())
        if not nodes:
            break
        picked = [nodes[i] for i in data.draw(
            st.lists(st.integers(0, len(nodes) - 1), min_size=1, max_size=3), label="picked")]
        _apply(model, data.draw(st.sampled_from(OPS), label="op"), picked, data)
        assert_mirrors(model)
    # Undo everything: the items are back to the opening tree.
    while model.document.undo_stack.canUndo():
        model.document.undo_stack.undo()
    assert item_rows(model.invisibleRootItem()) == core_rows(big_essay())
    del tester


def test_a_move_reinserts_the_same_items(qapp: QApplication) -> None:
    model = OutlineModel(Document(big_essay()))
    item = model.itemFromIndex(model.index_for_node(model.essay.node("b2")))
    model.document.push(ops.plan_move_up(model.essay, [model.essay.node("b2")]))
    assert model.itemFromIndex(model.index_for_node(model.essay.node("b2"))) is item
    model.document.undo_stack.undo()
    assert model.itemFromIndex(model.index_for_node(model.essay.node("b2"))) is item
    assert_mirrors(model)


def test_a_field_change_while_detached_shows_on_reattach(qapp: QApplication) -> None:
    essay = big_essay()
    model = OutlineModel(Document(essay))
    note = essay.node("n3")
    parent, row = essay.detach(note)
    essay.set_field(note, "text", "changed while out")
    essay.set_field(note, "kind", NodeKind.QUOTE.value)
    essay.attach(note, parent, row)
    assert_mirrors(model)


def test_a_field_change_signals_its_row_once(qapp: QApplication) -> None:
    model = OutlineModel(Document(big_essay()))
    changed: list[str] = []
    model.dataChanged.connect(lambda top, _bottom, _roles: changed.append(
        model.node_for_index(top).id))
    # Kind and text at once change line, icon, font and flags: still one signal.
    model.essay.set_field(model.essay.node("n3"), "kind", NodeKind.QUOTE.value)
    # ... and one for the unwritten paragraph above it, whose row counts its notes.
    assert changed == ["n3", "b2"]


def test_set_document_drops_the_old_items(qapp: QApplication) -> None:
    model = OutlineModel(Document(big_essay()))
    model.document.push(ops.plan_delete(model.essay, [model.essay.node("b1")]))
    other = Document(Essay(outline=[Node(NodeKind.BODY, "alone", id="solo")]))
    model.set_document(other)
    assert item_rows(model.invisibleRootItem()) == core_rows(other.essay)
    assert not model.index_for_node(Node(NodeKind.NOTE)).isValid()
    assert model.index(0, 0, QModelIndex()).data(NodeIdRole) == "solo"


def test_no_filter_means_no_walk_over_the_rows(qtbot: QtBot,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    pane = OutlinePane(Document(big_essay()))
    qtbot.addWidget(pane)
    hidden_calls: list[int] = []
    original = pane.view.setRowHidden
    monkeypatch.setattr(pane.view, "setRowHidden", lambda row, parent, hide: (
        hidden_calls.append(row), original(row, parent, hide)))
    pane.apply_filter()
    assert hidden_calls == []  # nothing is hidden, nothing to show again
    pane.open_filter()
    pane.filter_edit.setText("hope")
    model, view = pane.view.outline_model, pane.view
    assert view.isRowHidden(0, QModelIndex())  # the intro does not match
    pane.close_filter()
    assert hidden_calls  # closing the filter shows the hidden rows again
    assert not any(view.isRowHidden(model.index_for_node(n).row(),
                                    model.index_for_node(n.parent))
                   for n in model.essay.walk())


def test_kept_items_are_freed_when_dropped_or_when_the_model_goes(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(mirror, "KEPT_DETACHED", 1)
    model = OutlineModel(Document(big_essay()))
    essay = model.essay

    def deleted_item(node_id: str) -> QStandardItem:
        item = model.itemFromIndex(model.index_for_node(essay.node(node_id)))
        model.document.push(ops.plan_delete(essay, [essay.node(node_id)]))
        return item

    first, second = deleted_item("n3"), deleted_item("n4")
    assert not shiboken6.isValid(first)  # one kept: the older one was freed
    assert shiboken6.isValid(second)
    shiboken6.delete(model)
    assert not shiboken6.isValid(second)
    assert essay.listener is None


def test_new_items_hold_exactly_the_roles_of_their_look(qapp: QApplication) -> None:
    # Built in one go (make_items) and restyled in place (_set_look): the same roles.
    for kind in NodeKind:
        for prose in ("", "Written out."):
            node = Node(kind, f"{kind.value} line", prose=prose)
            made: dict[str, QStandardItem] = {}
            built = mirror.make_items(node, made)
            restyled = QStandardItem(display_text(node))
            restyled.setData(node.id, NodeIdRole)
            mirror._set_look(restyled, mirror.row_look(node))
            assert made == {node.id: built}
            for role in (Qt.ItemDataRole.DisplayRole, NodeIdRole, LookRole,
                         Qt.ItemDataRole.FontRole):
                assert built.data(role) == restyled.data(role), (kind, role)
            icon, expected = (item.data(Qt.ItemDataRole.DecorationRole)
                              for item in (built, restyled))
            assert icon.cacheKey() == expected.cacheKey()
            assert built.flags() == restyled.flags() == mirror.row_look(node).flags
