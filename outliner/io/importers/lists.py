"""Bullet lists and runs of lines in a draft, for the builder.

Which open list item a new bullet hangs under (by indent and mark family),
a bullet's words, and a run of plain text lines as one paragraph or note per
line. Nothing here places
nodes in the essay: :mod:`outliner.io.importers.build` does that.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from outliner.core.essay import Node
from outliner.io.importers.lines import Line


def style_key(style: str) -> str:
    """"1." and "1)" and "(1)" are one family of marks; "-" and "*" are not."""
    return style.strip("().") or style


@dataclass
class ListItem:
    """An open list item: its indent, its mark as typed and the node it made."""

    indent: int
    style: str
    node: Node


@dataclass
class OpenList:
    """The bullet list being read, outermost open item first."""

    items: list[ListItem] = field(default_factory=list)

    def clear(self) -> None:
        """The list ended (a paragraph, heading or prose came)."""
        self.items.clear()

    def push(self, indent: int, style: str, node: Node) -> None:
        """An item that later, deeper items may hang under."""
        self.items.append(ListItem(indent, style, node))

    def parent(self, indent: int, style: str, outside: Node | None) -> Node | None:
        """Close the items an item with this indent and mark ends, and return
        the node it belongs under (``outside`` when no item stays open)."""
        key = style_key(style)
        items = self.items
        while items:
            top = items[-1]
            if top.indent > indent:
                items.pop()
                continue
            if top.indent == indent:
                if style_key(top.style) == key:
                    items.pop()
                    break
                if any(e.indent == indent and style_key(e.style) == key for e in items):
                    items.pop()
                    continue
            break
        return items[-1].node if items else outside


def bullet_text(lines: list[Line], i: int) -> tuple[str, int]:
    """The words of the bullet at ``lines[i]`` and the index of the line after
    it (wrapped lines were joined before: see :mod:`~outliner.io.importers.unwrap`)."""
    return lines[i].text, i + 1


def text_chunks(run: list[Line]) -> list[tuple[int, str]]:
    """A run of text lines as (indent, text): each line is a paragraph or a
    note of its own (wrapped lines were joined before, and a Word draft's
    lines are its paragraphs)."""
    return [(line.indent, line.content) for line in run]


__all__ = ["ListItem", "OpenList", "bullet_text", "style_key", "text_chunks"]
