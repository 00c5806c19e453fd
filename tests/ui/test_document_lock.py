"""One writer per .essay: the lock beside it, read-only windows, and saves
that never silently replace a version the window has not seen."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile, QSysInfo, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from outliner.core.ops import plan_set
from outliner.io.essay.file import load_essay
from outliner.ui import MainWindow
from outliner.ui.document_lock import Claim, DocumentLock, lock_path_for
from outliner.ui.recovery import RecoveryEntry
from tests.ui.test_main_window import WindowFactory, press, saved_small_essay, window_factory

__all__ = ["window_factory"]

#: A second process: take the lock named by argv[1] and hold it until stdin
#: closes ("hold"), die holding it ("crash"), or only say whether it is free
#: ("probe").
HOLDER = """
import os, sys
from PySide6.QtCore import QLockFile
lock = QLockFile(sys.argv[1])
lock.setStaleLockTime(0)
if not lock.tryLock(0):
    print("busy", *lock.getLockInfo(), flush=True)
    sys.exit(0)
print("locked", flush=True)
if sys.argv[2] == "crash":
    os._exit(0)  # no unlock: the lock file stays, naming a dead process
if sys.argv[2] == "hold":
    sys.stdin.readline()
lock.unlock()
"""

#: Another program that knows nothing of locks rewrites the file in place.
OUTSIDE_WRITER = """
import json, sys
path = sys.argv[1]
with open(path, encoding="utf-8") as handle:
    data = json.load(handle)
data["outline"][1]["text"] = sys.argv[2]
with open(path, "w", encoding="utf-8") as handle:
    json.dump(data, handle, indent=2)
"""


def run_holder(path: Path, mode: str) -> tuple[subprocess.Popen[str], str]:
    """Start the second process on ``path``'s lock; returns it and its first
    line ("locked" or "busy ..."), so it has tried the lock by then."""
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(lock_path_for(path)), mode],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    return proc, proc.stdout.readline().strip()


def probe_from_another_process(path: Path) -> str:
    """"locked" when another process could take the lock (it is free), else
    "busy PID HOST APP"."""
    proc, line = run_holder(path, "probe")
    proc.wait(timeout=30)
    return line


def lock_is_held(path: Path) -> bool:
    """Someone (this process included) holds ``path``'s lock."""
    probe = QLockFile(str(lock_path_for(path)))
    probe.setStaleLockTime(0)
    if probe.tryLock(0):
        probe.unlock()
        return False
    return True


@dataclass
class Seen:
    """A message box as the person saw it."""

    title: str
    text: str
    default: str


