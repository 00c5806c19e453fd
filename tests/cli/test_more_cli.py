"""More of the ``outliner`` command, run in this process (main() with capsys):
the top-level parser, show and stats line by line, export's usage rules and
its Word output read back, draft with and without -o, sources list and
attach, check against a text book, and what happens when stdout cannot be
written."""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
from pathlib import Path

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from outliner import __version__
from outliner.cli import _flushed, format_stats, format_tree
from outliner.core.essay import CitationStyle, Essay, Meta, Node, NodeKind
from outliner.core.sources import Name, Source, SourceType
from outliner.io.essay.file import load_essay, save_essay
from tests.cli.test_cli import assert_one_line_error, call
from tests.support.helpers import small_essay

K = NodeKind
SHELLEY = Source(id="src-shelley", type=SourceType.BOOK, authors=(Name("Shelley", "Mary"),),
                 title="Frankenstein", publisher="Penguin Classics", place="London",
                 date="2003")
CLASS_NOTES = Source(id="src-notes", text="Notes from class, 2024.")
BOOK_TEXT = "It was the wretch, the miserable monster whom I had created.\n"


def monsters() -> Essay:
    """A written APA essay quoting one structured source, with a free-text one."""
    return Essay(Meta(title="Monsters", author="A. Writer", style=CitationStyle.APA),
                 [SHELLEY, CLASS_NOTES], [
        Node(K.INTRO, "Opening", prose="Victor creates life.", id="intro",
             children=[Node(K.THESIS, "Creation needs care.", id="thesis")]),
        Node(K.BODY, "Abandonment", prose="He flees, calling it “the wretch” (58).", id="b1",
             children=[Node(K.QUOTE, "the wretch", cite="58", id="q1")]),
        Node(K.CONCLUSION, "End", prose="Care matters.", id="concl"),
    ])


@pytest.fixture
def monsters_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))  # the book cache
    path = tmp_path / "monsters.essay"
    save_essay(monsters(), path)
    return path


@pytest.fixture
def small_file(tmp_path: Path) -> Path:
    path = tmp_path / "small.essay"
    essay = small_essay()
    essay.meta.title = "Small"
    save_essay(essay, path)
    return path


@pytest.fixture
def book(tmp_path: Path) -> Path:
    path = tmp_path / "book.txt"
    path.write_text(BOOK_TEXT, encoding="utf-8")
    return path


def word_texts(path: Path) -> list[tuple[str, str]]:
    """(style, text) of every non-empty paragraph of a Word file, in order,
    those in table cells (an unwritten paragraph's flag box) too."""
    from docx.oxml.ns import qn
    from docx.text.paragraph import Paragraph as WordParagraph

    document = docx.Document(str(path))
    found = [WordParagraph(element, document) for element in document.element.body.iter(qn("w:p"))]
    return [(p.style.name if p.style is not None else "", p.text)
            for p in found if p.text.strip()]


# -- the top-level parser ---------------------------------------------------------------


