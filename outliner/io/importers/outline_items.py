"""Outline items for the tree builder: list items, numbered paragraphs,
the thesis's place and Markdown subheadings.

:class:`OutlineItems` is the part of
:class:`~outliner.io.importers.build.OutlineBuilder` that reads an outline's
items: where each hangs (by indentation and mark, see
:class:`~outliner.io.importers.lists.OpenList`), which of them are paragraphs
("II." in a Roman outline, the items after a thesis that has no introduction
heading) and where a thesis goes, keeping the writer's order throughout.
"""

from __future__ import annotations

from outliner.core.essay import PARAGRAPH_KINDS, Meta, Node, NodeKind
from outliner.core.translatable import QT_TRANSLATE_NOOP, Filled
from outliner.io.importers.lines import ImportReport, Line, LineKind, OutlineMarks, roman_value
from outliner.io.importers.lists import OpenList, bullet_text, mark_value
from outliner.io.importers.prose import ends_sentence, only_cited_quotations, reads_as_conclusion

K = NodeKind


def _states_a_claim(text: str) -> bool:
    """A whole sentence of some length ("Although many believe ..., it is
    unjust."), not a heading's few words ("Introduction", "The storm")."""
    return len(text.split()) >= 6 and ends_sentence(text)




class OutlineItems:
    """List items and the thesis, for :class:`OutlineBuilder` (its state is
    declared here; the builder sets it up)."""

    lines: list[Line]
    report: ImportReport
    meta: Meta
    outline: list[Node]
    para: Node | None
    para_level: int
    stack: OpenList
    marks: OutlineMarks
    quote_mode: bool
    quote_waiting: bool
    pending_thesis: Node | None
    started: bool
    real_paragraphs: int
    intro: Node | None
    loose_thesis: Node | None
    thesis_intros: set[int]
    item_bodies: set[int]
    numbered_bodies: list[tuple[str, Node]]
    wrappers: set[int]
    explicit_thesis: bool

    # Placing nodes: the builder's.
    def _section(self) -> Node | None:
        raise NotImplementedError

    def _add(self, node: Node, parent: Node | None) -> Node:
        raise NotImplementedError

    def _add_paragraph(self, kind: NodeKind, text: str = "") -> Node:
        raise NotImplementedError

    def _content(self, text: str, parent: Node | None, *, quotes_wanted: bool) -> Node | None:
        raise NotImplementedError

    def _thesis_intro_for(self, kind: NodeKind, text: str) -> Node | None:
        """"Thesis: ..." then an "Introduction" heading: the thesis belongs in
        it, when nothing came between and that keeps the writer's order (the
        introduction made for a thesis item is that one, its heading's words
        a note after the thesis)."""
        if kind is not K.INTRO:
            return None
        loose = self.loose_thesis
        self.loose_thesis = None
        if loose is not None and self.outline and self.outline[-1] is loose and not text:
            self.outline.pop()
            holder = self._add(Node(K.INTRO), self._section())
            holder.children.append(loose)
            loose.parent = holder
            return holder
        intro = self.intro
        if intro is None or id(intro) not in self.thesis_intros:
            return None
        siblings = intro.parent.children if intro.parent is not None else self.outline
        if siblings[-1] is not intro or intro.parent is not self._section():
            return None
        self.thesis_intros.discard(id(intro))
        if text and not intro.text:
            intro.text = text  # its line: before its prose, as the writer typed them
            self.report.decide(QT_TRANSLATE_NOOP(
                "Import", "the introduction's heading came after the thesis: its words are "
                "the introduction's line"), intro)
        elif text:
            self._add(Node(K.NOTE, text), intro)
            self.report.decide(QT_TRANSLATE_NOOP(
                "Import", "the introduction's heading came after the thesis: its words are a "
                "note after it"), intro)
        return intro

    def _list_parent(self, line: Line, style: str) -> Node | None:
        """Close the list to where an item with this indent and mark belongs."""
        return self.stack.parent(line.indent, style, self.para, mark_value(line.marker, style))

    def _push(self, line: Line, style: str, node: Node) -> None:
        self.stack.push(line.indent, style, node, mark_value(line.marker, style))

    def _items_are_bodies(self) -> bool:
        """Is an item at the outline's margin here a body paragraph? It is
        after a thesis that has no introduction heading of its own."""
        para = self.para
        if para is None or id(para) in self.wrappers:  # after a thesis at the top
            return self.loose_thesis is not None
        return id(para) in self.thesis_intros or id(para) in self.item_bodies

    def _add_thesis(self, text: str, *, item: bool = False) -> Node:
        """Place a thesis (``item``: it was a list item, "I. Thesis: ...")."""
        self.stack.close_headings(1)  # it is the paragraph's, after what it follows
        para = self.para
        if para is not None and para.kind is K.INTRO:
            return self._add(Node(K.THESIS, text), para)
        if self.intro is None and para is not None and id(para) in self.wrappers:
            # Notes with no heading, then the thesis: they were the introduction.
            para.kind = K.INTRO
            self.wrappers.discard(id(para))
            self.intro = para
            self.thesis_intros.add(id(para))
            self.real_paragraphs += 1
            self.report.decide(QT_TRANSLATE_NOOP(
                "Import", "the lines before the thesis read as the introduction"), para)
            return self._add(Node(K.THESIS, text), para)
        if self.intro is None and para is None and not item and self.loose_thesis is None:
            # A "Thesis:" line at the top: it stays there (as the outline
            # exporters write an essay's thesis that has no introduction).
            self.loose_thesis = self._add(Node(K.THESIS, text), None)
            self.report.decide(QT_TRANSLATE_NOOP(
                "Import", "the thesis comes before any introduction: kept at the top"),
                self.loose_thesis)
            return self.loose_thesis
        if self.intro is None:
            intro = self._add_paragraph(K.INTRO)
            self.thesis_intros.add(id(intro))
            thesis = self._add(Node(K.THESIS, text), intro)
            self.report.decide(QT_TRANSLATE_NOOP("Import", "thesis placed in an introduction"),
                               thesis)
            return thesis
        thesis = self._add(Node(K.THESIS, text), self.intro)
        self.report.decide(QT_TRANSLATE_NOOP("Import", "thesis moved into the introduction"),
                           thesis)
        return thesis

    def _subheading(self, line: Line) -> bool:
        """"### Hook" under "## Introduction": a note of the paragraph (which
        holds no sections) that the lines below the heading belong to."""
        para = self.para
        if not (line.level and self.para_level and line.level > self.para_level
                and para is not None and para.kind in PARAGRAPH_KINDS):
            return False
        self.started = True
        self.quote_mode = False
        if line.text:
            note = self._add(Node(K.NOTE, line.text), self.stack.heading() or para)
            self.stack.open_heading(line.level, note)
        return True

    def _bullet(self, i: int) -> int:
        line = self.lines[i]
        style = self.marks.style(line)
        text, j = bullet_text(self.lines, i)
        if self.marks.numbers_paragraph(line):
            self.report.consume(line.labels)
            self._numbered_paragraph(line, text)
            return j
        self.started = True
        self.report.consume(line.labels)
        parent = self._list_parent(line, style)
        if self.pending_thesis is not None and not self.pending_thesis.text:
            self.pending_thesis.text = text
            self.pending_thesis = None
            return j
        self.quote_waiting = False
        if (not self.stack.items and not self.quote_mode and self._items_are_bodies()
                and not only_cited_quotations(text)):  # a quotation is no paragraph
            return self._item_body(line, style, text, j)
        node = self._content(text, parent, quotes_wanted=self.quote_mode)
        if node is not None:
            self._push(line, style, node)
        while (node is not None and j < len(self.lines) and self.lines[j].kind is LineKind.TEXT
               and only_cited_quotations(self.lines[j].content)):
            self._content(self.lines[j].content, node, quotes_wanted=False)
            j += 1
        return j

    def _numbered_paragraph(self, line: Line, text: str) -> None:
        """"I." opens the introduction, "II." ... the body paragraphs, and one
        opening "In conclusion" the conclusion. A sentence at "I." with no
        "Thesis:" in the draft is the thesis (as a sentence outline has it)."""
        first = (roman_value(line.marker.strip("().")) == 1 and self.real_paragraphs == 0
                 and self.loose_thesis is None)  # "Thesis:" then "I.": the first body
        if not first:
            kind = K.CONCLUSION if reads_as_conclusion(text) else K.BODY
            para = self._add_paragraph(kind, text)
            if kind is K.BODY:
                self.numbered_bodies.append((line.marker, para))
            return
        if self.explicit_thesis or not _states_a_claim(text):
            self._add_paragraph(K.INTRO, text)
            return
        intro = self._add_paragraph(K.INTRO)
        thesis = self._add(Node(K.THESIS, text), intro)
        self.report.decide(Filled("Import", QT_TRANSLATE_NOOP(
            "Import", "the sentence at {marker} read as the thesis"), marker=line.marker), thesis)

    def _item_body(self, line: Line, style: str, text: str, j: int) -> int:
        """A top-level item after the thesis: a body paragraph (its deeper
        items are its notes); one opening "In conclusion" is the conclusion."""
        kind = K.CONCLUSION if reads_as_conclusion(text) else K.BODY
        if not self.item_bodies:
            self.report.decide(QT_TRANSLATE_NOOP(
                "Import", "the items after the thesis read as body paragraphs"), self.para)
        body = self._add_paragraph(kind, text)
        self.item_bodies.add(id(body))
        self._push(line, style, body)
        while (j < len(self.lines) and self.lines[j].kind is LineKind.TEXT
               and only_cited_quotations(self.lines[j].content)):
            self._content(self.lines[j].content, body, quotes_wanted=False)
            j += 1
        return j

    def _report_numbered_bodies(self) -> None:
        if self.numbered_bodies:
            (first, node), (last, _) = self.numbered_bodies[0], self.numbered_bodies[-1]
            span = first if first == last else f"{first}–{last}"
            self.report.decide(Filled("Import", QT_TRANSLATE_NOOP(
                "Import", "{items} read as body paragraphs"), items=span), node)


__all__ = ["OutlineItems"]
