"""A quotation's verdict against its book, as the window shows it: one line
in the window's language, a mark for the outline row, and the word-by-word
comparison for the quotation editor.

``core.quote_match.QuoteVerdict.message`` words the same verdicts in
English for ``outliner check``; this module words them again from their
parts, so a translated window never shows an English sentence.
"""

from __future__ import annotations

from html import escape
from typing import NamedTuple

from PySide6.QtGui import QColor

from outliner.core.page_range import cited_pages
from outliner.core.quote_match import DiffPart, QuoteVerdict, VerdictKind
from outliner.ui.translations import translate

#: Changes named in the one-line message; the rest are counted.
NAMED_CHANGES = 2


class Mark(NamedTuple):
    """What a quote row draws at its right: a glyph in a colour."""

    glyph: str
    colour: QColor


#: The glyph and colour of each verdict with a book (none without one).
_MARK_LOOKS: dict[VerdictKind, tuple[str, str]] = {
    VerdictKind.VERBATIM: ("✓", "#2e7d32"),
    VerdictKind.OTHER_PAGE: ("↪", "#b26a00"),
    VerdictKind.ALTERED: ("≠", "#c62828"),
    VerdictKind.NOT_FOUND: ("?", "#c62828"),
}
#: Made once: every quote row asks for its mark on every paint.
_MARKS: dict[VerdictKind, Mark] = {}


def _where(pages: tuple[str, ...]) -> str:
    labels = [p for p in pages if p]
    if not labels:
        return ""
    if len(labels) == 1:
        return translate("Verdict", "page {page}").format(page=labels[0])
    return translate("Verdict", "pages {first}–{last}").format(first=labels[0], last=labels[-1])


def _change(part: DiffPart) -> str:
    if part.op == "changed":
        return translate("Verdict", "you wrote “{quote}”, the book says “{book}”").format(
            quote=part.quote, book=part.book)
    if part.op == "added":
        return translate("Verdict", "you added “{quote}”").format(quote=part.quote)
    return translate("Verdict", "you left out “{book}”").format(book=part.book)


def _on_cited_page(verdict: QuoteVerdict) -> bool:
    cited = cited_pages(verdict.cited)
    return any(page in cited for page in verdict.pages)


def verdict_message(verdict: QuoteVerdict) -> str:
    """One line a student understands, in the window's language."""
    where = _where(verdict.pages)
    kind = verdict.kind
    if kind is VerdictKind.VERBATIM:
        return (translate("Verdict", "verbatim on {where}").format(where=where) if where
                else translate("Verdict", "verbatim in the source"))
    if kind is VerdictKind.OTHER_PAGE:
        return translate("Verdict", "verbatim, but on {where} (cited {cited})").format(
            where=where, cited=verdict.cited)
    if kind is VerdictKind.NOT_FOUND:
        return translate("Verdict", "not found in the source")
    if kind is VerdictKind.NO_SOURCE:
        return translate("Verdict", "no book attached to the source")
    changes = verdict.changes
    said = "; ".join(_change(part) for part in changes[:NAMED_CHANGES])
    more = len(changes) - NAMED_CHANGES
    if more > 0:
        # Two sentences, not "%n": lupdate sees plural forms only in tr().
        said += "; " + (translate("Verdict", "1 more change") if more == 1 else
                        translate("Verdict", "{count} more changes").format(count=more))
    if where and verdict.cited and not _on_cited_page(verdict):
        where = translate("Verdict", "{where}, cited {cited}").format(
            where=where, cited=verdict.cited)
    line = translate("Verdict", "altered: {changes}").format(changes=said)
    return f"{line} ({where})" if where else line


def verdict_mark(verdict: QuoteVerdict) -> Mark | None:
    """The row's mark: a tick for verbatim on the cited page, an arrow for
    another page, a "not equal" for altered, a question mark for not found;
    none without a book (its words: :func:`verdict_message`)."""
    look = _MARK_LOOKS.get(verdict.kind)
    if look is None:
        return None
    mark = _MARKS.get(verdict.kind)
    if mark is None:
        mark = _MARKS[verdict.kind] = Mark(look[0], QColor(look[1]))
    return mark


def verdict_label(verdict: QuoteVerdict) -> str:
    """The verdict in words where the row shows a mark ("verbatim on page
    258"); "" without a book."""
    return verdict_message(verdict) if verdict.kind in _MARK_LOOKS else ""


def comparison_html(verdict: QuoteVerdict) -> str:
    """The quotation word by word against the book, for an altered one:
    changed and added words struck through in red with the book's words in
    green after them; "" for any other verdict."""
    if verdict.kind is not VerdictKind.ALTERED or not verdict.diff:
        return ""
    out: list[str] = []
    for part in verdict.diff:
        if part.op == "same":
            out.append(escape(part.quote))
            continue
        if part.quote:
            out.append(f'<s style="color:#c62828">{escape(part.quote)}</s>')
        if part.book:
            out.append(f'<b style="color:#2e7d32">{escape(part.book)}</b>')
    said = translate("Verdict", "The book says (changes marked):")
    return f"{escape(said)}<br>{' '.join(out)}"


__all__ = ["Mark", "comparison_html", "verdict_label", "verdict_mark", "verdict_message"]
