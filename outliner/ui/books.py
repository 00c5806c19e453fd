"""The books attached to the open essay's sources, and each quotation's
verdict against its book.

The shelf reads every attached book once, in the background (the window
opens at once; the marks appear when the book is read), keeps its index
by file, checksum and page offset, and works out a verdict per quotation
after each pause in the writer's changes. A verdict is remembered by
(book, words, cited page), so a pass after one edit checks only the
quotation that changed: typing elsewhere costs a dictionary look-up per
quotation.

The outline's rows, the quotation editor and the Checks panel all ask
the shelf; none of them reads a book.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from outliner.core.essay import NodeKind
from outliner.ui.document import Document
from outliner.ui.translations import translate

if TYPE_CHECKING:  # the matcher and the readers load with the first attached book
    from outliner.compose.checks.finding import Finding
    from outliner.core.book_index import BookIndex
    from outliner.core.quote_match import QuoteVerdict
    from outliner.core.sources import BookLink, Source
    from outliner.io.books import BookCache
    from outliner.ui.book_jobs import BookJob

#: How often running reads are looked at (milliseconds).
POLL_MS = 40

#: The pause after the last change before verdicts are worked out again.
PAUSE_MS = 300
#: Verdicts remembered at most (a long session of edits to quotations).
MEMO_SIZE = 20_000
#: Books kept read that the open essay no longer uses (an offset tried, a
#: book replaced, the last document's): a few, so undo is instant; the page
#: text cache makes reading any other again quick.
KEEP_UNUSED = 3

#: A book as the shelf keeps it: its file, its checksum when attached, its offset.
BookKey = tuple[str, str, int]


@dataclass(frozen=True)
class BookState:
    """Where an attached book stands: "reading", "ready" or "failed", with
    the reason for a failure, and a note for a ready book (it changed on
    disk since it was attached)."""

    state: str
    message: str = ""
    pages: int = 0


class BookShelf(QObject):
    """Books read for the current document, and the verdicts they give."""

    #: A book was read or failed, or verdicts changed: rows and panels show them again.
    changed = Signal()
    #: A book attached to a source could not be read (the message names it).
    problem = Signal(str)

    def __init__(self, cache: BookCache | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cache = cache
        self.document: Document | None = None
        self._indexes: dict[BookKey, BookIndex] = {}
        self._pages: dict[BookKey, int] = {}
        self._notes: dict[BookKey, str] = {}
        self._failed: dict[BookKey, str] = {}
        self._jobs: dict[BookKey, BookJob] = {}
        self._memo: dict[tuple[BookKey, str, str | None], QuoteVerdict] = {}
        self.verdicts: dict[str, QuoteVerdict] = {}
        #: The quotations whose verdict the last pass changed (their rows say so).
        self.changed_ids: set[str] = set()
        #: How many verdict passes have run (the tests count them).
        self.passes = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PAUSE_MS)
        self._timer.timeout.connect(self.refresh)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._poll_jobs)

    # -- the document ----------------------------------------------------------

    def set_document(self, document: Document | None) -> None:
        """Shelve the books of ``document`` from now on (read in the background)."""
        if self.document is not None:
            self.document.changed.disconnect(self.schedule)
        self.document = document
        if document is not None:
            document.changed.connect(self.schedule)
        self._failed.clear()  # opening again is the way to try a missing file again
        self.refresh(announce=True)

    def stop_reading(self) -> None:
        """Stop every read in progress and follow the document no more (the
        window closes)."""
        if self.document is not None:
            self.document.changed.disconnect(self.schedule)
            self.document = None
        self._timer.stop()
        self._poll.stop()
        for job in self._jobs.values():
            job.stop.set()
        self._jobs.clear()

    def schedule(self) -> None:
        """A change: work out the verdicts again once the writer pauses."""
        self._timer.start()

    def _location(self, link: BookLink) -> str:
        path = Path(link.path).expanduser()
        if not path.is_absolute() and self.document is not None and self.document.path:
            path = self.document.path.parent / path
        return str(path)

    def key_of(self, source: Source) -> BookKey | None:
        """How the shelf knows the book of ``source`` (None: no book attached)."""
        link = source.book
        if link is None:
            return None
        return (self._location(link), link.sha256, link.page_offset)

    # -- reading ---------------------------------------------------------------

    def _start_reading(self, key: BookKey) -> None:
        from outliner.ui.book_jobs import BookJob, start_job

        job = BookJob(Path(key[0]), key[2], self.cache)
        self._jobs[key] = start_job(job)
        if not self._poll.isActive():
            self._poll.start()

    def _poll_jobs(self) -> None:
        finished = [(key, job) for key, job in self._jobs.items() if job.finished.is_set()]
        for key, job in finished:
            del self._jobs[key]
            self._take(key, job)
        if not self._jobs:
            self._poll.stop()
        if finished:
            self.refresh(announce=True)  # "being read" becomes read, or failed

    def _take(self, key: BookKey, job: BookJob) -> None:
        if job.index is not None and job.loaded is not None:
            self._indexes[key] = job.index
            self._pages[key] = len(job.loaded.book.pages)
            if job.loaded.sha256 != key[1]:
                self._notes[key] = translate(
                    "BookShelf", "The file has changed since it was attached; quotations "
                    "are checked against it as it is now.")
        elif job.error is not None:
            message = str(job.error)  # "FILE: problem", as every file error reads
            self._failed[key] = message
            self.problem.emit(message)

    def adopt(self, source: Source, job: BookJob) -> None:
        """Keep a book just read for ``source`` (by Attach Book), so it is
        not read a second time once the source records it."""
        key = self.key_of(source)
        if key is not None and job.index is not None:
            self._failed.pop(key, None)
            self._take(key, job)
            self.refresh(announce=True)

    def state_of(self, source: Source) -> BookState | None:
        """Where the book of ``source`` stands; None when it has none."""
        key = self.key_of(source)
        if key is None:
            return None
        if key in self._indexes:
            return BookState("ready", self._notes.get(key, ""), self._pages.get(key, 0))
        if key in self._failed:
            return BookState("failed", self._failed[key])
        return BookState("reading")

    def reading(self) -> bool:
        """Some book is still being read."""
        return bool(self._jobs)

    def index_for(self, source: Source) -> BookIndex | None:
        """The indexed book of ``source``, once read."""
        key = self.key_of(source)
        return self._indexes.get(key) if key is not None else None

    def sources_with_books(self) -> list[Source]:
        """The essay's sources whose book has been read, in the essay's order."""
        if self.document is None:
            return []
        return [s for s in self.document.essay.sources if self.index_for(s) is not None]

    def retry(self, source: Source) -> None:
        """Read the book of ``source`` again (after the writer fixed the file)."""
        key = self.key_of(source)
        if key is not None:
            self._failed.pop(key, None)
            self._indexes.pop(key, None)
            self.refresh(announce=True)

    # -- verdicts --------------------------------------------------------------

    def refresh(self, announce: bool = False) -> None:
        """Start reading books not yet read, then a verdict for every
        quotation whose source has a book read; ``changed`` when any moved
        (or always, with ``announce``: a book's state changed)."""
        self._timer.stop()
        verdicts: dict[str, QuoteVerdict] = {}
        keys: dict[str, BookKey] = {}
        if self.document is not None:
            keys = self._shelve(self.document.essay.sources)
            if keys:
                verdicts = self._verdicts(keys)
        self._forget_unused(set(keys.values()))
        self.passes += 1
        old = self.verdicts
        self.changed_ids = {node_id for node_id in old.keys() | verdicts.keys()
                            if old.get(node_id) != verdicts.get(node_id)}
        self.verdicts = verdicts
        if self.changed_ids or announce:
            self.changed.emit()

    def _forget_unused(self, in_use: set[BookKey]) -> None:
        """Stop reads no source needs any more; keep only a few read books
        that no source uses."""
        for key in [k for k in self._jobs if k not in in_use]:
            self._jobs.pop(key).stop.set()
        for key in [k for k in self._failed if k not in in_use]:
            del self._failed[key]
        unused = [k for k in self._indexes if k not in in_use]
        dropped = unused[:max(0, len(unused) - KEEP_UNUSED)]  # the oldest first
        for key in dropped:
            del self._indexes[key]
            self._pages.pop(key, None)
            self._notes.pop(key, None)
        if dropped:
            self._memo = {m: v for m, v in self._memo.items() if m[0] in self._indexes}

    def _shelve(self, sources: list[Source]) -> dict[str, BookKey]:
        """The book of each source that has one, by source id; those not
        read yet start reading."""
        keys: dict[str, BookKey] = {}
        for source in sources:
            key = self.key_of(source)
            if key is None:
                continue
            keys[source.id] = key
            if key not in self._indexes and key not in self._failed and key not in self._jobs:
                self._start_reading(key)
        return keys

    def _verdicts(self, keys: dict[str, BookKey]) -> dict[str, QuoteVerdict]:
        from outliner.compose.checks.book_quotes import cited_page, quote_source
        from outliner.core.quote_match import check_quotation

        assert self.document is not None
        essay = self.document.essay
        if len(self._memo) > MEMO_SIZE:
            self._memo.clear()
        verdicts: dict[str, QuoteVerdict] = {}
        for node in essay.walk():
            if node.kind is not NodeKind.QUOTE or not node.text.strip():
                continue
            source = quote_source(essay, node)
            key = keys.get(source.id) if source is not None else None
            index = self._indexes.get(key) if key is not None else None
            if key is None or index is None:
                continue
            page = cited_page(node.cite)
            memo = (key, node.text, page)
            verdict = self._memo.get(memo)
            if verdict is None:
                verdict = self._memo[memo] = check_quotation(index, node.text, page)
            verdicts[node.id] = verdict
        return verdicts

    def verdict(self, node_id: str) -> QuoteVerdict | None:
        """The verdict on one quotation; None when its source has no book read."""
        return self.verdicts.get(node_id)

    def findings(self) -> list[Finding]:
        """A finding, in the window's language, per quotation that its book
        does not hold word for word on the page cited."""
        if not self.verdicts:
            return []
        from outliner.compose.checks.book_quotes import KIND
        from outliner.compose.checks.finding import Finding
        from outliner.core.quote_match import VerdictKind
        from outliner.ui.verdicts import verdict_message

        return [Finding(KIND, node_id, verdict_message(verdict))
                for node_id, verdict in self.verdicts.items()
                if verdict.kind not in (VerdictKind.VERBATIM, VerdictKind.NO_SOURCE)]


__all__ = ["BookShelf", "BookState"]
