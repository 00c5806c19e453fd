"""Chicago's footnotes in the Word essay: a real footnotes part, its
relationship and content type, the note styles, and a reference run in the
body for every note; none of it in MLA or APA."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import docx
import pytest

from outliner.compose.restyle import Note
from outliner.core.essay import CitationStyle, Essay, Meta, Node, NodeKind
from outliner.core.sources import Name, Source, SourceType
from outliner.io.exporters.options import ExportOptions
from outliner.io.exporters.word import export_word
from outliner.io.exporters.word_notes import footnotes_xml

BOOK = Source(type=SourceType.BOOK, authors=(Name("Ishiguro", "Kazuo"),),
              title="Never Let Me Go", publisher="Vintage International", place="New York",
              date="2006")
PROSE = "Kathy calls the Sales “important” (41). Later she loses the tape (p. 74)."


def essay() -> Essay:
    return Essay(Meta(title="Distance", author="Dana"), [BOOK],
                 [Node(NodeKind.BODY, "Claim", prose=PROSE)])


def export(path: Path, style: CitationStyle, template: Path | None = None) -> dict[str, str]:
    export_word(essay(), path, ExportOptions(style=style, template=template))
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name).decode("utf-8", "replace")
                for name in archive.namelist() if name.endswith((".xml", ".rels"))}


def test_chicago_writes_a_footnotes_part(tmp_path: Path) -> None:
    parts = export(tmp_path / "c.docx", CitationStyle.CHICAGO)
    notes = parts["word/footnotes.xml"]
    assert 'w:type="separator" w:id="-1"' in notes
    assert 'w:type="continuationSeparator" w:id="0"' in notes
    assert re.findall(r'<w:footnote w:id="(\d+)"', notes) == ["1", "2"]
    assert "Kazuo Ishiguro, " in notes and "<w:i/>" in notes  # the title in italics
    assert "footnotes.xml" in parts["word/_rels/document.xml.rels"]
    assert 'PartName="/word/footnotes.xml"' in parts["[Content_Types].xml"]
    body = parts["word/document.xml"]
    assert re.findall(r'<w:footnoteReference w:id="(\d+)"/>', body) == ["1", "2"]
    assert "(41)" not in body and "(p. 74)" not in body
    names = {style.name.casefold() for style in docx.Document(str(tmp_path / "c.docx")).styles}
    assert {"footnote text", "footnote reference"} <= names


@pytest.mark.parametrize("style", [CitationStyle.MLA, CitationStyle.APA])
def test_parenthetical_styles_have_no_footnotes(tmp_path: Path, style: CitationStyle) -> None:
    parts = export(tmp_path / "p.docx", style)
    assert "word/footnotes.xml" not in parts
    assert "footnoteReference" not in parts["word/document.xml"]


def test_a_templates_own_footnotes_are_replaced_not_added_to(tmp_path: Path) -> None:
    template = tmp_path / "template.docx"
    export(template, CitationStyle.CHICAGO)
    parts = export(tmp_path / "again.docx", CitationStyle.CHICAGO, template=template)
    notes = parts["word/footnotes.xml"]
    assert re.findall(r'<w:footnote w:id="(\d+)"', notes) == ["1", "2"]
    assert parts["word/_rels/document.xml.rels"].count("footnotes.xml") == 1


def test_note_text_is_xml_safe_and_italic_where_marked() -> None:
    xml = footnotes_xml([Note(1, "A & B, *Title* <x>\x01, 3.")], "FootnoteText", "Ref")
    assert "A &amp; B, " in xml and "&lt;x&gt;" in xml and "\x01" not in xml
    assert re.search(r"<w:i/></w:rPr><w:t[^>]*>Title</w:t>", xml)
