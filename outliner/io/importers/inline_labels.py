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
    unescaped: bool = False  # an escaped label ("Thesis\\:") was given back its colon


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
        escaped = _escaped_label(sentence) if index and label is None else None
        if escaped is not None:  # "Thesis\\: ..." as an outline export writes it: words
            kept.append(text[cursor:start + escaped])
            cursor = start + escaped + 1
            found.unescaped = True
        elif label is not None and _inline(*label):
            _, typed, rest = label
            kept.append(text[cursor:start])
            found.labels.append(typed)
            if label[0] is LineRole.THESIS and thesis_at is None:
                thesis_at = sum(map(len, kept))
            cursor = end - len(rest)
        kept.append(text[cursor:end])
        cursor = end
    kept.append(text[cursor:])
    if not found.labels and not found.unescaped:
        return found
    found.prose = "".join(kept)
    if thesis_at is not None:
        found.thesis = found.prose[thesis_at:].strip()
    return found


def _escaped_label(sentence: str) -> int | None:
    """Where the backslash stands in a sentence opening with an escaped
    inline label ("Thesis\\: x", see :func:`escape_inline_labels`)."""
    cut = sentence.find("\\:")
    if cut <= 0:
        return None
    label = parse_role_label(sentence[:cut] + sentence[cut + 1:])
    return cut if label is not None and _inline(*label) and len(label[1]) == cut + 1 else None


def escape_inline_labels(prose: str) -> str:
    """``prose`` with a backslash before the colon of each label that
    :func:`take_inline_labels` would take ("... sales. Thesis\\: Kathy ..."),
    so an outline export's prose reads back as the same words."""
    found = take_inline_labels(prose)
    if not found.labels:
        return prose
    out: list[str] = []
    cursor = 0
    for sentence in split_sentences(prose)[1:]:
        start = prose.find(sentence, cursor)
        if start < 0:
            break
        label = parse_role_label(sentence)
        if label is not None and _inline(*label):
            colon = start + len(label[1]) - 1
            out.append(prose[cursor:colon] + "\\")
            cursor = colon
    out.append(prose[cursor:])
    return "".join(out)


def _inline(role: LineRole, typed: str, rest: str) -> bool:
    """A label with a colon and words after it ("Thesis. It..." is a sentence)."""
    if not typed.endswith((":", "：")) or not rest.strip():
        return False
    if role is LineRole.THESIS:
        return True
    return role is LineRole.QUOTES and rest.lstrip()[:1] in _QUOTE_OPENERS
