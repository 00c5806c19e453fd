"""The user's draft, imported as is and exported with no options: the essay
holds no sentence the writer did not write, and the command says which
paragraph is not written yet."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from outliner.cli import main
from outliner.compose.unwritten import NOT_WRITTEN, TEXT_LABELS
from outliner.core.essay import KIND_LABELS, NodeKind

#: The placeholder's own marks, which are not the writer's sentences.
FLAG = re.compile(rf"^\[{NOT_WRITTEN}: [^\]]+\]$")
LABELS = re.compile("^(?:" + "|".join(sorted({*TEXT_LABELS.values(),
                                                KIND_LABELS[NodeKind.THESIS]})) + "): ")
SENTENCE_END = re.compile(r"(?<=[.!?])[”’\"')\]]*\s+")


def letters(text: str) -> str:
    """Only the words' letters and digits: typography (curly marks, the period
    moved after a citation, spaces) is the export's, the words the writer's."""
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def body_paragraphs(path: Path) -> list[str]:
    """Every paragraph of the document body in order, table cells included."""
    body = docx.Document(str(path)).element.body
    return ["".join(t.text or "" for t in p.iter(qn("w:t"))) for p in body.iter(qn("w:p"))]


def exported_sentences(path: Path) -> list[str]:
    """The document's sentences, the placeholder's flag and labels aside."""
    found: list[str] = []
    for paragraph in body_paragraphs(path):
        text = paragraph.strip()
        if not text or FLAG.match(text):
            continue
        text = LABELS.sub("", text.removeprefix("•").lstrip())
        found.extend(s for s in SENTENCE_END.split(text) if letters(s))
    return found


def sentences_not_in(draft: str, path: Path) -> list[str]:
    """The exported sentences whose words are not in ``draft`` in that order."""
    known = letters(draft)
    return [s for s in exported_sentences(path) if letters(s) not in known]


def export(capsys: pytest.CaptureFixture[str], draft: Path, out: Path,
           *options: str) -> list[str]:
    assert main(["export", str(draft), "-o", str(out), *options]) == 0
    return capsys.readouterr().err.splitlines()


def test_the_exported_draft_holds_only_the_writers_sentences(
    user_draft: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "essay.docx"
    err = export(capsys, user_draft, out)
    draft = user_draft.read_text(encoding="utf-8")
    assert sentences_not_in(draft, out) == []
    # all of it is there: the intro's and body 1's sentences, body 2's notes
    assert len(exported_sentences(out)) >= 20
    assert "[Not written yet: Body paragraph 2]" in body_paragraphs(out)
    warnings = [line for line in err if line.startswith("warning:")]
    assert len(warnings) == 1 and "Not written yet: Body paragraph 2." in warnings[0]
    assert "Body paragraph 1" not in warnings[0]  # body 1 is written


def test_the_check_catches_drafted_sentences(
    user_draft: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Drafting when asked: the same check finds the drafter's sentences, and
    the command says it drafted."""
    out = tmp_path / "drafted.docx"
    err = export(capsys, user_draft, out, "--unwritten", "draft")
    assert sentences_not_in(user_draft.read_text(encoding="utf-8"), out)
    assert any(line.startswith("warning: Not written yet: Body paragraph 2. Drafted from its "
                               "notes by the built-in drafter") for line in err)


def test_leaving_it_out(user_draft: Path, tmp_path: Path,
                        capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "omitted.docx"
    err = export(capsys, user_draft, out, "--unwritten", "omit")
    assert sentences_not_in(user_draft.read_text(encoding="utf-8"), out) == []
    assert not any("deferral" in p for p in body_paragraphs(out))
    assert "warning: Not written yet: Body paragraph 2. Left out of the essay." in err
