"""The model's one inline markup: ``*italic*``, ``**bold**``, ``***both***``.

Every text field (title, prose, notes, quotations, sources) may carry it;
the exporters, the preview, the tree and the editors all read it here.

- A run of one star toggles italics, two toggle bold, three toggle both.
  A run opens only before a non-space character and closes only after one,
  so "5 * 3" and "footnote*" are plain text; an opening run never closed
  is plain text too (nothing the writer typed disappears).
- ``\\*`` is a literal asterisk. Backslashes are ordinary characters except
  in a run right before a star: there each pair is one backslash, and an odd
  one left over makes the star literal (``\\\\*x*`` is a backslash, then *x*).
- Runs of four or more stars are plain text.

:func:`parse` turns text into :class:`Span` pieces, :func:`render` writes
pieces back as the shortest markup that parses to them, :func:`plain` is the
text without marks (word counts, window titles, plain-text exports).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

ITALIC = "*"
BOLD = "**"


class Span(NamedTuple):
    """A stretch of text and how it is set."""

    text: str
    italic: bool = False
    bold: bool = False


@dataclass(frozen=True)
class Piece:
    """Where one part of the marked-up text lies: ``start``/``end`` index the
    markup; ``shown`` is what it stands for ("" for a mark, "*" for ``\\*``).
    ``kind`` is "text", "mark" or "escape"."""

    start: int
    end: int
    shown: str
    kind: str
    italic: bool
    bold: bool


@dataclass
class _Run:
    """A run of unescaped stars and what its toggles do."""

    start: int
    length: int
    can_open: bool
    can_close: bool
    # flag ("i"/"b") -> "open" | "close" | "text"
    actions: dict[str, str]


def _flags(length: int) -> tuple[str, ...]:
    return {1: ("i",), 2: ("b",), 3: ("i", "b")}.get(length, ())


def _tokens(text: str) -> list[tuple[str, int, int, str] | _Run]:
    """Literal stretches ("text"/"escape", start, end, shown) and star runs."""
    out: list[tuple[str, int, int, str] | _Run] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == "\\":
            j = i
            while j < n and text[j] == "\\":
                j += 1
            count = j - i
            if j < n and text[j] == "*":
                if count >= 2:
                    out.append(("escape", i, i + count - count % 2, "\\" * (count // 2)))
                if count % 2:
                    out.append(("escape", j - 1, j + 1, "*"))
                    j += 1
            else:
                out.append(("text", i, j, text[i:j]))
            i = j
        elif ch == "*":
            j = i
            while j < n and text[j] == "*":
                j += 1
            before = text[i - 1] if i else ""
            after = text[j] if j < n else ""
            out.append(_Run(i, j - i, bool(after) and not after.isspace(),
                            bool(before) and not before.isspace(), {}))
            i = j
        else:
            j = i
            while j < n and text[j] not in "\\*":
                j += 1
            out.append(("text", i, j, text[i:j]))
            i = j
    return out


def _resolve(tokens: list[tuple[str, int, int, str] | _Run]) -> None:
    """Decide each run's toggles; an opener never closed becomes text."""
    opened: dict[str, _Run] = {}
    for token in tokens:
        if not isinstance(token, _Run):
            continue
        for flag in _flags(token.length):
            if flag in opened and token.can_close:
                token.actions[flag] = "close"
                del opened[flag]
            elif flag not in opened and token.can_open:
                token.actions[flag] = "open"
                opened[flag] = token
            else:
                token.actions[flag] = "text"
    for flag, run in opened.items():
        run.actions[flag] = "text"


def layout(text: str) -> list[Piece]:
    """Every part of ``text`` in order: its words, its marks, its escapes,
    each with the setting it is shown in (for editors that format as you type)."""
    tokens = _tokens(text)
    _resolve(tokens)
    pieces: list[Piece] = []
    state = {"i": False, "b": False}
    for token in tokens:
        if not isinstance(token, _Run):
            kind, start, end, shown = token
            pieces.append(Piece(start, end, shown, kind, state["i"], state["b"]))
            continue
        if not token.actions:  # four or more stars: text
            pieces.append(Piece(token.start, token.start + token.length, "*" * token.length,
                                "text", state["i"], state["b"]))
            continue
        pos = token.start
        # closes first, then the stars left as text, then opens
        for wanted in ("close", "text", "open"):
            for flag in ("i", "b"):
                if token.actions.get(flag) != wanted:
                    continue
                width = 1 if flag == "i" else 2
                if wanted == "text":
                    pieces.append(Piece(pos, pos + width, "*" * width, "text",
                                        state["i"], state["b"]))
                else:
                    state[flag] = wanted == "open"
                    pieces.append(Piece(pos, pos + width, "", "mark", state["i"], state["b"]))
                pos += width
    return pieces


def parse(text: str) -> list[Span]:
    """``text`` as spans, neighbours with the same setting merged."""
    if "*" not in text:
        return [Span(text)] if text else []
    return _merged(Span(p.shown, p.italic, p.bold) for p in layout(text) if p.shown)


