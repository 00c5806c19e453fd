"""Reading a book file off the window's thread.

A 400-page PDF takes seconds to read, so it is read on Qt's thread pool.
The worker touches no Qt object: it writes its progress and its result
into a :class:`BookJob`, and the window's thread polls it on a timer
(``import_task.wait_with_progress``, which opening a draft uses too), so a
job may outlive the dialog or the document that started it without
reaching a deleted object.

:func:`read_book_with_progress` is the modal form, for Attach Book: a
progress dialog with Cancel, the result or the reader's error handed back.
The shelf (``books.py``) starts jobs without a dialog, one per attached book.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QWidget

from outliner.core.book_index import BookIndex
from outliner.io.books import BookCache, LoadedBook, load_book
from outliner.io.cancel import ImportCancelled
from outliner.io.errors import DocumentError
from outliner.ui.import_task import Runner, wait_with_progress
from outliner.ui.translations import translate

#: How long a modal read runs before its progress dialog shows.
DELAY_MS = 300


class BookJob:
    """One book read (through the cache) and indexed at one page offset.

    Set from the worker, read from the window's thread: plain attributes
    written once each, and two events."""

    def __init__(self, path: Path, page_offset: int, cache: BookCache | None) -> None:
        self.path = path
        self.page_offset = page_offset
        self._cache = cache
        self.stop = threading.Event()
        self.finished = threading.Event()
        self.done = 0
        self.total = 0
        self.loaded: LoadedBook | None = None
        self.index: BookIndex | None = None
        self.error: DocumentError | None = None
        self.cancelled = False

    def _progress(self, done: int, total: int) -> None:
        self.done, self.total = done, total

    def run(self) -> None:
        try:
            loaded = load_book(self.path, self._cache, progress=self._progress,
                               cancel=self.stop.is_set)
            # Indexing takes a fraction of a second for a long book: here too.
            self.index = BookIndex(loaded.book.text(self.page_offset))
            self.loaded = loaded
        except ImportCancelled:
            self.cancelled = True
        except DocumentError as exc:
            self.error = exc
        except Exception as exc:
            self.error = DocumentError(self.path, f"could not be read ({type(exc).__name__}: "
                                                  f"{exc})")
        self.finished.set()


def start_job(job: BookJob, pool: QThreadPool | None = None) -> BookJob:
    """Run ``job`` on the pool; the caller polls ``job.finished``."""
    (pool or QThreadPool.globalInstance()).start(Runner(job))
    return job


def read_book_with_progress(parent: QWidget | None, path: Path, page_offset: int,
                            cache: BookCache | None) -> BookJob | None:
    """Read the book at ``path`` with a modal progress dialog (shown after
    a moment) offering Cancel. The finished job (its ``error`` set when the
    book cannot be read), or None when the person cancelled."""
    job = start_job(BookJob(path, page_offset, cache))
    finished = wait_with_progress(
        parent, job, translate("BookJobs", "Reading “{name}”…").format(name=path.name),
        translate("BookJobs", "Reading the Book"), DELAY_MS)
    return job if finished and not job.cancelled else None


__all__ = ["BookJob", "read_book_with_progress", "start_job"]
