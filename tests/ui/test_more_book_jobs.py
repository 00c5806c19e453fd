"""Reading a book off the window's thread: what a finished job holds (the
book, its index at the page offset, where it came from), a job stopped
before it read, books that cannot be read, and the modal read with its
progress dialog. Books are made in tmp_path, the cache lives there too."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from outliner.io.books import BookCache
from outliner.ui.book_jobs import BookJob, read_book_with_progress, start_job
from tests.support.books import blank_pdf, text_pdf

PAGES = (
    "The lighthouse keeper counted the ships that passed the point each evening.",
    "Rain fell on the slate roofs of the harbour town for most of that week.",
    "Nobody in the village remembered who had planted the long row of elms.",
)


@pytest.fixture
def cache(tmp_path: Path) -> BookCache:
    return BookCache(tmp_path / "cache")


@pytest.fixture
def pdf(tmp_path: Path) -> Path:
    return text_pdf(tmp_path / "harbour.pdf", PAGES)


def page_of(job: BookJob, words: str) -> str:
    """The label of the page of ``job``'s book that holds ``words``."""
    assert job.index is not None
    [label] = [label for label, text in zip(job.index.labels, job.index.texts, strict=True)
               if words.lower() in text.lower()]
    return label


def test_a_finished_job_holds_the_book_and_its_index(pdf: Path, cache: BookCache) -> None:
    job = BookJob(pdf, 0, cache)
    job.run()
    assert job.finished.is_set()
    assert job.error is None and not job.cancelled
    assert job.loaded is not None and not job.loaded.from_cache
    assert len(job.loaded.book.pages) == 3
    assert job.index is not None and job.index.labels == ("1", "2", "3")
    assert page_of(job, "slate roofs") == "2"
    assert job.total == 3 and job.done == job.total  # the progress it reported


def test_the_page_offset_moves_the_pages_numbered_by_position(
        pdf: Path, cache: BookCache) -> None:
    job = BookJob(pdf, 40, cache)  # the book's page 1 is printed as page 41
    job.run()
    assert job.index is not None and job.index.labels == ("41", "42", "43")
    assert page_of(job, "row of elms") == "43"
    back = BookJob(pdf, -1, cache)  # a page before the first numbered one has no label
    back.run()
    assert back.index is not None and back.index.labels == ("", "1", "2")


def test_a_book_read_before_comes_from_the_cache(pdf: Path, cache: BookCache) -> None:
    first = BookJob(pdf, 0, cache)
    first.run()
    assert first.loaded is not None and not first.loaded.from_cache
    assert cache.entry_path(first.loaded.sha256).is_file()
    again = BookJob(pdf, 2, cache)
    again.run()
    assert again.loaded is not None and again.loaded.from_cache
    assert again.loaded.sha256 == first.loaded.sha256
    assert again.index is not None and again.index.labels == ("3", "4", "5")
    assert again.total == 0  # nothing was read, so nothing was counted


def test_a_job_stopped_before_it_reads_is_cancelled_not_failed(
        pdf: Path, cache: BookCache) -> None:
    job = BookJob(pdf, 0, cache)
    job.stop.set()  # Cancel came first
    job.run()
    assert job.finished.is_set() and job.cancelled
    assert job.error is None and job.loaded is None and job.index is None
    assert list(cache.folder.glob("*.json")) == []  # nothing half-read was kept


def missing(folder: Path) -> Path:
    return folder / "missing.pdf"


def empty(folder: Path) -> Path:
    path = folder / "empty.txt"
    path.write_bytes(b"")
    return path


def scanned(folder: Path) -> Path:
    return blank_pdf(folder / "scanned.pdf")


def misnamed(folder: Path) -> Path:
    path = folder / "fake.pdf"
    path.write_text("not a pdf at all", encoding="utf-8")
    return path


@pytest.mark.parametrize(("make", "says"), [
    (missing, "missing.pdf"),
    (empty, "is empty"),
    (scanned, "has no text layer"),
    (misnamed, "is named .pdf but is not a PDF"),
])
def test_a_book_that_cannot_be_read_is_the_job_s_error(
        tmp_path: Path, cache: BookCache, make: Callable[[Path], Path], says: str) -> None:
    path = make(tmp_path)
    job = BookJob(path, 0, cache)
    job.run()
    assert job.finished.is_set() and not job.cancelled
    assert job.loaded is None and job.index is None
    assert job.error is not None
    assert str(path) in str(job.error) and says in str(job.error)


def test_a_plain_text_book_is_one_page_without_a_label(
        tmp_path: Path, cache: BookCache) -> None:
    book = tmp_path / "notes.txt"
    book.write_text("Kathy drives between the recovery centres.\n", encoding="utf-8")
    job = BookJob(book, 12, cache)  # an offset moves no page a text does not number
    job.run()
    assert job.error is None and job.index is not None
    assert job.index.labels == ("",)
    assert "recovery centres" in job.index.texts[0]


def test_a_job_started_on_the_pool_finishes_there(
        qapp: QApplication, pdf: Path, cache: BookCache) -> None:
    pool = QThreadPool()
    job = start_job(BookJob(pdf, 0, cache), pool)
    assert job.finished.wait(20)
    assert pool.waitForDone(5_000)
    assert job.error is None and job.index is not None and job.index.labels == ("1", "2", "3")


def test_the_modal_read_hands_back_the_finished_job(
        qtbot: QtBot, pdf: Path, cache: BookCache) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    job = read_book_with_progress(window, pdf, 5, cache)
    assert job is not None and job.finished.is_set()
    assert job.index is not None and job.index.labels == ("6", "7", "8")
    assert QApplication.activeModalWidget() is None  # no dialog left behind


def test_the_modal_read_hands_back_the_reader_s_error(
        qtbot: QtBot, tmp_path: Path, cache: BookCache) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    archive = tmp_path / "book.zip"
    archive.write_bytes(b"PK\x03\x04" + b"\0" * 64)
    job = read_book_with_progress(window, archive, 0, cache)
    assert job is not None and job.loaded is None
    assert job.error is not None and "is a zip archive, not a book" in str(job.error)
    assert QApplication.activeModalWidget() is None
