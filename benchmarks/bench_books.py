"""Reading a 400-page PDF book: the first read (pypdf, printed numbers
found) against the 10 s target, and the re-read from the cache of page
texts.

The book is generated here: a .docx of 400 pages of about 330 words each
(a novel's page), numbered from 255 in the footer, converted to PDF by
LibreOffice (needed; the script says so when it is absent).

Run: PYTHONPATH=. python benchmarks/bench_books.py
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

PAGES = 400
TARGET_S = 10.0
TEXT = ("the harbour light turned slowly over the water while the keeper wrote down every "
        "ship that passed the point and the rain kept falling on the slate roofs of the "
        "town below where nobody remembered who had planted the elms")
WORDS = TEXT.split()


def page_text(page: int, words: int = 330) -> str:
    return " ".join(WORDS[(page * 7 + n) % len(WORDS)] for n in range(words)) + "."


def _cpu_seconds() -> float:
    """User and system time of this process and its finished workers: what
    the read costs, apart from other programs sharing the cores."""
    import resource

    own = resource.getrusage(resource.RUSAGE_SELF)
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime


def main() -> int:
    if shutil.which("soffice") is None:
        print("bench_books: needs LibreOffice (soffice) to make the PDF; skipped")
        return 0
    from outliner.io.books import BookCache, load_book
    from tests.support.books import numbered_pdf

    folder = Path(tempfile.mkdtemp(prefix="bench-books-"))
    try:
        started = time.perf_counter()
        pdf = numbered_pdf([(255, [page_text(n) for n in range(PAGES)])], folder)
        made = time.perf_counter() - started
        cache = BookCache(folder / "cache")
        cpu_before = _cpu_seconds()
        started = time.perf_counter()
        first = load_book(pdf, cache)
        read = time.perf_counter() - started
        cpu = _cpu_seconds() - cpu_before
        started = time.perf_counter()
        again = load_book(pdf, cache)
        cached = time.perf_counter() - started
        pages = first.book.pages
        assert not first.from_cache and again.from_cache and again.book == first.book
        assert len(pages) == PAGES and pages[0].label == "255", (len(pages), pages[0].label)
        size = pdf.stat().st_size / 2**20
        chars = sum(len(p.text) for p in pages) // PAGES
        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
        print(f"400-page PDF ({size:.1f} MB, {chars} characters a page, made in {made:.1f} s); "
              f"{os.cpu_count()} cores, load average {load:.1f} while reading")
        print(f"  first read (pypdf, printed numbers): {read:6.2f} s   target {TARGET_S:.0f} s "
              f"({read / TARGET_S:.0%} of it)")
        print(f"  CPU time of that read (all processes): {cpu:6.2f} s "
              f"(over {min(os.cpu_count() or 1, 4)} worker processes)")
        print(f"  re-read from the cache:              {cached * 1000:6.1f} ms "
              f"({read / cached:.0f}x faster)")
        return 0 if read < TARGET_S else 1
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
