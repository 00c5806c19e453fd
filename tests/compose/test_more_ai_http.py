"""The AI drafter's one bounded HTTP exchange (compose/ai/http.py), against
real servers on 127.0.0.1 in threads: tests/support/loopback_llm.py for
HTTP, and a small TLS server with a self-signed certificate.

As in test_ai_hostile.py, time never decides a verdict: each test checks the
reason a request ended, and a generous margin only bounds a hang."""

from __future__ import annotations

import contextlib
import shutil
import socket
import ssl
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from outliner.compose.ai.http import (
    MAX_REPLY_BYTES,
    AiDraftError,
    Cancel,
    Reply,
    exchange,
    parse_url,
)
from tests.support.loopback_llm import LoopbackLLM

#: Seconds past a request's own deadline after which a test calls it hung.
HANG_MARGIN = 15.0


@pytest.fixture
def llm() -> Iterator[LoopbackLLM]:
    with LoopbackLLM(reply="A paragraph.") as server:
        yield server


def models_url(server: LoopbackLLM) -> str:
    return f"{server.base_url}/models"


def refused(url: str, timeout: float = 5.0, cancel: Cancel | None = None,
            method: str = "GET", body: bytes | None = None) -> str:
    """The message of the AiDraftError the exchange ends with."""
    with pytest.raises(AiDraftError) as caught:
        exchange(url, method, {}, body, timeout, cancel)
    return str(caught.value)


def free_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


# -- parse_url ---------------------------------------------------------------------------


@pytest.mark.parametrize(("url", "parts"), [
    ("http://127.0.0.1:11434/v1/models", ("http", "127.0.0.1", 11434, "/v1/models")),
    ("https://api.example/v1", ("https", "api.example", 443, "/v1")),
    ("http://localhost", ("http", "localhost", 80, "/")),
    ("https://h.example/a b/ü", ("https", "h.example", 443, "/a%20b/%C3%BC")),
    ("http://[::1]:8080/x", ("http", "::1", 8080, "/x")),
])
def test_an_address_is_read_as_scheme_host_port_and_quoted_path(
        url: str, parts: tuple[str, str, int, str]) -> None:
    target = parse_url(url)
    assert (target.scheme, target.host, target.port, target.path) == parts


@pytest.mark.parametrize(("url", "message"), [
    ("ftp://files.example/", "The AI server address 'ftp://files.example/' is not an http(s) URL."),
    ("http:///v1", "The AI server address 'http:///v1' is not an http(s) URL."),
    ("http://me:secret@h.example/v1",
     "The AI server address for h.example holds a user name or password; remove it (the key "
     "belongs in the environment variable)."),
    ("http://h.example:99999/v1",
     "The AI server address http://h.example:99999/v1 is not a valid URL (Port out of range "
     "0-65535)."),
    ("http://[::1/v1", "Could not talk to the AI server at http://[::1/v1: Invalid IPv6 URL."),
])
def test_an_address_that_is_no_http_url_is_one_message(url: str, message: str) -> None:
    with pytest.raises(AiDraftError) as caught:
        parse_url(url)
    assert str(caught.value) == message
    assert "secret" not in str(caught.value)  # a password is never repeated


@settings(max_examples=300, deadline=None)
@given(url=st.one_of(
    st.text(max_size=40),
    st.builds(lambda scheme, rest: f"{scheme}://{rest}",
              st.sampled_from(["http", "https", "HTTP", "ftp", ""]), st.text(max_size=30))))
def test_any_text_is_an_address_or_an_ai_draft_error(url: str) -> None:
    try:
        target = parse_url(url)
    except AiDraftError as exc:
        assert "\n" not in str(exc).replace(url, "")
        return
    assert target.scheme in ("http", "https") and target.host
    assert 0 <= target.port <= 65535
    assert target.path.startswith("/") and " " not in target.path


# -- answers that are read ------------------------------------------------------------


def test_a_get_reads_the_reply_and_sends_the_headers_given(llm: LoopbackLLM) -> None:
    reply = exchange(models_url(llm), "GET", {"Accept": "application/json",
                                              "Authorization": "Bearer k-1"}, None, 5)
    assert reply == Reply(200, "OK", "",
                          b'{"object": "list", "data": [{"id": "loopback-model", '
                          b'"object": "model"}]}')
    [request] = llm.requests
    assert (request["method"], request["path"]) == ("GET", "/v1/models")
    assert request["headers"]["Authorization"] == "Bearer k-1"
    assert request["headers"]["Host"] == llm.base_url.split("/")[2]


