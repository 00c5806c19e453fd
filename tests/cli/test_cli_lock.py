"""The command line never writes an essay that a window has open: the lock a
window holds (a real QLockFile, in another process or in this one through
the window's lock) stops every command, even with --force."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from outliner.core.essay import Essay, Node, NodeKind
from outliner.io.essay.file import load_essay, save_essay
from outliner.io.essay.lock_info import LockHolder, live_holder, lock_path_for
from tests.cli.test_cli import assert_one_line_error, call, run

K = NodeKind

#: Takes the lock at argv[1] with a real QLockFile, says "locked", then
#: holds it until stdin closes ("hold") or dies holding it ("crash").
HOLDER = """
import os, sys
from PySide6.QtCore import QLockFile
lock = QLockFile(sys.argv[1])
lock.setStaleLockTime(0)
print("locked" if lock.tryLock(0) else "busy", flush=True)
if sys.argv[2] == "crash":
    os._exit(0)
sys.stdin.readline()
lock.unlock()
"""


def essay_file(path: Path) -> Path:
    save_essay(Essay(outline=[
        Node(K.BODY, "a claim", id="b1", children=[Node(K.NOTE, "a note to draft from")]),
    ]), path)
    return path


@pytest.fixture
def held(tmp_path: Path) -> Iterator[tuple[Path, subprocess.Popen[str]]]:
    """An essay whose lock another process holds, as a window would."""
    path = essay_file(tmp_path / "open.essay")
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(lock_path_for(path)), "hold"],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdin is not None
    try:
        assert proc.stdout.readline().strip() == "locked"
        yield path, proc
    finally:
        proc.stdin.close()
        proc.wait(timeout=30)


def test_the_lock_file_is_read_as_qlockfile_writes_it(
        held: tuple[Path, subprocess.Popen[str]]) -> None:
    path, proc = held
    holder = live_holder(path)
    assert holder is not None
    assert (holder.pid, holder.host) == (proc.pid, socket.gethostname())
    assert "python" in holder.app


@pytest.mark.parametrize("command", [
    ["draft", "{open}"],
    ["draft", "{open}", "--force"],
    ["draft", "{other}", "-o", "{open}", "--force"],
    ["import", "{md}", "-o", "{open}", "--force"],
])
def test_every_write_over_an_open_essay_is_refused(
        held: tuple[Path, subprocess.Popen[str]], tmp_path: Path,
        command: list[str]) -> None:
    path, proc = held
    other = essay_file(tmp_path / "other.essay")
    md = tmp_path / "draft.md"
    md.write_text("# Title\n\n- a point\n", encoding="utf-8")
    before = path.read_bytes()
    args = [a.format(open=path, other=other, md=md) for a in command]
    result = run(*args)
    assert result.returncode == 1, result
    assert_one_line_error(result.stderr, str(path), "is open in python",
                          f"process {proc.pid} on {socket.gethostname()}")
    assert path.read_bytes() == before
    assert not path.with_name("open.essay.bak").exists()


def test_a_symlink_to_the_open_essay_is_refused_too(
        held: tuple[Path, subprocess.Popen[str]], tmp_path: Path) -> None:
    path, proc = held
    soft = tmp_path / "soft.essay"
    soft.symlink_to(path)
    before = path.read_bytes()
    result = run("draft", soft)
    assert result.returncode == 1, result
    assert_one_line_error(result.stderr, str(soft), f"process {proc.pid}")
    assert path.read_bytes() == before


def test_a_hard_linked_essay_open_in_a_window_is_refused_under_its_other_name(
        tmp_path: Path) -> None:
    from outliner.ui.document_lock import DocumentLock

    path = essay_file(tmp_path / "open.essay")
    link = tmp_path / "link.essay"
    os.link(path, link)
    lock = DocumentLock(path)  # the window's own lock, in this process
    assert lock.acquire()
    try:
        result = run("draft", link)
        assert result.returncode == 1, result
        assert_one_line_error(result.stderr, str(link), f"process {os.getpid()}")
        assert load_essay(link).node("b1").prose == ""
    finally:
        lock.release()
    assert run("draft", link).returncode == 0  # closed: the command may write
    assert load_essay(path).node("b1").prose != ""


def test_main_in_this_process_respects_the_windows_lock(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from outliner.ui.document_lock import DocumentLock

    path = essay_file(tmp_path / "open.essay")
    before = path.read_bytes()
    lock = DocumentLock(path)
    assert lock.acquire()
    try:
        status, _out, err = call(capsys, "draft", path, "--force")
    finally:
        lock.release()
    assert status == 1
    assert_one_line_error(err, str(path), "is open in another window of this program")
    assert path.read_bytes() == before


def test_a_lock_left_by_a_crashed_process_does_not_stop_the_command(tmp_path: Path) -> None:
    path = essay_file(tmp_path / "open.essay")
    crashed = subprocess.run([sys.executable, "-c", HOLDER, str(lock_path_for(path)), "crash"],
                             capture_output=True, text=True, timeout=60, check=True)
    assert crashed.stdout.strip() == "locked" and lock_path_for(path).exists()
    assert live_holder(path) is None
    result = run("draft", path)
    assert result.returncode == 0, result.stderr
    assert load_essay(path).node("b1").prose != ""


def test_a_lock_from_another_host_is_held(tmp_path: Path) -> None:
    path = essay_file(tmp_path / "open.essay")
    lock_path_for(path).write_text("1\nEssayOutliner\nsome-other-host\nabc\ndef\n",
                                   encoding="utf-8")
    assert live_holder(path) == LockHolder(1, "some-other-host", "EssayOutliner")
    before = path.read_bytes()
    result = run("draft", path, "--force")
    assert result.returncode == 1
    assert_one_line_error(result.stderr, str(path),
                          "is open in EssayOutliner (process 1 on some-other-host)")
    assert path.read_bytes() == before


def test_no_lock_or_an_unreadable_one_holds_nothing(tmp_path: Path) -> None:
    path = essay_file(tmp_path / "open.essay")
    assert live_holder(path) is None
    lock_path_for(path).write_text("not a pid\n", encoding="utf-8")
    assert live_holder(path) is None
    lock_path_for(path).write_text("", encoding="utf-8")
    assert live_holder(path) is None
