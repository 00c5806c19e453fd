"""What every exporter takes and gives back: the options and the report."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from outliner.compose.unwritten import Unwritten
from outliner.core.essay import CitationStyle

if TYPE_CHECKING:
    from outliner.compose.manuscript import Manuscript

Mode = Literal["essay", "outline"]


@dataclass
class ExportOptions:
    """How to export. ``mode`` None means the format's usual one: the essay
    for Word, the outline for Markdown and text."""

    mode: Mode | None = None
    style: CitationStyle | None = None  # None: the essay's own style
    template: Path | None = None
    #: What the finished essay does with paragraphs that have no prose
    #: (nothing is drafted unless asked for).
    unwritten: Unwritten = Unwritten.NOTES


@dataclass
class ExportReport:
    """What the exporter wants the person to know (undrafted paragraphs,
    missing metadata); the file was written all the same."""

    path: Path
    notes: list[str] = field(default_factory=list)
    #: What the person must not miss: the paragraphs not written yet, named
    #: as the window names them, and what the export did with them.
    warnings: list[str] = field(default_factory=list)
    #: Those paragraphs' names ("Body paragraph 2").
    unwritten: list[str] = field(default_factory=list)

    def take(self, manuscript: Manuscript) -> None:
        """Report what building ``manuscript`` decided."""
        self.warnings.extend(manuscript.warnings)
        self.unwritten.extend(paragraph.name for paragraph in manuscript.unwritten)
        self.notes.extend(manuscript.notes)