def test_a_post_sends_its_body_as_is(llm: LoopbackLLM) -> None:
    body = '{"model": "m", "messages": [{"role": "user", "content": "é"}]}'.encode()
    reply = exchange(f"{llm.base_url}/chat/completions", "POST",
                     {"Content-Type": "application/json"}, body, 5)
    assert reply.status == 200 and b'"content": "A paragraph."' in reply.body
    assert llm.requests[0]["body"] == body.decode()


def test_no_proxy_is_used_even_when_the_environment_names_one(
        llm: LoopbackLLM, monkeypatch: pytest.MonkeyPatch) -> None:
    dead = f"http://127.0.0.1:{free_port()}"
    for name in ("http_proxy", "HTTP_PROXY", "https_proxy", "all_proxy"):
        monkeypatch.setenv(name, dead)
    assert exchange(models_url(llm), "GET", {}, None, 5).status == 200
    assert llm.requests[0]["path"] == "/v1/models"  # the server itself, not a proxy's URL


def test_a_host_name_is_looked_up_and_reached(llm: LoopbackLLM) -> None:
    url = models_url(llm).replace("127.0.0.1", "localhost")
    try:
        socket.getaddrinfo("localhost", None)
    except OSError:
        pytest.skip("this machine cannot resolve localhost")
    reply = exchange(url, "GET", {}, None, 5)
    assert reply.status == 200 and b"loopback-model" in reply.body


def test_an_error_status_is_a_reply_and_its_body_is_cut_at_64_kb(llm: LoopbackLLM) -> None:
    llm.mode = "raw"
    llm.raw = (b"HTTP/1.1 503 Still Loading\r\nContent-Length: 100000\r\n\r\n"
               + b"e" * 100_000)
    reply = exchange(models_url(llm), "GET", {}, None, 5)
    assert (reply.status, reply.reason) == (503, "Still Loading")
    assert reply.body == b"e" * (64 * 1024)


def test_a_redirect_is_returned_not_followed(llm: LoopbackLLM) -> None:
    llm.mode, llm.status, llm.redirect_to = "redirect", 307, "http://elsewhere.example"
    reply = exchange(models_url(llm), "GET", {"Authorization": "Bearer k"}, None, 5)
    assert (reply.status, reply.location) == (307, "http://elsewhere.example/v1/models")
    assert len(llm.requests) == 1  # the key went nowhere else


# -- answers that are refused ---------------------------------------------------------


def test_nothing_listening_is_connection_refused() -> None:
    url = f"http://127.0.0.1:{free_port()}/v1/models"
    assert refused(url) == (f"No AI server is answering at {url} (connection refused). "
                            "Is it running?")


def test_a_reply_announced_larger_than_the_cap_is_not_read(llm: LoopbackLLM) -> None:
    llm.mode = "raw"
    llm.raw = f"HTTP/1.1 200 OK\r\nContent-Length: {MAX_REPLY_BYTES + 1}\r\n\r\n".encode()
    url = models_url(llm)
    assert refused(url) == (f"The AI server's answer from {url} is larger than 1 MB; it was "
                            "not read (a paragraph is far smaller).")


def test_a_reply_without_length_is_cut_off_past_the_cap(llm: LoopbackLLM) -> None:
    llm.mode, llm.flood_bytes = "flood", 2 * MAX_REPLY_BYTES
    url = models_url(llm)
    assert refused(url) == (f"The AI server's answer from {url} is larger than 1 MB; it was "
                            "not read (a paragraph is far smaller).")


def test_a_reply_exactly_at_the_cap_is_read_whole(llm: LoopbackLLM) -> None:
    llm.mode = "raw"
    llm.raw = (f"HTTP/1.1 200 OK\r\nContent-Length: {MAX_REPLY_BYTES}\r\n\r\n".encode()
               + b"x" * MAX_REPLY_BYTES)
    assert len(exchange(models_url(llm), "GET", {}, None, 5).body) == MAX_REPLY_BYTES


@pytest.mark.parametrize("raw", [
    b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly this",
    b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
    b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab",
], ids=["short of its length", "a chunk size that is no number", "a chunk cut short"])
def test_an_answer_cut_short_is_incomplete(llm: LoopbackLLM, raw: bytes) -> None:
    llm.mode, llm.raw = "raw", raw
    url = models_url(llm)
    assert refused(url) == (f"The AI server at {url} sent an incomplete answer (closed early, "
                            "or broken chunked encoding).")


def test_a_server_that_does_not_speak_http_is_named_so(llm: LoopbackLLM) -> None:
    llm.mode = "not_http"
    url = models_url(llm)
    assert refused(url) == (f"The server at {url} did not answer in HTTP (BadStatusLine); "
                            "check the base URL and port.")


