"""Text helpers for the draft importer: sentences, wrapped lines, prose,
dates and Works Cited entries. Pure functions on strings and classified lines.
"""

from __future__ import annotations

import re
from itertools import islice

from outliner.core.quotations import (
    Quotation,
    cited_quotations,
    find_quotations,
    outside_quotations,
)
from outliner.io.importers.lines import Line, LineKind, LineRole

#: A line longer than this that ends a sentence ends its paragraph: drafts
#: that put one paragraph per line have no blank lines between paragraphs.
LONG_LINE = 100
#: Lines of a hard-wrapped paragraph (all but its last) are at least this long.
WRAPPED_LINE = 35

_ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "st", "jr", "sr", "vs", "etc", "e.g", "i.e", "qtd", "p",
    "pp", "pg", "ch", "vol", "no", "ed", "eds", "trans", "fig", "cf", "al", "prof", "rev",
    "gen", "capt", "lt", "col", "mt", "ft", "approx", "ca",
})
_SENTENCE_END = re.compile(r"[.!?]+[\"”’)\]]*\s+(?=[\"“‘(\[]?[^\W_a-z])")
_WORD_BEFORE = re.compile(r"([\w.]+)$")
_CONCLUDING = re.compile(
    r"^\W*(?:in\s+conclusion|to\s+conclude|ultimately|in\s+the\s+end|to\s+sum\s+up|"
    r"in\s+summary|in\s+closing|all\s+in\s+all|overall)\b",
    re.IGNORECASE,
)
_DATE = re.compile(
    r"^(?:\d{1,2}\s+[A-Za-z]{3,9}\.?,?\s+\d{4}|[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}"
    r"|\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4})$"
)
_ALNUM = re.compile(r"[^\W_]")
_LINK_END = re.compile(r"(?:https?://|doi:|www\.)\S*$")


def split_sentences(text: str) -> list[str]:
    """Split prose into sentences, never inside a quotation or after "Mr."."""
    quotations = find_quotations(text)
    protected = [(q.start, q.end) for q in quotations]
    # (stop, end of the break, check the word before the stop)
    breaks = [(m.start(), m.end(), True) for m in _SENTENCE_END.finditer(text)]
    breaks += _breaks_after_citations(text, quotations)
    breaks.sort()
    sentences: list[str] = []
    start = 0
    for cut, end, check_word in breaks:
        if cut < start:
            continue
        inside = next(((a, b) for a, b in protected if a <= cut < b), None)
        if inside is not None and check_word:
            # A stop inside a quotation ends the sentence only when the
            # quotation closes right there and no citation follows it.
            closes_here = inside[1] <= end
            if not closes_here or text.startswith("(", end):
                continue
        before = _WORD_BEFORE.search(text, max(start, cut - 40), cut)
        word = before.group(1).lower() if before else ""
        if check_word and (word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())):
            continue
        sentence = text[start:end].strip()
        if sentence:
            sentences.append(sentence)
        start = end
    tail = text[start:].strip()
    if tail:
        sentences.append(tail)
    return sentences


_NEXT_SENTENCE = re.compile(r"\s+(?=[\"“‘(\[]?[^\W_a-z])")


def _breaks_after_citations(text: str, quotations: list[Quotation]) -> list[tuple[int, int, bool]]:
    """Sentence breaks right after a citation whose quotation ended the
    sentence inside its marks: “… every room.” (Lubrano [p. XX]) Kathy …"""
    found: list[tuple[int, int, bool]] = []
    for quote in quotations:
        inner = text[quote.inner_start : quote.inner_end].rstrip()
        if quote.has_cite and inner.endswith((".", "!", "?")):
            after = _NEXT_SENTENCE.match(text, quote.end)
            if after is not None:
                found.append((quote.end, after.end(), False))
    return found


def ends_with_abbreviation(text: str) -> bool:
    """Does ``text`` end with "p.", "Mr.", "e.g." or an initial (no full stop)?"""
    before = _WORD_BEFORE.search(text.rstrip())
    word = before.group(1).lower().rstrip(".") if before else ""
    return text.rstrip().endswith(".") and (
        word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()))


def has_words(text: str) -> bool:
    """Does ``text`` hold any letter or digit?"""
    return bool(_ALNUM.search(text))


def join_lines(lines: list[str]) -> str:
    """Join wrapped lines with one space ("well-" + "known" stays one word)."""
    pieces: list[str] = []
    for piece in (p.strip() for p in lines):
        if not piece:
            continue
        last = pieces[-1] if pieces else ""
        if last.endswith("-") and len(last) > 1 and last[-2].isalnum():
            pieces[-1] = last + piece
        else:
            pieces.append(piece)
    return " ".join(pieces)


def ends_sentence(text: str) -> bool:
    """Does ``text`` end like a sentence (or a citation)?"""
    return bool(re.search(r"[.!?][\"”’)\]]*$|\)$", text.rstrip()))


