"""One bounded HTTP exchange for the AI drafter.

urllib's timeout applies to each socket read, so a server dripping a byte
now and then held a request for minutes; it read replies of any size into
memory and sent the request (with its API key) through ``$http_proxy``. Here:

* one deadline covers name lookup, connect, TLS, headers and body: a
  watchdog shuts the socket down when it passes, which wakes a blocked read
  or connect at once;
* a ``Cancel`` does the same from another thread (the window's Cancel
  button, quitting the app);
* the reply is read in blocks and refused past ``MAX_REPLY_BYTES``;
* no proxy is ever used and redirects are not followed, so the request and
  its key reach only the host in the address.

Pure Python (``socket``, ``ssl``, ``http.client``), no Qt.
"""

from __future__ import annotations

import contextlib
import ipaddress
import socket
import threading
import time
import urllib.parse
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # imported where a request is made: the window opens without them
    import http.client

#: The most a reply may hold; a paragraph (even with a model's reasoning) is
#: far smaller, and a hostile server must not fill the memory. Kept small, as
#: decoding and cleaning hold the interpreter lock the window also needs.
MAX_REPLY_BYTES = 1024 * 1024
#: An error reply is only read for its message.
_ERROR_BODY_BYTES = 64 * 1024
_BLOCK = 64 * 1024
#: How often name lookup checks for a cancel or the deadline.
_POLL = 0.05


class AiDraftError(Exception):
    """The AI drafter could not produce a paragraph; the message says why."""


class Cancel:
    """Ends the request it is handed to, from any thread, at once."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._cancelled = False
        self._line: _Line | None = None

    def cancel(self) -> None:
        """End the request now (and any later one given this token)."""
        with self._lock:
            self._cancelled = True
            line = self._line
        if line is not None:
            line.end("cancelled")

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def _bind(self, line: _Line) -> None:
        with self._lock:
            self._line = line
            cancelled = self._cancelled
        if cancelled:
            line.end("cancelled")


class _Line:
    """The socket of one request, and why it was ended early ("" if not)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._socket: socket.socket | None = None
        self.reason = ""

    def attach(self, sock: socket.socket) -> None:
        with self._lock:
            self._socket = sock
            ended = bool(self.reason)
        if ended:
            _shut(sock)

    def end(self, reason: str) -> None:
        with self._lock:
            if not self.reason:
                self.reason = reason
            sock = self._socket
        if sock is not None:
            _shut(sock)


def _shut(sock: socket.socket) -> None:
    # shutdown (not close) wakes a read or connect blocked in another thread;
    # the plain socket's method, so an SSL socket is not unwrapped under a reader.
    with contextlib.suppress(OSError):  # not connected yet, or already closed
        socket.socket.shutdown(sock, socket.SHUT_RDWR)


@dataclass(frozen=True)
class Reply:
    """What the server answered (the body at most MAX_REPLY_BYTES)."""

    status: int
    reason: str
    location: str
    body: bytes


@dataclass(frozen=True)
class _Target:
    scheme: str
    host: str
    port: int
    path: str


def parse_url(url: str) -> _Target:
    """The parts of an http(s) address; AiDraftError when it is not one."""
    try:
        parts = urllib.parse.urlsplit(url)
        port = parts.port
    except ValueError as exc:
        if "port" in str(exc).lower():
            raise AiDraftError(f"The AI server address {url} is not a valid URL ({exc}).") from exc
        raise AiDraftError(f"Could not talk to the AI server at {url}: {exc}.") from exc
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise AiDraftError(f"The AI server address {url!r} is not an http(s) URL.")
    if parts.username is not None or parts.password is not None:
        raise AiDraftError(
            f"The AI server address for {parts.hostname} holds a user name or password; "
            "remove it (the key belongs in the environment variable)."
        )
    path = urllib.parse.quote(parts.path or "/", safe="/%:@!$&'()*+,;=-._~")
    default = 443 if parts.scheme == "https" else 80
    return _Target(parts.scheme, parts.hostname, port or default, path)


def exchange(
    url: str,
    method: str,
    headers: dict[str, str],
    body: bytes | None,
    timeout: float,
    cancel: Cancel | None = None,
    limit: int = MAX_REPLY_BYTES,
) -> Reply:
    """Send one request and read its reply within ``timeout`` seconds in all.

    AiDraftError on any failure: no server, the deadline, a cancel, a reply
    that is not HTTP, too large, or cut short."""
    import http.client

    target = parse_url(url)
    line = _Line()
    if cancel is not None:
        cancel._bind(line)
    deadline = time.monotonic() + timeout
    watchdog = threading.Timer(timeout, line.end, args=("deadline",))
    watchdog.daemon = True
    watchdog.start()
    connection: http.client.HTTPConnection | None = None
    try:
        sock = _connect(target, deadline, line)
        connection = http.client.HTTPConnection(target.host, target.port)
        if target.scheme == "https":
            connection.default_port = 443  # no ":443" in the Host header
        connection.sock = sock
        connection.request(method, target.path, body=body, headers=headers)
        response = connection.getresponse()
        ok = 200 <= response.status < 300
        data = _read_body(response, limit if ok else _ERROR_BODY_BYTES, url, strict=ok)
        reply = Reply(response.status, response.reason,
                      str(response.getheader("Location", "") or ""), data)
    except Exception as exc:
        if line.reason or isinstance(exc, TimeoutError):  # TimeoutError: the backstop
            raise _ended(line.reason or "deadline", url, timeout) from exc
        if isinstance(exc, AiDraftError):
            raise
        raise _failure(exc, url) from exc
    finally:
        watchdog.cancel()
        if connection is not None:
            connection.close()
        line.end("done")  # closes a socket _connect left behind
    if line.reason != "done":  # ended while the last bytes came in: not trusted
        raise _ended(line.reason, url, timeout)
    return reply


