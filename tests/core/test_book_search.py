"""Searching the book for a passage to quote."""

from __future__ import annotations

from outliner.core.book_text import BookPage, BookText
from outliner.core.quote_match import BookIndex, VerdictKind, check_quotation, search_book

BOOK = BookText((
    BookPage("xii", "A preface about the harbour and its keeper."),
    BookPage("1", "The keeper’s daughter kept the keys in a tin box. Nobody asked "
                  "her why. The harbour was quiet in winter."),
    BookPage("2", "In spring the harbour filled with boats, and the keeper’s daughter "
                  "hid the tin box under the stairs."),
))


def index() -> BookIndex:
    return BookIndex(BOOK)


def test_a_phrase_is_found_forgiving_case_and_marks() -> None:
    hits = search_book(index(), "keeper's daughter KEPT the keys")
    assert [(h.page, h.text) for h in hits] == [("1", "keeper’s daughter kept the keys")]
    # The excerpt keeps to the hit's page.
    assert hits[0].excerpt == ("The keeper’s daughter kept the keys in a tin box. "
                               "Nobody asked her why …")


def test_every_occurrence_in_reading_order() -> None:
    assert [h.page for h in search_book(index(), "tin box")] == ["1", "2"]
    assert [h.page for h in search_book(index(), "harbour")] == ["xii", "1", "2"]
    assert len(search_book(index(), "harbour", limit=2)) == 2


def test_words_not_together_find_the_sentences_holding_them_all() -> None:
    hits = search_book(index(), "stairs boats")
    assert [(h.page, h.text) for h in hits] == [
        ("2", "In spring the harbour filled with boats, and the keeper’s daughter hid the "
              "tin box under the stairs")]


def test_a_quoted_query_is_a_phrase_only() -> None:
    assert search_book(index(), "“stairs boats”") == []
    assert search_book(index(), "nothing like this") == []


def test_a_hit_inserted_as_a_quotation_is_verbatim_on_its_page() -> None:
    for hit in search_book(index(), "keeper daughter"):
        verdict = check_quotation(index(), hit.text, hit.page)
        assert verdict.kind is VerdictKind.VERBATIM, (hit, verdict)


def test_a_hit_offers_its_whole_sentence_on_its_page() -> None:
    hits = search_book(index(), "tin box")
    assert [(h.sentence, h.sentence_page) for h in hits] == [
        ("The keeper’s daughter kept the keys in a tin box.", "1"),
        ("In spring the harbour filled with boats, and the keeper’s daughter hid the tin "
         "box under the stairs.", "2")]
    # A sentence never reaches back onto the page before: page 2 starts a sentence here,
    # though page 1 ends without a full stop in this book.
    run_on = BookIndex(BookText((BookPage("7", "The tide came in and"),
                                 BookPage("8", "the boats rose. “They always do,” she said."))))
    hit = search_book(run_on, "boats rose")[0]
    assert (hit.sentence, hit.sentence_page) == ("the boats rose.", "8")
    spoken = search_book(run_on, "always do")[0]
    assert spoken.sentence == "They always do,” she said."


def test_a_sentence_starts_at_a_word_not_at_a_number_printed_before_it() -> None:
    numbered = BookIndex(BookText((BookPage("3", "The end of one part. 2. (12) “Nobody came "
                                                  "back,” she said. Then nothing."),)))
    hit = search_book(numbered, "nobody came")[0]
    assert hit.sentence == "Nobody came back,” she said."

    dated = BookIndex(BookText((BookPage("4", "It ended. 1984 was the year the mill closed."),)))
    assert search_book(dated, "the mill closed")[0].sentence == (
        "1984 was the year the mill closed.")
