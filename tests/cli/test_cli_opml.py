"""``outliner export FILE -o OUT.opml`` and importing OPML from the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from outliner.io.essay.file import load_essay
from tests.cli.test_cli import assert_one_line_error, call


def test_the_users_draft_through_opml_shows_the_same(
    capsys: pytest.CaptureFixture[str], user_draft: Path, tmp_path: Path
) -> None:
    first = tmp_path / "first.essay"
    assert call(capsys, "import", user_draft, "-o", first)[0] == 0
    exported = tmp_path / "outline.opml"
    status, out, err = call(capsys, "export", first, "-o", exported)
    assert (status, err) == (0, "")
    assert out == f"Exported {first} to {exported}.\n"
    assert 'essayKind="thesis"' in exported.read_text(encoding="utf-8")
    second = tmp_path / "second.essay"
    status, out, err = call(capsys, "import", exported, "-o", second)
    assert status == 0, err
    assert "How this draft was read" not in out  # our own file: nothing guessed
    assert call(capsys, "show", first)[1] == call(capsys, "show", second)[1]
    original, again = load_essay(first), load_essay(second)
    assert [(n.depth(), n.kind, n.text, n.cite, n.prose) for n in again.walk()] == [
        (n.depth(), n.kind, n.text, n.cite, n.prose) for n in original.walk()]


def test_export_help_names_opml(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = call(capsys, "export", "--help")
    assert status == 0 and "OPML (.opml)" in " ".join(out.split())


def test_a_bad_opml_file_is_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    bad = tmp_path / "bad.opml"
    bad.write_bytes(b"\x00\x01 not xml")
    status, _, err = call(capsys, "import", bad, "-o", tmp_path / "x.essay")
    assert status != 0
    assert_one_line_error(err, str(bad), "is not an OPML outline")
