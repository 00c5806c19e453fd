"""The prose font: the serif the prose editor, the Draft from Notes editor
and the preview share, so a paragraph looks the same wherever it is written."""

from __future__ import annotations

from PySide6.QtGui import QFont

SERIF_FAMILIES = ["Liberation Serif", "Times New Roman", "Georgia", "DejaVu Serif", "serif"]
#: The prose editors' size, in points.
PROSE_POINTS = 13.0


def serif_font(point_size: float) -> QFont:
    """A readable serif for prose and the preview."""
    font = QFont()
    font.setFamilies(SERIF_FAMILIES)
    font.setStyleHint(QFont.StyleHint.Serif)
    font.setPointSizeF(point_size)
    return font


def prose_font() -> QFont:
    """The font every editor of a paragraph's prose uses."""
    return serif_font(PROSE_POINTS)
