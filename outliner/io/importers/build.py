"""Build an essay tree from the classified lines of a draft.

The builder walks the lines once, keeping track of the paragraph (or
section) it is filling and of the open bullet list, and hangs every node
where :mod:`outliner.core.rules` allows it: a node that cannot sit where it
would naturally go moves up to the nearest ancestor that may hold it, or gets
a paragraph made for it. Nothing typed is dropped: text that fits no pattern
becomes a note or prose, and only the structural labels recorded in the
:class:`ImportReport` disappear.
"""

from __future__ import annotations

import re

from outliner.core.essay import PARAGRAPH_KINDS, Essay, Meta, Node, NodeKind, Source
from outliner.core.quotations import (
    block_quotation,
    cited_quotations,
    find_quotations,
    outside_quotations,
    tidy_quotations,
)
from outliner.core.rules import MAX_DEPTH, can_contain
from outliner.io.importers.inline_labels import InlineLabels, take_inline_labels
from outliner.io.importers.lines import (
    HEADING_ROLES,
    META_ROLES,
    ImportReport,
    Line,
    LineKind,
    LineRole,
    OutlineMarks,
)
from outliner.io.importers.lists import OpenList, text_chunks
from outliner.io.importers.outline_items import OutlineItems
from outliner.io.importers.preface import Prefaces
from outliner.io.importers.prose import (
    LONG_LINE,
    ends_sentence,
    has_words,
    is_prose,
    join_lines,
    mla_heading,
    only_cited_quotations,
    split_sentences,
    works_cited,
)
from outliner.io.importers.roles import find_conclusion, report_roles

K = NodeKind

#: Words that only join two quotations on a "Quote:" line ("“…” (3) and “…” (4)").
_JOINERS = frozenset({"and", "or", "also", "plus", "then", "&"})


def _flat(text: str) -> str:
    """Text with its whitespace runs made single spaces."""
    return " ".join(text.split())


