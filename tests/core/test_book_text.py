from outliner.core.book_text import BookPage, BookText


def test_page_lookup_by_printed_label() -> None:
    book = BookText((BookPage("255", "a"), BookPage("256", "b")))
    assert book.has_pages
    page = book.page("256")
    assert page is not None and page.text == "b"
    assert book.page("257") is None


def test_plain_text_has_no_pages() -> None:
    assert not BookText((BookPage("", "all of it"),)).has_pages
