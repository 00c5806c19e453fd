"""The AI drafter against hostile servers on 127.0.0.1 (tests/support/loopback_llm.py).

A server may drip bytes, never answer, flood, echo the API key, or send
anything at all: every request ends by its deadline, on Cancel at once, and
every bad reply is one clear line (AiDraftError).

No assertion here rests on how fast the machine is: each test checks why a
request ended (the error names the deadline, the cancel, the cap ...), and
time only bounds a hang, with a margin (``HANG_MARGIN``) that a loaded CI
machine never uses up but that a request waiting for its server, or for a
timeout of a minute, certainly would."""

from __future__ import annotations

import itertools
import json
import os
import re
import socket
import subprocess
import sys
import textwrap
import threading
import time
import urllib.parse
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QSettings, QThreadPool, QTimer
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from outliner.compose.ai import drafter
from outliner.compose.ai.drafter import (
    AiDraftError,
    AiSettings,
    Cancel,
    build_request,
    check_connection,
    clean_answer,
    mask_key,
    send,
)
from outliner.core.essay import Essay, Node, NodeKind
from outliner.ui.dialogs.draft import DraftDialog
from outliner.ui.dialogs.preferences import save_ai_settings
from outliner.ui.document import Document
from outliner.ui.draft_worker import cancel_calls_under
from tests.support.loopback_llm import LoopbackLLM

K = NodeKind
KEY = "sk-Q7/vX+k2=Zp~9wLr%3Jm"
#: Seconds past a request's own deadline after which a test calls it hung.
HANG_MARGIN = 15.0
HANG_MS = int(HANG_MARGIN * 1000)
ROOT = Path(__file__).resolve().parents[2]


def essay() -> Essay:
    return Essay(outline=[
        Node(K.INTRO, "Hook", children=[Node(K.THESIS, "Hope is let down.")]),
        Node(K.BODY, "clones ask for the deferral", id="b",
             children=[Node(K.NOTE, "it is just a rumor")]),
    ])


def settings(base_url: str, timeout: float = 5.0, key_env: str = "") -> AiSettings:
    return AiSettings(True, base_url, "loopback-model", key_env, timeout)


@pytest.fixture
def llm() -> Iterator[LoopbackLLM]:
    with LoopbackLLM(reply="Clones ask for the deferral; it is just a rumor.") as server:
        yield server


@pytest.fixture
def silent_port() -> Iterator[int]:
    """A port that accepts connections (the kernel does) and never answers."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        yield listener.getsockname()[1]


def draft(ai: AiSettings, cancel: Cancel | None = None) -> str:
    """The paragraph, or the error's message."""
    e = essay()
    try:
        return send(build_request(e, e.node("b")), ai, cancel).text
    except AiDraftError as exc:
        return f"error: {exc}"


def timed(function: Callable[[], str], bound: float) -> tuple[str, float]:
    """``function()`` on a thread, given up after ``bound`` seconds (the old
    code could hang for minutes: the test must not), and the seconds it took."""
    result: list[str] = []
    start = time.monotonic()
    worker = threading.Thread(target=lambda: result.append(function()), daemon=True)
    worker.start()
    worker.join(bound)
    elapsed = time.monotonic() - start
    assert not worker.is_alive(), f"still running after {bound:g} s"
    return result[0], elapsed


# -- one deadline for the whole request ------------------------------------------


@pytest.mark.parametrize("mode", ["drip_headers", "drip_body"])
def test_a_dripping_server_cannot_hold_a_request_past_its_deadline(
    llm: LoopbackLLM, mode: str
) -> None:
    # Each byte well inside a 3 s read timeout: only a deadline for the whole
    # request ends it; dripping all it may (60 bytes) would take 90 s.
    llm.mode, llm.drip_seconds = mode, 1.5
    message, elapsed = timed(lambda: draft(settings(llm.base_url, timeout=3.0)),
                             3.0 + HANG_MARGIN)
    # Why it ended: the deadline, named in the error.
    assert message == f"error: The AI server at {llm.base_url}/chat/completions did not " \
                      "answer within 3 seconds."
    assert llm.dripped >= 2  # the server really did drip
    # Not much past the deadline (the drip alone would have held it 90 s), and
    # not before it (timers only run late; half a second covers any rounding).
    assert elapsed < 3.0 + 5.0, elapsed
    assert elapsed >= 3.0 - 0.5, elapsed


