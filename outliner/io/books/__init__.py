"""Books attached to sources: PDF, EPUB, text and Markdown, read page by page.

``read_book`` reads any of them (chosen by what the file is); ``load_book``
goes through the cache of page texts first. Both report progress and may be
cancelled, so the window can read in the background.
"""

from __future__ import annotations

from outliner.io.books.cache import BookCache, LoadedBook, load_book
from outliner.io.books.progress import Cancel, Progress
from outliner.io.books.raw import RawBook
from outliner.io.books.reader import read_book, read_raw_book, sha256_of_file

__all__ = ["BookCache", "Cancel", "LoadedBook", "Progress", "RawBook", "load_book",
           "read_book", "read_raw_book", "sha256_of_file"]
