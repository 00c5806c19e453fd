"""Every reader of the app refuses a named pipe (FIFO), a folder, a missing
file and a file over its kind's limit with one DocumentError naming the
file, without blocking; and the limits are defined in one place,
``outliner/io/reading.py``.

Huge files are sparse (``truncate``): they take no disk space.
"""

from __future__ import annotations

import contextlib
import os
import re
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from outliner.io import open_document
from outliner.io.errors import DocumentError
from outliner.io.essay.file import load_essay
from outliner.io.essay.leftovers import Leftover, put_in_place
from outliner.io.exporters.options import ExportOptions
from outliner.io.exporters.word import export_word
from outliner.io.importers.text import read_text_file
from outliner.io.importers.word import import_docx
from outliner.io.reading import (
    ESSAY_FILE,
    FILE_KINDS,
    RECOVERY_NOTE,
    TEXT_IMPORT,
    WORD_IMPORT,
    WORD_TEMPLATE,
    FileKind,
    read_limited,
)
from outliner.ui.save_guard import version_on_disk
from tests.support.helpers import small_essay

TIMEOUT = 20.0  # seconds: only there to turn a hang into a failure
SOURCE = Path(__file__).resolve().parents[2] / "outliner"


def _export_with_template(template: Path) -> object:
    return export_word(small_essay(), template.parent / "out.docx",
                       ExportOptions(template=template))


def _put_leftover_in_place(leftover: Path) -> object:
    put_in_place(leftover.parent / "target.essay", Leftover(leftover, 0, False))
    return None


#: (reader, its kind, the file name it is given)
READERS: dict[str, tuple[Callable[[Path], object], FileKind, str]] = {
    "essay file": (load_essay, ESSAY_FILE, "a.essay"),
    "essay via open_document": (open_document, ESSAY_FILE, "b.essay"),
    "text import": (read_text_file, TEXT_IMPORT, "c.txt"),
    "markdown via open_document": (open_document, TEXT_IMPORT, "d.md"),
    "word import": (import_docx, WORD_IMPORT, "e.docx"),
    "word via open_document": (open_document, WORD_IMPORT, "f.docx"),
    "word template": (_export_with_template, WORD_TEMPLATE, "g.docx"),
    "recovery note": (lambda path: read_limited(path, RECOVERY_NOTE), RECOVERY_NOTE, "h.json"),
    "save leftover": (_put_leftover_in_place, ESSAY_FILE, ".target.essay.abcd1234.tmp"),
}


def _error_of(action: Callable[[], object], fifo: Path | None = None) -> DocumentError:
    """The DocumentError ``action`` raises, within TIMEOUT seconds."""
    outcome: list[BaseException | None] = []

    def run() -> None:
        try:
            action()
            outcome.append(None)
        except BaseException as exc:  # handed to the test's thread
            outcome.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(TIMEOUT)
    if thread.is_alive():
        if fifo is not None:  # let a reader stuck in open() go
            with contextlib.suppress(OSError):
                os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        thread.join(TIMEOUT)
        pytest.fail(f"reading {fifo} blocked for {TIMEOUT} s")
    assert outcome, "the reader died without a word"
    error = outcome[0]
    assert isinstance(error, DocumentError), f"expected a DocumentError, got {error!r}"
    return error


def _one_line_naming(error: DocumentError, path: Path) -> str:
    message = str(error)
    assert "\n" not in message
    assert str(path) in message
    return message


@pytest.mark.parametrize("name", READERS)
def test_a_missing_file_is_refused(tmp_path: Path, name: str) -> None:
    read, _kind, file_name = READERS[name]
    path = tmp_path / file_name
    message = _one_line_naming(_error_of(lambda: read(path)), path)
    assert "no such file" in message


