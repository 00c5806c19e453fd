"""The pages a citation's locator names: "41", "xii", "41-42", "41–2",
"258, 260"; and whether a book's page label is among them.

Arabic and Roman pages are different runs of a book (front matter is
numbered i, ii, ...), so "12" never names page "xii".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from outliner.core.roman import roman_value

_RANGE = re.compile(r"\s*(?:-{1,2}|–|—|\bto\b)\s*")
_LIST = re.compile(r"\s*[,;&]\s*|\s+and\s+")
_PAGE_WORD = re.compile(r"^(?:pp?|pgs?|pages?)\.?\s*", re.IGNORECASE)


@dataclass(frozen=True)
class PageRun:
    """One page or one range: its kind ("arabic", "roman" or "label") and
    its bounds; a "label" run is compared as text."""

    kind: str
    low: int
    high: int
    text: str = ""


def _value(label: str) -> tuple[str, int]:
    label = label.strip()
    if label.isdigit():
        return "arabic", int(label)
    value = roman_value(label)
    if value:
        return "roman", value
    return "label", 0


def _run(part: str) -> PageRun | None:
    ends = _RANGE.split(part.strip(), maxsplit=1)
    first, first_value = _value(ends[0])
    if len(ends) == 1 or not ends[1]:
        if first == "label":
            return PageRun("label", 0, 0, ends[0].strip().casefold()) if ends[0].strip() else None
        return PageRun(first, first_value, first_value)
    last, last_value = _value(ends[1])
    if first == "arabic" and last == "arabic":
        a, b = ends[0].strip(), ends[1].strip()
        if len(b) < len(a) and last_value < first_value:
            last_value = int(a[: len(a) - len(b)] + b)  # "41–2" is 41 to 42
        return PageRun("arabic", first_value, max(first_value, last_value))
    if first == "roman" and last == "roman":
        return PageRun("roman", first_value, max(first_value, last_value))
    return PageRun("label", 0, 0, part.strip().casefold())


@dataclass(frozen=True)
class CitedPages:
    """The pages a locator names."""

    runs: tuple[PageRun, ...]

    def __contains__(self, label: object) -> bool:
        if not isinstance(label, str) or not label.strip():
            return False
        kind, value = _value(label)
        for run in self.runs:
            if run.kind == "label":
                if run.text == label.strip().casefold():
                    return True
            elif run.kind == kind and run.low <= value <= run.high:
                return True
        return False


def cited_pages(locator: str) -> CitedPages:
    """The pages ``locator`` names (none for an empty one)."""
    text = _PAGE_WORD.sub("", locator.strip())
    runs = [run for part in _LIST.split(text) if part.strip() for run in [_run(part)] if run]
    return CitedPages(tuple(runs))


__all__ = ["CitedPages", "PageRun", "cited_pages"]