class BoxAnswerer:
    """Answers the message boxes that come up, in order: click the button of
    that text, or press Return ("<default>") as a person accepting the
    default would. Boxes beyond the answers are recorded and rejected."""

    def __init__(self, *answers: str) -> None:
        self.answers = list(answers)
        self.seen: list[Seen] = []
        self.timer = QTimer()
        self.timer.timeout.connect(self._poll)
        self.timer.start(20)

    def _poll(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isVisible():
            return
        default = box.defaultButton()
        self.seen.append(Seen(box.windowTitle(), f"{box.text()}\n{box.informativeText()}",
                              default.text() if default is not None else ""))
        if not self.answers:
            box.reject()
            return
        wanted = self.answers.pop(0)
        if wanted == "<default>":
            from PySide6.QtTest import QTest

            QTest.keyClick(box, Qt.Key.Key_Return)
            return
        for button in box.buttons():
            if button.text().replace("&", "") == wanted:
                button.click()
                return
        box.reject()
        raise AssertionError(f"no button {wanted!r} in {box.windowTitle()!r}")


def answer_save_as(monkeypatch: pytest.MonkeyPatch, target: Path | None) -> list[str]:
    """Make the Save As dialog choose ``target`` (None: cancel); the proposals seen."""
    proposals: list[str] = []

    def fake(_parent: object, _title: str, proposal: str, _filter: str) -> tuple[str, str]:
        proposals.append(proposal)
        return (str(target) if target else ""), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    return proposals


def edit(window: MainWindow, text: str, node_id: str = "b1") -> None:
    """One undoable edit, as the editor would push it."""
    essay = window.document.essay
    assert window.document.push(plan_set(essay, essay.node(node_id), "text", text))


def claim_text(path: Path) -> str:
    return load_essay(path).node("b1").text


# -- a second window or process is told -------------------------------------

def test_second_window_is_told_who_holds_the_file_and_may_open_read_only(
        window_factory: WindowFactory, tmp_path: Path) -> None:
    path = saved_small_essay(tmp_path)
    first = window_factory(path)
    assert lock_path_for(path) == tmp_path / ".essay.essay.lock"
    assert lock_path_for(path).exists()
    answers = BoxAnswerer("Open Read-Only")
    second = window_factory(path)
    assert len(answers.seen) == 1
    seen = answers.seen[0]
    assert "essay.essay" in seen.text
    assert f"another window of this program (process {os.getpid()})" in seen.text
    assert seen.default == "Open Read-Only"
    assert second.document.path == path and second.files.read_only
    assert "(read-only)" in second.windowTitle()
    assert not first.files.read_only and "(read-only)" not in first.windowTitle()


def test_two_hard_linked_names_share_one_lock(window_factory: WindowFactory,
                                             tmp_path: Path) -> None:
    path = saved_small_essay(tmp_path)
    link = tmp_path / "linked.essay"
    os.link(path, link)
    assert lock_path_for(path) == lock_path_for(link)
    first = window_factory(path)
    answers = BoxAnswerer("Open Read-Only")
    second = window_factory(link)
    assert [s.title for s in answers.seen] == ["File Is Open Elsewhere"]
    assert "linked.essay" in answers.seen[0].text
    assert f"another window of this program (process {os.getpid()})" in answers.seen[0].text
    assert second.files.read_only and not first.files.read_only
    # A save of the first keeps the link (written in place), and so the lock.
    edit(first, "saved through the first name")
    assert first.files.save()
    assert claim_text(link) == "saved through the first name"
    assert lock_path_for(link) == lock_path_for(path)
    assert not DocumentLock(link).acquire()
    first.close()
    assert DocumentLock(link).acquire()


def test_a_claim_covers_its_file_under_every_name(tmp_path: Path) -> None:
    path = saved_small_essay(tmp_path)
    hard, soft = tmp_path / "hard.essay", tmp_path / "soft.essay"
    os.link(path, hard)
    soft.symlink_to(path)
    lock = DocumentLock(path)
    assert lock.acquire()
    try:
        for other in (hard, soft):
            assert not DocumentLock(other).acquire(), other.name
        claim = Claim()
        claim.hold(lock)
        assert claim.holds(hard) and claim.holds(soft) and claim.covers(hard)
        assert not claim.covers(saved_small_essay(tmp_path, "other.essay"))
    finally:
        lock.release()


def test_cancel_leaves_the_locked_file_unopened(window_factory: WindowFactory,
                                                tmp_path: Path) -> None:
    path = saved_small_essay(tmp_path)
    window_factory(path)
    answers = BoxAnswerer("Cancel")
    second = window_factory(path)
    assert [s.title for s in answers.seen] == ["File Is Open Elsewhere"]
    assert second.document.path is None and not second.files.read_only


def test_a_lock_held_by_another_process_names_it(window_factory: WindowFactory,
                                                 tmp_path: Path) -> None:
    path = saved_small_essay(tmp_path)
    holder, line = run_holder(path, "hold")
    try:
        assert line == "locked"
        answers = BoxAnswerer("Open Read-Only")
        window = window_factory(path)
        assert len(answers.seen) == 1
        text = answers.seen[0].text
        assert f"process {holder.pid} on {QSysInfo.machineHostName()}" in text
        assert "python" in text  # the program, as QLockFile recorded it
        assert window.files.read_only
    finally:
        assert holder.stdin is not None
        holder.stdin.close()  # the other process lets go and ends
        holder.wait(timeout=30)
    # Free now: opening it again takes the lock without asking.
    assert window.files.open_path(path)
    assert not window.files.read_only and "(read-only)" not in window.windowTitle()
    assert len(answers.seen) == 1


def test_our_lock_is_seen_by_another_process_until_the_window_closes(
        window_factory: WindowFactory, tmp_path: Path) -> None:
    path = saved_small_essay(tmp_path)
    window = window_factory(path)
    busy = probe_from_another_process(path).split()
    assert busy[:2] == ["busy", str(os.getpid())]
    assert busy[2] == QSysInfo.machineHostName()
    window.close()
    assert probe_from_another_process(path) == "locked"


def test_a_stale_lock_of_a_crashed_process_is_taken_over_without_asking(
        window_factory: WindowFactory, tmp_path: Path) -> None:
    path = saved_small_essay(tmp_path)
    crashed, line = run_holder(path, "crash")
    assert line == "locked"
    crashed.wait(timeout=30)
    lock_file = lock_path_for(path)
    assert lock_file.read_text().split()[0] == str(crashed.pid)  # left behind
    answers = BoxAnswerer()
    window = window_factory(path)
    assert answers.seen == []
    assert not window.files.read_only and window.document.path == path
    assert lock_file.read_text().split()[0] == str(os.getpid())


def test_the_lock_follows_the_document(window_factory: WindowFactory, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    path = saved_small_essay(tmp_path)
    other = saved_small_essay(tmp_path, "other.essay")
    window = window_factory(path)
    assert lock_is_held(path)
    moved = tmp_path / "moved.essay"
    answer_save_as(monkeypatch, moved)
    assert window.files.save_as()
    assert not lock_is_held(path) and lock_is_held(moved)  # Save As moves it
    assert window.files.open_path(other)
    assert not lock_is_held(moved) and lock_is_held(other)  # opening another frees it
    window.files.new_file()
    assert not lock_is_held(other)  # an untitled essay holds nothing
    assert window.files.open_path(path)
    window.close()
    assert not lock_is_held(path)  # closing frees it
    assert not any(p.name.endswith(".lock") for p in tmp_path.iterdir())


def test_restored_work_on_a_file_held_elsewhere_opens_read_only(
        window_factory: WindowFactory, tmp_path: Path) -> None:
    path = saved_small_essay(tmp_path)
    window_factory(path)
    kept = saved_small_essay(tmp_path, "kept-copy.essay")
    entry = RecoveryEntry(kept, path, path, "essay.essay", datetime.now())
    second = window_factory(offer_recovery=False)
    assert second.restore(entry)
    assert second.document.path == path and second.files.read_only
    assert "(read-only)" in second.windowTitle()


# -- read-only windows never write the file ------------------------------

def test_read_only_ctrl_s_never_writes_the_file(window_factory: WindowFactory, tmp_path: Path,
                                                qtbot: QtBot,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    path = saved_small_essay(tmp_path)
    window_factory(path)
    answers = BoxAnswerer("Open Read-Only")  # kept: a dropped one stops answering
    second = window_factory(path)
    assert len(answers.seen) == 1 and second.files.read_only
    edit(second, "the read-only window's words")
    before = path.read_bytes()
    proposals = answer_save_as(monkeypatch, None)  # cancel the Save As dialog
    second.activateWindow()
    qtbot.waitActive(second)
    press(qtbot, second, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert proposals == [str(tmp_path / "essay (copy).essay")]
    assert path.read_bytes() == before and second.document.modified

    copy = tmp_path / "essay (copy).essay"
    answer_save_as(monkeypatch, copy)
    press(qtbot, second, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert path.read_bytes() == before
    assert claim_text(copy) == "the read-only window's words"
    # Now it is the copy's window, and holds the copy's lock.
    assert second.document.path == copy and not second.files.read_only
    assert "essay (copy).essay" in second.windowTitle()
    assert "(read-only)" not in second.windowTitle()
    assert lock_is_held(copy)


def test_read_only_save_as_onto_the_held_file_is_refused(
        window_factory: WindowFactory, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = saved_small_essay(tmp_path)
    window_factory(path)
    answers = BoxAnswerer("Open Read-Only", "OK")
    second = window_factory(path)
    edit(second, "mine")
    before = path.read_bytes()
    answer_save_as(monkeypatch, path)  # the person picks the held file itself
    assert not second.files.save()
    assert path.read_bytes() == before and second.document.modified
    assert answers.seen[1].title == "Cannot Save"
    assert "is open in another window of this program" in answers.seen[1].text


# -- no save is silently shadowed ------------------------------------------

def test_two_windows_saving_within_the_debounce_lose_nothing(
        window_factory: WindowFactory, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = saved_small_essay(tmp_path)
    first = window_factory(path)
    answers = BoxAnswerer("Open Read-Only")
    second = window_factory(path)
    edit(first, "the first window's words")
    edit(second, "the second window's words")
    copy = tmp_path / "essay (copy).essay"
    asked = answer_save_as(monkeypatch, copy)
    # Both in one turn of the event loop: far inside the watcher's 200 ms.
    first.actions_by_name["save"].trigger()
    second.actions_by_name["save"].trigger()
    assert len(asked) == 1  # the second was asked where
    # What the watcher's debounce runs, run now: neither save is news to its window.
    first.files.check_disk()
    second.files.check_disk()
    assert len(answers.seen) == 1
    assert claim_text(path) == "the first window's words"
    assert claim_text(copy) == "the second window's words"
    assert not first.document.modified and not second.document.modified
    assert "essay (copy).essay" in second.windowTitle()  # shown where it went


def _outside_write(path: Path, text: str) -> None:
    subprocess.run([sys.executable, "-c", OUTSIDE_WRITER, str(path), text],
                   check=True, timeout=60)


def test_a_save_right_after_an_outside_write_asks_and_keeps_both(
        window_factory: WindowFactory, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = saved_small_essay(tmp_path)
    window = window_factory(path)
    edit(window, "my words")
    _outside_write(path, "their words")
    copy = tmp_path / "essay (copy).essay"
    proposals = answer_save_as(monkeypatch, copy)
    answers = BoxAnswerer("<default>")
    # Before the watcher's debounce has run: only the save's own check can tell.
    assert window.files.save()
    assert [(s.title, s.default) for s in answers.seen] == [
        ("File Changed on Disk", "Save Mine As…")]
    assert proposals == [str(copy)]
    assert claim_text(path) == "their words"
    assert claim_text(copy) == "my words"
    assert window.document.path == copy and not window.document.modified
    assert "their words" not in window.statusBar().currentMessage()
    assert "essay.essay keeps the other version" in window.statusBar().currentMessage()
    window.files.check_disk()  # what the watcher's debounce runs
    assert len(answers.seen) == 1  # and the watcher does not ask again later


def test_overwrite_is_offered_and_keeps_theirs_as_the_backup(
        window_factory: WindowFactory, tmp_path: Path, qtbot: QtBot) -> None:
    path = saved_small_essay(tmp_path)
    window = window_factory(path)
    edit(window, "my words")
    _outside_write(path, "their words")
    answers = BoxAnswerer("Overwrite")
    assert window.files.save()
    assert len(answers.seen) == 1
    assert claim_text(path) == "my words"
    assert claim_text(path.with_name("essay.essay.bak")) == "their words"
    assert window.document.path == path and not window.document.modified


def test_cancel_at_the_conflict_writes_nothing_and_stays_modified(
        window_factory: WindowFactory, tmp_path: Path) -> None:
    path = saved_small_essay(tmp_path)
    window = window_factory(path)
    edit(window, "my words")
    _outside_write(path, "their words")
    after_outside = path.read_bytes()
    answers = BoxAnswerer("Cancel", "Keep Mine")
    assert not window.files.save()
    assert [s.title for s in answers.seen] == ["File Changed on Disk"]
    assert path.read_bytes() == after_outside and window.document.modified
    # The disk still differs, so the watcher's check asks too: run it now, not
    # at a debounce that could fire while the window is being torn down.
    window.files.check_disk()
    assert [(s.title, s.default) for s in answers.seen[1:]] == [
        ("File Changed on Disk", "Keep Mine")]
    assert path.read_bytes() == after_outside and window.document.modified


def test_own_saves_never_ask(window_factory: WindowFactory, tmp_path: Path) -> None:
    path = saved_small_essay(tmp_path)
    window = window_factory(path)
    answers = BoxAnswerer()
    for text in ("one", "two", "three"):
        edit(window, text)
        assert window.files.save()
        window.files.check_disk()  # what the watcher's debounce runs
    assert answers.seen == []
    assert claim_text(path) == "three"


def test_the_watchers_prompt_defaults_to_keeping_mine_and_a_later_save_still_asks(
        window_factory: WindowFactory, tmp_path: Path, qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = saved_small_essay(tmp_path)
    window = window_factory(path)
    edit(window, "my words")
    answers = BoxAnswerer("<default>", "<default>")
    _outside_write(path, "their words")
    qtbot.waitUntil(lambda: len(answers.seen) == 1, timeout=30_000)  # a bound, not a timing
    assert answers.seen[0].default == "Keep Mine"
    assert window.document.essay.node("b1").text == "my words" and window.document.modified
    assert claim_text(path) == "their words"
    # Keeping mine in the window is not a licence to overwrite theirs.
    copy = tmp_path / "essay (copy).essay"
    answer_save_as(monkeypatch, copy)
    assert window.files.save()
    assert answers.seen[1].default == "Save Mine As…"
    assert claim_text(path) == "their words" and claim_text(copy) == "my words"
