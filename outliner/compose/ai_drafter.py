"""The optional AI drafter: any OpenAI-compatible chat-completions server.

Ollama, the llama.cpp server, LM Studio or a hosted service all speak the same
protocol: ``POST {base}/chat/completions`` with a model name and messages,
answered by ``choices[0].message.content``. This module is pure Python (no
Qt, no new dependency: ``urllib.request``), so the window runs it on a
background thread and the tests run it against a server on 127.0.0.1.

It is off by default. Settings hold the NAME of an environment variable with
the API key, never the key itself, so no key is written to an .essay file or
to the app's settings. What comes back is checked (``compose.checks``): a
draft that drops or alters a quotation is returned with warnings for the
writer to see, never silently accepted. Every failure (no server, timeout,
HTTP error, an answer that is not what the protocol promises) raises
``AiDraftError`` with a message a person can act on; nothing is changed.
"""

from __future__ import annotations

import http.client
import json
import os
import re
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Any

from outliner.compose.checks import check_text, paragraph_notes, paragraph_quotes
from outliner.compose.citations import format_cite, quotation_core
from outliner.compose.drafting import thesis_text
from outliner.compose.sentences import clean_note
from outliner.core.essay import CitationStyle, Essay, Node, NodeKind

DEFAULT_BASE_URL = "http://localhost:11434/v1"

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


class AiDraftError(Exception):
    """The AI drafter could not produce a paragraph; the message says why."""


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
    return f"{base}/{path}"


def _headers(settings: AiSettings) -> dict[str, str]:
    headers = {"Content-Type": "application/json", "Accept": "application/json"}
    name = settings.api_key_env.strip()
    if name:
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
        headers["Authorization"] = f"Bearer {key}"
    return headers


class _RefuseRedirects(urllib.request.HTTPRedirectHandler):
    """Never follow a redirect: it would carry the API key to another server."""

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: Any,
        code: int,
        msg: str,
        headers: Any,
        newurl: str,
    ) -> None:
        return None  # urllib then raises HTTPError with the 3xx status


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


def _server_message(error: urllib.error.HTTPError) -> str:
    try:
        raw = error.read(2000).decode("utf-8", "replace")
        data = json.loads(raw)
        message = data.get("error", {})
        message = message.get("message", "") if isinstance(message, dict) else str(message)
        return f" ({str(message)[:200]})" if message else ""
    except (OSError, ValueError, AttributeError):
        return ""


def _exchange(url: str, settings: AiSettings, body: bytes | None) -> Any:
    """Send one request and return the decoded JSON; AiDraftError on any failure.

    Redirects are refused, not followed, so the request (and its API key)
    only ever goes to the address the writer set."""
    headers = _headers(settings)
    timeout = max(0.1, float(settings.timeout))
    opener = urllib.request.build_opener(_RefuseRedirects)
    try:
        request = urllib.request.Request(
            url, data=body, headers=headers, method="POST" if body else "GET"
        )
        with opener.open(request, timeout=timeout) as response:
            raw = response.read()
    except urllib.error.HTTPError as exc:
        if 300 <= exc.code < 400:
            target = str(exc.headers.get("Location", "") if exc.headers else "")[:200]
            where = f" to {target}" if target else ""
            raise AiDraftError(
                f"The AI server at {url} answered HTTP {exc.code}, a redirect{where}. "
                "Redirects are not followed, so the API key never goes to another "
                "address: set the base URL to the server's own address."
            ) from exc
        hint = _HTTP_HINTS.get(exc.code, exc.reason or "error")
        raise AiDraftError(
            f"The AI server answered HTTP {exc.code} ({hint}) for {url}"
            f"{_server_message(exc)}."
        ) from exc
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, TimeoutError):
            raise AiDraftError(
                f"The AI server at {url} did not answer within {timeout:g} seconds."
            ) from exc
        if isinstance(reason, ConnectionRefusedError):
            raise AiDraftError(
                f"No AI server is answering at {url} (connection refused). "
                "Is it running?"
            ) from exc
        raise AiDraftError(f"Could not reach the AI server at {url}: {reason}.") from exc
    except TimeoutError as exc:
        raise AiDraftError(
            f"The AI server at {url} did not answer within {timeout:g} seconds."
        ) from exc
    except http.client.InvalidURL as exc:
        raise AiDraftError(
            f"The AI server address {url} is not a valid URL ({exc})."
        ) from exc
    except http.client.HTTPException as exc:
        raise AiDraftError(
            f"The server at {url} did not answer in HTTP "
            f"({type(exc).__name__}); check the base URL and port."
        ) from exc
    except (OSError, ValueError) as exc:
        raise AiDraftError(f"Could not talk to the AI server at {url}: {exc}.") from exc
    try:
        return json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise AiDraftError(f"The AI server's answer from {url} is not JSON.") from exc


def clean_answer(content: str) -> str:
    """The paragraph from a model's answer: reasoning blocks and wrapping
    quotation marks or code fences removed, whitespace tidied."""
    text = re.sub(r"<think>.*?</think>", "", content, flags=re.DOTALL | re.IGNORECASE)
    text = re.sub(r"^```\w*\s*|\s*```$", "", text.strip())
    text = re.sub(r"[ \t]+", " ", text)
    text = re.sub(r"\s*\n\s*", " ", text).strip()
    if len(text) > 1 and text[0] == '"' and text[-1] == '"' and '"' not in text[1:-1]:
        text = text[1:-1].strip()
    return text


def send(request: AiRequest, settings: AiSettings) -> AiDraft:
    """Ask the server for the paragraph and check it (network; no essay access)."""
    if not settings.model.strip():
        raise AiDraftError("No model name is set for the AI drafter (see Preferences).")
    url = _endpoint(settings, "chat/completions")
    payload = {
        "model": settings.model.strip(),
        "messages": [{"role": role, "content": text} for role, text in request.messages],
        "temperature": 0.4,
        "stream": False,
    }
    data = _exchange(url, settings, json.dumps(payload).encode("utf-8"))
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
    warnings = check_text(text, list(request.quotes), list(request.notes), request.style)
    return AiDraft(text, tuple(warnings))


def ai_draft_paragraph(
    essay: Essay, node: Node, settings: AiSettings, style: CitationStyle | None = None
) -> AiDraft:
    """Draft ``node`` with the AI server (blocking; the window uses a worker)."""
    return send(build_request(essay, node, style), settings)


def check_connection(settings: AiSettings) -> str:
    """Ask the server for its models; a short success line, or AiDraftError."""
    data = _exchange(_endpoint(settings, "models"), settings, None)
    models = data.get("data") if isinstance(data, dict) else None
    if not isinstance(models, list):
        return "Connected; the server did not list its models."
    names = [str(m.get("id")) for m in models if isinstance(m, dict) and m.get("id")]
    wanted = settings.model.strip()
    if wanted and names and wanted not in names:
        return (f"Connected, but the model {wanted!r} is not among the server's "
                f"models: {', '.join(names[:8])}.")
    return f"Connected; {len(names)} model{'s' if len(names) != 1 else ''} available."


__all__ = [
    "DEFAULT_BASE_URL",
    "AiDraft",
    "AiDraftError",
    "AiRequest",
    "AiSettings",
    "ai_draft_paragraph",
    "build_request",
    "check_connection",
    "send",
]
