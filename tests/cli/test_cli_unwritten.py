"""``outliner export --unwritten notes|draft|omit``: what becomes of the
paragraphs with no prose in the finished essay, said in one warning line."""

from __future__ import annotations

from pathlib import Path

import pytest

from outliner.core.essay import Essay, Node, NodeKind
from outliner.io.essay.file import save_essay
from tests.cli.test_cli import call

K = NodeKind


@pytest.fixture
def half_written(tmp_path: Path) -> Path:
    path = tmp_path / "half.essay"
    save_essay(Essay(outline=[
        Node(K.INTRO, "Opening", prose="Kathy remembers Hailsham."),
        Node(K.BODY, "The tape", children=[Node(K.NOTE, "the Sales")]),
        Node(K.SECTION, "Later", children=[
            Node(K.BODY, "The deferral", children=[Node(K.NOTE, "a rumour")])]),
        Node(K.CONCLUSION, "", prose="Hope is let down."),
    ]), path)
    return path


def warnings(err: str) -> list[str]:
    return [line for line in err.splitlines() if line.startswith("warning:")]


@pytest.mark.parametrize("suffix", [".docx", ".md", ".txt"])
def test_the_default_prints_placeholders_and_names_them_once(
    capsys: pytest.CaptureFixture[str], half_written: Path, tmp_path: Path, suffix: str
) -> None:
    out = tmp_path / f"essay{suffix}"
    mode = [] if suffix == ".docx" else ["--mode", "essay"]
    status, _, err = call(capsys, "export", half_written, "-o", out, *mode)
    assert status == 0
    assert warnings(err) == [
        "warning: Not written yet: Body paragraph 1, Body paragraph 1 in section “Later”. "
        "Exported as marked placeholders (the claim and notes, flagged “Not written yet”), "
        "not as prose. (--unwritten draft drafts them from their notes, --unwritten omit "
        "leaves them out)"]
    if suffix != ".docx":
        text = out.read_text(encoding="utf-8")
        assert text.count("[Not written yet: Body paragraph 1]") == 2
        assert "- Claim: The deferral" in text and "This shows" not in text


def test_draft_says_it_drafted_and_omit_leaves_them_out(
    capsys: pytest.CaptureFixture[str], half_written: Path, tmp_path: Path
) -> None:
    drafted = tmp_path / "drafted.md"
    status, _, err = call(capsys, "export", half_written, "-o", drafted, "--mode", "essay",
                          "--unwritten", "draft")
    assert status == 0 and len(warnings(err)) == 1
    assert "Drafted from their notes by the built-in drafter" in warnings(err)[0]
    assert "Not written yet" not in drafted.read_text(encoding="utf-8").split("\n")[0]
    assert "the Sales" in drafted.read_text(encoding="utf-8")
    omitted = tmp_path / "omitted.md"
    status, _, err = call(capsys, "export", half_written, "-o", omitted, "--mode", "essay",
                          "--unwritten", "omit")
    text = omitted.read_text(encoding="utf-8")
    assert status == 0 and "The tape" not in text and "Kathy remembers Hailsham." in text
    assert warnings(err)[0].endswith("Left out of the essay.")


def test_a_written_essay_has_no_warning(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "done.essay"
    save_essay(Essay(outline=[Node(K.BODY, "Claim", prose="Written.")]), path)
    status, _, err = call(capsys, "export", path, "-o", tmp_path / "done.docx")
    assert status == 0 and warnings(err) == []


def test_unwritten_is_for_the_finished_essay_only(
    capsys: pytest.CaptureFixture[str], half_written: Path, tmp_path: Path
) -> None:
    out = tmp_path / "outline.md"  # Markdown exports the outline by default
    status, _, err = call(capsys, "export", half_written, "-o", out, "--unwritten", "omit")
    assert status == 2 and not out.exists()
    assert err.strip() == ("outliner: error: --unwritten applies to the finished essay "
                           "(--mode essay); the outline always shows every paragraph's notes")
    status, _, err = call(capsys, "export", half_written, "-o", out, "--unwritten", "invent")
    assert status == 2 and "invalid choice: 'invent'" in err
