"""A PDF book's text page by page, through pypdf, with its printed numbers.

Which number a page is cited by, best first: the PDF's own page labels
(what a viewer shows, set by the publisher); else the number printed in the
page's header or footer (``printed.py``); else its position plus the page
offset the writer gave (the first page of a scan is often the cover).

Refused with one message each: a file that is not a PDF at all, an
encrypted one (that opens only with a password), a damaged one, and one
without a text layer (a scan nobody ran text recognition on).
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import zlib
from collections.abc import Iterator
from pathlib import Path

from outliner.core.book_text import BookPage
from outliner.io.books.printed import find_printed_numbers
from outliner.io.books.progress import Cancel, Progress, step
from outliner.io.books.raw import LABELS, POSITIONS, PRINTED
from outliner.io.errors import DocumentError

#: More pages than any book has: past this the file is refused, not read for minutes.
MAX_PAGES = 20_000
#: Letters a page needs to count as having text (a scan's page number from
#: a stray OCR pass, or a watermark, is not a text layer).
_MIN_LETTERS = 20

def read_pdf_pages(data: bytes, path: Path, *, progress: Progress | None = None,
                   cancel: Cancel | None = None) -> tuple[str, list[BookPage]]:
    """How the pages are numbered and the pages (labels of ``POSITIONS``
    pages are their positions, from "1", before any offset)."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, PyPdfError

    if not data.lstrip()[:1024].startswith(b"%PDF-") and b"%PDF-" not in data[:1024]:
        raise DocumentError(path, "is not a PDF (it does not start as one)")
    with _quiet_pypdf():
        try:
            reader = PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted:
                _decrypt(reader, path)
            count = len(reader.pages)
            if count > MAX_PAGES:
                raise DocumentError(path, f"has {count:,} pages; a book never has more than "
                                          f"{MAX_PAGES:,}")
            texts = _page_texts(data, reader, count, progress, cancel)
            labels = _page_labels(reader, count)
        except DocumentError:
            raise
        except (FileNotDecryptedError, DependencyError) as exc:
            raise _encrypted(path) from exc
        except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError,
                zlib.error, RecursionError) as exc:
            raise DocumentError(path, f"is damaged: not a readable PDF ({_short(exc)})") from exc
    if not any(sum(ch.isalpha() for ch in text) >= _MIN_LETTERS for text in texts):
        raise DocumentError(path, "has no text layer (it holds only images of its pages, "
                                  "a scan without text recognition); run OCR on it "
                                  "first, or attach another edition")
    if labels is not None:
        return LABELS, [BookPage(label, text) for label, text in zip(labels, texts, strict=True)]
    printed = find_printed_numbers(texts)
    if printed is not None:
        return PRINTED, [BookPage(label, text)
                         for label, text in zip(printed.labels, printed.texts, strict=True)]
    return POSITIONS, [BookPage(str(n), text) for n, text in enumerate(texts, start=1)]


def _decrypt(reader: object, path: Path) -> None:
    """Open a PDF that is encrypted with an empty password (only its owner's
    is set: every viewer opens it); refuse one that needs a password."""
    from pypdf import PasswordType, PdfReader

    assert isinstance(reader, PdfReader)
    if reader.decrypt("") == PasswordType.NOT_DECRYPTED:
        raise _encrypted(path)


def _encrypted(path: Path) -> DocumentError:
    return DocumentError(path, "is encrypted: it opens only with a password; save an "
                               "unprotected copy (print to PDF) and attach that")


def _page_texts(data: bytes, reader: object, count: int, progress: Progress | None,
                cancel: Cancel | None) -> list[str]:
    """Every page's text: in worker processes for a long book (pypdf is
    pure Python, so threads would share one core), else here."""
    from pypdf import PdfReader

    assert isinstance(reader, PdfReader)
    workers = min(os.cpu_count() or 1, _MAX_WORKERS)
    if count >= _PARALLEL_FROM and workers > 1:
        texts = _parallel_texts(data, count, workers, progress, cancel)
        if texts is not None:
            return texts
    out: list[str] = []
    for number in range(count):
        step(number, count, progress, cancel)
        out.append(_clean(reader.pages[number].extract_text()))
    step(count, count, progress, cancel)
    return out


