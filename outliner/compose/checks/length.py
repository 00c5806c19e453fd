"""Word count against the essay's target and each paragraph's own, counted
as core/words.py counts words (the tree, editor and status bar agree)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from outliner.compose.checks.finding import Finding, found
from outliner.core.essay import PARAGRAPH_KINDS, Essay
from outliner.core.translatable import QT_TRANSLATE_NOOP
from outliner.core.words import Counted, essay_words, node_count

#: How far over its target an essay may run before it is flagged.
OVER_BY = 0.10


@dataclass(frozen=True)
class Progress:
    """Words written against a target (target 0: none set)."""

    words: int
    target: int

    @property
    def percent(self) -> int:
        return round(100 * self.words / self.target) if self.target else 0

    def text(self) -> str:
        """"450 / 1,000 words (45%)", or "450 words" with no target."""
        if not self.target:
            return f"{self.words:,} words"
        return f"{self.words:,} / {self.target:,} words ({self.percent}%)"


def essay_progress(essay: Essay) -> Progress:
    return Progress(essay_words(essay), essay.meta.word_target)


def _against(node_id: str | None, words: int, target: int) -> Finding | None:
    if words < target:
        return found("length", node_id,
            QT_TRANSLATE_NOOP("Check", "{words} of {target} words ({left} to go)"),
            words=words, target=target, left=target - words)
    if words > target * (1 + OVER_BY):
        return found("length", node_id,
            QT_TRANSLATE_NOOP("Check", "{words} words, {over} over the target of {target}"),
            words=words, over=words - target, target=target)
    return None


def check(essay: Essay) -> Iterator[Finding]:
    if essay.meta.word_target:
        finding = _against(None, essay_words(essay), essay.meta.word_target)
        if finding:
            yield finding
    for node in essay.walk():
        if node.target and node.kind in PARAGRAPH_KINDS:
            count = node_count(node)
            if count.counted is not Counted.PROSE:
                # Notes are not the paragraph: say so rather than "N to go" of notes.
                yield found("length", node.id, QT_TRANSLATE_NOOP(
                    "Check", "0 of {target} words written ({notes} words of notes, which the "
                    "target does not count)"), target=node.target, notes=count.words)
                continue
            finding = _against(node.id, count.words, node.target)
            if finding:
                yield finding
