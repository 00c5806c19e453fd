"""The command line never writes over its input, and replaces an existing
output only with --force, keeping the old file as OUT.bak."""

from __future__ import annotations

import os
import struct
import zlib
from collections.abc import Callable
from pathlib import Path

import docx
import pytest

from outliner.io.essay.file import load_essay
from outliner.io.write_guard import Keep, check_output, free_name, same_file
from tests.cli.test_cli import V1, assert_one_line_error, call, run

SOURCES = (".docx", ".txt", ".md")


def tiny_png() -> bytes:
    """A valid 1x1 PNG, so the draft holds a real picture."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))
    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x00\x00")
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels)
            + chunk(b"IEND", b""))


def write_draft(folder: Path, suffix: str, stem: str = "mydraft") -> Path:
    """A writer's draft: for Word with a table, a picture and bold text."""
    path = folder / f"{stem}{suffix}"
    if suffix == ".docx":
        picture = folder / "dot.png"
        picture.write_bytes(tiny_png())
        doc = docx.Document()
        doc.add_heading("Introduction: Memory in Never Let Me Go", level=1)
        doc.add_paragraph().add_run("Thesis: memory is all the clones own.").bold = True
        table = doc.add_table(rows=2, cols=2)
        table.cell(0, 0).text = "evidence"
        doc.add_picture(str(picture))
        doc.save(str(path))
    elif suffix == ".md":
        path.write_text("# Introduction: Memory\n\n- Thesis: memory is all they own\n",
                        encoding="utf-8")
    else:
        path.write_text("Introduction: Memory\n  Thesis: memory is all they own\n",
                        encoding="utf-8")
    return path


def spellings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
              ) -> dict[str, Callable[[Path], Path]]:
    """Other names for the same file."""
    monkeypatch.chdir(tmp_path)

    def symlink(p: Path) -> Path:
        link = p.with_name(f"link-to-{p.name}")
        link.symlink_to(p)
        return link

    def hardlink(p: Path) -> Path:
        link = p.with_name(f"hard-{p.name}")
        os.link(p, link)
        return link

    sub = tmp_path / "sub"
    sub.mkdir()
    return {
        "same": lambda p: p,
        "dot-slash": lambda p: Path(f"./{p.name}"),
        "dot-dot": lambda p: sub / ".." / p.name,
        "symlink": symlink,
        "hardlink": hardlink,
    }


@pytest.mark.parametrize("force", [False, True])
@pytest.mark.parametrize("how", ["same", "dot-slash", "dot-dot", "symlink", "hardlink"])
@pytest.mark.parametrize("suffix", SOURCES)
def test_export_over_its_own_source_is_refused_even_with_force(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        suffix: str, how: str, force: bool) -> None:
    source = write_draft(tmp_path, suffix)
    before = source.read_bytes()
    out = spellings(tmp_path, monkeypatch)[how](source)
    status, stdout, err = call(capsys, "export", source, "-o", out,
                               *(["--force"] if force else []))
    assert status == 1 and stdout == ""
    assert_one_line_error(err, str(out), "the file being exported", "choose another name")
    assert source.read_bytes() == before
    assert not list(tmp_path.glob("*.bak")) and not list(tmp_path.glob(".*.tmp"))


def test_export_over_the_source_in_a_real_process(tmp_path: Path) -> None:
    source = write_draft(tmp_path, ".docx", "r")
    before = source.read_bytes()
    result = run("export", "r.docx", "-o", "r.docx", cwd=tmp_path)
    assert result.returncode == 1
    assert_one_line_error(result.stderr, "r.docx", "the file being exported")
    assert source.read_bytes() == before
    # The draft still has its table and bold text.
    reread = docx.Document(str(source))
    assert reread.tables and any(r.bold for p in reread.paragraphs for r in p.runs)