#: Pages from which reading is spread over processes (starting one costs
#: some 0.3 s: below this, one process is as quick).
_PARALLEL_FROM = 48
_MAX_WORKERS = 4
#: Pages a worker reads per task: progress moves and cancel is asked this often.
_CHUNK = 12


def _parallel_texts(data: bytes, count: int, workers: int, progress: Progress | None,
                    cancel: Cancel | None) -> list[str] | None:
    """The pages read by ``workers`` processes (spawned: the caller may be a
    window's background thread, which fork would copy mid-work), or None
    when processes cannot be started here or one dies (the caller then
    reads the pages itself)."""
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
    from concurrent.futures.process import BrokenProcessPool

    chunks = [(start, min(start + _CHUNK, count)) for start in range(0, count, _CHUNK)]
    texts: list[str] = [""] * count
    step(0, count, progress, cancel)
    try:
        executor = ProcessPoolExecutor(
            min(workers, len(chunks)), mp_context=multiprocessing.get_context("spawn"),
            initializer=_start_worker, initargs=(data,))
    except (OSError, ImportError, ValueError):
        return None
    finished_all = False
    try:
        pending = {executor.submit(_read_chunk, chunk) for chunk in chunks}
        done = 0
        while pending:
            # A timeout, so cancel is asked even while no chunk finishes.
            finished, pending = wait(pending, timeout=0.25, return_when=FIRST_COMPLETED)
            for future in finished:
                start, chunk_texts = future.result()
                texts[start:start + len(chunk_texts)] = chunk_texts
                done += len(chunk_texts)
                step(done, count, progress, cancel)  # one step per chunk read
            if not finished:
                step(done, count, progress, cancel)  # asks cancel; progress unchanged
        finished_all = True
    except BrokenProcessPool:  # a worker died (killed, or could not start)
        return None
    finally:
        # Done: the idle workers exit at once and are reaped. Cancelled or
        # broken: return now; the workers stop after their current chunk.
        executor.shutdown(wait=finished_all, cancel_futures=True)
    return texts


_worker_reader: object = None


def _start_worker(data: bytes) -> None:
    """In a worker: open the PDF once, for all its chunks."""
    from pypdf import PdfReader

    global _worker_reader
    logging.getLogger("pypdf").setLevel(logging.ERROR + 1)
    reader = PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted:
        reader.decrypt("")  # only a PDF that opens without a password gets here
    _worker_reader = reader


def _read_chunk(pages: tuple[int, int]) -> tuple[int, list[str]]:
    from pypdf import PdfReader

    reader = _worker_reader
    assert isinstance(reader, PdfReader)
    start, end = pages
    return start, [_clean(reader.pages[n].extract_text()) for n in range(start, end)]


def _page_labels(reader: object, count: int) -> list[str] | None:
    """The PDF's page labels, when it has them (pypdf makes up "1", "2", ...
    for a PDF without, which says nothing about the printed numbers)."""
    from pypdf import PdfReader

    assert isinstance(reader, PdfReader)
    root = reader.root_object
    if "/PageLabels" not in root:
        return None
    labels = list(reader.page_labels)
    if len(labels) != count:
        return None
    return [label.strip() for label in labels]


def _clean(text: str) -> str:
    # pypdf ends lines with " \n"; NUL and other controls come from broken fonts.
    lines = (line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    return "\n".join("".join(ch for ch in line if ch >= " " or ch == "\t") for line in lines)


def _short(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    return text if len(text) <= 120 else text[:119] + "…"


@contextlib.contextmanager
def _quiet_pypdf() -> Iterator[None]:
    """pypdf logs every repair it makes to a damaged file; the person gets
    one message or none, not a page of warnings."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.ERROR + 1)
    try:
        yield
    finally:
        logger.setLevel(level)


__all__ = ["MAX_PAGES", "read_pdf_pages"]
