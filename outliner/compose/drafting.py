"""Public drafting API: turn a paragraph's claim, quotations and notes into prose.

The exporters call ``prose_or_draft``; the ``draft`` command calls
``draft_essay``; the window's Draft dialog calls ``draft_paragraph``.

The built-in drafter is offline and instant, and it invents nothing: the
claim becomes the topic sentence, each note a sentence (in the outline's
order, sub-notes right after their note), each quotation is worked in word
for word behind a neutral signal phrase with its cite in the essay's style,
and a closing sentence ties back to the thesis using the thesis's own words.
All it adds are connecting words: transitions (never the same one twice in a
paragraph), signal phrases and light frames for fragments.

Paragraph kinds:
* intro: the intro's text (the hook), its notes (background), thesis LAST;
* body: claim, then quotations and notes in order, then the tie-back;
* conclusion: the thesis restated first, then its text and notes, then a
  closing line built from the thesis.

Rule of ``draft_essay``: it writes prose only into paragraphs that have none.
A paragraph whose prose is not blank is never overwritten, not even when it
is named with ``--paragraph``; the command says so and leaves it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from outliner.compose.citations import quoted
from outliner.compose.draft_memo import DraftMemo
from outliner.compose.sentences import (
    capitalize_first,
    clean_note,
    is_fragment,
    list_items,
    lower_first_word,
    note_sentence,
    sentence,
    series,
    tidy,
)
from outliner.compose.transitions import (
    TransitionPicker,
    TransitionRole,
    opener_of,
    role_of,
    split_leading_conjunction,
)
from outliner.core.essay import PARAGRAPH_KINDS, CitationStyle, Essay, Node, NodeKind

#: Neutral signal phrases: they name no speaker the outline does not name.
SIGNAL_PHRASES = (
    "As the text puts it,",
    "Another passage reads,",
    "In the text's words,",
    "As another line puts it,",
    "Elsewhere the text reads,",
    "The text also says,",
)

_SHOWS = re.compile(
    r"\b(?:to\s+)?(?:show|shows|showing|reveal|reveals|revealing|demonstrate|"
    r"demonstrates|illustrate|illustrates|prove|proves|suggest|suggests|argue|"
    r"argues|highlight|highlights)\s+(how|that|why)\s+(.+)$",
    re.IGNORECASE,
)


def paragraphs(essay: Essay) -> list[Node]:
    """Intro, body and conclusion nodes in document order (paragraph 1 first)."""
    return [n for n in essay.walk() if n.kind in PARAGRAPH_KINDS]


def paragraph_of(node: Node | None) -> Node | None:
    """The paragraph node that is ``node`` or holds it, or None."""
    while node is not None and node.kind not in PARAGRAPH_KINDS:
        node = node.parent
    return node


def thesis_text(essay: Essay) -> str:
    """The thesis as the writer typed it, tidied (empty when there is none)."""
    thesis = essay.thesis()
    return clean_note(thesis.text) if thesis is not None else ""


def thesis_tie_back(thesis: str) -> str:
    """"This shows how ..." from the thesis's own words ("" without a thesis)."""
    thesis = thesis.strip().rstrip(".!?").strip()
    if not thesis:
        return ""
    match = _SHOWS.search(thesis)
    if match:
        return sentence(f"This shows {match.group(1).lower()} {match.group(2)}")
    return sentence(f"This shows that {lower_first_word(thesis)}")


