"""The quotations of a text, found once per text: several checks ask about
the same prose on every pass, and after an edit only the changed text is
new (finding quotations was most of a pass's time)."""

from __future__ import annotations

from functools import lru_cache

from outliner.core.quotations import Quotation, find_quotations


@lru_cache(maxsize=8192)
def quotations_in(text: str) -> tuple[Quotation, ...]:
    """Every quotation of ``text`` (Quotation is frozen: sharing is safe)."""
    return tuple(find_quotations(text)) if text else ()


def cited_in(text: str) -> tuple[Quotation, ...]:
    """The quotations of ``text`` that carry a parenthetical citation."""
    return tuple(q for q in quotations_in(text) if q.has_cite)