@pytest.mark.parametrize("scheme", ["http", "https"])
def test_a_server_that_never_answers_times_out_on_time(silent_port: int, scheme: str) -> None:
    # https: the TLS handshake itself waits for ever; the deadline covers it.
    url = f"{scheme}://127.0.0.1:{silent_port}/v1"
    message, _ = timed(lambda: draft(settings(url, timeout=1.0)), 1.0 + HANG_MARGIN)
    assert message == f"error: The AI server at {url}/chat/completions did not " \
                      "answer within 1 seconds."


def test_cancel_ends_a_request_at_once(llm: LoopbackLLM) -> None:
    llm.mode = "hang"
    cancel = Cancel()

    def cancel_once_asked() -> None:
        deadline = time.monotonic() + 5
        while not llm.requests and time.monotonic() < deadline:
            time.sleep(0.02)
        cancel.cancel()

    threading.Thread(target=cancel_once_asked, daemon=True).start()
    # Ended by the cancel (the message says so), long before the 60 s timeout.
    message, _ = timed(lambda: draft(settings(llm.base_url, timeout=60.0), cancel),
                       5.0 + HANG_MARGIN)
    assert llm.requests
    assert message.startswith("error: ") and "was cancelled" in message


def test_the_dialogs_cancel_frees_the_worker_at_once(
    qtbot: QtBot, tmp_path: Path, llm: LoopbackLLM
) -> None:
    qsettings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    save_ai_settings(qsettings, settings(llm.base_url, timeout=60.0))
    llm.mode = "hang"
    document = Document(essay())
    dialog = DraftDialog(document, document.essay.node("b"), qsettings)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.use_ai()
    call = dialog.call
    assert call is not None
    qtbot.waitUntil(lambda: bool(llm.requests), timeout=5_000)
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: call.done, timeout=HANG_MS)  # not the 60 s timeout
    assert QThreadPool.globalInstance().waitForDone(HANG_MS)
    document.undo_stack.indexChanged.disconnect()


def test_closing_a_window_cancels_the_requests_its_dialogs_started(
    qtbot: QtBot, tmp_path: Path, llm: LoopbackLLM
) -> None:
    qsettings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    save_ai_settings(qsettings, settings(llm.base_url, timeout=60.0))
    llm.mode = "hang"
    window = QWidget()
    qtbot.addWidget(window)
    document = Document(essay())
    dialog = DraftDialog(document, document.essay.node("b"), qsettings, window)
    assert dialog.use_ai()
    call = dialog.call
    assert call is not None
    qtbot.waitUntil(lambda: bool(llm.requests), timeout=5_000)
    assert cancel_calls_under(window) == 1  # what MainWindow.closeEvent and run_app do
    qtbot.waitUntil(lambda: call.done, timeout=HANG_MS)  # not the 60 s timeout
    assert cancel_calls_under(window) == 0
    assert QThreadPool.globalInstance().waitForDone(HANG_MS)
    document.undo_stack.indexChanged.disconnect()


