"""Who holds the lock of an .essay (io/essay/lock_info.py), read from lock
files written here as QLockFile writes them: process id, program, host,
machine id, boot id. Each line of the file is tried against this machine:
another machine, another boot, a process gone or reused, a process that is
alive but cannot be looked at."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from outliner.io.atomic import atomic_write
from outliner.io.essay.lock_info import LockHolder, host_name, live_holder, lock_path_for

BOOT_ID = Path("/proc/sys/kernel/random/boot_id")


def first_line(path: Path) -> str:
    try:
        return path.read_text(encoding="ascii").strip()
    except OSError:
        return ""


def machine_id() -> str:
    found = first_line(Path("/etc/machine-id")) or first_line(Path("/var/lib/dbus/machine-id"))
    if not found:
        pytest.skip("this machine records no machine id")
    return found


def boot_id() -> str:
    found = first_line(BOOT_ID)
    if not found:
        pytest.skip("this system gives no boot id (/proc)")
    return found


def own_program() -> str:
    """The file name of this process's program, as QLockFile records it."""
    return os.path.basename(os.readlink("/proc/self/exe"))


def essay(tmp_path: Path) -> Path:
    path = tmp_path / "open.essay"
    path.write_text("{}", encoding="utf-8")
    return path


def lock(path: Path, *lines: object) -> Path:
    """Write the lock of ``path`` with these lines (as QLockFile does)."""
    where = lock_path_for(path)
    where.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
    return where


# -- where the lock is -------------------------------------------------------------------

def test_a_new_file_is_locked_by_its_own_name(tmp_path: Path) -> None:
    assert lock_path_for(tmp_path / "new.essay") == tmp_path / ".new.essay.lock"


def test_a_symlink_is_locked_beside_the_file_it_names(tmp_path: Path) -> None:
    real = tmp_path / "real"
    real.mkdir()
    target = essay(real)
    link = tmp_path / "link.essay"
    link.symlink_to(target)
    assert lock_path_for(link) == lock_path_for(target) == real / ".open.essay.lock"


def test_hard_links_share_one_lock_named_after_the_inode(tmp_path: Path) -> None:
    path = essay(tmp_path)
    twin = tmp_path / "twin.essay"
    os.link(path, twin)
    expected = tmp_path / f".hardlink-{path.stat().st_ino}.essay.lock"
    assert lock_path_for(path) == lock_path_for(twin) == expected


def test_the_hard_link_lock_survives_a_save(tmp_path: Path) -> None:
    # Saves rewrite a hard-linked file in place, so its inode, and the lock's name, stay.
    path = essay(tmp_path)
    os.link(path, tmp_path / "twin.essay")
    before = lock_path_for(path)
    atomic_write(path, b'{"saved": true}', backup=True)
    assert lock_path_for(tmp_path / "twin.essay") == before


def test_a_lone_file_again_after_its_twin_goes_has_its_own_lock(tmp_path: Path) -> None:
    path = essay(tmp_path)
    os.link(path, tmp_path / "twin.essay")
    (tmp_path / "twin.essay").unlink()
    assert lock_path_for(path) == tmp_path / ".open.essay.lock"


# -- describing a holder -----------------------------------------------------------------

def test_this_process_is_another_window_of_this_program() -> None:
    holder = LockHolder(os.getpid(), host_name(), "python3")
    assert holder.describe() == f"another window of this program (process {os.getpid()})"


@pytest.mark.parametrize(("holder", "said"), [
    (LockHolder(4321, "desk", "EssayOutliner"), "EssayOutliner (process 4321 on desk)"),
    (LockHolder(4321, "desk", ""), "another program (process 4321 on desk)"),
    (LockHolder(4321, "", "EssayOutliner"), "EssayOutliner (process 4321)"),
])
def test_another_holder_is_named_by_program_process_and_host(holder: LockHolder,
                                                             said: str) -> None:
    assert holder.describe() == said


def test_our_process_id_on_another_host_is_not_this_window() -> None:
    holder = LockHolder(os.getpid(), "elsewhere", "EssayOutliner")
    assert holder.describe() == f"EssayOutliner (process {os.getpid()} on elsewhere)"


def test_the_host_name_without_uname_is_what_socket_says(monkeypatch: pytest.MonkeyPatch) -> None:
    with_uname = host_name()
    monkeypatch.delattr(os, "uname")
    assert host_name() == socket.gethostname() == with_uname


