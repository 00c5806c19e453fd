"""Reading BibTeX, CSL-JSON and RIS files into structured sources, and
refusing bad files with one line naming the file and the problem."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from outliner.core.sources import Name, SourceType
from outliner.io.errors import DocumentError
from outliner.io.reading import REFERENCES, FileKind
from outliner.io.references import read_references
from outliner.io.references.csl import read_csl_json
from outliner.io.references.names import split_name

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "references"
T = SourceType


def test_csl_json_book_as_zotero_exports_it() -> None:
    sources, notes = read_references(FIXTURES / "ishiguro.json")
    assert notes == []
    [book] = sources
    assert (book.type, book.authors, book.title, book.publisher, book.place, book.date) == (
        T.BOOK, (Name("Ishiguro", "Kazuo"),), "Never Let Me Go", "Vintage International",
        "New York", "2006")
    assert book.text == "" and book.structured


def test_csl_json_every_type_and_the_items_it_skips() -> None:
    sources, notes = read_references(FIXTURES / "library.json")
    assert [s.type for s in sources] == [T.CHAPTER, T.JOURNAL, T.PERIODICAL, T.WEB, T.FILM,
                                         T.OTHER]
    chapter, journal, news, web, film, report = sources
    assert chapter.editors == (Name("Reyes", "Lena"), Name("Park", "Min-jun"))
    assert chapter.container == "Reading Ishiguro today" and chapter.pages == "45-67"
    assert chapter.date == "2019"  # a year given as a string
    assert journal.volume == "12" and journal.issue == "3"  # a number becomes text
    assert journal.authors[1] == Name("The Weather Group")  # a literal name
    assert journal.date == "2021-05" and journal.doi == "10.1234/vfr.2021.12.3.201"
    assert news.date == "2020-03-05"  # {"raw": ...}
    assert web.accessed == "2026-02-01" and web.url == "https://readingroom.example/slow"
    assert film.authors == (Name("Romanek", "Mark"),)  # the director
    assert report.authors == (Name("Bureau of Fictional Statistics"),)
    assert notes == ["item 7 is not an object; skipped",
                     "item 8 (broken): “title” is not text; skipped",
                     "item 9 (nothing) has no title, names or date; skipped"]


def test_bibtex_types_names_accents_and_a_cut_entry() -> None:
    sources, notes = read_references(FIXTURES / "library.bib")
    assert [s.type for s in sources] == [T.BOOK, T.CHAPTER, T.JOURNAL, T.WEB, T.OTHER]
    book, chapter, article, online, misc = sources
    assert book.edition == "2" and book.place == "New York"
    assert chapter.authors == (Name("Okafor", "Chinwe"),)  # "Given Family" split
    assert chapter.container == "Reading Ishiguro Today"  # braces gone
    assert chapter.pages == "45–67"
    assert [n.family for n in article.authors] == ["Delgado", "Chen", "Ivanova"]
    assert article.date == "2021-05"  # year and month
    assert online.date == "2023-11-14" and online.accessed == "2026-02-01"
    assert misc.authors == (Name("Brontë", "Charlotte"),)  # {\"e} decoded
    assert notes == ["the entry at line 49 was skipped: it could not be parsed"]


def test_ris_types_pages_and_dates() -> None:
    sources, notes = read_references(FIXTURES / "library.ris")
    assert notes == []
    assert [s.type for s in sources] == [T.BOOK, T.JOURNAL, T.CHAPTER, T.PERIODICAL, T.FILM]
    book, article, chapter, news, film = sources
    assert book.authors == (Name("Ishiguro", "Kazuo"),) and book.date == "2006"
    assert article.pages == "201-219" and article.container == "Victorian Fiction Review"
    assert chapter.editors == (Name("Reyes", "Lena"),) and chapter.date == "2019-04-02"
    assert news.url == "https://www.dailyledger.example/clones"
    assert film.publisher == "Fox Searchlight Pictures"


@pytest.mark.parametrize(("name", "content", "message"), [
    ("refs.txt", b"anything", r"is not a references file this program reads \(it reads "
                              r"\.bib \(BibTeX\), \.json \(CSL-JSON\), \.ris \(RIS\)\)"),
    ("empty.bib", b"", "is empty$"),
    ("blank.ris", b"  \n\n", "holds only blank space$"),
    ("binary.json", b"[\x00\x01]", "holds binary data"),
    ("latin1.bib", "@book{a, title={Brontë}}".encode("latin-1"), "is not UTF-8 text"),
    ("bad.json", b"[{]", r"is not valid JSON \(.* at line 1, column 3\)"),
    ("number.json", b"42", r"is JSON but not CSL-JSON \(expected a list of items\)"),
    ("none.json", b"[]", "holds no CSL-JSON references$"),
    ("items.json", b'["x", 3]', r"holds no CSL-JSON references \(item 1 is not an object"),
    ("prose.bib", b"Just some words, no entries.", "holds no BibTeX references$"),
    ("prose.ris", b"Not RIS at all", r"holds no RIS references \(no record starts with"),
    ("deep.json", b"[" * 100_000 + b"]" * 100_000, "is not valid JSON|too deeply"),
])
def test_bad_files_are_one_clear_refusal(tmp_path: Path, name: str, content: bytes,
                                         message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(DocumentError, match=message) as caught:
        read_references(path)
    assert str(caught.value).startswith(str(path))
    assert "\n" not in str(caught.value)


def test_reading_is_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import outliner.io.references as references

    monkeypatch.setattr(references, "REFERENCES", FileKind(REFERENCES.what, 100))
    path = tmp_path / "big.json"
    path.write_text(json.dumps([{"type": "book", "title": "x" * 200}]))
    with pytest.raises(DocumentError, match="too large to be a references file"):
        read_references(path)
    assert REFERENCES.max_bytes == 20 * 1024 * 1024


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_named_pipe_is_refused_without_waiting(tmp_path: Path) -> None:
    fifo = tmp_path / "refs.bib"
    os.mkfifo(fifo)
    with pytest.raises(DocumentError, match="is a named pipe"):
        read_references(fifo)


def test_a_missing_file_and_a_folder(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="no such file"):
        read_references(tmp_path / "missing.ris")
    (tmp_path / "folder.bib").mkdir()
    with pytest.raises(DocumentError, match="is a folder"):
        read_references(tmp_path / "folder.bib")


def test_split_name_forms() -> None:
    assert split_name("Ishiguro, Kazuo") == Name("Ishiguro", "Kazuo")
    assert split_name("Kazuo Ishiguro") == Name("Ishiguro", "Kazuo")
    assert split_name("Plato") == Name("Plato")
    assert split_name("  Le Guin,  Ursula K. ") == Name("Le Guin", "Ursula K.")


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
        st.sampled_from(["type", "title", "author", "issued", "volume", "family", "given",
                         "literal", "date-parts", "page", "URL", "editor", "raw"]),
        inner, max_size=5),
    max_leaves=20)


@settings(max_examples=300, deadline=None)
@given(data=JSON_VALUES)
def test_any_json_is_read_or_refused_cleanly(data: object) -> None:
    try:
        sources, notes = read_csl_json(json.dumps(data), Path("x.json"))
    except DocumentError as exc:
        assert str(exc).startswith("x.json: ")
        return
    assert all(isinstance(n, str) for n in notes)
    assert all(not s.is_empty() for s in sources)
