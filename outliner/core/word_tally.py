"""Word counts kept per node, so a recount after an edit counts only the
nodes whose text changed (the status bar counts after every pause in typing,
and counting every word of a 300,000-word essay takes tens of milliseconds)."""

from __future__ import annotations

from outliner.core.essay import Essay, Node
from outliner.core.text import count_words

# What a node's counts were taken from: its text, cite and prose, and their words.
_Entry = tuple[str, str, str, int, int, int]


class WordTally:
    """``essay_words`` and ``node_words`` that remember each node's counts
    along with the strings they came from; a node is recounted only when one
    of its strings is no longer the one counted."""

    def __init__(self) -> None:
        self._entries: dict[int, _Entry] = {}  # by id(node); checked against its strings
        self.title_words = 0
        self._title = ""

    def _entry(self, node: Node, fresh: dict[int, _Entry] | None = None) -> _Entry:
        key = id(node)
        entry = self._entries.get(key)
        text, cite, prose = node.text, node.cite, node.prose
        if entry is None or entry[0] != text or entry[1] != cite or entry[2] != prose:
            entry = (text, cite, prose, count_words(text), count_words(cite), count_words(prose))
            self._entries[key] = entry
        if fresh is not None:
            fresh[key] = entry
        return entry

    def node_words(self, node: Node) -> int:
        """Words ``node`` holds itself (text, cite and prose), as ``node_words``."""
        entry = self._entry(node)
        return entry[3] + entry[4] + entry[5]

    def essay_words(self, essay: Essay) -> int:
        """Words in the essay as it reads, as ``essay_words`` counts them."""
        title = essay.meta.title
        if title != self._title:
            self._title, self.title_words = title, count_words(title)
        total = self.title_words
        fresh: dict[int, _Entry] = {}  # only the nodes still in the essay are kept
        stack = list(essay.outline)
        while stack:
            node = stack.pop()
            entry = self._entry(node, fresh)
            if entry[2].strip():
                total += entry[5]
                continue  # the drafted prose replaces the notes under it
            total += entry[3] + entry[4]
            stack.extend(node.children)
        # Deleted nodes are forgotten (unvisited ones under prose are simply
        # recounted when asked for).
        self._entries = fresh
        return total
