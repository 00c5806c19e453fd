"""Bullet lists and runs of lines in a draft, for the builder.

Which open list item a new bullet hangs under (by indent and mark family),
a bullet's words, and a run of plain text lines as one paragraph or note per
line. Nothing here places
nodes in the essay: :mod:`outliner.io.importers.build` does that.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from outliner.core.essay import Node
from outliner.io.importers.lines import Line, roman_value


def style_key(style: str) -> str:
    """"1." and "1)" are one family of marks, "(1)" another; "-" and "*" differ."""
    return style.rstrip(".)") or style


#: Where each family of marks sits in a standard outline (I. > A. > 1. > a. >
#: (1) > (a) > i.); bullets have no rank of their own.
_RANKS = {"I": 0, "A": 1, "1": 2, "a": 3, "(1": 4, "(a": 5, "i": 6, "(A": 4, "(I": 4, "(i": 6}


def mark_rank(style: str) -> int | None:
    """The rank of a mark family in a standard outline (0 highest), or None."""
    return _RANKS.get(style_key(style))


def mark_value(marker: str, style: str) -> int | None:
    """The number a mark counts ("C." 3, "iv)" 4, "(12)" 12); None for bullets."""
    value = marker.strip("().")
    key = style_key(style).lstrip("(")
    if not value or key not in ("I", "i", "A", "a", "1"):
        return None
    if key == "1":
        return int(value) if value.isdigit() else None
    if key in ("I", "i"):
        return roman_value(value) or None
    return ord(value.lower()) - ord("a") + 1 if len(value) == 1 else None


@dataclass
class ListItem:
    """An open list item: its indent, its mark, what it counts and its node."""

    indent: int
    style: str
    node: Node
    value: int | None = None


@dataclass
class OpenList:
    """The bullet list being read, outermost open item first.

    Indentation says where an item goes when the draft has it; the marks
    decide the rest the way a standard outline does: a mark that continues
    an open item's count ("B." after "A.") is that item's sibling, a mark
    already open at the same indentation closes back to it, a higher-ranked
    mark ("A." under "1.") closes the lower ones, and a new kind of mark
    nests under the item above it.
    """

    items: list[ListItem] = field(default_factory=list)
    #: Markdown subheadings inside a paragraph ("### Hook" under "## Intro"),
    #: as (level, note): what follows them hangs under the innermost one.
    headings: list[tuple[int, Node]] = field(default_factory=list)

    def clear(self) -> None:
        """The list ended (prose, a quotation or a label came)."""
        self.items.clear()

    def reset(self) -> None:
        """A new paragraph or section: no list and no subheading is open."""
        self.items.clear()
        self.headings.clear()

    def open_heading(self, level: int, note: Node) -> None:
        """A subheading (made a note) that the lines below it belong to."""
        self.close_headings(level)
        self.items.clear()
        self.headings.append((level, note))

    def close_headings(self, level: int) -> None:
        """A heading of ``level`` ends the subheadings at that level or deeper."""
        while self.headings and self.headings[-1][0] >= level:
            self.headings.pop()

    def heading(self) -> Node | None:
        """The innermost open subheading's note, if any."""
        return self.headings[-1][1] if self.headings else None

    def push(self, indent: int, style: str, node: Node, value: int | None = None) -> None:
        """An item that later, deeper items may hang under."""
        self.items.append(ListItem(indent, style, node, value))

    def parent(self, indent: int, style: str, outside: Node | None,
               value: int | None = None) -> Node | None:
        """Close the items an item with this indent and mark ends, and return
        the node it belongs under (``outside`` when no item stays open)."""
        self._close(indent, style, value)
        return self.items[-1].node if self.items else (self.heading() or outside)

    def _close(self, indent: int, style: str, value: int | None) -> None:
        key = style_key(style)
        items = self.items
        popped: list[ListItem] = []
        while items and items[-1].indent > indent:  # indentation closes deeper items
            popped.append(items.pop())
        top = items[-1] if items else None
        if top is not None and style_key(top.style) == key and (
                top.indent == indent or (value is None and not popped
                                         and indent - top.indent == 1)):
            items.pop()  # the next item of the same list (a bullet one column off too)
            return
        if value is not None and value > 1:
            # "B." after "A." (or "3." after "2.") is its sibling, wherever a
            # sloppy indentation put it (the "A." indented nearest to it, when
            # "A." is open at two levels).
            stack = items + popped[::-1]
            found = [n for n, e in enumerate(stack)
                     if style_key(e.style) == key and e.value == value - 1]
            if found:
                n = min(found, key=lambda n: (abs(stack[n].indent - indent), -n))
                items[:] = stack[:n]  # its sibling: under what it hung under
                return
        same_level = [n for n, e in enumerate(items)
                      if e.indent == indent and style_key(e.style) == key]
        if same_level:  # a mark open further up at this indentation: back to it
            del items[same_level[-1]:]
            return
        if items and popped and items[-1].indent < indent and style_key(items[-1].style) == key:
            # Between two levels: the upper item's sibling if its mark is only
            # the upper one's, or its indentation is nearer the upper one.
            nearer_top = indent - items[-1].indent < popped[-1].indent - indent
            if nearer_top or not any(style_key(e.style) == key for e in popped):
                items.pop()
                return
        rank = mark_rank(style)
        if rank is None:
            return
        # "A." after "1." at the same indentation: the higher mark closes the lower.
        while items and items[-1].indent == indent:
            top_rank = mark_rank(items[-1].style)
            if top_rank is None or top_rank < rank:
                return
            items.pop()


def bullet_text(lines: list[Line], i: int) -> tuple[str, int]:
    """The words of the bullet at ``lines[i]`` and the index of the line after
    it (wrapped lines were joined before: see :mod:`~outliner.io.importers.unwrap`)."""
    return lines[i].text, i + 1


def text_chunks(run: list[Line]) -> list[tuple[int, str]]:
    """A run of text lines as (indent, text): each line is a paragraph or a
    note of its own (wrapped lines were joined before, and a Word draft's
    lines are its paragraphs)."""
    return [(line.indent, line.content) for line in run]


__all__ = [
    "ListItem", "OpenList", "bullet_text", "mark_rank", "mark_value", "style_key", "text_chunks",
]
