"""The page numbers printed on a book's pages, found in their text.

A PDF made from a book (or from a word processor) rarely carries page
labels, but its pages print their number in a header or footer: a line
that is just "258", "- 258 -" or "xii". One such line alone proves
nothing (a list item, a year, a table cell), so the numbers are read as
sequences: each candidate votes for the difference between its value and
its page's position, and a difference at least two pages agree on numbers
the pages from its first until another sequence begins, also pages that
print none (chapter openings). An excerpt (a course pack of pages 41-42
and 255-258) has two. Pages before the first may carry a Roman sequence of
their own (front matter), found the same way.

The number line itself is taken out of the page's text: a quotation that
runs over a page break must not read "... the 259 hall ...".
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from outliner.core.roman import roman_value, to_roman

#: Lines looked at from each end of a page (a header and a footer, and a
#: running title beside them).
_EDGE_LINES = 2
#: "258", "- 258 -", "[258]", "xii", "— xii —": the number and at most a
#: few marks around it.
_NUMBER_LINE = re.compile(r"^[\s\-–—\[\](){}|.·•]{0,4}(\d{1,5}|[ivxlcdm]{1,10}|[IVXLCDM]{1,10})"
                          r"[\s\-–—\[\](){}|.·•]{0,4}$")
#: Share of pages that must agree on a sequence (and never fewer than two).
_MIN_SHARE = 0.25


@dataclass(frozen=True)
class PrintedNumbers:
    """One label per page ("" where none can be told) and each page's text
    with its number line taken out."""

    labels: tuple[str, ...]
    texts: tuple[str, ...]


@dataclass(frozen=True)
class _Candidate:
    page: int  # position, from 0
    line: int  # index into the page's lines
    value: int
    roman: bool
    upper: bool


def find_printed_numbers(texts: Sequence[str]) -> PrintedNumbers | None:
    """The printed numbers of pages with these texts, or None when no
    arabic sequence is printed consistently enough to trust."""
    lines = [text.splitlines() for text in texts]
    candidates = [c for page, page_lines in enumerate(lines)
                  for c in _candidates(page, page_lines)]
    runs = _sequences([c for c in candidates if not c.roman], len(texts))
    if not runs:
        return None
    labels = ["" for _ in texts]
    first_page, first_offset = runs[0]
    for page in range(first_page, len(texts)):
        # The sequence in force: the last one begun at or before this page.
        offset = next(o for start, o in reversed(runs) if start <= page)
        if page + offset >= 1:
            labels[page] = str(page + offset)
    # Before the first: front matter's Roman sequence, else the first
    # sequence's numbers back to 1 (a title page prints none).
    front_candidates = [c for c in candidates if c.roman and c.page < first_page]
    roman = _sequences(front_candidates, first_page)
    if roman:
        offset = roman[0][1]
        upper = Counter(c.upper for c in front_candidates
                        if c.value - c.page == offset).most_common(1)[0][0]
        for page in range(first_page):
            if page + first_offset < 1 and page + offset >= 1:
                numeral = to_roman(page + offset)
                labels[page] = numeral if upper else numeral.lower()
    for page in range(first_page):
        if page + first_offset >= 1:
            labels[page] = str(page + first_offset)
    # Take out the one line per page that prints the label found for it.
    drop: dict[int, int] = {}
    for c in candidates:
        shown = to_roman(c.value) if c.roman else str(c.value)
        if labels[c.page].upper() == shown and c.page not in drop:
            drop[c.page] = c.line
    cleaned = tuple(
        "\n".join(line for n, line in enumerate(page_lines) if drop.get(page) != n)
        if page in drop else texts[page]
        for page, page_lines in enumerate(lines))
    return PrintedNumbers(tuple(labels), cleaned)


def _candidates(page: int, lines: list[str]) -> list[_Candidate]:
    filled = [n for n, line in enumerate(lines) if line.strip()]
    edges = sorted(set(filled[:_EDGE_LINES] + filled[-_EDGE_LINES:]))
    found: list[_Candidate] = []
    for n in edges:
        match = _NUMBER_LINE.match(lines[n])
        if not match:
            continue
        token = match[1]
        if token.isdigit():
            found.append(_Candidate(page, n, int(token), roman=False, upper=False))
        elif value := roman_value(token):
            found.append(_Candidate(page, n, value, roman=True, upper=token.isupper()))
    return found


def _sequences(candidates: list[_Candidate], pages: int) -> list[tuple[int, int]]:
    """Where each printed sequence begins: (first page, value minus position),
    in page order. A sequence is an offset at least two pages agree on (an
    excerpt of pages 41-42 and 255-258 has two); together they must cover
    enough of the pages, else nothing is trusted."""
    if not candidates or pages <= 0:
        return []
    supporters: dict[int, set[int]] = {}
    for c in candidates:
        supporters.setdefault(c.value - c.page, set()).add(c.page)
    kept = {offset: found for offset, found in supporters.items()
            if len(found) >= min(2, pages)}
    if sum(len(found) for found in kept.values()) < _MIN_SHARE * pages:
        return []
    # A sequence is in force from its first page until another one's page.
    runs: list[tuple[int, int]] = []
    for page, offset in sorted((page, offset) for offset, found in kept.items()
                               for page in found):
        if not runs or runs[-1][1] != offset:
            runs.append((page, offset))
    return runs


__all__ = ["PrintedNumbers", "find_printed_numbers"]
