"""Exports at any size: the tree is walked a fixed number of times however
many paragraphs there are (no thesis lookup per paragraph), and a paragraph
longer than libxml2's 10 MB text-node limit still exports to Word, losslessly.

Timings are in benchmarks/bench_export_scale.py; these tests check the mechanism.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from outliner.compose.unwritten import Unwritten
from outliner.core.essay import Essay, Node, NodeKind
from outliner.io.exporters.options import ExportOptions, Mode
from outliner.io.exporters.word_xml import MAX_TEXT_NODE_CHARS, text_pieces
from outliner.io.formats import export_essay

K = NodeKind


def undrafted(paragraphs: int, theses: int = 0) -> Essay:
    """Bodies with notes and no prose (so every one is drafted at export),
    an intro without prose, and ``theses`` top-level theses after it."""
    outline = [Node(K.INTRO, "Opening", children=[Node(K.NOTE, "background")])]
    outline += [Node(K.THESIS, f"Thesis {i} holds.") for i in range(theses)]
    outline += [Node(K.BODY, f"Claim {i}", children=[Node(K.NOTE, f"note {i}")])
                for i in range(paragraphs)]
    return Essay(outline=outline)


class _WalkCounter:
    """Counts whole-essay walks (Essay.walk) while the real walk runs."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.count = 0
        real = Essay.walk

        def counting(essay: Essay) -> Iterator[Node]:
            self.count += 1
            return real(essay)

        monkeypatch.setattr(Essay, "walk", counting)


def _walks(essay: Essay, path: Path, mode: Mode | None, monkeypatch: pytest.MonkeyPatch,
           unwritten: Unwritten) -> int:
    with monkeypatch.context() as patch:
        counter = _WalkCounter(patch)
        export_essay(essay, path, ExportOptions(mode=mode, unwritten=unwritten))
    return counter.count


@pytest.mark.parametrize(("name", "mode"), [
    ("essay.docx", None), ("outline.docx", "outline"),
    ("essay.md", "essay"), ("essay.txt", "essay"), ("outline.md", None),
])
@pytest.mark.parametrize("theses", [0, 1, 30])
@pytest.mark.parametrize("unwritten", [Unwritten.NOTES, Unwritten.DRAFT])
def test_exports_walk_the_essay_a_fixed_number_of_times(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, mode: Mode | None, theses: int,
    unwritten: Unwritten,
) -> None:
    """Without a thesis the per-paragraph lookup walked the whole tree each
    time (quadratic: 20k paragraphs took 140 s). The count must not grow
    with the number of paragraphs or theses."""
    small = _walks(undrafted(2, min(theses, 1)), tmp_path / f"small-{name}", mode, monkeypatch,
                   unwritten)
    large = _walks(undrafted(60, theses), tmp_path / name, mode, monkeypatch, unwritten)
    assert large == small
    assert large <= 3


def test_drafted_paragraphs_still_tie_back_to_the_thesis(tmp_path: Path) -> None:
    essay = undrafted(3, theses=1)
    path = tmp_path / "out.md"
    export_essay(essay, path, ExportOptions(mode="essay", unwritten=Unwritten.DRAFT))
    text = path.read_text(encoding="utf-8")
    assert text.count("This shows that Thesis 0 holds.") == 3
    # the intro's draft ends with the thesis, so it is not written again on its own
    assert text.count("background. Thesis 0 holds.") == 1
    assert "\n\nThesis 0 holds." not in text


# -- a paragraph over 10 MB ------------------------------------------------------


def _body_texts(path: Path) -> list[str]:
    return [p.text for p in docx.Document(str(path)).paragraphs if p.text.strip()]


@pytest.mark.parametrize("words", [True, False], ids=["words", "one-long-word"])
def test_paragraph_over_ten_megabytes_exports_to_word(tmp_path: Path, words: bool) -> None:
    """Used to fail with a raw "XMLSyntaxError: Text node too long" naming no file."""
    prose = ("word & " * 1_700_000).strip() if words else "é" * 11_000_000
    essay = Essay(outline=[Node(K.BODY, "Claim", prose=prose)])
    path = tmp_path / "big.docx"
    export_essay(essay, path, ExportOptions())
    assert _body_texts(path) == [prose]  # read back whole by python-docx


def test_long_prose_in_the_outline_export(tmp_path: Path) -> None:
    prose = "x" * (MAX_TEXT_NODE_CHARS * 11)
    essay = Essay(outline=[Node(K.BODY, "Claim", prose=prose)])
    path = tmp_path / "outline.docx"
    export_essay(essay, path, ExportOptions(mode="outline"))
    assert prose in _body_texts(path)


@given(st.text(alphabet=" ab", max_size=80), st.integers(min_value=2, max_value=12))
def test_text_pieces_are_lossless_and_cut_after_spaces(text: str, limit: int) -> None:
    pieces = text_pieces(text, limit)
    assert "".join(pieces) == text
    assert all(len(p) <= limit for p in pieces)
    start = 0
    for piece in pieces[:-1]:
        if " " in text[start + limit // 2 : start + limit]:
            assert piece.endswith(" ")  # no word broken in two
        else:
            assert len(piece) == limit
        start += len(piece)
