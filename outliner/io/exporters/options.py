"""What every exporter takes and gives back: the options and the report."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from outliner.core.essay import CitationStyle

Mode = Literal["essay", "outline"]


@dataclass
class ExportOptions:
    """How to export. ``mode`` None means the format's usual one: the essay
    for Word, the outline for Markdown and text."""

    mode: Mode | None = None
    style: CitationStyle | None = None  # None: the essay's own style
    template: Path | None = None


@dataclass
class ExportReport:
    """What the exporter wants the person to know (undrafted paragraphs,
    missing metadata); the file was written all the same."""

    path: Path
    notes: list[str] = field(default_factory=list)
