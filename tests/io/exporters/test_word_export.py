"""Word export read back with python-docx: styles, layout rules, the outline's
numbering, templates, failures and arbitrary text."""

from __future__ import annotations

import os
import re
import zipfile
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Inches, Pt
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from lxml import etree

from outliner.cli import main
from outliner.compose.unwritten import Unwritten
from outliner.core.essay import CitationStyle, Essay, Meta, Node, NodeKind, Source
from outliner.core.quotations import typeset_quotations
from outliner.io.errors import DocumentError
from outliner.io.exporters.options import ExportOptions
from outliner.io.exporters.word import export_word
from outliner.io.exporters.word_styles import RULES, format_date, parse_date, surname
from outliner.io.exporters.word_xml import sort_key, xml_safe
from outliner.io.formats import export_essay
from tests.support.helpers import small_essay

K = NodeKind
LONG = ("we were told we were special and we believed it for years long after the evidence "
        "ran the other way because believing it was easier than asking what the guardians "
        "meant when they said our lives were set out for us")  # 41 words


def full_essay() -> Essay:
    essay = small_essay()
    essay.meta = Meta(title="Hope and Loss", author="Jordan Q. Reyes",
                      instructor="Dr. Alvarez", course="English 101", date="2026-03-09")
    essay.sources = [Source("Ishiguro, Kazuo. *Never Let Me Go*. Vintage, 2006."),
                     Source("The Atlantic Staff. \"Clones.\" 2010."),
                     Source("Brown, Ann. A Book. 2001.")]
    essay.node("b1").prose = (f'She says "this is it." (41) Then “{LONG}” (42). '
                              "The paragraph goes on.")
    essay.node("b2").prose = "Second body paragraph."
    essay.node("concl").prose = "The conclusion."
    return essay


def export(essay: Essay, tmp_path: Path, name: str = "out.docx", **options: Any) -> Any:
    path = tmp_path / name
    report = export_word(essay, path, ExportOptions(**options))
    return docx.Document(str(path)), report


def texts(doc: Any) -> list[str]:
    return [p.text for p in doc.paragraphs if p.text.strip()]


def all_paragraphs(doc: Any) -> list[Any]:
    """Every paragraph of the body in order, those in table cells too."""
    from docx.text.paragraph import Paragraph

    return [Paragraph(p, doc) for p in doc.element.body.iter(qn("w:p"))]


def style_of(doc: Any, text_start: str) -> Any:
    return next(p for p in doc.paragraphs if p.text.startswith(text_start))


# -- MLA --------------------------------------------------------------------------


def test_mla_page_fonts_and_spacing(tmp_path: Path) -> None:
    doc, _ = export(full_essay(), tmp_path)
    section = doc.sections[0]
    assert (section.page_width, section.page_height) == (Inches(8.5), Inches(11))
    assert {section.left_margin, section.right_margin, section.top_margin,
            section.bottom_margin} == {Inches(1)}
    normal = doc.styles["Normal"]
    assert normal.font.name == "Times New Roman" and normal.font.size == Pt(12)
    assert normal.paragraph_format.line_spacing == 2.0
    assert normal.paragraph_format.space_before == 0
    assert normal.paragraph_format.space_after == 0
    # no theme font left in the defaults or a text style to override Times New Roman
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    assert "asciiTheme" not in etree.tostring(defaults).decode()
    for style in doc.styles:
        if style.element.get(qn("w:type")) != "table":  # tables do not touch the text
            assert "asciiTheme" not in style.element.xml, style.name


def test_mla_heading_block_title_body_and_order(tmp_path: Path) -> None:
    doc, report = export(full_essay(), tmp_path)
    lines = texts(doc)
    assert lines[:5] == ["Jordan Q. Reyes", "Dr. Alvarez", "English 101", "9 March 2026",
                         "Hope and Loss"]
    assert lines[5] == "An opening paragraph."
    title = style_of(doc, "Hope and Loss")
    assert title.style.name == "Title"
    assert title.style.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.CENTER
    assert not title.style.font.bold
    block = style_of(doc, "Jordan")
    assert block.style.name == "Essay Heading Block"
    assert block.style.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.LEFT
    body = style_of(doc, "An opening")
    assert body.style.name == "Body Text"
    assert body.style.paragraph_format.first_line_indent == Inches(0.5)
    assert not report.notes or all("paragraph" not in n.lower() for n in report.notes)


