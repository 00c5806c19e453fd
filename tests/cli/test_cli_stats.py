"""`outliner stats`: the essay's words paragraph by paragraph, named and
counted as the window names and counts them."""

from __future__ import annotations

from pathlib import Path

import pytest

from outliner.cli import main
from outliner.core.essay import Essay, Node, NodeKind
from outliner.core.names import node_name
from outliner.core.words import essay_words, node_count
from outliner.io.essay.file import save_essay
from outliner.io.formats import open_document

K = NodeKind


def _stats(capsys: pytest.CaptureFixture[str], path: Path) -> list[str]:
    assert main(["stats", str(path)]) == 0
    out, err = capsys.readouterr()
    assert "Traceback" not in err  # a draft's import notes go to stderr
    return out.splitlines()


def test_stats_names_each_paragraph_and_says_what_it_counts(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    essay = Essay(outline=[
        Node(K.INTRO, "An opening", prose="Memory keeps what the world takes."),
        Node(K.BODY, "First claim", children=[Node(K.QUOTE, "we lost", cite="41")]),
        Node(K.SECTION, "Later", children=[Node(K.BODY, "Inside", prose="One two.")]),
    ])
    path = tmp_path / "e.essay"
    save_essay(essay, path)
    lines = _stats(capsys, path)
    assert lines[0].startswith(f"{essay_words(essay):,} words (")
    assert lines[1:] == [
        "  Introduction: 6 words of prose",
        "  Body paragraph 1: unwritten: 5 words of notes",
        "  Section “Later”: 3 words",
        "    Body paragraph 1 in section “Later”: 2 words of prose",
    ]


def test_the_users_draft_stats_match_the_windows_names_and_counts(
        capsys: pytest.CaptureFixture[str], user_draft: Path) -> None:
    essay = open_document(user_draft)
    lines = _stats(capsys, user_draft)
    assert lines[0].startswith(f"{essay_words(essay):,} words")
    expected = [f"  {node_name(essay, n)}: {node_count(n).short()}" for n in essay.outline]
    assert lines[1:] == expected
    assert any(line.startswith("  Body paragraph 2: ") for line in lines)
    assert not any(line.lstrip().startswith("Paragraph ") for line in lines)
