"""The thesis: there is one, it sits in the introduction, it is one sentence."""

from __future__ import annotations

import re
from collections.abc import Iterator

from outliner.compose.checks.finding import Finding, found
from outliner.compose.checks.quoted import quotations_in
from outliner.core.essay import Essay, NodeKind
from outliner.core.translatable import QT_TRANSLATE_NOOP

#: A sentence ends at . ! or ? (closing marks after it allowed) followed by
#: a space and a capital, unless the word before is a common abbreviation.
_SENTENCE_END = re.compile(r"(?<=[.!?])[”’\"')\]]*\s+(?=[“\"‘'(\[]?[A-Z])")
_ABBREVIATION = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|St|vs|etc|e\.g|i\.e|p|pp|ch)\.|\b[A-Z]\.)$")


def sentence_count(text: str) -> int:
    """How many sentences ``text`` holds; stops inside quotations do not count."""
    text = text.strip()
    if not text:
        return 0
    quoted = [(q.start, q.end) for q in quotations_in(text)]
    count = 1
    for match in _SENTENCE_END.finditer(text):
        cut = match.start()
        if any(a <= cut < b for a, b in quoted):
            continue
        if _ABBREVIATION.search(text, 0, cut):
            continue
        count += 1
    return count


def check(essay: Essay) -> Iterator[Finding]:
    theses = [n for n in essay.walk() if n.kind is NodeKind.THESIS]
    if not theses:
        yield found("thesis", None, QT_TRANSLATE_NOOP("Check", "no thesis"))
        return
    for extra in theses[1:]:
        yield found("thesis", extra.id,
            QT_TRANSLATE_NOOP("Check", "a second thesis; an essay argues one"))
    thesis = theses[0]
    if thesis.parent is None or thesis.parent.kind is not NodeKind.INTRO:
        yield found("thesis", thesis.id, QT_TRANSLATE_NOOP("Check", "not in the introduction"))
    sentences = sentence_count(thesis.text)
    if sentences == 0:
        yield found("thesis", thesis.id, QT_TRANSLATE_NOOP("Check", "empty"))
    elif sentences > 1:
        yield found("thesis", thesis.id,
            QT_TRANSLATE_NOOP("Check", "{count} sentences; a thesis is one sentence"),
            count=sentences)
