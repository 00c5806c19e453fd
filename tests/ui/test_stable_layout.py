"""The window's panes keep the widths the person gave them: selecting any
node (any kind) never moves the splitter, and the widths come back next time."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from outliner.ui import MainWindow, file_actions


def _window(qtbot: QtBot, tmp_path: Path, path: Path | None = None) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(path, settings=settings, recovery_folder=tmp_path / "recovery",
                        offer_recovery=False)
    qtbot.addWidget(window)
    window.resize(1000, 560)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture(autouse=True)
def _discard(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(file_actions, "ask_save_changes", lambda *_: "discard")
    yield


def _sizes_while_selecting_each_node(window: MainWindow) -> set[tuple[int, ...]]:
    window.view.expandAll()
    seen: set[tuple[int, ...]] = set()
    for node in list(window.document.essay.walk()):
        window.view.select_nodes([node])
        assert window.editor.node is node
        QApplication.processEvents()  # layout requests are handled here
        seen.add(tuple(window.splitter.sizes()))
    return seen


@pytest.mark.parametrize("narrow_editor", [False, True])
def test_selecting_each_node_of_the_sample_never_moves_the_splitter(
        qtbot: QtBot, tmp_path: Path, narrow_editor: bool) -> None:
    window = _window(qtbot, tmp_path)
    if narrow_editor:  # dragged as narrow as it goes: the tightest case
        window.splitter.moveSplitter(window.splitter.width(), 1)
        QApplication.processEvents()
    before = tuple(window.splitter.sizes())
    kinds = {n.kind for n in window.document.essay.walk()}
    assert len(kinds) >= 5  # notes, quotations, paragraphs, the thesis: every editor look
    assert _sizes_while_selecting_each_node(window) == {before}
    window.close()


def test_selecting_each_node_of_the_users_draft_never_moves_the_splitter(
        qtbot: QtBot, tmp_path: Path, user_draft: Path) -> None:
    window = _window(qtbot, tmp_path, user_draft)
    before = tuple(window.splitter.sizes())
    assert _sizes_while_selecting_each_node(window) == {before}
    window.close()


def test_dragged_widths_are_remembered(qtbot: QtBot, tmp_path: Path) -> None:
    first = _window(qtbot, tmp_path)
    first.splitter.moveSplitter(300, 1)
    QApplication.processEvents()
    dragged = first.splitter.sizes()[:2]
    assert dragged[0] == 300
    first.close()
    second = _window(qtbot, tmp_path)
    QApplication.processEvents()
    assert second.splitter.sizes()[:2] == dragged
    assert _sizes_while_selecting_each_node(second) == {tuple(second.splitter.sizes())}
    second.close()
