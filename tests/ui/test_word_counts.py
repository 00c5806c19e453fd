"""One node, one word count: the tree row, the status bar and the editor
say the same number and the same thing about what it counts, for every node
of the shipped sample and of the user's draft."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from outliner.core.essay import PARAGRAPH_KINDS, Essay, Node, NodeKind
from outliner.core.ops import plan_set
from outliner.core.text import count_words
from outliner.core.words import essay_explained, essay_words, node_count
from outliner.ui import MainWindow, file_actions
from outliner.ui.outline.rows import DetailRole

K = NodeKind
_NUMBER = re.compile(r"([\d,]+) words?\b")


def _number(text: str) -> int:
    found = _NUMBER.search(text)
    assert found, f"no word count in {text!r}"
    return int(found.group(1).replace(",", ""))


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
           request: pytest.FixtureRequest) -> Iterator[MainWindow]:
    monkeypatch.setattr(file_actions, "ask_save_changes", lambda *_: "discard")
    path: Path | None = getattr(request, "param", None)
    if path == "user draft":
        path = request.getfixturevalue("user_draft")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    made = MainWindow(path, settings=settings, recovery_folder=tmp_path / "recovery")
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    yield made
    made.close()


def _counts_of(window: MainWindow, node: Node) -> dict[str, int]:
    """Each place's number for ``node`` once it is the only selection."""
    window.view.select_nodes([node])
    model = window.view.outline_model
    index = model.index_for_node(node)
    counts = {
        "status bar": _number(window.selection_label.text()),
        "editor": _number(window.editor.count_label.text()),
        "row tooltip": _number(re.sub(r"<[^>]+>", "", str(model.data(
            index, Qt.ItemDataRole.ToolTipRole)).split("<br>")[-1])),
    }
    if node.kind in PARAGRAPH_KINDS:
        counts["row label"] = _number(str(model.data(index, DetailRole)).split("·")[1])
    return counts


def _assert_agree(window: MainWindow, essay: Essay) -> None:
    nodes = list(essay.walk())
    assert len(nodes) > 5
    for node in nodes:
        counts = _counts_of(window, node)
        expected = node_count(node)
        assert set(counts.values()) == {expected.words}, (node.kind, node.text[:40], counts)
        assert window.editor.count_label.toolTip() == expected.explained()
        assert window.selection_label.toolTip() == expected.explained()


@pytest.mark.parametrize("window", [None, "user draft"], indirect=True,
                         ids=["shipped sample", "user's draft"])
def test_three_counts_agree_for_every_node(window: MainWindow) -> None:
    essay = window.document.essay
    _assert_agree(window, essay)
    # the essay's count is its title and its top-level nodes, counted alike
    total = essay_words(essay)
    assert total == count_words(essay.meta.title) + sum(
        node_count(top).words for top in essay.outline)
    assert _number(window.words_label.text()) == total
    assert window.words_label.toolTip() == essay_explained(total)


def test_counts_follow_typing_and_say_what_they_count(qtbot: QtBot, window: MainWindow) -> None:
    essay = window.document.essay
    body = next(n for n in essay.walk() if n.kind is K.BODY)
    if body.prose.strip():
        window.document.push(plan_set(essay, body, "prose", ""))
    window.view.select_nodes([body])
    assert window.editor.count_label.text().startswith("unwritten: ")
    assert window.editor.count_label.text().endswith("of notes")
    qtbot.keyClicks(window.editor.prose_edit, "Kathy keeps \"the tape\" for years.")
    qtbot.waitUntil(lambda: window.selection_label.text().startswith("Selection: 6 words"))
    assert window.editor.count_label.text() == "6 words of prose"
    assert "quotations in it" in window.editor.count_label.toolTip()
    assert str(window.view.outline_model.data(
        window.view.outline_model.index_for_node(body), DetailRole)) == "drafted · 6 words"
    _assert_agree(window, essay)


def test_an_unwritten_paragraphs_row_repaints_when_its_notes_change(window: MainWindow) -> None:
    essay = window.document.essay
    body = next(n for n in essay.walk() if n.kind is K.BODY and n.children)
    if body.prose.strip():
        window.document.push(plan_set(essay, body, "prose", ""))
    model = window.view.outline_model
    changed: list[Node | None] = []
    model.dataChanged.connect(lambda first, _last, _roles: changed.append(
        model.node_for_index(first)))
    note = body.children[-1]
    window.document.push(plan_set(essay, note, "text", note.text + " and more words"))
    assert body in changed
    shown = str(model.data(model.index_for_node(body), DetailRole))
    assert _number(shown) == node_count(body).words
    changed.clear()
    window.document.undo_stack.undo()
    assert body in changed
