"""The manuscript: what the finished essay says, worked out once.

The preview, the Word essay and the Markdown and plain-text essays all render
a :class:`Manuscript` and decide nothing about content themselves, so they
always carry the same paragraphs in the same order. Decisions made here:

- the heading lines and the title, in the style's order, the date written as
  the style writes it;
- each paragraph node in document order: the writer's prose when it has
  some; else what the :class:`Unwritten` policy says (a marked
  :class:`Placeholder` with its claim and notes by default, a draft from its
  notes only when asked for, or left out), named once in :attr:`warnings`;
  nothing to print at all makes it a :class:`LeftOut` block, reported,
  never silently dropped;
- paragraphs are labelled as the window names them ("Body paragraph N"
  counts the body paragraphs among its siblings, empty ones too; one in a
  section says which, see compose/unwritten);
- a section's heading, then its own prose if it kept some (a body turned
  into a section keeps its words), then what it holds;
- a thesis outside any introduction is a paragraph of its own, unless the
  introduction's draft (policy ``draft``) already ends with it;
- notes and quotations outside any paragraph stay where they stand, as a list;
- text is typeset once (curly marks, the period after a citation) and a
  quotation of 40 words or more (Chicago: 100) is set off as a block quotation;
- every typed citation that reads as source and locator is written in the
  style from the sources' fields (compose/restyle): MLA and APA
  parentheticals, Chicago footnotes carried by the lines and list items
  (:attr:`Manuscript.footnotes` lists them in order);
- the sources under the style's heading ("Work Cited" for one MLA entry),
  sorted as the style lists them: a source with fields formatted by the
  style (compose/citing), a free-text source as typed.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from outliner.compose.citing import formatter_for
from outliner.compose.draft_memo import DraftMemo
from outliner.compose.essay_styles import STYLE_WORDS, StyleWords, format_date
from outliner.compose.restyle import Citer, Note, NoteRef, pieces
from outliner.compose.unwritten import (
    TEXT_LABELS,
    Unwritten,
    UnwrittenParagraph,
    placeholder_heading,
    warning_line,
    window_name,
)
from outliner.core.essay import (
    KIND_LABELS,
    PARAGRAPH_KINDS,
    CitationStyle,
    Essay,
    Meta,
    Node,
    NodeKind,
)
from outliner.core.quotations import typeset_quotations, typeset_with_citations
from outliner.core.text import collapse_spaces, count_words, quotation_line

if TYPE_CHECKING:
    from outliner.compose.drafting import EssayDrafts

K = NodeKind

#: A quotation of this many words or more is set as a block quotation (MLA:
#: "more than four lines"; APA: 40 words).
BLOCK_QUOTE_WORDS = 40
#: Chicago 17 (13.10) sets off a quotation of a hundred words or more.
BLOCK_QUOTE_WORDS_BY_STYLE = {CitationStyle.CHICAGO: 100}


@dataclass(frozen=True)
class Line:
    """One printed paragraph, its text typeset."""

    text: str
    #: Set off from the text: no quotation marks, the citation after the
    #: final punctuation ("… end. (42)").
    block_quote: bool = False
    #: Carries on the writer's paragraph after a block quotation (no new indent).
    continues: bool = False
    #: Footnotes (Chicago) whose reference marks go into ``text``, in order.
    notes: tuple[NoteRef, ...] = ()

    def pieces(self) -> list[str | Note]:
        """The text cut at its footnote references: text, a note, text …"""
        return pieces(self.text, self.notes)


@dataclass(frozen=True)
class Paragraph:
    """A paragraph node's prose or draft, a thesis on its own, or a section's prose."""

    node_id: str
    kind: NodeKind
    label: str  # "Introduction", "Body paragraph 2", "Thesis", "Section “Setting”"
    lines: tuple[Line, ...]
    #: Written from the outline by the built-in drafter, not the writer's prose.
    drafted: bool = False


@dataclass(frozen=True)
class SectionHeading:
    """A section's heading; ``level`` 1 for a section at the top level."""

    node_id: str
    text: str
    level: int


