"""The optional AI drafter: any OpenAI-compatible chat-completions server.

Ollama, the llama.cpp server, LM Studio or a hosted service all speak the same
protocol: ``POST {base}/chat/completions`` with a model name and messages,
answered by ``choices[0].message.content``. This module is pure Python (no
Qt, no new dependency; the bounded HTTP exchange is in ``compose.ai.http``), so the
window runs it on a background thread and the tests run it against servers on
127.0.0.1.

It is off by default. Settings hold the NAME of an environment variable with
the API key, never the key itself, so no key is written to an .essay file or
to the app's settings. What comes back is checked (``compose.checks``): a
draft that drops or alters a quotation is returned with warnings for the
writer to see, never silently accepted. Every failure (no server, timeout,
HTTP error, an answer that is not what the protocol promises) raises
``AiDraftError`` with a one-line message a person can act on, the API key
masked in it even when a server echoes it back; nothing is changed.
"""

from __future__ import annotations

import json
import os
import re
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from outliner.compose.ai.answer import clean_answer
from outliner.compose.ai.http import AiDraftError, Cancel, exchange, parse_url
from outliner.compose.checks import check_text, paragraph_notes, paragraph_quotes
from outliner.compose.citations import format_cite, quotation_core
from outliner.compose.drafting import thesis_text
from outliner.compose.sentences import clean_note
from outliner.core.essay import CitationStyle, Essay, Node, NodeKind

DEFAULT_BASE_URL = "http://localhost:11434/v1"
#: Far more than any paragraph; a longer "paragraph" is a broken or hostile answer.
MAX_PARAGRAPH_CHARS = 20_000

SYSTEM_PROMPT = (
    "You help a student turn the outline of one essay paragraph into prose. "
    "Write exactly one paragraph of plain text, no title, no list, no comments. "
    "Use the claim as the topic sentence. Follow the order of the notes and "
    "quotations as given. Keep every quotation word for word inside curly "
    "quotation marks, each followed by its citation exactly as given "
    "({style} style). Invent nothing: no new facts, quotations, names or "
    "page numbers; add only connecting words and transitions. Keep the "
    "student's spelling of names and terms. End with a sentence that ties the "
    "paragraph to the thesis."
)

_STYLE_NAMES = {CitationStyle.MLA: "MLA", CitationStyle.APA: "APA",
                CitationStyle.CHICAGO: "Chicago"}


_T = TypeVar("_T")


@dataclass(frozen=True)
class AiSettings:
    """How to reach the server. ``api_key_env`` names an environment variable."""

    enabled: bool = False
    base_url: str = DEFAULT_BASE_URL
    model: str = ""
    api_key_env: str = ""
    timeout: float = 60.0


@dataclass(frozen=True)
class AiRequest:
    """A snapshot of what to ask for one paragraph, made on the caller's thread
    so the network part never touches the live essay."""

    messages: tuple[tuple[str, str], ...]
    quotes: tuple[tuple[str, str], ...]
    notes: tuple[str, ...]
    style: CitationStyle


@dataclass(frozen=True)
class AiDraft:
    """A paragraph from the server and what the check found wrong with it."""

    text: str
    warnings: tuple[str, ...] = ()


def _outline_lines(node: Node, style: CitationStyle, depth: int = 0) -> list[str]:
    lines: list[str] = []
    for child in node.children:
        pad = "  " * depth
        if child.kind is NodeKind.QUOTE and quotation_core(child.text):
            cite = format_cite(child.cite, style)
            lines.append(f"{pad}- quotation: “{quotation_core(child.text)}” {cite}".rstrip())
        elif child.kind is NodeKind.NOTE and clean_note(child.text):
            lines.append(f"{pad}- note: {clean_note(child.text)}")
        elif child.kind is NodeKind.THESIS and clean_note(child.text):
            lines.append(f"{pad}- thesis (put it last): {clean_note(child.text)}")
        if child.kind is NodeKind.NOTE:
            lines.extend(_outline_lines(child, style, depth + 1))
    return lines


def build_request(
    essay: Essay, node: Node, style: CitationStyle | None = None
) -> AiRequest:
    """The chat messages for drafting ``node``, with what the answer must keep."""
    style = style or essay.meta.style
    role = {NodeKind.INTRO: "introduction", NodeKind.CONCLUSION: "conclusion"}.get(
        node.kind, "body paragraph")
    parts = [f"Write the {role} of the essay."]
    thesis = thesis_text(essay)
    if thesis:
        parts.append(f"Thesis of the essay: {thesis}")
    claim = clean_note(node.text)
    parts.append(f"Claim (topic sentence): {claim}" if claim else "Claim: (none given)")
    lines = _outline_lines(node, style)
    parts.append("Quotations and notes, in order:\n" + ("\n".join(lines) or "(none)"))
    system = SYSTEM_PROMPT.format(style=_STYLE_NAMES[style])
    return AiRequest(
        messages=(("system", system), ("user", "\n\n".join(parts))),
        quotes=tuple((q.text, q.cite) for q in paragraph_quotes(node)),
        notes=tuple(n.text for n in paragraph_notes(node)),
        style=style,
    )


