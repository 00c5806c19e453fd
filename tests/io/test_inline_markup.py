"""The model's inline markup (*italic*, **bold**, \\* a literal star) through
every exporter and importer: Word runs, Markdown emphasis, plain text."""

from __future__ import annotations

import tempfile
from pathlib import Path

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from outliner.core.essay import Essay, Meta, Node, NodeKind, Source
from outliner.core.inline import Span, parse, render
from outliner.io.exporters.options import ExportOptions
from outliner.io.formats import export_essay
from outliner.io.importers.text import parse_text, read_text_file
from outliner.io.importers.word import import_docx
from tests.support.docx_build import p, write_docx

K = NodeKind
PROSE = ("Kathy keeps *the tape* long after Hailsham, and **nothing** in "
         "*Never Let Me Go* lets her forget it; a \\*star\\* stays a star.")


def marked_essay() -> Essay:
    return Essay(
        meta=Meta(title="Memory in *Never Let Me Go*", author="Sam Lee"),
        sources=[Source("Ishiguro, Kazuo. *Never Let Me Go*. Vintage, 2006.")],
        outline=[
            Node(K.INTRO, "Hook", children=[Node(K.THESIS, "Memory is *chosen*.")]),
            Node(K.BODY, "The **tape**", prose=PROSE, children=[
                Node(K.QUOTE, "the *tape* was gone", cite="41"),
                Node(K.NOTE, "a note on *Hailsham*"),
            ]),
        ],
    )


def runs(path: Path) -> list[tuple[str, bool, bool]]:
    """Every run of the body, in the page's paragraphs and in table cells (an
    unwritten paragraph's placeholder is a one-cell table)."""
    document = docx.Document(str(path))
    paragraphs = list(document.paragraphs) + [
        para for table in document.tables for row in table.rows for cell in row.cells
        for para in cell.paragraphs]
    return [(r.text, bool(r.italic), bool(r.bold)) for para in paragraphs for r in para.runs]


@pytest.mark.parametrize("mode", ["essay", "outline"])
def test_word_sets_the_marked_words_in_italic_and_bold(tmp_path: Path, mode: str) -> None:
    out = tmp_path / f"{mode}.docx"
    export_essay(marked_essay(), out, ExportOptions(mode=mode))  # type: ignore[arg-type]
    got = runs(out)
    italic = [t for t, i, _ in got if i]
    bold = [t for t, _, b in got if b]
    assert "Never Let Me Go" in italic  # the title, the prose, the source
    assert italic.count("Never Let Me Go") >= 3
    assert "the tape" in italic and "chosen" in italic
    assert "nothing" in bold
    assert "tape" in bold or mode == "essay"  # the claim: printed in the outline only
    text = "".join(t for t, _, _ in got)
    assert "*" not in text.replace("a *star* stays", "")  # marks never printed
    assert "a *star* stays a star" in text
    props = docx.Document(str(out)).core_properties
    assert props.title == "Memory in Never Let Me Go"


def test_the_outline_docx_comes_back_with_its_marks(tmp_path: Path) -> None:
    essay = marked_essay()
    out = tmp_path / "outline.docx"
    export_essay(essay, out, ExportOptions(mode="outline"))
    back = import_docx(out)
    assert back.meta.title == essay.meta.title
    assert [n.text for n in back.walk()] == [n.text for n in essay.walk()]
    assert [n.prose for n in back.walk()] == [n.prose for n in essay.walk()]
    assert [s.text for s in back.sources] == [s.text for s in essay.sources]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_the_outline_text_formats_come_back_with_their_marks(tmp_path: Path, suffix: str) -> None:
    essay = marked_essay()
    out = tmp_path / f"outline{suffix}"
    export_essay(essay, out, ExportOptions(mode="outline"))
    back = read_text_file(out)
    assert back.meta.title == essay.meta.title
    assert [(n.text, n.prose) for n in back.walk()] == [(n.text, n.prose) for n in essay.walk()]
    assert [s.text for s in back.sources] == [s.text for s in essay.sources]


