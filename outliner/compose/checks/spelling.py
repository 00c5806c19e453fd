"""Spelling: which words of a text to ask a dictionary about, and the
findings for an essay.

The dictionary itself (hunspell through enchant, or the pure-Python
fallback) lives in the io layer; here it is any :class:`Speller`. Never
checked: quotations (the writer must not "correct" a quoted text), cites,
words that start with a capital (names and titles: no dictionary holds
them all), words with digits, links and addresses, and the essay's own word
list. Results are cached per text, so a pass after one edit only asks
about the text that changed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Protocol

from outliner.compose.checks.finding import Finding, found
from outliner.compose.checks.quoted import quotations_in
from outliner.core.essay import Essay, NodeKind
from outliner.core.translatable import QT_TRANSLATE_NOOP

#: A run of letters with inner apostrophes: "don't", "clones’" gives "clones".
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
#: Whitespace-separated chunks that are not words: links, addresses, numbers.
_SKIP_CHUNK = re.compile(r"\S*(?:://|www\.|@|\d)\S*")

Range = tuple[int, int]


class Speller(Protocol):
    """A dictionary: is a word spelled right, and what might be meant."""

    def known(self, word: str) -> bool: ...
    def suggest(self, word: str) -> list[str]: ...


def _skipped_spans(text: str) -> list[Range]:
    spans = [(q.start, q.end) for q in quotations_in(text)]
    spans += [(m.start(), m.end()) for m in _SKIP_CHUNK.finditer(text)]
    return sorted(spans)


def candidate_words(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, word) for each word of ``text`` a dictionary is asked about."""
    skipped = _skipped_spans(text)
    index = 0
    for match in _WORD.finditer(text):
        start, end = match.span()
        while index < len(skipped) and skipped[index][1] <= start:
            index += 1
        if index < len(skipped) and skipped[index][0] <= start < skipped[index][1]:
            continue
        word = match.group()
        if len(word) < 2 or word[0].isupper():
            continue
        yield start, end, word.replace("’", "'")


class SpellingCheck:
    """Misspelled ranges of texts, cached per text, for one speller and
    word list (a new language or word list needs a new instance)."""

    def __init__(self, speller: Speller, accepted: tuple[str, ...] = ()) -> None:
        self.speller = speller
        self.accepted = frozenset(w.casefold() for w in accepted)
        self._cache: dict[str, tuple[Range, ...]] = {}

    def is_accepted(self, word: str) -> bool:
        return word.casefold() in self.accepted or self.speller.known(word)

    def misspelled(self, text: str) -> tuple[Range, ...]:
        """The ranges of ``text`` holding misspelled words, in order."""
        ranges = self._cache.get(text)
        if ranges is None:
            ranges = tuple((start, end) for start, end, word in candidate_words(text)
                           if not self.is_accepted(word))
            if len(self._cache) > 50_000:  # a long session: start afresh
                self._cache.clear()
            self._cache[text] = ranges
        return ranges

    def words(self, text: str) -> list[str]:
        """The distinct misspelled words of ``text``, in order."""
        found = [text[a:b] for a, b in self.misspelled(text)]
        return list(dict.fromkeys(found))


def check(essay: Essay, spelling: SpellingCheck) -> Iterator[Finding]:
    for word in spelling.words(essay.meta.title):
        yield found("spelling", None,
            QT_TRANSLATE_NOOP("Check", "“{word}” in the title may be misspelled"),
            word=word)
    for node in essay.walk():
        texts = [node.prose] if node.kind is NodeKind.QUOTE else [node.text, node.prose]
        words = [w for text in texts if text for w in spelling.words(text)]
        for word in dict.fromkeys(words):
            yield found("spelling", node.id,
                QT_TRANSLATE_NOOP("Check", "“{word}” may be misspelled"), word=word)