def _endpoint(settings: AiSettings, path: str) -> str:
    base = settings.base_url.strip().rstrip("/")
    if not re.match(r"^https?://[^/\s]+", base):
        raise AiDraftError(
            f"The AI server address {settings.base_url!r} is not an http(s) URL "
            "(for example http://localhost:11434/v1)."
        )
    url = f"{base}/{path}"
    parse_url(url)  # a malformed address fails here, before the key is read
    return url


def _api_key(settings: AiSettings) -> str:
    """The API key from the named environment variable ("" when none is named)."""
    name = settings.api_key_env.strip()
    if not name:
        return ""
    key = os.environ.get(name, "").strip()
    if not key:
        raise AiDraftError(
            f"The environment variable {name} (named in Preferences as holding "
            "the API key) is not set or is empty."
        )
    # A line break in a header would split the request (or be echoed back in
    # an error); never repeat the key itself in the message.
    if any(not " " <= ch <= "~" for ch in key):
        raise AiDraftError(
            f"The API key in the environment variable {name} contains a control "
            "or non-ASCII character; set it to the key alone."
        )
    return key


def _headers(key: str) -> dict[str, str]:
    headers = {"Content-Type": "application/json", "Accept": "application/json"}
    if key:
        headers["Authorization"] = f"Bearer {key}"
    return headers


_HTTP_HINTS = {
    400: "the server refused the request",
    401: "unauthorized: check the API key",
    403: "forbidden: check the API key and its rights",
    404: "not found: check the base URL and the model name",
    429: "too many requests: wait and try again",
    500: "the server failed",
    502: "bad gateway",
    503: "the server is unavailable or still loading the model",
}


