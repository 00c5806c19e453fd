"""Named pipes (FIFOs), sockets, devices and folders given as input are
refused at once with a message naming the file, by every reader: .essay
files, text and Markdown drafts, Word drafts and Word templates.

Opening a FIFO for reading waits for a writer forever, so each read runs in
a thread; a reader that blocks makes the test fail after a timeout (and is
then released by opening the FIFO's other end) instead of hanging the suite.
"""

from __future__ import annotations

import contextlib
import os
import socket
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from outliner.cli import main
from outliner.io import open_document
from outliner.io.errors import DocumentError
from outliner.io.essay.file import load_essay, save_essay
from outliner.io.exporters.options import ExportOptions
from outliner.io.exporters.word import export_word
from outliner.io.importers.text import read_text_file
from outliner.io.importers.word import import_docx
from outliner.io.reading import FileKind, read_limited
from tests.support.helpers import small_essay

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")

TIMEOUT = 20.0  # seconds: generous, only there to turn a hang into a failure


def _release(fifo: Path) -> None:
    """Open the writing end, so a reader stuck in open() returns (and sees EOF)."""
    with contextlib.suppress(OSError):  # ENXIO: no reader is waiting
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))


def error_within_timeout(action: Callable[[], object], fifo: Path) -> DocumentError:
    """The DocumentError ``action`` raises; fails if it blocks or raises anything else."""
    outcome: list[BaseException | None] = []

    def run() -> None:
        try:
            action()
            outcome.append(None)
        except BaseException as exc:
            outcome.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(TIMEOUT)
    if thread.is_alive():
        _release(fifo)
        thread.join(TIMEOUT)
        pytest.fail(f"reading the FIFO {fifo} blocked for {TIMEOUT} s")
    assert outcome, "the reader thread ended without a result"
    error = outcome[0]
    assert isinstance(error, DocumentError), f"expected a DocumentError, got {error!r}"
    return error


@pytest.fixture
def fifos(tmp_path: Path) -> Iterator[Callable[[str], Path]]:
    made: list[Path] = []

    def make(name: str) -> Path:
        path = tmp_path / name
        os.mkfifo(path)
        made.append(path)
        return path

    yield make
    for path in made:
        _release(path)


READERS: dict[str, tuple[str, Callable[[Path], object]]] = {
    "load_essay": ("in.essay", load_essay),
    "read_text_file": ("in.txt", read_text_file),
    "read_markdown_draft": ("in.md", read_text_file),
    "import_docx": ("in.docx", import_docx),
    "open .essay": ("open.essay", open_document),
    "open .txt": ("open.txt", open_document),
    "open .md": ("open.md", open_document),
    "open .docx": ("open.docx", open_document),
    "open no suffix": ("draft", open_document),
}


@pytest.mark.parametrize("reader", READERS)
def test_a_fifo_is_refused_without_blocking(
    fifos: Callable[[str], Path], reader: str
) -> None:
    name, read = READERS[reader]
    fifo = fifos(name)
    error = error_within_timeout(lambda: read(fifo), fifo)
    assert str(fifo) in str(error)
    assert "is a named pipe (FIFO), not a regular file" in str(error)


def test_a_fifo_as_word_template_is_refused(
    fifos: Callable[[str], Path], tmp_path: Path
) -> None:
    fifo = fifos("template.docx")
    out = tmp_path / "out.docx"
    error = error_within_timeout(
        lambda: export_word(small_essay(), out, ExportOptions(template=fifo)), fifo)
    assert str(error).startswith(f"{fifo}: is a named pipe (FIFO)")
    assert "a Word template" in str(error)
    assert not out.exists()


def test_cli_export_with_a_fifo_template_says_so_in_one_line(
    fifos: Callable[[str], Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "in.essay"
    save_essay(small_essay(), source)
    fifo = fifos("template.docx")
    status: list[int] = []

    def run() -> None:
        status.append(main(["export", str(source), "-o", str(tmp_path / "o.docx"),
                            "--template", str(fifo)]))

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(TIMEOUT)
    if thread.is_alive():
        _release(fifo)
        pytest.fail("the export blocked on a FIFO template")
    assert status == [1]
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and str(fifo) in err and "named pipe" in err


def test_a_socket_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.essay"
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        server.bind(str(path))
        for read in (load_essay, read_text_file, import_docx):
            with pytest.raises(DocumentError, match="is a socket, not a regular file"):
                read(path)
    finally:
        server.close()


@pytest.mark.skipif(not Path("/dev/null").exists(), reason="needs /dev/null")
@pytest.mark.parametrize("read", [load_essay, read_text_file, import_docx])
def test_a_device_is_refused(read: Callable[[Path], object]) -> None:
    with pytest.raises(DocumentError, match="/dev/null: is a device, not a regular file"):
        read(Path("/dev/null"))


def test_a_folder_as_template_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="is a folder"):
        export_word(small_essay(), tmp_path / "o.docx", ExportOptions(template=tmp_path))


def test_read_limited_reads_up_to_the_limit_and_no_further(tmp_path: Path) -> None:
    path = tmp_path / "f.bin"
    path.write_bytes(b"x" * 100)
    assert read_limited(path, FileKind("a test file", 100)) == b"x" * 100
    with pytest.raises(DocumentError, match=r"too large to be a test file"):
        read_limited(path, FileKind("a test file", 99))
    with pytest.raises(DocumentError, match="no such file"):
        read_limited(tmp_path / "absent", FileKind("a test file", 100))
