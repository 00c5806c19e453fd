"""A Word document's styles, indexed once for the importer.

python-docx finds a paragraph's style by scanning every style, and the
default style by reading each one, for every paragraph: 90% of an import's
time, and hours for a hostile file with many styles and many paragraphs.
Here each style id is looked up in a dict and each chain (a style and the
styles it is based on) is built once. The lookups follow python-docx's rules:
an unknown id, or a style of the wrong type, means the type's default.
"""

from __future__ import annotations

from typing import Any

#: basedOn links followed at most (Word itself allows a few); also ends cycles.
MAX_CHAIN = 20
_ON = ("1", "true", "on")


class StyleIndex:
    """Style chains (nearest first) by style id and type, read once."""

    def __init__(self, doc: Any) -> None:
        self._by_id: dict[str, Any] = {}
        self._defaults: dict[str, Any] = {}  # w:type value: its default style element
        self._chains: dict[tuple[str | None, str], list[Any]] = {}
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