def test_a_hostile_answer_never_freezes_the_window(
    qtbot: QtBot, tmp_path: Path, llm: LoopbackLLM, monkeypatch: pytest.MonkeyPatch
) -> None:
    cleaned_on: list[threading.Thread] = []

    def recording_clean_answer(content: str) -> str:
        cleaned_on.append(threading.current_thread())
        return clean_answer(content)

    monkeypatch.setattr(drafter, "clean_answer", recording_clean_answer)
    qsettings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    save_ai_settings(qsettings, settings(llm.base_url, timeout=60.0))
    llm.reply = HOSTILE["unclosed think tags"]  # 300 KB the old regexes took 40 s over
    document = Document(essay())
    dialog = DraftDialog(document, document.essay.node("b"), qsettings)
    qtbot.addWidget(dialog)
    dialog.show()
    ticks: list[float] = [time.monotonic()]
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(20)
    assert dialog.use_ai()
    qtbot.waitUntil(lambda: dialog.call is None, timeout=60_000 + HANG_MS)
    qtbot.wait(100)
    timer.stop()
    # The whole answer was cleaned (not cut off by a timeout), off the
    # window's thread, and refused.
    assert cleaned_on and threading.main_thread() not in cleaned_on
    assert dialog.banner.text().startswith(
        "The AI drafter failed: The AI server returned 301,000 characters, not one paragraph")
    # The event loop kept running throughout: the old regexes held it for 40 s
    # and more; a loaded machine's scheduling pauses a tick for far less than 10.
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert max(gaps) < 10.0, max(gaps)
    assert QThreadPool.globalInstance().waitForDone(HANG_MS)
    document.undo_stack.indexChanged.disconnect()


_QUIT_SCRIPT = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from outliner.io.essay.file import save_essay
from outliner.core.essay import Essay, Node, NodeKind
from outliner.ui.app import make_application, run_app
from outliner.ui.dialogs.draft import DraftDialog

path = Path(sys.argv[1])
save_essay(Essay(outline=[Node(NodeKind.BODY, "a claim", id="b",
                               children=[Node(NodeKind.NOTE, "a note")])]), path)
app = make_application()

def ask_ai():
    from outliner.ui.main_window import MainWindow

    windows = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow)]
    if not windows or "b" not in {n.id for n in windows[0].document.essay.walk()}:
        return  # the essay is not shown yet: again at the next tick
    asker.stop()
    window = windows[0]
    window.view.select_nodes([window.document.essay.node("b")])
    window.findChild(QAction, "draftFromNotes").trigger()
    dialog = window.findChild(DraftDialog)
    assert dialog.use_ai()
    print("asked", flush=True)

def quit_app():
    from outliner.ui.main_window import MainWindow

    if sys.argv[2] == "quit action":  # File > Quit: closes the windows first
        window = next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow))
        window.actions_by_name["quit"].trigger()
    else:
        app.quit()  # the event loop ends without any window closing

told = Path(sys.argv[3])  # the test makes it once the server has the request

def quit_when_told():
    if told.exists():
        poll.stop()
        print("quitting", flush=True)
        quit_app()  # while the server still thinks