def test_header_has_surname_and_a_page_field(tmp_path: Path) -> None:
    doc, _ = export(full_essay(), tmp_path)
    header = doc.sections[0].header
    xml = header._element.xml
    assert "Reyes" in header.paragraphs[0].text
    assert "PAGE" in "".join(t.text for t in header._element.iter(qn("w:instrText")))
    assert 'w:fldCharType="begin"' in xml
    assert header.paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.RIGHT
    assert doc.sections[0].header_distance == Inches(0.5)


def test_quotations_tidied_and_long_one_set_as_block(tmp_path: Path) -> None:
    doc, _ = export(full_essay(), tmp_path)
    lines = texts(doc)
    assert "She says “this is it” (41). Then" in lines
    block = style_of(doc, "we were told")
    assert block.style.name == "Block Quotation"
    assert block.text == LONG + ". (42)"
    assert block.style.paragraph_format.left_indent == Inches(0.5)
    short = " ".join(LONG.split()[:39])  # one word short of a block: stays inline
    essay = full_essay()
    essay.node("b2").prose = f"He says “{short}” (7)."
    inline, _ = export(essay, tmp_path, "short.docx")
    assert f"He says “{short}” (7)." in texts(inline)
    after = style_of(doc, "The paragraph goes on.")
    assert after.paragraph_format.first_line_indent == 0  # continues, no new indent


def test_works_cited_new_page_alphabetized_hanging(tmp_path: Path) -> None:
    doc, _ = export(full_essay(), tmp_path)
    lines = texts(doc)
    start = lines.index("Works Cited")
    assert lines[start + 1:] == ["The Atlantic Staff. “Clones.” 2010.", "Brown, Ann. A Book. 2001.",
                                 "Ishiguro, Kazuo. Never Let Me Go. Vintage, 2006."]
    heading = style_of(doc, "Works Cited")
    assert heading.style.paragraph_format.page_break_before
    assert heading.style.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.CENTER
    entry = style_of(doc, "Ishiguro")
    fmt = entry.style.paragraph_format
    assert (fmt.left_indent, fmt.first_line_indent) == (Inches(0.5), -Inches(0.5))
    italic = [r.text for r in entry.runs if r.italic]
    assert italic == ["Never Let Me Go"]


def test_missing_metadata_is_reported_and_left_out(tmp_path: Path) -> None:
    essay = full_essay()
    essay.meta.author = ""
    essay.meta.instructor = ""
    doc, report = export(essay, tmp_path)
    assert texts(doc)[:3] == ["English 101", "9 March 2026", "Hope and Loss"]
    assert any("author" in n and "instructor" in n for n in report.notes)
    assert doc.sections[0].header.paragraphs[0].text.strip() == "1"


def test_no_sources_leaves_works_cited_out(tmp_path: Path) -> None:
    essay = full_essay()
    essay.sources = []
    doc, report = export(essay, tmp_path)
    assert "Works Cited" not in texts(doc)
    assert any("No sources" in n for n in report.notes)


def test_unwritten_paragraph_is_flagged_with_its_notes(tmp_path: Path) -> None:
    essay = full_essay()
    essay.node("b2").prose = ""
    doc, report = export(essay, tmp_path)
    assert report.unwritten == ["Body paragraph 2"]
    assert report.warnings[0].startswith("Not written yet: Body paragraph 2. Exported as a "
                                         "marked placeholder")
    boxed = [p for p in all_paragraphs(doc) if p.style.name.startswith("Not Written Yet")]
    assert [p.text for p in boxed] == [
        "[Not written yet: Body paragraph 2]", "•\tClaim: Second claim",
        "•\t“another quotation” (34)", "•\tsecond note"]
    assert boxed[0].style.font.bold and boxed[1].style.paragraph_format.line_spacing == 1.0
    # in a shaded, dashed box (a one-cell table), not among the essay's paragraphs
    assert len(doc.tables) == 1 and "Second claim" not in " ".join(texts(doc))
    cell = doc.tables[0].cell(0, 0)._tc
    assert cell.find(f"{qn('w:tcPr')}/{qn('w:shd')}").get(qn("w:fill")) == "F2F2F2"
    borders = doc.tables[0]._tbl.find(f"{qn('w:tblPr')}/{qn('w:tblBorders')}")
    assert {b.get(qn("w:val")) for b in borders} == {"dashed"}