@dataclass
class _Paragraph:
    """The sentences of one paragraph as they are written."""

    style: CitationStyle
    picker: TransitionPicker = field(default_factory=TransitionPicker)
    sentences: list[str] = field(default_factory=list)
    notes_written: int = 0
    quotes_written: int = 0
    frames_used: int = 0

    def add(self, text: str) -> None:
        if text:
            self.sentences.append(text)

    def with_transition(self, text: str, role: TransitionRole, typed_lower: bool = False) -> str:
        """``text`` behind an unused transition for ``role``; unchanged when
        none is left. The first word is lower-cased when the writer typed it
        so, or when it is a common word ("The"); names stay capitalised."""
        transition = self.picker.pick(role)
        if transition is None:
            return text
        body = text[0].lower() + text[1:] if typed_lower else lower_first_word(text)
        return f"{transition} {body}"

    def quote(self, node: Node, lead_in: str = "") -> bool:
        """A quotation behind a signal phrase, or behind the writer's own
        lead-in ("Miss Emily admits:") when the note before names the speaker.
        False when the quotation has no words (nothing is written)."""
        body = quoted(node.text, node.cite, self.style)
        if not body:
            return False
        if lead_in:
            self.add(f"{lead_in} {body}")
        else:
            signal = SIGNAL_PHRASES[self.quotes_written % len(SIGNAL_PHRASES)]
            self.add(f"{signal} {body}")
        self.quotes_written += 1
        return True

    def note(self, node: Node, role: TransitionRole | None = None) -> None:
        """A note as a sentence, then what it holds."""
        text = clean_note(node.text)
        conjunction_role, text = split_leading_conjunction(text)
        # A note that opened with "but"/"and"/"so" is a clause: no frame.
        written, framed = note_sentence(text, self.frames_used, cleaned=True,
                                        may_frame=conjunction_role is None)
        leaves = [c for c in node.children if c.kind is NodeKind.NOTE and not c.children]
        as_series = (
            written and len(leaves) >= 2 and len(leaves) == len(node.children)
            and all(_is_item(clean_note(c.text)) for c in leaves)
        )
        if as_series:
            items = [clean_note(c.text).rstrip(".;:") for c in leaves]
            written = sentence(f"{written.rstrip('.:;!?')}: {series(items)}")
        if framed:
            self.frames_used += 1
        if written:
            self.picker.reserve(written)
            wants = conjunction_role or role
            if wants is None and self.notes_written > 0:
                wants = role_of(text)
            if wants is not None and not framed and opener_of(written) is None:
                written = self.with_transition(written, wants, text[:1].islower())
            self.add(written)
            self.notes_written += 1
        if not as_series:
            self.children(node.children, sub=True)

    def children(self, children: list[Node], sub: bool = False) -> None:
        """Quotations and notes in outline order."""
        lead_in: Node | None = None
        for index, child in enumerate(children):
            role = TransitionRole.EXAMPLE if sub and index == 0 else None
            if child.kind is NodeKind.QUOTE:
                text = capitalize_lead(clean_note(lead_in.text)) if lead_in else ""
                if not self.quote(child, text) and lead_in is not None:
                    # An empty quotation: the lead-in is still the writer's words.
                    self.note(lead_in, TransitionRole.EXAMPLE if sub and index == 1 else None)
                lead_in = None
            elif child.kind is NodeKind.NOTE:
                next_is_quote = (
                    index + 1 < len(children) and children[index + 1].kind is NodeKind.QUOTE
                )
                text = tidy(clean_note(child.text))
                if next_is_quote and text.endswith(":") and not child.children:
                    lead_in = child
                    continue
                self.note(child, role)

    def text(self) -> str:
        return " ".join(s for s in self.sentences if s)


def capitalize_lead(text: str) -> str:
    """A lead-in note as the start of a sentence ("kathy admits:" -> "Kathy admits:")."""
    return capitalize_first(tidy(text))


def _is_item(text: str) -> bool:
    return bool(text) and len(text.split()) <= 5 and (
        is_fragment(text) or list_items(text + ", x, y") is not None
    )


def _body(thesis: Node | None, node: Node, para: _Paragraph) -> None:
    para.add(sentence(clean_note(node.text)))
    before = len(para.sentences)
    para.children(node.children)
    if len(para.sentences) > before and thesis is not None:
        para.add(thesis_tie_back(clean_note(thesis.text)))


def _intro(thesis: Node | None, node: Node, para: _Paragraph) -> None:
    para.add(sentence(clean_note(node.text)))
    para.children([c for c in node.children if c.kind is not NodeKind.THESIS])
    theses = [c for c in node.children if c.kind is NodeKind.THESIS]
    if not theses and thesis is not None and thesis.parent is None:
        theses = [thesis]  # a top-level thesis belongs with the intro
    # thesis_in_intro_draft mirrors this choice; keep the two in step.
    for t in theses:
        para.add(sentence(clean_note(t.text)))


def _conclusion(thesis_node: Node | None, node: Node, para: _Paragraph) -> None:
    thesis = clean_note(thesis_node.text) if thesis_node is not None else ""
    if thesis:
        para.add(para.with_transition(sentence(thesis), TransitionRole.CONCLUDE))
    para.add(sentence(clean_note(node.text)))
    before = len(para.sentences)
    para.children(node.children)
    if thesis and len(para.sentences) > before:
        para.add(thesis_tie_back(thesis).replace("This shows", "All of this shows", 1))


def _draft(node: Node, style: CitationStyle, thesis: Node | None) -> str:
    para = _Paragraph(style=style)
    # The writer's own openers ("Also, ...") are never added again elsewhere.
    for typed in [*node.walk(), *([thesis] if thesis is not None else [])]:
        if typed.kind is not NodeKind.QUOTE:
            para.picker.reserve(split_leading_conjunction(clean_note(typed.text))[1])
    if node.kind is NodeKind.INTRO:
        _intro(thesis, node, para)
    elif node.kind is NodeKind.CONCLUSION:
        _conclusion(thesis, node, para)
    else:
        _body(thesis, node, para)
    return para.text()