asker = QTimer()
asker.timeout.connect(ask_ai)
asker.start(20)
poll = QTimer()
poll.timeout.connect(quit_when_told)
poll.start(20)
status = run_app(path)
print("loop ended", flush=True)
sys.exit(status)
"""


@pytest.mark.parametrize("how", ["quit action", "app.quit"])
def test_quitting_during_a_request_ends_the_process_promptly(
    tmp_path: Path, llm: LoopbackLLM, how: str
) -> None:
    llm.mode = "hang"  # never answers; the request's own timeout is a minute
    ini = tmp_path / "settings.ini"
    save_ai_settings(QSettings(str(ini), QSettings.Format.IniFormat),
                     settings(llm.base_url, timeout=60.0))
    env = dict(os.environ, OUTLINER_SETTINGS=str(ini), HOME=str(tmp_path),
               XDG_DATA_HOME=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "config"),
               QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    told = tmp_path / "quit-now"
    lines: list[str] = []
    with open(tmp_path / "stderr.txt", "w+", encoding="utf-8") as stderr, subprocess.Popen(
            [sys.executable, "-c", textwrap.dedent(_QUIT_SCRIPT), str(tmp_path / "e.essay"),
             how, str(told)],
            env=env, cwd=tmp_path, stdout=subprocess.PIPE, stderr=stderr, text=True) as app:
        assert app.stdout is not None
        reader = threading.Thread(target=lambda: lines.extend(app.stdout or ()), daemon=True)
        reader.start()

        def wait_for(what: str, ready: Callable[[], bool], bound: float) -> None:
            give_up = time.monotonic() + bound
            while not ready():
                if app.poll() is not None or time.monotonic() > give_up:
                    app.kill()
                    app.wait()
                    stderr.seek(0)
                    raise AssertionError(f"no {what} ({lines!r}): {stderr.read()[-2000:]}")
                time.sleep(0.02)

        # Startup may take long on a loaded machine: that is not what is tested.
        wait_for("request", lambda: "asked\n" in lines and bool(llm.requests), 60.0)
        told.touch()  # quit now, while the request waits for its minute
        try:  # ended by the quit, not by the request's timeout: far inside its minute
            status = app.wait(timeout=HANG_MARGIN)
        except subprocess.TimeoutExpired:
            app.kill()
            app.wait()
            raise AssertionError(f"the app was still running {HANG_MARGIN:g} s after quitting "
                                 f"(the request's own timeout is 60 s): {lines!r}") from None
        reader.join(HANG_MARGIN)
        stderr.seek(0)
        errors = stderr.read()
    assert lines[-2:] == ["quitting\n", "loop ended\n"], (lines, errors[-2000:])
    assert status == 0, errors[-2000:]
    assert [r["path"] for r in llm.requests] == ["/v1/chat/completions"]


# -- the reply's size ------------------------------------------------------------


@pytest.mark.parametrize("head", [
    b"HTTP/1.1 200 OK\r\nContent-Length: 600000000\r\n\r\n",  # says so up front
    b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n",  # until closed
    b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nFFFFFFFF\r\n",  # one huge chunk
])
def test_a_reply_past_the_cap_is_refused_without_reading_it_all(
    llm: LoopbackLLM, head: bytes
) -> None:
    llm.mode, llm.flood_head, llm.flood_bytes = "flood", head, 64 * 1024 * 1024
    message, _ = timed(lambda: draft(settings(llm.base_url, timeout=10.0)), 10.0 + HANG_MARGIN)
    assert "is larger than 1 MB; it was not read" in message
    llm.stopping.wait(0.2)
    assert llm.flooded < llm.flood_bytes  # the client stopped reading


def test_a_paragraph_too_long_to_be_one_is_refused(llm: LoopbackLLM) -> None:
    llm.reply = "word " * 100_000  # 500 KB: under the reply cap, far over a paragraph
    message, _ = timed(lambda: draft(settings(llm.base_url)), 5.0 + HANG_MARGIN)
    assert message.startswith("error: The AI server returned 499,999 characters, not one")


# -- malformed replies -----------------------------------------------------------


def http_reply(body: bytes, status: str = "200 OK", extra: bytes = b"") -> bytes:
    return (f"HTTP/1.1 {status}\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\n").encode() + extra + b"\r\n" + body


def completion(content: str) -> bytes:
    return json.dumps({"choices": [{"message": {"content": content}}]}).encode()


DEEP = b"[" * 200_000 + b"]" * 200_000
MALFORMED = {
    "not json": (http_reply(b"<html>no</html>"), "is not JSON"),
    "nested 200,000 deep": (http_reply(DEEP), "nested too deeply"),
    "deep inside a completion": (
        http_reply(b'{"choices": [{"message": {"content": ' + DEEP + b"}}]}"),
        "nested too deeply"),
    "a list": (http_reply(b"[1, 2, 3]"), "not a chat completion"),
    "choices a string": (http_reply(b'{"choices": "abc"}'), "not a chat completion"),
    "message null": (http_reply(b'{"choices": [{"message": null}]}'), "not a chat completion"),
    "content a number": (http_reply(b'{"choices": [{"message": {"content": 1e999999}}]}'),
                         "holds no text"),
    "a huge integer": (http_reply(b'{"choices": [], "n": ' + b"9" * 100_000 + b"}"),
                       "a number with too many digits"),
    "invalid utf-8": (http_reply(b'{"choices": [{"message": {"content": "\xff\xfe"}}]}'),
                      "not valid UTF-8"),
    "bad chunk size": (b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\nab\r\n",
                       "sent an incomplete answer"),
    "chunk cut short": (b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n100\r\n{\"ch",
                        "sent an incomplete answer"),
    "body cut short": (b"HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n{\"choices\": [",
                       "sent an incomplete answer"),
    "closed at once": (b"", "sent an incomplete answer"),
    "headers cut short": (b"HTTP/1.1 200 OK\r\nContent-Le", "is not JSON"),
    "too many headers": (b"HTTP/1.1 200 OK\r\n" + b"X-A: b\r\n" * 150 + b"\r\n{}",
                         "did not answer in HTTP"),
    "a huge header line": (b"HTTP/1.1 200 OK\r\nX-A: " + b"b" * 100_000 + b"\r\n\r\n{}",
                           "did not answer in HTTP"),
    "an error page nested deep": (http_reply(DEEP, "500 Internal Server Error"), "HTTP 500"),
}


@pytest.mark.parametrize("name", list(MALFORMED))
def test_every_malformed_reply_is_one_clear_line(llm: LoopbackLLM, name: str) -> None:
    raw, expected = MALFORMED[name]
    llm.mode, llm.raw = "raw", raw
    message, _ = timed(lambda: draft(settings(llm.base_url, timeout=5.0)), 5.0 + HANG_MARGIN)
    assert message.startswith("error: "), message
    assert expected in message
    assert "\n" not in message and "Traceback" not in message and len(message) < 400


# -- the API key -----------------------------------------------------------------


def echo(form: Callable[[str], str], status: str = "401 Unauthorized") -> Callable[
        [dict[str, str]], bytes]:
    """A reply that echoes (a form of) the Authorization key in its error."""
    def reply(headers: dict[str, str]) -> bytes:
        key = headers.get("Authorization", "").removeprefix("Bearer ")
        body = json.dumps({"error": {"message": f"bad key {form(key)} refused"}}).encode()
        return http_reply(body, status)
    return reply


ECHOES: dict[str, Callable[[dict[str, str]], bytes]] = {
    "whole": echo(lambda k: k),
    "partly": echo(lambda k: k[3:15]),
    "in pieces": echo(lambda k: " ".join(k[i:i + 5] for i in range(0, len(k), 5))),
    "url-encoded": echo(lambda k: urllib.parse.quote(k, safe="")),
    "encoded twice": echo(lambda k: urllib.parse.quote(urllib.parse.quote(k, safe=""),
                                                       safe="")),
    "upper case": echo(lambda k: k.upper()),
    "in the status line": lambda h: http_reply(b"{}", f"499 {h.get('Authorization')}"),
    "in a redirect": lambda h: http_reply(
        b"", "302 Found",
        f"Location: http://127.0.0.1:9/?k={h.get('Authorization', '')[7:]}\r\n".encode()),
}


@pytest.mark.parametrize("name", list(ECHOES))
def test_a_key_the_server_echoes_is_masked(
    llm: LoopbackLLM, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    monkeypatch.setenv("OUTLINER_TEST_KEY", KEY)
    llm.mode, llm.raw = "raw", ECHOES[name]
    ai = settings(llm.base_url, key_env="OUTLINER_TEST_KEY")
    message, _ = timed(lambda: draft(ai), 5.0 + HANG_MARGIN)
    with pytest.raises(AiDraftError) as caught:
        check_connection(ai)
    assert llm.requests[0]["headers"]["Authorization"] == f"Bearer {KEY}"
    for text in (message, str(caught.value)):
        assert text.startswith(("error: The AI server", "The AI server")), text
        assert "•••" in text
        assert KEY not in text and urllib.parse.quote(KEY, safe="") not in text
        for i in range(len(KEY) - 3):
            assert KEY[i:i + 4].lower() not in text.lower(), (KEY[i:i + 4], text)


def test_mask_key_leaves_other_text_alone() -> None:
    assert mask_key("HTTP 401 (bad key sk-Q7/v refused)", KEY) == "HTTP 401 (bad key ••• refused)"
    assert mask_key("nothing here", KEY) == "nothing here"
    assert mask_key("anything", "") == "anything"


def test_no_proxy_ever_sees_the_request_or_the_key(
    llm: LoopbackLLM, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OUTLINER_TEST_KEY", KEY)
    with LoopbackLLM() as proxy:
        for name in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy",
                     "ALL_PROXY"):
            monkeypatch.setenv(name, proxy.base_url.removesuffix("/v1"))
        for name in ("no_proxy", "NO_PROXY"):
            monkeypatch.delenv(name, raising=False)
        port = llm.base_url.split(":")[2].split("/")[0]
        for base in (llm.base_url, f"http://localhost:{port}/v1"):
            ai = settings(base, key_env="OUTLINER_TEST_KEY")
            assert not draft(ai).startswith("error"), draft(ai)
            assert "model" in check_connection(ai)
    assert proxy.requests == []
    assert {r["headers"]["Authorization"] for r in llm.requests} == {f"Bearer {KEY}"}


# -- cleaning the answer ---------------------------------------------------------


def old_clean_answer(content: str) -> str:
    """clean_answer as it was (quadratic on hostile input): the reference."""
    text = re.sub(r"<think>.*?</think>", "", content, flags=re.DOTALL | re.IGNORECASE)
    text = re.sub(r"^```\w*\s*|\s*```$", "", text.strip())
    text = re.sub(r"[ \t]+", " ", text)
    text = re.sub(r"\s*\n\s*", " ", text).strip()
    if len(text) > 1 and text[0] == '"' and text[-1] == '"' and '"' not in text[1:-1]:
        text = text[1:-1].strip()
    return text


PIECES = ["<think>", "</think>", "<THINK>", "</Think>", "```", "```py", "\n", "\r", " ",
          "\t", "\u2003", '"', "a", "b c", "<", ">", "/", "think", "`"]


@given(st.lists(st.sampled_from(PIECES), max_size=24).map("".join))
def test_clean_answer_does_what_the_old_regexes_did(content: str) -> None:
    assert clean_answer(content) == old_clean_answer(content)


#: The shapes that made the old regexes backtrack (each about 300 KB).
HOSTILE = {
    "unclosed think tags": "<think>" * 43_000,
    "a long run of spaces": "a" + " " * 300_000 + "b",
    "a long run of carriage returns": "a" + "\r" * 300_000 + "b",
    "a long run of wide spaces": "a" + "\u2003" * 300_000 + "b",
    "spaces before a closing fence": "```\n" + "x " * 150_000 + "``",
}


def test_hostile_answers_clean_in_one_pass() -> None:
    # In a child process: the old code held the interpreter for 40 s and more.
    script = textwrap.dedent("""
        import json, sys
        from outliner.compose.ai.drafter import clean_answer
        shapes = json.loads(sys.stdin.read())
        print(json.dumps({name: clean_answer(text)[:40] for name, text in shapes.items()}))
    """)
    try:
        done = subprocess.run([sys.executable, "-c", script], input=json.dumps(HOSTILE),
                              capture_output=True, text=True, timeout=10,
                              env=dict(os.environ, PYTHONPATH=str(ROOT)))
    except subprocess.TimeoutExpired:
        raise AssertionError("cleaning 300 KB took more than 10 s") from None
    cleaned = json.loads(done.stdout)
    assert cleaned["unclosed think tags"] == "<think>" * 5 + "<thin"
    assert cleaned["a long run of spaces"] == "a b"
    assert cleaned["a long run of carriage returns"] == "a" + "\r" * 39
    assert cleaned["spaces before a closing fence"] == "x " * 20
    for text in HOSTILE.values():  # the same shapes, small enough for the old code
        small = text[:1000] + text[-1000:]
        assert clean_answer(small) == old_clean_answer(small)
