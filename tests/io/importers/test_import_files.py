"""Reading draft files: encodings, line endings, and files that are refused."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from outliner.core.essay import NodeKind
from outliner.io import open_document
from outliner.io.errors import DocumentError
from outliner.io.importers.text import decode_text, read_text_file
from outliner.io.reading import TEXT_IMPORT
from tests.conftest import FIXTURES

DRAFTS = FIXTURES / "drafts"
K = NodeKind


def kinds_and_texts(path: Path) -> list[tuple[int, str, str, str]]:
    essay = read_text_file(path)
    return [(n.depth(), n.kind.value, n.text, n.cite) for n in essay.walk()]


@pytest.mark.parametrize("name", ["crlf.txt", "lone-cr.txt"])
def test_crlf_and_lone_cr_are_line_breaks(name: str) -> None:
    essay = read_text_file(DRAFTS / name)
    assert essay.meta.title == "The Whale and the Sea"
    assert kinds_and_texts(DRAFTS / name) == [
        (0, "intro", "Ishmael goes to sea to cure his gloom", ""),
        (1, "thesis", "In Moby-Dick, Melville shows that Ahab's hunt is a way of refusing "
                      "to grieve.", ""),
        (0, "body", "the doubloon", ""),
        (1, "note", "every sailor reads the coin differently", ""),
        (1, "note", "Ahab nails it to the mast as a prize for the first man to sight the whale",
         ""),
        (1, "quote", "I see in him outrageous strength, with an inscrutable malice sinewing it.",
         "164"),
    ]
    assert not any("\r" in n.text for n in essay.walk())


@pytest.mark.parametrize("name", ["bom-utf8.txt", "utf16.txt"])
def test_utf8_bom_and_utf16_decode_to_the_same_essay(name: str) -> None:
    assert kinds_and_texts(DRAFTS / name) == [
        (0, "intro", "Jane leaves Gateshead for Lowood", ""),
        (1, "thesis", "Brontë shows Jane claiming a right to feel that the adults around her "
                      "deny.", ""),
        (0, "body", "the red-room", ""),
        (1, "note", "she is locked in as a punishment", ""),
        (1, "quote", "I resisted all the way", "9"),
    ]


def test_utf16_without_bom_is_recognised(tmp_path: Path) -> None:
    path = tmp_path / "nobom.txt"
    path.write_bytes("Intro: a plain opening line\n- a note\n".encode("utf-16-le"))
    assert [n.text for n in read_text_file(path).walk()] == ["a plain opening line", "a note"]


def test_windows_1252_smart_quotes_are_mapped() -> None:
    assert kinds_and_texts(DRAFTS / "cp1252.txt") == [
        (0, "intro", "Pip meets Magwitch in the churchyard", ""),
        (0, "body", "guilt", ""),
        (1, "note", "Pip feels like a thief in his own home", ""),
        (1, "quote", "I was in mortal terror of the young man", "12"),
        (1, "note", "Joe’s kindness makes it worse", ""),
    ]


def test_latin1_is_the_last_resort_and_never_fails(tmp_path: Path) -> None:
    path = tmp_path / "odd.txt"
    # \x81 is a byte cp1252 cannot map, so this is no Windows draft either.
    path.write_bytes(b"Intro: caf\xe9 au lait and a long line of ordinary words \x81\n")
    text = read_text_file(path).outline[0].text
    assert text == "café au lait and a long line of ordinary words \x81"


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("empty.txt", "the file is empty"),
        ("whitespace.txt", "has no text in it"),
        ("binary.txt", "is not a text file"),
    ],
)
def test_files_that_are_not_drafts_are_refused_by_name(name: str, problem: str) -> None:
    with pytest.raises(DocumentError) as caught:
        read_text_file(DRAFTS / name)
    assert str(caught.value).startswith(f"{DRAFTS / name}: ")
    assert problem in str(caught.value)


def test_mostly_control_characters_is_binary(tmp_path: Path) -> None:
    path = tmp_path / "controls.txt"
    path.write_bytes(b"words\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f" * 10)
    with pytest.raises(DocumentError, match="not a text file"):
        read_text_file(path)


def test_huge_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # sparse: no 20 MB written to disk
        handle.truncate(TEXT_IMPORT.max_bytes + 1)
    with pytest.raises(DocumentError, match=r"too large .*limit is 20 MB"):
        read_text_file(path)


def test_folder_missing_and_unreadable_are_refused(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="is a folder"):
        read_text_file(tmp_path)
    with pytest.raises(DocumentError, match="no such file"):
        read_text_file(tmp_path / "missing.txt")
    locked = tmp_path / "locked.txt"
    locked.write_text("Intro: hidden\n", encoding="utf-8")
    locked.chmod(0)
    try:
        if os.access(locked, os.R_OK):
            pytest.skip("running as a user who can read any file")
        with pytest.raises(DocumentError, match="cannot be read"):
            read_text_file(locked)
    finally:
        locked.chmod(0o644)


@pytest.mark.skipif(not Path("/proc/self/mem").exists(), reason="needs Linux /proc")
def test_a_read_error_is_a_document_error() -> None:
    # Reading /proc/self/mem at offset 0 fails with an I/O error even for root.
    with pytest.raises(DocumentError, match="cannot be read"):
        read_text_file(Path("/proc/self/mem"))


def test_open_document_sends_text_and_markdown_here() -> None:
    essay = open_document(DRAFTS / "markdown-pride.md")
    assert essay.meta.title == "Reading Pride and Prejudice Closely"
    assert open_document(DRAFTS / "crlf.txt").meta.title == "The Whale and the Sea"


def test_decode_draft_needs_a_path_only_for_messages() -> None:
    assert decode_text("“quoted”".encode(), Path("x.txt")) == "“quoted”"
    with pytest.raises(DocumentError, match=r"^x\.txt: the file is empty$"):
        decode_text(b"", Path("x.txt"))


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"PK\x03\x04\x14\x00\x06\x00word/document.xml", "a Word document"),
        (b"%PDF-1.7\n%\xe2\xe3", "a PDF file"),
        (b"{\\rtf1\\ansi Intro: hello}", "Rich Text"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "old Word"),
    ],
)
def test_other_formats_saved_as_txt_are_named(tmp_path: Path, data: bytes, what: str) -> None:
    path = tmp_path / "draft.txt"
    path.write_bytes(data)
    with pytest.raises(DocumentError, match=what):
        read_text_file(path)
