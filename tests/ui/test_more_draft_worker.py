"""Calls run off the window's thread (the AI drafter's requests): what they
report, what a cancel stops, and a window's calls found and ended by
``cancel_calls_under``. The requests go to real sockets on this machine: a
server that answers, one that never does, and a port nobody listens on."""

from __future__ import annotations

import http.server
import socket
import threading
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject, QThreadPool
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from outliner.compose.ai.http import AiDraftError, Cancel, Reply, exchange
from outliner.ui.draft_worker import BackgroundCall, _Tracker, cancel_calls_under


class Reports:
    """What a call reported, in order."""

    def __init__(self, call: BackgroundCall) -> None:
        self.succeeded: list[object] = []
        self.failed: list[str] = []
        call.succeeded.connect(self.succeeded.append)
        call.failed.connect(self.failed.append)

    @property
    def count(self) -> int:
        return len(self.succeeded) + len(self.failed)


class _Answer(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = b'{"draft": "Kathy remembers."}'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # quiet
        return


@pytest.fixture
def answering_server() -> Iterator[str]:
    """A local HTTP server that answers every GET; its URL."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Answer)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/draft"
    server.shutdown()
    server.server_close()


@pytest.fixture
def silent_server() -> Iterator[str]:
    """A local server that takes the connection and never says a word."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(4)
    yield f"http://127.0.0.1:{listener.getsockname()[1]}/draft"
    listener.close()


@pytest.fixture
def closed_port() -> str:
    """A port on this machine with nobody listening."""
    probe = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    return f"http://127.0.0.1:{port}/draft"


@pytest.fixture
def pool() -> Iterator[QThreadPool]:
    threads = QThreadPool()
    threads.setMaxThreadCount(4)
    yield threads
    assert threads.waitForDone(10_000), "a call never finished"


def get(url: str, timeout: float = 30.0) -> BackgroundCall:
    return BackgroundCall(lambda cancel: exchange(url, "GET", {}, None, timeout, cancel))


# -- what a call reports, run on the pool --------------------------------------


def test_a_reply_is_reported_on_the_window_thread(
        qtbot: QtBot, pool: QThreadPool, answering_server: str) -> None:
    call = get(answering_server)
    reports = Reports(call)
    threads: list[threading.Thread] = []
    call.succeeded.connect(lambda _r: threads.append(threading.current_thread()))
    call.start(pool)
    qtbot.waitUntil(lambda: reports.count == 1, timeout=10_000)
    [reply] = reports.succeeded
    assert isinstance(reply, Reply) and reply.status == 200
    assert reply.body == b'{"draft": "Kathy remembers."}'
    assert reports.failed == []
    assert threads == [threading.main_thread()]
    assert call.done and not call.cancelled


def test_no_server_is_one_readable_failure(
        qtbot: QtBot, pool: QThreadPool, closed_port: str) -> None:
    call = get(closed_port)
    reports = Reports(call)
    call.start(pool)
    qtbot.waitUntil(lambda: reports.count == 1, timeout=10_000)
    [message] = reports.failed
    assert closed_port in message
    assert "Traceback" not in message and reports.succeeded == []


def test_cancel_ends_a_request_the_server_never_answers(
        qtbot: QtBot, pool: QThreadPool, silent_server: str) -> None:
    call = get(silent_server, timeout=60.0)
    reports = Reports(call)
    call.start(pool)
    time.sleep(0.2)  # the request is sent and waiting
    assert not call.done
    started = time.monotonic()
    call.cancel()
    assert pool.waitForDone(5_000)  # the pool thread is free at once, not in 60 s
    assert time.monotonic() - started < 5
    assert call.done and call.cancelled
    qtbot.wait(50)
    assert reports.count == 0  # a cancelled call reports nothing


def test_a_window_cancels_the_calls_its_dialogs_started(
        qtbot: QtBot, pool: QThreadPool, silent_server: str, answering_server: str) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    dialog = QWidget(window)  # a dialog of the window owns the calls
    finished = BackgroundCall(
        lambda cancel: exchange(answering_server, "GET", {}, None, 30.0, cancel), owner=dialog)
    finished_reports = Reports(finished)
    finished.start(pool)
    qtbot.waitUntil(lambda: finished_reports.count == 1, timeout=10_000)
    waiting = [BackgroundCall(
        lambda cancel: exchange(silent_server, "GET", {}, None, 60.0, cancel), owner=dialog)
        for _ in range(2)]
    reports = [Reports(call) for call in waiting]
    for call in waiting:
        call.start(pool)
    time.sleep(0.2)
    other = QWidget()  # another window's call is left alone
    qtbot.addWidget(other)
    assert cancel_calls_under(other) == 0
    assert cancel_calls_under(window) == 2  # the finished one is not counted
    assert pool.waitForDone(5_000)
    assert all(call.done and call.cancelled for call in waiting)
    assert cancel_calls_under(window) == 0  # nothing is running any more
    qtbot.wait(50)
    assert [r.count for r in reports] == [0, 0]


def test_a_tracker_goes_once_its_call_has_reported(qtbot: QtBot, pool: QThreadPool) -> None:
    owner = QObject()
    call = BackgroundCall(lambda _cancel: "done", owner=owner)
    assert len(owner.findChildren(_Tracker)) == 1
    reports = Reports(call)
    call.start(pool)
    qtbot.waitUntil(lambda: reports.succeeded == ["done"], timeout=10_000)
    qtbot.waitUntil(lambda: owner.findChildren(_Tracker) == [], timeout=3_000)


# -- run where the pool would run it --------------------------------------------
# run_here is what the pool thread calls; called here, its reports come at once.


def test_a_result_is_handed_over_unchanged(qapp: QApplication) -> None:
    result = {"paragraph": "Kathy remembers.", "words": 2}
    call = BackgroundCall(lambda _cancel: result)
    reports = Reports(call)
    assert not call.done
    call.run_here()
    assert reports.succeeded == [result] and reports.succeeded[0] is result
    assert reports.failed == [] and call.done


def test_the_drafter_s_own_error_is_its_message(qapp: QApplication) -> None:
    def refuse(_cancel: Cancel) -> object:
        raise AiDraftError("The AI server said no: model not found.")

    call = BackgroundCall(refuse)
    reports = Reports(call)
    call.run_here()
    assert reports.failed == ["The AI server said no: model not found."]
    assert call.done


def test_a_bug_in_the_call_is_a_message_not_a_dead_thread(qapp: QApplication) -> None:
    def buggy(_cancel: Cancel) -> object:
        reply: dict[str, str] = {}
        return reply["draft"]

    call = BackgroundCall(buggy)
    reports = Reports(call)
    call.run_here()
    assert reports.failed == ["KeyError: 'draft'"]
    assert reports.succeeded == [] and call.done


def test_the_call_is_handed_its_cancel_token(qapp: QApplication) -> None:
    seen: list[bool] = []

    def look(cancel: Cancel) -> object:
        seen.append(cancel.cancelled)
        return "ok"

    call = BackgroundCall(look)
    call.cancel()
    assert call.cancelled
    reports = Reports(call)
    call.run_here()
    assert seen == [True]  # the request it would make ends at once
    assert reports.count == 0 and call.done


def test_a_call_cancelled_while_it_runs_reports_nothing(qapp: QApplication) -> None:
    holder: list[BackgroundCall] = []

    def cancelled_midway(_cancel: Cancel) -> object:
        holder[0].cancel()  # the person pressed Cancel meanwhile
        return "late answer"

    call = BackgroundCall(cancelled_midway)
    holder.append(call)
    reports = Reports(call)
    call.run_here()
    assert reports.count == 0
    assert call.done and call.cancelled
