"""Plain text and Markdown books (no pages), and files that are no book."""

from __future__ import annotations

from pathlib import Path

import pytest

from outliner.io.books import read_book
from outliner.io.errors import DocumentError


def test_a_plain_text_is_one_unnumbered_page_kept_as_written(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text("The ferry left at six, and the last bus waited for it on Sun-\n"
                    "days only.\r\nNobody remembered the elms.\n", encoding="utf-8")
    book = read_book(path)
    assert not book.has_pages and len(book.pages) == 1
    # hyphenation across lines is the matcher's to forgive: the text stays as written
    assert book.pages[0].text == ("The ferry left at six, and the last bus waited for it on "
                                  "Sun-\ndays only.\nNobody remembered the elms.\n")


def test_markdown_loses_its_marks_not_its_words(tmp_path: Path) -> None:
    path = tmp_path / "story.md"
    path.write_text("# Chapter One\n\n> She kept her *letters* in a **tin box**.\n\n"
                    "snake_case_word stays\n", encoding="utf-8")
    text = read_book(path).pages[0].text
    assert text == "Chapter One\n\nShe kept her letters in a tin box.\n\nsnake_case_word stays\n"


@pytest.mark.parametrize(("name", "content", "message"), [
    ("empty.txt", b"", r"empty\.txt: is empty"),
    ("blank.txt", b"  \n\n", r"blank\.txt: holds only blank space"),
    ("photo.jpg", b"\xff\xd8\xff\xe0" + bytes(range(256)) * 4,
     r"photo\.jpg: is not a book the app can read: not a PDF, an EPUB or a text file "
     r"\(it is a JPEG picture\)"),
    ("data.bin", bytes(range(256)) * 8,
     r"data\.bin: is not a book the app can read"),
    ("essay.docx", b"PK\x03\x04" + b"\x00" * 26 + b"word/document.xml",
     r"essay\.docx: is a Word document, not a book; save it as PDF"),
])
def test_files_that_are_no_book_get_one_message(tmp_path: Path, name: str, content: bytes,
                                                message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(DocumentError, match=message) as caught:
        read_book(path)
    assert "\n" not in str(caught.value)


def test_a_missing_file_and_a_folder(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="no such file"):
        read_book(tmp_path / "gone.pdf")
    with pytest.raises(DocumentError, match="is a folder"):
        read_book(tmp_path)


def test_a_huge_text_is_refused_before_it_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_bytes(b"words and more words\n" * (51 * 2**20 // 21 + 1))
    with pytest.raises(DocumentError, match=r"huge\.txt: is too large to be a book's plain "
                                            r"text \(the limit is 50 MB"):
        read_book(path)
