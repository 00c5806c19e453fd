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
        (deleted ones among them)."""
        title = essay.meta.title
        if title != self._title[0]:
            self._title = (title, count_words(title))
        old_prose, old_outline = self._prose, self._outline
        self._prose, self._outline = {}, {}
        # Entries move over from the old caches as the count visits their nodes.
        keep = _Carry(old_prose, old_outline, self)
        return self._title[1] + words.selection_words(essay.outline, keep)


class _Carry:
    """A counter that takes a node's entry from the last count when it still holds."""

    def __init__(self, prose: dict[int, _Prose], outline: dict[int, _Outline],
                 tally: WordTally) -> None:
        self._old_prose, self._old_outline, self._tally = prose, outline, tally

    def prose(self, node: Node) -> int:
        entry = self._old_prose.get(id(node))
        if entry is not None and entry[0] == node.prose:
            self._tally._prose[id(node)] = entry
            return entry[1]
        return self._tally.prose(node)

    def line(self, node: Node) -> int:
        entry = self._old_outline.get(id(node))
        if entry is not None and entry[0] == node.text and entry[1] == node.cite:
            self._tally._outline[id(node)] = entry
            return entry[2]
        return self._tally.line(node)
