"""Words broken at the end of a line or a page reach the matcher whole:
the readers keep the hyphen and the line break (and drop the page number
between two pages), and a quotation of the whole word is found verbatim."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from outliner.core.book_text import BookText
from outliner.core.quote_match import BookIndex, VerdictKind, check_quotation
from outliner.io.books import read_book
from tests.support.books import epub, filler, text_pdf

PAGE_100 = (f"{filler(1, 2)}\nEvery evening the keeper wrote down the name of every pas-\n"
            "100")
PAGE_101 = ("101\nsenger who came ashore, and the light-\nhouse stood dark behind him.\n"
            f"{filler(2, 2)}")


def _verdict(book: BookText, quote: str, cited: str) -> tuple[VerdictKind, tuple[str, ...]]:
    verdict = check_quotation(BookIndex(book), quote, cited)
    return verdict.kind, verdict.pages


def test_a_word_broken_across_a_page_with_printed_numbers(tmp_path: Path) -> None:
    book = read_book(text_pdf(tmp_path / "book.pdf", [filler(0), PAGE_100, PAGE_101]))
    assert [page.label for page in book.pages] == ["99", "100", "101"]
    assert book.pages[1].text.rstrip().endswith("every pas-")  # the footer "100" is gone
    assert book.pages[2].text.startswith("senger who came ashore")
    assert _verdict(book, "the name of every passenger who came ashore", "100–101") == (
        VerdictKind.VERBATIM, ("100", "101"))


def test_a_word_broken_across_a_line(tmp_path: Path) -> None:
    book = read_book(text_pdf(tmp_path / "book.pdf", [filler(0), PAGE_100, PAGE_101]))
    kind, pages = _verdict(book, "the lighthouse stood dark behind him", "101")
    assert (kind, pages) == (VerdictKind.VERBATIM, ("101",))


@settings(deadline=None, max_examples=25)
@given(cut=st.integers(2, 8))
def test_any_break_in_a_word_of_a_plain_text(tmp_path_factory: pytest.TempPathFactory,
                                             cut: int) -> None:
    word = "harbourmaster"
    path = tmp_path_factory.mktemp("text") / "book.txt"
    path.write_text(f"Nobody argued with the {word[:cut]}-\n{word[cut:]} about the tide.\n",
                    encoding="utf-8")
    kind, _ = _verdict(read_book(path), f"argued with the {word} about the tide", "")
    assert kind is VerdictKind.VERBATIM


def test_an_epub_keeps_its_text_across_page_markers(tmp_path: Path) -> None:
    book = read_book(epub(tmp_path / "book.epub", [[("7", "The ferry left at six, and the"),
                                                   ("8", "last bus waited for it.")]]))
    kind, pages = _verdict(book, "the last bus waited for it", "7–8")
    assert (kind, pages) == (VerdictKind.VERBATIM, ("7", "8"))
