"""Bullet lists and runs of lines in a draft, for the builder.

Which open list item a new bullet hangs under (by indent and mark family),
which lines below a bullet are more of its words, and how a run of plain
text lines splits into paragraphs or one note per line. Nothing here places
nodes in the essay: :mod:`outliner.io.importers.build` does that.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from outliner.core.essay import Node
from outliner.io.importers.lines import Line, LineKind
from outliner.io.importers.prose import (
    LONG_LINE,
    WRAPPED_LINE,
    ends_sentence,
    join_lines,
    only_cited_quotations,
)


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
    """The words of the bullet at ``lines[i]`` with its wrapped lines joined,
    and the index of the first line after them."""
    line = lines[i]
    pieces = [line.text]
    j = i + 1
    while j < len(lines) and lines[j].kind is LineKind.TEXT:
        following = lines[j]
        if only_cited_quotations(following.content):
            break  # a quotation under the bullet, not more of its words
        if following.indent <= line.indent and len(following.content) > LONG_LINE:
            break  # a paragraph written right after the notes, not a wrapped line
        pieces.append(following.content)
        j += 1
    return join_lines(pieces), j


def text_chunks(run: list[Line]) -> list[tuple[int, str]]:
    """Split a run of text lines into (indent, text) paragraphs or single lines."""
    groups: list[list[Line]] = []
    current: list[Line] = []
    for line in run:
        current.append(line)
        if len(line.content) > LONG_LINE and ends_sentence(line.content):
            groups.append(current)
            current = []
    if current:
        groups.append(current)
    chunks: list[tuple[int, str]] = []
    for group in groups:
        if len(group) == 1 or all(len(ln.content) >= WRAPPED_LINE for ln in group[:-1]):
            chunks.append((group[0].indent, join_lines([ln.content for ln in group])))
        else:  # short lines: each is its own note
            chunks.extend((ln.indent, ln.content) for ln in group)
    return chunks


__all__ = ["ListItem", "OpenList", "bullet_text", "style_key", "text_chunks"]
