"""Small text helpers shared by every layer."""

from __future__ import annotations

import re

from outliner.core.inline import plain

_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*", re.UNICODE)


def quotation_line(text: str, cite: str = "") -> str:
    """A quotation as an outline shows it: “text” (cite), or “text” alone."""
    cite = cite.strip()
    return f"“{text}” ({cite})" if cite else f"“{text}”"


def collapse_spaces(text: str) -> str:
    """``text`` with each run of white space made one space and none at the
    ends: ``" ".join(text.split())``, without splitting a line that is
    already so (a printable line, single spaces, none at either end: the
    usual case, several times quicker to check than to split and join)."""
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text  # isprintable() is False for every white space but " "
    return " ".join(text.split())


def count_words(text: str) -> int:
    """Words as a reader counts them: "it's" and "well-known" are one each;
    inline marks are not words and do not split one ("un*believ*able")."""
    return len(_WORD.findall(plain(text)))


def shorten(text: str, limit: int) -> str:
    """``text`` on one line, cut to at most ``limit`` characters at a word
    boundary with "…" after it: never half a word. A first word longer than
    the limit is kept whole (a word is never cut)."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[:limit].rsplit(" ", 1)[0] if flat[limit] != " " else flat[:limit]
    if not cut or " " not in flat[:limit + 1]:
        cut = flat.split(" ", 1)[0]
    return (cut.rstrip(" ,;:–—-") or cut) + "…"


def quoted_short(text: str, limit: int) -> str:
    """A quotation or note named in a report: “the writer's words”, shortened
    by ``shorten``, the ellipsis outside the closing mark (it is not theirs)."""
    short = shorten(text, limit)
    if short.endswith("…") and short != " ".join(text.split()):
        return f"“{short[:-1]}”…"
    return f"“{short}”"
