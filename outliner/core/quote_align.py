"""Finding a quotation's words in a book's word stream.

Two ways: :func:`exact_spans` finds where the book holds the quotation word
for word (as :mod:`outliner.core.quote_normal` defines it), quickly, from the
index's word pairs; :func:`best_alignment` lines a quotation up against the
nearest passage word by word when it is not there exactly (an edit distance
over words, free at both ends of the book passage), to say what changed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from outliner.core.book_index import BookIndex
from outliner.core.quote_normal import Bracket, Element, Literal, Omission, same_word

#: How many book words one ellipsis may leave out (a passage, not a chapter).
MOST_OMITTED = 300
#: A pair of words found more often than this says little about where a
#: quotation sits; voting skips it.
_COMMON_PAIR = 400

Segment = list[Literal | Bracket]


@dataclass(frozen=True)
class Span:
    """Where the book holds a quotation: each segment's first word and the
    word after its last (a segment between ellipses may hold none)."""

    parts: tuple[tuple[int, int], ...]

    @property
    def first(self) -> int:
        return self.parts[0][0]

    @property
    def last(self) -> int:
        return max(end for _, end in self.parts) - 1


def split_segments(elements: list[Element]) -> list[Segment]:
    """The runs of a pattern between its omissions."""
    runs: list[Segment] = [[]]
    for el in elements:
        if isinstance(el, Omission):
            runs.append([])
        else:
            runs[-1].append(el)
    return [run for run in runs if run]


def _word_ok(index: BookIndex, lit: Literal, j: int, loose: bool) -> bool:
    if loose:
        if lit.partial:
            return same_word(lit, index.forms[j].casefold()) or same_word(lit, index.forms[j])
        return lit.key == index.keys[j]
    return same_word(lit, index.forms[j])


def match_at(index: BookIndex, seg: Segment, i: int, j: int, loose: bool = False) -> int | None:
    """The end of a match of ``seg[i:]`` starting at book word ``j``, or None."""
    n = len(index.words)
    words = index.words
    while i < len(seg):
        el = seg[i]
        if isinstance(el, Bracket):
            for k in el.widths():
                if j + k > n:
                    continue
                end = match_at(index, seg, i + 1, j + k, loose)
                if end is not None:
                    return end
            return None
        if j >= n or not _word_ok(index, el, j, loose):
            return None
        if (not loose and i + 1 < len(seg) and isinstance(seg[i + 1], Literal)
                and el.punct != words[j].punct):
            return None
        i += 1
        j += 1
    return j


def _anchor(index: BookIndex, seg: Segment) -> tuple[int, list[int]] | None:
    """The segment's literal word (or pair) the book holds least often."""
    best: tuple[int, list[int]] | None = None
    for i, el in enumerate(seg):
        if not isinstance(el, Literal) or el.partial:
            continue
        nxt = seg[i + 1] if i + 1 < len(seg) else None
        if isinstance(nxt, Literal) and not nxt.partial:
            found = index.occurrences(el.key, nxt.key)
        else:
            found = index.occurrences(el.key)
        if best is None or len(found) < len(best[1]):
            best = (i, found)
    if best is None:
        # Only words with bracketed letters ("[T]he" alone): read the book.
        for i, el in enumerate(seg):
            if isinstance(el, Literal):
                return i, [j for j, form in enumerate(index.forms) if same_word(el, form)
                           or same_word(el, form.casefold())]
    return best


def segment_matches(index: BookIndex, seg: Segment, loose: bool = False) -> list[tuple[int, int]]:
    """Every place the book holds this segment exactly, in order."""
    anchor = _anchor(index, seg)
    if anchor is None:
        return []
    a, postings = anchor
    fixed = sum(1 for el in seg[:a] if isinstance(el, Literal))
    leading = [el for el in seg[:a] if isinstance(el, Bracket)]
    spread = sum(el.most for el in leading)
    own = sum(el.own for el in leading)
    # Brackets before the anchor most likely stand for as many words as they hold.
    widths = sorted(range(spread + 1), key=lambda w: (abs(w - own), w))
    out: set[tuple[int, int]] = set()
    for pos in postings:
        for start in (pos - fixed - w for w in widths):
            if start < 0:
                continue
            end = match_at(index, seg, 0, start, loose)
            if end is not None and end > start:
                out.add((start, end))
                break
    return sorted(out)


