"""Searching a book for passages to quote: a phrase, else sentences holding
every word asked for. Case, punctuation and quoting conventions (see
:mod:`outliner.core.quote_normal`) are forgiven."""

from __future__ import annotations

from dataclasses import dataclass

from outliner.core.book_index import BookIndex
from outliner.core.quote_align import exact_spans
from outliner.core.quote_normal import Literal, parse_quote

#: Words of context either side of a hit in its excerpt.
_CONTEXT = 8
_SENTENCE_END = frozenset(".!?")
_QUOTE_MARKS = "\"“”'‘’"


@dataclass(frozen=True)
class BookHit:
    """A passage found: its page (two labels joined by "-" when it runs
    across a page break), the exact text to insert as a quotation, an
    excerpt with some words around it, and the whole sentence (or
    sentences) holding it on its pages, to quote or trim (its page is
    ``sentence_page``)."""

    page: str
    text: str
    excerpt: str
    sentence: str = ""
    sentence_page: str = ""


def _hit(index: BookIndex, first: int, last: int) -> BookHit:
    page = _page_of(index, first, last)
    text = index.passage(first, last)
    # Context from the hit's own pages only: its page is the one cited.
    words = index.words
    a = first
    while a > 0 and first - a < _CONTEXT and words[a - 1].last_page >= words[first].first_page:
        a -= 1
    b = last
    while (b < len(words) - 1 and b - last < _CONTEXT
           and words[b + 1].first_page <= words[last].last_page):
        b += 1
    excerpt = index.passage(a, b)
    excerpt = ("… " if first - a == _CONTEXT else "") + excerpt + (
        " …" if b - last == _CONTEXT else "")
    sentence, sentence_page = _whole_sentence(index, first, last)
    return BookHit(page, text, excerpt, sentence, sentence_page)


def _page_of(index: BookIndex, first: int, last: int) -> str:
    """The page of words ``first`` to ``last``: two labels joined by "-" when
    they run across a page break, "" in a book without numbers."""
    labels = [label for label in index.page_labels(first, last) if label]
    return f"{labels[0]}-{labels[-1]}" if len(labels) > 1 else (labels[0] if labels else "")


def _whole_sentence(index: BookIndex, first: int, last: int) -> tuple[str, str]:
    """The sentences holding words ``first`` to ``last``, as the book prints
    them without the quotation marks around them, and their page: the
    sentence stops at the hit's pages (a quotation cites where it is)."""
    words = index.words
    a, _ = _sentence(index, first)
    _, b = _sentence(index, last)
    a = max(a, next(i for i in range(first, -1, -1)
                    if i == 0 or words[i - 1].last_page < words[first].first_page))
    while b > last and words[b].first_page > words[last].last_page:
        b -= 1
    # A sentence starts with a word: not with the "1)" of a numbered
    # paragraph or a bracketed "(12)" printed before it ("1984 was ..." keeps
    # its number).
    while a < first and not any(ch.isalpha() for ch in words[a].form) \
            and any(mark in words[a].punct for mark in ")]"):
        a += 1
    ending = "".join(ch for ch in words[b].punct if ch not in _QUOTE_MARKS).strip()
    text = (index.passage(a, b) + ending).strip(_QUOTE_MARKS + " ")
    return text, _page_of(index, a, b)


def _sentence(index: BookIndex, j: int) -> tuple[int, int]:
    words = index.words
    first = j
    while first > 0 and not (set(words[first - 1].punct) & _SENTENCE_END):
        first -= 1
    last = j
    while last < len(words) - 1 and not (set(words[last].punct) & _SENTENCE_END):
        last += 1
    return first, last


def search(index: BookIndex, query: str, limit: int = 50) -> list[BookHit]:
    """Up to ``limit`` passages holding ``query``, in reading order."""
    phrase = query.strip()
    quoted = len(phrase) > 1 and phrase[0] in _QUOTE_MARKS and phrase[-1] in _QUOTE_MARKS
    elements = parse_quote(phrase.strip(_QUOTE_MARKS))
    literals = [el for el in elements if isinstance(el, Literal)]
    if not literals or limit <= 0:
        return []
    hits = [_hit(index, span.first, span.last) for span in exact_spans(index, elements, loose=True)]
    if hits or quoted or len(literals) < 2:
        return hits[:limit]
    # Words anywhere in one sentence, found from the rarest of them.
    keys = {lit.key for lit in literals}
    rarest = min(keys, key=lambda k: len(index.occurrences(k)))
    seen: set[int] = set()
    out: list[BookHit] = []
    for j in index.occurrences(rarest):
        first, last = _sentence(index, j)
        if first in seen:
            continue
        seen.add(first)
        if keys <= set(index.keys[first:last + 1]):
            out.append(_hit(index, first, last))
            if len(out) >= limit:
                break
    return out


__all__ = ["BookHit", "search"]