def _ended(reason: str, url: str, timeout: float) -> AiDraftError:
    if reason == "cancelled":
        return AiDraftError(f"The request to the AI server at {url} was cancelled.")
    return AiDraftError(f"The AI server at {url} did not answer within {timeout:g} seconds.")


def _failure(exc: Exception, url: str) -> AiDraftError:
    import http.client
    import ssl

    if isinstance(exc, ConnectionRefusedError):
        return AiDraftError(
            f"No AI server is answering at {url} (connection refused). Is it running?")
    if isinstance(exc, ssl.SSLCertVerificationError):
        return AiDraftError(
            f"The AI server at {url} has a certificate that could not be verified "
            f"({exc.verify_message}).")
    if isinstance(exc, http.client.IncompleteRead | http.client.RemoteDisconnected):
        return AiDraftError(f"The AI server at {url} sent an incomplete answer (closed "
                            "early, or broken chunked encoding).")
    if isinstance(exc, http.client.HTTPException):
        return AiDraftError(
            f"The server at {url} did not answer in HTTP "
            f"({type(exc).__name__}); check the base URL and port.")
    if isinstance(exc, socket.gaierror):
        return AiDraftError(f"Could not find the AI server's host for {url} "
                            f"({exc.strerror or exc}).")
    if isinstance(exc, ValueError):  # a broken chunk size, for one
        return AiDraftError(f"The AI server at {url} sent a malformed answer "
                            f"({type(exc).__name__}).")
    if isinstance(exc, OSError):
        return AiDraftError(f"Could not talk to the AI server at {url}: "
                            f"{exc.strerror or type(exc).__name__}.")
    return AiDraftError(f"Could not talk to the AI server at {url} ({type(exc).__name__}).")


def _connect(target: _Target, deadline: float, line: _Line) -> socket.socket:
    """A connected (and for https, TLS-wrapped) socket; never via a proxy."""
    import ssl

    last: OSError = ConnectionRefusedError("no address")
    for family, kind, proto, _name, address in _resolve(target, deadline, line):
        sock = socket.socket(family, kind, proto)
        line.attach(sock)
        try:
            sock.settimeout(max(0.001, deadline - time.monotonic()))
            sock.connect(address)
        except OSError as exc:
            sock.close()
            if line.reason:
                raise
            last = exc
            continue
        if target.scheme == "https":
            context = ssl.create_default_context()
            tls = context.wrap_socket(sock, server_hostname=target.host,
                                      do_handshake_on_connect=False)
            line.attach(tls)  # the watchdog must reach the wrapped socket
            try:
                tls.do_handshake()
            except BaseException:
                tls.close()
                raise
            return tls
        return sock
    raise last


#: One getaddrinfo entry: family, type, protocol, canonical name, address.
_AddrInfo = tuple[socket.AddressFamily, socket.SocketKind, int, str, Any]


def _resolve(target: _Target, deadline: float, line: _Line) -> list[_AddrInfo]:
    """Addresses for the host; a name is looked up on a helper thread, since
    getaddrinfo cannot be interrupted, and given up at the deadline or a cancel."""
    host, port = target.host, target.port
    try:
        ipaddress.ip_address(host)
    except ValueError:
        pass
    else:
        return list(socket.getaddrinfo(host, port, type=socket.SOCK_STREAM,
                                       flags=socket.AI_NUMERICHOST))
    found: list[_AddrInfo] = []
    errors: list[OSError] = []
    done = threading.Event()

    def look_up() -> None:
        try:
            found.extend(socket.getaddrinfo(host, port, type=socket.SOCK_STREAM))
        except OSError as exc:
            errors.append(exc)
        except UnicodeError as exc:  # a name no resolver can be asked ("a..b")
            errors.append(socket.gaierror(socket.EAI_NONAME, f"not a host name: {exc}"))
        finally:
            done.set()

    threading.Thread(target=look_up, name="ai-name-lookup", daemon=True).start()
    while not done.wait(_POLL):
        if time.monotonic() >= deadline:
            line.end("deadline")
        if line.reason:
            raise TimeoutError("name lookup")
    if errors:
        raise errors[0]
    return found


def _read_body(response: http.client.HTTPResponse, limit: int, url: str,
               strict: bool) -> bytes:
    """The body in blocks, refused past ``limit`` (``strict``) or cut there."""
    import http.client

    if strict and response.length is not None and response.length > limit:
        raise _too_large(url, limit)
    chunks: list[bytes] = []
    total = 0
    while True:
        block = response.read(min(_BLOCK, limit + 1 - total))
        if not block:
            break
        total += len(block)
        if total > limit:
            if strict:
                raise _too_large(url, limit)
            chunks.append(block[: len(block) - (total - limit)])
            break
        chunks.append(block)
    if strict and response.length:  # http.client does not raise for this
        raise http.client.IncompleteRead(b"", response.length)
    return b"".join(chunks)


def _too_large(url: str, limit: int) -> AiDraftError:
    return AiDraftError(
        f"The AI server's answer from {url} is larger than {limit // (1024 * 1024)} MB; "
        "it was not read (a paragraph is far smaller).")


__all__ = ["MAX_REPLY_BYTES", "AiDraftError", "Cancel", "Reply", "exchange", "parse_url"]
