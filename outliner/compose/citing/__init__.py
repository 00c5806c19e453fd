"""Citations and lists of sources, formatted from a source's fields per style.

One interface (:class:`CitationFormatter`, in base.py) and one formatter
per style: MLA 9 (mla.py), APA 7 (apa.py), Chicago 17 notes and
bibliography (chicago.py). :func:`formatter_for` picks one. Italics are
written as the model's inline markup, ``*Title*``.
"""

from __future__ import annotations

from outliner.compose.citing.apa import APAFormatter
from outliner.compose.citing.base import CitationFormatter
from outliner.compose.citing.chicago import ChicagoFormatter
from outliner.compose.citing.mla import MLAFormatter
from outliner.core.essay import CitationStyle
from outliner.core.sources import Source

_FORMATTERS: dict[CitationStyle, CitationFormatter] = {
    CitationStyle.MLA: MLAFormatter(),
    CitationStyle.APA: APAFormatter(),
    CitationStyle.CHICAGO: ChicagoFormatter(),
}


def formatter_for(style: CitationStyle) -> CitationFormatter:
    """The formatter of ``style``."""
    return _FORMATTERS[CitationStyle(style)]


def source_line(source: Source, style: CitationStyle) -> str:
    """What a list of sources shows for ``source``: its text exactly as
    typed when it is free text, else the style's entry (outline exports and
    ``outliner show`` use it, so an entry with fields is never blank)."""
    return formatter_for(style).entry(source) if source.structured else source.text


__all__ = ["APAFormatter", "ChicagoFormatter", "CitationFormatter", "MLAFormatter",
           "formatter_for", "source_line"]
