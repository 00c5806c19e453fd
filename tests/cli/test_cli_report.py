"""``outliner import`` prints the import report the window shows, one line
each, naming the node a line is about; ``outliner show`` on a draft puts the
same lines on stderr, so its stdout stays the tree (issue 10, part 6)."""

from __future__ import annotations

from pathlib import Path

import pytest

from outliner.io.essay.file import load_essay
from outliner.io.importers import text as text_module
from outliner.io.read_result import ReadResult
from tests.cli.test_cli import call, run
from tests.io.test_read_result import DRAFT, planted_decisions
from tests.support.docx_build import heading, p, write_docx
from tests.support.helpers import small_essay

__all__ = ["planted_decisions"]  # the fixture


def test_import_prints_each_finding_under_the_summary(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, planted_decisions: None) -> None:
    source, out = tmp_path / "draft.txt", tmp_path / "draft.essay"
    source.write_text(DRAFT, encoding="utf-8")
    status, stdout, stderr = call(capsys, "import", source, "-o", out)
    assert status == 0, stderr
    lines = stdout.splitlines()
    assert lines[0].startswith(f"Imported {source} into {out}")
    first = load_essay(out).outline[0]
    assert first.kind.value == "intro"
    # The builder's own findings may come too; the planted ones are there, in order.
    assert lines[1] == "How this draft was read:"
    report = lines[2:]
    assert all(line.startswith("  ") for line in report)
    planted = [line for line in report if "planted" in line]
    assert planted == ["  Introduction — planted: about the first node",
                       "  planted: about the whole draft"]
    assert stderr == ""


def test_import_with_nothing_to_report_prints_only_the_summary(
        capsys: pytest.CaptureFixture[str], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(text_module, "read_document",
                        lambda path, should_stop=None: ReadResult(small_essay()))
    source, out = tmp_path / "draft.txt", tmp_path / "draft.essay"
    source.write_text(DRAFT, encoding="utf-8")
    status, stdout, _ = call(capsys, "import", source, "-o", out)
    assert status == 0
    assert stdout.splitlines() == [f"Imported {source} into {out} ({len(small_essay())} nodes)."]


def test_show_on_a_draft_puts_the_report_on_stderr(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, planted_decisions: None) -> None:
    source = tmp_path / "draft.txt"
    source.write_text(DRAFT, encoding="utf-8")
    status, stdout, stderr = call(capsys, "show", source)
    assert status == 0
    notes = stderr.splitlines()
    assert all(line.startswith("note: ") for line in notes)
    assert [line for line in notes if "planted" in line] == [
        "note: Introduction — planted: about the first node",
        "note: planted: about the whole draft"]
    assert "planted" not in stdout and stdout.startswith("title: My Title")


def test_a_word_draft_with_footnotes_says_so_in_a_real_process(tmp_path: Path) -> None:
    ref = '<w:r><w:footnoteReference w:id="1"/></w:r>'
    source = write_docx(tmp_path / "nile.docx",
                        p("The Nile Essay", style="Title") + heading("Introduction")
                        + p("The river floods each spring.", ref),
                        footnotes={1: p("Smith 4.")})
    result = run("import", source, "-o", tmp_path / "nile.essay")
    assert result.returncode == 0, result.stderr
    assert "How this draft was read:\n" in result.stdout
    assert "\n  1 footnote kept under the paragraph that cites them\n" in result.stdout