# -- reading the lock file ---------------------------------------------------------------

def test_a_live_holder_on_this_machine_and_boot_is_held(tmp_path: Path) -> None:
    path = essay(tmp_path)
    lock(path, os.getpid(), own_program(), host_name(), machine_id(), boot_id())
    assert live_holder(path) == LockHolder(os.getpid(), host_name(), own_program())


def test_a_lock_of_qt5_without_machine_and_boot_ids_is_read(tmp_path: Path) -> None:
    path = essay(tmp_path)
    lock(path, os.getpid(), own_program(), host_name())
    assert live_holder(path) == LockHolder(os.getpid(), host_name(), own_program())


def test_a_lock_without_a_program_name_is_held_by_any_live_process(tmp_path: Path) -> None:
    path = essay(tmp_path)
    lock(path, os.getpid(), "", host_name())
    assert live_holder(path) == LockHolder(os.getpid(), host_name(), "")


def test_a_process_id_reused_by_another_program_holds_nothing(tmp_path: Path) -> None:
    path = essay(tmp_path)
    lock(path, os.getpid(), "EssayOutlinerThatExitedLongAgo", host_name())
    assert live_holder(path) is None


def test_a_lock_from_another_machine_of_the_same_name_is_held(tmp_path: Path) -> None:
    # Two machines can share a host name; the machine id tells them apart,
    # and a process there cannot be checked from here.
    machine_id()
    path = essay(tmp_path)
    lock(path, 999_999, "EssayOutliner", host_name(), "0" * 32, "some-boot")
    assert live_holder(path) == LockHolder(999_999, host_name(), "EssayOutliner")


def test_a_lock_written_before_this_machine_started_is_stale(tmp_path: Path) -> None:
    # Even this very process id: it is another process, of an earlier boot.
    path = essay(tmp_path)
    lock(path, os.getpid(), own_program(), host_name(), machine_id(),
         "00000000-0000-0000-0000-000000000000")
    boot_id()
    assert live_holder(path) is None


def test_a_process_that_is_gone_holds_nothing(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True, timeout=60)
    path = essay(tmp_path)
    lock(path, int(done.stdout), "python3", host_name())
    assert live_holder(path) is None


@pytest.mark.parametrize("pid", ["0", "-5", "2147483647", str(2**40), "12abc", "", " "])
def test_a_process_id_that_names_no_process_holds_nothing(tmp_path: Path, pid: str) -> None:
    path = essay(tmp_path)
    lock(path, pid, "EssayOutliner", host_name())
    assert live_holder(path) is None


def test_a_lock_file_that_is_a_folder_holds_nothing(tmp_path: Path) -> None:
    path = essay(tmp_path)
    lock_path_for(path).mkdir()
    assert live_holder(path) is None


def test_a_lock_file_of_windows_lines_and_bad_bytes_is_read(tmp_path: Path) -> None:
    path = essay(tmp_path)
    lock_path_for(path).write_bytes(b"77\r\nEssay\xffOutliner\r\nfar-host\r\n")
    assert live_holder(path) == LockHolder(77, "far-host", "Essay\ufffdOutliner")


def test_only_the_start_of_a_huge_lock_file_is_read(tmp_path: Path) -> None:
    path = essay(tmp_path)
    lock_path_for(path).write_bytes(b"88\nEssayOutliner\n" + b"h" * 5000 + b"\n")
    holder = live_holder(path)
    assert holder is not None and holder.pid == 88
    assert holder.host == "h" * (4096 - len(b"88\nEssayOutliner\n"))


@pytest.fixture
def zombie() -> Iterator[int]:
    """A child that has exited but is not yet waited for: it still has a
    process id (signal 0 reaches it) but no program to look at."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            state = Path(f"/proc/{child.pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
            if state == "Z":
                break
            time.sleep(0.01)
        else:
            pytest.fail("the child never exited")
        yield child.pid
    finally:
        child.wait(timeout=30)


def test_a_live_process_whose_program_cannot_be_read_is_held(tmp_path: Path,
                                                             zombie: int) -> None:
    if not Path("/proc/self/exe").exists():
        pytest.skip("needs /proc")
    with pytest.raises(OSError):
        os.readlink(f"/proc/{zombie}/exe")
    path = essay(tmp_path)
    lock(path, zombie, "EssayOutliner", host_name())
    assert live_holder(path) == LockHolder(zombie, host_name(), "EssayOutliner")
