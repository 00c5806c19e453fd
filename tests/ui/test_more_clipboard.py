"""More of Edit > Cut, Copy, Paste: the text fields keep their own text
clipboard, refusals say why, OPML from other programs, and copy-paste of any
subtree after any node undone back to the exact essay."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QByteArray, QMimeData
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from outliner.core.essay import Node, NodeKind
from outliner.io.clipboard import NODES_MIME, OPML_MIME
from outliner.ui import MainWindow
from outliner.ui.clipboard import clipboard_nodes
from tests.support.helpers import shape
from tests.ui.test_clipboard import window

__all__ = ["window"]  # the fixture, shared with the clipboard tests

K = NodeKind

OPML = """<?xml version="1.0" encoding="utf-8"?>
<opml version="2.0"><head><title>Notes</title></head><body>
  <outline text="the tape at Norfolk">
    <outline text="lost and found"/>
  </outline>
  <outline text="the boat on the marsh"/>
</body></opml>"""


@pytest.fixture(autouse=True)
def _empty_clipboard_after() -> Iterator[None]:
    """Offscreen, a process that ends with QMimeData on the clipboard crashes
    in Qt's teardown (see test_clipboard.py): each test leaves it empty."""
    yield
    QGuiApplication.clipboard().clear()


def select(window: MainWindow, *ids: str) -> None:
    window.view.select_nodes([window.document.essay.node(i) for i in ids])


def act(window: MainWindow, name: str) -> None:
    window.actions_by_name[name].trigger()


def focus(qtbot: QtBot, widget: QWidget) -> None:
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def put(data: QMimeData) -> None:
    QGuiApplication.clipboard().setMimeData(data)


def refusals(window: MainWindow) -> list[str]:
    said: list[str] = []
    window.document.refused.connect(said.append)
    return said


# -- the text fields keep their own clipboard -----------------------------------------


def test_cut_in_a_text_field_cuts_its_text_not_the_node(
        window: MainWindow, qtbot: QtBot) -> None:
    essay = window.document.essay
    select(window, "b1")
    edit = window.editor.text_edit
    focus(qtbot, edit)
    edit.selectAll()
    before = shape(essay)
    act(window, "cut")
    assert QApplication.clipboard().text() == "First claim"
    assert edit.toPlainText() == ""
    data = QGuiApplication.clipboard().mimeData()
    assert data is not None and not data.hasFormat(NODES_MIME)
    # The node is still there; only the field's text went (through the editor).
    assert essay.find("b1") is not None
    assert [n.id for n in essay.walk()] == [row[1] for row in before]


def test_paste_in_a_text_field_pastes_text_and_adds_no_node(
        window: MainWindow, qtbot: QtBot) -> None:
    essay = window.document.essay
    count = len(essay)
    QApplication.clipboard().setText("Kathy's tape")
    select(window, "b1")
    edit = window.editor.text_edit
    focus(qtbot, edit)
    edit.selectAll()
    act(window, "paste")
    assert edit.toPlainText() == "Kathy's tape"
    assert len(essay) == count
    qtbot.waitUntil(lambda: essay.node("b1").text == "Kathy's tape")


def test_paste_as_child_from_a_text_field_still_adds_nodes(
        window: MainWindow, qtbot: QtBot) -> None:
    essay = window.document.essay
    QApplication.clipboard().setText("- a new note")
    select(window, "b1")
    edit = window.editor.text_edit
    focus(qtbot, edit)
    act(window, "paste_child")  # the fields have no "as child": it goes to the outline
    pasted = essay.node("b1").children[-1]
    assert pasted.text == "a new note" and pasted.kind is K.NOTE
    assert essay.node("b1").text == "First claim"  # the field's own text is untouched
    assert window.view.selected_nodes() == [pasted]
    assert window.editor.node is pasted and edit.toPlainText() == "a new note"


# -- refusals -----------------------------------------------------------------------