def test_https_to_a_plain_http_server_fails_in_one_line(llm: LoopbackLLM) -> None:
    url = models_url(llm).replace("http://", "https://")
    message = refused(url)
    assert message.startswith(f"Could not talk to the AI server at {url}: ")
    assert "\n" not in message


def _self_signed(folder: Path) -> tuple[Path, Path]:
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.skip("making a self-signed certificate needs the openssl command")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run([openssl, "req", "-x509", "-newkey", "ec", "-pkeyopt",
                    "ec_paramgen_curve:prime256v1", "-nodes", "-keyout", str(key),
                    "-out", str(cert), "-days", "1", "-subj", "/CN=127.0.0.1"],
                   check=True, capture_output=True, timeout=60)
    return cert, key


@contextlib.contextmanager
def tls_server(cert: Path, key: Path) -> Iterator[int]:
    """A TLS server on 127.0.0.1 that accepts one handshake attempt; yields its port."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(30)

    def serve() -> None:
        with contextlib.suppress(OSError):  # the client refuses the certificate
            conn, _ = listener.accept()
            with context.wrap_socket(conn, server_side=True) as tls:
                tls.recv(1)

    thread = threading.Thread(target=serve, name="tls-server", daemon=True)
    thread.start()
    try:
        yield listener.getsockname()[1]
    finally:
        listener.close()
        thread.join(HANG_MARGIN)


def test_a_certificate_that_cannot_be_verified_is_named(tmp_path: Path) -> None:
    cert, key = _self_signed(tmp_path)
    with tls_server(cert, key) as port:
        url = f"https://127.0.0.1:{port}/v1/models"
        message = refused(url)
    assert message.startswith(f"The AI server at {url} has a certificate that could not be "
                              "verified (")
    assert "self" in message and "signed" in message


@pytest.mark.parametrize("host", ["a..b", "a" * 64 + ".example"],
                         ids=["an empty label", "a label over 63 letters"])
def test_a_host_name_that_cannot_be_looked_up_is_named_not_refused(
        monkeypatch: pytest.MonkeyPatch, host: str) -> None:
    escaped: list[str] = []
    monkeypatch.setattr(threading, "excepthook",
                        lambda args: escaped.append(repr(args.exc_value)))
    url = f"http://{host}/v1/models"
    message = refused(url)
    for thread in threading.enumerate():  # the lookup thread reports after it ends
        if thread.name == "ai-name-lookup":
            thread.join(HANG_MARGIN)
    assert escaped == []
    assert "connection refused" not in message and "Is it running?" not in message


# -- the deadline and Cancel -----------------------------------------------------------


def test_a_server_that_never_answers_ends_at_the_deadline(llm: LoopbackLLM) -> None:
    llm.mode = "hang"
    url = models_url(llm)
    started = time.monotonic()
    assert refused(url, timeout=0.5) == (f"The AI server at {url} did not answer within "
                                         "0.5 seconds.")
    assert time.monotonic() - started < 0.5 + HANG_MARGIN


def test_a_cancel_from_another_thread_ends_a_waiting_request(llm: LoopbackLLM) -> None:
    llm.mode = "hang"
    cancel = Cancel()
    assert not cancel.cancelled
    timer = threading.Timer(0.2, cancel.cancel)
    timer.start()
    started = time.monotonic()
    url = models_url(llm)
    try:
        assert refused(url, timeout=60, cancel=cancel) == (
            f"The request to the AI server at {url} was cancelled.")
    finally:
        timer.cancel()
    assert cancel.cancelled
    assert time.monotonic() - started < HANG_MARGIN  # not the minute's deadline


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
def test_a_token_cancelled_before_the_request_ends_it_at_once(llm: LoopbackLLM,
                                                             host: str) -> None:
    llm.mode = "hang"
    cancel = Cancel()
    cancel.cancel()
    url = models_url(llm).replace("127.0.0.1", host)
    started = time.monotonic()
    assert refused(url, timeout=60, cancel=cancel) == (
        f"The request to the AI server at {url} was cancelled.")
    assert time.monotonic() - started < HANG_MARGIN
    # and the same token ends any later request too
    assert refused(url, timeout=60, cancel=cancel).endswith("was cancelled.")


def test_a_cancel_after_the_answer_changes_nothing(llm: LoopbackLLM) -> None:
    cancel = Cancel()
    reply = exchange(models_url(llm), "GET", {}, None, 5, cancel)
    cancel.cancel()  # the window's Cancel pressed just too late
    assert reply.status == 200 and cancel.cancelled
