"""A book's words in one stream, with their pages, indexed for quick look-up.

Built once per book (:class:`BookIndex`); each quotation then looks up the
word pairs it holds instead of reading the book. A word hyphenated across a
page break ("some-" at the foot of one page, "thing" at the top of the next)
is one word on both pages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from outliner.core.book_text import BookText
from outliner.core.quote_normal import find_words, punct_form

_SPACE = re.compile(r"\s+")
_BROKEN_WORD = re.compile(r"([^\W_])-[ \t]*\r?\n[ \t]*(?=[^\W_])")
_TRAILING_HYPHEN = re.compile(r"[^\W_]-\s*$")


@dataclass(frozen=True)
class BookWord:
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
        self.words: list[BookWord] = []
        self._read(book)
        self.keys: list[str] = [w.key for w in self.words]
        self.forms: list[str] = [w.form for w in self.words]
        self.singles: dict[str, list[int]] = {}
        self.pairs: dict[tuple[str, str], list[int]] = {}
        keys = self.keys
        for i, key in enumerate(keys):
            self.singles.setdefault(key, []).append(i)
            if i + 1 < len(keys):
                self.pairs.setdefault((key, keys[i + 1]), []).append(i)

    def _read(self, book: BookText) -> None:
        words = self.words
        for p, page in enumerate(book.pages):
            text = page.text
            found = find_words(text)
            hyphenated = bool(found) and bool(_TRAILING_HYPHEN.search(text))
            for i, raw in enumerate(found):
                end = found[i + 1].start if i + 1 < len(found) else len(text)
                punct = "" if hyphenated and i + 1 == len(found) else punct_form(text[raw.end:end])
                prev = words[-1] if words else None
                if (i == 0 and prev is not None and prev.last_page == p - 1
                        and self._ends_hyphenated(p - 1) and not text[:raw.start].strip()):
                    # "some-" at the foot of one page, "thing" atop the next.
                    form = prev.form + raw.form
                    words[-1] = BookWord(form, form.casefold(), punct, prev.first_page,
                                         prev.start, p, raw.end)
                    continue
                words.append(BookWord(raw.form, raw.form.casefold(), punct, p, raw.start,
                                      p, raw.end))

    def _ends_hyphenated(self, p: int) -> bool:
        return p >= 0 and bool(_TRAILING_HYPHEN.search(self.book.pages[p].text))

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
        pages = self.book.pages
        parts: list[str] = []
        for p in range(start.first_page, end.last_page + 1):
            text = pages[p].text
            a = start.start if p == start.first_page else 0
            b = end.end if p == end.last_page else len(text)
            piece = text[a:b]
            if p < end.last_page and _TRAILING_HYPHEN.search(piece):
                piece = piece.rstrip()[:-1]  # hyphenated across the page break
                parts.append(piece)
                parts.append("\x00")
            else:
                parts.append(piece)
        joined = " ".join(parts).replace(" \x00 ", "").replace("\x00", "")
        joined = _BROKEN_WORD.sub(r"\1", joined)
        return _SPACE.sub(" ", joined).strip()

    def occurrences(self, key: str, next_key: str | None = None) -> list[int]:
        """Where a word (or a pair of words) sits in the stream."""
        if next_key is None:
            return self.singles.get(key, [])
        return self.pairs.get((key, next_key), [])


__all__ = ["BookIndex", "BookWord"]