@pytest.mark.parametrize("name", READERS)
def test_a_folder_is_refused(tmp_path: Path, name: str) -> None:
    read, _kind, file_name = READERS[name]
    path = tmp_path / file_name
    path.mkdir()
    message = _one_line_naming(_error_of(lambda: read(path)), path)
    assert "is a folder" in message


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
@pytest.mark.parametrize("name", READERS)
def test_a_fifo_is_refused_without_blocking(tmp_path: Path, name: str) -> None:
    read, _kind, file_name = READERS[name]
    path = tmp_path / file_name
    os.mkfifo(path)
    message = _one_line_naming(_error_of(lambda: read(path), fifo=path), path)
    assert "named pipe (FIFO)" in message


@pytest.mark.parametrize("name", READERS)
def test_a_file_over_its_limit_is_refused_before_reading(tmp_path: Path, name: str) -> None:
    read, kind, file_name = READERS[name]
    path = tmp_path / file_name
    with path.open("wb") as handle:  # sparse: takes no disk space
        handle.truncate(kind.max_bytes + 1)
    message = _one_line_naming(_error_of(lambda: read(path)), path)
    assert f"too large to be {kind.what}" in message
    assert f"the limit is {kind.max_bytes // 2**20} MB" in message


def test_a_file_at_its_limit_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "f.bin"
    path.write_bytes(b"x" * 100)
    assert read_limited(path, FileKind("a test file", 100)) == b"x" * 100


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_the_save_guard_does_not_wait_on_a_fifo(tmp_path: Path) -> None:
    path = tmp_path / "pipe.essay"
    os.mkfifo(path)
    result: list[object] = []
    thread = threading.Thread(target=lambda: result.append(version_on_disk(path)), daemon=True)
    thread.start()
    thread.join(TIMEOUT)
    if thread.is_alive():
        with contextlib.suppress(OSError):
            os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))
        pytest.fail("version_on_disk blocked on a FIFO")
    assert result == [None]


def test_every_kind_is_named_and_bounded() -> None:
    assert len({kind.what for kind in FILE_KINDS}) == len(FILE_KINDS)
    for kind in FILE_KINDS:
        assert 0 < kind.max_bytes <= 200 * 2**20


#: Limits that are not about files on disk (an AI server's reply).
NOT_FILE_LIMITS = {"compose/ai/http.py"}


def test_file_size_limits_live_only_in_reading_py() -> None:
    """No other module defines a byte limit of its own (MAX_..._BYTES, a
    FileKind, or a size in megabytes compared with a file's size)."""
    limit = re.compile(r"^\s*(MAX_\w*BYTES\b|\w+\s*=\s*FileKind\()", re.MULTILINE)
    found = []
    for path in sorted(SOURCE.rglob("*.py")):
        relative = path.relative_to(SOURCE).as_posix()
        if relative in {"io/reading.py", *NOT_FILE_LIMITS}:
            continue
        text = path.read_text(encoding="utf-8")
        found += [f"{relative}: {m.group(0).strip()}" for m in limit.finditer(text)]
        if "st_size >" in text or "st_size <" in text:
            found.append(f"{relative}: compares a file's st_size with a limit")
    assert found == []


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_fifo_recovery_note_is_not_waited_on(tmp_path: Path) -> None:
    """A recovery copy whose note is a FIFO is still offered, under its own name."""
    from outliner.io.essay.file import save_essay
    from outliner.ui.recovery import RecoveryEntry, find_orphans

    save_essay(small_essay(), tmp_path / "copy.essay")
    os.mkfifo(tmp_path / "copy.json")
    found: list[RecoveryEntry] = []
    thread = threading.Thread(target=lambda: found.extend(find_orphans(tmp_path)), daemon=True)
    thread.start()
    thread.join(TIMEOUT)
    if thread.is_alive():
        with contextlib.suppress(OSError):
            os.close(os.open(tmp_path / "copy.json", os.O_WRONLY | os.O_NONBLOCK))
        pytest.fail("find_orphans blocked on a FIFO recovery note")
    assert [entry.title for entry in found] == ["copy"]
