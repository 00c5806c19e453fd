"""The ``outliner`` command: the real program in a subprocess, and main() in-process."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from outliner import __version__
from outliner.cli import main
from outliner.io.essay.file import load_essay
from tests.conftest import FIXTURES

ESSAY_FIXTURES = FIXTURES / "essay"
V1 = ESSAY_FIXTURES / "v1.essay"


def run(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """The real command, as a person runs it."""
    return subprocess.run(
        [sys.executable, "-m", "outliner", *map(str, args)],
        capture_output=True, text=True, encoding="utf-8", timeout=120, cwd=cwd,
    )


def call(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    """main() in this process: (exit status, stdout, stderr)."""
    status = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return status, out, err


def assert_one_line_error(err: str, *expected: str) -> None:
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("outliner: "), err
    assert "Traceback" not in err
    for part in expected:
        assert part in lines[0]


# -- help and version -----------------------------------------------------------------


def test_help_in_a_real_process() -> None:
    result = run("--help")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("usage: outliner")
    for command in ("import SOURCE", "show FILE", "export FILE", "draft FILE"):
        assert command in result.stdout
    assert result.stderr == ""


def test_version_in_a_real_process() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"outliner {__version__}"


@pytest.mark.parametrize("command", ["import", "show", "export", "draft"])
def test_each_command_has_help(capsys: pytest.CaptureFixture[str], command: str) -> None:
    status, out, _ = call(capsys, command, "--help")
    assert status == 0
    assert out.startswith(f"usage: outliner {command}")


# -- show, import, export ------------------------------------------------------------------


def test_show_prints_the_tree_of_an_essay_file(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = call(capsys, "show", V1)
    assert status == 0 and err == ""
    lines = out.splitlines()
    assert lines[0] == "title: Fire and Ice in Jane Eyre"
    assert "intro: Jane grows up between cold rooms and hot tempers." in lines
    assert "  thesis: Brontë uses fire and ice to show that Jane must balance passion with " \
           "self-respect." in lines
    assert "  quote: “I was a discord in Gateshead Hall” (19)" in lines
    assert "section: Thornfield" in lines and "  body: Fire stands for a passion that can " \
           "destroy" in lines
    assert lines[-2:] == [
        "sources:", "  Brontë, Charlotte. Jane Eyre. 1847. Penguin Classics, 2006."]


def test_export_then_import_then_show_round_trips_the_tree(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    exported = tmp_path / "outline.md"
    status, out, err = call(capsys, "export", V1, "-o", exported)
    assert (status, err) == (0, "")
    assert out == f"Exported {V1} to {exported}.\n"
    assert "## Body paragraph 1: Ice stands for the loveless childhood" in exported.read_text()
    status, out, _ = call(capsys, "show", exported)  # show reads a draft directly too
    assert status == 0 and "  quote: “I was a discord in Gateshead Hall” (19)\n" in out

    imported = tmp_path / "again.essay"
    status, out, err = call(capsys, "import", exported, "-o", imported)
    assert status == 0, err
    assert out.startswith(f"Imported {exported} into {imported} (11 nodes)")
    original, again = load_essay(V1), load_essay(imported)
    kinds = [(n.depth(), n.kind.value) for n in original.walk()]
    assert [(n.depth(), n.kind.value) for n in again.walk()] == kinds
    quotes = [(n.text, n.cite) for n in again.walk() if n.kind.value == "quote"]
    assert quotes == [("I was a discord in Gateshead Hall", "19"),
                      ("Tongues of flame darted round the bed", "170")]
    assert vars(again.meta) == vars(original.meta)

    status, out, _ = call(capsys, "show", imported)
    assert status == 0 and "    quote: “Tongues of flame darted round the bed” (170)" in out


@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_the_users_draft_through_export_and_import_shows_the_same(
    capsys: pytest.CaptureFixture[str], user_draft: Path, tmp_path: Path, suffix: str
) -> None:
    first = tmp_path / "first.essay"
    assert call(capsys, "import", user_draft, "-o", first)[0] == 0
    exported = tmp_path / f"outline{suffix}"
    assert call(capsys, "export", first, "-o", exported)[0] == 0
    second = tmp_path / "second.essay"
    assert call(capsys, "import", exported, "-o", second)[0] == 0
    status, shown_first, _ = call(capsys, "show", first)
    status2, shown_second, _ = call(capsys, "show", second)
    assert status == status2 == 0
    assert shown_second == shown_first
    assert "quote: “There’s no truth in the rumour. I’m sorry. I truly am.” (258)" in shown_first


def test_export_essay_mode_names_the_unwritten_paragraphs(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out_path = tmp_path / "essay.txt"
    status, out, err = call(capsys, "export", V1, "-o", out_path, "--mode", "essay",
                            "--style", "apa")
    assert status == 0 and out == f"Exported {V1} to {out_path}.\n"
    # one line, the paragraphs named as the window names them (in its section)
    assert err.splitlines() == [
        "warning: Not written yet: Body paragraph 1, Body paragraph 1 in section "
        "“Thornfield”. Exported as marked placeholders (the claim and notes, flagged "
        "“Not written yet”), not as prose. (--unwritten draft drafts them from their "
        "notes, --unwritten omit leaves them out)",
        # the APA title page's affiliation line, which this essay has not filled in
        "note: APA: no affiliation in the essay's properties; left out of the heading "
        "(fill them in under Essay Properties).",
    ]
    text = out_path.read_text(encoding="utf-8")
    assert "[Not written yet: Body paragraph 1]" in text
    assert text.rstrip().endswith("References\n\nBrontë, Charlotte. Jane Eyre. 1847. Penguin "
                                  "Classics, 2006.")
    assert "Jane grows up between cold rooms and hot tempers. From the red-room" in text


def test_the_users_draft_imports_and_shows_as_expected(user_draft: Path, tmp_path: Path) -> None:
    essay_path = tmp_path / "draft.essay"
    result = run("import", user_draft, "-o", essay_path)
    assert result.returncode == 0, result.stderr
    assert json.loads(essay_path.read_text(encoding="utf-8"))["format"] == "essay-outliner"
    shown = run("show", essay_path)
    assert shown.returncode == 0, shown.stderr
    lines = shown.stdout.splitlines()
    tops = [line for line in lines if line and not line.startswith(" ")]
    assert [t.split(":")[0] for t in tops] == ["intro", "body", "body"]
    intro_at = lines.index(tops[0])
    thesis = [line for line in lines if line.startswith("  thesis: ")]
    assert len(thesis) == 1 and lines.index(thesis[0]) > intro_at
    assert thesis[0].startswith("  thesis: In Never Let Me Go, Kazuo Ishiguro uses symbolism")
    body1 = lines[lines.index(tops[1]):lines.index(tops[2])]
    cites = [line.rsplit("(", 1)[1] for line in body1 if line.startswith("  quote: ")]
    assert cites == ["41)", "74)"]
    assert tops[2] == "body: clones ask for the deferral but discover it’s just a rumor"
    body2 = lines[lines.index(tops[2]) + 1:]
    quotes = [line for line in body2 if line.startswith("  quote: ")]
    notes = [line for line in body2 if line.startswith("  note: ")]
    assert len(quotes) == 2 and all(q.endswith("(258)") for q in quotes)
    assert len(notes) == 4
    assert "  note: they try to ask for a deferral, giving Kathy and Tommy a few more years " \
           "to spend togethers" in notes


# -- bad input: one line, the right status, nothing lost ------------------------------------


@pytest.fixture
def bad_inputs(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    """Input files that must be refused, with a piece of the expected message."""
    folder = tmp_path / "a-folder.essay"
    folder.mkdir()
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(bytes(range(256)) * 8)
    return {
        "missing": (tmp_path / "absent.essay", "no such file"),
        "folder": (folder, "is a folder"),
        "empty draft": (empty, "empty"),
        "binary draft": (binary, str(binary)),
        "corrupt essay": (ESSAY_FIXTURES / "bad-truncated.essay", "looks truncated"),
        "newer essay": (ESSAY_FIXTURES / "bad-newer-version.essay", "format version 5"),
        "empty essay": (ESSAY_FIXTURES / "bad-empty.essay", "is empty"),
        "binary essay": (ESSAY_FIXTURES / "bad-binary.essay", "binary"),
    }


BAD_NAMES = ["missing", "folder", "empty draft", "binary draft", "corrupt essay",
             "newer essay", "empty essay", "binary essay"]


@pytest.mark.parametrize("name", BAD_NAMES)
def test_bad_input_to_show_is_one_line_and_status_1(
    capsys: pytest.CaptureFixture[str], bad_inputs: dict[str, tuple[Path, str]], name: str
) -> None:
    path, expected = bad_inputs[name]
    status, out, err = call(capsys, "show", path)
    assert status == 1 and out == ""
    assert_one_line_error(err, str(path), expected)


@pytest.mark.parametrize("name", BAD_NAMES)
@pytest.mark.parametrize("command", ["export", "import"])
def test_bad_input_leaves_an_existing_output_byte_for_byte(
    capsys: pytest.CaptureFixture[str], bad_inputs: dict[str, tuple[Path, str]],
    tmp_path: Path, name: str, command: str,
) -> None:
    path, expected = bad_inputs[name]
    output = tmp_path / ("existing.md" if command == "export" else "existing.essay")
    before = b"# My earlier export\n\nkeep me \xe2\x80\x94 exactly\n"
    output.write_bytes(before)
    # --force: replacing is allowed, so only the bad input can stop the write.
    status, _, err = call(capsys, command, path, "-o", output, "--force")
    assert status == 1
    assert_one_line_error(err, expected)
    assert output.read_bytes() == before
    assert not list(tmp_path.glob(".existing*"))  # no temporary file left behind
    assert not list(tmp_path.glob("existing*.bak"))  # nothing replaced, no backup


@pytest.mark.parametrize("name", ["corrupt essay", "newer essay", "binary draft"])
def test_bad_input_in_a_real_process(bad_inputs: dict[str, tuple[Path, str]], name: str) -> None:
    path, expected = bad_inputs[name]
    result = run("show", path)
    assert result.returncode == 1
    assert_one_line_error(result.stderr, expected)


def test_unknown_output_extension_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    output = tmp_path / "essay.pdf"
    status, _, err = call(capsys, "export", V1, "-o", output)
    assert status == 2
    assert_one_line_error(err, "cannot export to '.pdf'", ".docx", ".md", ".txt")
    assert not output.exists()


def test_import_needs_an_essay_output(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    status, _, err = call(capsys, "import", V1, "-o", tmp_path / "out.txt")
    assert status == 2
    assert_one_line_error(err, "must end in .essay")


def test_missing_arguments_are_usage_errors_without_traceback(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, _, err = call(capsys, "export", V1)
    assert status == 2
    assert "-o/--output" in err and "Traceback" not in err


def test_output_folder_that_is_a_file_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    not_a_folder = tmp_path / "plain-file"
    not_a_folder.write_text("x")
    for command, name in (("export", "out.md"), ("import", "out.essay")):
        status, _, err = call(capsys, command, V1, "-o", not_a_folder / name)
        assert status == 1
        assert_one_line_error(err, str(not_a_folder / name), "does not exist")
    assert not_a_folder.read_text() == "x"


def test_output_that_is_a_folder_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "taken.md"
    folder.mkdir()
    (folder / "inside.txt").write_text("keep")
    status, _, err = call(capsys, "export", V1, "-o", folder)
    assert status == 1
    assert_one_line_error(err, str(folder))
    assert (folder / "inside.txt").read_text() == "keep"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["taken.md"]


@contextlib.contextmanager
def unwritable(folder: Path) -> Iterator[None]:
    """Make ``folder`` refuse new files: permissions, or for root (whom
    permissions do not stop) the immutable attribute where the system has it."""
    if os.name != "posix":
        pytest.skip("needs POSIX permissions")
    if os.geteuid() != 0:
        folder.chmod(0o500)
        try:
            yield
        finally:
            folder.chmod(0o700)
        return
    chattr = shutil.which("chattr")
    if chattr is None or subprocess.run([chattr, "+i", str(folder)],
                                        capture_output=True).returncode != 0:
        pytest.skip("running as root without chattr +i: no way to make a folder unwritable")
    try:
        yield
    finally:
        subprocess.run([chattr, "-i", str(folder)], check=True)


def test_unwritable_output_folder_is_refused_and_the_old_file_kept(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    output = folder / "out.md"
    output.write_text("old export\n")
    with unwritable(folder):
        status, _, err = call(capsys, "export", V1, "-o", output, "--force")
        real = run("import", V1, "-o", folder / "new.essay")
    assert status == 1
    assert_one_line_error(err, str(output), "cannot write")
    assert output.read_text() == "old export\n"
    assert real.returncode == 1
    assert_one_line_error(real.stderr, str(folder / "new.essay"), "cannot write")
    assert sorted(p.name for p in folder.iterdir()) == ["out.md"]
