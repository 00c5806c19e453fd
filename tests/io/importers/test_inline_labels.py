"""A label typed inside a paragraph ("... Thesis: ...") is read as the same
label on a line of its own: consumed, its words the thesis, never printed in
the essay (issue 10, Word drafts). Text and Word drafts read it alike."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from outliner.compose.manuscript import build_manuscript
from outliner.core.essay import Essay
from outliner.core.essay import NodeKind as K
from outliner.io.importers.inline_labels import take_inline_labels
from outliner.io.importers.text import parse_text, parse_text_with_report
from outliner.io.importers.word import docx_to_text, import_docx

TITLE = "Memory in Never Let Me Go"
INTRO = ("Kathy looks back on Hailsham from years later. She remembers the pond and the "
         "sales. Thesis: Kathy's memories keep the lost world alive for her.")
BODY = "The sales show what the students value. They buy what others made. It matters."
END = "In the end Kathy drives alone. She keeps what she remembers of them."
THESIS = "Kathy's memories keep the lost world alive for her."


def _printed(essay: Essay) -> str:
    manuscript = build_manuscript(essay)
    return "\n".join(line.text for para in manuscript.paragraphs for line in para.lines)


def _shape(essay: Essay) -> list[tuple[int, str, str, str, str]]:
    return [(n.depth(), n.kind.value, n.text, n.prose, n.cite) for n in essay.walk()]


def _word(tmp_path: Path, *paragraphs: str) -> Path:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)  # Normal style, as a writer types them
    path = tmp_path / "draft.docx"
    document.save(str(path))
    return path


def test_inline_thesis_in_a_word_paragraph_is_the_thesis_and_not_printed(
        tmp_path: Path) -> None:
    essay = import_docx(_word(tmp_path, TITLE, INTRO, BODY, END))
    intro = essay.outline[0]
    assert intro.kind is K.INTRO
    assert [c.text for c in intro.children if c.kind is K.THESIS] == [THESIS]
    assert "Thesis:" not in intro.prose
    assert intro.prose.endswith("the sales. " + THESIS)  # the words stay where written
    printed = _printed(essay)
    assert "Thesis" not in printed
    assert "Kathy’s memories keep the lost world alive for her." in printed


def test_word_and_text_drafts_read_inline_labels_alike(tmp_path: Path) -> None:
    paragraphs = (TITLE, INTRO, BODY, END)
    from_word = import_docx(_word(tmp_path, *paragraphs))
    from_text = parse_text("\n\n".join(paragraphs) + "\n")
    assert _shape(from_word) == _shape(from_text)
    assert from_word.meta.title == from_text.meta.title == TITLE


def test_a_normal_paragraph_that_is_a_thesis_label(tmp_path: Path) -> None:
    path = _word(tmp_path, TITLE, "Kathy looks back on Hailsham. She remembers the pond.",
                 "Thesis: Kathy's memories are how she keeps Hailsham.", BODY)
    assert "\n\nThesis: Kathy's memories" in docx_to_text(path)  # handed over as typed
    essay = import_docx(path)
    theses = [n for n in essay.walk() if n.kind is K.THESIS]
    assert [t.text for t in theses] == ["Kathy's memories are how she keeps Hailsham."]
    assert all("Thesis:" not in n.text + n.prose for n in essay.walk())


def test_topic_sentence_label_after_prose_starts_its_own_paragraph(tmp_path: Path) -> None:
    path = _word(tmp_path, TITLE, INTRO,
                 "Topic sentence: The sales show what the students value.",
                 "Quote: “We were all in a frenzy” (41)")
    essay = import_docx(path)
    body = essay.outline[1]
    assert (body.kind, body.text) == (K.BODY, "The sales show what the students value.")
    assert [(c.kind, c.cite) for c in body.children] == [(K.QUOTE, "41")]
    assert all("Topic sentence" not in n.text + n.prose for n in essay.walk())


def test_inline_quote_label_is_consumed_and_the_quotation_kept() -> None:
    essay, report = parse_text_with_report(
        f"{TITLE}\n\n{INTRO}\n\nThe sales matter to them. Quote: “We were all in a "
        "frenzy” (41). They buy junk.\n")
    body = essay.outline[1]
    assert body.prose == "The sales matter to them. “We were all in a frenzy” (41). They buy junk."
    assert [(c.text, c.cite) for c in body.children] == [("We were all in a frenzy", "41")]
    assert {"Thesis:", "Quote:"} <= set(report.labels)


def test_what_is_not_an_inline_label() -> None:
    for text in ("The thesis: a claim to prove. It is short.",  # not opening a sentence
                 "He wrote it down. Thesis. That was the word.",  # no colon
                 "She read. Quote: nothing quoted follows here.",  # no quotation after Quote:
                 "Thesis: at the start is a label line, read before."):
        assert take_inline_labels(text).prose == text


_WORD = st.text(alphabet="abcdefghij", min_size=1, max_size=8)
# Each sentence ends on a word that is no abbreviation ("Mr.") or initial ("A.").
_SENTENCE = st.lists(_WORD, max_size=6).map(lambda w: " ".join([*w, "river"]).capitalize() + ".")


@given(st.lists(_SENTENCE, min_size=1, max_size=4), st.lists(_SENTENCE, min_size=1, max_size=3),
       st.sampled_from(["Thesis:", "Thesis statement:", "Working thesis:", "THESIS :"]))
def test_only_the_label_is_taken_out(before: list[str], after: list[str], label: str) -> None:
    text = " ".join(before) + f" {label} " + " ".join(after)
    found = take_inline_labels(text)
    assert found.labels == [label]
    assert found.prose == " ".join(before + after)
    assert found.thesis == " ".join(after)


@pytest.mark.parametrize("suffix", [".md", ".txt", ".docx"])
def test_an_outline_export_keeps_a_label_inside_prose_as_words(tmp_path: Path, suffix: str) -> None:
    """The outline export escapes "Thesis:" inside prose, so the prose comes
    back as typed and no second thesis is made of it."""
    from outliner.core.essay import Essay, Node, NodeKind
    from outliner.io.exporters.options import ExportOptions
    from outliner.io.formats import export_essay, open_document_with_report

    prose = "Kathy keeps the tape for years. Thesis: memory is a home. She never says so."
    essay = Essay(outline=[Node(NodeKind.BODY, "The tape", prose=prose)])
    out = tmp_path / f"outline{suffix}"
    export_essay(essay, out, ExportOptions(mode="outline"))
    back = open_document_with_report(out).essay
    assert [(n.kind, n.text, n.prose) for n in back.walk()] == [
        (NodeKind.BODY, "The tape", prose)]
