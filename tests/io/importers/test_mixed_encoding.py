"""A draft pasted together from a UTF-8 file and a Windows-1252 one is
decoded line by line (UTF-8 where a line is valid UTF-8, Windows-1252
otherwise), nothing is lost, and the person is told how many lines were
read as Windows-1252: in the import report, by the CLI and in the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from outliner.cli import main
from outliner.io.essay.file import load_essay
from outliner.io.importers.text import (
    decode_text,
    decode_text_with_notes,
    read_text_file,
    read_text_file_with_report,
)

UTF8_LINES = ["Intro: Café culture in “Paris” — a start", "- Łódź and Kraków are named too"]
CP1252_LINES = ["Body: Joe’s kindness makes it “worse”", "- naïve Pip, ½ of the time"]


def mixed_draft(tmp_path: Path, name: str = "mixed.txt") -> Path:
    lines = [UTF8_LINES[0].encode("utf-8"), CP1252_LINES[0].encode("cp1252"),
             CP1252_LINES[1].encode("cp1252"), UTF8_LINES[1].encode("utf-8"),
             b"- plain ASCII note"]
    path = tmp_path / name
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


def test_each_line_is_read_in_its_own_encoding(tmp_path: Path) -> None:
    essay = read_text_file(mixed_draft(tmp_path))
    texts = [node.text for node in essay.walk()]
    assert texts == ["Café culture in “Paris” — a start", "Joe’s kindness makes it “worse”",
                     "naïve Pip, ½ of the time", "Łódź and Kraków are named too",
                     "plain ASCII note"]


def test_the_report_says_how_many_lines_were_windows_1252(tmp_path: Path) -> None:
    _, report = read_text_file_with_report(mixed_draft(tmp_path))
    assert report.notes == [
        "mixed.txt: 2 of 5 lines were not UTF-8 and were read as Windows-1252 "
        "(check accented letters and quotation marks there)."
    ]


def test_utf8_and_plain_windows_drafts_get_no_or_a_plain_note(tmp_path: Path) -> None:
    utf8 = tmp_path / "utf8.txt"
    utf8.write_text("\n".join(UTF8_LINES) + "\n", encoding="utf-8")
    assert read_text_file_with_report(utf8)[1].notes == []
    windows = tmp_path / "windows.txt"
    windows.write_bytes("Intro: Joe’s kindness".encode("cp1252"))
    assert read_text_file_with_report(windows)[1].notes == [
        "windows.txt: the text was not UTF-8 and was read as Windows-1252 "
        "(check accented letters and quotation marks there)."
    ]


def test_cyrillic_utf8_beside_a_windows_line_is_not_taken_for_binary(tmp_path: Path) -> None:
    """Cyrillic UTF-8 is full of bytes Windows-1252 leaves undefined; the
    whole-file fallback made them control characters and refused the draft."""
    russian = "- Раскольников говорит: “Тварь ли я дрожащая”, и это важно для всех"
    path = tmp_path / "ru.txt"
    path.write_bytes(b"Intro: Crime and Punishment\n" + (russian.encode("utf-8") + b"\n") * 4
                     + "- Dostoevsky’s “hero”\n".encode("cp1252"))
    texts = [node.text for node in read_text_file(path).walk()]
    assert texts[1] == russian[2:] and texts[-1] == "Dostoevsky’s “hero”"


def test_cli_import_prints_the_note(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.essay"
    assert main(["import", str(mixed_draft(tmp_path)), "-o", str(out)]) == 0
    out_text = capsys.readouterr().out
    assert "\n  mixed.txt: 2 of 5 lines were not UTF-8" in out_text
    assert load_essay(out).outline[0].text == "Café culture in “Paris” — a start"


def test_the_window_gets_the_note(tmp_path: Path) -> None:
    from outliner.ui.file_actions import load_for_window

    loaded = load_for_window(mixed_draft(tmp_path))
    assert loaded.notes and "read as Windows-1252" in loaded.notes[0]


_CP1252_ONLY = "éèàüöñçÉ’‘“”–—…½€"


@st.composite
def _line(draw: st.DrawFn) -> tuple[str, bool]:
    """A line, and whether it is stored as Windows-1252. Every non-ASCII
    character is followed by a letter, so its Windows-1252 bytes are never
    valid UTF-8 and the line's encoding is unambiguous."""
    words = draw(st.lists(st.one_of(
        st.text(alphabet="abc XYZ.,", min_size=1, max_size=6),
        st.sampled_from(_CP1252_ONLY).map(lambda ch: ch + "a"),
    ), max_size=6))
    return "".join(words), draw(st.booleans())


@given(st.lists(_line(), min_size=1, max_size=8))
def test_line_by_line_decoding_is_lossless(lines: list[tuple[str, bool]]) -> None:
    data = b"\n".join(text.encode("cp1252" if windows else "utf-8") for text, windows in lines)
    if not data.strip():
        return
    text, notes = decode_text_with_notes(data, Path("d.txt"))
    assert text == "\n".join(t for t, _ in lines)
    legacy = sum(1 for t, windows in lines if windows and not t.isascii())
    assert bool(notes) == bool(legacy)
    total = len(data.splitlines())  # a last empty line is no line of the file
    if legacy and legacy < total:
        assert notes[0].startswith(f"d.txt: {legacy} of {total} lines")


def test_any_bytes_decode() -> None:
    # the five bytes Windows-1252 leaves undefined come through as Latin-1 does
    words = b" and a line of ordinary words" * 4
    data = b"Intro: odd \x81\x8d\x8f\x90\x9d bytes \xe9" + words
    assert decode_text(data, Path("x.txt")) == (
        "Intro: odd \x81\x8d\x8f\x90\x9d bytes é" + words.decode())
