"""A small OpenAI-compatible chat server on 127.0.0.1 for the AI drafter tests.

It listens on an ephemeral port of the loopback address only, answers
``POST /v1/chat/completions`` and ``GET /v1/models``, records what it was
sent, and does what the test tells it (``mode``):

* ``good``: ``reply`` as the paragraph;
* ``alter``: ``reply`` with its first quotation's words changed;
* ``garbage``: a body that is not JSON;
* ``malformed``: JSON without ``choices``;
* ``empty``: a completion with empty content;
* ``status``: HTTP ``status`` (401, 404, 500 ...) with an error body;
* ``sleep``: wait ``sleep_seconds`` (cut short when the server stops), then
  answer like ``good``;
* ``redirect``: HTTP ``status`` (301, 302, 307 ...) with ``Location`` set to
  ``redirect_to`` plus the path asked for;
* ``not_http``: a line that is not an HTTP status line, then the connection
  is closed.

Hostile modes (tests/compose/test_ai_hostile.py), every loop bounded in count and in
time, and cut short when the server stops or the client goes away:

* ``hang``: read the request, then never answer (until the server stops);
* ``drip_headers``: a good answer, one byte every ``drip_seconds``, from the
  status line on (at most ``drip_limit`` bytes);
* ``drip_body``: the headers at once, then the body one byte every
  ``drip_seconds`` (at most ``drip_limit`` bytes);
* ``flood``: ``flood_head`` (status line and headers) then ``flood_bytes``
  bytes of filler in 64 KB blocks;
* ``raw``: ``raw`` as the whole response, as is (a function of the request's
  headers, or bytes), then the connection is closed.

Every request (GET and POST) is recorded in ``requests``.

It shuts itself down after ``lifetime`` seconds even if a test forgets to.
"""

from __future__ import annotations

import contextlib
import json
import re
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the tests read ``requests`` instead."""

    def _send(self, status: int, body: bytes, kind: str = "application/json") -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(OSError):  # the client gave up (a timeout test)
            self.wfile.write(body)

    def _record(self, body: bytes) -> None:
        owner = self.server.owner
        with owner.lock:
            owner.requests.append({"path": self.path, "method": self.command,
                                   "headers": dict(self.headers), "body": body.decode()})

    def _misbehave(self) -> bool:
        """Answer a ``redirect`` or ``not_http`` mode; True when it did."""
        owner = self.server.owner
        if owner.mode == "redirect":
            self.send_response(owner.status)
            self.send_header("Location", owner.redirect_to.rstrip("/") + self.path)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return True
        if owner.mode == "not_http":
            with contextlib.suppress(OSError):
                self.wfile.write(b"SSH-2.0-NotAnHttpServer\r\n")
            self.close_connection = True
            return True
        hostile = {"hang": self._hang, "drip_headers": self._drip_headers,
                   "drip_body": self._drip_body, "flood": self._flood,
                   "raw": self._raw}.get(owner.mode)
        if hostile is None:
            return False
        self.close_connection = True
        with contextlib.suppress(OSError):  # the client gave up: that is the point
            hostile()
        return True

    def _hang(self) -> None:
        self.server.owner.stopping.wait(self.server.owner.lifetime)

    def _drip(self, data: bytes) -> None:
        owner = self.server.owner
        for byte in data[: owner.drip_limit]:
            self.wfile.write(bytes([byte]))
            with owner.lock:
                owner.dripped += 1
            if owner.stopping.wait(owner.drip_seconds):
                return

    def _good_answer(self) -> bytes:
        owner = self.server.owner
        body = json.dumps({"choices": [{"message": {"role": "assistant",
                                                    "content": owner.reply}}]}).encode()
        return (b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body)

    def _drip_headers(self) -> None:
        self._drip(self._good_answer())

    def _drip_body(self) -> None:
        head, _, body = self._good_answer().partition(b"\r\n\r\n")
        self.wfile.write(head + b"\r\n\r\n")
        self._drip(body)

    def _flood(self) -> None:
        owner = self.server.owner
        self.wfile.write(owner.flood_head)
        block = b" " * 65536
        for _ in range(owner.flood_bytes // len(block)):
            if owner.stopping.is_set():
                return
            self.wfile.write(block)
            with owner.lock:
                owner.flooded += len(block)

    def _raw(self) -> None:
        raw = self.server.owner.raw
        self.wfile.write(raw(dict(self.headers)) if callable(raw) else raw)

    def do_GET(self) -> None:
        owner = self.server.owner
        self._record(b"")
        if self._misbehave():
            return
        if self.path.rstrip("/") != "/v1/models":
            self._send(404, b'{"error": {"message": "no such path"}}')
            return
        if owner.mode == "status":
            self._send(owner.status, b'{"error": {"message": "refused by test"}}')
            return
        models = {"object": "list", "data": [{"id": owner.model, "object": "model"}]}
        self._send(200, json.dumps(models).encode())

    def do_POST(self) -> None:
        owner = self.server.owner
        length = int(self.headers.get("Content-Length", "0"))
        raw = self.rfile.read(length)
        self._record(raw)
        if self._misbehave():
            return
        if self.path.rstrip("/") != "/v1/chat/completions":
            self._send(404, b'{"error": {"message": "no such path"}}')
            return
        mode = owner.mode
        if mode == "sleep":
            owner.stopping.wait(owner.sleep_seconds)
            mode = "good"
        if mode == "status":
            self._send(owner.status, b'{"error": {"message": "refused by test"}}')
        elif mode == "garbage":
            self._send(200, b"<html>this is not json</html>", "text/html")
        elif mode == "malformed":
            self._send(200, b'{"object": "chat.completion", "result": "?"}')
        else:
            content = {"good": owner.reply, "empty": "   ", "alter": owner.altered()}[mode]
            answer = {
                "id": "loopback-1",
                "object": "chat.completion",
                "model": owner.model,
                "choices": [{"index": 0, "finish_reason": "stop",
                             "message": {"role": "assistant", "content": content}}],
            }
            self._send(200, json.dumps(answer).encode())


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    owner: LoopbackLLM


class LoopbackLLM:
    """Use as a context manager: ``with LoopbackLLM() as llm: llm.base_url``."""

    def __init__(self, reply: str = "A paragraph.", lifetime: float = 60.0) -> None:
        self.reply = reply
        self.mode = "good"
        self.status = 500
        self.sleep_seconds = 5.0
        self.redirect_to = ""
        self.model = "loopback-model"
        self.drip_seconds = 1.5
        self.drip_limit = 60
        self.dripped = 0
        self.flood_head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n"
        self.flood_bytes = 8 * 1024 * 1024
        self.flooded = 0
        self.raw: bytes | Callable[[dict[str, str]], bytes] = b""
        self.requests: list[dict[str, Any]] = []
        self.lock = threading.Lock()
        self.stopping = threading.Event()
        self.lifetime = lifetime
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.owner = self
        self._thread = threading.Thread(target=self._server.serve_forever,
                                        name="loopback-llm", daemon=True)
        self._timer = threading.Timer(lifetime, self.stop)
        self._timer.daemon = True

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}/v1"

    def altered(self) -> str:
        """``reply`` with the words of its first quotation changed."""
        return re.sub(r"“([^”]*)”", lambda m: "“" + m.group(1)[::-1] + "”", self.reply,
                      count=1)

    def start(self) -> LoopbackLLM:
        self._thread.start()
        self._timer.start()
        return self

    def stop(self) -> None:
        """Stop serving (idempotent); sleeping answers are cut short."""
        self.stopping.set()
        self._timer.cancel()
        if self._thread.is_alive():
            self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> LoopbackLLM:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
