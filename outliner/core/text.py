"""Small text helpers shared by every layer."""

from __future__ import annotations

import re

from outliner.core.essay import Essay, Node
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


def node_words(node: Node) -> int:
    """Words a node holds itself (text, cite and prose), not its children."""
    return count_words(node.text) + count_words(node.cite) + count_words(node.prose)


def essay_words(essay: Essay) -> int:
    """Words in the essay as it would read: a paragraph's prose where it has
    some, else its outline."""
    total = count_words(essay.meta.title)
    stack = list(essay.outline)
    while stack:
        node = stack.pop()
        if node.prose.strip():
            total += count_words(node.prose)
            continue  # the drafted prose replaces the notes under it
        total += count_words(node.text) + count_words(node.cite)
        stack.extend(node.children)
    return total
