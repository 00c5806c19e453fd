"""Shared fixtures. Qt runs offscreen unless a test starts its own X server."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
#: The real user's draft, present on the developers' machines and in CI.
USER_DRAFT = REPO.parent / "shared" / "samples" / "never-let-me-go-draft.txt"


@pytest.fixture
def user_draft() -> Path:
    """The user's draft; the test is skipped where the shared folder is absent."""
    if not USER_DRAFT.is_file():
        pytest.skip(f"the user's draft is not here ({USER_DRAFT}); it lives in ../shared")
    return USER_DRAFT


@pytest.fixture(autouse=True)
def _no_stuck_modal_dialogs(request: pytest.FixtureRequest) -> Iterator[None]:
    """A modal dialog left open by a Qt test would hang the whole run: close
    any that stays up for ten seconds and fail the test that opened it."""
    if "qtbot" not in request.fixturenames and "qapp" not in request.fixturenames:
        yield
        return
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    request.getfixturevalue("qapp")
    ticks: dict[int, int] = {}
    stuck: list[str] = []

    def check() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None:
            return
        ticks[id(widget)] = ticks.get(id(widget), 0) + 1
        if ticks[id(widget)] >= 10:
            stuck.append(widget.windowTitle() or type(widget).__name__)
            if isinstance(widget, QDialog):
                widget.reject()
            else:
                widget.close()

    timer = QTimer()
    timer.timeout.connect(check)
    timer.start(1000)
    yield
    timer.stop()
    assert not stuck, f"a modal dialog was left open and had to be closed: {stuck}"