def test_different_case_on_a_case_insensitive_disk(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    source = write_draft(tmp_path, ".txt", "draft")
    other_case = tmp_path / "DRAFT.TXT"
    if not other_case.exists():
        pytest.skip("this disk tells file names apart by case")
    before = source.read_bytes()
    status, _, err = call(capsys, "export", source, "-o", other_case, "--force")
    assert status == 1
    assert_one_line_error(err, "the file being exported")
    assert source.read_bytes() == before


@pytest.mark.parametrize("suffix", [".docx", ".md", ".txt"])
def test_existing_output_needs_force_and_then_keeps_a_backup(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"earlier{suffix}"
    old = b"my earlier export, not to be lost\n"
    out.write_bytes(old)
    status, stdout, err = call(capsys, "export", V1, "-o", out)
    assert status == 1 and stdout == ""
    assert_one_line_error(err, str(out), "already exists", "--force", f"earlier{suffix}.bak")
    assert out.read_bytes() == old
    assert sorted(p.name for p in tmp_path.iterdir()) == [out.name]

    status, stdout, err = call(capsys, "export", V1, "-o", out, "--force")
    assert status == 0, err
    assert out.read_bytes() != old
    assert (tmp_path / f"earlier{suffix}.bak").read_bytes() == old


def test_a_new_output_needs_no_force_and_leaves_no_backup(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    out = tmp_path / "new.md"
    status, _, err = call(capsys, "export", V1, "-o", out)
    assert status == 0, err
    assert "Body paragraph 1" in out.read_text(encoding="utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.md"]


def test_the_template_is_never_written_over(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    template = tmp_path / "ref.docx"
    docx.Document().save(str(template))
    before = template.read_bytes()
    status, _, err = call(capsys, "export", V1, "-o", template, "--template", template,
                          "--force")
    assert status == 1
    assert_one_line_error(err, str(template), "the template")
    assert template.read_bytes() == before


def test_the_backup_of_the_output_may_not_be_the_source(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    # Replacing notes.md would turn notes.md.bak, the draft read here, into a backup.
    source = tmp_path / "notes.md.bak"
    source.write_text("Introduction: Memory\n  Thesis: all they own\n", encoding="utf-8")
    out = tmp_path / "notes.md"
    out.write_text("an older export\n", encoding="utf-8")
    before = source.read_bytes()
    status, _, err = call(capsys, "export", source, "-o", out, "--force")
    assert status == 1
    assert_one_line_error(err, str(out), "notes.md.bak", "the file being exported")
    assert source.read_bytes() == before
    assert out.read_text(encoding="utf-8") == "an older export\n"


# -- import and draft: the same rules ------------------------------------------


def test_import_never_writes_over_its_input(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    essay = tmp_path / "e.essay"
    essay.write_bytes(V1.read_bytes())
    status, _, err = call(capsys, "import", essay, "-o", tmp_path / "." / "e.essay", "--force")
    assert status == 1
    assert_one_line_error(err, "the file being imported")
    assert essay.read_bytes() == V1.read_bytes()


def test_import_over_an_existing_essay_needs_force(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    draft = write_draft(tmp_path, ".txt")
    out = tmp_path / "mine.essay"
    out.write_bytes(V1.read_bytes())
    status, _, err = call(capsys, "import", draft, "-o", out)
    assert status == 1
    assert_one_line_error(err, str(out), "already exists", "--force")
    assert out.read_bytes() == V1.read_bytes()
    status, _, err = call(capsys, "import", draft, "-o", out, "--force")
    assert status == 0, err
    assert (tmp_path / "mine.essay.bak").read_bytes() == V1.read_bytes()
    assert load_essay(out).outline[0].text == "Memory"


def test_draft_with_o_follows_the_rules_and_without_o_keeps_a_backup(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    essay = tmp_path / "e.essay"
    essay.write_bytes(V1.read_bytes())
    status, _, err = call(capsys, "draft", essay, "-o", f"{tmp_path}/./e.essay")
    assert status == 1
    assert_one_line_error(err, "the file being drafted", "leave out -o")
    assert essay.read_bytes() == V1.read_bytes()

    other = tmp_path / "other.essay"
    other.write_text("{}", encoding="utf-8")
    status, _, err = call(capsys, "draft", essay, "-o", other)
    assert status == 1
    assert_one_line_error(err, str(other), "already exists", "--force")
    assert other.read_text(encoding="utf-8") == "{}"
    assert call(capsys, "draft", essay, "-o", other, "--force")[0] == 0
    assert (tmp_path / "other.essay.bak").read_text(encoding="utf-8") == "{}"

    # Without -o, draft saves the prose into FILE itself, as it says, with a backup.
    assert call(capsys, "draft", essay)[0] == 0
    assert (tmp_path / "e.essay.bak").read_bytes() == V1.read_bytes()


# -- the rule itself ---------------------------------------------------------------


def test_same_file_sees_through_links_and_spellings(tmp_path: Path) -> None:
    real = tmp_path / "a.txt"
    real.write_text("x")
    (tmp_path / "link.txt").symlink_to(real)
    os.link(real, tmp_path / "hard.txt")
    for other in ("link.txt", "hard.txt", "./a.txt", "sub/../a.txt"):
        (tmp_path / "sub").mkdir(exist_ok=True)
        assert same_file(tmp_path / other, real), other
    assert not same_file(tmp_path / "b.txt", real)
    assert same_file(tmp_path / "new.txt", tmp_path / "." / "new.txt")  # neither exists


def test_check_output_tells_new_from_existing(tmp_path: Path) -> None:
    keep = [Keep(tmp_path / "src.txt", "the source")]
    assert check_output(tmp_path / "new.md", keep) is False
    (tmp_path / "old.md").write_text("x")
    assert check_output(tmp_path / "old.md", keep) is True
    (tmp_path / "src.txt").write_text("x")
    with pytest.raises(Exception, match="is the source"):
        check_output(tmp_path / "src.txt", keep)


def test_free_name_avoids_kept_and_existing_files(tmp_path: Path) -> None:
    draft = tmp_path / "mydraft.docx"
    draft.write_bytes(b"draft")
    assert free_name(tmp_path, "mydraft", ".docx", [draft]) == tmp_path / "mydraft (essay).docx"
    (tmp_path / "mydraft (essay).docx").write_bytes(b"x")
    assert free_name(tmp_path, "mydraft", ".docx", [draft]) == tmp_path / "mydraft (essay 2).docx"
    assert free_name(tmp_path, "mydraft", ".md", [draft]) == tmp_path / "mydraft.md"


def test_the_backup_named_for_a_linked_output_is_the_one_written(tmp_path: Path) -> None:
    # atomic_write keeps the .bak beside the real file, so the message must too.
    from outliner.io.atomic import atomic_write
    from outliner.io.write_guard import backup_path

    real = tmp_path / "real" / "final.docx"
    real.parent.mkdir()
    real.write_bytes(b"old")
    link = tmp_path / "link.docx"
    link.symlink_to(real)
    atomic_write(link, b"new", backup=True)
    assert backup_path(link) == real.with_name("final.docx.bak")
    assert backup_path(link).read_bytes() == b"old"
