"""What "words" means everywhere the app counts them.

A node counts the words it puts in the essay as the essay reads:

- a paragraph with prose counts its prose, quotations written into it
  included (teachers count a quotation in the prose as prose); its notes are
  not counted, the prose stands in for them;
- a paragraph without prose is unwritten: it counts its notes (its line,
  what it holds, quotations with their pages), which is what the essay
  prints in its place until it is written;
- any other node counts its line (a quotation its words and page) and what
  it holds, by the same rules.

The tree's row, the editor, the status bar, the length check and the
command line all ask :func:`node_count`, so one node has one count.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from outliner.core.essay import KIND_LABELS, PARAGRAPH_KINDS, Essay, Node, NodeKind
from outliner.core.text import count_words


class Counter(Protocol):
    """Counts one node's own strings (a cache may answer: see WordTally)."""

    def prose(self, node: Node) -> int: ...

    def line(self, node: Node) -> int:
        """Words of the node's line and cite."""
        ...


class _Plain:
    def prose(self, node: Node) -> int:
        return count_words(node.prose)

    def line(self, node: Node) -> int:
        return count_words(node.text) + count_words(node.cite)


PLAIN: Counter = _Plain()


class Counted(StrEnum):
    """Which of a node's words a count is."""

    PROSE = "prose"  # a written paragraph's prose
    NOTES = "notes"  # an unwritten paragraph's notes
    OUTLINE = "outline"  # any other node's line and what it holds


def _plural(words: int) -> str:
    return f"{words:,} word{'' if words == 1 else 's'}"


@dataclass(frozen=True)
class WordCount:
    """One node's words and what they are."""

    words: int
    counted: Counted
    kind: NodeKind
    #: Inside a written paragraph: its prose stands in for these words, so
    #: the essay's count does not include them.
    replaced: bool = False

    def short(self) -> str:
        """"82 words of prose", "unwritten: 40 words of notes", "12 words" (a
        note under written prose: "12 words, not in the essay's count")."""
        if self.counted is Counted.PROSE:
            return f"{_plural(self.words)} of prose"
        if self.counted is Counted.NOTES:
            return f"unwritten: {_plural(self.words)} of notes"
        if self.replaced:
            return f"{_plural(self.words)}, not in the essay's count"
        return _plural(self.words)

    def explained(self) -> str:
        """What is counted, for a tooltip."""
        if self.counted is Counted.PROSE:
            text = (f"{_plural(self.words)}: the prose of this paragraph and the quotations "
                    "in it (its notes are not counted: the prose stands in for them)")
        elif self.counted is Counted.NOTES:
            text = (f"unwritten: {_plural(self.words)} of notes (its line, notes and "
                    "quotations, which the essay shows until the paragraph is written)")
        else:
            label = KIND_LABELS[self.kind].lower()
            text = f"{_plural(self.words)}: this {label} and what it holds"
        if self.replaced:
            text += "; not in the essay's count: the paragraph's prose stands in for its notes"
        return text


def _words_of(node: Node, count: Counter) -> int:
    total = 0
    stack = [node]
    while stack:
        current = stack.pop()
        if current.prose.strip():
            total += count.prose(current)
            continue  # the prose stands in for the notes under it
        total += count.line(current)
        stack.extend(current.children)
    return total


def node_count(node: Node, count: Counter = PLAIN) -> WordCount:
    """The words ``node`` puts in the essay, and what they are (see the module)."""
    if node.prose.strip():
        counted = Counted.PROSE
    elif node.kind in PARAGRAPH_KINDS:
        counted = Counted.NOTES
    else:
        counted = Counted.OUTLINE
    replaced = False
    up = node.parent
    while up is not None and not replaced:
        replaced = bool(up.prose.strip())
        up = up.parent
    return WordCount(_words_of(node, count), counted, node.kind, replaced)


def selection_words(nodes: Iterable[Node], count: Counter = PLAIN) -> int:
    """The words of these nodes, each counted once (pass the top-most ones)."""
    return sum(_words_of(node, count) for node in nodes)


def essay_words(essay: Essay, count: Counter = PLAIN) -> int:
    """The essay's words as it reads: its title, then every top-level node."""
    return count_words(essay.meta.title) + selection_words(essay.outline, count)


def selection_explained(count: int) -> str:
    """The status bar's tooltip over more than one node."""
    return (f"{_plural(count)}: each written paragraph's prose (quotations in it included), "
            "each unwritten one's notes, the line of anything else")


def essay_explained(count: int) -> str:
    """The essay's count, for a tooltip."""
    return (f"{_plural(count)} in the essay: its title, each written paragraph's prose "
            "(quotations in it included), each unwritten one's notes")
