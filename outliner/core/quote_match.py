"""Is a quotation word for word what the book says, on the page cited?

:func:`check_quotation` gives one :class:`QuoteVerdict` per quotation,
against a :class:`BookIndex` built once per book; :func:`search_book` finds
passages to quote. What counts as the same words is defined (and documented)
in :mod:`outliner.core.quote_normal`: quoting conventions are forgiven,
nothing else.

A quotation the book does not hold exactly is ALTERED when most of its words
match the closest passage in order: ``2 * matched / (quoted words + book
words)`` is at least :data:`ALTERED_AT` (a word differing only in case counts
as matched, and is still reported). Otherwise it is NOT_FOUND.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Literal as TypingLiteral

from outliner.core.book_index import BookIndex
from outliner.core.book_search import BookHit, search
from outliner.core.page_range import cited_pages
from outliner.core.quote_align import Alignment, Span, best_alignment, exact_spans
from outliner.core.quote_normal import Bracket, Literal, parse_quote, same_word

#: The share of matching words (see the module docstring) above which a
#: quotation is "altered" rather than "not found".
ALTERED_AT = 0.6


class VerdictKind(StrEnum):
    VERBATIM = "verbatim"
    OTHER_PAGE = "other_page"
    ALTERED = "altered"
    NOT_FOUND = "not_found"
    NO_SOURCE = "no_source"


DiffOp = TypingLiteral["same", "changed", "added", "dropped"]


@dataclass(frozen=True)
class DiffPart:
    """One word of the comparison: what the quotation has, what the book has."""

    op: DiffOp
    quote: str
    book: str


def _pages_text(pages: tuple[str, ...]) -> str:
    labels = [p for p in pages if p]
    if not labels:
        return ""
    if len(labels) == 1:
        return f"page {labels[0]}"
    return f"pages {labels[0]}–{labels[-1]}"


@dataclass(frozen=True)
class QuoteVerdict:
    """The verdict on one quotation.

    ``pages`` are where the book holds it (more than one when it runs across
    a page break); ``book_words`` what the book says there; ``diff`` the word
    by word comparison (ALTERED only; empty otherwise); ``cited`` the page the
    citation gave ("" when none).
    """

    kind: VerdictKind
    pages: tuple[str, ...] = ()
    book_words: str = ""
    diff: tuple[DiffPart, ...] = ()
    cited: str = ""

    @property
    def ok(self) -> bool:
        """Verbatim on the cited page (or anywhere, when none was cited)."""
        return self.kind is VerdictKind.VERBATIM

    @property
    def changes(self) -> tuple[DiffPart, ...]:
        return tuple(part for part in self.diff if part.op != "same")

    def message(self) -> str:
        """One line a student understands."""
        where = _pages_text(self.pages)
        if self.kind is VerdictKind.VERBATIM:
            return f"verbatim on {where}" if where else "verbatim in the source"
        if self.kind is VerdictKind.OTHER_PAGE:
            return f"verbatim, but on {where} (cited {self.cited})"
        if self.kind is VerdictKind.NOT_FOUND:
            return "not found in the source"
        if self.kind is VerdictKind.NO_SOURCE:
            return "no book attached to the source"
        said = "; ".join(_describe(part) for part in self.changes[:2])
        more = len(self.changes) - 2
        if more > 0:
            said += f"; {more} more change{'s' if more > 1 else ''}"
        place = where
        if where and self.cited and not self._on_cited_page():
            place = f"{where}, cited {self.cited}"
        return f"altered: {said}" + (f" ({place})" if place else "")

    def _on_cited_page(self) -> bool:
        cited = cited_pages(self.cited)
        return any(page in cited for page in self.pages)


def _describe(part: DiffPart) -> str:
    if part.op == "changed":
        return f'you wrote "{part.quote}", the book says "{part.book}"'
    if part.op == "added":
        return f'you added "{part.quote}"'
    return f'you left out "{part.book}"'


def check_quotation(index: BookIndex | None, quote: str, cited_page: str | None) -> QuoteVerdict:
    """The verdict on ``quote``, cited at ``cited_page`` (None: no page cited)."""
    cited = (cited_page or "").strip()
    if index is None:
        return QuoteVerdict(VerdictKind.NO_SOURCE, cited=cited)
    elements = parse_quote(quote)
    if not any(isinstance(el, Literal) for el in elements):
        return QuoteVerdict(VerdictKind.NOT_FOUND, cited=cited)
    spans = exact_spans(index, elements)
    if spans:
        return _verbatim(index, spans, cited)
    pages = cited_pages(cited)

    def on_cited_page(al: Alignment) -> bool:
        rng = al.book_range
        return rng is not None and any(label in pages
                                       for label in index.page_labels(rng[0], rng[1] - 1))

    aligned = best_alignment(index, elements, on_cited_page)
    if aligned is None:
        return QuoteVerdict(VerdictKind.NOT_FOUND, cited=cited)
    return _altered(index, aligned, cited)


def _verbatim(index: BookIndex, spans: list[Span], cited: str) -> QuoteVerdict:
    pages = cited_pages(cited)
    for span in spans:
        labels = index.page_labels(span.first, span.last)
        if not cited or any(label in pages for label in labels):
            return QuoteVerdict(VerdictKind.VERBATIM, labels,
                                index.passage(span.first, span.last), cited=cited)
    span = spans[0]
    labels = index.page_labels(span.first, span.last)
    kind = VerdictKind.OTHER_PAGE if any(labels) else VerdictKind.VERBATIM
    return QuoteVerdict(kind, labels, index.passage(span.first, span.last), cited=cited)


def _altered(index: BookIndex, aligned: list[Alignment], cited: str) -> QuoteVerdict:
    parts: list[DiffPart] = []
    matched = quoted = book = 0
    covered: list[int] = []
    for n, al in enumerate(aligned):
        if n:
            gap_from = covered[-1] + 1 if covered else 0
            rng = al.book_range
            gap_to = rng[0] if rng else gap_from
            omitted = index.passage(gap_from, gap_to - 1) if gap_to > gap_from else ""
            parts.append(DiffPart("same", "…", omitted))
        steps = al.steps
        for s, step in enumerate(steps):
            covered.extend(step.book)
            el = step.quote
            if el is None:
                book += 1
                parts.append(DiffPart("dropped", "", index.passage(step.book[0], step.book[0])))
                continue
            if isinstance(el, Bracket):
                text = index.passage(step.book[0], step.book[-1]) if step.book else ""
                parts.append(DiffPart("same", el.shown, text))
                continue
            quoted += 1
            if not step.book:
                parts.append(DiffPart("added", el.shown, ""))
                continue
            j = step.book[0]
            book += 1
            word = index.passage(j, j)
            if el.key == index.keys[j] or same_word(el, index.forms[j]):
                matched += 1
            if not same_word(el, index.forms[j]):
                parts.append(DiffPart("changed", el.shown, word))
                continue
            nxt = steps[s + 1] if s + 1 < len(steps) else None
            if (nxt is not None and isinstance(nxt.quote, Literal) and nxt.book == (j + 1,)
                    and el.punct != index.words[j].punct):
                parts.append(DiffPart("changed", el.shown + el.punct,
                                      word + index.words[j].punct))
                continue
            parts.append(DiffPart("same", el.shown, word))
    if not covered:
        return QuoteVerdict(VerdictKind.NOT_FOUND, cited=cited)
    first, last = min(covered), max(covered)
    labels = index.page_labels(first, last)
    passage = index.passage(first, last)
    if not any(part.op != "same" for part in parts):
        # Only an ellipsis reaching further than exact matching looks.
        on_cited = not cited or any(label in cited_pages(cited) for label in labels)
        kind = VerdictKind.VERBATIM if on_cited or not any(labels) else VerdictKind.OTHER_PAGE
        return QuoteVerdict(kind, labels, passage, cited=cited)
    if quoted + book == 0 or 2 * matched / (quoted + book) < ALTERED_AT:
        return QuoteVerdict(VerdictKind.NOT_FOUND, cited=cited)
    return QuoteVerdict(VerdictKind.ALTERED, labels, passage, tuple(parts), cited)


def search_book(index: BookIndex, query: str, limit: int = 50) -> list[BookHit]:
    """Passages holding ``query``: the phrase (forgiving case and
    punctuation as well as quoting conventions), else, for several words,
    the sentences holding them all."""
    return search(index, query, limit)


__all__ = [
    "ALTERED_AT", "BookHit", "BookIndex", "DiffPart", "QuoteVerdict", "VerdictKind",
    "check_quotation", "search_book",
]
