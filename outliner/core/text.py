"""Small text helpers shared by every layer."""

from __future__ import annotations

import re

from outliner.core.inline import plain

_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*", re.UNICODE)


def quotation_line(text: str, cite: str = "") -> str:
    """A quotation as an outline shows it: “text” (cite), or “text” alone."""
    cite = cite.strip()
    return f"“{text}” ({cite})" if cite else f"“{text}”"


def count_words(text: str) -> int:
    """Words as a reader counts them: "it's" and "well-known" are one each;
    inline marks are not words and do not split one ("un*believ*able")."""
    return len(_WORD.findall(plain(text)))