def test_unwritten_paragraph_is_drafted_only_when_asked(tmp_path: Path) -> None:
    essay = full_essay()
    essay.node("b2").prose = ""
    doc, report = export(essay, tmp_path, unwritten=Unwritten.DRAFT)
    assert "Drafted from its notes by the built-in drafter" in report.warnings[0]
    flat = " ".join(texts(doc))
    assert "Second claim" in flat and "“another quotation” (34)" in flat
    assert not doc.tables
    doc, report = export(essay, tmp_path, "omitted.docx", unwritten=Unwritten.OMIT)
    assert report.warnings == ["Not written yet: Body paragraph 2. Left out of the essay."]
    assert "Second claim" not in " ".join(p.text for p in all_paragraphs(doc))


def test_user_draft_paragraphs_in_order(tmp_path: Path, user_draft: Path) -> None:
    from outliner.io.importers.text import read_text_file

    essay = read_text_file(user_draft)
    doc, report = export(essay, tmp_path)
    flat = "\n".join(p.text for p in all_paragraphs(doc))
    assert flat.index("At the beginning") < flat.index("Kathy’s only") < flat.index("deferral")
    assert "“important to [them] because that was how [they] got hold of things from " \
           "outside” (41)." in flat
    assert report.unwritten == ["Body paragraph 2"]  # only an outline
    assert any("author" in n for n in report.notes)


# -- APA and Chicago ------------------------------------------------------------------


def test_apa_title_page_sections_and_references(tmp_path: Path) -> None:
    essay = full_essay()
    section = Node(K.SECTION, "Background",
                   children=[Node(K.BODY, "Inner", prose="Inside the section.")])
    essay.attach(section, None, 1)
    doc, _ = export(essay, tmp_path, style=CitationStyle.APA)
    lines = texts(doc)
    assert lines[:5] == ["Hope and Loss", "Jordan Q. Reyes", "English 101", "Dr. Alvarez",
                         "March 9, 2026"]
    titles = [p for p in doc.paragraphs if p.text == "Hope and Loss"]
    assert len(titles) == 2 and titles[1].paragraph_format.page_break_before
    assert doc.styles["Title"].font.bold
    heading = style_of(doc, "Background")
    assert heading.style.name == "Heading 1" and heading.style.font.bold
    assert heading.style.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.CENTER
    assert "References" in lines and "Reyes" not in doc.sections[0].header.paragraphs[0].text
    assert doc.styles["Bibliography Heading"].font.bold


def test_chicago_layout(tmp_path: Path) -> None:
    doc, _ = export(full_essay(), tmp_path, style=CitationStyle.CHICAGO)
    lines = texts(doc)
    assert lines[0] == "Hope and Loss" and "Bibliography" in lines
    assert "March 9, 2026" in lines
    assert doc.styles["Normal"].paragraph_format.line_spacing == 2.0


def test_style_defaults_to_the_essays_own(tmp_path: Path) -> None:
    essay = full_essay()
    essay.meta.style = CitationStyle.APA
    doc, _ = export(essay, tmp_path)
    assert "References" in texts(doc)


# -- outline mode ---------------------------------------------------------------------


def _numbering_levels(doc: Any) -> list[str]:
    numbering = doc.part.numbering_part.element
    for abstract in numbering.findall(qn("w:abstractNum")):
        name = abstract.find(qn("w:name"))
        if name is not None and name.get(qn("w:val")) == "Essay Outline":
            return [lvl.find(qn("w:numFmt")).get(qn("w:val"))
                    for lvl in abstract.findall(qn("w:lvl"))]
    raise AssertionError("no outline list in the numbering part")


