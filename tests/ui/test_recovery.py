"""Autosave and crash recovery: copies written, offered after a crash, cleaned up."""

from __future__ import annotations

import gc
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from outliner.core.essay import Essay
from outliner.core.ops import plan_set
from outliner.io.essay.file import essay_to_json, load_essay
from outliner.ui import MainWindow, file_actions, recovery
from outliner.ui.recovery import Autosaver, RecoveryEntry, RecoveryFile, find_orphans
from tests.support.helpers import small_essay
from tests.ui.test_main_window import WindowFactory, saved_small_essay, window_factory

__all__ = ["window_factory"]

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def discard_on_close(monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows left open at the end close without asking."""
    monkeypatch.setattr(file_actions, "ask_save_changes", lambda *_: "discard")


def copies(folder: Path) -> list[Path]:
    """The recovery copies in ``folder``."""
    return sorted(folder.glob("*.essay")) if folder.is_dir() else []


def accept_restore(monkeypatch: pytest.MonkeyPatch) -> list[list[RecoveryEntry]]:
    """Answer the restore offer with Restore; returns what was offered."""
    offered: list[list[RecoveryEntry]] = []
    monkeypatch.setattr(recovery, "ask_restore",
                        lambda _w, entries: offered.append(entries) or "restore")
    return offered


def crash(window: MainWindow) -> None:
    """Drop a window the way a crash would: no close, no cleanup."""
    window.autosaver.stop()  # a dead process runs no timers
    window.hide()
    shiboken6.delete(window)  # the C++ window goes now, closeEvent never runs
    QApplication.processEvents()
    gc.collect()


def test_autosave_writes_only_modified_work(window_factory: WindowFactory,
                                            tmp_path: Path) -> None:
    window = window_factory(saved_small_essay(tmp_path))
    folder = tmp_path / "recovery"
    assert not window.autosaver.autosave()
    assert copies(folder) == []
    essay = window.document.essay
    window.document.push(plan_set(essay, essay.node("b2"), "text", "Edited"))
    assert window.autosaver.autosave()
    [copy] = copies(folder)
    assert essay_to_json(load_essay(copy)) == essay_to_json(essay)
    sidecar = json.loads(copy.with_suffix(".json").read_text(encoding="utf-8"))
    assert sidecar["original"] == str(tmp_path / "essay.essay")
    assert sidecar["saved_at"]
    window.document.undo_stack.undo()  # back to the saved state
    assert not window.autosaver.autosave()
    assert copies(folder) == []


def test_idle_autosave_fires_after_a_change(window_factory: WindowFactory, tmp_path: Path,
                                            qtbot: QtBot) -> None:
    window = window_factory(saved_small_essay(tmp_path))
    window.autosaver._idle.setInterval(50)
    essay = window.document.essay
    window.document.push(plan_set(essay, essay.node("b2"), "text", "Edited"))
    qtbot.waitUntil(lambda: len(copies(tmp_path / "recovery")) == 1, timeout=3000)


def test_restore_after_simulated_crash(qtbot: QtBot, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.ui.test_main_window import make_window

    path = saved_small_essay(tmp_path)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    doomed = MainWindow(path, settings=settings, recovery_folder=tmp_path / "recovery")
    essay = doomed.document.essay
    doomed.document.push(plan_set(essay, essay.node("b1"), "text", "Kept after the crash"))
    doomed.document.push(plan_set(essay, essay.node("q1"), "cite", "99"))
    assert doomed.autosaver.autosave()
    expected = essay_to_json(essay)
    crash(doomed)
    del doomed, essay

    offered = accept_restore(monkeypatch)
    window = make_window(qtbot, tmp_path)
    assert len(offered) == 1 and offered[0][0].original == path
    assert essay_to_json(window.document.essay) == expected
    assert window.document.path == path
    assert window.document.modified and window.isWindowModified()
    # The old copy is gone; the restored work is safe in this window's own copy.
    assert copies(tmp_path / "recovery") == [window.recovery_file.data_path]
    window.close()
    assert copies(tmp_path / "recovery") == []


def test_discard_deletes_the_copies(qtbot: QtBot, tmp_path: Path,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.ui.test_main_window import make_window

    folder = tmp_path / "recovery"
    orphan = RecoveryFile(folder)
    orphan.write(b"{}", None, None, "Lost work")
    orphan._lock = None  # its owner is gone (the lock object went with it)
    monkeypatch.setattr(recovery, "ask_restore", lambda *_: "discard")
    make_window(qtbot, tmp_path)
    assert copies(folder) == [] and list(folder.glob("*.json")) == []


def test_later_keeps_the_copies(qtbot: QtBot, tmp_path: Path,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.ui.test_main_window import make_window

    folder = tmp_path / "recovery"
    orphan = RecoveryFile(folder)
    orphan.write(b"{}", None, None, "Lost work")
    orphan._lock = None
    monkeypatch.setattr(recovery, "ask_restore", lambda *_: "later")
    make_window(qtbot, tmp_path)
    assert copies(folder) == [orphan.data_path]


def test_live_windows_do_not_clobber_or_offer_each_other(
        window_factory: WindowFactory, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    offered = accept_restore(monkeypatch)
    first = window_factory(saved_small_essay(tmp_path, "a.essay"))
    second = window_factory(saved_small_essay(tmp_path, "b.essay"))
    for window, text in ((first, "from a"), (second, "from b")):
        essay = window.document.essay
        window.document.push(plan_set(essay, essay.node("b1"), "text", text))
        assert window.autosaver.autosave()
    assert first.recovery_file.data_path != second.recovery_file.data_path
    assert len(copies(tmp_path / "recovery")) == 2
    window_factory(saved_small_essay(tmp_path, "c.essay"))
    assert offered == []  # both copies belong to live windows
    assert find_orphans(tmp_path / "recovery") == []
    assert load_essay(first.recovery_file.data_path).node("b1").text == "from a"


def test_clean_close_and_save_remove_the_copy(window_factory: WindowFactory,
                                              tmp_path: Path) -> None:
    window = window_factory(saved_small_essay(tmp_path))
    essay = window.document.essay
    window.document.push(plan_set(essay, essay.node("b1"), "text", "x"))
    assert window.autosaver.autosave()
    assert window.files.save()
    assert copies(tmp_path / "recovery") == []
    window.document.push(plan_set(essay, essay.node("b1"), "text", "y"))
    assert window.autosaver.autosave()
    assert window.close()  # the fixture answers Discard
    assert copies(tmp_path / "recovery") == []
    assert list((tmp_path / "recovery").iterdir()) == []


CHILD = """
import sys
from pathlib import Path
from PySide6.QtCore import QSettings
from outliner.core.ops import plan_set
from outliner.ui.app import make_application
from outliner.ui import MainWindow

app = make_application()
settings = QSettings(sys.argv[2], QSettings.Format.IniFormat)
window = MainWindow(Path(sys.argv[1]), settings=settings)
window.show()
essay = window.document.essay
body = [n for n in essay.outline if n.kind.value == "body"][0]
window.document.push(plan_set(essay, body, "text", "Typed before the crash", merge=True))
print("edited", flush=True)
sys.exit(app.exec())
"""


def test_real_crash_in_a_subprocess(qtbot: QtBot, tmp_path: Path,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.ui.test_main_window import make_window

    path = saved_small_essay(tmp_path)
    ini = tmp_path / "settings.ini"
    settings = QSettings(str(ini), QSettings.Format.IniFormat)
    settings.setValue("recovery/folder", str(tmp_path / "recovery"))
    settings.setValue("recovery/interval_ms", 300)
    settings.setValue("recovery/idle_ms", 100)
    settings.sync()
    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    child = subprocess.Popen([sys.executable, str(script), str(path), str(ini)],
                             env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 30
        while not copies(tmp_path / "recovery"):
            assert child.poll() is None, child.stderr.read().decode() if child.stderr else ""
            assert time.monotonic() < deadline, "the child never autosaved"
            time.sleep(0.05)
        time.sleep(0.2)  # let the sidecar land too
        os.kill(child.pid, signal.SIGKILL)
        child.wait(10)
    finally:
        if child.poll() is None:
            child.kill()
    assert child.returncode == -signal.SIGKILL
    assert len(copies(tmp_path / "recovery")) == 1  # left behind by the crash

    offered = accept_restore(monkeypatch)
    window = make_window(qtbot, tmp_path)
    assert len(offered) == 1 and offered[0][0].original == path
    assert window.document.essay.node("b1").text == "Typed before the crash"
    assert window.document.path == path and window.document.modified


def test_write_refuses_when_the_lock_is_held_elsewhere(tmp_path: Path) -> None:
    from PySide6.QtCore import QLockFile

    from outliner.io.errors import DocumentError

    own = RecoveryFile(tmp_path / "recovery")
    (tmp_path / "recovery").mkdir()
    other = QLockFile(str(own.data_path.with_suffix(recovery.LOCK_SUFFIX)))
    assert other.tryLock(0)
    with pytest.raises(DocumentError) as caught:
        own.write(b"{}", None, None, "Work")
    assert str(own.data_path.with_suffix(recovery.LOCK_SUFFIX)) in str(caught.value)
    assert copies(tmp_path / "recovery") == []  # an unlocked copy would look orphaned
    other.unlock()
    own.write(b"{}", None, None, "Work")  # the next autosave tries the lock again
    assert copies(tmp_path / "recovery") == [own.data_path]
    own.release()


def _written(path: Path) -> tuple[int, int]:
    """Identifies one write of ``path`` (an atomic write makes a new file)."""
    st = path.stat()
    return st.st_ino, st.st_mtime_ns


def _settle(autosaver: Autosaver) -> None:
    """Let a background write finish and its news reach the window."""
    autosaver.wait()
    QApplication.processEvents()


def test_background_autosave_writes_the_bytes_a_save_writes(
        window_factory: WindowFactory, tmp_path: Path) -> None:
    window = window_factory(saved_small_essay(tmp_path))
    autosaver, copy = window.autosaver, window.recovery_file.data_path
    essay = window.document.essay
    window.document.push(plan_set(essay, essay.node("b1"), "text", "Typed “quickly” — ✓"))
    expected = essay_to_json(essay).encode("utf-8")
    assert autosaver.autosave_in_background()
    # The essay changes while the copy is written: the copy is the snapshot.
    window.document.push(plan_set(essay, essay.node("b1"), "text", "Changed after"))
    _settle(autosaver)
    assert copy.read_bytes() == expected
    assert autosaver.tick()  # the later change is still news
    _settle(autosaver)
    assert copy.read_bytes() == essay_to_json(essay).encode("utf-8")
    assert not autosaver.tick()


def test_interval_writes_only_after_a_change(window_factory: WindowFactory,
                                             tmp_path: Path) -> None:
    window = window_factory(saved_small_essay(tmp_path))
    autosaver, copy = window.autosaver, window.recovery_file.data_path
    essay = window.document.essay
    window.document.push(plan_set(essay, essay.node("b1"), "text", "First"))
    assert autosaver.tick()
    _settle(autosaver)  # the interval's copy is written on a thread of its own
    first = _written(copy)
    assert not autosaver.tick()  # unsaved, but nothing new since the last copy
    assert _written(copy) == first
    window.document.push(plan_set(essay, essay.node("b1"), "text", "Second"))
    assert autosaver.tick()
    _settle(autosaver)
    assert _written(copy) != first
    assert load_essay(copy).node("b1").text == "Second"


def test_recovery_folder_is_not_written_into_the_settings(
        window_factory: WindowFactory, tmp_path: Path) -> None:
    window = window_factory(saved_small_essay(tmp_path))
    assert window.recovery_file.folder == tmp_path / "recovery"
    window.app_settings.sync()
    assert window.app_settings.qsettings.value("recovery/folder") is None


def test_extra_restored_windows_use_the_same_folder_and_are_forgotten_when_closed(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.ui.test_main_window import make_window

    folder = tmp_path / "recovery"
    for title in ("One", "Two"):
        orphan = RecoveryFile(folder)
        orphan.write(essay_to_json(small_essay_titled(title)).encode("utf-8"),
                     None, None, title)
        orphan._lock = None  # its owner is gone
    accept_restore(monkeypatch)
    window = make_window(qtbot, tmp_path)
    [extra] = window.restored_windows
    assert extra.recovery_file.folder == folder
    assert extra.document.modified
    # Both restored copies now live in this folder under the two windows.
    assert sorted(copies(folder)) == sorted([window.recovery_file.data_path,
                                             extra.recovery_file.data_path])
    assert extra.close()  # the autouse fixture answers Discard
    qtbot.waitUntil(lambda: window.restored_windows == [], timeout=3000)
    window.close()


def small_essay_titled(title: str) -> Essay:
    """The small test essay with ``title``."""
    essay = small_essay()
    essay.meta.title = title
    return essay
