"""Italic titles in Works Cited entries survive Word and Markdown round trips.

A typed source marks its title with asterisks ("*Never Let Me Go*"); Word
shows that title in italics; importing the Word file or the Markdown export
gives the asterisks back, as it does everywhere else (``core.inline``).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from outliner.core.essay import CitationStyle, Essay, Meta, Source
from outliner.io.exporters.options import ExportOptions, Mode
from outliner.io.formats import export_essay
from outliner.io.importers.text import parse_text, read_text_file
from outliner.io.importers.word import docx_to_text, import_docx
from tests.support.helpers import small_essay

NOVEL = "Ishiguro, Kazuo. *Never Let Me Go*. Vintage International, 2006."
SOURCES = [
    NOVEL,
    "Brown, Ann. “Clones and *Care*.” *Journal of Fiction*, vol. 2, 2010, pp. 1-9.",
    "Plain, Entry. A Book Without Italics. Publisher, 2001.",
]


def with_sources(sources: list[str]) -> Essay:
    essay = small_essay()
    essay.meta = Meta(title="Hope and Loss", author="Jo Reyes", instructor="Dr. Alvarez",
                      course="English 101", date="2026-03-09")
    essay.sources = [Source(text) for text in sources]
    return essay


def source_texts(essay: Essay) -> list[str]:
    return [s.text for s in essay.sources]


@pytest.mark.parametrize("style", list(CitationStyle))
def test_outline_docx_gives_back_the_asterisks(tmp_path: Path, style: CitationStyle) -> None:
    out = tmp_path / "outline.docx"
    export_essay(with_sources(SOURCES), out, ExportOptions(mode="outline", style=style))
    assert source_texts(import_docx(out)) == SOURCES


def test_essay_docx_shows_italics_without_asterisks_and_imports_them_back(
    tmp_path: Path,
) -> None:
    out = tmp_path / "essay.docx"
    export_essay(with_sources([NOVEL]), out, ExportOptions(mode="essay"))
    entry = next(p for p in docx.Document(str(out)).paragraphs
                 if p.text.startswith("Ishiguro"))
    assert entry.text == "Ishiguro, Kazuo. Never Let Me Go. Vintage International, 2006."
    assert [r.text for r in entry.runs if r.italic] == ["Never Let Me Go"]
    assert source_texts(import_docx(out)) == [NOVEL]


def test_user_draft_with_an_italic_source_round_trips(tmp_path: Path, user_draft: Path) -> None:
    essay = read_text_file(user_draft)
    essay.meta.author = "A Student"
    essay.sources = [Source(NOVEL)]
    out = tmp_path / "o.docx"
    export_essay(essay, out, ExportOptions(mode="outline"))
    assert source_texts(import_docx(out)) == [NOVEL]
    md = tmp_path / "o.md"
    export_essay(essay, md, ExportOptions())
    assert source_texts(read_text_file(md)) == [NOVEL]


@pytest.mark.parametrize(("suffix", "mode"), [
    (".md", "outline"), (".md", "essay"), (".txt", "outline")])
def test_text_exports_keep_the_asterisks(tmp_path: Path, suffix: str, mode: Mode) -> None:
    out = tmp_path / f"essay{suffix}"
    export_essay(with_sources(SOURCES), out, ExportOptions(mode=mode))
    back = sorted(source_texts(read_text_file(out)))
    assert back == sorted(SOURCES)  # the finished essay alphabetises its sources


def test_the_plain_text_essay_prints_titles_without_asterisks(tmp_path: Path) -> None:
    out = tmp_path / "essay.txt"
    export_essay(with_sources(SOURCES), out, ExportOptions(mode="essay"))
    text = out.read_text()
    assert "Ishiguro, Kazuo. Never Let Me Go. Vintage International, 2006." in text
    assert "*" not in text


def test_markdown_keeps_emphasis_everywhere() -> None:
    essay = parse_text(
        "# A *Title*\n\nIntro: the *novel* opens with Kathy\n\n"
        "## Works Cited: Austen, Jane. *Emma*. 1815.\n\n"
        "* Ishiguro, Kazuo. _Never Let Me Go_. Vintage, 2006.\n"
        "- Shelley, Mary. **Frankenstein**. 1818.\n",
        markdown=True,
    )
    assert essay.meta.title == "A *Title*"
    assert essay.outline[0].text == "the *novel* opens with Kathy"
    assert source_texts(essay) == [
        "Austen, Jane. *Emma*. 1815.",
        "Ishiguro, Kazuo. *Never Let Me Go*. Vintage, 2006.",  # _x_ marks a title as *x* does
        "Shelley, Mary. **Frankenstein**. 1818.",
    ]


def test_plain_text_sources_keep_their_asterisks() -> None:
    essay = parse_text(f"Intro: the novel\n\nWorks Cited\n{NOVEL}\n", markdown=False)
    assert source_texts(essay) == [NOVEL]


def test_a_students_word_file_marks_italics_everywhere(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("Introduction", level=1)
    body = document.add_paragraph("In ")
    body.add_run("Never Let Me Go").italic = True
    body.add_run(" Kathy remembers Hailsham and everything the students were never told.")
    document.add_heading("Works Cited", level=1)
    entry = document.add_paragraph("Ishiguro, Kazuo. ")
    entry.add_run("Never Let Me ").italic = True  # Word often splits a title into runs
    entry.add_run("Go").italic = True
    entry.add_run(". Vintage International, 2006.")
    styled = document.add_paragraph("Brown, Ann. ")
    styled.add_run("A Study", style="Emphasis")
    styled.add_run(". Press, 2001.")
    path = tmp_path / "draft.docx"
    document.save(str(path))

    assert "In *Never Let Me Go* Kathy" in docx_to_text(path).split("Works Cited")[0]
    essay = import_docx(path)
    assert source_texts(essay) == [NOVEL, "Brown, Ann. *A Study*. Press, 2001."]
    assert any("In *Never Let Me Go* Kathy" in node.text + node.prose for node in essay.walk())


_WORD = st.sampled_from(["never", "let", "me", "go", "the", "remains", "of", "day", "clones",
                         "hailsham", "care", "press"])
_TITLE = st.lists(_WORD, min_size=1, max_size=5).map(lambda w: " ".join(w).title())
_ENTRY = st.builds(
    lambda surname, title, year: f"{surname}, Ann. *{title}*. Vintage, {year}.",
    st.sampled_from(["Ishiguro", "Brown", "Okafor", "Nguyen"]), _TITLE,
    st.integers(1900, 2030),
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_ENTRY, min_size=1, max_size=4))
def test_any_italic_title_round_trips_through_word_and_markdown(entries: list[str]) -> None:
    essay = with_sources(entries)
    with tempfile.TemporaryDirectory() as folder:
        word = Path(folder) / "o.docx"
        export_essay(essay, word, ExportOptions(mode="outline"))
        assert source_texts(import_docx(word)) == entries
        md = Path(folder) / "o.md"
        export_essay(essay, md, ExportOptions(mode="outline"))
        assert source_texts(read_text_file(md)) == entries
