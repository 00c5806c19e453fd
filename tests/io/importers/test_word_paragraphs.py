"""What a Word paragraph's style chain and its own properties say: heading
level, list and list level. The importer reads each style's answers once per
style id (for speed); these pin the rules it must still follow."""

from __future__ import annotations

from pathlib import Path

from outliner.io.importers.word import docx_to_text, import_docx
from tests.support.docx_build import p, write_docx

_STYLES = (
    # "Heading 0" based on Heading 1: its own name says it is no heading.
    '<w:style w:type="paragraph" w:styleId="Heading0"><w:name w:val="Heading 0"/>'
    '<w:basedOn w:val="Heading1"/></w:style>'
    # A custom style that is a heading only by its outline level.
    '<w:style w:type="paragraph" w:styleId="Part"><w:name w:val="Part"/>'
    '<w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>'
    # A list style: the list comes from the style, the level from the paragraph.
    '<w:style w:type="paragraph" w:styleId="Point"><w:name w:val="Point"/>'
    '<w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr>'
    '</w:style>'
)
_NUMBERING = (
    '<w:abstractNum w:abstractNumId="3"><w:multiLevelType w:val="multilevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
    '<w:lvlText w:val="%1."/></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
    '<w:lvlText w:val="%2)"/></w:lvl></w:abstractNum>'
    '<w:num w:numId="7"><w:abstractNumId w:val="3"/></w:num>'
)


def _level(depth: int) -> str:
    return f'<w:numPr><w:ilvl w:val="{depth}"/><w:numId w:val="7"/></w:numPr>'


def _draft(tmp_path: Path) -> Path:
    body = (
        p("The Nile Essay", style="Title")
        + p("Rivers", style="Part")
        + p("Towns grew on the river banks.")
        + p("Figures", style="Heading0")
        + p("Its own outline level", ppr='<w:outlineLvl w:val="1"/>')
        + p("Named and leveled", style="Heading2", ppr='<w:outlineLvl w:val="0"/>')
        + p("Cairo grew", ppr=_level(0)) + p("its markets", ppr=_level(1))
        + p("its port", ppr=_level(1)) + p("Aswan came later", ppr=_level(0))
        + p("by style, level 2", style="Point", ppr='<w:numPr><w:ilvl w:val="1"/></w:numPr>')
    )
    return write_docx(tmp_path / "paragraphs.docx", body, styles=_STYLES, numbering=_NUMBERING)


def test_headings_by_name_then_outline_level(tmp_path: Path) -> None:
    text = docx_to_text(_draft(tmp_path))
    assert "\n## Rivers\n" in text  # outline level 0 is a Heading 1
    assert "\nFigures\n" in text  # "Heading 0" is not a heading, whatever it is based on
    assert "\n### Its own outline level\n" in text
    assert "\n### Named and leveled\n" in text  # the name outranks the paragraph's level


def test_numbered_list_levels_from_the_paragraph_and_its_style(tmp_path: Path) -> None:
    text = docx_to_text(_draft(tmp_path))
    assert ("1. Cairo grew\n  a) its markets\n  b) its port\n2. Aswan came later\n"
            "  a) by style, level 2\n") in text
    nodes = list(import_docx(_draft(tmp_path)).walk())
    top = next(node.depth() for node in nodes if node.text == "Cairo grew")
    assert [(node.depth() - top, node.text) for node in nodes][-5:] == [
        (0, "Cairo grew"), (1, "its markets"), (1, "its port"),
        (0, "Aswan came later"), (1, "by style, level 2")]
