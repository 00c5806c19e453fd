"""Quotations against attached books, in this process (io/check_books.py):
``--source`` options parsed, sources named by id or a word, books given or
attached (relative to the essay, moved, changed, missing), page offsets,
the lines and JSON ``outliner check`` prints, and ``sources attach``.

Books are real files made here: a plain text (one unnumbered page) and a
PDF written by hand (pages numbered by position); the cache lives in
tmp_path, never in the user's.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from outliner.core.essay import Essay, Node, NodeKind
from outliner.core.quote_match import VerdictKind
from outliner.core.sources import BookLink, Name, Source, SourceType
from outliner.io.books import BookCache
from outliner.io.check_books import (
    BookOption,
    SourceKeyError,
    attach_book,
    book_location,
    check_quotations,
    find_source,
    parse_book_option,
    primary_source,
    recorded_path,
)
from outliner.io.errors import DocumentError
from tests.support.books import text_pdf

K = NodeKind
#: Three pages of a book of our own words, one sentence to quote on each.
PAGES = [
    "The tide came in twice a day over the flat sands by the old pier.",
    "She kept the key to the boathouse on a string around her neck.",
    "Every winter the ferry stopped and the island waited for spring.",
]
ON_PAGE_2 = "kept the key to the boathouse"
ON_PAGE_3 = "the ferry stopped and the island waited for spring"
ALTERED_3 = "the ferry stopped and the island longed for spring"


def marlow(**changes: object) -> Source:
    source = Source(type=SourceType.BOOK, authors=(Name("Marlow", "Ida"),),
                    title="The Harbour Light", id="src-harbour")
    return source.with_fields(**changes) if changes else source


def quill() -> Source:
    return Source(type=SourceType.BOOK, authors=(Name("Quill", "Tom"),),
                  editors=(Name("O'Brien", "Nora"),), title="Another Harbour", id="src-quill")


def quotes_essay(*quotes: tuple[str, str], sources: list[Source] | None = None) -> Essay:
    """An essay of one body paragraph holding these (text, cite) quotations."""
    return Essay(sources=[marlow()] if sources is None else sources, outline=[
        Node(K.BODY, "The island lives by its ferry", children=[
            Node(K.QUOTE, text, cite=cite) for text, cite in quotes])])


@pytest.fixture
def cache(tmp_path: Path) -> BookCache:
    return BookCache(tmp_path / "cache")


@pytest.fixture
def pdf(tmp_path: Path) -> Path:
    folder = tmp_path / "books"
    folder.mkdir()
    return text_pdf(folder / "harbour.pdf", PAGES)


@pytest.fixture
def text_book(tmp_path: Path) -> Path:
    path = tmp_path / "harbour.txt"
    path.write_text(" ".join(PAGES) + "\n", encoding="utf-8")
    return path


# -- --source [KEY=]PATH -----------------------------------------------------------------

@pytest.mark.parametrize(("text", "key", "path"), [
    ("Marlow=book.pdf", "Marlow", "book.pdf"),
    ("src-1=/books/a=b.pdf", "src-1", "/books/a=b.pdf"),  # only the first "=" splits
    ("book.pdf", None, "book.pdf"),
    ("books/a=b.pdf", None, "books/a=b.pdf"),  # a separator: the whole is a path
    ("=book.pdf", None, "=book.pdf"),
    ("Marlow=", None, "Marlow="),
])
def test_a_source_option_is_split_at_its_first_equals_sign(text: str, key: str | None,
                                                           path: str) -> None:
    assert parse_book_option(text) == BookOption(key, Path(path))


def test_a_file_whose_name_holds_an_equals_sign_is_a_path(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("key=book.pdf").write_bytes(b"%PDF-")
    assert parse_book_option("key=book.pdf") == BookOption(None, Path("key=book.pdf"))


# -- naming a source ---------------------------------------------------------------------

def test_a_source_is_found_by_its_id_before_any_word() -> None:
    # "src-quill" is also no word of Marlow's: the id wins outright.
    essay = quotes_essay(sources=[marlow(), quill()])
    assert find_source(essay, "src-quill").id == "src-quill"


@pytest.mark.parametrize(("key", "found"), [
    ("Marlow", "src-harbour"), ("marlow", "src-harbour"), ("IDA", "src-harbour"),
    ("Light", "src-harbour"), ("Tom", "src-quill"), ("Another", "src-quill"),
    ("o'brien", "src-quill"),  # an editor, the apostrophe inside the word
])
def test_a_source_is_found_by_a_word_only_it_has(key: str, found: str) -> None:
    essay = quotes_essay(sources=[marlow(), quill()])
    assert find_source(essay, key).id == found


def test_a_free_text_source_is_found_by_the_words_of_its_text() -> None:
    essay = quotes_essay(sources=[marlow(), Source("Ishiguro, Kazuo. Never Let Me Go.",
                                                   id="src-free")])
    assert find_source(essay, "ishiguro").id == "src-free"


def test_the_text_of_a_structured_source_is_not_searched() -> None:
    essay = quotes_essay(sources=[marlow(text="Marlow, Ida. Secretword.")])
    with pytest.raises(SourceKeyError, match="no source is called “Secretword”"):
        find_source(essay, "Secretword")


def test_a_word_two_sources_share_names_both_and_asks_for_the_id() -> None:
    essay = quotes_essay(sources=[marlow(), quill()])
    with pytest.raises(SourceKeyError) as caught:
        find_source(essay, "harbour")
    assert str(caught.value) == "“harbour” names 2 sources (src-harbour, src-quill); use its id"


def test_a_word_no_source_has_lists_the_sources() -> None:
    with pytest.raises(SourceKeyError) as caught:
        find_source(quotes_essay(sources=[marlow(), quill()]), "Dickens")
    assert str(caught.value) == ("no source is called “Dickens” (by id or by a word of its "
                                 "author or title); the sources are: src-harbour, src-quill")
    with pytest.raises(SourceKeyError, match=r"the sources are: none$"):
        find_source(quotes_essay(sources=[]), "Dickens")


def test_a_part_of_a_word_names_nothing() -> None:
    with pytest.raises(SourceKeyError, match="no source is called “Marl”"):
        find_source(quotes_essay(), "Marl")


def test_the_primary_source_is_the_first_or_a_new_one_named_after_the_book() -> None:
    essay = quotes_essay(sources=[marlow(), quill()])
    assert primary_source(essay, Path("x.pdf")).id == "src-harbour"
    bare = quotes_essay(sources=[])
    made = primary_source(bare, Path("/books/The Harbour Light.pdf"))
    assert made.text == "The Harbour Light" and bare.sources == [made]


# -- where a book is ---------------------------------------------------------------------

def test_an_attached_book_is_relative_to_the_essay_unless_absolute(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    essay_path = tmp_path / "essays" / "mine.essay"
    assert book_location(essay_path, BookLink("books/a.pdf", "0" * 64)) == \
        tmp_path / "essays" / "books" / "a.pdf"
    assert book_location(essay_path, BookLink("/srv/a.pdf", "0" * 64)) == Path("/srv/a.pdf")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert book_location(essay_path, BookLink("~/a.pdf", "0" * 64)) == \
        tmp_path / "home" / "a.pdf"


def test_a_recorded_path_is_absolute_and_resolved(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "books").mkdir()
    monkeypatch.chdir(tmp_path / "books")
    assert recorded_path(Path("../books/a.pdf")) == str(tmp_path / "books" / "a.pdf")


# -- checking ----------------------------------------------------------------------------

def test_without_any_book_there_is_nothing_to_check(tmp_path: Path, cache: BookCache) -> None:
    assert check_quotations(quotes_essay((ON_PAGE_2, "2")), tmp_path / "e.essay", [],
                            cache=cache) is None


def test_each_quotation_gets_its_verdict_on_its_page(tmp_path: Path, pdf: Path,
                                                     cache: BookCache) -> None:
    essay = quotes_essay((ON_PAGE_2, "2"), (ON_PAGE_3, "(Marlow 2)"), (ALTERED_3, "3"))
    found = check_quotations(essay, tmp_path / "e.essay", [BookOption("Marlow", pdf)],
                             cache=cache)
    assert found is not None and found.notes == []
    assert [(line.verdict.kind, line.verdict.pages) for line in found.lines] == [
        (VerdictKind.VERBATIM, ("2",)), (VerdictKind.OTHER_PAGE, ("3",)),
        (VerdictKind.ALTERED, ("3",))]
    assert [line.line for line in found.lines] == [
        f"book: Quotation “{ON_PAGE_2}” (2): verbatim on page 2",
        "book: Quotation “the ferry stopped and the island waited”… (Marlow 2): "
        "verbatim, but on page 3 (cited 2)",
        "book: Quotation “the ferry stopped and the island longed”… (3): "
        'altered: you wrote "longed", the book says "waited" (page 3)']
    assert [line.on_cited_page for line in found.lines] == [True, False, False]
    assert found.failed


def test_the_json_of_a_line_carries_node_verdict_and_pages(tmp_path: Path, pdf: Path,
                                                           cache: BookCache) -> None:
    essay = quotes_essay((ON_PAGE_2, "2"))
    found = check_quotations(essay, tmp_path / "e.essay", [BookOption(None, pdf)], cache=cache)
    assert found is not None
    node = essay.outline[0].children[0]
    assert found.lines[0].as_json() == {
        "kind": "book", "node": node.id, "name": f"Quotation “{ON_PAGE_2}”", "cite": "2",
        "verdict": "verbatim", "pages": ["2"], "message": "verbatim on page 2"}
    assert not found.failed


def test_a_quotation_without_a_page_is_only_looked_for(tmp_path: Path, text_book: Path,
                                                       cache: BookCache) -> None:
    essay = quotes_essay((ON_PAGE_3, ""), ("words the book never had in it at all", ""))
    found = check_quotations(essay, tmp_path / "e.essay", [BookOption(None, text_book)],
                             cache=cache)
    assert found is not None
    assert [line.line for line in found.lines] == [
        "book: Quotation “the ferry stopped and the island waited”…: verbatim in the source",
        "book: Quotation “words the book never had in it at all”: not found in the source"]
    assert found.failed


def test_a_quotation_of_a_source_without_a_book_fails_nothing(tmp_path: Path, pdf: Path,
                                                              cache: BookCache) -> None:
    essay = quotes_essay((ON_PAGE_2, "Quill 2"), sources=[marlow(), quill()])
    found = check_quotations(essay, tmp_path / "e.essay", [BookOption("Marlow", pdf)],
                             cache=cache)
    assert found is not None
    assert [line.verdict.kind for line in found.lines] == [VerdictKind.NO_SOURCE]
    assert found.lines[0].line.endswith("(Quill 2): no book attached to the source")
    assert not found.failed


def test_a_book_for_an_essay_without_sources_makes_its_source(tmp_path: Path, pdf: Path,
                                                              cache: BookCache) -> None:
    essay = quotes_essay((ON_PAGE_2, "2"), sources=[])
    found = check_quotations(essay, tmp_path / "e.essay", [BookOption(None, pdf)], cache=cache)
    assert found is not None and found.lines[0].verdict.kind is VerdictKind.VERBATIM
    assert [s.text for s in essay.sources] == ["harbour"]


def test_a_bad_key_is_a_source_key_error(tmp_path: Path, pdf: Path, cache: BookCache) -> None:
    with pytest.raises(SourceKeyError, match="no source is called “Dickens”"):
        check_quotations(quotes_essay((ON_PAGE_2, "2")), tmp_path / "e.essay",
                         [BookOption("Dickens", pdf)], cache=cache)


def test_an_attached_book_is_read_relative_to_the_essay(tmp_path: Path, pdf: Path,
                                                        cache: BookCache) -> None:
    sha = hashlib.sha256(pdf.read_bytes()).hexdigest()
    essay = quotes_essay((ON_PAGE_2, "2"),
                         sources=[marlow(book=BookLink("books/harbour.pdf", sha))])
    said: list[str] = []
    found = check_quotations(essay, tmp_path / "e.essay", [], cache=cache, say=said.append)
    assert found is not None and found.notes == [] and said == []
    assert found.lines[0].line.endswith("(2): verbatim on page 2")


def test_the_page_offset_of_the_attachment_numbers_the_pages(tmp_path: Path, pdf: Path,
                                                             cache: BookCache) -> None:
    # The PDF's first page is printed page 41: offset 40.
    sha = hashlib.sha256(pdf.read_bytes()).hexdigest()
    essay = quotes_essay((ON_PAGE_2, "42"), (ON_PAGE_3, "2"),
                         sources=[marlow(book=BookLink(str(pdf), sha, 40))])
    found = check_quotations(essay, tmp_path / "e.essay", [], cache=cache)
    assert found is not None
    assert [line.verdict.message() for line in found.lines] == [
        "verbatim on page 42", "verbatim, but on page 43 (cited 2)"]


def test_a_book_given_for_an_attached_source_keeps_its_offset(tmp_path: Path, pdf: Path,
                                                              cache: BookCache) -> None:
    copy = tmp_path / "copy.pdf"
    copy.write_bytes(pdf.read_bytes())
    essay = quotes_essay((ON_PAGE_2, "42"),
                         sources=[marlow(book=BookLink("gone/elsewhere.pdf", "0" * 64, 40))])
    found = check_quotations(essay, tmp_path / "e.essay", [BookOption("Marlow", copy)],
                             cache=cache)
    # The attached file is not read (it is gone); the given one is, with the offset.
    assert found is not None and found.notes == []
    assert found.lines[0].verdict.message() == "verbatim on page 42"


def test_a_changed_attached_book_is_checked_as_it_is_and_says_so(
        tmp_path: Path, text_book: Path, cache: BookCache) -> None:
    essay = quotes_essay((ON_PAGE_3, ""),
                         sources=[marlow(book=BookLink(text_book.name, "1" * 64))])
    said: list[str] = []
    found = check_quotations(essay, tmp_path / "e.essay", [], cache=cache, say=said.append)
    note = (f"{tmp_path / 'harbour.txt'} has changed since it was attached to the source; "
            "checked against it as it is now")
    assert found is not None and found.notes == [note] and said == [note]
    assert found.lines[0].verdict.kind is VerdictKind.VERBATIM


def test_a_missing_attached_book_says_how_to_attach_it_again(tmp_path: Path,
                                                             cache: BookCache) -> None:
    essay = quotes_essay((ON_PAGE_2, "2"),
                         sources=[marlow(book=BookLink("books/gone.pdf", "0" * 64))])
    with pytest.raises(DocumentError) as caught:
        check_quotations(essay, tmp_path / "e.essay", [], cache=cache)
    assert str(caught.value) == (
        f"{tmp_path / 'books' / 'gone.pdf'}: no such file (the book attached to a source of "
        "the essay; attach it again with `outliner sources attach`, or give it with --source)")


def test_a_missing_given_book_is_only_missing(tmp_path: Path, cache: BookCache) -> None:
    with pytest.raises(DocumentError) as caught:
        check_quotations(quotes_essay((ON_PAGE_2, "2")), tmp_path / "e.essay",
                         [BookOption(None, tmp_path / "gone.pdf")], cache=cache)
    assert str(caught.value) == f"{tmp_path / 'gone.pdf'}: no such file"


def test_an_attached_book_that_is_no_book_is_not_called_missing(tmp_path: Path,
                                                                cache: BookCache) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    essay = quotes_essay((ON_PAGE_2, "2"), sources=[marlow(book=BookLink("empty.txt", "0" * 64))])
    with pytest.raises(DocumentError) as caught:
        check_quotations(essay, tmp_path / "e.essay", [], cache=cache)
    assert str(caught.value) == f"{tmp_path / 'empty.txt'}: is empty"


def test_a_second_check_reads_the_book_from_the_cache(tmp_path: Path, pdf: Path,
                                                      cache: BookCache) -> None:
    essay = quotes_essay((ON_PAGE_2, "2"))
    check_quotations(essay, tmp_path / "e.essay", [BookOption(None, pdf)], cache=cache)
    entry = cache.entry_path(hashlib.sha256(pdf.read_bytes()).hexdigest())
    data = json.loads(entry.read_text(encoding="utf-8"))
    assert [label for label, _ in data["pages"]] == ["1", "2", "3"]
    # What the cache says is what is checked: its pages now hold other words.
    data["pages"] = [[label, "Other words entirely."] for label, _ in data["pages"]]
    entry.write_text(json.dumps(data), encoding="utf-8")
    again = check_quotations(essay, tmp_path / "e.essay", [BookOption(None, pdf)], cache=cache)
    assert again is not None and again.lines[0].verdict.kind is VerdictKind.NOT_FOUND


# -- attaching ---------------------------------------------------------------------------

def test_attach_records_the_resolved_path_checksum_and_offset(
        tmp_path: Path, pdf: Path, cache: BookCache, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(pdf.parent)
    essay = quotes_essay(sources=[marlow(), quill()])
    attached, loaded = attach_book(essay, "Quill", Path(pdf.name), 12, cache=cache)
    sha = hashlib.sha256(pdf.read_bytes()).hexdigest()
    assert attached.book == BookLink(str(pdf), sha, 12)
    assert loaded.sha256 == sha and not loaded.from_cache
    assert [s.book for s in essay.sources] == [None, attached.book]
    assert [s.id for s in essay.sources] == ["src-harbour", "src-quill"]


def test_attach_refuses_a_book_that_cannot_be_read_and_records_nothing(
        tmp_path: Path, cache: BookCache) -> None:
    essay = quotes_essay()
    with pytest.raises(DocumentError, match="no such file"):
        attach_book(essay, "Marlow", tmp_path / "gone.pdf", 0, cache=cache)
    assert essay.sources[0].book is None


def test_attach_to_a_source_no_one_names_reads_no_book(tmp_path: Path,
                                                       cache: BookCache) -> None:
    # The key is checked first: a missing book is not what is reported.
    with pytest.raises(SourceKeyError, match="Dickens"):
        attach_book(quotes_essay(), "Dickens", tmp_path / "gone.pdf", 0, cache=cache)
