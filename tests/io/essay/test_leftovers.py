"""A save killed half way: what it left is found and offered back on the next open.

The crashes are real: a subprocess saves and sends itself SIGKILL at the
chosen step (the final rename, the backup's rename, or in the middle of
rewriting a hard-linked file in place).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from outliner.io.essay.file import essay_to_json, load_essay, save_essay
from outliner.io.essay.leftovers import Leftover, scan_leftovers
from outliner.ui.dialogs import leftover_offer
from tests.conftest import REPO
from tests.support.helpers import small_essay
from tests.ui.test_main_window import WindowFactory, window_factory

__all__ = ["window_factory"]

OLD_TEXT = "First claim"  # small_essay's b1
NEW_TEXT = "The claim typed just before the crash"

KILLED_SAVE = r"""
import os, signal, sys
from pathlib import Path
from outliner.io.essay.file import save_essay
from tests.support.helpers import small_essay

path, step, text = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
essay = small_essay()
essay.node("b1").text = text

def die():
    os.kill(os.getpid(), signal.SIGKILL)

real_replace, real_pwrite = os.replace, os.pwrite
offsets = []

def replace(src, dst):
    if (step == "backup-rename") == str(dst).endswith(".bak"):
        die()
    real_replace(src, dst)

def pwrite(fd, data, offset):
    offsets.append(offset)
    if len(offsets) == 2:  # the marker byte is written; the text is next
        die()
    return real_pwrite(fd, data, offset)

if step in ("final-rename", "backup-rename"):
    os.replace = replace
elif step == "in-place":
    os.pwrite = pwrite
