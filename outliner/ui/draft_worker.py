"""Running the AI drafter (or its connection test) off the window's thread.

A ``BackgroundCall`` runs one blocking function on Qt's thread pool and
reports back through signals, which Qt delivers on the window's thread, so
the window never freezes while a server thinks. The function is handed a
``Cancel``: ``cancel()`` shuts the request's socket down from the window's
thread, so the pool thread is free at once and quitting the app never waits
for a server. ``cancel_calls_under(window)`` does that for every call a
window's dialogs started (the window's close does it).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

if TYPE_CHECKING:  # imported when a call is made: the AI drafter is off by default
    from outliner.compose.ai.http import Cancel


class BackgroundCall(QObject):
    """One function run on the thread pool; ``succeeded`` or ``failed`` once."""

    #: The function's result (an AiDraft, a message ...).
    succeeded = Signal(object)
    #: A message a person can read.
    failed = Signal(str)

    def __init__(self, function: Callable[[Cancel], object],
                 owner: QObject | None = None) -> None:
        # No Qt parent on purpose: the pool thread keeps this object alive
        # until it has reported, even if the dialog that started it is gone.
        super().__init__()
        self._function = function
        from outliner.compose.ai.http import Cancel

        self._token = Cancel()
        self._cancelled = threading.Event()
        self._done = threading.Event()
        if owner is not None:
            _Tracker(owner, self)  # found by cancel_calls_under(owner or above)

    def start(self, pool: QThreadPool | None = None) -> None:
        """Start on ``pool`` (Qt's global pool by default)."""
        (pool or QThreadPool.globalInstance()).start(_Runner(self))

    def cancel(self) -> None:
        """End the request now and report nothing from now on."""
        self._cancelled.set()
        self._token.cancel()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    @property
    def done(self) -> bool:
        """Has the function returned or raised (reported or not)?"""
        return self._done.is_set()

    def run_here(self) -> None:
        """Run the function and report (called on the pool's thread)."""
        from outliner.compose.ai.http import AiDraftError

        try:
            result = self._function(self._token)
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


class _Tracker(QObject):
    """A child of the call's owner, so the window can find and cancel it."""

    def __init__(self, owner: QObject, call: BackgroundCall) -> None:
        super().__init__(owner)
        self.call = call
        call.succeeded.connect(self.deleteLater)
        call.failed.connect(self.deleteLater)


def cancel_calls_under(root: QObject) -> int:
    """Cancel every call whose owner is ``root`` or below it; how many ran."""
    running = 0
    for tracker in root.findChildren(_Tracker):
        if not tracker.call.done and not tracker.call.cancelled:
            running += 1
        tracker.call.cancel()
    return running


class _Runner(QRunnable):
    def __init__(self, call: BackgroundCall) -> None:
        super().__init__()
        self._call = call  # holds the call alive while it runs
        self.setAutoDelete(True)

    def run(self) -> None:
        self._call.run_here()
