"""The book's word stream: words broken across lines and pages, the
punctuation between words, the pages a passage sits on and its text."""

from __future__ import annotations

from outliner.core.book_index import BookIndex
from outliner.core.book_text import BookPage, BookText


def index_of(*pages: tuple[str, str]) -> BookIndex:
    return BookIndex(BookText(tuple(BookPage(label, text) for label, text in pages)))


def test_a_word_hyphenated_across_a_line_is_one_word() -> None:
    index = index_of(("1", "The archive was some-\nthing of a secret."))
    assert index.forms == ["The", "archive", "was", "something", "of", "a", "secret"]
    assert index.passage(0, len(index) - 1) == "The archive was something of a secret"


def test_a_word_hyphenated_across_a_page_break_sits_on_both_pages() -> None:
    index = index_of(("12", "The keeper locked the light-"), ("13", "house at dawn."))
    assert index.forms[-3:] == ["lighthouse", "at", "dawn"]
    at = index.forms.index("lighthouse")
    assert index.page_labels(at, at) == ("12", "13")
    assert index.passage(at - 1, at + 1) == "the lighthouse at"


def test_a_dash_at_a_page_foot_does_not_join_words() -> None:
    index = index_of(("1", "She turned —"), ("2", "and left."))
    assert index.forms == ["She", "turned", "and", "left"]


def test_punctuation_is_kept_between_words_marks_and_dashes_are_not() -> None:
    index = index_of(("1", "“Wait,” she said—twice. Then: (nothing)"))
    assert [w.punct for w in index.words] == [",", "", "", ".", ":(", ")"]


def test_a_passage_across_pages_and_lines() -> None:
    index = index_of(("7", "one two\nthree"), ("8", "four five"))
    assert index.page_labels(1, 3) == ("7", "8")
    assert index.passage(1, 3) == "two three four"


def test_an_empty_book_has_no_words() -> None:
    index = index_of(("1", ""), ("2", "   \n"))
    assert len(index) == 0


def test_what_pdf_and_epub_text_carries_reads_as_typed() -> None:
    # A ligature, a soft hyphen where a line broke, a non-breaking hyphen,
    # an accent as a combining mark.
    index = index_of(("1", "The ﬁrst some\u00ad\nthing self\u2011made cafe\u0301."))
    assert index.forms == ["The", "first", "something", "selfmade", "café"]


def test_a_word_hyphenated_across_pages_whose_next_page_starts_with_space() -> None:
    index = index_of(("12", "The keeper locked the light-\n"), ("13", "\n  house at dawn."))
    assert index.passage(2, 4) == "locked the lighthouse"
    assert index.passage(0, len(index) - 1) == "The keeper locked the lighthouse at dawn"