def plain(text: str) -> str:
    """``text`` without its marks and escapes: what a reader sees."""
    if "*" not in text:
        return text
    return "".join(p.shown for p in layout(text))


def has_formatting(text: str) -> bool:
    """Does ``text`` set anything in italics or bold?"""
    return "*" in text and any(s.italic or s.bold for s in parse(text))


def _merged(spans: Iterable[Span]) -> list[Span]:
    out: list[Span] = []
    for span in spans:
        if not span.text:
            continue
        if out and out[-1][1:] == span[1:]:
            out[-1] = Span(out[-1].text + span.text, span.italic, span.bold)
        else:
            out.append(span)
    return out


def normalised(spans: Iterable[Span]) -> list[Span]:
    """The spans :func:`render` writes: spaces at the edges of a set span
    are plain (a mark cannot open before a space), neighbours merged."""
    out: list[Span] = []
    for text, italic, bold in spans:
        if not (italic or bold):
            out.append(Span(text))
            continue
        words = text.strip()
        if not words:
            out.append(Span(text))
            continue
        start = text.index(words)
        out += [Span(text[:start]), Span(words, italic, bold), Span(text[start + len(words):])]
    return _merged(out)


def _literal(text: str, *, before_star: bool, escape_stars: bool) -> str:
    """Plain text as markup: backslashes before a star doubled, stars escaped."""
    if "\\" not in text and ("*" not in text or not escape_stars):
        return text
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        if text[i] == "\\":
            j = i
            while j < n and text[j] == "\\":
                j += 1
            at_star = text[j] == "*" if j < n else before_star
            out.append(text[i:j] * (2 if at_star else 1))
            i = j
        elif text[i] == "*":
            out.append("\\*" if escape_stars else "*")
            i += 1
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def _write(spans: list[Span], *, escape_stars: bool) -> str:
    out: list[str] = []
    italic = bold = False
    for k, (text, want_italic, want_bold) in enumerate(spans):
        marks = (ITALIC if want_italic != italic else "") + (BOLD if want_bold != bold else "")
        out.append(marks)
        italic, bold = want_italic, want_bold
        closing = (ITALIC if italic else "") + (BOLD if bold else "")
        star_after = k + 1 < len(spans) or bool(closing)
        out.append(_literal(text, before_star=star_after, escape_stars=escape_stars))
    out.append((ITALIC if italic else "") + (BOLD if bold else ""))
    return "".join(out)


def render(spans: Iterable[Span]) -> str:
    """Markup for ``spans``: literal stars escaped only where they would
    otherwise be read as marks. ``parse(render(s)) == normalised(s)``."""
    wanted = normalised(spans)
    bare = _write(wanted, escape_stars=False)
    if "*" not in bare or parse(bare) == wanted:
        return bare
    return _write(wanted, escape_stars=True)


def escape(text: str) -> str:
    """Plain ``text`` as markup that shows exactly it (stars kept literal)."""
    return render([Span(text)]) if text else ""


def toggled(text: str, start: int, end: int, mark: str) -> tuple[str, int, int]:
    """``text`` with ``mark`` (:data:`ITALIC` or :data:`BOLD`) put round
    ``text[start:end]``, or taken off when the selection is already wrapped
    in it (marks inside the selection or just outside it). Returns the new
    text and the selection's new bounds, still round the same words."""
    width = len(mark)
    inner = text[start:end]
    if (len(inner) >= 2 * width and inner.startswith(mark) and inner.endswith(mark)
            and _is_pair(text, start, end - width, mark)):
        return text[:start] + inner[width:-width] + text[end:], start, end - 2 * width
    if (start >= width and text[start - width:start] == mark and text[end:end + width] == mark
            and _is_pair(text, start - width, end, mark)):
        return text[:start - width] + inner + text[end + width:], start - width, end - width
    # the spaces at the edges stay outside the marks, where they can open and close
    left = len(inner) - len(inner.lstrip())
    right = len(inner) - len(inner.rstrip())
    words = inner.strip()
    if not words:
        return text, start, end
    a, b = start + left, end - right
    new = text[:a] + mark + words + mark + text[b:]
    return new, a, b + 2 * width


def _is_pair(text: str, open_at: int, close_at: int, mark: str) -> bool:
    """Do the marks at ``open_at`` and ``close_at`` open and close each other?"""
    italic = mark == ITALIC
    opened = False
    for piece in layout(text):
        if piece.kind != "mark" or (piece.end - piece.start) != len(mark):
            continue
        if not opened:
            opened = piece.start == open_at and (piece.italic if italic else piece.bold)
        else:
            return piece.start == close_at
    return False


__all__ = [
    "BOLD",
    "ITALIC",
    "Piece",
    "Span",
    "escape",
    "has_formatting",
    "layout",
    "normalised",
    "parse",
    "plain",
    "render",
    "toggled",
]