@dataclass(frozen=True)
class LooseItem:
    """One note or quotation outside any paragraph (``depth`` 0), or what it holds."""

    node_id: str
    text: str
    depth: int
    #: Footnotes (Chicago) whose reference marks go into ``text``, in order.
    notes: tuple[NoteRef, ...] = ()

    def pieces(self) -> list[str | Note]:
        """The text cut at its footnote references: text, a note, text …"""
        return pieces(self.text, self.notes)


@dataclass(frozen=True)
class LooseNotes:
    """Neighbouring notes and quotations outside any paragraph, kept as a list."""

    items: tuple[LooseItem, ...]


@dataclass(frozen=True)
class LeftOut:
    """A paragraph node with nothing to print: no prose, nothing to draft from."""

    node_id: str
    kind: NodeKind
    label: str


@dataclass(frozen=True)
class Placeholder:
    """A paragraph not written yet, printed as its outline under a flag a
    reader cannot miss: ``heading`` ("[Not written yet: Body paragraph 2]"),
    then ``items``: its claim ("Claim: …"), then its notes and quotations
    (with their cites), nested as in the outline."""

    node_id: str
    kind: NodeKind
    label: str
    heading: str
    items: tuple[LooseItem, ...]


Block = SectionHeading | Paragraph | LooseNotes | LeftOut | Placeholder


@dataclass(frozen=True)
class FrontMatter:
    """The heading block (MLA) or byline (APA, Chicago), and the title."""

    lines: tuple[str, ...]  # in the style's order, only those filled in
    title: str  # "" when the essay has none
    title_first: bool  # the title, then the lines


@dataclass(frozen=True)
class SourceEntry:
    """One source: ``typed`` as the writer typed it (the text exports write it
    so, and it imports back), ``printed`` on one line with typeset quotation
    marks (the Word essay and the preview)."""

    typed: str
    printed: str


@dataclass(frozen=True)
class SourceList:
    """Works Cited / References / Bibliography; no entries: no sources page."""

    heading: str
    entries: tuple[SourceEntry, ...]


@dataclass(frozen=True)
class Manuscript:
    """The finished essay's content, for every renderer."""

    style: CitationStyle
    front: FrontMatter
    blocks: tuple[Block, ...]
    sources: SourceList
    notes: tuple[str, ...]  # what every export reports, in order
    #: The paragraphs with an outline and no prose, and what was done with them.
    unwritten: tuple[UnwrittenParagraph, ...] = ()
    policy: Unwritten = Unwritten.NOTES
    #: One line naming ``unwritten`` (none when every paragraph is written).
    warnings: tuple[str, ...] = ()

    @property
    def footnotes(self) -> list[Note]:
        """Every footnote (Chicago's citations), in the order of their numbers."""
        found: list[Note] = []
        for block in self.blocks:
            if isinstance(block, Paragraph):
                found.extend(ref.note for line in block.lines for ref in line.notes)
            elif isinstance(block, (LooseNotes, Placeholder)):
                found.extend(ref.note for item in block.items for ref in item.notes)
        return found

    @property
    def paragraphs(self) -> list[Paragraph]:
        return [b for b in self.blocks if isinstance(b, Paragraph)]

    @property
    def left_out(self) -> list[LeftOut]:
        return [b for b in self.blocks if isinstance(b, LeftOut)]

    @property
    def placeholders(self) -> list[Placeholder]:
        return [b for b in self.blocks if isinstance(b, Placeholder)]


def build_manuscript(
    essay: Essay, style: CitationStyle | None = None, memo: DraftMemo | None = None,
    unwritten: Unwritten = Unwritten.NOTES,
) -> Manuscript:
    """The finished essay in ``style`` (None: the essay's own style).
    ``unwritten`` says what becomes of paragraphs with no prose (nothing is
    drafted unless it is :attr:`Unwritten.DRAFT`). ``memo`` keeps drafts
    between builds (the preview builds often)."""
    style = CitationStyle(style or essay.meta.style or CitationStyle.MLA)
    policy = Unwritten(unwritten)
    words = STYLE_WORDS[style]
    notes: list[str] = []
    front = _front_matter(essay.meta, words, notes)
    if memo is not None:
        memo.next_build()
    body = _Body(essay, style, notes, memo, policy, Citer(essay, style))
    if body.visit(essay.outline, 1, ""):
        notes.append("Notes outside any paragraph and section were written out as a list "
                     "where they stand.")
    sources = _sources(essay, style, words, notes)
    names = [paragraph.name for paragraph in body.unwritten]
    warnings = (warning_line(names, policy),) if names else ()
    return Manuscript(style, front, tuple(body.blocks), sources, tuple(notes),
                      tuple(body.unwritten), policy, warnings)


