"""The page text of books already read, cached beside the user's data.

Reading a 400-page PDF takes seconds; opening the essay again must not.
Each book's pages are kept as JSON in
``$XDG_CACHE_HOME/essay-outliner/books/<sha256>.json`` (``~/.cache`` when
the variable is unset), keyed by the checksum of the file's bytes, so a
book renamed or moved is still found, and one changed is read again. The
.essay file records only the path and the checksum (``core.sources.BookLink``).

An entry is written atomically and carries its format version and the
readers' version: an entry of another version, or one that is damaged in
any way, is ignored and the book read again (a cache never refuses).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from outliner.core.book_text import BookPage, BookText
from outliner.core.sources import BookLink
from outliner.io.atomic import atomic_write
from outliner.io.books.progress import Cancel, Progress
from outliner.io.books.raw import NUMBERINGS, RawBook
from outliner.io.errors import DocumentError
from outliner.io.reading import BOOK_CACHE, read_limited

#: What the first key of an entry says.
CACHE_FORMAT = "essay-outliner-book-text"
#: The entry's layout; another one is read again, never guessed at.
CACHE_VERSION = 1
#: Raised whenever a reader gives different pages for the same bytes
#: (better number detection, cleaner text): old entries are read again.
READERS_VERSION = 2  # 2: Markdown books read with markdown-it
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


def default_cache_folder() -> Path:
    """Where book texts are cached for this user (the XDG cache folder)."""
    base = os.environ.get("XDG_CACHE_HOME", "").strip()
    root = Path(base) if base and Path(base).is_absolute() else Path.home() / ".cache"
    return root / "essay-outliner" / "books"


@dataclass(frozen=True)
class BookCache:
    """The cached book texts in ``folder`` (default: :func:`default_cache_folder`)."""

    folder: Path

    @classmethod
    def default(cls) -> BookCache:
        return cls(default_cache_folder())

    def entry_path(self, sha256: str) -> Path:
        return self.folder / f"{sha256}.json"

    def get(self, sha256: str) -> RawBook | None:
        """The cached pages of the book with this checksum, or None when
        there are none (or none of this version, or a damaged entry)."""
        if not _SHA256.match(sha256):
            return None
        try:
            data = json.loads(read_limited(self.entry_path(sha256), BOOK_CACHE))
            return _from_json(data, sha256)
        except (DocumentError, ValueError, TypeError, KeyError, RecursionError):
            return None

    def attached(self, link: BookLink) -> BookText | None:
        """The text of the book a source is attached to, straight from the
        cache (one small file read, no look at the book itself): what a
        window shows at once, before checking in the background that the
        file is still the one attached."""
        raw = self.get(link.sha256)
        return None if raw is None else raw.text(link.page_offset)

    def put(self, book: RawBook) -> None:
        """Keep ``book``'s pages; a cache that cannot be written (a full or
        read-only disk) is skipped: the book is read again next time."""
        entry = {
            "format": CACHE_FORMAT, "version": CACHE_VERSION, "readers": READERS_VERSION,
            "sha256": book.sha256, "numbering": book.numbering,
            "pages": [[page.label, page.text] for page in book.pages],
        }
        data = json.dumps(entry, ensure_ascii=False, separators=(",", ":")).encode(
            "utf-8", "surrogatepass")
        if len(data) > BOOK_CACHE.max_bytes:
            return  # could never be read back: the book is read again instead
        with contextlib.suppress(OSError, DocumentError):
            self.folder.mkdir(parents=True, exist_ok=True)
            atomic_write(self.entry_path(book.sha256), data)


def _from_json(data: object, sha256: str) -> RawBook | None:
    if not isinstance(data, dict) or data.get("format") != CACHE_FORMAT:
        return None
    if data.get("version") != CACHE_VERSION or data.get("readers") != READERS_VERSION:
        return None
    if data.get("sha256") != sha256 or data.get("numbering") not in NUMBERINGS:
        return None
    pages = data.get("pages")
    if not isinstance(pages, list) or not pages:
        return None
    out: list[BookPage] = []
    for page in pages:
        if not (isinstance(page, list) and len(page) == 2
                and isinstance(page[0], str) and isinstance(page[1], str)):
            return None
        out.append(BookPage(page[0], page[1]))
    if data["numbering"] == "positions" and not all(p.label.isdigit() for p in out):
        return None  # the offset is added to these labels
    return RawBook(str(data["numbering"]), tuple(out), sha256)


@dataclass(frozen=True)
class LoadedBook:
    """A book read (or found in the cache) and where it came from."""

    book: RawBook
    from_cache: bool

    @property
    def sha256(self) -> str:
        return self.book.sha256


def load_book(path: Path, cache: BookCache | None = None, *,
              progress: Progress | None = None, cancel: Cancel | None = None) -> LoadedBook:
    """The book at ``path``: from the cache when its bytes were read before,
    else read (and cached). DocumentError as the readers say."""
    from outliner.io.books.reader import read_raw_book, sha256_of_file

    cache = cache if cache is not None else BookCache.default()
    cached = cache.get(sha256_of_file(path))
    if cached is not None:
        return LoadedBook(cached, from_cache=True)
    book = read_raw_book(path, progress=progress, cancel=cancel)
    cache.put(book)
    return LoadedBook(book, from_cache=False)


__all__ = ["CACHE_FORMAT", "CACHE_VERSION", "READERS_VERSION", "BookCache", "LoadedBook",
           "default_cache_folder", "load_book"]
