"""A Word document's styles, indexed once for the importer.

python-docx finds a paragraph's style by scanning every style, and the
default style by reading each one, for every paragraph: 90% of an import's
time, and hours for a hostile file with many styles and many paragraphs.
Here each style id is looked up in a dict and each chain (a style and the
styles it is based on) is built once. The lookups follow python-docx's rules:
an unknown id, or a style of the wrong type, means the type's default.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

#: basedOn links followed at most (Word itself allows a few); also ends cycles.
MAX_CHAIN = 20
_ON = ("1", "true", "on")
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@dataclass(frozen=True)
class ParagraphStyle:
    """What a paragraph style chain says, read once per style id: every
    paragraph of a style asks the same questions of it."""

    ids: tuple[str, ...]  # nearest first, like the rest
    names: tuple[str, ...]  # as python-docx names them ("Heading 1", "List Bullet 2")
    heading: int  # 1.. by name ("Heading 2"), else by the nearest outline level; 0: body
    named_heading: bool  # the level comes from a name: it outranks the paragraph's own
    num_id: int | None  # the nearest style's w:numPr/w:numId
    ilvl: int | None  # the nearest style's w:numPr/w:ilvl


def paragraph_style(chain: list[Any]) -> ParagraphStyle:
    """The facts of a chain of python-docx paragraph styles."""
    names = tuple(style.name or "" for style in chain)
    pprs = [style.element.find(_W + "pPr") for style in chain]
    # The nearest "Heading N" name decides, even "Heading 0" (not a heading).
    named = next((level for level in map(heading_of_name, names) if level is not None), None)
    outline = next((level for level in map(outline_level, pprs) if level is not None), 0)
    num_id = ilvl = None
    for ppr in pprs:
        found_id, found_level = num_pr(ppr)
        num_id = found_id if num_id is None else num_id
        ilvl = found_level if ilvl is None else ilvl
    return ParagraphStyle(tuple(style.style_id or "" for style in chain), names,
                          outline if named is None else named, named is not None,
                          num_id, ilvl)


def heading_of_name(name: str) -> int | None:
    """N for a style named "Heading N", else None."""
    lowered = name.lower()
    if lowered.startswith("heading ") and lowered[8:].strip().isdigit():
        return int(lowered[8:].strip())
    return None


def outline_level(ppr: Any) -> int | None:
    """The heading level a w:pPr's w:outlineLvl gives (0 for body text, level
    9), None when it says nothing."""
    outline = ppr.find(_W + "outlineLvl") if ppr is not None else None
    if outline is None:
        return None
    value = _int(outline.get(_W + "val"))
    return value + 1 if value < 9 else 0


def num_pr(ppr: Any) -> tuple[int | None, int | None]:
    """(numId, ilvl) a w:pPr's w:numPr says, each None when absent."""
    numbered = ppr.find(_W + "numPr") if ppr is not None else None
    if numbered is None:
        return None, None
    found_id, found_level = numbered.find(_W + "numId"), numbered.find(_W + "ilvl")
    return (None if found_id is None else _int(found_id.get(_W + "val")),
            None if found_level is None else _int(found_level.get(_W + "val")))


def _int(value: str | None) -> int:
    try:
        return int(value or 0)
    except ValueError:
        return 0


class StyleIndex:
    """Style chains (nearest first) by style id and type, read once."""

    def __init__(self, doc: Any) -> None:
        self._by_id: dict[str, Any] = {}
        self._defaults: dict[str, Any] = {}  # w:type value: its default style element
        self._chains: dict[tuple[str | None, str], list[Any]] = {}
        self._paragraph: dict[str | None, ParagraphStyle] = {}
        try:
            root = doc.styles.element
        except Exception:  # no styles part: every paragraph is unstyled
            return
        for element in root.iterchildren(_qn("w:style")):
            style_id = element.get(_qn("w:styleId"))
            if style_id is not None:
                self._by_id.setdefault(style_id, element)  # the first one wins
            kind = element.get(_qn("w:type"))
            if kind is not None and element.get(_qn("w:default")) in _ON:
                self._defaults[kind] = element  # the last one wins

    def chain(self, style_id: str | None, kind: str) -> list[Any]:
        """The style ``style_id`` of type ``kind`` ("paragraph", "character")
        and the styles it is based on, as python-docx style objects."""
        key = (style_id, kind)
        found = self._chains.get(key)
        if found is None:
            found = self._chains[key] = self._build(style_id, kind)
        return found

    def paragraph(self, style_id: str | None) -> ParagraphStyle:
        """The facts of paragraph style ``style_id`` (None: the default)."""
        found = self._paragraph.get(style_id)
        if found is None:
            found = self._paragraph[style_id] = paragraph_style(self.chain(style_id, "paragraph"))
        return found

    def _build(self, style_id: str | None, kind: str) -> list[Any]:
        from docx.styles.style import StyleFactory

        element = self._by_id.get(style_id) if style_id is not None else None
        if element is None or element.get(_qn("w:type")) != kind:
            element = self._defaults.get(kind)
        chain: list[Any] = []
        seen: set[int] = set()
        while element is not None and len(chain) < MAX_CHAIN and id(element) not in seen:
            seen.add(id(element))
            chain.append(StyleFactory(element))
            based = element.find(_qn("w:basedOn"))
            based_id = based.get(_qn("w:val")) if based is not None else None
            element = self._by_id.get(based_id) if based_id is not None else None
        return chain


def _qn(tag: str) -> str:
    from docx.oxml.ns import qn

    name: str = qn(tag)
    return name
