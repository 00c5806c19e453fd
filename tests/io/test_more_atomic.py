"""Atomic writes (io/atomic.py), the paths the first tests leave: links that
cannot be followed, a backup that fails half way, an interrupt during the
write, filesystems that cannot reserve space, the mode of a new file, the
names of temporary files, and any bytes written whole."""

from __future__ import annotations

import errno
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from outliner.io.atomic import (
    atomic_write,
    backup_path,
    real_target,
    temp_name_pattern,
)
from outliner.io.errors import DocumentError


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.fixture
def umask_027() -> Iterator[None]:
    old = os.umask(0o027)
    try:
        yield
    finally:
        os.umask(old)


# -- where a save goes -------------------------------------------------------------------

def test_real_target_of_a_plain_path_is_the_path_itself(tmp_path: Path) -> None:
    assert real_target(tmp_path / "not-yet.essay") == tmp_path / "not-yet.essay"


def test_real_target_of_a_dangling_link_is_the_file_it_would_create(tmp_path: Path) -> None:
    link = tmp_path / "link.essay"
    link.symlink_to(tmp_path / "sub" / ".." / "made.essay")
    assert real_target(link) == tmp_path / "made.essay"


def test_a_link_through_a_file_cannot_be_followed_and_says_why(tmp_path: Path) -> None:
    (tmp_path / "plain.txt").write_text("a file, not a folder")
    link = tmp_path / "through.essay"
    link.symlink_to(tmp_path / "plain.txt" / "inner.essay")
    with pytest.raises(DocumentError) as caught:
        atomic_write(link, b"new")
    assert str(caught.value) == f"{link}: cannot be followed (Not a directory)"
    assert (tmp_path / "plain.txt").read_text() == "a file, not a folder"
    assert names(tmp_path) == ["plain.txt", "through.essay"]


def test_a_link_into_a_missing_folder_names_that_folder(tmp_path: Path) -> None:
    link = tmp_path / "away.essay"
    link.symlink_to(tmp_path / "gone" / "away.essay")
    with pytest.raises(DocumentError) as caught:
        atomic_write(link, b"new")
    assert str(caught.value) == f"{link}: the folder {tmp_path / 'gone'} does not exist"


def test_a_name_too_long_for_the_disk_is_a_document_error(tmp_path: Path) -> None:
    target = tmp_path / ("n" * 300 + ".essay")
    with pytest.raises(DocumentError, match="too long"):
        atomic_write(target, b"text")


# -- failures half way -------------------------------------------------------------------

