"""A Markdown book read with markdown-it: the words a reader sees, in order,
a paragraph per block, line breaks kept for hyphenation."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from outliner.core.book_index import BookIndex
from outliner.core.book_text import BookPage, BookText
from outliner.core.quote_match import VerdictKind, check_quotation
from outliner.io.books import read_book
from outliner.io.books.markdown_text import markdown_book_text


def test_the_marks_go_and_every_printed_word_stays() -> None:
    text = markdown_book_text(
        "## Two\n\n"
        "- a [linked *phrase*](https://example.org) and `code words`\n"
        "- ![a drawn harbour](harbour.png) with \\*stars\\* & &amp; ampersands\n\n"
        "> 1. quoted in a list\n\n"
        "    indented code stays\n\n"
        "<div>words in <b>HTML</b></div>\n\n"
        "[unused]: https://example.org\n")
    assert text == ("Two\n\n"
                    "a linked phrase and code words\n\n"
                    "a drawn harbour with *stars* & & ampersands\n\n"
                    "quoted in a list\n\n"
                    "indented code stays\n\n"
                    "words in  HTML\n")
    words = re.findall(r"[\w*&]+", text)
    assert words == ["Two", "a", "linked", "phrase", "and", "code", "words", "a", "drawn",
                     "harbour", "with", "*stars*", "&", "&", "ampersands", "quoted", "in",
                     "a", "list", "indented", "code", "stays", "words", "in", "HTML"]


def test_a_word_broken_across_lines_is_found_whole() -> None:
    text = markdown_book_text("The last bus waited on Sun-\ndays only, *by the elms*.\n")
    assert text == "The last bus waited on Sun-\ndays only, by the elms.\n"
    index = BookIndex(BookText((BookPage("", text),)))
    verdict = check_quotation(index, "waited on Sundays only", None)
    assert verdict.kind is VerdictKind.VERBATIM


_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzéß", min_size=1, max_size=9)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.lists(_WORD, min_size=1, max_size=8), min_size=1, max_size=4),
                min_size=1, max_size=5))
def test_plain_prose_keeps_its_words_in_order(paragraphs: list[list[list[str]]]) -> None:
    """Paragraphs of lines of words, as a text editor saves a book."""
    markdown = "\n\n".join("\n".join(" ".join(line) for line in lines) for lines in paragraphs)
    text = markdown_book_text(markdown)
    assert text.split() == markdown.split()
    assert text.count("\n\n") == len(paragraphs) - 1


def test_the_book_reader_reads_markdown_so(tmp_path: Path) -> None:
    path = tmp_path / "notes.markdown"
    path.write_text("# Title\n\nA [link](x) *here*.\n", encoding="utf-8")
    assert read_book(path).pages[0].text == "Title\n\nA link here.\n"


def test_markdown_of_marks_alone_is_refused_naming_the_file(tmp_path: Path) -> None:
    import pytest

    from outliner.io.errors import DocumentError

    path = tmp_path / "rules.md"
    path.write_text("---\n\n***\n\n<!-- nothing -->\n", encoding="utf-8")
    with pytest.raises(DocumentError) as caught:
        read_book(path)
    assert str(caught.value) == f"{path}: holds only Markdown marks, no words to check " \
                                "quotations against"
