"""The words of a Word body (io/importers/word_body.py), the constructs the
first tests leave: text boxes (with their fallback copies and boxes inside
boxes), math, non-breaking hyphens, HYPERLINK fields that go nowhere or to
a bookmark, a damaged notes part, tables as blocks, what reading counted,
and any text split into runs read back word for word.

Documents are written with the XML Word writes (tests/support/docx_build.py)
and read with python-docx, as the importer reads them.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from outliner.io.importers.word import docx_to_text
from outliner.io.importers.word_body import Block, BodyCounts, BodyReader
from tests.support.docx_build import heading, p, r, write_docx

MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
WPS = 'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
M = 'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"'


def blocks(path: Path) -> tuple[list[Block], BodyCounts]:
    """The blocks of the body of ``path`` as python-docx opens it, and the counts."""
    document = docx.Document(str(path))
    reader = BodyReader(document)
    return list(reader.blocks(document.element.body)), reader.counts


def texts(path: Path) -> list[str]:
    return [block.text for block in blocks(path)[0]]


def box(*paragraphs: str) -> str:
    return f"<w:txbxContent>{''.join(paragraphs)}</w:txbxContent>"


def field(instruction: str, shown: str) -> str:
    return f'<w:fldSimple w:instr="{instruction}">{r(shown)}</w:fldSimple>'


# -- text boxes --------------------------------------------------------------------------

def test_a_text_box_follows_the_paragraph_that_anchors_it_once(tmp_path: Path) -> None:
    # Word writes the box twice: as a shape (the choice) and as VML (the fallback).
    shape = (f'<w:r><mc:AlternateContent {MC}><mc:Choice Requires="wps"><w:drawing>'
             f'<wps:wsp {WPS}><wps:txbx>{box(p("Words in the box."))}</wps:txbx></wps:wsp>'
             f'</w:drawing></mc:Choice><mc:Fallback><w:pict>{box(p("Words in the box."))}'
             "</w:pict></mc:Fallback></mc:AlternateContent></w:r>")
    path = write_docx(tmp_path / "box.docx", p("The anchor paragraph.", shape)
                      + p("The next paragraph."))
    assert texts(path) == ["The anchor paragraph.", "Words in the box.", "The next paragraph."]


def test_a_box_inside_a_box_is_read_once_after_its_outer_box(tmp_path: Path) -> None:
    inner = f"<w:r><w:pict>{box(p('Inner box.'))}</w:pict></w:r>"
    outer = f"<w:r><w:pict>{box(p('Outer box.', inner))}</w:pict></w:r>"
    path = write_docx(tmp_path / "nested.docx", p("Anchor.", outer))
    assert texts(path) == ["Anchor.", "Outer box.", "Inner box."]


def test_a_text_box_with_several_paragraphs_keeps_them_in_order(tmp_path: Path) -> None:
    shape = f"<w:r><w:pict>{box(p('First line of the box.'), p('Second line.'))}</w:pict></w:r>"
    path = write_docx(tmp_path / "two.docx", heading("Introduction") + p("Anchor.", shape))
    assert docx_to_text(path) == ("## Introduction\n\nAnchor.\n\nFirst line of the box.\n\n"
                                  "Second line.\n")


# -- characters --------------------------------------------------------------------------

def test_math_keeps_its_text_in_the_sentence(tmp_path: Path) -> None:
    math = f"<m:oMath {M}><m:r><m:t>E=mc</m:t></m:r></m:oMath>"
    path = write_docx(tmp_path / "math.docx", p("The law ", math, " changed physics."))
    assert texts(path) == ["The law E=mc changed physics."]


def test_a_non_breaking_hyphen_is_a_hyphen(tmp_path: Path) -> None:
    path = write_docx(tmp_path / "hyphen.docx", p(
        "A well", '<w:r><w:noBreakHyphen/><w:t xml:space="preserve">known law.</w:t></w:r>'))
    assert texts(path) == ["A well-known law."]


def test_tabs_and_breaks_are_spaces_and_spaces_collapse(tmp_path: Path) -> None:
    path = write_docx(tmp_path / "spaces.docx", p(
        '<w:r><w:t>one</w:t><w:tab/><w:t>two</w:t><w:br/><w:t xml:space="preserve">  three'
        "</w:t><w:cr/><w:t>four</w:t></w:r>"))
    assert texts(path) == ["one two three four"]


# -- fields ------------------------------------------------------------------------------

def test_a_link_to_a_bookmark_keeps_only_its_text(tmp_path: Path) -> None:
    path = write_docx(tmp_path / "bookmark.docx", p(
        "See ", field(' HYPERLINK \\l &quot;_Toc1&quot; ', "chapter one"), " again."))
    assert texts(path) == ["See chapter one again."]


def test_a_link_whose_address_is_its_text_is_not_repeated(tmp_path: Path) -> None:
    path = write_docx(tmp_path / "same.docx", p(
        "At ", field("HYPERLINK &quot;https://example.org&quot;", "https://example.org"), "."))
    assert texts(path) == ["At https://example.org."]


def test_a_link_that_shows_nothing_keeps_its_address_alone(tmp_path: Path) -> None:
    path = write_docx(tmp_path / "bare.docx", p(
        "At", '<w:fldSimple w:instr="HYPERLINK &quot;https://example.org/a&quot;"/>', "today."))
    assert texts(path) == ["At https://example.org/a today."]


@pytest.mark.parametrize("instruction", [" PAGE ", "", " HYPERLINK ", " hyperlink \\l x "])
def test_fields_without_an_address_add_nothing(tmp_path: Path, instruction: str) -> None:
    path = write_docx(tmp_path / "none.docx", p("Page ", field(instruction, "4"), " of it."))
    assert texts(path) == ["Page 4 of it."]


def test_a_complex_field_without_a_result_shows_nothing(tmp_path: Path) -> None:
    # begin, instruction, end: no "separate", so nothing was displayed.
    complex_field = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                     '<w:r><w:instrText> HYPERLINK "https://example.org" </w:instrText></w:r>'
                     '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    path = write_docx(tmp_path / "noresult.docx", p("Before ", complex_field, "after."))
    assert texts(path) == ["Before after."]


def test_a_stray_field_end_changes_nothing(tmp_path: Path) -> None:
    path = write_docx(tmp_path / "stray.docx", p(
        "Plain ", '<w:r><w:fldChar w:fldCharType="separate"/></w:r>', "text ",
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>', "here."))
    assert texts(path) == ["Plain text here."]


def test_a_quoted_address_with_a_space_is_kept_whole(tmp_path: Path) -> None:
    path = write_docx(tmp_path / "spaced.docx", p(
        "See ", field("HYPERLINK &quot;My Notes.docx&quot;", "my notes"), "."))
    assert texts(path) == ["See my notes (My Notes.docx)."]


def test_a_switch_s_own_argument_is_not_taken_for_the_address(tmp_path: Path) -> None:
    path = write_docx(tmp_path / "tip-first.docx", p(
        "See ", field("HYPERLINK \\o &quot;a tip&quot; &quot;https://example.org/x&quot;",
                      "the site"), "."))
    assert texts(path) == ["See the site (https://example.org/x)."]


# -- notes -------------------------------------------------------------------------------

def test_a_damaged_notes_part_leaves_the_body_whole(tmp_path: Path) -> None:
    ref = '<w:r><w:footnoteReference w:id="1"/></w:r>'
    good = write_docx(tmp_path / "good.docx", heading("Introduction") + p("The town grew.", ref),
                      footnotes={1: p("A note.")})
    assert docx_to_text(good).endswith("The town grew.\n\n- A note.\n")
    bad = tmp_path / "bad.docx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bad, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "word/footnotes.xml":
                data = b"<w:footnotes this is not XML"
            dst.writestr(info, data)
    assert docx_to_text(bad) == "## Introduction\n\nThe town grew.\n"
    found, counts = blocks(bad)
    assert [b.notes for b in found] == [[], []] and counts.notes == {}


def test_a_reference_to_a_note_that_is_not_there_adds_nothing(tmp_path: Path) -> None:
    ref = '<w:r><w:footnoteReference w:id="9"/></w:r>'
    path = write_docx(tmp_path / "missing.docx", p("The town grew.", ref),
                      footnotes={1: p("A note.")})
    found, counts = blocks(path)
    assert [(b.text, b.notes) for b in found] == [("The town grew.", [])]
    assert counts.notes == {}


def test_notes_are_counted_by_kind_each_citation_once(tmp_path: Path) -> None:
    foot = '<w:r><w:footnoteReference w:id="1"/></w:r>'
    end = '<w:r><w:endnoteReference w:id="2"/></w:r>'
    path = write_docx(tmp_path / "counted.docx", p("One.", foot) + p("Two.", foot, end),
                      footnotes={1: p("Foot.")}, endnotes={2: p("End.")})
    found, counts = blocks(path)
    assert [b.notes for b in found] == [["Foot."], ["Foot.", "End."]]
    assert counts.notes == {"footnote": 2, "endnote": 1}


# -- tables and counts -------------------------------------------------------------------

def test_a_table_row_is_one_block_its_empty_cells_left_out(tmp_path: Path) -> None:
    def row(*cells: str) -> str:
        return "<w:tr>" + "".join(f"<w:tc>{p(c) if c else '<w:p/>'}</w:tc>" for c in cells) \
            + "</w:tr>"

    path = write_docx(tmp_path / "table.docx", f"<w:tbl>{row('Novel', '', 'Year')}"
                      f"{row('', '')}{row('Gatsby', '1925', '')}</w:tbl>")
    found, counts = blocks(path)
    assert [(b.element, b.text) for b in found] == [(None, "Novel | Year"),
                                                     (None, "Gatsby | 1925")]
    assert counts.tables == 1


def test_a_table_in_a_cell_is_read_within_its_cell(tmp_path: Path) -> None:
    inner = f"<w:tbl><w:tr><w:tc>{p('inner a')}</w:tc><w:tc>{p('inner b')}</w:tc></w:tr></w:tbl>"
    path = write_docx(tmp_path / "nested.docx",
                      f"<w:tbl><w:tr><w:tc>{p('outer')}</w:tc><w:tc>{inner}</w:tc></w:tr></w:tbl>")
    found, counts = blocks(path)
    assert [b.text for b in found] == ["outer | inner a | inner b"]
    assert counts.tables == 2


def test_tracked_changes_are_counted_but_a_changed_paragraph_mark_is_not(tmp_path: Path) -> None:
    mark = '<w:rPr><w:ins w:id="9" w:author="Ann"/></w:rPr>'
    path = write_docx(tmp_path / "tracked.docx", p(
        "Kept ", '<w:ins w:id="1" w:author="Ann">' + r("new ") + "</w:ins>",
        '<w:del w:id="2" w:author="Ann"><w:r><w:delText>old </w:delText></w:r></w:del>',
        '<w:moveTo w:id="3" w:author="Ann">' + r("moved") + "</w:moveTo>", ppr=mark))
    found, counts = blocks(path)
    assert [b.text for b in found] == ["Kept new moved"]
    assert (counts.insertions, counts.deletions) == (2, 1)


@pytest.mark.parametrize(("counts", "messages"), [
    (BodyCounts(), []),
    (BodyCounts(notes={"footnote": 1}),
     ["1 footnote kept under the paragraph that cites them"]),
    (BodyCounts(notes={"footnote": 0, "endnote": 3}, tables=2),
     ["3 endnotes kept under the paragraph that cites them",
      "2 tables read row by row, each row a note"]),
    (BodyCounts(deletions=1),
     ["tracked changes accepted: 0 insertions kept, 1 deletion left out"]),
    (BodyCounts(notes={"endnote": 1, "footnote": 2}, tables=1, insertions=1, deletions=4),
     ["2 footnotes kept under the paragraph that cites them",
      "1 endnote kept under the paragraph that cites them",
      "1 table read row by row, each row a note",
      "tracked changes accepted: 1 insertion kept, 4 deletions left out"]),
])
def test_what_reading_did_is_one_sentence_each(counts: BodyCounts, messages: list[str]) -> None:
    assert counts.messages() == messages


# -- words kept --------------------------------------------------------------------------

run_text = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFG ,.;'", min_size=1, max_size=12)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(paragraphs=st.lists(st.lists(st.tuples(run_text, st.sampled_from(["run", "ins", "del"])),
                                    min_size=1, max_size=6), min_size=1, max_size=4))
def test_text_split_into_runs_and_changes_is_read_word_for_word(
        tmp_path: Path, paragraphs: list[list[tuple[str, str]]]) -> None:
    body = []
    for pieces in paragraphs:
        parts = []
        for text, how in pieces:
            if how == "run":
                parts.append(r(text))
            elif how == "ins":
                parts.append(f'<w:ins w:id="1" w:author="A">{r(text)}</w:ins>')
            else:
                parts.append(f'<w:del w:id="2" w:author="A"><w:r><w:delText>{text}</w:delText>'
                             "</w:r></w:del>")
        body.append(p(*parts))
    path = write_docx(tmp_path / "runs.docx", "".join(body))
    expected = [" ".join("".join(t for t, how in pieces if how != "del").split())
                for pieces in paragraphs]
    assert texts(path) == expected
