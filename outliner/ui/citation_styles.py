"""How the window names citation styles: one table for every dialog.

Kept in the window layer (not in core) because these are labels for
people choosing in a dialog, not facts about an essay. The short names are
the styles' own (MLA, APA, Chicago) in every language; the full labels are
translated at display (``style_label``).
"""

from __future__ import annotations

from outliner.core.essay import CitationStyle
from outliner.core.translatable import QT_TRANSLATE_NOOP
from outliner.ui.translations import translate

#: The short name, e.g. in "The essay's style (Chicago)".
STYLE_NAMES: dict[CitationStyle, str] = {
    CitationStyle.MLA: "MLA",
    CitationStyle.APA: "APA",
    CitationStyle.CHICAGO: "Chicago",
}

#: The full label in a list of styles: the edition and what the export does.
STYLE_LABELS: dict[CitationStyle, str] = {
    CitationStyle.MLA: QT_TRANSLATE_NOOP("CitationStyle", "MLA (9th edition)"),
    CitationStyle.APA: QT_TRANSLATE_NOOP("CitationStyle", "APA (7th edition, student paper)"),
    CitationStyle.CHICAGO: QT_TRANSLATE_NOOP(
        "CitationStyle", "Chicago (17th edition, notes and bibliography)"),
}


def style_label(style: CitationStyle) -> str:
    """The full label of ``style`` in the window's language."""
    return translate("CitationStyle", STYLE_LABELS[style])
