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

_FORMATTERS: dict[CitationStyle, CitationFormatter] = {
    CitationStyle.MLA: MLAFormatter(),
    CitationStyle.APA: APAFormatter(),
    CitationStyle.CHICAGO: ChicagoFormatter(),
}


def formatter_for(style: CitationStyle) -> CitationFormatter:
    """The formatter of ``style``."""
    return _FORMATTERS[CitationStyle(style)]


__all__ = ["APAFormatter", "ChicagoFormatter", "CitationFormatter", "MLAFormatter",
           "formatter_for"]
