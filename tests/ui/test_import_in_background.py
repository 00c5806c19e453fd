"""Opening a draft in the window: off the window's thread, with progress and Cancel."""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from outliner.io.cancel import ImportCancelled, StopCheck
from outliner.io.essay.file import essay_to_json
from outliner.ui import MainWindow, file_actions
from outliner.ui.file_actions import Loaded
from outliner.ui.import_task import load_in_background
from tests.io.importers.test_docx_limits import para, word_file
from tests.ui.test_main_window import WindowFactory, saved_small_essay, window_factory

__all__ = ["window_factory"]

#: Not a timing: a bound after which a stuck worker fails the test.
WORKER_BOUND_MS = 30_000
#: Not a timing either: how long a held import waits for the window to say stop.
HOLD_BOUND_S = 20


def long_draft(path: Path, paragraphs: int) -> Path:
    """A real Word draft of ``paragraphs`` paragraphs (within every limit)."""
    rng = random.Random(5)
    return word_file(path, "".join(para(f"Point {rng.randrange(10**9)} of {i}.")
                                   for i in range(paragraphs)))


def progress_dialog(window: MainWindow) -> QProgressDialog | None:
    shown = [d for d in window.findChildren(QProgressDialog) if d.isVisible()]
    return shown[0] if shown else None


class HeldImport:
    """``load_for_window`` held on its worker until the window says stop, then
    run for real on a Word draft (so its own ``should_stop`` check answers).

    However slow the machine, the progress dialog certainly shows (the load
    cannot finish before Cancel) and Cancel certainly comes mid-import; what
    the real import did then is recorded in ``outcome``. Held for at most
    ``HOLD_BOUND_S``: a Cancel that never reaches the worker fails the test
    (the import then finishes) instead of hanging it."""

    def __init__(self, load: Callable[[Path, StopCheck | None], Loaded]) -> None:
        self._load = load
        self.started = threading.Event()
        self.stop_seen = threading.Event()
        self.outcome: list[str] = []

    def __call__(self, path: Path, should_stop: StopCheck | None = None) -> Loaded:
        assert should_stop is not None
        self.started.set()
        give_up = time.monotonic() + HOLD_BOUND_S
        while not should_stop() and time.monotonic() < give_up:
            time.sleep(0.005)  # should_stop is a callable, not something to wait on
        if should_stop():
            self.stop_seen.set()
        try:
            loaded = self._load(path, should_stop)
        except ImportCancelled:
            self.outcome.append("cancelled")
            raise
        self.outcome.append("finished")
        return loaded


@pytest.mark.parametrize("how", ["button", "escape"])
def test_the_window_keeps_running_and_cancel_keeps_the_old_document(
        window_factory: WindowFactory, tmp_path: Path, qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch, how: str) -> None:
    window = window_factory(saved_small_essay(tmp_path))
    before = essay_to_json(window.document.essay)
    draft = long_draft(tmp_path / "long.docx", paragraphs=200)
    held = HeldImport(file_actions.load_for_window)
    monkeypatch.setattr(file_actions, "load_for_window", held)
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

    assert held.started.is_set()
    assert seen == ["Opening “long.docx”…"]
    assert len(ticks) >= 10  # the event loop ran while the import did
    assert not opened
    assert progress_dialog(window) is None
    # The old document is still open, as it was.
    assert window.document.path == tmp_path / "essay.essay"
    assert essay_to_json(window.document.essay) == before
    assert not window.isWindowModified()
    # Told to stop, the worker's import ends with ImportCancelled instead of finishing.
    assert QThreadPool.globalInstance().waitForDone(WORKER_BOUND_MS)
    assert held.stop_seen.is_set()
    assert held.outcome == ["cancelled"]


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
