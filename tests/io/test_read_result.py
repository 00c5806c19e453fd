"""The reader contract (io/formats.py, io/read_result.py): every reader hands
back the essay, the notes on how the file was read and the importer's
findings, each finding naming a node of that same essay (issue 10, part 6)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from outliner.core.essay import Essay, Node, NodeKind
from outliner.io import open_document_with_report
from outliner.io.essay.file import save_essay
from outliner.io.importers import markdown as markdown_module
from outliner.io.importers import text as text_module
from outliner.io.importers.lines import Finding, ImportReport, Line
from outliner.io.importers.word_body import BodyCounts
from outliner.io.read_result import ReadResult, node_name, report_lines
from tests.support.docx_build import heading, p, r, write_docx
from tests.support.helpers import small_essay

DRAFT = "My Title\n\nIntroduction: The opening. My thesis is here.\n\nBody one starts here.\n"


def _deciding(build: Callable[[list[Line], ImportReport], Essay]
              ) -> Callable[[list[Line], ImportReport], Essay]:
    """The real builder, then one decision about the first node and one about
    the whole draft (the builders' own decisions are other tests' business)."""
    def build_and_decide(lines: list[Line], report: ImportReport) -> Essay:
        essay = build(lines, report)
        report.decide("planted: about the first node", essay.outline[0])
        report.decide("planted: about the whole draft")
        return essay
    return build_and_decide


@pytest.fixture
def planted_decisions(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(text_module, "build_essay", _deciding(text_module.build_essay))
    monkeypatch.setattr(markdown_module, "build_essay", _deciding(markdown_module.build_essay))


def _word_draft(path: Path) -> Path:
    body = (p("The Nile Essay", style="Title") + heading("Introduction")
            + p("The river floods each spring.") + heading("Body paragraph 1")
            + p("Farms recovered."))
    return write_docx(path, body)


@pytest.mark.parametrize("name", ["draft.txt", "draft.md", "draft.docx"])
def test_every_draft_reader_hands_over_the_builders_findings(
        tmp_path: Path, name: str, planted_decisions: None) -> None:
    path = tmp_path / name
    if path.suffix == ".docx":
        _word_draft(path)
    else:
        path.write_text(DRAFT, encoding="utf-8")
    read = open_document_with_report(path)
    assert isinstance(read, ReadResult)
    first = read.essay.outline[0]
    assert Finding("planted: about the first node", first.id) in read.findings
    assert Finding("planted: about the whole draft") in read.findings
    # The id names a node of the essay handed back, not of a discarded parse.
    assert read.essay.find(first.id) is first


def test_an_essay_file_reports_nothing(tmp_path: Path) -> None:
    path = tmp_path / "saved.essay"
    save_essay(small_essay(), path)
    read = open_document_with_report(path)
    assert (read.notes, read.findings, read.report()) == ([], [], [])


def test_decoding_notes_come_first_as_lines_without_a_node(tmp_path: Path,
                                                           planted_decisions: None) -> None:
    path = tmp_path / "mixed.txt"
    path.write_bytes("Intro: Caf\u00e9 society.\n".encode("cp1252") + b"\nBody one.\n")
    read = open_document_with_report(path)
    lines = report_lines(read)
    assert "read as Windows-1252" in lines[0].text and lines[0].node is None
    assert [line.message for line in lines[1:] if "planted" in line.message] == [
        "planted: about the first node", "planted: about the whole draft"]
    about_first = next(line for line in lines if line.message == "planted: about the first node")
    assert about_first.node is read.essay.outline[0] and about_first.node_name == "Introduction"


def _essay() -> Essay:
    return Essay(outline=[
        Node(NodeKind.INTRO, "Intro", children=[Node(NodeKind.THESIS, "A thesis")]),
        Node(NodeKind.BODY, "First"),
        Node(NodeKind.SECTION, "Setting"),
        Node(NodeKind.BODY, "Second", children=[
            Node(NodeKind.NOTE, "A note long enough that its name has to be cut short here"),
            Node(NodeKind.QUOTE, "")]),
        Node(NodeKind.CONCLUSION, "End"),
    ])


def test_nodes_are_named_as_the_window_names_them() -> None:
    essay = _essay()
    names = [node_name(essay, node) for node in essay.walk()]
    assert names == ["Introduction", "Thesis", "Body paragraph 1", "Section “Setting”",
                     "Body paragraph 2",
                     "Note “A note long enough that its name has to”…",
                     "Quotation", "Conclusion"]
    assert all(len(name) < 60 for name in names)


def test_a_line_names_its_node_and_a_gone_node_leaves_the_message() -> None:
    essay = _essay()
    thesis = essay.outline[0].children[0]
    read = ReadResult(essay, ["a note on the file"],
                      [Finding("thesis: the last sentence of the introduction", thesis.id),
                       Finding("about a node that is gone", "no-such-id")])
    lines = report_lines(read)
    assert [line.text for line in lines] == [
        "a note on the file",
        "Thesis: the last sentence of the introduction",
        "about a node that is gone"]
    assert lines[1].node is thesis and lines[2].node is None


def test_body_counts_say_what_word_import_did() -> None:
    counts = BodyCounts({"footnote": 3, "endnote": 1}, tables=2, insertions=2, deletions=1)
    assert counts.messages() == [
        "3 footnotes kept under the paragraph that cites them",
        "1 endnote kept under the paragraph that cites them",
        "2 tables read row by row, each row a note",
        "tracked changes accepted: 2 insertions kept, 1 deletion left out"]
    assert BodyCounts().messages() == []


def test_word_import_reports_notes_tables_and_tracked_changes(tmp_path: Path) -> None:
    def row(*cells: str) -> str:
        return "<w:tr>" + "".join(f"<w:tc>{p(cell)}</w:tc>" for cell in cells) + "</w:tr>"

    ref = '<w:r><w:footnoteReference w:id="{}"/></w:r>'
    body = (p("The Nile Essay", style="Title") + heading("Introduction")
            + p("The river floods", ref.format(1), " each spring.", ref.format(2))
            + f"<w:tbl>{row('Year', 'Height')}{row('1950', '9 m')}</w:tbl>"
            + p("A text with ", '<w:ins w:id="7" w:author="Ann">' + r("two ") + "</w:ins>",
                "insertions", '<w:del w:id="8" w:author="Ann"><w:r><w:delText> gone'
                "</w:delText></w:r></w:del>",
                # a changed paragraph mark is no text of its own
                '<w:pPr><w:rPr><w:ins w:id="9" w:author="Ann"/></w:rPr></w:pPr>'))
    path = write_docx(tmp_path / "counted.docx", body,
                      footnotes={1: p("Smith 4."), 2: p("Jones 9.")})
    read = open_document_with_report(path)
    assert read.notes[:3] == [
        "2 footnotes kept under the paragraph that cites them",
        "1 table read row by row, each row a note",
        "tracked changes accepted: 1 insertion kept, 1 deletion left out"]


def test_a_plain_word_draft_has_no_notes(tmp_path: Path) -> None:
    assert open_document_with_report(_word_draft(tmp_path / "plain.docx")).notes == []


def test_a_message_that_names_its_node_is_not_named_twice() -> None:
    from outliner.io.read_result import ReportLine

    assert ReportLine("thesis: the last sentence of the introduction", None,
                      "Thesis").text == "Thesis: the last sentence of the introduction"
    assert ReportLine("no thesis sentence found", None,
                      "Introduction").text == "Introduction — no thesis sentence found"
