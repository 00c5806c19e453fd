"""Golden exports: a draft imported as is, a CSL-JSON book added with
``outliner sources add``, then exported in each style; read as LibreOffice
renders the Word file (soffice → pdftotext), as pandoc reads it, and as the
Markdown and plain-text essays print it.

Two drafts: the user's (skipped where ../shared is absent) and our own
Frankenstein fixture, which also has "(Shelley 137)" after a paraphrase,
"(p. 138)" in a sentence that names the author and a remark in parentheses.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from outliner.cli import main
from tests.conftest import FIXTURES
from tests.support.docx_render import pages_text, require_tools, to_pdf

OWN = FIXTURES / "citations"
ISHIGURO_JSON = FIXTURES / "references" / "ishiguro.json"

CHICAGO_FIRST = "Kazuo Ishiguro, Never Let Me Go (New York: Vintage International, 2006), 41."
CHICAGO_SHORT = "Ishiguro, Never Let Me Go, 74."


def prepared(tmp_path: Path, draft: Path, refs: Path,
             capsys: pytest.CaptureFixture[str]) -> Path:
    essay = tmp_path / "draft.essay"
    assert main(["import", str(draft), "-o", str(essay)]) == 0
    assert main(["sources", "add", str(essay), str(refs)]) == 0
    capsys.readouterr()
    return essay


def export(essay: Path, out: Path, style: str) -> Path:
    assert main(["export", str(essay), "-o", str(out), "--style", style, "--mode", "essay"]) == 0
    return out


def rendered(docx: Path) -> str:
    """The document's text as LibreOffice lays it out, lines joined."""
    pages = pages_text(to_pdf(docx, docx.parent))
    return " ".join(" ".join(pages).split())


def footnotes_part(docx: Path) -> str:
    with zipfile.ZipFile(docx) as archive:
        names = archive.namelist()
        assert "word/footnotes.xml" in names
        assert "footnotes" in archive.read("word/_rels/document.xml.rels").decode()
        assert "footnotes+xml" in archive.read("[Content_Types].xml").decode()
        document = archive.read("word/document.xml").decode()
        assert document.count("<w:footnoteReference") >= 2
        return archive.read("word/footnotes.xml").decode()


@pytest.fixture
def user_essay(user_draft: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    return prepared(tmp_path, user_draft, ISHIGURO_JSON, capsys)


@pytest.fixture
def own_essay(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    return prepared(tmp_path, OWN / "frankenstein-draft.txt", OWN / "frankenstein.json", capsys)


@pytest.mark.soffice
def test_the_users_draft_in_each_style_as_libreoffice_renders_it(
    user_essay: Path, tmp_path: Path
) -> None:
    require_tools()
    mla = rendered(export(user_essay, tmp_path / "mla.docx", "mla"))
    assert "outside” (Ishiguro 41)." in mla and "[her]” (Ishiguro 74)." in mla
    assert "I truly am” (Ishiguro 258)." in mla
    assert "Work Cited" in mla
    assert "Ishiguro, Kazuo. Never Let Me Go. Vintage International, 2006." in mla
    apa = rendered(export(user_essay, tmp_path / "apa.docx", "apa"))
    assert "(Ishiguro, 2006, p. 41)." in apa and "(Ishiguro, 2006, p. 74)." in apa
    assert "(Ishiguro, 2006, p. 258)" in apa  # body 2's quotations, in its placeholder
    assert "Ishiguro, K. (2006). Never let me go. Vintage International." in apa
    chicago_docx = export(user_essay, tmp_path / "chicago.docx", "chicago")
    chicago = rendered(chicago_docx)
    assert "(41)" not in chicago and "(74)" not in chicago
    assert "(258)" not in chicago  # body 2's quotations, in its placeholder, have notes too
    assert "Ishiguro, Never Let Me Go, 258." in chicago
    assert re.search(r"outside\.” ?1 The clones", chicago)  # the mark after the period
    assert CHICAGO_FIRST in chicago and CHICAGO_SHORT in chicago
    assert "Ishiguro, Kazuo. Never Let Me Go. New York: Vintage International, 2006." in chicago
    notes = footnotes_part(chicago_docx)
    assert "<w:i/>" in notes  # the title in italics


def test_the_users_draft_chicago_footnotes_read_by_pandoc(
    user_essay: Path, tmp_path: Path
) -> None:
    if shutil.which("pandoc") is None:
        pytest.skip("pandoc is not installed")
    out = export(user_essay, tmp_path / "chicago.docx", "chicago")
    text = subprocess.run(["pandoc", str(out), "-t", "plain", "--wrap=none"],
                          capture_output=True, text=True, check=True).stdout
    assert f"[1] {CHICAGO_FIRST}" in text and f"[2] {CHICAGO_SHORT}" in text
    assert "outside.”[1]" in text


@pytest.mark.soffice
def test_our_draft_in_each_style_as_libreoffice_renders_it(
    own_essay: Path, tmp_path: Path
) -> None:
    require_tools()
    mla = rendered(export(own_essay, tmp_path / "mla.docx", "mla"))
    assert "a fiend” (Shelley 103)." in mla
    assert "see him (Shelley 137)." in mla
    assert "“rage and revenge” (138)." in mla  # "Shelley lets him say"
    assert "(see above)" in mla and "born (1) by the cottagers" in mla
    apa = rendered(export(own_essay, tmp_path / "apa.docx", "apa"))
    assert "(Shelley, 2003, p. 103)." in apa and "(Shelley, 2003, p. 168)." in apa
    chicago_docx = export(own_essay, tmp_path / "chicago.docx", "chicago")
    chicago = rendered(chicago_docx)
    assert "Mary Shelley, Frankenstein (London: Penguin Classics, 2003), 103." in chicago
    for page in (137, 138, 168):
        assert f"Shelley, Frankenstein, {page}." in chicago
    assert "(Shelley" not in chicago and "(p. 138)" not in chicago
    assert footnotes_part(chicago_docx).count("<w:footnote ") == 6  # 2 separators, 4 notes


def test_our_draft_as_markdown_and_plain_text(own_essay: Path, tmp_path: Path) -> None:
    markdown = export(own_essay, tmp_path / "chicago.md", "chicago").read_text("utf-8")
    assert "misery made me a fiend.”[^1]" in markdown
    assert "see him.[^2]" in markdown
    assert "[^1]: Mary Shelley, *Frankenstein* (London: Penguin Classics, 2003), 103." in markdown
    assert "[^4]: Shelley, *Frankenstein*, 168." in markdown
    plain = export(own_essay, tmp_path / "chicago.txt", "chicago").read_text("utf-8")
    assert "misery made me a fiend.”¹" in plain
    notes = plain.index("\nNotes\n")
    assert notes < plain.index("\nBibliography\n")
    # plain text prints what a reader sees: the title without its italics marks
    assert "1. Mary Shelley, Frankenstein (London: Penguin Classics, 2003), 103." in plain
    mla = export(own_essay, tmp_path / "mla.md", "mla").read_text("utf-8")
    assert "(Shelley 103)" in mla and "(138)" in mla and "[^" not in mla
