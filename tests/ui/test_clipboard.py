"""Edit > Cut, Copy, Paste through the real clipboard: exact files, one undo
step each, the rule book's refusals in the status bar."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from outliner.core.essay import NodeKind
from outliner.io.clipboard import NODES_MIME, OPML_MIME
from outliner.io.essay.file import save_essay
from outliner.ui import MainWindow, file_actions
from tests.support.helpers import small_essay

K = NodeKind


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
           ) -> Iterator[MainWindow]:
    monkeypatch.setattr(file_actions, "ask_save_changes", lambda *_: "discard")
    path = tmp_path / "essay.essay"
    save_essay(small_essay(), path)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(path, settings=settings, recovery_folder=tmp_path / "recovery",
                     offer_recovery=False)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


@pytest.fixture(autouse=True)
def _empty_clipboard_after() -> Iterator[None]:
    """Offscreen, a process that ends with QMimeData on the clipboard crashes
    in Qt's teardown (reproduced with a bare script; under xcb it does not):
    each test leaves the clipboard empty."""
    yield
    QGuiApplication.clipboard().clear()


def saved(window: MainWindow) -> Any:
    """What Save writes, as JSON."""
    assert window.files.save()
    path = window.document.path
    assert path is not None
    return json.loads(path.read_text(encoding="utf-8"))


def act(window: MainWindow, name: str) -> None:
    window.view.setFocus()
    window.actions_by_name[name].trigger()


def select(window: MainWindow, *ids: str) -> None:
    window.view.select_nodes([window.document.essay.node(i) for i in ids])


def test_copy_a_body_paste_it_after_another_undo_redo_exact_json(window: MainWindow) -> None:
    original = saved(window)
    select(window, "b1")
    act(window, "copy")
    select(window, "b2")
    act(window, "paste")
    essay = window.document.essay
    assert [n.id for n in essay.outline][:3] == ["intro", "b1", "b2"]
    pasted = essay.outline[3]
    old_ids = {n["id"] for n in _walk(original["outline"])}
    new_ids = [n.id for n in pasted.walk()]
    assert not old_ids & set(new_ids) and len(set(new_ids)) == 4

    expected = copy.deepcopy(original)
    body = copy.deepcopy(original["outline"][1])
    for node, new_id in zip(_walk([body]), new_ids, strict=True):
        node["id"] = new_id
    expected["outline"].insert(3, body)
    assert saved(window) == expected
    assert window.document.undo_stack.count() == 1
    window.actions_by_name["undo"].trigger()
    assert saved(window) == original
    window.actions_by_name["redo"].trigger()
    assert saved(window) == expected


def _walk(nodes: list[Any]) -> Iterator[Any]:
    for node in nodes:
        yield node
        yield from _walk(node["children"])


def test_the_clipboard_holds_app_text_and_opml_flavours(window: MainWindow) -> None:
    select(window, "b1", "q1")  # q1 is inside b1: copied once
    act(window, "copy")
    data = QGuiApplication.clipboard().mimeData()
    assert data is not None
    assert data.hasFormat(NODES_MIME) and data.hasFormat(OPML_MIME)
    assert data.text() == "- First claim\n  - “a quotation” (12)\n  - a note\n    - a sub-note\n"
    assert b'text="a sub-note"' in bytes(data.data(OPML_MIME).data())


def _set_text(text: str) -> None:
    data = QMimeData()
    data.setText(text)
    QGuiApplication.clipboard().setMimeData(data)


def test_pasting_a_dash_list_adds_two_nested_notes(window: MainWindow) -> None:
    _set_text("- a\n  - b")
    select(window, "n2")
    act(window, "paste")
    body = window.document.essay.node("b2")
    [pasted] = [n for n in body.children if n.text == "a"]
    assert body.children.index(pasted) == 2  # right after n2
    assert pasted.kind is K.NOTE and [(c.kind, c.text) for c in pasted.children] == [
        (K.NOTE, "b")]
    assert window.document.undo_stack.count() == 1
    window.actions_by_name["undo"].trigger()
    assert [c.id for c in body.children] == ["q2", "n2"]


def test_pasted_notes_after_a_body_go_inside_it(window: MainWindow) -> None:
    _set_text("·\tone\n·\ttwo\no\tunder two")  # a bulleted list as Word copies it
    select(window, "b1")
    act(window, "paste")
    body = window.document.essay.node("b1")
    assert [(c.kind, c.text) for c in body.children[-2:]] == [(K.NOTE, "one"), (K.NOTE, "two")]
    assert [c.text for c in body.children[-1].children] == ["under two"]


def test_a_refused_paste_says_why_and_changes_nothing(window: MainWindow) -> None:
    select(window, "b1")
    act(window, "copy")
    select(window, "q2")  # a body paragraph can go neither after nor inside a quotation
    act(window, "paste")
    assert window.document.undo_stack.count() == 0
    assert "Cannot paste here" in window.statusBar().currentMessage()
    act(window, "paste_child")
    assert "inside a quotation" in window.statusBar().currentMessage()


def test_cut_is_one_step_and_paste_as_child_puts_it_back_elsewhere(
        window: MainWindow) -> None:
    select(window, "n1", "n2")
    act(window, "cut")
    essay = window.document.essay
    assert essay.find("n1") is None and essay.find("n2") is None
    select(window, "concl")
    act(window, "paste_child")
    concl = essay.node("concl")
    assert [c.text for c in concl.children] == ["a note", "second note"]
    assert [c.text for c in concl.children[0].children] == ["a sub-note"]
    assert window.document.undo_stack.count() == 2
    window.actions_by_name["undo"].trigger()
    window.actions_by_name["undo"].trigger()
    assert essay.node("n1").parent is essay.node("b1")


def test_copy_in_a_text_field_copies_its_text(window: MainWindow, qtbot: QtBot) -> None:
    select(window, "b1")
    edit = window.editor.text_edit
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    edit.selectAll()
    window.actions_by_name["copy"].trigger()
    assert QApplication.clipboard().text() == "First claim"
    data = QGuiApplication.clipboard().mimeData()
    assert data is not None and not data.hasFormat(NODES_MIME)


def test_pasting_html_lists_and_damaged_app_data(window: MainWindow) -> None:
    data = QMimeData()
    data.setHtml("<ul><li>alpha<ul><li>beta</li></ul></li></ul>")
    QGuiApplication.clipboard().setMimeData(data)
    select(window, "n2")
    act(window, "paste")
    body = window.document.essay.node("b2")
    assert [c.text for c in body.children] == ["another quotation", "second note", "alpha"]
    assert [c.text for c in body.children[2].children] == ["beta"]
    bad = QMimeData()
    bad.setData(NODES_MIME, b"{not json")
    QGuiApplication.clipboard().setMimeData(bad)
    act(window, "paste")
    assert "damaged" in window.statusBar().currentMessage()
    assert window.document.undo_stack.count() == 1


