"""A source's attached book in the .essay file and on the clipboard."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from outliner.core.essay import Essay, Node, NodeKind
from outliner.core.paste import plan_paste
from outliner.core.sources import BookLink, Source
from outliner.io.clipboard import nodes_from_json, nodes_to_json
from outliner.io.errors import DocumentError
from outliner.io.essay.file import essay_from_json, essay_to_json, load_essay
from tests.conftest import FIXTURES

SHA = "ab" * 32


@given(path=st.text(min_size=1).filter(lambda t: t == t.encode("utf-8", "replace").decode()),
       offset=st.integers(-100_000, 100_000))
def test_a_link_survives_saving_and_loading(path: str, offset: int) -> None:
    essay = Essay(sources=[Source("Marlow, Ida. The Harbour Light.",
                                  book=BookLink(path, SHA, offset))])
    loaded = essay_from_json(essay_to_json(essay), Path("x.essay"))
    assert loaded.sources[0].book == BookLink(path, SHA, offset)


def test_a_source_without_a_book_writes_no_key() -> None:
    data = json.loads(essay_to_json(Essay(sources=[Source("Marlow, Ida.")])))
    assert "book" not in data["sources"][0]


def test_version_3_files_load_without_books() -> None:
    essay = load_essay(FIXTURES / "essay" / "v3.essay")
    assert [s.book for s in essay.sources] == [None]


@pytest.mark.parametrize(("book", "message"), [
    ({"path": "a.pdf", "sha256": "not-a-checksum"}, r"sources\[0\]\.book\.sha256"),
    ({"path": "", "sha256": SHA}, r"sources\[0\]\.book\.path"),
    ({"path": "a.pdf", "sha256": SHA, "pages": 3}, r"sources\[0\]\.book\.pages"),
])
def test_a_bad_link_is_refused_clearly(book: dict[str, object], message: str) -> None:
    text = json.dumps({"format": "essay-outliner", "version": 4,
                       "sources": [{"id": "s", "book": book}]})
    with pytest.raises(DocumentError, match=message):
        essay_from_json(text, Path("bad.essay"))


def test_the_clipboard_carries_the_link() -> None:
    source = Source("Marlow, Ida.", id="src-a", book=BookLink("a.pdf", SHA, 2))
    quote = Node(NodeKind.QUOTE, "the keeper counted ships", cite="41", source="src-a")
    _, sources = nodes_from_json(nodes_to_json([quote], [source]))
    assert sources[0].book == BookLink("a.pdf", SHA, 2)


def test_the_same_work_with_a_book_is_no_duplicate_on_paste() -> None:
    here = Essay(sources=[Source("Marlow, Ida.", id="src-a")],
                 outline=[Node(NodeKind.BODY, "claim")])
    pasted = Source("Marlow, Ida.", id="src-a", book=BookLink("a.pdf", SHA))
    assert pasted == here.sources[0] and pasted.same_work(here.sources[0])
    quote = Node(NodeKind.QUOTE, "the keeper counted ships", cite="41", source="src-a")
    change = plan_paste(here, [quote], here.outline[0], as_child=True, sources=[pasted])
    change.apply(here)
    assert len(here.sources) == 1 and here.outline[0].children[0].source == "src-a"


def test_a_book_beside_the_essay_is_recorded_relative_and_held_absolute(tmp_path: Path) -> None:
    from outliner.io.essay.file import save_essay

    book = tmp_path / "books" / "harbour.pdf"
    essay = Essay(sources=[Source("Marlow, Ida.", book=BookLink(str(book), SHA))])
    save_essay(essay, tmp_path / "mine.essay")
    data = json.loads((tmp_path / "mine.essay").read_text(encoding="utf-8"))
    assert data["sources"][0]["book"]["path"] == "books/harbour.pdf"  # moves with the essay
    loaded = load_essay(tmp_path / "mine.essay")
    assert loaded.sources[0].book == BookLink(str(book.resolve()), SHA)


def test_saving_into_another_folder_still_finds_the_book(tmp_path: Path) -> None:
    """Save As / ``-o`` elsewhere: the relative path is read against the
    folder it was written in, never against the new one."""
    from outliner.io.check_books import book_location
    from outliner.io.essay.file import save_essay

    book = tmp_path / "harbour.pdf"
    book.write_bytes(b"%PDF-1.4")
    save_essay(Essay(sources=[Source("Marlow, Ida.", book=BookLink(str(book), SHA))]),
               tmp_path / "a.essay")
    elsewhere = tmp_path / "other" / "b.essay"
    elsewhere.parent.mkdir()
    save_essay(load_essay(tmp_path / "a.essay"), elsewhere)
    link = load_essay(elsewhere).sources[0].book
    assert link is not None
    assert book_location(elsewhere, link) == book.resolve()
    recorded = json.loads(elsewhere.read_text(encoding="utf-8"))["sources"][0]["book"]["path"]
    assert Path(recorded).is_absolute()  # outside the new folder: kept whole
