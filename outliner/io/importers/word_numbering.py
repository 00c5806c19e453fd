"""Word's list numbering: which list and level a paragraph is in, and the
label Word shows for it ("I.", "A.", "1.", or "" for a bullet)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from outliner.core.roman import to_roman
from outliner.io.importers.word_styles import ParagraphStyle, num_pr
from outliner.io.vocabulary import NOTES_LIST, OUTLINE_LIST


def numbering_of(ppr: Any, style: ParagraphStyle) -> tuple[int, int | None]:
    """(numId, ilvl) from the paragraph's w:pPr or, failing that, its styles;
    numId 0 means not numbered, ilvl None that none says."""
    num_id, level = num_pr(ppr)
    num_id = style.num_id if num_id is None else num_id
    level = style.ilvl if level is None else level
    return num_id or 0, None if level is None else max(0, min(level, 8))


@dataclass
class _Level:
    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1


@dataclass
class Numbering:
    """Word's list numbering, replayed so each item gets the label Word shows
    ("I.", "A.", "1.", or "" for a bullet)."""

    doc: Any
    levels: dict[int, list[_Level]] = field(default_factory=dict)
    counters: dict[int, list[int]] = field(default_factory=dict)
    own_lists: set[int] = field(default_factory=set)  # numIds of our outline export
    style_levels: dict[str, int] = field(default_factory=dict)  # style id: its list level

    def __post_init__(self) -> None:
        try:
            root = self.doc.part.numbering_part.element
        except Exception:  # no numbering part: nothing is numbered
            return
        abstracts: dict[str, list[_Level]] = {}
        own: set[str] = set()
        for abstract in root.findall(_qn("w:abstractNum")):
            if _val(abstract, "w:name") in (OUTLINE_LIST, NOTES_LIST):
                own.add(abstract.get(_qn("w:abstractNumId")) or "")
            levels = [_Level() for _ in range(9)]
            for lvl in abstract.findall(_qn("w:lvl")):
                index = _int(lvl.get(_qn("w:ilvl")))
                if not 0 <= index < 9:
                    continue
                linked = _val(lvl, "w:pStyle")
                # a single-level list linked to "List Number 3" says nothing of depth
                if linked and _val(abstract, "w:multiLevelType") != "singleLevel":
                    self.style_levels.setdefault(linked, index)
                levels[index] = _Level(
                    fmt=_val(lvl, "w:numFmt") or "decimal",
                    text=_val(lvl, "w:lvlText") or "",
                    start=_int(_val(lvl, "w:start") or "1"),
                )
            abstracts[abstract.get(_qn("w:abstractNumId")) or ""] = levels
        for num in root.findall(_qn("w:num")):
            ref = _val(num, "w:abstractNumId") or ""
            if ref in abstracts:
                num_id = _int(num.get(_qn("w:numId")))
                self.levels[num_id] = abstracts[ref]
                if ref in own:
                    self.own_lists.add(num_id)

    def label(self, num_id: int, level: int) -> str | None:
        """The label of the next item of list ``num_id`` at ``level``; "" for
        a bullet; None when the list is unknown."""
        levels = self.levels.get(num_id)
        if levels is None:
            return None
        counters = self.counters.setdefault(num_id, [lv.start - 1 for lv in levels])
        counters[level] += 1
        for deeper in range(level + 1, 9):
            counters[deeper] = levels[deeper].start - 1
        if levels[level].fmt in ("bullet", "none"):
            return ""
        text = levels[level].text
        for i in range(9):
            token = f"%{i + 1}"
            if token in text:
                text = text.replace(token, _format_number(max(counters[i], 1), levels[i].fmt))
        return text or f"{counters[level]}."


def _val(element: Any, tag: str) -> str | None:
    child = element.find(_qn(tag))
    if child is None:
        return None
    value: str | None = child.get(_qn("w:val"))
    return value


def _format_number(n: int, fmt: str) -> str:
    if fmt in ("upperRoman", "lowerRoman"):
        roman = to_roman(n)
        return roman if fmt == "upperRoman" else roman.lower()
    if fmt in ("upperLetter", "lowerLetter"):
        letters = _letters(n)
        return letters.upper() if fmt == "upperLetter" else letters
    return str(n)


def _letters(n: int) -> str:
    # Word's letter lists go a..z, aa..zz, aaa..
    letter = chr(ord("a") + (n - 1) % 26)
    return letter * ((n - 1) // 26 + 1)


def _int(value: str | None) -> int:
    try:
        return int(value or 0)
    except ValueError:
        return 0


def _qn(tag: str) -> str:
    from docx.oxml.ns import qn

    name: str = qn(tag)
    return name
