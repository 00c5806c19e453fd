"""Drafts remembered from one build of the manuscript to the next.

The preview builds the manuscript after every pause in typing, and drafting
every paragraph without prose is the costly part of that (about a
millisecond a paragraph). A draft depends only on the paragraph's own
outline (kinds, texts and cites of its subtree), the thesis and the style,
so it is looked up by exactly those: an edit anywhere else reuses it, an
edit to the paragraph or the thesis drafts it afresh.
"""

from __future__ import annotations

from collections.abc import Callable

from outliner.core.essay import CitationStyle, Node

Drafter = Callable[[Node, CitationStyle, "Node | None"], str]
_Key = tuple[object, ...]


class DraftMemo:
    """Drafts of the last two builds; older ones are forgotten, so memory
    stays the size of the essay."""

    def __init__(self) -> None:
        self._current: dict[_Key, str] = {}
        self._previous: dict[_Key, str] = {}

    def next_build(self) -> None:
        """Start a build: drafts not used since the previous one are dropped."""
        self._previous, self._current = self._current, {}

    def draft(self, node: Node, style: CitationStyle, thesis: Node | None,
              drafter: Drafter) -> str:
        """``drafter(node, style, thesis)``, remembered."""
        key = _key(node, style, thesis)
        text = self._current.get(key)
        if text is None:
            text = self._previous.get(key)
            if text is None:
                text = drafter(node, style, thesis)
            self._current[key] = text
        return text


def _key(node: Node, style: CitationStyle, thesis: Node | None) -> _Key:
    # (a top-level thesis goes into an introduction that holds none, so where it sits counts)
    thesis_key = None if thesis is None else (thesis.text, thesis.parent is None)
    outline: list[tuple[int, str, str, str]] = []
    stack = [(node, 0)]
    while stack:
        item, depth = stack.pop()
        outline.append((depth, item.kind.value, item.text, item.cite))
        stack.extend((child, depth + 1) for child in reversed(item.children))
    return (style, thesis_key, tuple(outline))
