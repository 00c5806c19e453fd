"""Labels typed inside a paragraph: "... the sales. Thesis: Kathy's memories
keep Hailsham alive." A Word paragraph is one line however long, so a writer
who puts the thesis at the end of the introduction and names it leaves the
label mid-paragraph. It is read as the same label on a line of its own
would be: the label is consumed (not essay text, listed in the report), the
words after it are the thesis, and they stay in the prose, where they were
written. "Quote:" before a quotation is consumed the same way (the quotation
itself is found as in any prose).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from outliner.io.importers.lines import LineRole, parse_role_label
from outliner.io.importers.prose import split_sentences

_QUOTE_OPENERS = "\"“‘'«"


@dataclass
class InlineLabels:
    """A paragraph with its inline labels taken out."""

    prose: str
    labels: list[str] = field(default_factory=list)  # as typed, in order
    thesis: str = ""  # the words after an inline "Thesis:" to the paragraph's end


def take_inline_labels(text: str) -> InlineLabels:
    """``text`` without the labels that open one of its sentences after the
    first (a label opening the paragraph is a label line, read before)."""
    if ":" not in text and "：" not in text:
        return InlineLabels(text)  # the common case: nothing to look for
    kept: list[str] = []
    found = InlineLabels(text)
    thesis_at: int | None = None
    cursor = 0
    for index, sentence in enumerate(split_sentences(text)):
        start = text.find(sentence, cursor)
        if start < 0:
            break
        end = start + len(sentence)
        label = parse_role_label(sentence) if index else None
        if label is not None and _inline(*label):
            _, typed, rest = label
            kept.append(text[cursor:start])
            found.labels.append(typed)
            if label[0] is LineRole.THESIS and thesis_at is None:
                thesis_at = sum(map(len, kept))
            cursor = end - len(rest)
        kept.append(text[cursor:end])
        cursor = end
    kept.append(text[cursor:])
    if not found.labels:
        return found
    found.prose = "".join(kept)
    if thesis_at is not None:
        found.thesis = found.prose[thesis_at:].strip()
    return found


def _inline(role: LineRole, typed: str, rest: str) -> bool:
    """A label with a colon and words after it ("Thesis. It..." is a sentence)."""
    if not typed.endswith((":", "：")) or not rest.strip():
        return False
    if role is LineRole.THESIS:
        return True
    return role is LineRole.QUOTES and rest.lstrip()[:1] in _QUOTE_OPENERS
