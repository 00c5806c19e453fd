"""How the window names citation styles: one table for every dialog.

Kept in the window layer (not in core) because these are labels for
people choosing in a dialog, not facts about an essay.
"""

from __future__ import annotations

from outliner.core.essay import CitationStyle

#: The short name, e.g. in "The essay's style (Chicago)".
STYLE_NAMES: dict[CitationStyle, str] = {
    CitationStyle.MLA: "MLA",
    CitationStyle.APA: "APA",
    CitationStyle.CHICAGO: "Chicago",
}

#: The full label in a list of styles: the edition and what the export does.
STYLE_LABELS: dict[CitationStyle, str] = {
    CitationStyle.MLA: "MLA (9th edition)",
    CitationStyle.APA: "APA (7th edition, student paper)",
    CitationStyle.CHICAGO: "Chicago (17th edition, notes and bibliography)",
}
