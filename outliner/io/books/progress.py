"""Reporting how far a book's reading has come, and stopping it on request.

Reading a long PDF takes seconds, so the window reads in the background:
``progress(done, total)`` after each page and ``cancel()`` before it, both
plain callables (the io layer knows no Qt; the caller decides what a
signal or a button is).
"""

from __future__ import annotations

from collections.abc import Callable

from outliner.io.cancel import ImportCancelled

#: Called with (pages done, pages in all) as the reading goes.
Progress = Callable[[int, int], None]
#: Asked between pages; True stops the reading (ImportCancelled).
Cancel = Callable[[], bool]


def step(done: int, total: int, progress: Progress | None, cancel: Cancel | None) -> None:
    """Report ``done`` of ``total``, then stop when asked to."""
    if progress is not None:
        progress(done, total)
    if cancel is not None and cancel():
        raise ImportCancelled


__all__ = ["Cancel", "ImportCancelled", "Progress", "step"]
