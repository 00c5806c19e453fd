"""Every quotation against the book its source is attached to: word for
word, and on the page its citation gives.

A quotation node's source is the one its citation names by author, else
its own ``source``, else the essay's first (the rule ``compose/restyle.py``
follows); its page is the locator of its citation as ``compose/restyle.py``
reads it ("258", "p. 258", "Ishiguro 258", "41–2", "xii"). A locator that is
not a page ("Act 2, Scene 1", "ch. 3") cites no page: the quotation is then
only looked for.

:func:`check_book_quotes` gives one verdict per quotation node and the
findings to list: one per quotation whose source has a book that does not
hold it verbatim on the cited page. A quotation whose source has no book
gets a NO_SOURCE verdict but no finding (most essays attach no book).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from outliner.compose.checks.finding import Finding
from outliner.compose.citing.parts import bare_pages, clean, is_page_number, named
from outliner.compose.restyle import CiteParts, parse_citation
from outliner.core.essay import Essay, Node, NodeKind
from outliner.core.quote_match import BookIndex, QuoteVerdict, VerdictKind, check_quotation
from outliner.core.sources import Source

#: The kind of finding this check yields.
KIND = "book"


@dataclass(frozen=True)
class BookQuoteCheck:
    """One verdict per quotation node (by node id), and the findings."""

    verdicts: dict[str, QuoteVerdict]
    findings: list[Finding]


def _parts(cite: str) -> CiteParts | None:
    text = clean(cite)
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1]
    return parse_citation(text) if text else None


def cited_page(cite: str) -> str | None:
    """The page (or range) a quotation's citation gives, None for none."""
    parts = _parts(cite)
    if parts is None or not parts.locator:
        return None
    pages = bare_pages(parts.locator)
    listed = [p.strip() for p in pages.split(",")]
    return pages if all(is_page_number(p) or _roman_range(p) for p in listed) else None


def _roman_range(pages: str) -> bool:
    ends = pages.split("–")
    return len(ends) == 2 and all(is_page_number(e) and not e.isdigit() for e in ends)


def quote_source(essay: Essay, node: Node) -> Source | None:
    """The source a quotation node cites: by its citation's author name,
    else its own source, else the essay's first."""
    parts = _parts(node.cite)
    if parts is not None and parts.name:
        family = parts.name.split()[0].casefold()
        word = re.compile(rf"\b{re.escape(family)}\b", re.IGNORECASE)
        for source in essay.sources:
            names = named(source.authors) or named(source.editors)
            if names and any(clean(n.family).casefold() == family for n in names):
                return source
            if not names and word.search(source.text):  # a free-text entry
                return source
    return essay.source_for(node)


def check_book_quotes(essay: Essay, books: Mapping[str, BookIndex]) -> BookQuoteCheck:
    """Verdicts and findings for every quotation node of ``essay``;
    ``books`` holds the indexed book of each source that has one, by id."""
    verdicts: dict[str, QuoteVerdict] = {}
    findings: list[Finding] = []
    for node in essay.walk():
        if node.kind is not NodeKind.QUOTE or not node.text.strip():
            continue
        source = quote_source(essay, node)
        index = books.get(source.id) if source is not None else None
        verdict = check_quotation(index, node.text, cited_page(node.cite))
        verdicts[node.id] = verdict
        if verdict.kind is not VerdictKind.VERBATIM and verdict.kind is not VerdictKind.NO_SOURCE:
            findings.append(Finding(KIND, node.id, verdict.message()))
    return BookQuoteCheck(verdicts, findings)


def check(essay: Essay, books: Mapping[str, BookIndex]) -> Iterator[Finding]:
    """The findings alone, as the other checks yield theirs."""
    yield from check_book_quotes(essay, books).findings


__all__ = ["KIND", "BookQuoteCheck", "check", "check_book_quotes", "cited_page", "quote_source"]
