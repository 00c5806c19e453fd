"""A paragraph not written yet, in the Word essay: a shaded, dashed box.

The box is a one-cell table the width of the text: its "[Not written yet:
Body paragraph 2]" flag in bold, then the paragraph's claim and notes as a
single-spaced bulleted list, nested as in the outline. Grey shading and a
dashed border print in black and white too, so a teacher reading a printout
and the student on screen both see at once that the paragraph is unfinished.
A table keeps the box whole whatever the indents inside it (bordered
paragraphs would break into several boxes at each indent), and an empty
paragraph after it keeps two boxes in a row from merging into one table.
"""

from __future__ import annotations

from outliner.compose.manuscript import LooseItem, Placeholder
from outliner.io.exporters.word_styles import NORMAL, UNWRITTEN_HEADING, UNWRITTEN_ITEM, StyleIds
from outliner.io.exporters.word_xml import (
    clean_line,
    paragraph_xml,
    quoteattr,
    rich_runs_xml,
    run_xml,
    xml_safe,
)

#: Indent of one list level (twips: 0.25 inch).
LEVEL_TWIPS = 360
SHADING = "F2F2F2"
BORDER = "7F7F7F"


_EDGE = f'w:val="dashed" w:sz="8" w:space="0" w:color="{BORDER}"'
_BORDERS = "".join(f"<w:{side} {_EDGE}/>" for side in ("top", "left", "bottom", "right"))
_MARGINS = "".join(f'<w:{side} w:w="{w}" w:type="dxa"/>'
                   for side, w in (("top", 100), ("left", 144), ("bottom", 60), ("right", 144)))
#: The box around the placeholder's paragraphs (the same for every one).
_TABLE_START = (
    "<w:tbl><w:tblPr>"
    '<w:tblW w:w="5000" w:type="pct"/>'
    f"<w:tblBorders>{_BORDERS}</w:tblBorders>"
    '<w:tblLayout w:type="fixed"/>'
    f"<w:tblCellMar>{_MARGINS}</w:tblCellMar>"
    '<w:tblLook w:val="0000"/>'
    '</w:tblPr><w:tblGrid><w:gridCol w:w="9360"/></w:tblGrid>'
    '<w:tr><w:tc><w:tcPr><w:tcW w:w="5000" w:type="pct"/>'
    f'<w:shd w:val="clear" w:color="auto" w:fill="{SHADING}"/></w:tcPr>'
)
_TABLE_END = "</w:tc></w:tr></w:tbl>"


def placeholder_xml(block: Placeholder, ids: StyleIds) -> str:
    """The box for ``block``, and the empty paragraph after it."""
    paragraphs = [paragraph_xml(ids[UNWRITTEN_HEADING], run_xml(clean_line(block.heading)))]
    for item in block.items:
        left = LEVEL_TWIPS * (item.depth + 1)
        # the hanging indent is the tab stop; titles in the notes keep their italics
        runs = run_xml("•\t") + _item_runs(item, ids)
        paragraphs.append(_indented(ids[UNWRITTEN_ITEM], runs, left, LEVEL_TWIPS))
    return f"{_TABLE_START}{''.join(paragraphs)}{_TABLE_END}" + paragraph_xml(ids[NORMAL], "")


def _item_runs(item: LooseItem, ids: StyleIds) -> str:
    """An item's runs, with its footnote references (Chicago)."""
    if not item.notes:
        return rich_runs_xml(clean_line(item.text))
    from outliner.io.exporters.word_notes import FOOTNOTE_REFERENCE, runs_with_notes

    return runs_with_notes(item.pieces(), lambda text: rich_runs_xml(xml_safe(text)),
                           ids.ids.get(FOOTNOTE_REFERENCE, ""))


def _indented(style_id: str, runs: str, left: int, hanging: int) -> str:
    return (f"<w:p><w:pPr><w:pStyle w:val={quoteattr(style_id)}/>"
            f'<w:ind w:left="{left}" w:hanging="{hanging}"/></w:pPr>{runs}</w:p>')