def is_prose(text: str) -> bool:
    """Long enough, or sentences enough, to be a written paragraph."""
    return len(text) >= 120 or (len(text) >= 60 and len(split_sentences(text)) >= 2)


def only_cited_quotations(text: str) -> bool:
    """Is ``text`` nothing but quotations with citations (and punctuation)?"""
    found = cited_quotations(text)
    return bool(found) and not has_words(outside_quotations(text, found))


def reads_as_conclusion(prose: str) -> bool:
    """Does a paragraph open the way conclusions do ("In conclusion", "Ultimately")?"""
    return bool(_CONCLUDING.match(prose))


_BODY_OPENING = re.compile(
    r"^\W*(?:another|furthermore|moreover|in\s+addition|additionally|also|first(?:ly)?|"
    r"second(?:ly)?|third(?:ly)?|next|for\s+(?:example|instance)|to\s+begin(?:\s+with)?)\b",
    re.IGNORECASE,
)


def opens_like_a_body(prose: str) -> bool:
    """Does a paragraph open the way a body paragraph does ("Another", "Furthermore")?"""
    return bool(_BODY_OPENING.match(prose))


def looks_like_date(text: str) -> bool:
    """"3 March 2025", "March 3, 2025", "3/3/2025" (the last line of an MLA heading)."""
    return bool(_DATE.match(text))


def mla_heading(lines: list[Line]) -> tuple[list[str], int] | None:
    """An MLA heading at the very top: (name, teacher, course, date) and the
    index of the line after it, or None.

    Conservative: the first four non-blank lines are short plain lines that do
    not end like sentences or labels, the fourth is a date, and more follows.
    """
    filled = list(islice(
        ((i, line) for i, line in enumerate(lines) if line.kind is not LineKind.BLANK), 5))
    if len(filled) < 5:
        return None
    head = [line for _, line in filled[:4]]
    if not all(line.kind is LineKind.TEXT and len(line.content) <= 60 for line in head):
        return None
    if any(re.search(r"[!?:;,]$|[a-z]{3}\.$", line.content) for line in head[:3]):
        return None
    if not looks_like_date(head[3].content):
        return None
    return [line.content for line in head], filled[3][0] + 1


def read_source_entries(
    heading: Line, lines: list[Line], *, markdown: bool = False
) -> tuple[list[str], list[str]]:
    """The Works Cited entries under ``heading`` and the bullet marks taken off them.

    Text on the heading line itself ("References: Austen, ...") is the first
    entry. An entry ends at a blank line or a bullet; when the list uses
    hanging indents a line at the left margin starts a new one; otherwise a
    new line after one that ends a sentence (or a link) does. Emphasis
    stays as the model's inline markup: "*Never Let Me Go*" marks a title.
    """
    first = heading.text
    entries: list[list[str]] = [[first]] if first else []
    labels: list[str] = []
    filled = [ln for ln in lines if ln.kind is not LineKind.BLANK]
    hanging = any(ln.indent > 0 for ln in filled[1:])
    base = min((ln.indent for ln in filled), default=0)
    open_entry = bool(entries)
    for line in lines:
        if line.kind in (LineKind.BLANK, LineKind.RULE):
            open_entry = False
            continue
        text = line.content
        starts_new = not open_entry
        if line.kind is LineKind.BULLET:
            labels.extend(line.labels)
            text, starts_new = line.text, True
        elif open_entry and hanging:
            starts_new = line.indent <= base
        elif open_entry:
            previous = entries[-1][-1]
            starts_new = ends_sentence(previous) or bool(_LINK_END.search(previous))
        if starts_new:
            entries.append([text])
        else:
            entries[-1].append(text)
        open_entry = True
    joined = (join_lines(entry) for entry in entries)
    return [entry for entry in joined if entry], labels


def _ends_sources(line: Line) -> bool:
    # "Title." or "Date:" may begin a wrapped entry's line; "Thesis:" may not.
    return line.kind is LineKind.HEADING or (
        line.kind is LineKind.LABEL and line.role in (LineRole.THESIS, LineRole.QUOTES))


def works_cited(
    lines: list[Line], i: int, *, markdown: bool = False
) -> tuple[list[str], list[str], int]:
    """The entries under the Works Cited heading at ``lines[i]``, the marks
    taken off them, and the index of the line after them (the next heading,
    or a "Thesis:" or "Quote:" label)."""
    j = i + 1
    while j < len(lines) and not _ends_sources(lines[j]):
        j += 1
    entries, labels = read_source_entries(lines[i], lines[i + 1 : j], markdown=markdown)
    return entries, labels, j


__all__ = [
    "LONG_LINE",
    "WRAPPED_LINE",
    "ends_sentence",
    "ends_with_abbreviation",
    "has_words",
    "is_prose",
    "join_lines",
    "looks_like_date",
    "mla_heading",
    "only_cited_quotations",
    "opens_like_a_body",
    "read_source_entries",
    "reads_as_conclusion",
    "split_sentences",
    "works_cited",
]