def _intro_theses(intro: Node, first_thesis: Node | None) -> list[Node]:
    """The thesis nodes ``_intro`` writes at the end of ``intro``'s draft
    (``first_thesis`` is the essay's first thesis, looked up by the caller)."""
    theses = [c for c in intro.children if c.kind is NodeKind.THESIS]
    if theses:
        return theses
    # A top-level thesis belongs with an intro that holds none of its own.
    return [first_thesis] if first_thesis is not None and first_thesis.parent is None else []


class EssayDrafts:
    """Drafting for one pass over an essay (an export): the thesis, and the
    theses the introductions' drafts end with, are looked up once here.
    Looking them up per paragraph walked the whole tree each time, which made
    exporting an essay without a thesis quadratic."""

    def __init__(self, essay: Essay, style: CitationStyle | None = None,
                 memo: DraftMemo | None = None) -> None:
        self.style = style or essay.meta.style
        self.memo = memo  # drafts kept from an earlier pass (the preview's)
        self.thesis = essay.thesis()
        # id() of the thesis nodes, so membership means "is this very node"
        self._in_intro_drafts = {
            id(t)
            for intro in paragraphs(essay)
            if intro.kind is NodeKind.INTRO and not intro.prose.strip()
            for t in _intro_theses(intro, self.thesis)
        }

    def thesis_in_intro_draft(self, node: Node) -> bool:
        """True when ``node`` is a thesis the built-in drafter writes into an
        introduction's draft: the intro has no prose of its own (so exporters
        draft it) and the thesis is one ``_intro`` ends that draft with.
        Exporters use this to avoid writing that thesis a second time."""
        if node.kind is not NodeKind.THESIS or not sentence(clean_note(node.text)):
            return False
        return id(node) in self._in_intro_drafts

    def prose_or_draft(self, node: Node) -> tuple[str, bool]:
        """The node's own prose when it has some (False), else (a fresh draft, True)."""
        if node.prose.strip():
            return node.prose, False
        if self.memo is not None:
            return self.memo.draft(node, self.style, self.thesis, _draft), True
        return _draft(node, self.style, self.thesis), True


def thesis_in_intro_draft(essay: Essay, node: Node) -> bool:
    """:meth:`EssayDrafts.thesis_in_intro_draft` for one node (walks the
    essay: exporters use one ``EssayDrafts`` for the whole pass)."""
    return EssayDrafts(essay).thesis_in_intro_draft(node)


def draft_paragraph(essay: Essay, node: Node, style: CitationStyle | None = None) -> str:
    """A built-in, offline, instant draft of one paragraph node from its text
    (claim) and children in tree order ("" when there is nothing to draft)."""
    return _draft(node, style or essay.meta.style, essay.thesis())


def prose_or_draft(
    essay: Essay, node: Node, style: CitationStyle | None = None
) -> tuple[str, bool]:
    """The node's own prose when it has some (False), else (a fresh draft, True).
    For many paragraphs, use one :class:`EssayDrafts`."""
    if node.prose.strip():
        return node.prose, False
    return draft_paragraph(essay, node, style), True


def draft_essay(essay: Essay, paragraph: int | None = None) -> list[tuple[int, Node, str]]:
    """Draft every paragraph without prose (or only paragraph N) into the essay.

    Writes with ``essay.set_field(node, "prose", text)`` and returns
    (number, node, prose) for each paragraph written. Paragraphs that already
    have prose, and paragraphs with nothing to draft from, are left alone.
    Raises ValueError when paragraph N does not exist.
    """
    nodes = paragraphs(essay)
    numbered = list(enumerate(nodes, start=1))
    if paragraph is not None:
        if not 1 <= paragraph <= len(nodes):
            count = f"{len(nodes)} paragraph{'s' if len(nodes) != 1 else ''}"
            raise ValueError(
                f"there is no paragraph {paragraph}; this essay has {count} "
                f"(numbered from 1: intro, body paragraphs, conclusion)"
            )
        numbered = [numbered[paragraph - 1]]
    written: list[tuple[int, Node, str]] = []
    thesis = essay.thesis()  # once, not once a paragraph
    for number, node in numbered:
        if node.prose.strip():
            continue
        text = _draft(node, essay.meta.style, thesis)
        if text:
            essay.set_field(node, "prose", text)
            written.append((number, node, text))
    return written


__all__ = [
    "SIGNAL_PHRASES",
    "EssayDrafts",
    "draft_essay",
    "draft_paragraph",
    "paragraph_of",
    "paragraphs",
    "prose_or_draft",
    "thesis_in_intro_draft",
    "thesis_text",
    "thesis_tie_back",
]
