"""Atomic writes: all or nothing, with a backup, and clear errors."""

from __future__ import annotations

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
