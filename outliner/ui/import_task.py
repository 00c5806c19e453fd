"""Opening a file for the window on a worker thread, with progress and Cancel.

A long import (a large Word draft takes seconds) must not freeze the window,
and the person must be able to give up on it. :func:`load_in_background`
runs the loader on Qt's thread pool while the window's event loop keeps
running; callers still get the result (or the loader's exception) back as
the return value, so ``open_path`` keeps its synchronous shape and the
checks before and after the load stay where they are.

For the first moment (``DELAY_MS``) only non-input events run, so nothing
can be clicked in a document that is being replaced; after that a
window-modal progress dialog names the file and offers Cancel. Cancel
returns at once: the loader is told to stop (it checks between paragraphs
and archive chunks) and whatever it produces is dropped.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import QEventLoop, QRunnable, Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from outliner.io.cancel import ImportCancelled, StopCheck
from outliner.ui.translations import translate

#: How long an import runs before the progress dialog appears.
DELAY_MS = 400
#: How often the window's thread looks whether the worker is done. Polling a
#: flag keeps Qt objects out of the worker, which may outlive the dialog.
POLL_MS = 15

T = TypeVar("T")


class _Job(Generic[T]):
    """One load, run once on the pool; result or error kept for the caller."""

    def __init__(self, load: Callable[[StopCheck], T]) -> None:
        self._load = load
        self.stop = threading.Event()
        self.finished = threading.Event()
        self.result: T | None = None
        self.error: Exception | None = None
        self.done = self.total = 0  # a load reports no progress: a busy bar

    def run(self) -> None:
        try:
            self.result = self._load(self.stop.is_set)
        except Exception as exc:  # handed to the window's thread, raised there
            self.error = exc
        self.finished.set()


class Runnable(Protocol):
    def run(self) -> None: ...


class Runner(QRunnable):
    """A job run once on Qt's thread pool (a load here, a book's read in
    ``book_jobs.py``)."""

    def __init__(self, job: Runnable) -> None:
        super().__init__()
        self._job = job  # alive until it has run, even after a Cancel
        self.setAutoDelete(True)

    def run(self) -> None:
        self._job.run()


class Waited(Protocol):
    """A job run off the window's thread: its two events, and how far it has
    come (``total`` 0: it cannot say)."""

    stop: threading.Event
    finished: threading.Event
    done: int
    total: int


def wait_with_progress(parent: QWidget | None, job: Waited, text: str, title: str,
                       delay_ms: int = DELAY_MS) -> bool:
    """Keep the window's events going until ``job`` finishes: for
    ``delay_ms`` only those that are not input, then behind a window-modal
    progress dialog (``text``, ``title``) with Cancel. False when the person
    cancelled (``job.stop`` is then set and the job's result is to be
    dropped), True once it finished."""
    loop = QEventLoop()
    poll = QTimer(loop)
    poll.setInterval(POLL_MS)
    dialogs: list[QProgressDialog] = []

    def tick() -> None:
        # cancel() (Esc, a script) does not emit canceled; reject() only hides.
        for dialog in dialogs:
            if job.total:
                dialog.setMaximum(job.total)
                dialog.setValue(min(job.done, job.total))
        if job.finished.is_set() or any(_given_up(d) for d in dialogs):
            loop.quit()

    poll.timeout.connect(tick)
    poll.start()
    QTimer.singleShot(delay_ms, loop, loop.quit)
    loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    if not job.finished.is_set():
        dialog = QProgressDialog(text, translate("ImportTask", "Cancel"), 0, 0, parent)
        dialogs.append(dialog)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(loop.quit)
        dialog.show()
        if not job.finished.is_set():
            loop.exec()
        cancelled = _given_up(dialog)  # a Cancel wins, even against a job just done
        dialog.hide()
        dialog.deleteLater()
        if cancelled:
            poll.stop()
            job.stop.set()
            return False
    poll.stop()
    return True


def load_in_background(parent: QWidget | None, path: Path, load: Callable[[Path, StopCheck], T],
                       pool: QThreadPool | None = None) -> T | None:
    """``load(path, should_stop)`` run off the window's thread; its result,
    its exception re-raised here, or None when the person cancels."""
    job: _Job[T] = _Job(lambda should_stop: load(path, should_stop))
    (pool or QThreadPool.globalInstance()).start(Runner(job))
    if not wait_with_progress(
            parent, job, translate("ImportTask", "Opening “{name}”…").format(name=path.name),
            translate("ImportTask", "Opening")):
        return None
    if job.error is not None:
        if isinstance(job.error, ImportCancelled):
            return None
        raise job.error
    return job.result


def _given_up(dialog: QProgressDialog) -> bool:
    """Cancelled by its button, Esc or cancel(), or closed."""
    return dialog.wasCanceled() or not dialog.isVisible()
