"""An OPML export imports back as the same essay: kinds, texts, cites,
prose, heading fields and sources (io/opml_labels.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from outliner.core.essay import CitationStyle, Essay, Meta, Node, NodeKind, Source
from outliner.core.rules import can_contain, tree_errors
from outliner.io.exporters.opml import opml_bytes
from outliner.io.exporters.options import ExportOptions
from outliner.io.formats import export_essay, open_document, open_document_with_report
from outliner.io.importers.opml import essay_from_opml
from outliner.io.importers.text import load_sample_essay

K = NodeKind
#: The user's draft, in ../shared beside the repository.
DRAFT = Path(__file__).resolve().parents[2] / ".." / "shared" / "samples" / (
    "never-let-me-go-draft.txt")


def everything(essay: Essay) -> tuple[object, ...]:
    tree = [(n.depth(), n.kind.value, n.text, n.cite, n.prose) for n in essay.walk()]
    return tree, vars(essay.meta), [s.text for s in essay.sources]


def via_file(essay: Essay, folder: Path) -> Essay:
    path = folder / "outline.opml"
    export_essay(essay, path)
    return open_document(path)


def test_the_shipped_sample_comes_back_exactly(tmp_path: Path) -> None:
    essay = load_sample_essay()
    assert essay.sources and any(n.prose for n in essay.walk())  # a real test of both
    assert everything(via_file(essay, tmp_path)) == everything(essay)


@pytest.mark.skipif(not DRAFT.is_file(), reason="the user's draft is not in ../shared/samples")
def test_the_users_draft_comes_back_exactly(tmp_path: Path) -> None:
    essay = open_document(DRAFT)
    assert len(essay) > 10
    result = open_document_with_report(_exported(essay, tmp_path))
    assert everything(result.essay) == everything(essay)
    assert result.findings == [] and result.notes == []  # nothing guessed about our own file


def _exported(essay: Essay, folder: Path) -> Path:
    path = folder / "draft.opml"
    export_essay(essay, path)
    return path


def test_labels_are_readable_text_for_other_outliners() -> None:
    essay = Essay(meta=Meta(title="T"), sources=[Source("Ishiguro. Never Let Me Go.")], outline=[
        Node(K.INTRO, "Hook", children=[Node(K.THESIS, "Memory is a home.")]),
        Node(K.BODY, "", children=[Node(K.QUOTE, "told and not told", cite="81")]),
        Node(K.BODY, "Second"),
        Node(K.CONCLUSION, "End"),
        Node(K.SECTION, "Background", children=[Node(K.NOTE, "a note")]),
    ])
    data = opml_bytes(essay)[0].decode()
    for shown in ('text="Introduction: Hook"', 'text="Thesis: Memory is a home."',
                  'text="Body paragraph 1"', 'text="Body paragraph 2: Second"',
                  'text="“told and not told” (81)"', 'text="Conclusion: End"',
                  'text="Background"', 'text="a note"', 'text="Works Cited"',
                  'text="Ishiguro. Never Let Me Go."', "<title>T</title>"):
        assert shown in data
    assert everything(essay_from_opml(data.encode(), Path("x.opml")).essay) == everything(essay)


def test_text_that_already_reads_like_a_label_keeps_it() -> None:
    essay = Essay(outline=[
        Node(K.INTRO, "Thesis", children=[Node(K.THESIS, "Thesis: twice")]),
        Node(K.BODY, "Body paragraph 7: inner"),
        Node(K.BODY, "1"),
        Node(K.SECTION, "Works Cited", children=[
            Node(K.QUOTE, "“already quoted”", cite=" 4 "), Node(K.QUOTE, "", cite=""),
            Node(K.NOTE, "Introduction")]),
    ])
    back = essay_from_opml(opml_bytes(essay)[0], Path("x.opml")).essay
    assert everything(back) == everything(essay)


def test_line_breaks_tabs_and_spaces_in_prose_survive() -> None:
    prose = "  First line.\r\nSecond\tline.\n\n\nThird after blank lines.  "
    essay = Essay(meta=Meta(date="\n4 May\r"), outline=[Node(K.BODY, " claim ", prose=prose)])
    back = essay_from_opml(opml_bytes(essay)[0], Path("x.opml")).essay
    assert everything(back) == everything(essay)


def test_characters_xml_cannot_hold_are_replaced_and_reported(tmp_path: Path) -> None:
    essay = Essay(outline=[Node(K.BODY, "a\x00b\x1fc", prose="\x0bd")])
    report = export_essay(essay, tmp_path / "o.opml")
    assert report.notes == ["3 control characters that XML cannot hold were written as \ufffd"]
    back = open_document(tmp_path / "o.opml")
    assert [(n.text, n.prose) for n in back.walk()] == [("a\ufffdb\ufffdc", "\ufffdd")]


def test_essay_mode_writes_the_outline_and_says_so(tmp_path: Path) -> None:
    essay = load_sample_essay()
    report = export_essay(essay, tmp_path / "o.opml", ExportOptions(mode="essay"))
    assert report.notes == ["OPML holds an outline, so the outline was written"]
    assert everything(open_document(tmp_path / "o.opml")) == everything(essay)


def test_an_existing_file_is_kept_as_backup(tmp_path: Path) -> None:
    path = tmp_path / "o.opml"
    path.write_text("old")
    export_essay(load_sample_essay(), path)
    assert (tmp_path / "o.opml.bak").read_text() == "old"


def test_a_deep_outline_round_trips() -> None:
    node = Node(K.NOTE, "level 62")
    for depth in range(61, 0, -1):
        node = Node(K.NOTE, f"level {depth}", children=[node])
    essay = Essay(outline=[Node(K.BODY, "top", children=[node])])
    assert max(n.depth() for n in essay.walk()) == 62
    assert tree_errors(essay.outline) == []
    back = essay_from_opml(opml_bytes(essay)[0], Path("x.opml")).essay
    assert everything(back) == everything(essay)


# -- property: any generated essay comes back exactly ---------------------------

#: Every character XML 1.0 can hold (no surrogates, no C0 controls but tab and
#: line breaks, no U+FFFE/U+FFFF), the label words and quotation marks among them.
XML_CHAR = st.characters(
    blacklist_categories=["Cs"],
    blacklist_characters=[c for c in map(chr, range(32)) if c not in "\t\n\r"] + ["\ufffe",
                                                                                  "\uffff"])
TEXT = st.one_of(
    st.text(XML_CHAR, max_size=20),
    st.sampled_from(["", "Thesis", "Thesis: x", "Introduction", "Body paragraph 3: y",
                     "“q” (4)", "“", "”", "Conclusion: ", "Works Cited", " ", "\r\n"]),
)


@st.composite
def trees(draw: st.DrawFn, parent_kind: NodeKind | None = None, depth: int = 0) -> list[Node]:
    allowed = [k for k in NodeKind if can_contain(parent_kind, k)]
    if not allowed or depth > 3:
        return []
    return [
        Node(kind, draw(TEXT), cite=draw(TEXT), prose=draw(TEXT),
             children=draw(trees(kind, depth + 1)))
        for kind in (draw(st.sampled_from(allowed)) for _ in range(draw(st.integers(0, 3))))
    ]


@st.composite
def essays(draw: st.DrawFn) -> Essay:
    meta = Meta(*(draw(TEXT) for _ in range(5)), style=draw(st.sampled_from(CitationStyle)))
    return Essay(meta, [Source(t) for t in draw(st.lists(TEXT, max_size=3))], draw(trees()))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(essay=essays())
def test_any_generated_essay_round_trips_exactly(essay: Essay) -> None:
    data, replaced = opml_bytes(essay)
    assert replaced == 0
    result = essay_from_opml(data, Path("prop.opml"))
    assert everything(result.essay) == everything(essay)
    assert result.findings == []
    assert opml_bytes(result.essay)[0] == data
