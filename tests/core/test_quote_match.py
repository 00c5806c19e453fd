"""Quotation matching against a book: one test per quoting convention, and
the verdicts' messages."""

from __future__ import annotations

import pytest

from outliner.core.book_text import BookPage, BookText
from outliner.core.quote_match import BookIndex, VerdictKind, check_quotation

# The project's own sentences, spread over pages printed 40 to 43.
PAGES = (
    ("40", "The lamp on the desk burned low while Mara counted the index cards. "
           "Each card held one claim, and each claim waited for its evidence."),
    ("41", "“We never wrote the outline first,” she said. “We wrote the ending, "
           "then argued backwards until the middle agreed with us.” Her brother "
           "laughed—a short, dry sound—and went back to his reading."),
    ("42", "The committee met on Thursday. Nobody could remember who had sug-\n"
           "gested the lighthouse, but everyone agreed it was the right place for "
           "the archive. The keeper’s daughter kept the keys in a tin box."),
    ("43", "Years later the box was found empty, its hinges rusted shut."),
)


@pytest.fixture(scope="module")
def index() -> BookIndex:
    return BookIndex(BookText(tuple(BookPage(label, text) for label, text in PAGES)))


def verdict(index: BookIndex, quote: str, page: str | None = "41") -> VerdictKind:
    return check_quotation(index, quote, page).kind


def test_typed_exactly_is_verbatim_on_its_page(index: BookIndex) -> None:
    v = check_quotation(index, "We wrote the ending, then argued backwards", "41")
    assert v.kind is VerdictKind.VERBATIM
    assert v.pages == ("41",)
    assert v.message() == "verbatim on page 41"


def test_cited_on_the_wrong_page_says_which_page(index: BookIndex) -> None:
    v = check_quotation(index, "The committee met on Thursday", "41")
    assert v.kind is VerdictKind.OTHER_PAGE
    assert v.message() == "verbatim, but on page 42 (cited 41)"


def test_one_changed_word_is_altered_and_named(index: BookIndex) -> None:
    v = check_quotation(index, "We wrote the ending, then argued forwards until the middle", "41")
    assert v.kind is VerdictKind.ALTERED
    assert [(p.op, p.quote, p.book) for p in v.changes] == [("changed", "forwards", "backwards")]
    assert v.message() == 'altered: you wrote "forwards", the book says "backwards" (page 41)'


def test_words_not_in_the_book_are_not_found(index: BookIndex) -> None:
    v = check_quotation(index, "a symphony of purple elephants", "41")
    assert v.kind is VerdictKind.NOT_FOUND
    assert v.message() == "not found in the source"


def test_no_book_attached() -> None:
    v = check_quotation(None, "anything", "41")
    assert v.kind is VerdictKind.NO_SOURCE
    assert v.message() == "no book attached to the source"


@pytest.mark.parametrize("quote", [
    '"We never wrote the outline first," she said',           # straight marks
    "‘We never wrote the outline first,’ she said",           # single marks inside
    "Her brother laughed--a short, dry sound--and went back",  # dashes typed
    "Her brother laughed – a short, dry sound – and went back",
    "we wrote the ending",                                     # changed initial capital
    "We wrote the ending . . . until the middle agreed",       # omission
    "We wrote the ending … until the middle agreed",
    "We wrote the ending [...] until the middle agreed",
    "then argued backwards until the middle agreed with [them]",  # bracketed change
    "[T]hen argued backwards",
    "We never wrote the outline first [sic]",
    "then argued backwards until the middle agreed with us.",  # final period
])
def test_conventions_are_forgiven(index: BookIndex, quote: str) -> None:
    assert verdict(index, quote) is VerdictKind.VERBATIM, check_quotation(index, quote, "41")


def test_hyphenation_across_a_line_is_one_word(index: BookIndex) -> None:
    assert verdict(index, "Nobody could remember who had suggested the lighthouse", "42") \
        is VerdictKind.VERBATIM


def test_case_inside_is_not_forgiven(index: BookIndex) -> None:
    v = check_quotation(index, "We wrote The ending", "41")
    assert v.kind is VerdictKind.ALTERED
    assert v.changes[0].quote == "The"