def test_version_in_process_prints_the_program_and_version(
        capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = call(capsys, "--version")
    assert (status, out, err) == (0, f"outliner {__version__}\n", "")


def test_top_level_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = call(capsys, "--help")
    assert status == 0
    assert out.startswith("usage: outliner [-h] [--version] [--screenshot PNG] [FILE]")
    for line in ("  import SOURCE -o OUT.essay", "  show FILE ", "  stats FILE ",
                 "  sources attach FILE.essay KEY PATH [--page-offset N]",
                 "  check FILE [--json] [--no-spelling] [--source [KEY=]PATH]"):
        assert line in out


def test_an_unknown_top_level_option_is_usage_status_2(
        capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = call(capsys, "--bogus")
    assert status == 2 and out == ""
    assert err.splitlines()[-1] == "outliner: error: unrecognized arguments: --bogus"
    assert "Traceback" not in err


@pytest.mark.parametrize("command", ["stats", "sources", "check"])
def test_the_other_commands_have_help_too(capsys: pytest.CaptureFixture[str],
                                          command: str) -> None:
    status, out, err = call(capsys, command, "--help")
    assert (status, err) == (0, "")
    assert out.startswith(f"usage: outliner {command}")


# -- show and stats ---------------------------------------------------------------------


def test_show_prints_prose_quotes_and_each_source_in_the_essays_style(
        capsys: pytest.CaptureFixture[str], monsters_file: Path) -> None:
    status, out, err = call(capsys, "show", monsters_file)
    assert (status, err) == (0, "")
    assert out.splitlines() == [
        "title: Monsters",
        "intro: Opening",
        "  prose: Victor creates life.",
        "  thesis: Creation needs care.",
        "body: Abandonment",
        "  prose: He flees, calling it “the wretch” (58).",
        "  quote: “the wretch” (58)",
        "conclusion: End",
        "  prose: Care matters.",
        "sources:",
        "  Shelley, M. (2003). *Frankenstein*. Penguin Classics.",  # APA, the essay's own
        "  Notes from class, 2024.",  # free text, as typed
    ]


def test_show_of_the_small_essay_nests_notes_under_notes(
        capsys: pytest.CaptureFixture[str], small_file: Path) -> None:
    status, out, _ = call(capsys, "show", small_file)
    assert status == 0
    assert out.splitlines() == [
        "title: Small",
        "intro: Opening",
        "  prose: An opening paragraph.",
        "  thesis: The thesis.",
        "body: First claim",
        "  quote: “a quotation” (12)",
        "  note: a note",
        "    note: a sub-note",
        "body: Second claim",
        "  quote: “another quotation” (34)",
        "  note: second note",
        "conclusion: Closing",
    ]


def test_an_untitled_essay_without_sources_shows_only_its_outline() -> None:
    essay = Essay(outline=[Node(K.BODY, ""), Node(K.NOTE, "loose")])
    # An empty claim leaves no trailing space after its kind.
    assert format_tree(essay).splitlines() == ["body:", "note: loose"]


def test_prose_of_several_paragraphs_stays_indented_under_its_node() -> None:
    essay = Essay(outline=[
        Node(K.BODY, "Claim", prose="First paragraph.\nSecond paragraph.",
             children=[Node(K.NOTE, "a note")]),
        Node(K.CONCLUSION, "End"),
    ])
    lines = format_tree(essay).splitlines()
    top = [line for line in lines if not line.startswith(" ")]
    assert top == ["body: Claim", "conclusion: End"]


def test_stats_counts_prose_where_written_and_notes_elsewhere(
        capsys: pytest.CaptureFixture[str], small_file: Path) -> None:
    status, out, err = call(capsys, "stats", small_file)
    assert (status, err) == (0, "")
    assert out.splitlines() == [
        "21 words (the title, each written paragraph's prose, each unwritten one's notes)",
        "  Introduction: 3 words of prose",
        "  Body paragraph 1: unwritten: 9 words of notes",
        "  Body paragraph 2: unwritten: 7 words of notes",
        "  Conclusion: unwritten: 1 word of notes",
    ]


def test_stats_of_a_bad_file_is_one_line_and_status_1(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    missing = tmp_path / "gone.essay"
    status, out, err = call(capsys, "stats", missing)
    assert status == 1 and out == ""
    assert_one_line_error(err, str(missing), "no such file")


_LINE_TEXT = st.text(st.characters(exclude_categories=["Cs", "Cc", "Zl", "Zp"]),
                     min_size=1, max_size=20).filter(lambda t: t.strip() == t and t != "")


@settings(max_examples=60, deadline=None)
@given(claims=st.lists(_LINE_TEXT, min_size=1, max_size=6),
       notes=st.lists(_LINE_TEXT, max_size=3))
def test_show_gives_one_line_per_node_indented_by_depth(claims: list[str],
                                                        notes: list[str]) -> None:
    essay = Essay(outline=[Node(K.BODY, claim, children=[Node(K.NOTE, n) for n in notes])
                           for claim in claims])
    expected: list[str] = []
    for claim in claims:
        expected.append(f"body: {claim}")
        expected.extend(f"  note: {n}" for n in notes)
    assert format_tree(essay).splitlines() == expected
    # stats names each body paragraph as the window numbers them, in order
    stats = format_stats(essay).splitlines()[1:]
    assert [line.split(":")[0] for line in stats] == [
        f"  Body paragraph {n}" for n in range(1, len(claims) + 1)]


# -- export ------------------------------------------------------------------------------


def test_a_template_for_markdown_output_is_a_usage_error(
        capsys: pytest.CaptureFixture[str], small_file: Path, tmp_path: Path) -> None:
    output = tmp_path / "out.md"
    status, out, err = call(capsys, "export", small_file, "-o", output,
                            "--template", tmp_path / "ref.docx")
    assert status == 2 and out == ""
    assert_one_line_error(err, "--template applies to Word (.docx) output only")
    assert not output.exists()


def test_unwritten_with_an_outline_export_is_a_usage_error(
        capsys: pytest.CaptureFixture[str], small_file: Path, tmp_path: Path) -> None:
    output = tmp_path / "out.md"  # Markdown exports the outline by default
    status, _, err = call(capsys, "export", small_file, "-o", output, "--unwritten", "omit")
    assert status == 2
    assert_one_line_error(err, "--unwritten applies to the finished essay (--mode essay)")
    assert not output.exists()


def test_an_existing_output_needs_force_and_keeps_the_old_file_as_bak(
        capsys: pytest.CaptureFixture[str], small_file: Path, tmp_path: Path) -> None:
    output = tmp_path / "essay.docx"
    output.write_bytes(b"an earlier export")
    status, out, err = call(capsys, "export", small_file, "-o", output)
    assert status == 1 and out == ""
    assert_one_line_error(err, str(output), "already exists; use --force to replace it "
                                            "(the old file is kept as essay.docx.bak)")
    assert output.read_bytes() == b"an earlier export"

    status, out, _ = call(capsys, "export", small_file, "-o", output, "--force")
    assert (status, out) == (0, f"Exported {small_file} to {output}.\n")
    assert (tmp_path / "essay.docx.bak").read_bytes() == b"an earlier export"
    assert ("Body Text", "An opening paragraph.") in word_texts(output)


def test_the_default_word_export_flags_each_unwritten_paragraph(
        capsys: pytest.CaptureFixture[str], small_file: Path, tmp_path: Path) -> None:
    output = tmp_path / "essay.docx"
    status, _, err = call(capsys, "export", small_file, "-o", output)
    assert status == 0
    assert err.splitlines() == [
        "warning: Not written yet: Body paragraph 1, Body paragraph 2, Conclusion. Exported "
        "as marked placeholders (the claim and notes, flagged “Not written yet”), not as "
        "prose. (--unwritten draft drafts them from their notes, --unwritten omit leaves "
        "them out)",
        "note: MLA: no author, instructor, course, date in the essay's properties; left out "
        "of the heading (fill them in under Essay Properties).",
        "note: No sources: the Works Cited page was left out (add sources under Essay > "
        "Sources).",
    ]
    flags = [text for style, text in word_texts(output) if style == "Not Written Yet"]
    assert flags == ["[Not written yet: Body paragraph 1]", "[Not written yet: Body paragraph 2]",
                     "[Not written yet: Conclusion]"]
    notes = [text for style, text in word_texts(output) if style == "Not Written Yet Note"]
    assert notes[:4] == ["•\tClaim: First claim", "•\t“a quotation” (12)", "•\ta note",
                         "•\ta sub-note"]
    assert notes[-1] == "•\tClosing claim: Closing"


def test_one_unwritten_paragraph_gets_the_singular_hint(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "one.essay"
    save_essay(Essay(outline=[
        Node(K.INTRO, "Opening", prose="Written."),
        Node(K.BODY, "Claim", children=[Node(K.NOTE, "a note")]),
    ]), path)
    status, _, err = call(capsys, "export", path, "-o", tmp_path / "one.txt", "--mode", "essay")
    assert status == 0
    warning = err.splitlines()[0]
    assert warning.startswith("warning: Not written yet: Body paragraph 1. ")
    assert warning.endswith("(--unwritten draft drafts it from its notes, --unwritten omit "
                            "leaves it out)")


def test_omit_leaves_the_unwritten_paragraphs_out_of_the_word_essay(
        capsys: pytest.CaptureFixture[str], small_file: Path, tmp_path: Path) -> None:
    output = tmp_path / "essay.docx"
    status, _, err = call(capsys, "export", small_file, "-o", output, "--unwritten", "omit")
    assert status == 0
    assert err.splitlines()[0] == ("warning: Not written yet: Body paragraph 1, Body "
                                   "paragraph 2, Conclusion. Left out of the essay.")
    texts = word_texts(output)
    assert ("Body Text", "An opening paragraph.") in texts
    assert not any("claim" in text.lower() or "Not written" in text for _, text in texts)


def test_draft_writes_the_unwritten_paragraphs_into_the_word_essay(
        capsys: pytest.CaptureFixture[str], small_file: Path, tmp_path: Path) -> None:
    output = tmp_path / "essay.docx"
    status, _, err = call(capsys, "export", small_file, "-o", output, "--unwritten", "draft",
                          "--style", "chicago")
    assert status == 0
    assert err.splitlines()[0] == (
        "warning: Not written yet: Body paragraph 1, Body paragraph 2, Conclusion. Drafted "
        "from their notes by the built-in drafter, not written by you: read the drafts "
        "before handing the essay in.")
    assert "note: Chicago: no author, instructor, course, date" in err
    body = [text for style, text in word_texts(output) if style == "Body Text"]
    assert body[0] == "An opening paragraph."
    assert body[1].startswith("First claim. As the text puts it, “a quotation” (12).")
    assert body[2].startswith("Second claim. As the text puts it, “another quotation” (34).")


def test_a_word_template_is_used_and_left_as_it_was(
        capsys: pytest.CaptureFixture[str], small_file: Path, tmp_path: Path) -> None:
    # (that it is never written over: tests/io/exporters/test_export_safety.py)
    template = tmp_path / "ref.docx"
    docx.Document().save(str(template))
    before = template.read_bytes()
    output = tmp_path / "essay.docx"
    status, out, _ = call(capsys, "export", small_file, "-o", output, "--template", template)
    assert (status, out) == (0, f"Exported {small_file} to {output}.\n")
    assert ("Body Text", "An opening paragraph.") in word_texts(output)
    assert template.read_bytes() == before


def test_import_never_writes_over_its_own_source(
        capsys: pytest.CaptureFixture[str], small_file: Path) -> None:
    before = small_file.read_bytes()
    status, _, err = call(capsys, "import", small_file, "-o", small_file, "--force")
    assert status == 1
    assert_one_line_error(err, str(small_file), "is the file being imported")
    assert small_file.read_bytes() == before


# -- draft -------------------------------------------------------------------------------


def test_draft_to_another_file_leaves_the_input_alone(
        capsys: pytest.CaptureFixture[str], small_file: Path, tmp_path: Path) -> None:
    before = small_file.read_bytes()
    output = tmp_path / "drafted.essay"
    status, out, err = call(capsys, "draft", small_file, "-o", output)
    assert (status, err) == (0, "")
    assert out.splitlines() == [
        "Introduction already has prose; leaving it.",
        "Body paragraph 1: First claim",
        "First claim. As the text puts it, “a quotation” (12). One detail is a note. Another "
        "detail is a sub-note. This shows that the thesis.",
        "",
        "Body paragraph 2: Second claim",
        "Second claim. As the text puts it, “another quotation” (34). Second note. This shows "
        "that the thesis.",
        "",
        "Conclusion: Closing",
        "Ultimately, the thesis. Closing.",
        "",
        f"Saved {output}.",
    ]
    assert small_file.read_bytes() == before
    drafted = load_essay(output)
    assert drafted.node("intro").prose == "An opening paragraph."
    assert drafted.node("b2").prose.startswith("Second claim. As the text puts it")
    assert drafted.node("concl").prose == "Ultimately, the thesis. Closing."
    # Drafting it again drafts nothing: all four have prose now.
    status, out, _ = call(capsys, "draft", output)
    assert status == 0
    assert out.splitlines()[-2:] == ["Nothing was drafted.", f"Saved {output}."]
    assert (tmp_path / "drafted.essay.bak").is_file()


def test_draft_with_o_naming_the_input_is_refused(
        capsys: pytest.CaptureFixture[str], small_file: Path) -> None:
    before = small_file.read_bytes()
    status, out, err = call(capsys, "draft", small_file, "-o", small_file, "--force")
    assert status == 1 and out == ""
    assert_one_line_error(err, str(small_file), "is the file being drafted",
                          "leave out -o to save into it")
    assert small_file.read_bytes() == before


def test_draft_to_an_existing_file_needs_force(
        capsys: pytest.CaptureFixture[str], small_file: Path, tmp_path: Path) -> None:
    output = tmp_path / "taken.essay"
    output.write_bytes(b"keep")
    status, _, err = call(capsys, "draft", small_file, "-o", output)
    assert status == 1
    assert_one_line_error(err, str(output), "already exists; use --force")
    assert output.read_bytes() == b"keep"


def test_a_paragraph_with_nothing_to_draft_from_is_left_empty(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "bare.essay"
    save_essay(Essay(outline=[Node(K.BODY, "", id="b")]), path)
    status, out, _ = call(capsys, "draft", path)
    assert status == 0
    assert out.splitlines() == [
        "Body paragraph 1 has nothing to draft from; leaving it empty.",
        "Nothing was drafted.",
        f"Saved {path}.",
    ]
    assert load_essay(path).node("b").prose == ""


@pytest.mark.parametrize(("number", "count"), [("0", "1 paragraph"), ("2", "1 paragraph"),
                                               ("-1", "1 paragraph")])
def test_a_paragraph_number_out_of_range_names_the_count(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, number: str, count: str) -> None:
    path = tmp_path / "one.essay"
    save_essay(Essay(outline=[Node(K.BODY, "claim", children=[Node(K.NOTE, "n")])]), path)
    before = path.read_bytes()
    status, out, err = call(capsys, "draft", path, "--paragraph", number)
    assert status == 2 and out == ""
    assert_one_line_error(err, f"--paragraph: there is no paragraph {number}; this essay has "
                               f"{count} (numbered from 1: intro, body paragraphs, conclusion)")
    assert path.read_bytes() == before


def test_draft_only_the_paragraph_asked_for(
        capsys: pytest.CaptureFixture[str], small_file: Path) -> None:
    status, out, _ = call(capsys, "draft", small_file, "--paragraph", "3")
    assert status == 0
    assert out.splitlines()[0] == "Body paragraph 2: Second claim"
    essay = load_essay(small_file)
    assert essay.node("b1").prose == "" and essay.node("concl").prose == ""
    assert essay.node("b2").prose.startswith("Second claim.")
    assert (small_file.parent / "small.essay.bak").is_file()


# -- sources list and attach --------------------------------------------------------------


@pytest.mark.parametrize(("style", "entry"), [
    ([], "Shelley, M. (2003). *Frankenstein*. Penguin Classics."),
    (["--style", "mla"], "Shelley, Mary. *Frankenstein*. Penguin Classics, 2003."),
    (["--style", "chicago"], "Shelley, Mary. *Frankenstein*. London: Penguin Classics, 2003."),
])
def test_sources_list_sorts_free_text_and_fields_together(
        capsys: pytest.CaptureFixture[str], monsters_file: Path, style: list[str],
        entry: str) -> None:
    status, out, err = call(capsys, "sources", "list", monsters_file, *style)
    assert (status, err) == (0, "")
    assert out.splitlines() == ["Notes from class, 2024.", entry]


def test_attach_records_the_books_checksum_and_keeps_a_backup(
        capsys: pytest.CaptureFixture[str], monsters_file: Path, book: Path) -> None:
    before = monsters_file.read_bytes()
    status, out, err = call(capsys, "sources", "attach", monsters_file, "shelley", book,
                            "--page-offset", "10")
    assert (status, err) == (0, "")
    assert out == (f"Attached {book} to src-shelley in {monsters_file} (1 page, "
                   "no page numbers).\n")
    assert Path(f"{monsters_file}.bak").read_bytes() == before
    source = load_essay(monsters_file).sources[0]
    assert source.book is not None
    assert source.book.sha256 == hashlib.sha256(book.read_bytes()).hexdigest()
    assert source.book.page_offset == 10
    assert load_essay(monsters_file).sources[1].book is None


def test_attach_to_an_unknown_source_is_usage_and_writes_nothing(
        capsys: pytest.CaptureFixture[str], monsters_file: Path, book: Path) -> None:
    before = monsters_file.read_bytes()
    status, out, err = call(capsys, "sources", "attach", monsters_file, "nobody", book)
    assert status == 2 and out == ""
    assert_one_line_error(err, "no source is called “nobody”",
                          "the sources are: src-shelley, src-notes")
    assert monsters_file.read_bytes() == before
    assert not Path(f"{monsters_file}.bak").exists()


def test_attach_a_missing_book_names_it_and_writes_nothing(
        capsys: pytest.CaptureFixture[str], monsters_file: Path, tmp_path: Path) -> None:
    before = monsters_file.read_bytes()
    missing = tmp_path / "absent.txt"
    status, _, err = call(capsys, "sources", "attach", monsters_file, "src-shelley", missing)
    assert status == 1
    assert_one_line_error(err, str(missing), "no such file")
    assert monsters_file.read_bytes() == before


def test_attach_needs_an_essay_file(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                    book: Path) -> None:
    status, _, err = call(capsys, "sources", "attach", tmp_path / "draft.md", "x", book)
    assert status == 2
    assert_one_line_error(err, "the output must end in .essay")


def test_a_page_offset_that_is_not_a_number_is_usage(
        capsys: pytest.CaptureFixture[str], monsters_file: Path, book: Path) -> None:
    status, _, err = call(capsys, "sources", "attach", monsters_file, "shelley", book,
                          "--page-offset", "ten")
    assert status == 2
    assert err.splitlines()[-1] == ("outliner sources attach: error: argument --page-offset: "
                                    "'ten' is not a whole number")


def test_a_page_offset_beyond_what_the_file_holds_is_usage(
        capsys: pytest.CaptureFixture[str], monsters_file: Path, tmp_path: Path) -> None:
    before = monsters_file.read_bytes()
    status, _, err = call(capsys, "sources", "attach", monsters_file, "shelley",
                          tmp_path / "never-read.txt", "--page-offset", "-200000")
    assert status == 2
    assert err.splitlines()[-1] == ("outliner sources attach: error: argument --page-offset: "
                                    "-200000 is out of range (-100,000 to 100,000)")
    assert monsters_file.read_bytes() == before


# -- check against a book -----------------------------------------------------------------


def test_check_lists_findings_then_each_quotation_against_the_book(
        capsys: pytest.CaptureFixture[str], monsters_file: Path, book: Path) -> None:
    status, out, _ = call(capsys, "check", monsters_file, "--no-spelling",
                          "--source", f"frankenstein={book}")
    assert status == 1
    assert out.splitlines() == [
        "heading: Essay: APA asks for the school or department, the course, the instructor "
        "and the date (Essay Properties)",
        "sandwich: Body paragraph 1: ends on a quotation; explain it in a sentence of your own",
        "sources: Essay: “Notes from class, 2024.” in References is never cited",
        "book: Quotation “the wretch” (58): verbatim in the source",
    ]


def test_check_json_carries_the_book_verdict(
        capsys: pytest.CaptureFixture[str], monsters_file: Path, book: Path) -> None:
    assert call(capsys, "sources", "attach", monsters_file, "shelley", book)[0] == 0
    status, out, _ = call(capsys, "check", monsters_file, "--no-spelling", "--json")
    assert status == 1
    entries = json.loads(out)
    assert [e["kind"] for e in entries] == ["heading", "sandwich", "sources", "book"]
    assert entries[1]["node"] == "b1" and entries[1]["name"] == "Body paragraph 1"
    assert entries[-1] == {"kind": "book", "node": "q1", "name": "Quotation “the wretch”",
                           "cite": "58", "verdict": "verbatim", "pages": [""],
                           "message": "verbatim in the source"}


def test_a_source_key_that_names_nothing_is_usage(
        capsys: pytest.CaptureFixture[str], monsters_file: Path, book: Path) -> None:
    status, out, err = call(capsys, "check", monsters_file, "--no-spelling",
                            "--source", f"dickens={book}")
    assert status == 2 and out == ""
    assert_one_line_error(err, "--source: no source is called “dickens”")


# -- output that cannot be written ----------------------------------------------------------


def test_a_full_disk_on_flush_is_said_once(capsys: pytest.CaptureFixture[str]) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("needs /dev/full")
    full = open("/dev/full", "w", encoding="utf-8")  # noqa: SIM115
    try:
        full.write("x" * 100)
        assert _flushed(full) is False
    finally:
        with contextlib.suppress(OSError):  # closing flushes (and fails) again
            full.close()
    assert capsys.readouterr().err == ("outliner: error: the output could not be written "
                                       "(No space left on device)\n")


def test_a_closed_pipe_on_flush_fails_quietly(capsys: pytest.CaptureFixture[str]) -> None:
    reader, writer = os.pipe()
    os.close(reader)  # `outliner show … | head` after head has gone
    stream = os.fdopen(writer, "w", encoding="utf-8")
    stream.write("a line\n")
    assert _flushed(stream) is False
    assert capsys.readouterr().err == ""
    with pytest.raises(BrokenPipeError):
        stream.close()


def test_a_closed_file_on_flush_is_an_error_and_no_stream_is_fine(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    stream = open(tmp_path / "out.txt", "w", encoding="utf-8")  # noqa: SIM115
    stream.close()
    assert _flushed(stream) is False
    assert capsys.readouterr().err == ("outliner: error: the output could not be written "
                                       "(I/O operation on closed file.)\n")
    assert _flushed(None) is True  # a windowed build has no stdout
    assert _flushed(io.StringIO("kept")) is True


# -- bad files of any bytes ---------------------------------------------------------------


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=200), suffix=st.sampled_from([".essay", ".txt", ".md"]))
def test_show_of_any_bytes_prints_a_tree_or_one_error_line(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"any{suffix}"
    path.write_bytes(data)
    status, out, err = call(capsys, "show", path)
    assert "Traceback" not in err
    if status == 0:
        assert out.endswith("\n")
        assert all(line.startswith("note: ") for line in err.splitlines())
    else:
        assert status == 1 and out == ""
        assert_one_line_error(err, str(path))
        assert err.startswith("outliner: error: ")