class OutlineBuilder(OutlineItems):
    """Turns classified lines into an :class:`Essay` (use :func:`build_essay`)."""

    def __init__(self, lines: list[Line], report: ImportReport) -> None:
        self.lines = lines
        self.report = report
        self.meta = Meta()
        self.sources: list[Source] = []
        self.outline: list[Node] = []
        self.para: Node | None = None  # the paragraph or section being filled
        self.sections: list[tuple[int, Node]] = []  # open Markdown sections
        self.stack = OpenList()  # the bullet list being read
        self.quote_mode = False  # after "Quote:", quotations become quote nodes
        self.quote_parent: Node | None = None  # where those quote nodes go
        self.quote_waiting = False  # a bare "Quote:" line whose quotations are to come
        self.pending_thesis: Node | None = None  # "Thesis:" with its text below
        self.para_level = 0  # the Markdown heading level that opened self.para
        self.started = False  # content seen: header lines are no longer meta
        self.real_paragraphs = 0  # paragraphs from headings or prose
        self.auto_paragraphs: set[int] = set()  # ids of paragraphs made from bare prose
        self.intro: Node | None = None  # the first introduction
        self.loose_thesis: Node | None = None  # a "Thesis:" at the top, no introduction
        # Introductions made to hold a thesis met before any (their later
        # top-level items are body paragraphs), and bodies made from items.
        self.thesis_intros: set[int] = set()
        self.item_bodies: set[int] = set()
        self.numbered_bodies: list[tuple[str, Node]] = []  # "II." ... read as bodies
        self.wrappers: set[int] = set()  # ids of paragraphs made to hold orphans
        # Paragraph headings whose text reads as prose: it is the paragraph
        # itself unless prose or notes follow (then it is the topic sentence).
        self.written_headings: list[Node] = []
        self.explicit_thesis = any(
            line.role is LineRole.THESIS and line.kind is LineKind.LABEL for line in lines
        )
        self.marks = OutlineMarks(lines)
        self.prefaces = Prefaces()  # a teacher's preface or the prompt, kept as notes
        self.auto_theses: list[Node] = []  # theses taken from an introduction's last sentence

    # -- placing nodes ----------------------------------------------------

    def _section(self) -> Node | None:
        return self.sections[-1][1] if self.sections else None

    def _add(self, node: Node, parent: Node | None) -> Node:
        """Hang ``node`` under ``parent`` or the nearest ancestor allowed to hold it
        (bullets nested past the outline's depth limit stay at the deepest level)."""
        target = parent
        while target is not None and (
            not can_contain(target.kind, node.kind) or target.depth() + 1 >= MAX_DEPTH
        ):
            target = target.parent
        if target is None and not can_contain(None, node.kind):
            target = self._wrapper()
        if target is None:
            self.outline.append(node)
        else:
            target.children.append(node)
            node.parent = target
        return node

    def _wrapper(self) -> Node:
        """A home for notes or quotes that come before any paragraph."""
        section = self._section()
        if section is not None:
            return section
        wrapper = Node(K.BODY)
        self.outline.append(wrapper)
        self.wrappers.add(id(wrapper))
        self.para = wrapper
        return wrapper

    def _add_paragraph(self, kind: NodeKind, text: str = "") -> Node:
        reused = self._thesis_intro_for(kind, text)
        node = reused or self._add(Node(kind, text), self._section())
        if kind is K.INTRO and self.intro is None:
            self.intro = node
        self.para = node
        self.para_level = 0
        self.stack.reset()
        self.pending_thesis = None  # "Thesis:" then a new paragraph: its text never came
        self.quote_mode = False
        self.real_paragraphs += 1
        self.started = True
        return node

    def _content(self, text: str, parent: Node | None, *, quotes_wanted: bool) -> Node | None:
        """A note, or quote nodes when the text is only quotations with cites.

        With ``quotes_wanted`` (after a "Quote:" label) every quotation is a
        quote node; a line with other words too stays a note that holds them.
        """
        text = tidy_quotations(text)
        found = find_quotations(text) if quotes_wanted else cited_quotations(text)
        if not found:
            return self._add(Node(K.NOTE, text), parent) if text else None
        leftover = outside_quotations(text, found)
        words = [w for w in re.split(r"\s+", leftover) if has_words(w)]
        if words and not (quotes_wanted and all(w.lower() in _JOINERS for w in words)):
            note = self._add(Node(K.NOTE, text), parent)
            if quotes_wanted:  # keep the sentence whole; its quotations go under it
                for quote in found:
                    self._add(Node(K.QUOTE, quote.text, cite=quote.cite), note)
            return note
        if words:
            self.report.consume(words)
        last: Node | None = None
        for quote in found:
            last = self._add(Node(K.QUOTE, quote.text, cite=quote.cite), parent)
        return last

    def _has_thesis(self) -> bool:
        return any(node.kind is K.THESIS for node in self._all_nodes())

    def _all_nodes(self) -> list[Node]:
        return [n for top in self.outline for n in top.walk()]

    # -- the walk ---------------------------------------------------------

    def build(self) -> Essay:
        """Read every line and return the essay."""
        i = self._mla_heading()
        while i < len(self.lines):
            line = self.lines[i]
            if line.kind is LineKind.BLANK:
                # "Quote:" then a blank line: the quotations are still to come.
                self.quote_mode = self.quote_mode and self.quote_waiting
                i += 1
            elif line.kind is LineKind.RULE:
                i += 1
            elif line.kind in (LineKind.HEADING, LineKind.LABEL):
                i = self._heading_or_label(i)
            elif line.kind is LineKind.BULLET:
                i = self._bullet(i)
            elif line.kind is LineKind.BLOCKQUOTE:
                i = self._blockquote(i)
            else:
                i = self._text_run(i)
            self.marks.seen(line)
        self._settle_written_headings()
        self._report_numbered_bodies()
        self.prefaces.place(self.outline, self.wrappers, self.report)
        paragraphs = [n for n in self._all_nodes()
                      if n.kind in PARAGRAPH_KINDS and id(n) not in self.wrappers]
        conclusion, found = find_conclusion(paragraphs, self.auto_paragraphs)
        report_roles(self.report, paragraphs, self.auto_theses, conclusion, found=found)
        return Essay(meta=self.meta, sources=self.sources, outline=self.outline)

    def _settle_written_headings(self) -> None:
        for para in self.written_headings:
            if para.prose or para.children:  # an outline under it: the text is its claim
                continue
            text, para.text = para.text, ""
            self.para = para
            self._prose(text)

    def _mla_heading(self) -> int:
        """Four short lines (name, teacher, course, date) at the very top."""
        found = mla_heading(self.lines)
        if found is None:
            return 0
        values, after = found
        self.meta.author, self.meta.instructor, self.meta.course, self.meta.date = values
        return after

    def _heading_or_label(self, i: int) -> int:
        line = self.lines[i]
        role = line.role
        if line.level:
            self.stack.close_headings(line.level)
        if role in META_ROLES:
            return self._meta_line(i)
        if role is LineRole.TOPIC:
            return self._topic_line(i)
        self.report.consume(line.labels)
        if role in HEADING_ROLES:  # a bare "Thesis:" before a heading stays empty
            self.pending_thesis = None
        if role is LineRole.SOURCES:
            return self._sources(i)
        if role in HEADING_ROLES:
            if role is LineRole.SECTION and self._subheading(line):
                return i + 1
            if line.level or role is LineRole.SECTION:  # "Section:" in plain text: a top one
                self._close_sections(line.level or 1)
            if role is LineRole.SECTION:
                self._section_heading(line)
            else:
                kind = {LineRole.INTRO: K.INTRO, LineRole.BODY: K.BODY}.get(role, K.CONCLUSION)
                para = self._add_paragraph(kind, line.text)
                self.para_level = line.level
                if is_prose(line.text):  # "Intro: In the novel ... . ... ." may be written out
                    self.written_headings.append(para)
            return i + 1
        if role is LineRole.THESIS:
            i += 1  # a thesis wrapped over lines was joined before (importers.unwrap)
            thesis = self._add_thesis(line.text, item=bool(line.marker))
            self.pending_thesis = None if line.text else thesis
            if line.marker:
                style = self.marks.style(line)
                self._list_parent(line, style)
                self._push(line, style, thesis)
            else:  # a thesis line at the margin ends the list above it
                self.stack.clear()
            self.started = True
            return i
        # LineRole.QUOTES: the quotations follow on this line or the next ones.
        self.started = True
        self.quote_mode = True
        parent = self._list_parent(line, line.style) if line.marker else self.para
        if not line.marker:
            self.stack.clear()
        self.quote_parent = parent
        self.quote_waiting = not line.text
        if line.text:
            self._content(line.text, parent, quotes_wanted=True)
        return i + 1

    def _meta_line(self, i: int) -> int:
        line = self.lines[i]
        name = line.role.value if line.role else ""
        plain = not line.marker or line.level > 0
        short = len(line.text) <= (200 if line.role is LineRole.TITLE else 80)
        allowed = plain and short and (line.role is LineRole.TITLE or not self.started)
        if allowed and not getattr(self.meta, name):
            self.report.consume(line.labels)
            setattr(self.meta, name, line.text)
            return i + 1
        return self._as_plain(i)

    def _topic_line(self, i: int) -> int:
        """"Topic sentence: ..." gives an untitled paragraph its line."""
        line, para = self.lines[i], self.para
        if (line.text and not line.marker and (para is None or id(para) in self.auto_paragraphs)
                and (i == 0 or self.lines[i - 1].kind is LineKind.BLANK)):
            para = self._add_paragraph(K.BODY)  # after prose: a paragraph of its own starts
        if (para is None or para.kind not in PARAGRAPH_KINDS or para.text or not line.text
                or id(para) in self.wrappers or para.children):  # its line comes first
            return self._as_plain(i)
        self.report.consume(line.labels)
        para.text = line.text
        self.started = True
        return i + 1

    def _as_plain(self, i: int) -> int:
        """Read a line whose label turned out not to be one as ordinary text."""
        line = self.lines[i]
        line.kind, line.text, line.labels, line.role = LineKind.TEXT, line.content, [], None
        if line.level:
            line.kind, line.role, line.labels = LineKind.HEADING, LineRole.SECTION, [line.marker]
            return self._heading_or_label(i)
        if line.marker:
            line.kind, line.labels = LineKind.BULLET, [line.marker]
            line.text = line.content[len(line.marker):].strip()
            return self._bullet(i)
        return self._text_run(i)

    def _close_sections(self, level: int) -> None:
        while self.sections and self.sections[-1][0] >= level:
            self.sections.pop()

    def _section_heading(self, line: Line) -> None:
        if line.level == 1 and not self.started and not self.meta.title and line.text:
            self.meta.title = line.text  # a Markdown document's first "# " is its title
            return
        parent = self._section()
        section = self._add(Node(K.SECTION, line.text), parent)
        self.sections.append((line.level or 1, section))
        self.para = section
        self.stack.reset()
        self.quote_mode = False
        self.started = True

    def _blockquote(self, i: int) -> int:
        pieces: list[str] = []
        j = i
        while j < len(self.lines) and self.lines[j].kind is LineKind.BLOCKQUOTE:
            self.report.consume(self.lines[j].labels)
            pieces.append(self.lines[j].text)
            j += 1
        self.started = True
        self.stack.clear()  # a quotation ends the bullet list: what follows comes after it
        words, cite = block_quotation(tidy_quotations(join_lines(pieces)))
        if words or cite:
            self._add(Node(K.QUOTE, words, cite=cite), self.stack.heading() or self.para)
        return j

    def _text_run(self, i: int) -> int:
        j = i
        while j < len(self.lines) and self.lines[j].kind is LineKind.TEXT:
            j += 1
        run = self.lines[i:j]
        if self.quote_mode:
            self.quote_waiting = False
            parent = self.quote_parent
            for line in run:
                self._content(line.content, parent, quotes_wanted=True)
            return j
        if self._indented_quotation(run):
            return j
        run = self._preface_lines(run)
        if not run:
            return j
        chunks = text_chunks(run)
        # A paragraph on its own between blank lines, amid prose, is prose even
        # when it is one short sentence ("Overall, ... too late.").
        alone = len(chunks) == 1 and (i == 0 or self.lines[i - 1].kind is LineKind.BLANK) and (
            j == len(self.lines) or self.lines[j].kind is LineKind.BLANK)
        for indent, chunk in chunks:
            self._text_chunk(chunk, indent, alone=alone)
        return j

    def _indented_quotation(self, run: list[Line]) -> bool:
        """An indented block ending in a citation is a block quotation."""
        if not run or any(line.indent < 4 for line in run):
            return False
        words, cite = block_quotation(tidy_quotations(join_lines([ln.content for ln in run])))
        if not cite:
            return False
        self.started = True
        self._add(Node(K.QUOTE, words, cite=cite), self.para)
        return True

    def _text_chunk(self, text: str, indent: int, *, alone: bool = False) -> None:
        if self.pending_thesis is not None:
            self.pending_thesis.text = text
            self.pending_thesis = None
            return
        if self._preface(text):
            return
        if only_cited_quotations(text):  # quotations with cites are never prose
            self.started = True
            self._content(text, self.para, quotes_wanted=False)
            return
        amid_prose = self.para is not None and id(self.para) in self.auto_paragraphs
        short_paragraph = alone and len(text) >= 40 and ends_sentence(text) and (
            amid_prose or len(split_sentences(text)) >= 2)  # a written paragraph, if short
        if is_prose(text) or short_paragraph:
            self._prose(text)
            return
        if (not self.started and not self.meta.title and len(text) < LONG_LINE
                and not re.search(r"[.,;:!?]$", text)):
            self.meta.title = text  # a short first line is the title
            return
        self.started = True
        self.stack.clear()
        para = self.para
        if (para is not None and para.kind in PARAGRAPH_KINDS and not para.text
                and not para.children and id(para) not in self.wrappers):
            para.text = text  # "Intro" then one short line: that line is its claim
            return
        node = self._content(text, self.stack.heading() or para, quotes_wanted=False)
        if node is not None and node.kind is K.NOTE and text.endswith(":"):
            # "Analysis:" followed by bullets: the bullets belong to it.
            self.stack.push(indent, ":", node)

    def _prose(self, text: str) -> None:
        text = tidy_quotations(text)
        para = self.para
        if para is not None and any(p is para for p in self.written_headings):
            self.written_headings = [p for p in self.written_headings if p is not para]
            if not _flat(text).startswith(_flat(tidy_quotations(para.text))):
                # Not the heading's paragraph written out: the heading's own
                # words are a paragraph, and this prose starts the next one.
                heading_text, para.text = para.text, ""
                self._prose(heading_text)
        fresh_heading = (
            para is not None and para.kind in PARAGRAPH_KINDS and id(para) not in self.wrappers
            and not para.prose and not any(c.kind is K.NOTE for c in para.children)
            and id(para) not in self.auto_paragraphs
        )
        if para is None or not fresh_heading:
            kind = K.INTRO if self.intro is None and self.real_paragraphs == 0 else K.BODY
            para = self._add_paragraph(kind)
            self.auto_paragraphs.add(id(para))
        self.started = True
        self.stack.clear()
        self.quote_mode = False
        inline = take_inline_labels(text)  # "... Thesis: ..." inside the paragraph
        if inline.thesis and self._has_thesis():
            inline = InlineLabels(text)  # one thesis per essay: a second "Thesis:" is words
        self.report.consume(inline.labels)
        text = para.prose = inline.prose
        if inline.thesis:
            self._add_thesis(inline.thesis)
        sentences = split_sentences(text)
        if not para.text:
            para.text = sentences[0] if sentences else text
        for quote in cited_quotations(text):
            self._add(Node(K.QUOTE, quote.text, cite=quote.cite), para)
        wants_thesis = para.kind is K.INTRO and not self.explicit_thesis
        if wants_thesis and len(sentences) >= 2 and not any(
            c.kind is K.THESIS for c in para.children
        ):
            self.auto_theses.append(self._add(Node(K.THESIS, sentences[-1]), para))

    # -- what comes before the essay -----------------------------------------

    def _before_essay(self) -> bool:
        """Has the essay not begun yet (so a preface may still come)?"""
        if self.real_paragraphs or self.intro is not None or self.quote_mode:
            self.prefaces.stop()
            return False
        return True

    def _preface_lines(self, run: list[Line]) -> list[Line]:
        """``run`` without the preface paragraph at its start, which is kept."""
        self.prefaces.new_run()
        if not self._before_essay():
            return run
        count = self.prefaces.leading_lines(run)
        if count:
            self.prefaces.take_lines(run, count)
        return run[count:]

    def _preface(self, text: str) -> bool:
        """Keep ``text`` as a preface note when the essay has not begun and it
        reads as one (it would otherwise be the introduction, its last sentence
        a thesis the writer did not write)."""
        return self._before_essay() and self.prefaces.take(text)

    def _sources(self, i: int) -> int:
        """Entries under a Works Cited heading, until the next heading."""
        self.started = True
        self.stack.reset()
        self.quote_mode = False
        entries, labels, j = works_cited(self.lines, i, markdown=self.report.markdown)
        self.report.consume(labels)
        self.sources.extend(Source(entry) for entry in entries)
        return j


def build_essay(lines: list[Line], report: ImportReport) -> Essay:
    """The essay the classified ``lines`` describe; consumed labels go to ``report``."""
    return OutlineBuilder(lines, report).build()


__all__ = ["ImportReport", "OutlineBuilder", "build_essay"]