def exact_spans(index: BookIndex, elements: list[Element], loose: bool = False) -> list[Span]:
    """Every place the book holds the whole quotation, ellipses honoured."""
    segs = split_segments(elements)
    if not segs:
        return []
    found = [segment_matches(index, seg, loose) for seg in segs]
    spans: list[Span] = []
    for first in found[0]:
        parts = [first]
        for later in found[1:]:
            prev_end = parts[-1][1]
            nxt = next((m for m in later if m[0] >= prev_end), None)
            if nxt is None or nxt[0] - prev_end > MOST_OMITTED:
                break
            parts.append(nxt)
        else:
            spans.append(Span(tuple(parts)))
    return spans


# -- alignment --------------------------------------------------------------

#: Costs: a word differing only in case, another word, a word added or left
#: out. A changed word costs less than an added one, so "ran" for "walked"
#: reads as a change, not as an addition (and an omission).
_CASE, _SUB, _GAP = 2, 4, 5
#: Another word that looks like the book's (the same first or last three
#: letters: "rumor" for "rumour", "classroom" for "room") is more likely the
#: changed word than one added beside it.
_LIKE = 3


@dataclass(frozen=True)
class Step:
    """One step of an alignment: ``quote`` is the segment element (None for
    a book word the quotation drops), ``book`` the book words it covers."""

    quote: Literal | Bracket | None
    book: tuple[int, ...]


@dataclass(frozen=True)
class Alignment:
    steps: tuple[Step, ...]
    cost: int

    @property
    def book_range(self) -> tuple[int, int] | None:
        covered = [j for step in self.steps for j in step.book]
        return (min(covered), max(covered) + 1) if covered else None


def _steps(el: Literal, forms: list[str], keys: list[str], lo: int, hi: int) -> list[int]:
    """The cost of matching ``el`` with each book word in [lo, hi)."""
    if el.partial:
        return [0 if same_word(el, forms[b]) else _SUB for b in range(lo, hi)]
    key = el.key
    head, tail = (key[:3], key[-3:]) if len(key) >= 3 else ("\0", "\0")
    return [(_LIKE if k[:3] == head or k[-3:] == tail else _SUB) if (k := keys[b]) != key
            else 0 if same_word(el, forms[b]) else _CASE
            for b in range(lo, hi)]


def align(index: BookIndex, seg: Segment, lo: int, hi: int, late: bool = False) -> Alignment:
    """The cheapest alignment of ``seg`` with some run of words in [lo, hi):
    of equally cheap ones the first, or the last when ``late``."""
    lo, hi = max(lo, 0), min(hi, len(index.words))
    width = hi - lo
    rows = len(seg)
    inf = 1 << 30
    cost = [[0] * (width + 1)] + [[inf] * (width + 1) for _ in range(rows)]
    back: list[list[tuple[str, int]]] = [[("", 0)] * (width + 1) for _ in range(rows + 1)]
    forms, keys = index.forms, index.keys
    for i, el in enumerate(seg):
        prev, row, brow = cost[i], cost[i + 1], back[i + 1]
        if isinstance(el, Bracket):
            widths = el.widths()
            for j in range(width + 1):
                best, pick = inf, 0
                for k in widths:
                    if k <= j and prev[j - k] < best:
                        best, pick = prev[j - k], k
                row[j], brow[j] = best, ("B", pick)
            continue
        costs = _steps(el, forms, keys, lo, hi)
        for j in range(width + 1):
            best, move = prev[j] + _GAP, ("I", 0)
            if j:
                step = costs[j - 1]
                if prev[j - 1] + step <= best:
                    best, move = prev[j - 1] + step, ("M", 0)
                if row[j - 1] + _GAP < best:
                    best, move = row[j - 1] + _GAP, ("D", 0)
            row[j], brow[j] = best, move
    last = cost[rows]
    low = min(last)
    ends = [j for j in range(width + 1) if last[j] == low]
    end = ends[-1] if late else ends[0]
    steps: list[Step] = []
    i, j = rows, end
    while i > 0:
        how, k = back[i][j]
        if how == "M":
            steps.append(Step(seg[i - 1], (lo + j - 1,)))
            i, j = i - 1, j - 1
        elif how == "I":
            steps.append(Step(seg[i - 1], ()))
            i -= 1
        elif how == "D":
            steps.append(Step(None, (lo + j - 1,)))
            j -= 1
        else:
            steps.append(Step(seg[i - 1], tuple(range(lo + j - k, lo + j))))
            i, j = i - 1, j - k
    steps.reverse()
    return Alignment(tuple(steps), last[end])


