"""Word counts kept per node, so a recount after an edit counts only the
nodes whose text changed (the status bar counts after every pause in typing,
and counting every word of a 300,000-word essay takes tens of milliseconds).
What is counted is core/words.py's one definition; this only remembers."""

from __future__ import annotations

from outliner.core import words
from outliner.core.essay import Essay, Node
from outliner.core.text import count_words

# A node's counts with the strings they were taken from: (prose, its words)
# and (text, cite, their words). Kept apart: the essay's count needs only
# the prose of a paragraph that has some, only the outline of one without.
_Prose = tuple[str, int]
_Outline = tuple[str, str, int]


class WordTally:
    """core/words.py's counts (``essay_words``, ``node_count``,
    ``selection_words``) that remember each node's counts along with the
    strings they came from; a node is recounted only when one of its strings
    is no longer the one counted. (Entries are found by ``id(node)`` but
    trusted only when the strings match, so a reused id never gives a wrong
    count.)"""

    def __init__(self) -> None:
        self._prose: dict[int, _Prose] = {}
        self._outline: dict[int, _Outline] = {}
        self._title = ("", 0)

    # -- words.Counter: one node's own strings ---------------------------------

    def prose(self, node: Node) -> int:
        key, prose = id(node), node.prose
        entry = self._prose.get(key)
        if entry is None or entry[0] != prose:
            entry = self._prose[key] = (prose, count_words(prose))
        return entry[1]

    def line(self, node: Node) -> int:
        key, text, cite = id(node), node.text, node.cite
        entry = self._outline.get(key)
        if entry is None or entry[0] != text or entry[1] != cite:
            entry = self._outline[key] = (text, cite, count_words(text) + count_words(cite))
        return entry[2]

    # -- the counts ------------------------------------------------------------

    def node_count(self, node: Node) -> words.WordCount:
        """``words.node_count``, remembered."""
        return words.node_count(node, self)

    def selection_words(self, nodes: list[Node]) -> int:
        """``words.selection_words``, remembered."""
        return words.selection_words(nodes, self)

    def essay_words(self, essay: Essay) -> int:
        """``words.essay_words``, remembered; forgets nodes no longer counted
        (deleted ones among them). The walk is words.py's rule written out
        here: at 150,000 words a counter object per node cost 4x the time."""
        title = essay.meta.title
        if title != self._title[0]:
            self._title = (title, count_words(title))
        total = self._title[1]
        old_prose, old_outline = self._prose, self._outline
        prose: dict[int, _Prose] = {}
        outline: dict[int, _Outline] = {}
        stack = list(essay.outline)
        while stack:
            node = stack.pop()
            key = id(node)
            if node.prose.strip():
                text = node.prose
                entry = old_prose.get(key)
                if entry is None or entry[0] != text:
                    entry = (text, count_words(text))
                prose[key] = entry
                total += entry[1]
                continue  # the prose stands in for the notes under it
            line, cite = node.text, node.cite
            kept = old_outline.get(key)
            if kept is None or kept[0] != line or kept[1] != cite:
                kept = (line, cite, count_words(line) + count_words(cite))
            outline[key] = kept
            total += kept[2]
            stack.extend(node.children)
        self._prose, self._outline = prose, outline
        return total