def one_line(text: str) -> str:
    """Text for a line of its own (a title, a heading, a note): line breaks
    and runs of spaces become one space."""
    return " ".join(text.split())


def _front_matter(meta: Meta, words: StyleWords, notes: list[str]) -> FrontMatter:
    title = one_line(meta.title)
    values = {name: one_line(getattr(meta, name))
              for name in ("author", "instructor", "course", "affiliation")}
    values["date"] = format_date(one_line(meta.date), words.date_format)
    missing = [name for name in ("title", "author", "affiliation", "instructor", "course",
                                 "date")
               if (name == "title" or name in words.heading_fields)
               and not (title if name == "title" else values[name])]
    if missing:
        notes.append(
            f"{words.name}: no {', '.join(missing)} in the essay's properties; "
            "left out of the heading (fill them in under Essay Properties)."
        )
    lines = tuple(values[name] for name in words.heading_fields if values[name])
    return FrontMatter(lines, title, words.title_first)


def _sources(essay: Essay, style: CitationStyle, words: StyleWords,
             notes: list[str]) -> SourceList:
    formatter = formatter_for(style)
    kept = sorted((s for s in essay.sources if s.structured or s.text.strip()),
                  key=formatter.sort_key)
    entries = []
    for source in kept:
        typed = formatter.entry(source) if source.structured else source.text
        entries.append(SourceEntry(typed, typeset_quotations(one_line(typed))))
    if not entries:
        notes.append(f"No sources: the {words.sources_heading} page was left out "
                     "(add sources under Essay > Sources).")
    return SourceList(formatter.heading(len(entries)), tuple(entries))


