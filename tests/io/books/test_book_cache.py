"""The cache of page texts: keyed by checksum, versioned, atomic, and a
damaged entry read again from the book."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from outliner.io.books import BookCache, load_book, sha256_of_file
from outliner.io.books.cache import READERS_VERSION, default_cache_folder


def _book(tmp_path: Path, text: str = "She kept her letters in a tin box.\n") -> Path:
    path = tmp_path / "book.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_book_is_read_once_then_found_by_its_checksum(tmp_path: Path) -> None:
    cache = BookCache(tmp_path / "cache")
    path = _book(tmp_path)
    first = load_book(path, cache)
    assert not first.from_cache
    assert cache.entry_path(first.sha256).is_file()
    moved = path.rename(tmp_path / "renamed.txt")
    again = load_book(moved, cache)
    assert again.from_cache and again.book == first.book
    assert list(cache.folder.iterdir()) == [cache.entry_path(first.sha256)]  # no temp files


def test_a_changed_book_is_read_again(tmp_path: Path) -> None:
    cache = BookCache(tmp_path / "cache")
    path = _book(tmp_path)
    load_book(path, cache)
    path.write_text("The ferry left at six.\n", encoding="utf-8")
    fresh = load_book(path, cache)
    assert not fresh.from_cache and "ferry" in fresh.book.pages[0].text


@pytest.mark.parametrize("damage", [
    lambda text: text[: len(text) // 2],  # cut short
    lambda text: "not json",
    lambda text: text.replace('"version":1', '"version":99'),  # another layout
    lambda text: text.replace(f'"readers":{READERS_VERSION}', '"readers":0'),  # older readers
    lambda text: text.replace('"pages":[[', '"pages":[[7,'),  # a label that is no text
    lambda text: json.dumps({**json.loads(text), "sha256": "0" * 64}),  # another book's
])
def test_a_damaged_entry_is_read_again_from_the_book(tmp_path: Path, damage: object) -> None:
    assert callable(damage)
    cache = BookCache(tmp_path / "cache")
    path = _book(tmp_path)
    sha = load_book(path, cache).sha256
    entry = cache.entry_path(sha)
    entry.write_text(damage(entry.read_text(encoding="utf-8")), encoding="utf-8")
    assert cache.get(sha) is None
    reread = load_book(path, cache)
    assert not reread.from_cache and "tin box" in reread.book.pages[0].text
    assert cache.get(sha) == reread.book  # and written anew


def test_an_unwritable_cache_still_reads_the_book(tmp_path: Path) -> None:
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the folder should be")
    loaded = load_book(_book(tmp_path), BookCache(blocker / "books"))
    assert "tin box" in loaded.book.pages[0].text


def test_the_cache_lives_in_the_xdg_cache_folder(monkeypatch: pytest.MonkeyPatch,
                                                 tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert default_cache_folder() == tmp_path / "xdg" / "essay-outliner" / "books"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/ignored")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert default_cache_folder() == tmp_path / "home" / ".cache" / "essay-outliner" / "books"


def test_the_checksum_is_of_the_bytes(tmp_path: Path) -> None:
    import hashlib

    path = _book(tmp_path)
    assert sha256_of_file(path) == hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_page_offset_applies_after_the_cache(tmp_path: Path) -> None:
    from outliner.core.book_text import BookPage
    from outliner.io.books import RawBook

    cache = BookCache(tmp_path / "cache")
    raw = RawBook("positions", (BookPage("1", "a"), BookPage("2", "b")), "a" * 64)
    cache.put(raw)
    found = cache.get("a" * 64)
    assert found is not None
    assert [p.label for p in found.text(page_offset=254).pages] == ["255", "256"]


def test_an_attached_book_is_found_by_its_link_without_reading_it(tmp_path: Path) -> None:
    from outliner.core.book_text import BookPage
    from outliner.core.sources import BookLink
    from outliner.io.books import RawBook

    cache = BookCache(tmp_path / "cache")
    cache.put(RawBook("positions", (BookPage("1", "a"),), "b" * 64))
    found = cache.attached(BookLink("gone/never-there.pdf", "b" * 64, page_offset=9))
    assert found is not None and [p.label for p in found.pages] == ["10"]
    assert cache.attached(BookLink("x.pdf", "c" * 64)) is None
