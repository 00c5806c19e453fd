"""`outliner sources add` and `outliner sources list`."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from outliner.io.essay.file import load_essay
from tests.cli.test_cli import assert_one_line_error, call, run
from tests.conftest import FIXTURES

REFS = FIXTURES / "references"
MLA = "Ishiguro, Kazuo. *Never Let Me Go*. Vintage International, 2006."
APA = "Ishiguro, K. (2006). *Never let me go*. Vintage International."
CHICAGO = "Ishiguro, Kazuo. *Never Let Me Go*. New York: Vintage International, 2006."


def essay_copy(tmp_path: Path) -> Path:
    path = tmp_path / "essay.essay"
    shutil.copy(FIXTURES / "essay" / "v2.essay", path)
    return path


def test_add_a_csl_json_book_then_list_it_in_each_style(tmp_path: Path) -> None:
    path = essay_copy(tmp_path)
    result = run("sources", "add", path, REFS / "ishiguro.json")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [f"+ {MLA}", f"Added 1 source to {path}."]
    assert (tmp_path / "essay.essay.bak").is_file()  # the old file kept
    essay = load_essay(path)
    assert essay.sources[0].text == "Brontë, Charlotte. Jane Eyre. 1847. Penguin Classics, 2006."
    assert essay.sources[1].structured
    listed = run("sources", "list", path)
    assert listed.stdout.splitlines() == [
        "Brontë, Charlotte. Jane Eyre. 1847. Penguin Classics, 2006.", MLA]
    for style, entry in (("apa", APA), ("chicago", CHICAGO)):
        out = run("sources", "list", path, "--style", style).stdout.splitlines()
        assert out[1] == entry


def test_adding_the_same_entries_again_adds_nothing_and_writes_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = essay_copy(tmp_path)
    assert call(capsys, "sources", "add", path, REFS / "library.ris")[0] == 0
    written = path.read_bytes()
    status, out, _err = call(capsys, "sources", "add", path, REFS / "library.ris")
    assert status == 0
    assert out.splitlines() == ["5 already in the essay; not added again.", "Nothing was added."]
    assert path.read_bytes() == written


def test_several_files_at_once_and_their_notes(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    path = essay_copy(tmp_path)
    status, out, err = call(capsys, "sources", "add", path, REFS / "library.bib",
                            REFS / "library.json")
    assert status == 0
    assert out.splitlines()[-1] == f"Added 11 sources to {path}."
    assert f"note: {REFS / 'library.bib'}: the entry at line 49 was skipped" in err
    assert f"note: {REFS / 'library.json'}: item 7 is not an object; skipped" in err
    assert len(load_essay(path).sources) == 12


def test_a_bad_reference_file_changes_nothing(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    path = essay_copy(tmp_path)
    before = path.read_bytes()
    bad = tmp_path / "bad.json"
    bad.write_text("[{]", encoding="utf-8")
    # All or nothing: the good file named first is not added either.
    status, out, err = call(capsys, "sources", "add", path, REFS / "ishiguro.json", bad)
    assert status == 1 and out == ""
    assert_one_line_error(err, str(bad), "is not valid JSON")
    assert path.read_bytes() == before and not (tmp_path / "essay.essay.bak").exists()
    status, _out, err = call(capsys, "sources", "add", path, tmp_path / "refs.txt")
    assert status == 1
    assert_one_line_error(err, "refs.txt", "is not a references file this program reads")


def test_the_essay_must_be_an_essay_file_and_not_open_elsewhere(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from outliner.ui.document_lock import DocumentLock

    status, _out, err = call(capsys, "sources", "add", tmp_path / "draft.txt",
                             REFS / "ishiguro.json")
    assert status == 2
    assert_one_line_error(err, "the output must end in .essay")
    path = essay_copy(tmp_path)
    before = path.read_bytes()
    lock = DocumentLock(path)
    assert lock.acquire()
    try:
        status, _out, err = call(capsys, "sources", "add", path, REFS / "ishiguro.json")
    finally:
        lock.release()
    assert status == 1
    assert_one_line_error(err, str(path), "is open in another window of this program")
    assert path.read_bytes() == before


def test_list_an_essay_without_sources(tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    from outliner.core.essay import Essay
    from outliner.io.essay.file import save_essay

    path = tmp_path / "empty.essay"
    save_essay(Essay(), path)
    status, out, err = call(capsys, "sources", "list", path)
    assert (status, out) == (0, "")
    assert err.strip() == f"{path} has no sources."


def test_usage_errors(capsys: pytest.CaptureFixture[str]) -> None:
    assert call(capsys, "sources")[0] == 2
    assert call(capsys, "sources", "add", "x.essay")[0] == 2  # no REFS
    status, out, _err = call(capsys, "sources", "add", "--help")
    assert status == 0 and "BibTeX" in out and "CSL-JSON" in out and "RIS" in out


@pytest.mark.parametrize(("style", "heading", "entry"), [
    ("mla", "Work Cited", MLA), ("apa", "References", APA),
    ("chicago", "Bibliography", CHICAGO)])
def test_the_users_draft_exports_the_added_entry_in_each_style(
        user_draft: Path, tmp_path: Path, style: str, heading: str, entry: str) -> None:
    path = tmp_path / "draft.essay"
    assert run("import", user_draft, "-o", path).returncode == 0
    assert run("sources", "add", path, REFS / "ishiguro.json").returncode == 0
    out = tmp_path / f"draft-{style}.md"
    result = run("export", path, "-o", out, "--style", style, "--mode", "essay")
    assert result.returncode == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    assert f"## {heading}\n\n{entry}\n" in text