class _Body:
    """Walks the outline once, in document order, collecting blocks and notes."""

    def __init__(self, essay: Essay, style: CitationStyle, notes: list[str],
                 memo: DraftMemo | None, policy: Unwritten, citer: Citer) -> None:
        self.essay = essay
        self.style = style
        self.citer = citer
        self.notes = notes
        self.memo = memo
        self.policy = policy
        self.block_words = BLOCK_QUOTE_WORDS_BY_STYLE.get(style, BLOCK_QUOTE_WORDS)
        self.blocks: list[Block] = []
        self.unwritten: list[UnwrittenParagraph] = []

    @cached_property
    def drafts(self) -> EssayDrafts:
        """The built-in drafter, made (and its module imported) only when the
        policy drafts: most exports draft nothing."""
        from outliner.compose.drafting import EssayDrafts

        return EssayDrafts(self.essay, self.style, self.memo)

    def visit(self, nodes: list[Node], level: int, section: str) -> bool:
        """Blocks for ``nodes`` (inside the section headed ``section``, "" at
        the top or in an untitled one); True when some were notes outside any
        paragraph."""
        loose: list[LooseItem] = []
        had_loose = False
        sibling_bodies = 0  # the window numbers body paragraphs among their siblings
        for node in nodes:
            if node.kind in (K.NOTE, K.QUOTE):
                loose.extend(loose_items(node))
                continue
            had_loose |= self._add_loose(loose)
            if node.kind is K.SECTION:
                self._section(node, level)
            elif node.kind in PARAGRAPH_KINDS:
                sibling_bodies += node.kind is K.BODY
                self._paragraph(node, sibling_bodies, section)
            else:
                self._thesis(node)
        return self._add_loose(loose) or had_loose

    def _add_loose(self, loose: list[LooseItem]) -> bool:
        """The collected loose items as one block (emptying the list)."""
        if not loose:
            return False
        self.blocks.append(LooseNotes(self._cited_items(tuple(loose))))
        loose.clear()
        return True

    def _section(self, node: Node, level: int) -> None:
        heading = one_line(node.text)
        if heading:
            self.blocks.append(SectionHeading(node.id, heading, level))
        label = f"{KIND_LABELS[K.SECTION]} “{heading}”" if heading else KIND_LABELS[K.SECTION]
        lines = self._cited(typeset_lines(node.prose, self.block_words), node)
        if lines:  # kept from when it was a paragraph: the writer's words, not lost
            self.blocks.append(Paragraph(node.id, K.SECTION, label, lines))
        if self.visit(node.children, level + 1, heading):
            name = f"The section “{heading}”" if heading else "A section"
            self.notes.append(f"{name} holds notes outside any paragraph; "
                              "they were written out as a list.")

    def _paragraph(self, node: Node, sibling_bodies: int, section: str) -> None:
        # Named as the window and every report name it (core/names.py's numbering).
        label = window_name(node.kind, sibling_bodies, section)
        if node.prose.strip():
            self._add_lines(node, label, node.prose, drafted=False)
            return
        items = placeholder_items(node)
        if not items:  # nothing written, nothing to write from
            self._add_lines(node, label, "", drafted=False)
            return
        self.unwritten.append(UnwrittenParagraph(
            node.id, window_name(node.kind, sibling_bodies, section)))
        if self.policy is Unwritten.OMIT:
            self.blocks.append(LeftOut(node.id, node.kind, label))
        elif self.policy is Unwritten.NOTES:
            heading = placeholder_heading(window_name(node.kind, sibling_bodies, ""))
            self.blocks.append(Placeholder(node.id, node.kind, label, heading,
                                           self._cited_items(items)))
        else:
            self._add_lines(node, label, self._draft(node, label), drafted=True)

    def _draft(self, node: Node, label: str) -> str:
        """The built-in drafter's paragraph (policy ``draft`` only)."""
        drafts = self.drafts  # made outside the guard: a drafter that cannot start is an error
        try:
            text, _ = drafts.prose_or_draft(node)
        except Exception as exc:  # an export must not fail on one paragraph
            self.notes.append(f"{label} has no prose and could not be drafted ({exc}); "
                              "only its claim was written out.")
            return node.text
        return text

    def _add_lines(self, node: Node, label: str, text: str, *, drafted: bool) -> None:
        lines = self._cited(self._typeset(text), node)
        if not lines:
            self.blocks.append(LeftOut(node.id, node.kind, label))
            self.notes.append(f"{label} is empty; it was left out.")
            return
        self.blocks.append(Paragraph(node.id, node.kind, label, lines, drafted))

    def _typeset(self, text: str) -> tuple[Line, ...]:
        if self.memo is None:
            return typeset_lines(text, self.block_words)
        return self.memo.remember(("lines", text, self.block_words),
                                  lambda: typeset_lines(text, self.block_words))

    def _thesis(self, node: Node) -> None:
        """A thesis outside any introduction (any other kind here is read as one)."""
        if self.policy is Unwritten.DRAFT and self.drafts.thesis_in_intro_draft(node):
            return  # the introduction's draft already ends with it
        lines = self._cited(typeset_lines(node.text, self.block_words), node)
        if lines:
            self.blocks.append(Paragraph(node.id, node.kind, KIND_LABELS[node.kind], lines))

    def _cited(self, lines: tuple[Line, ...], node: Node) -> tuple[Line, ...]:
        """``lines`` with their citations in the style (see compose/restyle)."""
        if not self.citer.active:
            return lines
        out = []
        for line in lines:
            text, refs = self.citer.restyle(line.text, node, block_quote=line.block_quote)
            out.append(Line(text, line.block_quote, line.continues, refs))
        return tuple(out)

    def _cited_items(self, items: tuple[LooseItem, ...]) -> tuple[LooseItem, ...]:
        """An outline list's citations in the style (Chicago's as footnotes)."""
        if not self.citer.active:
            return items
        out = []
        for item in items:
            node = self.citer.essay.find(item.node_id)
            if node is None:
                out.append(item)
                continue
            text, refs = self.citer.restyle(item.text, node)
            out.append(LooseItem(item.node_id, text, item.depth, refs))
        return tuple(out)


