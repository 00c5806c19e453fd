"""A book's words in one stream, with their pages, indexed for quick look-up.

Built once per book (:class:`BookIndex`); each quotation then looks up the
word pairs it holds instead of reading the book. A word hyphenated across a
page break ("some-" at the foot of one page, "thing" at the top of the next)
is one word on both pages.
"""

from __future__ import annotations

import re
from collections import defaultdict
from itertools import pairwise
from typing import NamedTuple

from outliner.core.book_text import BookText
from outliner.core.quote_normal import punct_form, text_form, word_spans

_SPACE = re.compile(r"\s+")
_BROKEN_WORD = re.compile(r"([^\W_])(?:[-\u2010\u2011][ \t]*\r?\n[ \t]*|\u00ad\s*)(?=[^\W_])")
_TRAILING_HYPHEN = re.compile(r"[^\W_][-\u2010\u2011\u00ad]\s*$")


class BookWord(NamedTuple):
    """One word of the book: its compared form, the punctuation after it,
    and where its text starts and ends (page index, character offset)."""

    form: str
    key: str
    punct: str
    first_page: int
    start: int
    last_page: int
    end: int


class BookIndex:
    """A book's word stream with page boundaries and a word-pair index."""

    def __init__(self, book: BookText) -> None:
        self.book = book
        self.labels: tuple[str, ...] = tuple(page.label for page in book.pages)
        #: Each page's text as matching reads it (and passages are cut from).
        self.texts: tuple[str, ...] = tuple(text_form(page.text) for page in book.pages)
        self.words: list[BookWord] = []
        self._read()
        self.keys: list[str] = [w.key for w in self.words]
        self.forms: list[str] = [w.form for w in self.words]
        singles: defaultdict[str, list[int]] = defaultdict(list)
        pairs: defaultdict[tuple[str, str], list[int]] = defaultdict(list)
        keys = self.keys
        for i, key in enumerate(keys):
            singles[key].append(i)
        for i, pair in enumerate(pairwise(keys)):
            pairs[pair].append(i)
        self.singles: dict[str, list[int]] = dict(singles)
        self.pairs: dict[tuple[str, str], list[int]] = dict(pairs)

    def _read(self) -> None:
        words = self.words
        for p, text in enumerate(self.texts):
            forms, starts, ends = word_spans(text)
            if not forms:
                continue
            nexts = [*starts[1:], len(text)]
            puncts = [punct_form(text[e:n]) for e, n in zip(ends, nexts, strict=True)]
            if _TRAILING_HYPHEN.search(text):
                puncts[-1] = ""
            first = 0
            prev = words[-1] if words else None
            if (prev is not None and prev.last_page == p - 1 and self._ends_hyphenated(p - 1)
                    and not text[:starts[0]].strip()):
                # "some-" at the foot of one page, "thing" atop the next.
                form = prev.form + forms[0]
                words[-1] = BookWord(form, form.casefold(), puncts[0], prev.first_page,
                                     prev.start, p, ends[0])
                first = 1
            words.extend(BookWord(f, f.casefold(), c, p, a, p, b) for f, c, a, b in
                         zip(forms[first:], puncts[first:], starts[first:], ends[first:],
                             strict=True))

    def _ends_hyphenated(self, p: int) -> bool:
        return p >= 0 and bool(_TRAILING_HYPHEN.search(self.texts[p]))

    # -- reading back ---------------------------------------------------

    def __len__(self) -> int:
        return len(self.words)

    def page_labels(self, first: int, last: int) -> tuple[str, ...]:
        """The labels of the pages words ``first``..``last`` (inclusive) sit on."""
        a = self.words[first].first_page
        b = self.words[last].last_page
        return tuple(dict.fromkeys(self.labels[a:b + 1]))

    def passage(self, first: int, last: int) -> str:
        """The book's own text from word ``first`` to word ``last`` (inclusive),
        line breaks as spaces and hyphenation across lines undone."""
        start, end = self.words[first], self.words[last]
        out = ""
        glued = False  # the last page ended with half a hyphenated word
        for p in range(start.first_page, end.last_page + 1):
            text = self.texts[p]
            piece = text[start.start if p == start.first_page else 0:
                         end.end if p == end.last_page else len(text)]
            out = out + piece.lstrip() if glued else f"{out} {piece}" if out else piece
            glued = p < end.last_page and bool(_TRAILING_HYPHEN.search(piece))
            if glued:
                out = out.rstrip()[:-1]
        return _SPACE.sub(" ", _BROKEN_WORD.sub(r"\1", out)).strip()

    def occurrences(self, key: str, next_key: str | None = None) -> list[int]:
        """Where a word (or a pair of words) sits in the stream."""
        if next_key is None:
            return self.singles.get(key, [])
        return self.pairs.get((key, next_key), [])


__all__ = ["BookIndex", "BookWord"]
