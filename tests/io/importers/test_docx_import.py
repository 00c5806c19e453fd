"""Importing Word drafts, and the outline export coming back as the same tree."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from outliner.core.essay import CitationStyle, Essay, Meta, Node, NodeKind, Source
from outliner.core.rules import allowed_kinds_at, tree_errors
from outliner.io import open_document
from outliner.io.errors import DocumentError
from outliner.io.exporters.options import ExportOptions
from outliner.io.exporters.word import export_word
from outliner.io.importers.word import docx_to_text, import_docx
from tests.support.helpers import small_essay

K = NodeKind


def tree(essay: Essay) -> list[tuple[int, str, str, str, str]]:
    """Kinds, texts, cites, prose, order and nesting (ids aside)."""
    return [(n.depth(), n.kind.value, n.text, n.cite, n.prose) for n in essay.walk()]


def round_trip(essay: Essay, tmp_path: Path, style: CitationStyle = CitationStyle.MLA) -> Essay:
    out = tmp_path / "outline.docx"
    export_word(essay, out, ExportOptions(mode="outline", style=style))
    return import_docx(out)


def described() -> Essay:
    essay = small_essay()
    essay.meta = Meta(title="Hope and Loss", author="Jo Reyes", instructor="Dr. Alvarez",
                      course="English 101", date="2026-03-09")
    essay.sources = [Source("Ishiguro, Kazuo. Never Let Me Go. Vintage, 2006."),
                     Source("Brown, Ann. A Book. 2001.")]
    essay.node("b2").prose = "The second body paragraph, written out.\nIt has two parts."
    return essay


@pytest.mark.parametrize("style", list(CitationStyle))
def test_outline_export_imports_back_to_the_same_tree(tmp_path: Path,
                                                      style: CitationStyle) -> None:
    essay = described()
    back = round_trip(essay, tmp_path, style)
    assert tree(back) == tree(essay)
    assert [s.text for s in back.sources] == [s.text for s in essay.sources]
    assert (back.meta.title, back.meta.author, back.meta.instructor, back.meta.course,
            back.meta.date) == ("Hope and Loss", "Jo Reyes", "Dr. Alvarez", "English 101",
                                "2026-03-09")


def test_user_draft_outline_round_trip(tmp_path: Path, user_draft: Path) -> None:
    from outliner.io.importers.text import read_text_file

    essay = read_text_file(user_draft)
    back = round_trip(essay, tmp_path)
    assert tree(back) == tree(essay)
    assert tree_errors(back.outline) == []


def test_sections_and_deep_notes_round_trip(tmp_path: Path) -> None:
    essay = Essay(meta=Meta(title="Sections"), outline=[
        Node(K.INTRO, "Hook", children=[Node(K.THESIS, "A claim to prove.")]),
        Node(K.SECTION, "Part one", children=[
            Node(K.BODY, "First point", children=[
                Node(K.NOTE, "a note", children=[
                    Node(K.NOTE, "deeper", children=[Node(K.QUOTE, "said so", cite="9")]),
                ]),
            ]),
        ]),
        Node(K.CONCLUSION, "Wrap up", children=[Node(K.NOTE, "last thought")]),
    ])
    assert tree(round_trip(essay, tmp_path)) == tree(essay)


def test_the_text_handed_to_the_importer(tmp_path: Path) -> None:
    out = tmp_path / "o.docx"
    export_word(described(), out, ExportOptions(mode="outline"))
    text = docx_to_text(out)
    assert text.startswith("Name: Jo Reyes  \nInstructor: Dr. Alvarez")
    assert "# Hope and Loss\n\n## Introduction: Opening" in text
    assert "**Thesis:** The thesis." in text
    assert "- “a quotation” (12)\n- a note\n  - a sub-note" in text
    assert "## Works Cited" in text


# -- Word drafts written by people ---------------------------------------------------


def test_a_word_draft_with_headings_and_lists(tmp_path: Path) -> None:
    path = tmp_path / "draft.docx"
    doc = docx.Document()
    doc.add_paragraph("Frankenstein and Blame", style="Title")
    doc.add_paragraph("Victor Frankenstein builds a creature and then abandons it. "
                      "Shelley shows that the maker, not the made, carries the blame.")
    doc.add_paragraph("Body paragraph 1: Victor runs from his work", style="Heading 1")
    doc.add_paragraph("he flees the room", style="List Bullet")
    doc.add_paragraph("“I rushed out of the room” (58)", style="List Bullet")
    doc.add_paragraph("Conclusion", style="Heading 1")
    doc.add_paragraph("the blame returns to Victor", style="List Bullet")
    doc.save(str(path))
    essay = open_document(path)
    assert essay.meta.title == "Frankenstein and Blame"
    kinds = [(n.depth(), n.kind) for n in essay.walk()]
    assert kinds[0] == (0, K.INTRO)
    body = next(n for n in essay.outline if n.kind is K.BODY)
    assert body.text == "Victor runs from his work"
    assert [(c.kind, c.text, c.cite) for c in body.children] == [
        (K.NOTE, "he flees the room", ""), (K.QUOTE, "I rushed out of the room", "58")]
    assert essay.outline[-1].kind is K.CONCLUSION
    assert tree_errors(essay.outline) == []


def test_numbered_list_labels_as_word_shows_them(tmp_path: Path) -> None:
    path = tmp_path / "numbered.docx"
    doc = docx.Document()
    doc.add_paragraph("Notes on the novel")
    for text in ("first", "second", "third"):
        doc.add_paragraph(text, style="List Number")
    doc.save(str(path))
    assert "1. first\n2. second\n3. third" in docx_to_text(path)


def test_an_mla_export_imports_with_every_word(tmp_path: Path) -> None:
    essay = described()
    for node in essay.walk():
        if node.kind in (K.INTRO, K.BODY, K.CONCLUSION) and not node.prose:
            node.prose = f"Prose for {node.text}."
    out = tmp_path / "essay.docx"
    export_word(essay, out, ExportOptions())
    back = import_docx(out)
    words = " ".join(f"{n.text} {n.cite} {n.prose}" for n in back.walk())
    words += " ".join([back.meta.title, back.meta.author, back.meta.instructor,
                       back.meta.course, back.meta.date] + [s.text for s in back.sources])
    for node in essay.walk():
        for word in re.findall(r"\w+", node.prose):
            assert word in words


# -- refusals ----------------------------------------------------------------------------


def test_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "fake.docx"
    path.write_text("just text")
    with pytest.raises(DocumentError) as error:
        import_docx(path)
    assert str(path) in str(error.value) and "not a Word document" in str(error.value)


def test_zip_without_a_document(tmp_path: Path) -> None:
    path = tmp_path / "empty.docx"
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("readme.txt", "hello")
    with pytest.raises(DocumentError, match=r"empty\.docx"):
        open_document(path)


def test_damaged_document_xml(tmp_path: Path) -> None:
    good = tmp_path / "good.docx"
    docx.Document().save(str(good))
    bad = tmp_path / "bad.docx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bad, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/document.xml":
                data = data[: len(data) // 2]
            dst.writestr(item, data)
    with pytest.raises(DocumentError, match=r"bad\.docx"):
        import_docx(bad)


def test_empty_document(tmp_path: Path) -> None:
    path = tmp_path / "blank.docx"
    docx.Document().save(str(path))
    with pytest.raises(DocumentError, match="no text"):
        import_docx(path)


def test_folder_and_missing(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="folder"):
        import_docx(tmp_path)
    with pytest.raises(DocumentError, match="no such file"):
        import_docx(tmp_path / "gone.docx")


# -- generated outlines --------------------------------------------------------------------

VOCAB = ["river", "garden", "memory", "silence", "promise", "winter", "letter", "harbour",
         "lantern", "orchard", "distance", "mirror", "station", "journey", "shadow"]
phrase = st.lists(st.sampled_from(VOCAB), min_size=2, max_size=6).map(" ".join)


@st.composite
def outlines(draw: st.DrawFn) -> Essay:
    """Valid outlines (the rule book decides what may go where) of plain words."""
    def children(parent: Node | None, depth: int) -> list[Node]:
        if depth > 3:
            return []
        kinds = [k for k in allowed_kinds_at(parent) if k not in (K.SECTION, K.THESIS)]
        out = []
        for _ in range(draw(st.integers(0, 3 if depth else 4))):
            kind = draw(st.sampled_from(kinds))
            node = Node(kind, draw(phrase))
            if kind is K.QUOTE:
                node.cite = str(draw(st.integers(1, 400)))
            node.children = children(node, depth + 1) if kind is not K.QUOTE else []
            for child in node.children:
                child.parent = node
            out.append(node)
        return out

    top = [Node(K.INTRO, draw(phrase), children=[Node(K.THESIS, draw(phrase) + ".")])]
    top += [n for n in children(None, 0) if n.kind in (K.BODY,)]
    top.append(Node(K.CONCLUSION, draw(phrase)))
    for node in top:
        for child in node.children:
            child.parent = node
    return Essay(meta=Meta(title="Generated"), outline=top)


@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(essay=outlines())
def test_generated_outlines_round_trip(tmp_path: Path, essay: Essay) -> None:
    assert tree(round_trip(essay, tmp_path)) == tree(essay)


def test_the_importer_reads_every_label_the_exporters_write() -> None:
    from outliner.io.importers import word as docx_import
    from outliner.io.vocabulary import LABELS, META_LABELS, paragraph_heading

    for kind in (K.INTRO, K.BODY, K.CONCLUSION):
        for text in ("", "a claim"):
            line = paragraph_heading(kind, text, body_number=12)
            assert docx_import._PARAGRAPH_HEADING.match(line), line
    assert paragraph_heading(K.BODY, "a claim", body_number=2) == "Body paragraph 2: a claim"
    thesis = paragraph_heading(K.THESIS, "the claim")
    assert docx_import._THESIS.sub("", thesis) == "the claim"
    for _, label in META_LABELS:
        assert docx_import._META_LINE.match(f"{label}: someone"), label
    # the patterns are built from the tables, not typed a second time
    for label in LABELS.values():
        assert re.escape(label) in (docx_import._PARAGRAPH_HEADING.pattern
                                    + docx_import._THESIS.pattern), label
