"""Stopping a long import part-way, when the person cancels it.

An importer that may run for a while takes a ``should_stop`` callable and
calls :func:`check` between pieces of work (archive chunks, paragraphs).
It is a plain function, not a thread primitive, so the io layer stays free
of Qt and the caller decides what "stop" means (a button, a flag, a test).
"""

from __future__ import annotations

from collections.abc import Callable

#: Asked between pieces of work; True means "give up now".
StopCheck = Callable[[], bool]


class ImportCancelled(Exception):
    """The import was stopped on request; nothing was produced."""


def check(should_stop: StopCheck | None) -> None:
    """Raise ImportCancelled when ``should_stop`` says so."""
    if should_stop is not None and should_stop():
        raise ImportCancelled
