"""Drafts, and their typesetting, remembered from one build of the
manuscript to the next.

The preview builds the manuscript after every pause in typing, and drafting
every paragraph without prose is the costly part of that (about a
millisecond a paragraph), typesetting it the next. A draft depends only on
the paragraph's own outline (kinds, texts and cites of its subtree), the
thesis and the style, so it is looked up by exactly those: an edit anywhere
else reuses it, an edit to the paragraph or the thesis drafts it afresh.
Typeset lines are looked up by the text they typeset.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TypeVar, cast

from outliner.core.essay import CitationStyle, Node

T = TypeVar("T")
Drafter = Callable[[Node, CitationStyle, "Node | None"], str]


class DraftMemo:
    """What the last two builds made; older entries are forgotten, so memory
    stays the size of the essay."""

    def __init__(self) -> None:
        self._current: dict[Hashable, object] = {}
        self._previous: dict[Hashable, object] = {}

    def next_build(self) -> None:
        """Start a build: entries not used since the previous one are dropped."""
        self._previous, self._current = self._current, {}

    def remember(self, key: Hashable, make: Callable[[], T]) -> T:
        """``make()``, or what it gave for ``key`` in this build or the last."""
        if key in self._current:
            return cast(T, self._current[key])
        value = self._previous[key] if key in self._previous else make()
        self._current[key] = value
        return cast(T, value)

    def draft(self, node: Node, style: CitationStyle, thesis: Node | None,
              drafter: Drafter) -> str:
        """``drafter(node, style, thesis)``, remembered."""
        key = ("draft", style, _thesis_key(thesis), _outline_key(node))
        return self.remember(key, lambda: drafter(node, style, thesis))


def _thesis_key(thesis: Node | None) -> tuple[str, bool] | None:
    # (a top-level thesis goes into an introduction that holds none, so where it sits counts)
    return None if thesis is None else (thesis.text, thesis.parent is None)


def _outline_key(node: Node) -> tuple[tuple[int, str, str, str], ...]:
    outline: list[tuple[int, str, str, str]] = []
    stack = [(node, 0)]
    while stack:
        item, depth = stack.pop()
        outline.append((depth, item.kind.value, item.text, item.cite))
        stack.extend((child, depth + 1) for child in reversed(item.children))
    return tuple(outline)