def _votes(index: BookIndex, seg: Segment) -> list[int]:
    """Where the segment may start, one guess per word pair the book holds."""
    guesses: list[int] = []
    for i in range(len(seg) - 1):
        a, b = seg[i], seg[i + 1]
        if isinstance(a, Literal) and isinstance(b, Literal):
            found = index.occurrences(a.key, b.key)
            if len(found) <= _COMMON_PAIR:
                guesses.extend(pos - i for pos in found)
    if not guesses:
        for i, el in enumerate(seg):
            if isinstance(el, Literal):
                found = index.occurrences(el.key)
                if len(found) <= _COMMON_PAIR:
                    guesses.extend(pos - i for pos in found)
    return guesses


def _regions(index: BookIndex, seg: Segment, most: int = 3) -> list[tuple[int, int]]:
    guesses = sorted(_votes(index, seg))
    if not guesses:
        return []
    reach = len(seg) // 2 + 3
    clusters: list[list[int]] = [[guesses[0]]]
    for g in guesses[1:]:
        if g - clusters[-1][-1] <= reach:
            clusters[-1].append(g)
        else:
            clusters.append([g])
    clusters.sort(key=len, reverse=True)
    # A place with less than half the best place's votes is not worth a look.
    clusters = [c for c in clusters if 2 * len(c) >= len(clusters[0])]
    slack = 4 + len(seg) // 3 + sum(el.most for el in seg if isinstance(el, Bracket))
    return [(c[0] - slack, c[-1] + len(seg) + slack) for c in clusters[:most]]


def best_alignment(index: BookIndex, elements: list[Element],
                   preferred: Callable[[Alignment], bool] | None = None,
                   ) -> list[Alignment] | None:
    """The closest passage to the quotation, one alignment per segment, or
    None when the book holds hardly any of its word pairs. Of equally close
    passages, one ``preferred`` says yes to (on the cited page) wins."""
    segs = split_segments(elements)
    if not segs:
        return None
    lits = [sum(isinstance(el, Literal) for el in seg) for seg in segs]
    a = max(range(len(segs)), key=lambda k: lits[k])
    options = [align(index, segs[a], lo, hi) for lo, hi in _regions(index, segs[a])]
    options = [opt for opt in options if opt.book_range is not None]
    if not options:
        return None
    out: dict[int, Alignment] = {a: min(options, key=lambda opt: (
        opt.cost, not (preferred is not None and preferred(opt))))}
    # The segments around it, each within an omission's reach of its neighbour.
    edge = out[a].book_range or (0, 0)
    for k in range(a + 1, len(segs)):
        out[k] = align(index, segs[k], edge[1], edge[1] + MOST_OMITTED + len(segs[k]) * 2)
        edge = out[k].book_range or edge
    edge = out[a].book_range or (0, 0)
    for k in range(a - 1, -1, -1):
        out[k] = align(index, segs[k], edge[0] - MOST_OMITTED - len(segs[k]) * 2, edge[0],
                       late=True)
        edge = out[k].book_range or edge
    return [out[k] for k in range(len(segs))]


__all__ = [
    "MOST_OMITTED", "Alignment", "Span", "Step", "align", "best_alignment", "exact_spans",
    "match_at", "segment_matches", "split_segments",
]