def _one_line(text: str, limit: int = 200) -> str:
    """Printable text on one line, at most ``limit`` characters."""
    flat = " ".join("".join(ch if ch.isprintable() else " " for ch in text[:4 * limit]).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _server_message(body: bytes) -> str:
    try:
        data = json.loads(body.decode("utf-8", "replace"))
    except (ValueError, RecursionError):
        return ""
    message = data.get("error", "") if isinstance(data, dict) else ""
    if isinstance(message, dict):
        message = message.get("message", "")
    text = _one_line(message) if isinstance(message, str) else ""
    return f" ({text})" if text else ""


def _exchange(url: str, settings: AiSettings, key: str, body: bytes | None,
              cancel: Cancel | None) -> Any:
    """Send one request and return the decoded JSON; AiDraftError on any failure.

    The request goes straight to the configured host (never a proxy) and
    redirects are refused, not followed, so the request (and its API key)
    only ever goes to the address the writer set."""
    timeout = max(0.1, float(settings.timeout))
    reply = exchange(url, "POST" if body else "GET", _headers(key), body, timeout, cancel)
    if 300 <= reply.status < 400:
        target = _one_line(reply.location)
        where = f" to {target}" if target else ""
        raise AiDraftError(
            f"The AI server at {url} answered HTTP {reply.status}, a redirect{where}. "
            "Redirects are not followed, so the API key never goes to another "
            "address: set the base URL to the server's own address."
        )
    if not 200 <= reply.status < 300:
        hint = _HTTP_HINTS.get(reply.status, _one_line(reply.reason, 60) or "error")
        raise AiDraftError(
            f"The AI server answered HTTP {reply.status} ({hint}) for {url}"
            f"{_server_message(reply.body)}."
        )
    return _decode(reply.body, url)


def _decode(raw: bytes, url: str) -> Any:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise AiDraftError(f"The AI server's answer from {url} is not JSON "
                           "(it is not valid UTF-8 text).") from exc
    try:
        return json.loads(text)
    except RecursionError as exc:
        raise AiDraftError(f"The AI server's answer from {url} is not JSON the drafter "
                           "can read (it is nested too deeply).") from exc
    except ValueError as exc:
        why = ("a number with too many digits" if "digits" in str(exc)
               else _one_line(str(exc), 80))
        raise AiDraftError(f"The AI server's answer from {url} is not JSON ({why}).") from exc


def mask_key(text: str, key: str) -> str:
    """``text`` with the key, any piece of it four characters or longer, and
    its percent-encoded forms replaced by •••: a server may echo it back."""
    if not key:
        return text
    for _ in range(3):  # %25 hides a %: decode a few times
        if "%" not in text:
            break
        text = urllib.parse.unquote(text)
    size = min(4, len(key))
    pieces = {key[i:i + size].lower() for i in range(len(key) - size + 1)}
    hidden = [False] * len(text)
    for i in range(len(text) - size + 1):
        if text[i:i + size].lower() in pieces:
            hidden[i:i + size] = [True] * size
    out: list[str] = []
    for i, ch in enumerate(text):
        if not hidden[i]:
            out.append(ch)
        elif i == 0 or not hidden[i - 1]:
            out.append("•••")
    return "".join(out)


def _masked(key: str, run: Callable[[], _T]) -> _T:
    """``run()`` with every error message (and a bug's) free of the key."""
    try:
        return run()
    except AiDraftError as exc:
        raise AiDraftError(mask_key(str(exc), key)) from None
    except Exception as exc:  # a bug must not show the key either
        raise AiDraftError(mask_key(
            f"The AI drafter failed unexpectedly ({type(exc).__name__}: {exc}).", key)
        ) from None


def send(request: AiRequest, settings: AiSettings, cancel: Cancel | None = None) -> AiDraft:
    """Ask the server for the paragraph and check it (network; no essay access).

    ``cancel`` ends the request at once from another thread."""
    if not settings.model.strip():
        raise AiDraftError("No model name is set for the AI drafter (see Preferences).")
    url = _endpoint(settings, "chat/completions")
    payload = {
        "model": settings.model.strip(),
        "messages": [{"role": role, "content": text} for role, text in request.messages],
        "temperature": 0.4,
        "stream": False,
    }
    key = _api_key(settings)
    return _masked(key, lambda: _paragraph(
        _exchange(url, settings, key, json.dumps(payload).encode("utf-8"), cancel), request))


def _paragraph(data: Any, request: AiRequest) -> AiDraft:
    """The checked paragraph from a decoded chat completion."""
    try:
        content = data["choices"][0]["message"]["content"]
    except (KeyError, IndexError, TypeError) as exc:
        raise AiDraftError(
            "The AI server's answer is not a chat completion "
            "(no choices[0].message.content)."
        ) from exc
    if not isinstance(content, str):
        raise AiDraftError("The AI server's answer holds no text.")
    text = clean_answer(content)
    if not text:
        raise AiDraftError("The AI server returned an empty paragraph.")
    if len(text) > MAX_PARAGRAPH_CHARS:  # the editor would lay it out on the window's thread
        raise AiDraftError(
            f"The AI server returned {len(text):,} characters, not one paragraph "
            f"(at most {MAX_PARAGRAPH_CHARS:,}); nothing was changed.")
    warnings = check_text(text, list(request.quotes), list(request.notes), request.style)
    return AiDraft(text, tuple(warnings))


def ai_draft_paragraph(
    essay: Essay, node: Node, settings: AiSettings, style: CitationStyle | None = None
) -> AiDraft:
    """Draft ``node`` with the AI server (blocking; the window uses a worker)."""
    return send(build_request(essay, node, style), settings)


def check_connection(settings: AiSettings, cancel: Cancel | None = None) -> str:
    """Ask the server for its models; a short success line, or AiDraftError."""
    url = _endpoint(settings, "models")
    key = _api_key(settings)
    return _masked(key, lambda: mask_key(
        _models_line(_exchange(url, settings, key, None, cancel), settings), key))


def _models_line(data: Any, settings: AiSettings) -> str:
    models = data.get("data") if isinstance(data, dict) else None
    if not isinstance(models, list):
        return "Connected; the server did not list its models."
    names = [_one_line(str(m.get("id")), 60) for m in models[:1000]
             if isinstance(m, dict) and m.get("id")]
    wanted = settings.model.strip()
    if wanted and names and wanted not in names:
        return (f"Connected, but the model {wanted!r} is not among the server's "
                f"models: {', '.join(names[:8])}.")
    return f"Connected; {len(names)} model{'s' if len(names) != 1 else ''} available."


__all__ = [
    "DEFAULT_BASE_URL",
    "MAX_PARAGRAPH_CHARS",
    "AiDraft",
    "AiDraftError",
    "AiRequest",
    "AiSettings",
    "Cancel",
    "ai_draft_paragraph",
    "build_request",
    "check_connection",
    "clean_answer",
    "mask_key",
    "send",
]
