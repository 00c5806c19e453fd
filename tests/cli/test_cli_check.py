"""``outliner check``: one line per finding, exit 1 when there is any, --json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from outliner.io import spelling as spelling_io
from tests.cli.test_cli import call
from tests.conftest import FIXTURES

FINISHED = FIXTURES / "drafts" / "finished-frankenstein.txt"


@pytest.fixture(params=["hunspell", "pyspellchecker"])
def engine(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch,
           tmp_path: Path) -> str:
    """Each test runs with both engines (hunspell only where it is installed)
    and an empty personal dictionary of its own."""
    monkeypatch.setattr("outliner.ui.settings.personal_dictionary_folder",
                        lambda: tmp_path / "spelling")
    if request.param == "pyspellchecker":
        monkeypatch.setattr(spelling_io, "_enchant_dictionary", lambda language: None)
    elif spelling_io._enchant_dictionary("en-US") is None:
        pytest.skip("no hunspell dictionary for enchant on this machine")
    return str(request.param)


def test_the_users_draft_lists_what_it_still_needs(
        capsys: pytest.CaptureFixture[str], user_draft: Path, engine: str) -> None:
    status, out, _ = call(capsys, "check", user_draft)
    lines = out.splitlines()
    assert status == 1
    assert "conclusion: Essay: no conclusion" in lines
    assert "unwritten: Body paragraph 2: not written yet" in lines
    assert "sources: Essay: no Works Cited entry for the quotations" in lines
    assert any(line.startswith("spelling: Note") and "“togethers”" in line for line in lines)
    # quotations are never spell checked: "rumour" is in one (and en-US)
    assert not any("rumour" in line for line in lines)
    assert "unwritten: Introduction: not written yet" not in lines  # it has prose


def test_json_lists_the_same_findings_with_node_ids(
        capsys: pytest.CaptureFixture[str], user_draft: Path, engine: str) -> None:
    _, text_out, _ = call(capsys, "check", user_draft)
    status, out, _ = call(capsys, "check", user_draft, "--json")
    findings = json.loads(out)
    assert status == 1
    assert [f"{f['kind']}: {f['name']}: {f['message']}" for f in findings] == \
        text_out.splitlines()
    unwritten = next(f for f in findings if f["kind"] == "unwritten")
    assert isinstance(unwritten["node"], str) and unwritten["node"]
    assert next(f for f in findings if f["kind"] == "conclusion")["node"] is None


def test_a_finished_essay_passes(capsys: pytest.CaptureFixture[str], engine: str) -> None:
    status, out, _ = call(capsys, "check", FINISHED)
    assert (status, out) == (0, "")
    status, out, _ = call(capsys, "check", FINISHED, "--json")
    assert (status, json.loads(out)) == (0, [])


def test_no_spelling_leaves_misspellings_out(
        capsys: pytest.CaptureFixture[str], user_draft: Path) -> None:
    _, out, _ = call(capsys, "check", user_draft, "--no-spelling")
    assert "togethers" not in out and "conclusion: Essay: no conclusion" in out


def test_a_missing_file_is_one_clear_line(capsys: pytest.CaptureFixture[str],
                                          tmp_path: Path) -> None:
    status, out, err = call(capsys, "check", tmp_path / "nothing.essay")
    assert status == 1 and out == ""
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