def unwritten_paragraphs(essay: Essay) -> tuple[UnwrittenParagraph, ...]:
    """The paragraphs :func:`build_manuscript` finds not written yet, named
    the same way, without building the rest (the Export dialog asks on
    opening, and typesetting a long essay takes a moment)."""
    found: list[UnwrittenParagraph] = []

    def visit(nodes: list[Node], section: str) -> None:
        sibling_bodies = 0
        for node in nodes:
            if node.kind is K.SECTION:
                visit(node.children, one_line(node.text))
            elif node.kind in PARAGRAPH_KINDS:
                sibling_bodies += node.kind is K.BODY
                if not node.prose.strip() and placeholder_items(node):
                    found.append(UnwrittenParagraph(
                        node.id, window_name(node.kind, sibling_bodies, section)))

    visit(essay.outline, "")
    return tuple(found)


def placeholder_items(node: Node) -> tuple[LooseItem, ...]:
    """An unwritten paragraph's outline as list items: its claim (labelled as
    the editor labels it), then what it holds, a thesis marked "Thesis:"."""
    claim = one_line(node.text)
    items: list[LooseItem] = []
    if claim:
        items.append(LooseItem(node.id, typeset_quotations(f"{TEXT_LABELS[node.kind]}: {claim}"),
                               0))
    cite = one_line(node.cite)  # kept from when it was a quotation
    if cite:
        items.append(LooseItem(node.id, f"({cite})", 1 if claim else 0))
    depth = 1 if items else 0
    for child in node.children:
        kept = loose_items(child, depth)
        if child.kind is K.THESIS and kept and kept[0].depth == depth:
            kept[0] = LooseItem(child.id, f"{KIND_LABELS[K.THESIS]}: {kept[0].text}", depth)
        items.extend(kept)
    return tuple(items)


def loose_items(node: Node, depth: int = 0) -> list[LooseItem]:
    """A note or quotation outside any paragraph, with what it holds, as list
    items: its line (a quotation in marks with its cite; a cite kept from an
    earlier kind in parentheses), any prose it kept, then its children."""
    text, cite = one_line(node.text), one_line(node.cite)
    if node.kind is K.QUOTE:
        line = quotation_line(text, cite) if text or cite else ""
    else:
        line = " ".join(part for part in (text, f"({cite})" if cite else "") if part)
    items = [LooseItem(node.id, typeset_quotations(line), depth)] if line else []
    items.extend(LooseItem(node.id, kept.text, depth + 1) for kept in typeset_lines(node.prose))
    for child in node.children:
        items.extend(loose_items(child, depth + 1))
    return items


def typeset_lines(text: str, block_words: int = BLOCK_QUOTE_WORDS) -> tuple[Line, ...]:
    """``text`` as printed paragraphs: one per line of text (blank lines
    dropped, spaces collapsed), quotation marks typeset, each quotation of
    ``block_words`` words or more set off as a block quotation."""
    out: list[Line] = []
    for raw in text.splitlines():
        line = collapse_spaces(raw)
        if not line:
            continue
        line, cited = typeset_with_citations(line)
        continues = False
        pos = 0
        for quote in cited:
            # Words are at least a character apart: a short quotation needs no count.
            if len(quote.text) < 2 * block_words - 1 or count_words(quote.text) < block_words:
                continue
            before = line[pos : quote.start].strip()
            if before:
                out.append(Line(before, continues=continues))
            out.append(Line(_block_quote(quote.text, quote.cite), block_quote=True))
            continues = True  # the paragraph goes on after the quotation
            # the sentence's period went inside the block, before the citation
            pos = quote.end + 1 if line.startswith(".", quote.end) else quote.end
        rest = line[pos:].strip()
        if rest:
            out.append(Line(rest, continues=continues))
    return tuple(out)


def _block_quote(quote: str, cite: str) -> str:
    """A block quotation: no quotation marks, the citation after the final
    punctuation."""
    quote = quote.strip()
    if quote and quote[-1] not in ".?!…":
        quote = quote.rstrip(",;:") + "."
    return f"{quote} ({cite.strip()})"


__all__ = [
    "BLOCK_QUOTE_WORDS",
    "Block",
    "FrontMatter",
    "LeftOut",
    "Line",
    "LooseItem",
    "LooseNotes",
    "Manuscript",
    "Note",
    "NoteRef",
    "Paragraph",
    "Placeholder",
    "SectionHeading",
    "SourceEntry",
    "SourceList",
    "build_manuscript",
    "loose_items",
    "one_line",
    "placeholder_items",
    "typeset_lines",
    "unwritten_paragraphs",
]