def test_copy_with_nothing_selected_says_what_to_do(window: MainWindow) -> None:
    said = refusals(window)
    window.view.clearSelection()
    window.view.setFocus()
    QApplication.clipboard().setText("kept")
    act(window, "copy")
    assert said == ["Select the nodes to copy."]
    assert QApplication.clipboard().text() == "kept"  # the clipboard is untouched
    act(window, "cut")  # nothing to cut either, and nothing changes
    assert window.document.undo_stack.count() == 0


@pytest.mark.parametrize("text", ["", "   \n\t  "])
def test_a_clipboard_with_nothing_usable_is_refused(window: MainWindow, text: str) -> None:
    said = refusals(window)
    data = QMimeData()
    data.setText(text)
    data.setData("image/png", QByteArray(b"\x89PNG\r\n\x1a\n"))
    put(data)
    before = shape(window.document.essay)
    select(window, "n2")
    window.view.setFocus()
    act(window, "paste")
    assert said == ["The clipboard holds nothing that can become part of the outline."]
    assert shape(window.document.essay) == before
    assert window.document.undo_stack.count() == 0


# -- OPML from another program --------------------------------------------------


def test_opml_becomes_notes_with_their_nesting(window: MainWindow) -> None:
    data = QMimeData()
    data.setData(OPML_MIME, QByteArray(OPML.encode("utf-8")))
    data.setText("plain text that is not used")  # the richer flavour wins
    put(data)
    essay = window.document.essay
    before = shape(essay)
    select(window, "n2")
    window.view.setFocus()
    act(window, "paste")
    body = essay.node("b2")
    assert [c.text for c in body.children] == [
        "another quotation", "second note", "the tape at Norfolk", "the boat on the marsh"]
    assert [c.text for c in body.children[2].children] == ["lost and found"]
    assert all(n.kind is K.NOTE for c in body.children[2:] for n in c.walk())
    assert [n.text for n in window.view.selected_nodes()] == [
        "the tape at Norfolk", "the boat on the marsh"]
    window.document.undo_stack.undo()
    assert shape(essay) == before


def test_opml_flavour_is_read_without_its_app_data(qapp: QApplication) -> None:
    data = QMimeData()
    data.setData(OPML_MIME, QByteArray(OPML.encode("utf-8")))
    nodes, sources, own = clipboard_nodes(data)
    assert not own and sources == []
    assert [n.text for n in nodes] == ["the tape at Norfolk", "the boat on the marsh"]


# -- any subtree copied after any node, undone -------------------------------------


def _content(node: Node) -> list[tuple[int, str, str, str, str]]:
    base = node.depth()
    return [(n.depth() - base, n.kind.value, n.text, n.cite, n.prose) for n in node.walk()]


IDS = ["intro", "thesis", "b1", "q1", "n1", "n1a", "b2", "q2", "n2", "concl"]


@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(copied=st.sampled_from(IDS), anchor=st.sampled_from(IDS),
       as_child=st.booleans())
def test_any_subtree_pasted_anywhere_is_one_step_undone_exactly(
        window: MainWindow, copied: str, anchor: str, as_child: bool) -> None:
    document = window.document
    essay = document.essay
    stack = document.undo_stack
    stack.clear()
    original = shape(essay)
    old_ids = {n.id for n in essay.walk()}
    content = _content(essay.node(copied))
    select(window, copied)
    window.view.setFocus()
    act(window, "copy")
    data = QGuiApplication.clipboard().mimeData()
    assert data is not None and data.hasFormat(NODES_MIME) and data.hasFormat(OPML_MIME)
    select(window, anchor)
    said = refusals(window)
    act(window, "paste_child" if as_child else "paste")
    if stack.count() == 0:  # the rules said no, and why
        assert said and shape(essay) == original
        return
    assert stack.count() == 1
    [pasted] = window.view.selected_nodes()
    assert pasted.id not in old_ids
    assert {n.id for n in pasted.walk()}.isdisjoint(old_ids)  # fresh ids all through
    assert _content(pasted) == content
    if as_child:
        assert pasted.parent is essay.node(anchor)
    after = shape(essay)
    stack.undo()
    assert shape(essay) == original
    stack.redo()
    assert shape(essay) == after
    stack.undo()
    assert shape(essay) == original