def test_outline_mode_is_a_real_multilevel_list(tmp_path: Path) -> None:
    doc, _ = export(full_essay(), tmp_path, mode="outline")
    assert _numbering_levels(doc)[:5] == ["upperRoman", "upperLetter", "decimal",
                                          "lowerLetter", "lowerRoman"]
    intro = style_of(doc, "Introduction: Opening")
    assert intro.style.name == "Heading 1"
    num_pr = intro._p.pPr.numPr
    assert num_pr is not None and num_pr.ilvl.val == 0
    thesis = style_of(doc, "Thesis: The thesis.")
    assert thesis.style.name == "Heading 2" and thesis._p.pPr.numPr.ilvl.val == 1
    assert thesis._p.pPr.numPr.numId.val == num_pr.numId.val  # one list
    quote = style_of(doc, "“a quotation” (12)")
    assert quote._p.pPr.numPr.numId.val == num_pr.numId.val
    note = style_of(doc, "a sub-note")
    assert note._p.pPr.numPr.ilvl.val == 2 and note._p.pPr.numPr.numId.val != num_pr.numId.val
    lines = texts(doc)
    assert lines[lines.index("Body paragraph 1: First claim") + 1].startswith("She says")
    assert lines[-4:] == ["Works Cited", "Ishiguro, Kazuo. *Never Let Me Go*. Vintage, 2006."
                          .replace("*", ""), "The Atlantic Staff. “Clones.” 2010.",
                          "Brown, Ann. A Book. 2001."]
    assert doc.styles["Heading 1"].element.pPr.find(qn("w:outlineLvl")) is not None


# -- templates ---------------------------------------------------------------------------


def make_template(path: Path) -> Path:
    template = docx.Document()
    template.styles["Normal"].font.name = "Georgia"
    template.add_paragraph("Template body text that must go.")
    template.sections[0].page_width = Inches(8.27)
    template.sections[0].page_height = Inches(11.69)
    template.save(str(path))
    return path


def test_template_styles_and_page_setup_are_used(tmp_path: Path) -> None:
    template = make_template(tmp_path / "ref.docx")
    doc, _ = export(full_essay(), tmp_path, template=template)
    assert "Template body text that must go." not in texts(doc)
    assert doc.styles["Normal"].font.name == "Georgia"
    assert abs(doc.sections[0].page_width - Inches(8.27)) < Inches(0.01)  # A4 kept
    assert doc.styles["Block Quotation"].paragraph_format.left_indent == Inches(0.5)
    assert texts(doc)[0] == "Jordan Q. Reyes"


