"""Word counts kept per node, so a recount after an edit counts only the
nodes whose text changed (the status bar counts after every pause in typing,
and counting every word of a 300,000-word essay takes tens of milliseconds)."""

from __future__ import annotations

from outliner.core.essay import Essay, Node
from outliner.core.text import count_words

# A node's counts with the strings they were taken from: (prose, its words)
# and (text, cite, their words). Kept apart: the essay's count needs only
# the prose of a paragraph that has some, only the outline of one without.
_Prose = tuple[str, int]
_Outline = tuple[str, str, int]


class WordTally:
    """``essay_words`` and ``node_words`` that remember each node's counts
    along with the strings they came from; a node is recounted only when one
    of its strings is no longer the one counted. (Entries are found by
    ``id(node)`` but trusted only when the strings match, so a reused id
    never gives a wrong count.)"""

    def __init__(self) -> None:
        self._prose: dict[int, _Prose] = {}
        self._outline: dict[int, _Outline] = {}
        self._title = ("", 0)

    def _prose_words(self, node: Node, keep: dict[int, _Prose]) -> int:
        key, prose = id(node), node.prose
        entry = self._prose.get(key)
        if entry is None or entry[0] != prose:
            entry = (prose, count_words(prose))
        keep[key] = entry
        return entry[1]

    def _outline_words(self, node: Node, keep: dict[int, _Outline]) -> int:
        key, text, cite = id(node), node.text, node.cite
        entry = self._outline.get(key)
        if entry is None or entry[0] != text or entry[1] != cite:
            entry = (text, cite, count_words(text) + count_words(cite))
        keep[key] = entry
        return entry[2]

    def node_words(self, node: Node) -> int:
        """Words ``node`` holds itself (text, cite and prose), as ``node_words``."""
        return self._outline_words(node, self._outline) + self._prose_words(node, self._prose)

    def essay_words(self, essay: Essay) -> int:
        """Words in the essay as it reads, as ``essay_words`` counts them."""
        title = essay.meta.title
        if title != self._title[0]:
            self._title = (title, count_words(title))
        total = self._title[1]
        # Only the nodes this count visits are kept: deleted ones are forgotten.
        prose: dict[int, _Prose] = {}
        outline: dict[int, _Outline] = {}
        stack = list(essay.outline)
        while stack:
            node = stack.pop()
            if node.prose.strip():
                total += self._prose_words(node, prose)
                continue  # the drafted prose replaces the notes under it
            total += self._outline_words(node, outline)
            stack.extend(node.children)
        self._prose, self._outline = prose, outline
        return total
