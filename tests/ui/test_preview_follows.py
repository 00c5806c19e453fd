"""The preview shows the paragraph being worked on after every structural
change: a move (as a drag makes it), an indent, an undo."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from outliner.core.essay import Essay, Node, NodeKind
from outliner.core.ops import plan_move
from outliner.io.essay.file import save_essay
from outliner.ui import MainWindow, file_actions

K = NodeKind
BODIES = 14


def _long_essay() -> Essay:
    """Enough written paragraphs that the preview scrolls several pages."""
    sentence = "Each paragraph here says enough to fill a few lines of the page. "
    bodies = [Node(K.BODY, f"Claim {i}", prose=f"Paragraph {i} begins. " + sentence * 6,
                   id=f"b{i}", children=[Node(K.NOTE, f"note {i}", id=f"n{i}")])
              for i in range(1, BODIES + 1)]
    return Essay(outline=[
        Node(K.INTRO, "Opening", prose="The opening. " + sentence * 4, id="intro",
             children=[Node(K.THESIS, "The thesis.", id="thesis")]),
        *bodies,
        Node(K.CONCLUSION, "Closing", prose="The end. " + sentence, id="concl"),
    ])


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    monkeypatch.setattr(file_actions, "ask_save_changes", lambda *_: "discard")
    path = tmp_path / "long.essay"
    save_essay(_long_essay(), path)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    made = MainWindow(path, settings=settings, recovery_folder=tmp_path / "recovery",
                      offer_recovery=False)
    qtbot.addWidget(made)
    made.resize(1000, 520)
    made.show()
    qtbot.waitExposed(made)
    qtbot.waitUntil(lambda: made.preview.rebuild_count > 0 and not made.preview.is_pending())
    yield made
    made.close()


def _settled(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.preview.is_pending())


def _select(qtbot: QtBot, window: MainWindow, node: Node) -> None:
    window.view.select_nodes([node])
    assert window.editor.node is node
    _settled(qtbot, window)
    assert window.preview.shows(node)


def test_after_a_move_and_its_undo_the_preview_shows_the_moved_paragraph(
        qtbot: QtBot, window: MainWindow) -> None:
    essay = window.document.essay
    moved = essay.node("b1")
    _select(qtbot, window, moved)
    far = essay.node(f"b{BODIES}")
    assert not window.preview.shows(far)  # the page is longer than the view
    # What a drop in the tree pushes: the node moved to after the last body.
    assert window.document.push(plan_move(essay, [moved], None, essay.outline.index(far) + 1))
    assert window.editor.node is moved
    _settled(qtbot, window)
    assert window.preview.shows(moved)
    assert "Paragraph 1 begins." in _visible_text(window)
    window.document.undo_stack.undo()
    _settled(qtbot, window)
    assert essay.outline[1] is moved
    assert window.preview.shows(moved)
    assert "Paragraph 1 begins." in _visible_text(window)


def test_moving_with_the_keys_keeps_following(qtbot: QtBot, window: MainWindow) -> None:
    essay = window.document.essay
    moved = essay.node("b2")
    _select(qtbot, window, moved)
    for _ in range(BODIES - 2):  # to the last body's place, one step at a time
        window.view.actions["move_down"].trigger()
    _settled(qtbot, window)
    assert essay.outline.index(moved) == BODIES
    assert window.preview.shows(moved)
    assert "Paragraph 2 begins." in _visible_text(window)


def test_an_indent_shows_the_paragraph_the_node_joined(qtbot: QtBot,
                                                         window: MainWindow) -> None:
    essay = window.document.essay
    note = essay.node(f"n{BODIES}")
    _select(qtbot, window, note)
    # The note moves up to the first paragraph, far above: the preview follows it.
    assert window.document.push(plan_move(essay, [note], essay.node("b1"), 0))
    _settled(qtbot, window)
    assert window.preview.shows(note)
    assert "Paragraph 1 begins." in _visible_text(window)


def _visible_text(window: MainWindow) -> str:
    """The text of the blocks in the preview's viewport."""
    preview = window.preview
    top = preview.cursorForPosition(preview.viewport().rect().topLeft()).position()
    bottom = preview.cursorForPosition(preview.viewport().rect().bottomRight()).position()
    return preview.toPlainText()[top:bottom + 1]