def _png(width: int, height: int) -> bytes:
    """A real PNG of grey noise (python-docx reads its size from the header)."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    rows = b"".join(b"\x00" + os.urandom(width) for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def test_a_template_keeps_its_pictures(tmp_path: Path) -> None:
    # Every part of a template is read (within limits), not only its markup:
    # a logo in the template's header reaches the export byte for byte.
    template = docx.Document()
    picture = tmp_path / "logo.png"
    picture.write_bytes(_png(40, 30))
    template.sections[0].header.paragraphs[0].add_run().add_picture(str(picture))
    template.save(str(tmp_path / "ref.docx"))
    out = tmp_path / "out.docx"
    export_word(full_essay(), out, ExportOptions(template=tmp_path / "ref.docx"))
    with zipfile.ZipFile(out) as package:
        media = [n for n in package.namelist() if n.startswith("word/media/")]
        assert [package.read(n) for n in media] == [picture.read_bytes()]


def test_a_bomb_template_is_refused_before_python_docx_inflates_it(tmp_path: Path) -> None:
    from tests.support import docx_bombs

    template = docx_bombs.zeros_bomb(tmp_path, gigabytes=1.0)
    out = tmp_path / "out.docx"
    with pytest.raises(DocumentError, match="unpacks to more than 200 MB") as error:
        export_word(full_essay(), out, ExportOptions(template=template))
    assert str(template) in str(error.value)
    assert not out.exists()


@pytest.mark.parametrize("content", [b"not a zip at all", b"PK\x03\x04broken"])
def test_bad_template_is_refused_and_nothing_written(tmp_path: Path, content: bytes) -> None:
    template = tmp_path / "bad.docx"
    template.write_bytes(content)
    out = tmp_path / "out.docx"
    out.write_bytes(b"previous export")
    with pytest.raises(DocumentError) as error:
        export_word(full_essay(), out, ExportOptions(template=template))
    assert str(template) in str(error.value) and "template" in str(error.value)
    assert out.read_bytes() == b"previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.docx", "out.docx"]


def test_template_not_a_word_package(tmp_path: Path) -> None:
    template = tmp_path / "sheet.docx"
    with zipfile.ZipFile(template, "w") as package:
        package.writestr("hello.txt", "no Word here")
    with pytest.raises(DocumentError, match="not a Word document"):
        export_word(full_essay(), tmp_path / "out.docx", ExportOptions(template=template))
    assert not (tmp_path / "out.docx").exists()


# -- failures ---------------------------------------------------------------------------


def test_output_is_a_folder(tmp_path: Path) -> None:
    folder = tmp_path / "essay.docx"
    folder.mkdir()
    with pytest.raises(DocumentError, match="folder"):
        export_word(full_essay(), folder, ExportOptions())


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write into read-only folders")
def test_unwritable_folder_keeps_old_file(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    out = folder / "essay.docx"
    out.write_bytes(b"old")
    folder.chmod(0o500)
    try:
        with pytest.raises(DocumentError, match=str(out)):
            export_word(full_essay(), out, ExportOptions())
        assert out.read_bytes() == b"old" and [p.name for p in folder.iterdir()] == ["essay.docx"]
    finally:
        folder.chmod(0o700)


def test_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="does not exist"):
        export_word(full_essay(), tmp_path / "nowhere" / "out.docx", ExportOptions())


def test_core_properties(tmp_path: Path) -> None:
    doc, _ = export(full_essay(), tmp_path)
    assert doc.core_properties.title == "Hope and Loss"
    assert doc.core_properties.author == "Jordan Q. Reyes"
    assert "python-docx" not in (doc.core_properties.comments or "")


def test_cli_export_to_word(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from outliner.io.essay.file import save_essay

    source = tmp_path / "in.essay"
    save_essay(full_essay(), source)
    out = tmp_path / "out.docx"
    assert main(["export", str(source), "-o", str(out), "--style", "apa",
                 "--mode", "essay"]) == 0
    assert "References" in texts(docx.Document(str(out)))
    assert main(["export", str(source), "-o", str(tmp_path / "o.docx"), "--mode", "outline"]) == 0
    assert "Introduction: Opening" in texts(docx.Document(str(tmp_path / "o.docx")))
    bad = tmp_path / "bad.docx"
    bad.write_text("x")
    # --force: out.docx exists from above; the bad template is what must stop it.
    assert main(["export", str(source), "-o", str(out), "--template", str(bad), "--force"]) == 1
    assert "bad.docx" in capsys.readouterr().err


def test_export_essay_dispatches_on_docx(tmp_path: Path) -> None:
    report = export_essay(full_essay(), tmp_path / "x.DOCX")
    assert report.path == tmp_path / "x.DOCX" and (tmp_path / "x.DOCX").is_file()


# -- small pieces -----------------------------------------------------------------------


@pytest.mark.parametrize(("written", "mla", "apa"), [
    ("2026-03-09", "9 March 2026", "March 9, 2026"),
    ("March 9, 2026", "9 March 2026", "March 9, 2026"),
    ("9 Mar 2026", "9 March 2026", "March 9, 2026"),
    ("Sept. 3 2025", "3 September 2025", "September 3, 2025"),
    ("3/9/2026", "9 March 2026", "March 9, 2026"),
    ("25/12/2025", "25 December 2025", "December 25, 2025"),
    ("the ides of March", "the ides of March", "the ides of March"),
    ("2026-02-31", "2026-02-31", "2026-02-31"),
    ("Marble 3, 2020", "Marble 3, 2020", "Marble 3, 2020"),
])
def test_dates(written: str, mla: str, apa: str) -> None:
    assert format_date(written, RULES[CitationStyle.MLA]) == mla
    assert format_date(written, RULES[CitationStyle.APA]) == apa


def test_parse_date_none_for_text() -> None:
    assert parse_date("") is None and parse_date("soon") is None


def test_small_helpers() -> None:
    assert surname("Kathy H. Smith") == "Smith" and surname("") == ""
    assert sorted(["The Zoo", "An Apple", "Banana", "a Cat"], key=sort_key) == [
        "An Apple", "Banana", "a Cat", "The Zoo"]
    assert xml_safe("a\x00b\x0bc\ud800d\uffffe\r\nf") == "ab\ncde\nf"
    assert typeset_quotations("He said \"no.\" (3) and left") == "He said “no” (3) and left"
    assert typeset_quotations("“ Is it so?” (258)") == "“Is it so?” (258)."
    assert typeset_quotations("“Is it so?” (258) she asks.") == "“Is it so?” (258) she asks."
    assert typeset_quotations("“Run!”(3). Then") == "“Run!” (3). Then"
    assert typeset_quotations("“Stop.” (9), he said") == "“Stop” (9), he said"
    assert typeset_quotations("'tis Kathy's") == "‘tis Kathy’s"


# -- arbitrary text ------------------------------------------------------------------------

#: Arbitrary text, and text dense in what XML forbids (controls, lone
#: surrogates, U+FFFE/U+FFFF) mixed with quotes and citations.
any_text = st.one_of(
    st.text(max_size=60),
    st.lists(st.sampled_from(
        [*"\x00\x01\x08\x0b\x0c\x1f\ud800\udfff\ufffe\uffff\t\n\r\"'“”*_ ", "(41)", ". ", "word"]
    ), max_size=25).map("".join),
)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(fields=st.lists(any_text, min_size=12, max_size=12),
       style=st.sampled_from(list(CitationStyle)), mode=st.sampled_from(["essay", "outline"]))
def test_any_text_in_any_field_exports(tmp_path: Path, fields: list[str], style: CitationStyle,
                                       mode: str) -> None:
    meta = Meta(*fields[:5])
    essay = Essay(meta=meta, sources=[Source(fields[5]), Source(fields[6])], outline=[
        Node(K.INTRO, fields[7], prose=fields[8], children=[Node(K.THESIS, fields[9])]),
        Node(K.BODY, fields[10], children=[Node(K.QUOTE, fields[11], cite=fields[0]),
                                            Node(K.NOTE, fields[1])]),
        Node(K.SECTION, fields[2], children=[Node(K.BODY, fields[3], prose=fields[4])]),
    ])
    out = tmp_path / "any.docx"
    export_word(essay, out, ExportOptions(style=style, mode=mode))  # type: ignore[arg-type]
    doc = docx.Document(str(out))
    flat = " ".join(p.text for p in doc.paragraphs)
    # every word the writer typed in a paragraph's prose is there (a control
    # character parts words, as in the word count; the outline keeps them apart)
    for word in re.findall(r"\w+", fields[8] + " " + fields[4]):
        assert word in flat
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs Linux /proc")
def test_folder_nobody_can_write_into() -> None:
    # /proc refuses new files even to root, so this runs everywhere on Linux.
    with pytest.raises(DocumentError, match="cannot write"):
        export_word(full_essay(), Path("/proc/essay.docx"), ExportOptions())


def test_outline_with_a_template_that_has_no_numbering_part(tmp_path: Path) -> None:
    plain = tmp_path / "plain.docx"
    docx.Document().save(str(plain))
    template = tmp_path / "nonum.docx"
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(template, "w") as dst:
        for item in src.infolist():
            if item.filename == "word/numbering.xml":
                continue
            data = src.read(item.filename)
            if item.filename in ("word/_rels/document.xml.rels", "[Content_Types].xml"):
                data = re.sub(rb"<(Relationship|Override) [^>]*numbering[^>]*/>", b"", data)
            dst.writestr(item, data)
    assert "word/numbering.xml" not in zipfile.ZipFile(template).namelist()
    doc, _ = export(full_essay(), tmp_path, mode="outline", template=template)
    assert _numbering_levels(doc)[0] == "upperRoman"
    assert style_of(doc, "Introduction: Opening")._p.pPr.numPr is not None


def test_notes_straight_under_a_section_become_a_list(tmp_path: Path) -> None:
    essay = full_essay()
    section = Node(K.SECTION, "Loose ends", children=[
        Node(K.NOTE, "an idea", children=[Node(K.QUOTE, "proof", cite="5")])])
    essay.attach(section, None, 3)
    doc, report = export(essay, tmp_path)
    assert style_of(doc, "an idea").style.name == "List Bullet"
    assert style_of(doc, "“proof” (5)").style.name == "List Bullet"
    assert "The section “Loose ends” holds notes outside any paragraph; they were written " \
           "out as a list." in report.notes


def test_top_level_thesis_drafted_into_the_intro_is_written_once(tmp_path: Path) -> None:
    thesis = "Ishiguro uses lost objects to show lost futures."
    essay = Essay(outline=[
        Node(K.INTRO, "Clones raised at Hailsham", children=[Node(K.NOTE, "a school")]),
        Node(K.THESIS, thesis),
        Node(K.BODY, "The tape", prose="The tape matters."),
    ])
    doc, _ = export(essay, tmp_path)
    body = "\n".join(texts(doc))
    assert body.count("lost objects") == 1, body


def test_vertical_tab_and_form_feed_break_the_line_instead_of_gluing_words(
    tmp_path: Path,
) -> None:
    assert xml_safe("Line one\x0bline two\x0cline three") == "Line one\nline two\nline three"
    essay = Essay(meta=Meta(title="Title\x0bpart two"), outline=[
        Node(K.BODY, "Claim", prose="Line one\x0bline two. Page one\x0cpage two.")])
    doc, _ = export(essay, tmp_path)
    body = "\n".join(texts(doc))
    assert "oneline" not in body and "onepage" not in body and "Titlepart" not in body
    assert "line two" in body and "page two" in body


def test_a_parenthetical_remark_is_not_a_citation_for_a_block_quotation(tmp_path: Path) -> None:
    essay = full_essay()
    essay.node("b2").prose = f"She says “{LONG}” (just like Kathy having the tape). It ends."
    doc, _ = export(essay, tmp_path)
    assert not [p.text for p in doc.paragraphs if p.style.name == "Block Quotation"
                and "just like Kathy" in p.text]
    assert f"She says “{LONG}” (just like Kathy having the tape). It ends." in texts(doc)


def test_a_quotation_closed_with_a_stray_apostrophe_gets_its_closing_mark(
    tmp_path: Path,
) -> None:
    essay = full_essay()
    essay.node("b2").prose = "Kathy says “we were special.’ (4) Then she stops."
    doc, _ = export(essay, tmp_path)
    assert "Kathy says “we were special” (4). Then she stops." in texts(doc)


def test_source_entries_are_one_typeset_line_each() -> None:
    from outliner.io.exporters.word_xml import typeset_source_entries

    typed = ['The Zoo.  "A\nPoem."', "  ", "Brown, Ann.\x0bA Book."]
    assert typeset_source_entries(typed, alphabetical=False) == ["The Zoo. “A Poem.”",
                                                         "Brown, Ann. A Book."]
    assert typeset_source_entries(typed, alphabetical=True) == ["Brown, Ann. A Book.",
                                                        "The Zoo. “A Poem.”"]


quoting_text = st.lists(st.sampled_from(
    ['"', "“", "”", "’", "'", " ", "word", "end.", "so?", "(41)", "(just a remark)", ".", ",",
     " Then", "\u00a0", "..."]
), max_size=30).map("".join)


@settings(max_examples=300, deadline=None)
@given(text=quoting_text)
@example(text='"."(41)')  # a quotation of only a period kept its cite but lost its words
@example(text='"“ ."(41)')  # a space left before the moved period: printing twice differed
def test_typesetting_finds_the_quotations_of_its_own_result(text: str) -> None:
    from outliner.core.quotations import cited_quotations, typeset_with_citations

    typeset, cited = typeset_with_citations(text)
    assert typeset == typeset_quotations(text)
    assert cited == cited_quotations(typeset)
    assert typeset_quotations(typeset) == typeset  # printing twice changes nothing
