"""A teacher's preface or the prompt before an essay.

Sample essays come with a line from the teacher ("Here is a sample essay for
...") and drafts often start with the prompt ("Prompt: Discuss ...", "Essay
question:", "Write an essay in which ..."). Read as the essay, such a line
becomes the introduction and its last sentence a thesis the writer never
wrote. :class:`Prefaces` collects them instead, as notes kept word for word
(labels included), and puts them first in the essay's first paragraph, where
notes are the writer's to read and are not printed in the essay.
"""

from __future__ import annotations

import re

from outliner.core.essay import PARAGRAPH_KINDS, Node, NodeKind
from outliner.core.translatable import QT_TRANSLATE_NOOP
from outliner.io.importers.lines import ImportReport, Line
from outliner.io.importers.prose import ends_sentence, is_prose, join_lines

K = NodeKind

_HANDOUT_WORDS = r"(?:sample|example|model|exemplar|mentor|essay|prompt|question|assignment)"
_PREFACE = re.compile(
    r"^\W*(?:"
    # a teacher introducing the essay that follows
    rf"(?:here\s+(?:is|are)|here['’]s|below\s+(?:is|are)|the\s+following\s+(?:is|are))"
    rf"\s+(?:\S+\s+){{0,6}}?{_HANDOUT_WORDS}s?\b"
    r"|this\s+is\s+(?:a|an|the)\s+(?:sample|example|model|exemplar|mentor)\b"
    r"|(?:an?\s+)?(?:sample|example|model|exemplar|mentor)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:essay|paper|response)s?\b"
    r"|(?:teacher|instructor)(?:['’]s)?\s+(?:note|comment|introduction)s?\b"
    # the prompt or assignment itself
    r"|(?:essay\s+|writing\s+|the\s+)?(?:prompt|question|assignment|directions|instructions"
    r"|task|option)(?:\s*#?\s*\d+)?\s*(?:[:.\-–—]|$)"
    r"|(?:write|compose|draft)\s+(?:\S+\s+){0,5}?(?:essay|paper|response)\b"
    r"|in\s+(?:an?|your)\s+(?:\S+\s+){0,3}?(?:essay|paper|response)\b"
    r"|(?:discuss|explain|analy[sz]e|describe|compare|evaluate|examine|respond\s+to"
    r"|consider\s+how|choose\s+(?:one|a|an|two|three)|read\s+the)\b"
    r"|(?:for\s+)?this\s+assignment\b|your\s+(?:essay|paper|response)\s+(?:should|must|will)\b"
    r")",
    re.IGNORECASE,
)
_PROMPT_AHEAD = re.compile(
    r"\b(?:prompt|question|assignment|directions|instructions|task|topic)s?\b", re.IGNORECASE)


def reads_as_preface(text: str) -> bool:
    """Is this text, met before the essay begins, a teacher's preface or the
    prompt ("Here is a sample essay for ...", "Prompt: Discuss ...", "Write
    an essay in which ...") rather than the writer's introduction?"""
    return bool(_PREFACE.match(text))


def announces_prompt(text: str) -> bool:
    """Does this short line end by announcing the prompt below it ("Prompt:",
    "Here is the essay question:")?"""
    return len(text) < 100 and text.rstrip().endswith(":") and bool(_PROMPT_AHEAD.search(text))


#: A handout's line about the essay's parts ("The introduction should state
#: ...", "In the body of the paper, ...", "your thesis"): still the handout.
_INSTRUCTION = re.compile(
    r"\byour\s+(?:essay|paper|thesis|introduction|conclusion|response|analysis)\b"
    r"|\b(?:the|each|every)\s+(?:introduction|body(?:\s+paragraphs?)?|conclusion|thesis"
    r"|paragraph|essay|paper)\s+(?:\w+\s+){0,3}?(?:should|must|needs?\s+to)\b"
    r"|^\W*in\s+(?:the|each|your)\s+(?:body|introduction|conclusion|paragraph)",
    re.IGNORECASE,
)


def instructs(text: str) -> bool:
    """Does the text tell the student what the essay should do?"""
    return bool(_INSTRUCTION.search(text))


class Prefaces:
    """The preface and prompt lines met before the essay starts."""

    def __init__(self) -> None:
        self.notes: list[Node] = []
        self._prompt_ahead = False  # "Prompt:" alone: the next paragraph is the prompt
        self._going_on = False  # the lines being read follow a preface without a blank line

    def new_run(self) -> None:
        """A run of lines starts after a blank line (or a heading)."""
        self._going_on = False

    def leading_lines(self, run: list[Line]) -> int:
        """How many lines at the start of ``run`` are a preface paragraph: a
        first line that reads as one, with the lines it is wrapped onto up to
        the one that ends a sentence (the essay may follow with no blank line)."""
        first = run[0].content if run else ""
        if not (self._prompt_ahead or reads_as_preface(first)):
            return 0
        count = 0
        for line in run:
            count += 1
            if ends_sentence(line.content) or line.content.endswith(":"):
                break
        return count

    def take_lines(self, run: list[Line], count: int) -> None:
        """Keep the first ``count`` lines of ``run`` as one preface note."""
        self._keep(join_lines([line.content for line in run[:count]]))

    def take(self, text: str) -> bool:
        """Keep ``text`` as a preface if it is one; True when kept.

        A handout goes on over the lines after its first one until a written
        paragraph that does not instruct ("The introduction should ...")
        starts the essay."""
        goes_on = self._going_on and (not is_prose(text) or instructs(text))
        if not (self._prompt_ahead or goes_on or reads_as_preface(text)):
            self._going_on = False
            return False
        self._keep(text)
        return True

    def stop(self) -> None:
        """The essay has begun: nothing after this is a preface."""
        self._going_on = self._prompt_ahead = False

    def _keep(self, text: str) -> None:
        note = Node(K.NOTE, text)
        if self._prompt_ahead and self.notes:  # "Essay question:" holds the question below
            announcer = self.notes[-1]
            announcer.children.append(note)
            note.parent = announcer
        else:
            self.notes.append(note)
        self._prompt_ahead = not self._prompt_ahead and announces_prompt(text)
        self._going_on = True

    def place(self, outline: list[Node], wrappers: set[int], report: ImportReport) -> None:
        """Put the notes first in the essay's first paragraph (else its first
        section, else a paragraph made to hold them) and say so in ``report``."""
        if not self.notes:
            return
        nodes = [n for top in outline for n in top.walk()]
        home = next((n for n in nodes if n.kind in PARAGRAPH_KINDS and id(n) not in wrappers),
                    None) or next((n for n in nodes if n.kind in PARAGRAPH_KINDS
                                   or n.kind is K.SECTION), None)
        if home is None:
            home = Node(K.BODY)
            outline.insert(0, home)
        for note in self.notes:
            note.parent = home
        home.children[0:0] = self.notes
        for note in self.notes:
            report.decide(QT_TRANSLATE_NOOP(
                "Import", "preface or prompt: kept as a note, not read as the essay"), note)


__all__ = ["Prefaces", "announces_prompt", "instructs", "reads_as_preface"]