save_essay(essay, path)
"""


def killed_save(path: Path, step: str, text: str = NEW_TEXT) -> None:
    """Save ``text`` as b1 to ``path`` in a subprocess that is killed at ``step``."""
    env = dict(os.environ, PYTHONPATH=str(REPO))
    done = subprocess.run([sys.executable, "-c", KILLED_SAVE, str(path), step, text],
                          cwd=REPO, env=env, capture_output=True, timeout=60, check=False)
    assert done.returncode == -signal.SIGKILL, done.stderr.decode()


def temp_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.name.endswith(".tmp"))


def saved(tmp_path: Path, name: str = "essay.essay") -> Path:
    path = tmp_path / name
    save_essay(small_essay(), path)
    return path


def answer(monkeypatch: pytest.MonkeyPatch,
           open_it: bool | None) -> list[tuple[Path, Leftover]]:
    """Make the offer answer ``open_it``; returns what was offered."""
    asked: list[tuple[Path, Leftover]] = []

    def fake(_parent: object, path: Path, leftover: Leftover, _intact: bool) -> bool | None:
        asked.append((path, leftover))
        return open_it

    monkeypatch.setattr(leftover_offer, "ask_open_newer", fake)
    return asked


def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(leftover_offer, "tell", lambda _p, _title, text: shown.append(text))
    return shown


# -- real crashes, then the window -------------------------------------------

def test_kill_at_the_final_rename_is_offered_back_and_opens_the_new_text(
        window_factory: WindowFactory, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = saved(tmp_path)
    old = path.read_bytes()
    killed_save(path, "final-rename")
    assert path.read_bytes() == old  # the crash left the file as it was...
    [leftover] = temp_files(tmp_path)  # ...and the new version only here
    assert load_essay(leftover).node("b1").text == NEW_TEXT

    asked = answer(monkeypatch, open_it=True)
    window = window_factory(path)

    assert [(p, o.path) for p, o in asked] == [(path, leftover)]
    assert window.document.path == path and not window.isWindowModified()
    assert window.document.essay.node("b1").text == NEW_TEXT
    assert load_essay(path).node("b1").text == NEW_TEXT
    assert (tmp_path / "essay.essay.bak").read_bytes() == old
    assert temp_files(tmp_path) == []


def test_keep_the_file_as_it_is_deletes_the_newer_version(
        window_factory: WindowFactory, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = saved(tmp_path)
    old = path.read_bytes()
    killed_save(path, "final-rename")
    asked = answer(monkeypatch, open_it=False)
    window = window_factory(path)
    assert len(asked) == 1
    assert window.document.essay.node("b1").text == OLD_TEXT
    assert path.read_bytes() == old and temp_files(tmp_path) == []
    # Dealt with: opening again asks nothing.
    assert window.files.open_path(path) and len(asked) == 1


def test_an_offer_closed_without_an_answer_deletes_nothing(
        window_factory: WindowFactory, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = saved(tmp_path)
    killed_save(path, "final-rename")
    [leftover] = temp_files(tmp_path)
    asked = answer(monkeypatch, open_it=None)
    window = window_factory(path)
    assert len(asked) == 1 and window.document.essay.node("b1").text == OLD_TEXT
    assert temp_files(tmp_path) == [leftover]  # offered again next time


def test_kill_through_a_symlink_is_offered_when_the_link_is_opened(
        window_factory: WindowFactory, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    real = tmp_path / "real"
    real.mkdir()
    target = saved(real, "target.essay")
    link = tmp_path / "link.essay"
    link.symlink_to(target)
    killed_save(link, "final-rename")
    assert len(temp_files(real)) == 1 and temp_files(tmp_path) == []

    asked = answer(monkeypatch, open_it=True)
    window = window_factory(link)
    assert len(asked) == 1
    assert window.document.essay.node("b1").text == NEW_TEXT
    assert link.is_symlink() and load_essay(target).node("b1").text == NEW_TEXT
    assert temp_files(real) == []


def test_kill_while_a_hard_linked_file_is_rewritten_is_offered_back(
        window_factory: WindowFactory, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = saved(tmp_path)
    old = path.read_bytes()
    twin = tmp_path / "twin.essay"
    os.link(path, twin)
    killed_save(path, "in-place")
    # Half rewritten, but marked: it cannot pass for a whole essay.
    assert path.read_bytes()[:1] == b"\0"
    assert (tmp_path / "essay.essay.bak").read_bytes() == old
    assert len(temp_files(tmp_path)) == 1

    asked = answer(monkeypatch, open_it=True)
    window = window_factory(path)
    assert len(asked) == 1
    assert window.document.essay.node("b1").text == NEW_TEXT
    assert load_essay(twin).node("b1").text == NEW_TEXT  # still one file, two names
    assert path.stat().st_ino == twin.stat().st_ino
    # The broken file did not replace the good backup.
    assert (tmp_path / "essay.essay.bak").read_bytes() == old
    assert temp_files(tmp_path) == []


def test_kill_while_the_backup_is_renamed_leaves_nothing_to_ask(
        window_factory: WindowFactory, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = saved(tmp_path)
    old = path.read_bytes()
    killed_save(path, "backup-rename")
    leftovers = temp_files(tmp_path)
    assert {p.name.endswith(".bak.tmp") for p in leftovers} == {True, False}

    asked = answer(monkeypatch, open_it=True)
    window = window_factory(path)
    # The new version is offered; the half-made backup copy is of the intact file.
    assert len(asked) == 1 and not asked[0][1].is_backup_copy
    assert window.document.essay.node("b1").text == NEW_TEXT
    assert (tmp_path / "essay.essay.bak").read_bytes() == old
    assert temp_files(tmp_path) == []


# -- the scan ----------------------------------------------------------------

def write_leftover(path: Path, random: str, data: bytes, age_s: float = 0,
                   backup_copy: bool = False) -> Path:
    suffix = ".bak.tmp" if backup_copy else ".tmp"
    leftover = path.with_name(f".{path.name}.{random}{suffix}")
    leftover.write_bytes(data)
    when = path.stat().st_mtime + age_s
    os.utime(leftover, (when, when))
    return leftover


def test_scan_sorts_leftovers_by_what_they_hold(tmp_path: Path) -> None:
    path = saved(tmp_path)
    newer = small_essay()
    newer.node("b1").text = NEW_TEXT
    good = essay_to_json(newer).encode()
    offered = write_leftover(path, "aaaaaaaa", good, age_s=10)
    superseded = write_leftover(path, "bbbbbbbb", good, age_s=-10)
    same = write_leftover(path, "cccccccc", path.read_bytes(), age_s=20)
    broken_old = write_leftover(path, "dddddddd", good[:40], age_s=-5)
    broken_new = write_leftover(path, "eeeeeeee", good[:40], age_s=30)
    backup_copy = write_leftover(path, "ffffffff", b"{", age_s=40, backup_copy=True)
    unrelated = [path.with_name(".essay.essay.x.tmp"),
                 path.with_name(".other.essay.gggggggg.tmp"),
                 path.with_name(".essay.essay.hhhhhhhh.tmp.keep")]
    for other in unrelated:
        other.write_bytes(good)

    scan = scan_leftovers(path)

    assert scan.file_is_intact
    assert [o.path for o in scan.newer] == [offered]
    assert sorted(o.path for o in scan.stale) == sorted(
        [superseded, same, broken_old, backup_copy])
    assert [o.path for o in scan.kept] == [broken_new]


def test_leftovers_of_a_broken_file_are_kept_unless_whole(tmp_path: Path) -> None:
    path = tmp_path / "essay.essay"
    path.write_bytes(b"{\"format\": ")  # cut off
    good = essay_to_json(small_essay()).encode()
    whole = write_leftover(path, "aaaaaaaa", good, age_s=-100)  # older, but whole
    half = write_leftover(path, "bbbbbbbb", good[:50], age_s=-50)
    backup_copy = write_leftover(path, "cccccccc", good, age_s=-200, backup_copy=True)
    scan = scan_leftovers(path)
    assert not scan.file_is_intact
    assert [o.path for o in scan.newer] == [whole]
    assert sorted(o.path for o in scan.kept) == sorted([half, backup_copy])
    assert scan.stale == []


def test_files_that_are_not_essays_are_not_scanned(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text("notes")
    write_leftover(path, "aaaaaaaa", essay_to_json(small_essay()).encode(), age_s=5)
    scan = scan_leftovers(path)
    assert scan.newer == scan.stale == scan.kept == []


# -- the window's side -------------------------------------------------------

def test_an_unreadable_leftover_is_kept_and_mentioned(
        window_factory: WindowFactory, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = saved(tmp_path)
    long_ago = path.stat().st_mtime - 100
    os.utime(path, (long_ago, long_ago))
    half = write_leftover(path, "aaaaaaaa", path.read_bytes()[:30], age_s=50)
    asked = answer(monkeypatch, open_it=True)
    shown = told(monkeypatch)
    window = window_factory(path)
    assert asked == []
    assert len(shown) == 1 and half.name in shown[0] and "\n" not in shown[0]
    assert shown[0].startswith(f"{path}: ")
    assert half.exists()
    assert window.document.essay.node("b1").text == OLD_TEXT
    # Once a newer save is in place the broken leftover has nothing to offer.
    window.document.undo_stack.resetClean()
    assert window.files.save()
    assert window.files.open_path(path)
    assert len(shown) == 1 and not half.exists()


def test_a_missing_file_with_a_whole_leftover_opens_it(
        window_factory: WindowFactory, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "essay.essay"
    newer = small_essay()
    newer.node("b1").text = NEW_TEXT
    leftover = path.with_name(".essay.essay.aaaaaaaa.tmp")
    leftover.write_bytes(essay_to_json(newer).encode())
    answer(monkeypatch, open_it=True)
    window = window_factory()
    assert window.files.open_path(path)
    assert window.document.path == path
    assert window.document.essay.node("b1").text == NEW_TEXT
    # The leftover is gone; what stays is the file and the open window's lock.
    assert sorted(p.name for p in tmp_path.iterdir() if "essay.essay" in p.name) == [
        ".essay.essay.lock", "essay.essay"]


def test_the_real_offer_opens_the_newer_version_by_default(
        qtbot: QtBot, tmp_path: Path) -> None:
    path = saved(tmp_path)
    newer = small_essay()
    newer.node("b1").text = NEW_TEXT
    write_leftover(path, "aaaaaaaa", essay_to_json(newer).encode(), age_s=5)
    [leftover] = scan_leftovers(path).newer
    seen: list[str] = []

    def press_enter() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, press_enter)
            return
        seen.append(box.text())
        QTest.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(50, press_enter)
    assert leftover_offer.ask_open_newer(None, path, leftover, True)
    assert seen and seen[0].startswith("A newer version of “essay.essay” saved at ")
    assert "was not finished being put in place" in seen[0]
