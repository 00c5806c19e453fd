"""EPUB books: pages from the page list (EPUB 3 nav, EPUB 2 NCX) or from
page-break markers; hostile packages refused like a Word document's."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from outliner.io.books import read_book, read_raw_book
from outliner.io.errors import DocumentError
from tests.support.books import epub, filler

CHAPTERS = [[("1", filler(1, 3)), ("2", filler(2, 3))], [("3", filler(3, 3))]]


@pytest.mark.parametrize("page_list", ["nav", "ncx", "markers"])
def test_pages_come_from_the_page_list_or_markers(tmp_path: Path, page_list: str) -> None:
    book = read_book(epub(tmp_path / "book.epub", CHAPTERS, page_list=page_list))
    assert [page.label for page in book.pages] == ["1", "2", "3"]
    second = book.page("2")
    assert second is not None and "(2.0)" in second.text and "(2.2)" in second.text
    assert "(1.0)" not in second.text and "(3.0)" not in second.text
    # the marker's own number is not text; the chapter heading is
    assert "Chapter 2" in book.pages[2].text
    assert not any(line.strip() == "3" for line in book.pages[2].text.splitlines())


def test_a_book_without_a_page_list_is_one_unnumbered_page(tmp_path: Path) -> None:
    raw = read_raw_book(epub(tmp_path / "book.epub", CHAPTERS, page_list="none"))
    assert raw.numbering == "none" and len(raw.pages) == 1 and raw.pages[0].label == ""
    assert "(1.0)" in raw.pages[0].text and "(3.2)" in raw.pages[0].text


def test_html_entities_are_read_and_entity_definitions_are_not(tmp_path: Path) -> None:
    path = epub(tmp_path / "book.epub", CHAPTERS, replace={"OEBPS/chapter1.xhtml": (
        '<?xml version="1.0"?><!DOCTYPE html [<!ENTITY boom "EXPANDED">]>'
        '<html xmlns="http://www.w3.org/1999/xhtml"><body><span id="page_1"/>'
        "<p>Tea&nbsp;and toast &amp; jam&rsquo;s &boom; end.</p></body></html>")})
    text = read_book(path).pages[0].text
    assert "Tea and toast & jam’s" in text and "end." in text  # no word lost around them
    assert "EXPANDED" not in text


def test_a_zip_bomb_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bomb.epub"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr(zipfile.ZipInfo("mimetype"), "application/epub+zip")
        package.writestr("META-INF/container.xml", "<container/>")
        package.writestr("OEBPS/huge.xhtml", b"<p>" + b" " * (40 * 2**20) + b"</p>")
    with pytest.raises(DocumentError, match=r"bomb\.epub: OEBPS/huge\.xhtml (is compressed "
                                            r"more than|unpacks to more than)"):
        read_book(path)


def test_a_zip_that_is_no_epub(tmp_path: Path) -> None:
    path = tmp_path / "other.epub"
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("notes.xml", "<notes/>")
    with pytest.raises(DocumentError, match=r"other\.epub: is not an EPUB book \(a zip "
                                            r"without META-INF/container\.xml\)"):
        read_book(path)


def test_a_file_named_epub_that_is_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "book.epub"
    path.write_text("Words, not a package.")
    with pytest.raises(DocumentError, match=r"book\.epub: is named \.epub but is not an EPUB"):
        read_book(path)


def test_a_chapter_listed_many_times_in_the_spine_is_read_once(tmp_path: Path) -> None:
    """A tiny package that lists one chapter thousands of times must not
    multiply its text (memory and time without bound)."""
    out = epub(tmp_path / "book.epub", [[("1", filler(1, 3))]], page_list="none")
    with zipfile.ZipFile(out) as package:
        files = {name: package.read(name) for name in package.namelist()}
    opf = files["OEBPS/content.opf"].decode()
    files["OEBPS/content.opf"] = opf.replace(
        '<itemref idref="c1"/>', '<itemref idref="c1"/>' * 5000).encode()
    repeated = tmp_path / "repeated.epub"
    with zipfile.ZipFile(repeated, "w") as package:
        for name, data in files.items():
            package.writestr(name, data)
    once = read_book(out)
    again = read_book(repeated)
    assert [p.text for p in again.pages] == [p.text for p in once.pages]
