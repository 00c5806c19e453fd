"""Atomic writes: all or nothing, with a backup, and clear errors."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from outliner.io.atomic import atomic_write
from outliner.io.errors import DocumentError


def test_writes_and_keeps_backup(tmp_path: Path) -> None:
    target = tmp_path / "a.essay"
    atomic_write(target, b"one")
    atomic_write(target, b"two", backup=True)
    assert target.read_bytes() == b"two"
    assert (tmp_path / "a.essay.bak").read_bytes() == b"one"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.essay", "a.essay.bak"]


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="does not exist"):
        atomic_write(tmp_path / "nope" / "a.txt", b"x")


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write into read-only folders")
def test_unwritable_folder_leaves_original(tmp_path: Path) -> None:
    target = tmp_path / "a.txt"
    target.write_bytes(b"original")
    tmp_path.chmod(0o500)
    try:
        with pytest.raises(DocumentError, match="cannot write"):
            atomic_write(target, b"new")
    finally:
        tmp_path.chmod(0o700)
    assert target.read_bytes() == b"original"


def test_target_is_a_folder_leaves_no_temp_file(tmp_path: Path) -> None:
    (tmp_path / "out.txt").mkdir()
    with pytest.raises(DocumentError, match="could not be written"):
        atomic_write(tmp_path / "out.txt", b"data")
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_backup_is_fsynced_before_its_rename_and_the_folder_after(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The real fsync and rename run; the spies only note what they were given."""
    target = tmp_path / "a.essay"
    atomic_write(target, b"one")
    events: list[tuple[str, str]] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: int) -> None:
        events.append(("fsync", os.readlink(f"/proc/self/fd/{fd}")))
        real_fsync(fd)

    def replace(src: str | Path, dst: str | Path) -> None:
        events.append(("replace", f"{src} -> {dst}"))
        real_replace(src, dst)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    atomic_write(target, b"two", backup=True)

    bak = str(tmp_path / "a.essay.bak")
    renamed = [i for i, (kind, what) in enumerate(events)
               if kind == "replace" and what.endswith(f"-> {bak}")]
    assert len(renamed) == 1
    bak_tmp = events[renamed[0]][1].split(" -> ")[0]
    assert bak_tmp.endswith(".bak.tmp")
    assert ("fsync", bak_tmp) in events[:renamed[0]]
    assert ("fsync", str(tmp_path)) in events[renamed[0]:]
    assert (tmp_path / "a.essay.bak").read_bytes() == b"one"
    assert target.read_bytes() == b"two"


def test_failed_in_place_write_keeps_the_new_version_and_says_where(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A hard-linked file is rewritten in place; if that fails half way, the
    temporary file is the only whole copy of the new text and must stay."""
    target = tmp_path / "a.essay"
    target.write_bytes(b"old text")
    os.link(target, tmp_path / "twin.essay")
    real_pwrite = os.pwrite
    calls: list[int] = []

    def failing_pwrite(fd: int, data: bytes | memoryview, offset: int) -> int:
        calls.append(offset)
        if len(calls) == 2:  # after the marker byte, in the middle of the text
            raise OSError(errno.EIO, "Input/output error")
        return real_pwrite(fd, data, offset)

    monkeypatch.setattr(os, "pwrite", failing_pwrite)
    with pytest.raises(DocumentError, match="new version is kept in") as caught:
        atomic_write(target, b"the new text", backup=True)
    leftovers = [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert len(leftovers) == 1 and str(leftovers[0]) in str(caught.value)
    assert leftovers[0].read_bytes() == b"the new text"
    assert (tmp_path / "a.essay.bak").read_bytes() == b"old text"


def test_full_disk_before_an_in_place_write_changes_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "a.essay"
    target.write_bytes(b"old")
    os.link(target, tmp_path / "twin.essay")

    def full(_fd: int, _offset: int, _length: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "posix_fallocate", full)
    with pytest.raises(DocumentError, match="No space left"):
        atomic_write(target, b"a much longer new text")
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.essay", "twin.essay"]