def test_across_a_page_break_gives_both_pages(index: BookIndex) -> None:
    v = check_quotation(index, "the keys in a tin box. Years later the box was found", "42-43")
    assert v.kind is VerdictKind.VERBATIM
    assert v.pages == ("42", "43")


def test_ligatures_and_accents_in_the_book_match_plain_typing() -> None:
    book = BookIndex(BookText((BookPage("9", "Her ﬁnal word was café\u00ad\nnoir."),)))
    assert check_quotation(book, "Her final word was cafénoir", "9").kind is VerdictKind.VERBATIM
    assert check_quotation(book, "Her final word was cafe\u0301noir", "9").kind \
        is VerdictKind.VERBATIM


def test_of_two_equally_close_passages_the_cited_page_is_told() -> None:
    text = "The bell rang twice before the ferry left the quay."
    book = BookIndex(BookText((BookPage("3", text), BookPage("9", text))))
    for page in ("3", "9"):
        v = check_quotation(book, "The bell rang three times before the ferry left", page)
        assert v.kind is VerdictKind.ALTERED
        assert v.pages == (page,)


def test_a_quotation_typed_exactly_twice_in_the_book_is_on_the_cited_one() -> None:
    text = "The bell rang twice before the ferry left the quay."
    book = BookIndex(BookText((BookPage("3", text), BookPage("9", text))))
    assert check_quotation(book, "the ferry left the quay", "9").message() == "verbatim on page 9"
    assert check_quotation(book, "the ferry left the quay", "4").message() == \
        "verbatim, but on page 3 (cited 4)"


def test_roman_and_range_citations() -> None:
    book = BookIndex(BookText((BookPage("xii", "A preface in a quiet voice."),
                               BookPage("41", "The first words of the story."),
                               BookPage("42", "The second page of it."))))
    assert check_quotation(book, "a quiet voice", "xii").kind is VerdictKind.VERBATIM
    assert check_quotation(book, "a quiet voice", "12").kind is VerdictKind.OTHER_PAGE
    assert check_quotation(book, "The second page", "41–2").kind is VerdictKind.VERBATIM
    assert check_quotation(book, "The second page", None).message() == "verbatim on page 42"


def test_a_text_without_pages() -> None:
    book = BookIndex(BookText((BookPage("", "Plain text has no pages at all."),)))
    assert check_quotation(book, "no pages at all", "5").message() == "verbatim in the source"
    v = check_quotation(book, "Plain text has no chapters at all", "5")
    assert v.message() == 'altered: you wrote "chapters", the book says "pages"'


ROOM = BookIndex(BookText((
    BookPage("74", "Then she walked slowly out of the room. Nobody followed her, and the "
                   "corridor stayed quiet."),
)))


@pytest.mark.parametrize(("quote", "message"), [
    ("Then she walked out of the room", 'altered: you left out "slowly" (page 74)'),
    ("Then she walked very slowly out", 'altered: you added "very" (page 74)'),
    ("Then she walked slowly out of the classroom",
     'altered: you wrote "classroom", the book says "room" (page 74)'),
    ("Nobody followed her and the corridor",
     'altered: you wrote "her", the book says "her," (page 74)'),
    ("she walked slowly out of the classroom and nobody followed",
     'altered: you wrote "classroom", the book says "room"; you added "and"; '
     "1 more change (page 74)"),
    ("it was all about the corridor", "not found in the source"),
])
def test_what_changed_is_told_as_a_student_would_say_it(quote: str, message: str) -> None:
    assert check_quotation(ROOM, quote, "74").message() == message


def test_a_bracket_stands_for_as_many_words_as_it_holds() -> None:
    book = BookIndex(BookText((BookPage("8", "Late that night we argued about the map."),
                               BookPage("9", "Then we slept, and the map stayed with us."))))
    v = check_quotation(book, "[They] slept, and the map stayed with [them]", "9")
    assert v.kind is VerdictKind.VERBATIM
    assert v.book_words == "we slept, and the map stayed with us"
    assert v.pages == ("9",)
