"""Running the AI drafter (or its connection test) off the window's thread.

A ``BackgroundCall`` runs one blocking function on Qt's thread pool and
reports back through signals, which Qt delivers on the window's thread, so
the window never freezes while a server thinks. ``cancel()`` cannot stop a
request already sent (urllib has no abort), but it makes the call report
nothing: the request ends by itself within the drafter's timeout.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from outliner.compose.ai_drafter import AiDraftError


class BackgroundCall(QObject):
    """One function run on the thread pool; ``succeeded`` or ``failed`` once."""

    #: The function's result (an AiDraft, a message ...).
    succeeded = Signal(object)
    #: A message a person can read.
    failed = Signal(str)

    def __init__(self, function: Callable[[], object]) -> None:
        # No Qt parent on purpose: the pool thread keeps this object alive
        # until it has reported, even if the dialog that started it is gone.
        super().__init__()
        self._function = function
        self._cancelled = threading.Event()
        self._done = threading.Event()

    def start(self, pool: QThreadPool | None = None) -> None:
        """Start on ``pool`` (Qt's global pool by default)."""
        (pool or QThreadPool.globalInstance()).start(_Runner(self))

    def cancel(self) -> None:
        """Report nothing from now on."""
        self._cancelled.set()

    @property
    def done(self) -> bool:
        """Has the function returned or raised (reported or not)?"""
        return self._done.is_set()

    def run_here(self) -> None:
        """Run the function and report (called on the pool's thread)."""
        try:
            result = self._function()
        except AiDraftError as exc:
            outcome: tuple[bool, object] = (False, str(exc))
        except Exception as exc:  # a bug must not kill the pool thread silently
            outcome = (False, f"{type(exc).__name__}: {exc}")
        else:
            outcome = (True, result)
        self._done.set()
        if self._cancelled.is_set():
            return
        ok, value = outcome
        if ok:
            self.succeeded.emit(value)
        else:
            self.failed.emit(str(value))


class _Runner(QRunnable):
    def __init__(self, call: BackgroundCall) -> None:
        super().__init__()
        self._call = call  # holds the call alive while it runs
        self.setAutoDelete(True)

    def run(self) -> None:
        self._call.run_here()
