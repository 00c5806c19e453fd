"""Opening a draft in the window: off the window's thread, with progress and Cancel."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from outliner.io.essay.file import essay_to_json
from outliner.ui import MainWindow
from outliner.ui.import_task import load_in_background
from tests.io.importers.test_docx_limits import para, word_file
from tests.ui.test_main_window import WindowFactory, saved_small_essay, window_factory

__all__ = ["window_factory"]

#: Not a timing: a bound after which a stuck worker fails the test.
WORKER_BOUND_MS = 30_000


def long_draft(path: Path, paragraphs: int = 100_000) -> Path:
    """A real Word draft that takes seconds to import (within every limit)."""
    rng = random.Random(5)
    return word_file(path, "".join(para(f"Point {rng.randrange(10**9)} of {i}.")
                                   for i in range(paragraphs)))


def progress_dialog(window: MainWindow) -> QProgressDialog | None:
    shown = [d for d in window.findChildren(QProgressDialog) if d.isVisible()]
    return shown[0] if shown else None


@pytest.mark.parametrize("how", ["button", "escape"])
def test_the_window_keeps_running_and_cancel_keeps_the_old_document(
        window_factory: WindowFactory, tmp_path: Path, qtbot: QtBot, how: str) -> None:
    window = window_factory(saved_small_essay(tmp_path))
    before = essay_to_json(window.document.essay)
    draft = long_draft(tmp_path / "long.docx")
    ticks: list[int] = []
    seen: list[str] = []
    ticker = QTimer()
    ticker.setInterval(10)

    def tick() -> None:
        ticks.append(1)
        dialog = progress_dialog(window)
        if dialog is None:
            return
        if not seen:
            seen.append(dialog.labelText())
            ticks.clear()  # count from here: the loop runs while the dialog is up
        elif len(ticks) >= 10 and how == "button":
            button = dialog.findChild(QPushButton)
            assert button is not None
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        elif len(ticks) >= 10:
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    ticker.timeout.connect(tick)
    ticker.start()
    opened = window.files.open_path(draft, ask_first=False)
    ticker.stop()

    assert seen == ["Opening “long.docx”…"]
    assert len(ticks) >= 10  # the event loop ran while the import did
    assert not opened
    assert progress_dialog(window) is None
    # The old document is still open, as it was.
    assert window.document.path == tmp_path / "essay.essay"
    assert essay_to_json(window.document.essay) == before
    assert not window.isWindowModified()
    # Told to stop, the worker ends between paragraphs instead of finishing.
    assert QThreadPool.globalInstance().waitForDone(WORKER_BOUND_MS)


def test_a_draft_opened_in_the_background_is_shown(
        window_factory: WindowFactory, tmp_path: Path) -> None:
    window = window_factory(saved_small_essay(tmp_path))
    draft = long_draft(tmp_path / "outline.docx", paragraphs=3000)
    assert window.files.open_path(draft, ask_first=False)
    assert window.document.path is None  # an import is an untitled document
    assert window.suggested_path == draft.with_suffix(".essay")
    texts = [n.text for n in window.document.essay.walk()]
    assert any("of 2999." in text for text in texts)
    assert progress_dialog(window) is None


def test_errors_from_the_worker_are_raised_to_the_caller(qtbot: QtBot, tmp_path: Path) -> None:
    def failing(path: Path, _stop: object) -> None:
        raise ValueError(f"{path.name} is bad")

    try:
        load_in_background(None, tmp_path / "x.txt", failing)
    except ValueError as exc:
        assert str(exc) == "x.txt is bad"
    else:
        raise AssertionError("the worker's error was lost")
