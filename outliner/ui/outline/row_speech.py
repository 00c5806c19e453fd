"""What a screen reader says of an outline row: its accessible text and
description ("Quotation, page 258: “…”"; "Body paragraph 2, drafted,
120 words, 3 quotations").

The words are the window's: the kind labels in the window's language, the
editor's "Body paragraph N" (core/names.py), the row's word count
(core/words.py: "drafted" prose, or "unwritten" with the words of its
notes). The model asks for them only when an assistive tool reads a row, so
nothing here runs while the tree is painted or rows move.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from outliner.core.essay import PARAGRAPH_KINDS, Essay, Node, NodeKind
from outliner.core.inline import plain
from outliner.core.names import body_number
from outliner.core.words import Counted, node_count
from outliner.ui.translations import kind_label

K = NodeKind

#: The longest line a row's accessible text reads in full (as the tooltip).
SPOKEN_CHARS = 400


def _counted(shown: str, count: int) -> str:
    """``shown`` with an untranslated "(s)" resolved as English does, where
    no catalogue gave the plural forms (a window without translators)."""
    return shown.replace("(s)", "" if count == 1 else "s")


def _clipped(text: str) -> str:
    line = " ".join(plain(text).split())
    return line if len(line) <= SPOKEN_CHARS else line[:SPOKEN_CHARS].rstrip() + "…"


def _paragraph_above(node: Node) -> Node | None:
    """The paragraph (or section) a node sits in, nearest first."""
    up = node.parent
    while up is not None and up.kind not in PARAGRAPH_KINDS and up.kind is not K.SECTION:
        up = up.parent
    return up


class RowSpeech(QObject):
    """Builds a row's accessible text and description from its core node."""

    def title(self, essay: Essay, node: Node) -> str:
        """"Body paragraph 2" as the editor's heading says it; the kind's label
        for any other node."""
        if node.kind is not K.BODY or node not in essay:
            return kind_label(node.kind)
        number = body_number(essay, node)
        return self.tr("{kind} {number}").format(kind=kind_label(K.BODY), number=number)

    def text(self, essay: Essay, node: Node) -> str:
        """The row's accessible text: what it is, then its line."""
        title = self.title(essay, node)
        line = _clipped(node.text)
        if node.kind is K.QUOTE:
            cite = " ".join(node.cite.split())
            if not line:
                return (self.tr("{kind}, page {page}, empty").format(kind=title, page=cite)
                        if cite else self.tr("{kind}, no page, empty").format(kind=title))
            if cite:
                return self.tr("{kind}, page {page}: “{text}”").format(
                    kind=title, page=cite, text=line)
            return self.tr("{kind}, no page: “{text}”").format(kind=title, text=line)
        if not line:
            return self.tr("{kind}, empty").format(kind=title)
        return self.tr("{kind}: {text}").format(kind=title, text=line)

    def description(self, essay: Essay, node: Node) -> str:
        """The row's state: drafted or not, words, what it holds, where it sits."""
        parts = [self.title(essay, node)]
        if node.kind in PARAGRAPH_KINDS:
            parts.extend(self._paragraph_state(node))
        elif node.kind is K.QUOTE and not node.cite.strip():
            parts.append(self.tr("no page yet"))
        elif node.kind is K.SECTION:
            paragraphs = sum(1 for each in node.walk() if each.kind in PARAGRAPH_KINDS)
            parts.append(_counted(self.tr("%n paragraph(s)", "", paragraphs), paragraphs))
        above = _paragraph_above(node)
        if above is not None:
            place = (self.tr("in section “{heading}”").format(heading=_clipped(above.text))
                     if above.kind is K.SECTION else
                     self.tr("in {paragraph}").format(paragraph=self.title(essay, above)))
            parts.append(place)
        return ", ".join(parts)

    def _paragraph_state(self, node: Node) -> list[str]:
        # The row's own count: prose once drafted, else the notes the essay
        # prints in its place.
        count = node_count(node)
        words = count.words
        if count.counted is Counted.PROSE:
            parts = [self.tr("drafted"), _counted(self.tr("%n word(s)", "", words), words)]
        else:
            parts = [self.tr("unwritten"),
                     _counted(self.tr("%n word(s) of notes", "", words), words)]
        target = node.target
        if target:
            parts.append(_counted(self.tr("target %n word(s)", "", target), target))
        held = [each.kind for each in node.walk() if each is not node]
        quotations, notes = held.count(K.QUOTE), held.count(K.NOTE)
        if quotations:
            parts.append(_counted(self.tr("%n quotation(s)", "", quotations), quotations))
        if notes:
            parts.append(_counted(self.tr("%n note(s)", "", notes), notes))
        return parts


__all__ = ["SPOKEN_CHARS", "RowSpeech"]