def test_a_backup_that_fails_leaves_file_backup_and_folder_as_they_were(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "a.essay"
    atomic_write(target, b"first")
    atomic_write(target, b"second", backup=True)  # a.essay.bak holds "first"

    def full_disk(_src: object, _dst: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(shutil, "copy2", full_disk)
    with pytest.raises(DocumentError) as caught:
        atomic_write(target, b"third", backup=True)
    assert str(caught.value) == f"{target}: could not be written (No space left on device)"
    assert target.read_bytes() == b"second"
    assert backup_path(target).read_bytes() == b"first"
    assert names(tmp_path) == ["a.essay", "a.essay.bak"]  # no .tmp, no .bak.tmp


def test_an_interrupt_during_the_write_removes_the_temporary_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "a.essay"
    atomic_write(target, b"old")

    def interrupted(_fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        atomic_write(target, b"new")
    monkeypatch.undo()
    assert target.read_bytes() == b"old"
    assert names(tmp_path) == ["a.essay"]


def test_an_interrupt_during_an_in_place_write_keeps_the_new_version(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Once a hard-linked file is being rewritten, the temporary file is the
    only whole copy of the new text: an interrupt must not delete it."""
    target = tmp_path / "a.essay"
    target.write_bytes(b"old text")
    os.link(target, tmp_path / "twin.essay")
    real_pwrite = os.pwrite
    calls: list[int] = []

    def interrupted(fd: int, data: bytes | memoryview, offset: int) -> int:
        calls.append(offset)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real_pwrite(fd, data, offset)

    monkeypatch.setattr(os, "pwrite", interrupted)
    with pytest.raises(KeyboardInterrupt):
        atomic_write(target, b"the new text")
    leftovers = [p for p in tmp_path.iterdir() if temp_name_pattern(target).fullmatch(p.name)]
    assert len(leftovers) == 1
    assert leftovers[0].read_bytes() == b"the new text"


@pytest.mark.parametrize("code", [errno.EOPNOTSUPP, errno.ENOSYS, errno.EINVAL])
def test_a_disk_that_cannot_reserve_space_still_gets_the_in_place_write(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int) -> None:
    target = tmp_path / "a.essay"
    target.write_bytes(b"old")
    twin = tmp_path / "twin.essay"
    os.link(target, twin)

    def cannot(_fd: int, _offset: int, _length: int) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, "posix_fallocate", cannot)
    atomic_write(target, b"a much longer new text")
    assert target.read_bytes() == twin.read_bytes() == b"a much longer new text"
    assert os.stat(target).st_ino == os.stat(twin).st_ino
    assert names(tmp_path) == ["a.essay", "twin.essay"]


def test_a_shorter_text_needs_no_reserved_space(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "a.essay"
    target.write_bytes(b"a long old text")
    os.link(target, tmp_path / "twin.essay")
    asked: list[int] = []
    monkeypatch.setattr(os, "posix_fallocate",
                        lambda _fd, _offset, length: asked.append(length))
    atomic_write(target, b"short")
    assert asked == []
    assert (tmp_path / "twin.essay").read_bytes() == b"short"


# -- modes and names ---------------------------------------------------------------------

@pytest.mark.usefixtures("umask_027")
def test_a_new_file_gets_the_mode_the_umask_allows(tmp_path: Path) -> None:
    target = tmp_path / "new.essay"
    atomic_write(target, b"text")
    assert target.stat().st_mode & 0o777 == 0o640


@pytest.mark.usefixtures("umask_027")
def test_an_existing_file_keeps_its_mode_whatever_the_umask(tmp_path: Path) -> None:
    target = tmp_path / "old.essay"
    target.write_bytes(b"old")
    target.chmod(0o604)
    atomic_write(target, b"new", backup=True)
    assert target.stat().st_mode & 0o777 == 0o604
    assert target.read_bytes() == b"new"


def test_a_backup_asked_for_a_new_file_makes_none(tmp_path: Path) -> None:
    atomic_write(tmp_path / "new.essay", b"text", backup=True)
    assert names(tmp_path) == ["new.essay"]


def test_a_backup_is_a_copy_not_a_link(tmp_path: Path) -> None:
    target = tmp_path / "a.essay"
    atomic_write(target, b"one")
    atomic_write(target, b"two", backup=True)
    assert backup_path(target) == tmp_path / "a.essay.bak"
    assert os.stat(backup_path(target)).st_nlink == 1
    assert os.stat(target).st_ino != os.stat(backup_path(target)).st_ino


@pytest.mark.parametrize(("name", "matches"), [
    (".a.essay.k3j_9zq1.tmp", True),
    (".a.essay.k3j_9zq1.bak.tmp", True),
    (".a.essay.k3j9zq1.tmp", False),  # seven characters
    (".a.essay.K3J_9ZQ1.tmp", False),  # tempfile never uses capitals
    (".aXessay.k3j_9zq1.tmp", False),  # the dot of the name is a dot
    (".b.essay.k3j_9zq1.tmp", False),
    ("a.essay.bak", False),
])
def test_the_temporary_name_pattern_is_exact(name: str, matches: bool) -> None:
    assert bool(temp_name_pattern(Path("/x/a.essay")).fullmatch(name)) is matches


# -- any bytes ---------------------------------------------------------------------------

@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(versions=st.lists(st.binary(max_size=4096), min_size=1, max_size=4),
       linked=st.booleans())
def test_any_bytes_are_written_whole_and_the_backup_is_the_one_before(
        tmp_path: Path, versions: list[bytes], linked: bool) -> None:
    folder = tmp_path / f"case-{len(list(tmp_path.iterdir()))}"
    folder.mkdir()
    target = folder / "a.essay"
    atomic_write(target, b"start")
    if linked:
        os.link(target, folder / "twin.essay")
    previous = b"start"
    for data in versions:
        atomic_write(target, data, backup=True)
        assert target.read_bytes() == data
        assert backup_path(target).read_bytes() == previous
        previous = data
    if linked:
        assert (folder / "twin.essay").read_bytes() == versions[-1]
    assert not [p for p in folder.iterdir() if p.name.endswith(".tmp")]
