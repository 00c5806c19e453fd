"""More of autosave and recovery: the real restore question answered by
clicking its buttons, damaged and stray files in the recovery folder, and
autosaves that fail (in the foreground and on the writer thread)."""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from outliner.core.ops import plan_set
from outliner.io.errors import DocumentError
from outliner.io.essay.file import essay_to_json, load_essay
from outliner.ui import MainWindow, file_actions
from outliner.ui.recovery import (
    Autosaver,
    RecoveryEntry,
    RecoveryFile,
    RecoverySnapshot,
    ask_restore,
    find_orphans,
    recovery_snapshot_of,
)
from tests.support.boxes import NextBox
from tests.support.helpers import small_essay
from tests.ui.test_main_window import make_window, saved_small_essay

# Long enough that no timer of the autosaver fires during a test.
NEVER_MS = 600_000


@pytest.fixture(autouse=True)
def discard_on_close(monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows left open at the end close without asking."""
    monkeypatch.setattr(file_actions, "ask_save_changes", lambda *_: "discard")


@pytest.fixture
def answers() -> Iterator[list[NextBox]]:
    made: list[NextBox] = []
    yield made
    for answer in made:
        answer.stop()


def orphan(folder: Path, title: str, data: bytes = b"{}",
           original: Path | None = None) -> RecoveryFile:
    """A copy left behind by a window whose process is gone."""
    copy = RecoveryFile(folder)
    copy.write(data, original, None, title)
    copy.unlock()
    return copy


def entry(title: str, original: Path | None, saved_at: datetime) -> RecoveryEntry:
    return RecoveryEntry(Path("/nowhere") / f"{title}.essay", original, None, title, saved_at)


# -- the restore question, answered by clicking ------------------------------------


@pytest.mark.parametrize(("button", "expected"), [
    ("Restore", "restore"), ("Discard", "discard"), ("Later", "later"),
    ("<escape>", "later"),
])
def test_the_restore_question_returns_the_button_clicked(
        qapp: QApplication, answers: list[NextBox], button: str, expected: str) -> None:
    answer = NextBox(button)
    answers.append(answer)
    when = datetime(2026, 3, 14, 9, 26)
    result = ask_restore(None, [entry("Memory", Path("/essays/memory.essay"), when),
                                entry("Untitled draft", None, when)])
    assert result == expected
    [(title, text, informative)] = answer.seen
    assert title == "Restore Unsaved Work"
    assert text == "Essay Outliner did not close properly last time."
    assert answer.buttons and set(answer.buttons) == {"Restore", "Discard", "Later"}
    assert answer.default == "Restore"
    lines = informative.splitlines()
    assert lines[0] == "Unsaved work was kept for you:"
    assert lines[1].startswith("• Memory (/essays/memory.essay), autosaved 14 ")
    assert lines[1].endswith("2026, 09:26")
    assert lines[2].startswith("• Untitled draft, autosaved ")  # no file: no place named
    assert lines[-1] == "Restore it now? Discard deletes the kept copies."


def test_a_new_window_restores_after_the_real_question(
        qtbot: QtBot, tmp_path: Path, answers: list[NextBox]) -> None:
    folder = tmp_path / "recovery"
    essay = small_essay()
    essay.node("b1").text = "Kept from before"
    path = saved_small_essay(tmp_path)
    left = orphan(folder, "essay.essay", essay_to_json(essay).encode("utf-8"), path)
    answer = NextBox("Restore")
    answers.append(answer)
    window = make_window(qtbot, tmp_path)
    assert len(answer.seen) == 1 and "essay.essay" in answer.seen[0][2]
    assert window.document.essay.node("b1").text == "Kept from before"
    assert window.document.path == path and window.document.modified
    assert not left.data_path.exists()  # the window's own copy holds it now
    window.close()


def test_discarding_at_the_real_question_deletes_the_copy(
        qtbot: QtBot, tmp_path: Path, answers: list[NextBox]) -> None:
    folder = tmp_path / "recovery"
    left = orphan(folder, "Lost work")
    answer = NextBox("Discard")
    answers.append(answer)
    window = make_window(qtbot, tmp_path)
    assert len(answer.seen) == 1
    assert not left.data_path.exists() and not left.sidecar_path.exists()
    assert find_orphans(folder, own=window.recovery_file) == []
    window.close()


# -- what the recovery folder may hold -----------------------------------------------


def test_no_folder_means_no_orphans(tmp_path: Path) -> None:
    assert find_orphans(tmp_path / "never-made") == []


def test_a_window_never_finds_its_own_copy(tmp_path: Path) -> None:
    folder = tmp_path / "recovery"
    own = RecoveryFile(folder)
    own.write(b"{}", None, None, "Mine")
    own.unlock()  # even unlocked (its lock went with a failed write), it is not an orphan
    assert find_orphans(folder, own=own) == []
    assert [e.data_path for e in find_orphans(folder)] == [own.data_path]


def test_a_sidecar_without_its_copy_is_not_offered(tmp_path: Path) -> None:
    folder = tmp_path / "recovery"
    left = orphan(folder, "Half gone")
    left.data_path.unlink()
    assert find_orphans(folder) == []


@pytest.mark.parametrize("sidecar", [
    b"{ not json",  # cut short by the crash
    b"\xff\xfe not utf-8",
    b'{"title": "x", "saved_at": "yesterday"}',  # a date that is no date
    b'["a", "list"]',
    b'"a string"',
])
def test_a_damaged_sidecar_still_offers_the_copy(tmp_path: Path, sidecar: bytes) -> None:
    folder = tmp_path / "recovery"
    left = orphan(folder, "Damaged")
    left.sidecar_path.write_bytes(sidecar)
    moment = datetime(2025, 1, 2, 3, 4, 5)
    os.utime(left.data_path, (moment.timestamp(), moment.timestamp()))
    [found] = find_orphans(folder)
    assert found.data_path == left.data_path
    if b"saved_at" not in sidecar:
        assert found.title == left.data_path.stem  # named after the copy itself
    assert found.original is None and found.suggested is None
    assert found.saved_at == moment  # when the copy was last written


def test_orphans_come_newest_first_with_what_their_sidecars_say(tmp_path: Path) -> None:
    folder = tmp_path / "recovery"
    older = orphan(folder, "Older", original=tmp_path / "a.essay")
    newer = orphan(folder, "Newer")
    for copy, moment in ((older, datetime(2026, 1, 1, 8)), (newer, datetime(2026, 1, 2, 8))):
        info = json.loads(copy.sidecar_path.read_text(encoding="utf-8"))
        info["saved_at"] = moment.isoformat()
        copy.sidecar_path.write_text(json.dumps(info), encoding="utf-8")
    found = find_orphans(folder)
    assert [e.title for e in found] == ["Newer", "Older"]
    assert found[1].original == tmp_path / "a.essay"
    assert found[0].saved_at - found[1].saved_at == timedelta(days=1)
    found[1].discard()
    assert [e.title for e in find_orphans(folder)] == ["Newer"]
    assert not older.data_path.exists() and not older.sidecar_path.exists()


def test_a_folder_that_cannot_be_made_is_a_document_error(tmp_path: Path) -> None:
    (tmp_path / "blocker").write_text("a file where the folder should go", encoding="utf-8")
    copy = RecoveryFile(tmp_path / "blocker" / "recovery")
    with pytest.raises(DocumentError) as caught:
        copy.write(b"{}", None, None, "Work")
    assert "cannot create the folder" in str(caught.value)
    assert str(tmp_path / "blocker" / "recovery") in str(caught.value)


# -- failing autosaves ----------------------------------------------------------------


def test_a_window_says_when_its_autosave_fails(qtbot: QtBot, tmp_path: Path) -> None:
    path = saved_small_essay(tmp_path)
    (tmp_path / "blocker").write_text("not a folder", encoding="utf-8")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(path, settings=settings,
                        recovery_folder=tmp_path / "blocker" / "recovery")
    qtbot.addWidget(window)
    essay = window.document.essay
    window.document.push(plan_set(essay, essay.node("b1"), "text", "Unsaved"))
    assert not window.autosaver.autosave()
    message = window.statusBar().currentMessage()
    assert message.startswith("Autosave failed: ")
    assert "cannot create the folder" in message
    assert window.autosaver.tick()  # still unsaved news: the next turn tries again
    window.autosaver.wait()
    QApplication.processEvents()
    assert window.statusBar().currentMessage().startswith("Autosave failed: ")
    window.close()


class Essayist:
    """What a window hands its autosaver: the essay's snapshot, or None
    when nothing is unsaved."""

    def __init__(self, tmp_path: Path) -> None:
        self.essay = small_essay()
        self.unsaved = True
        self.path = tmp_path / "essay.essay"

    def snapshot(self) -> RecoverySnapshot | None:
        if not self.unsaved:
            return None
        return recovery_snapshot_of(self.essay, self.path, None, "essay.essay")


@pytest.fixture
def essayist(tmp_path: Path) -> Essayist:
    return Essayist(tmp_path)


def autosaver_for(folder: Path, snapshot: Essayist) -> Autosaver:
    return Autosaver(RecoveryFile(folder), snapshot.snapshot, NEVER_MS, NEVER_MS)


def test_a_background_write_that_fails_is_reported_and_tried_again(
        qapp: QApplication, tmp_path: Path, essayist: Essayist) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("not a folder", encoding="utf-8")
    saver = autosaver_for(blocker / "recovery", essayist)
    failures: list[str] = []
    saver.failed.connect(failures.append)
    saver.note_change()
    assert saver.autosave_in_background()
    saver.wait()
    QApplication.processEvents()  # the writer's news reaches the window's thread
    assert len(failures) == 1 and "cannot create the folder" in failures[0]
    blocker.unlink()  # the disk is fine again
    assert saver.tick()
    saver.wait()
    QApplication.processEvents()
    assert len(failures) == 1
    assert load_essay(saver.recovery.data_path).node("b1").text == "First claim"
    assert not saver.tick()  # caught up
    saver.stop()
    saver.recovery.release()


def test_a_snapshot_that_cannot_be_written_is_reported_not_lost(
        qapp: QApplication, tmp_path: Path) -> None:
    def broken() -> bytes:
        raise ValueError("Out of range float values are not JSON compliant")

    saver = Autosaver(RecoveryFile(tmp_path / "recovery"),
                      lambda: RecoverySnapshot(broken, None, None, "Broken"),
                      NEVER_MS, NEVER_MS)
    failures: list[str] = []
    saver.failed.connect(failures.append)
    saver.note_change()
    assert saver.autosave_in_background()
    saver.wait()
    QApplication.processEvents()
    assert failures == ["could not be saved (Out of range float values are not JSON "
                        "compliant)"]
    assert not saver.recovery.data_path.exists()
    assert saver.tick()  # still news: the writer thread did not die silently
    saver.stop()
    QApplication.processEvents()
    saver.recovery.release()


def test_only_one_background_write_runs_at_a_time(
        qapp: QApplication, tmp_path: Path, essayist: Essayist) -> None:
    gate = threading.Event()
    entered = threading.Event()
    data = essay_to_json(essayist.essay).encode("utf-8")

    def slow() -> bytes:  # a big essay, still being serialised
        entered.set()
        gate.wait(10)
        return data

    saver = Autosaver(RecoveryFile(tmp_path / "recovery"),
                      lambda: RecoverySnapshot(slow, None, None, "Slow"),
                      NEVER_MS, NEVER_MS)
    saver.note_change()
    assert saver.autosave_in_background()
    assert entered.wait(10) and saver.writing
    assert not saver.autosave_in_background()  # left for the next turn
    assert not saver.tick()
    gate.set()
    saver.wait()
    QApplication.processEvents()
    assert not saver.writing
    assert saver.recovery.data_path.read_bytes() == data
    saver.stop()
    saver.recovery.release()


def test_nothing_unsaved_removes_the_copy_in_the_background_turn_too(
        qapp: QApplication, tmp_path: Path, essayist: Essayist) -> None:
    saver = autosaver_for(tmp_path / "recovery", essayist)
    saver.note_change()
    assert saver.autosave()
    assert saver.recovery.data_path.exists()
    essayist.unsaved = False  # saved, or undone back to the saved state
    saver.note_change()
    assert not saver.autosave_in_background()
    assert not saver.recovery.data_path.exists()
    assert not saver.recovery.sidecar_path.exists()
    assert not saver.tick()  # nothing pending any more
    saver.stop()
    saver.recovery.release()


def test_a_late_write_of_an_older_state_leaves_the_change_pending(
        qapp: QApplication, tmp_path: Path, essayist: Essayist) -> None:
    saver = autosaver_for(tmp_path / "recovery", essayist)
    saver.note_change()
    assert saver.autosave_in_background()
    essayist.essay.node("b1").text = "Typed while the copy was written"
    saver.note_change()  # a newer state than the one being written
    saver.wait()
    QApplication.processEvents()
    assert load_essay(saver.recovery.data_path).node("b1").text == "First claim"
    assert saver.tick()  # the newer state is still news
    saver.wait()
    QApplication.processEvents()
    assert load_essay(saver.recovery.data_path).node("b1").text == (
        "Typed while the copy was written")
    assert not saver.tick()
    saver.stop()
    saver.recovery.release()
