"""Saving keeps what the file is: symbolic links stay links, hard links stay
linked, mode and owner stay, and a read-only file is refused untouched."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from outliner.core.essay import Essay
from outliner.io.atomic import atomic_write
from outliner.io.errors import DocumentError
from outliner.io.essay.file import essay_to_json, load_essay, save_essay
from tests.support.helpers import small_essay


def changed_essay(text: str = "A changed claim") -> Essay:
    essay = small_essay()
    essay.node("b1").text = text
    return essay


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


# -- symbolic links --------------------------------------------------------

def test_save_through_a_symlink_updates_its_target_and_keeps_the_link(tmp_path: Path) -> None:
    real = tmp_path / "real"
    real.mkdir()
    target = real / "target.essay"
    save_essay(small_essay(), target)
    first = target.read_bytes()
    link = tmp_path / "link.essay"
    link.symlink_to(target)

    save_essay(changed_essay("Saved through the link"), link)
    save_essay(changed_essay("Saved again"), link)  # the second save still reaches it

    assert link.is_symlink() and os.readlink(link) == str(target)
    assert load_essay(target).node("b1").text == "Saved again"
    # The temporary file and the backup live beside the real file.
    assert names(real) == ["target.essay", "target.essay.bak"]
    assert names(tmp_path) == ["link.essay", "real"]
    assert load_essay(real / "target.essay.bak").node("b1").text == "Saved through the link"
    assert first != target.read_bytes()


def test_save_through_a_chain_of_symlinks_reaches_the_last_file(tmp_path: Path) -> None:
    target = tmp_path / "target.essay"
    save_essay(small_essay(), target)
    middle = tmp_path / "middle.essay"
    middle.symlink_to(target.name)  # relative links too
    outer = tmp_path / "outer.essay"
    outer.symlink_to(middle)

    save_essay(changed_essay(), outer)

    assert outer.is_symlink() and middle.is_symlink()
    assert load_essay(target).node("b1").text == "A changed claim"
    assert names(tmp_path) == ["middle.essay", "outer.essay", "target.essay",
                               "target.essay.bak"]


def test_a_dangling_symlink_creates_the_file_it_points_to(tmp_path: Path) -> None:
    link = tmp_path / "link.essay"
    link.symlink_to("later.essay")
    atomic_write(link, b"new")
    assert link.is_symlink()
    assert (tmp_path / "later.essay").read_bytes() == b"new"


def test_a_symlink_loop_is_a_clear_error(tmp_path: Path) -> None:
    first, second = tmp_path / "a.essay", tmp_path / "b.essay"
    first.symlink_to(second)
    second.symlink_to(first)
    with pytest.raises(DocumentError, match="symbolic link") as caught:
        atomic_write(first, b"x")
    assert str(first) in str(caught.value)
    assert names(tmp_path) == ["a.essay", "b.essay"]


# -- hard links ------------------------------------------------------------

def test_save_to_a_hard_linked_file_keeps_the_link(tmp_path: Path) -> None:
    path = tmp_path / "essay.essay"
    save_essay(small_essay(), path)
    old = path.read_bytes()
    other = tmp_path / "other-name.essay"
    os.link(path, other)
    inode = path.stat().st_ino

    save_essay(changed_essay("Seen under both names"), path)

    assert path.stat().st_ino == inode and path.stat().st_nlink == 2
    assert other.read_bytes() == path.read_bytes()
    assert load_essay(other).node("b1").text == "Seen under both names"
    assert essay_to_json(load_essay(path)) == path.read_text(encoding="utf-8")
    # The backup is a separate copy of the old version, not a third link.
    bak = tmp_path / "essay.essay.bak"
    assert bak.read_bytes() == old and bak.stat().st_nlink == 1
    assert names(tmp_path) == ["essay.essay", "essay.essay.bak", "other-name.essay"]


@pytest.mark.parametrize("new", [b"short", b"much longer than the old text " * 50, b""])
def test_hard_linked_file_gets_exactly_the_new_bytes(tmp_path: Path, new: bytes) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(b"the old text, of middling length\n" * 10)
    os.link(path, tmp_path / "twin.txt")
    atomic_write(path, new)
    assert path.read_bytes() == new == (tmp_path / "twin.txt").read_bytes()
    assert names(tmp_path) == ["notes.txt", "twin.txt"]


# -- mode, owner, read-only ------------------------------------------------

def test_save_keeps_the_mode(tmp_path: Path) -> None:
    path = tmp_path / "essay.essay"
    save_essay(small_essay(), path)
    path.chmod(0o640)
    save_essay(changed_essay(), path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


@pytest.mark.skipif(os.geteuid() != 0, reason="only root may give a file to another owner")
def test_save_keeps_owner_and_group(tmp_path: Path) -> None:
    path = tmp_path / "essay.essay"
    save_essay(small_essay(), path)
    os.chown(path, 4321, 8765)
    save_essay(changed_essay(), path)
    st = path.stat()
    assert (st.st_uid, st.st_gid) == (4321, 8765)
    assert load_essay(path).node("b1").text == "A changed claim"


@pytest.mark.parametrize("mode", [0o444, 0o400, 0o000])
def test_read_only_file_is_refused_and_left_untouched(tmp_path: Path, mode: int) -> None:
    path = tmp_path / "essay.essay"
    save_essay(small_essay(), path)
    before = path.read_bytes()
    inode = path.stat().st_ino
    path.chmod(mode)
    with pytest.raises(DocumentError) as caught:
        save_essay(changed_essay(), path)
    assert str(caught.value).startswith(f"{path}: is read-only")
    assert "\n" not in str(caught.value)
    path.chmod(0o644)
    assert path.read_bytes() == before and path.stat().st_ino == inode
    assert names(tmp_path) == ["essay.essay"]  # no backup, no temporary file


def test_read_only_target_of_a_symlink_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "target.essay"
    target.write_bytes(b"kept")
    target.chmod(0o444)
    link = tmp_path / "link.essay"
    link.symlink_to(target)
    with pytest.raises(DocumentError, match="is read-only"):
        atomic_write(link, b"new", backup=True)
    assert target.read_bytes() == b"kept" and link.is_symlink()
    assert names(tmp_path) == ["link.essay", "target.essay"]
