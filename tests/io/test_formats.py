"""The format registry (io/formats.py): each format declared once, its code
loaded only when used, and a new format is one module plus one entry."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from outliner.core.essay import Essay
from outliner.io import formats, open_document_with_report
from outliner.io.errors import DocumentError
from outliner.io.exporters.options import ExportOptions
from tests.support.helpers import small_essay


def test_every_reader_and_writer_loads() -> None:
    for fmt in formats.FORMATS:
        assert fmt.reader or fmt.writer, fmt.key
        if fmt.reader:
            assert callable(fmt.load_reader())
        if fmt.writer:
            assert callable(fmt.load_writer())
            assert fmt.modes, f"{fmt.key} writes but names no mode"
        else:
            assert not fmt.modes and not fmt.templates


def test_keys_and_suffixes_are_unique_and_lower_case() -> None:
    keys = [fmt.key for fmt in formats.FORMATS]
    assert len(keys) == len(set(keys))
    suffixes = formats.suffixes(formats.FORMATS)
    assert len(suffixes) == len(set(suffixes))
    assert all(s.startswith(".") and s == s.lower() for s in suffixes)
    assert [fmt.key for fmt in formats.FORMATS if fmt.native] == ["essay"]


def test_lookups() -> None:
    assert formats.format_for_reading(Path("a.DOCX")).key == "word"
    assert formats.format_for_reading(Path("notes.markdown")).key == "markdown"
    assert formats.format_for_reading(Path("README")).key == formats.FALLBACK_READER
    assert formats.format_for_writing(Path("x.MD")).key == "markdown"
    with pytest.raises(DocumentError, match=r"cannot export to '\.essay' \(use \.docx"):
        formats.format_for_writing(Path("x.essay"))
    assert formats.get("word").dialog_filter == "Word documents (*.docx)"
    assert formats.all_modes() == ("essay", "outline")


def test_opening_the_window_loads_no_reader_or_writer() -> None:
    """The readers and writers are named as strings: importing the window
    (and the registry it reads) loads neither python-docx nor an exporter."""
    heavy = ("outliner.io.importers.word", "outliner.io.exporters.word",
             "outliner.io.exporters.text")
    code = ("import sys, outliner.ui.main_window, outliner.cli; "
            f"print(sorted(m for m in sys.modules if m in {heavy!r} or m.startswith('docx')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "[]", out.stdout


PLANTED = textwrap.dedent('''
    from pathlib import Path
    from outliner.core.essay import Essay
    from outliner.io.exporters.options import ExportOptions, ExportReport
    from outliner.io.read_result import ReadResult

    def read(path: Path, should_stop: object) -> ReadResult:
        essay = Essay()
        essay.meta.title = path.read_text(encoding="utf-8").strip()
        return ReadResult(essay, ["read by the planted format"])

    def write(essay: Essay, path: Path, options: ExportOptions) -> ExportReport:
        path.write_text(f"{options.mode}:{essay.meta.title}", encoding="utf-8")
        return ExportReport(path, ["written by the planted format"])
''')


def test_a_new_format_is_one_module_and_one_entry(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "planted_format.py").write_text(PLANTED, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    entry = formats.Format("planted", "Planted", "a planted file", "Planted files", (".pl1",),
                           reader="planted_format:read", writer="planted_format:write",
                           modes=("outline",), menu_text="&Planted…")
    monkeypatch.setattr(formats, "FORMATS", (*formats.FORMATS, entry))

    source = tmp_path / "in.pl1"
    source.write_text("A planted title\n", encoding="utf-8")
    read = open_document_with_report(source)
    essay = read.essay
    assert essay.meta.title == "A planted title" and read.notes == ["read by the planted format"]

    report = formats.export_essay(small_essay(), tmp_path / "out.pl1",
                                  ExportOptions(mode="outline"))
    assert report.notes == ["written by the planted format"]
    assert (tmp_path / "out.pl1").read_text(encoding="utf-8").startswith("outline:")

    # the command line's help and the Open filter are made from the same list
    from outliner import cli

    assert ".pl1" in cli._command_parser("export").format_help()
    assert "*.pl1" in " ".join(f.dialog_filter for f in formats.importable())
    assert isinstance(essay, Essay)


FAULTY = textwrap.dedent('''
    def write(essay, path, options):
        return {}["a writer's own fault"]
''')


def test_a_writer_s_own_fault_is_one_message_naming_the_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "faulty_format.py").write_text(FAULTY, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    entry = formats.Format("faulty", "Faulty", "a faulty file", "Faulty files", (".fl1",),
                           reader=None, writer="faulty_format:write", modes=("outline",),
                           menu_text="&Faulty…")
    monkeypatch.setattr(formats, "FORMATS", (*formats.FORMATS, entry))
    out = tmp_path / "out.fl1"
    with pytest.raises(DocumentError) as raised:
        formats.export_essay(small_essay(), out, ExportOptions(mode="outline"))
    assert str(raised.value).startswith(str(out))
    assert "could not be exported (KeyError" in str(raised.value)
    assert not out.exists()

    from outliner.cli import main
    from outliner.io.essay.file import save_essay

    source = tmp_path / "e.essay"
    save_essay(small_essay(), source)
    assert main(["export", str(source), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"outliner: error: {out}: could not be exported (KeyError")
    assert "Traceback" not in err