def test_markdown_essay_writes_emphasis_and_plain_text_writes_none(tmp_path: Path) -> None:
    md, txt = tmp_path / "essay.md", tmp_path / "essay.txt"
    export_essay(marked_essay(), md, ExportOptions(mode="essay"))
    export_essay(marked_essay(), txt, ExportOptions(mode="essay"))
    markdown, plain = md.read_text(), txt.read_text()
    assert "# Memory in *Never Let Me Go*" in markdown
    assert "Kathy keeps *the tape* long after Hailsham, and **nothing** in" in markdown
    assert "Memory in Never Let Me Go" in plain
    assert "Kathy keeps the tape long after Hailsham, and nothing in Never Let Me Go" in plain
    assert "a *star* stays a star" in plain
    assert plain.count("*") == 2  # only the writer's literal stars


@pytest.mark.parametrize(("typed", "model"), [
    ("*Never Let Me Go*", "*Never Let Me Go*"),
    ("_Never Let Me Go_", "*Never Let Me Go*"),
    ("**bold words**", "**bold words**"),
    ("__bold words__", "**bold words**"),
    ("a \\*literal\\* star", "a \\*literal\\* star"),
    ("snake_case_name and 2*3", "snake_case_name and 2*3"),
    ("\\_not emphasis\\_", "_not emphasis_"),
])
def test_markdown_emphasis_becomes_the_model_markup(
        tmp_path: Path, typed: str, model: str) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text(f"# Title\n\nThesis: the claim.\n\n## Body paragraph 1: {typed}\n\n"
                     f"- a note with {typed} inside\n")
    essay = read_text_file(draft)
    texts = [n.text for n in essay.walk()]
    assert model in texts
    assert f"a note with {model} inside" in texts


def test_a_bold_label_is_still_a_label_and_its_text_keeps_its_marks() -> None:
    essay = parse_text("**Thesis:** memory is *chosen*.\n\n**Body 1:** the *tape*\n",
                       markdown=True)
    rows = [(n.kind, n.text) for n in essay.walk()]
    assert (K.THESIS, "memory is *chosen*.") in rows
    assert (K.BODY, "the *tape*") in rows


def test_word_italic_and_bold_runs_become_markup_everywhere(tmp_path: Path) -> None:
    body = "".join([
        p("Reading ", '<w:r><w:rPr><w:i/></w:rPr><w:t xml:space="preserve">Never </w:t></w:r>',
          '<w:r><w:rPr><w:i/></w:rPr><w:t>Let</w:t></w:r>', " ",
          '<w:r><w:rPr><w:i/></w:rPr><w:t>Me Go</w:t></w:r>',
          " again, un", '<w:r><w:rPr><w:i/></w:rPr><w:t>believ</w:t></w:r>', "ably, with ",
          '<w:r><w:rPr><w:b/></w:rPr><w:t>bold</w:t></w:r>', " and a *star* typed.",
          '<w:r><w:rPr><w:i w:val="0"/></w:rPr><w:t xml:space="preserve"> Upright.</w:t></w:r>'),
    ])
    path = tmp_path / "draft.docx"
    write_docx(path, body)
    essay = import_docx(path)
    texts = [t for n in essay.walk() for t in (n.text, n.prose) if t]
    text = " ".join(texts)
    assert ("Reading *Never Let Me Go* again, un*believ*ably, with **bold** and a "
            "\\*star\\* typed. Upright.") in text
    shown = "".join(s.text for s in parse(text))
    assert "a *star* typed" in shown  # the writer's stars are stars


SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])
WORDS = st.sampled_from(["hope", "memory", "Hailsham", "tape", "*", "\\", "_", "2006", "é"])
SPAN_TEXT = st.lists(WORDS, min_size=1, max_size=4).map(" ".join)
SPANS = st.lists(st.builds(Span, SPAN_TEXT, st.booleans(), st.booleans()),
                 min_size=1, max_size=4)


@SETTINGS
@given(spans=SPANS, suffix=st.sampled_from([".md", ".txt", ".docx"]))
def test_any_marked_note_survives_every_outline_format(spans: list[Span], suffix: str) -> None:
    marked = render(spans)
    essay = Essay(meta=Meta(title="T"), outline=[
        Node(K.INTRO, "Hook", children=[Node(K.THESIS, "A claim.")]),
        Node(K.BODY, "Claim", children=[Node(K.NOTE, "note " + marked)]),
    ])
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / f"outline{suffix}"
        export_essay(essay, out, ExportOptions(mode="outline"))
        back = import_docx(out) if suffix == ".docx" else read_text_file(out)
    notes = [n.text for n in back.walk() if n.kind is K.NOTE]
    assert notes == ["note " + marked]
