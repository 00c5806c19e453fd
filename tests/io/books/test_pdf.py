"""PDF books: printed numbers, page labels, positions with an offset, and
the files refused (encrypted, image-only, not a PDF at all)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from outliner.io.books import read_book, read_raw_book
from outliner.io.cancel import ImportCancelled
from outliner.io.errors import DocumentError
from tests.support.books import (
    blank_pdf,
    encrypted,
    filler,
    image_pdf,
    text_pdf,
    with_page_labels,
)


def test_printed_numbers_are_read_from_the_footers(printed_pdf: Path) -> None:
    raw = read_raw_book(printed_pdf)
    assert raw.numbering == "printed"
    assert [page.label for page in raw.pages] == ["255", "256", "257", "258"]
    third = raw.pages[2].text
    assert "(2.0)" in third and "(2.7)" in third and "(3.0)" not in third
    # the footer's number is not part of the page's words
    assert not any(line.strip() == "257" for line in third.splitlines())


def test_two_printed_sequences_in_an_excerpt(excerpt_pdf: Path) -> None:
    book = read_book(excerpt_pdf)
    assert [page.label for page in book.pages] == ["41", "42", "255", "256", "257", "258"]
    page = book.page("42")
    assert page is not None and "(1.0)" in page.text


def test_the_offset_does_not_move_printed_numbers(printed_pdf: Path) -> None:
    assert [p.label for p in read_book(printed_pdf, page_offset=10).pages] == [
        "255", "256", "257", "258"]


def test_page_labels_win_over_printed_numbers(printed_pdf: Path, tmp_path: Path) -> None:
    labelled = with_page_labels(printed_pdf, tmp_path / "labelled.pdf", [(1, 3, 12)],
                                roman_first=1)
    raw = read_raw_book(labelled)
    assert raw.numbering == "labels"
    assert [page.label for page in raw.pages] == ["i", "12", "13", "14"]


def test_without_numbers_pages_are_counted_and_offset(tmp_path: Path) -> None:
    from pypdf import PdfReader

    source = tmp_path / "unnumbered.pdf"
    text_pdf(source, [filler(n, 3) for n in range(3)])
    assert len(PdfReader(source).pages) == 3
    assert [p.label for p in read_book(source).pages] == ["1", "2", "3"]
    assert [p.label for p in read_book(source, page_offset=40).pages] == ["41", "42", "43"]
    # a cover before page 1: the offset -1 leaves it without a number
    assert [p.label for p in read_book(source, page_offset=-1).pages] == ["", "1", "2"]



def test_progress_reports_every_page_and_cancel_stops(printed_pdf: Path) -> None:
    seen: list[tuple[int, int]] = []
    read_book(printed_pdf, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(n, 4) for n in range(5)]
    asked: list[int] = []

    def cancel() -> bool:
        asked.append(1)
        return len(asked) >= 2

    with pytest.raises(ImportCancelled):
        read_book(printed_pdf, cancel=cancel)
    assert len(asked) == 2


def test_an_encrypted_pdf_is_refused(printed_pdf: Path, tmp_path: Path) -> None:
    locked = encrypted(printed_pdf, tmp_path / "locked.pdf")
    with pytest.raises(DocumentError, match=r"locked\.pdf: is encrypted: it opens only "
                                            r"with a password"):
        read_book(locked)


def test_an_owner_password_alone_does_not_stop_reading(printed_pdf: Path,
                                                       tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(printed_pdf))
    writer.encrypt("", owner_password="owner", algorithm="RC4-128")
    path = tmp_path / "owner.pdf"
    with path.open("wb") as handle:
        writer.write(handle)
    assert [p.label for p in read_book(path).pages] == ["255", "256", "257", "258"]


def test_a_pdf_without_text_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match=r"blank\.pdf: has no text layer"):
        read_book(blank_pdf(tmp_path / "blank.pdf"))


def test_an_image_only_scan_is_refused(tmp_path: Path) -> None:
    scan = image_pdf(tmp_path / "scan.pdf")
    with pytest.raises(DocumentError, match=r"scan\.pdf: has no text layer .*OCR"):
        read_book(scan)


@pytest.mark.parametrize(("content", "says"), [
    (b"Just some words typed in a text editor.\n", "it is plain text"),
    (b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "it is a PNG picture"),
    (b"PK\x03\x04" + b"\x00" * 40, "it is a zip archive"),
])
def test_a_file_named_pdf_that_is_not_one(tmp_path: Path, content: bytes, says: str) -> None:
    path = tmp_path / "book.pdf"
    path.write_bytes(content)
    with pytest.raises(DocumentError, match=rf"book\.pdf: is named \.pdf but is not a PDF "
                                            rf"\({says}\)"):
        read_book(path)


def test_a_damaged_pdf_is_one_message(printed_pdf: Path, tmp_path: Path) -> None:
    path = tmp_path / "cut.pdf"
    path.write_bytes(printed_pdf.read_bytes()[:400])
    with pytest.raises(DocumentError) as caught:
        read_book(path)
    assert str(caught.value).startswith(f"{path}: ")
    assert "\n" not in str(caught.value)


def test_a_pdf_named_txt_is_still_read_as_a_pdf(printed_pdf: Path, tmp_path: Path) -> None:
    renamed = tmp_path / "book.txt"
    shutil.copy(printed_pdf, renamed)
    assert read_book(renamed).page("256") is not None


def test_a_long_book_is_read_in_worker_processes_in_page_order(tmp_path: Path) -> None:
    from outliner.io.books import pdf as pdf_reader

    count = pdf_reader._PARALLEL_FROM + 13
    path = tmp_path / "long.pdf"
    text_pdf(path, [f"Page {n} of the long book. " + filler(n, 2) for n in range(count)])
    seen: list[tuple[int, int]] = []
    book = read_book(path, progress=lambda done, total: seen.append((done, total)))
    assert [page.label for page in book.pages] == [str(n) for n in range(1, count + 1)]
    assert all(page.text.startswith(f"Page {n} of the long book.")
               for n, page in enumerate(book.pages))
    done = [d for d, _ in seen]
    assert done == sorted(done) and done[-1] == count and {t for _, t in seen} == {count}
    if (os.cpu_count() or 1) > 1:  # by chunks of pages from the workers, not page by page
        # Two chunks can finish together and a wait can time out under load,
        # so the distinct counts are what is fixed: one per chunk, plus 0.
        assert len(set(done)) == 1 + -(-count // pdf_reader._CHUNK)

    asked: list[int] = []
    with pytest.raises(ImportCancelled):
        read_book(path, cancel=lambda: bool(asked.append(1)) or len(asked) >= 2)
    assert len(asked) == 2  # stopped after the first chunk, not at the end
