"""Roles in prose drafts: the conclusion nobody labelled, label lines from
handouts, a teacher's preface or the prompt before the essay, and what the
import report says about each (ImportReport.findings)."""

from __future__ import annotations

from pathlib import Path

import pytest

from outliner.core.essay import Essay, Node, NodeKind
from outliner.core.rules import tree_errors
from outliner.io.importers.lines import ImportReport
from outliner.io.importers.text import parse_text_with_report, read_text_file_with_report
from tests.conftest import FIXTURES
from tests.io.importers.test_import_properties import check_nothing_lost

K = NodeKind
DRAFTS = FIXTURES / "drafts"
NO_CONCLUSION = "no conclusion found"
FOUND_CONCLUSION = "conclusion: the last paragraph"
FOUND_THESIS = "thesis: the last sentence of the introduction"
PREFACE = "preface or prompt: kept as a note, not read as the essay"


def read(name: str) -> tuple[Essay, ImportReport]:
    essay, report = read_text_file_with_report(DRAFTS / name)
    assert tree_errors(essay.outline) == []
    return essay, report


def kinds(essay: Essay) -> list[str]:
    return [n.kind.value for n in essay.outline]


def findings(essay: Essay, report: ImportReport) -> list[tuple[str, Node | None]]:
    """Each finding with the node it names (looked up by id, so a wrong id fails)."""
    by_id = {n.id: n for n in essay.walk()}
    return [(f.message, by_id[f.node_id] if f.node_id else None) for f in report.findings]


# -- the conclusion ------------------------------------------------------------


def test_five_written_paragraphs_end_in_a_conclusion_without_saying_so() -> None:
    essay, report = read("five-paragraph-no-signpost.txt")
    assert kinds(essay) == ["intro", "body", "body", "body", "conclusion"]
    conclusion = essay.outline[4]
    assert conclusion.prose.startswith("Owen never becomes a talker")
    intro = essay.outline[0]
    thesis = intro.children[0]
    assert thesis.kind is K.THESIS and thesis.text.startswith("Fenn uses Owen's silence")
    assert findings(essay, report) == [(FOUND_THESIS, thesis), (FOUND_CONCLUSION, conclusion)]


def test_two_written_paragraphs_have_no_conclusion_and_the_report_says_so() -> None:
    para = "A paragraph of prose that keeps going for long enough to count as one. " * 2
    essay, report = parse_text_with_report(f"{para}\n\n{para}\n")
    assert kinds(essay) == ["intro", "body"]
    assert (NO_CONCLUSION, None) in findings(essay, report)


def test_a_last_paragraph_still_being_planned_is_no_conclusion() -> None:
    para = "A paragraph of prose that keeps going for long enough to count as one. " * 2
    essay, report = parse_text_with_report(
        f"{para}\n\n{para}\n\n{para}\n- a point still to write up\n- another one\n")
    assert kinds(essay) == ["intro", "body", "body"]
    assert [c.kind for c in essay.outline[2].children] == [K.NOTE, K.NOTE]
    assert findings(essay, report)[-1] == (NO_CONCLUSION, None)


@pytest.mark.parametrize("opening", ["Another", "Furthermore,", "In addition,", "Secondly,"])
def test_a_last_paragraph_opening_like_a_body_is_no_conclusion(opening: str) -> None:
    para = "A paragraph of prose that keeps going for long enough to count as one. " * 2
    essay, report = parse_text_with_report(f"{para}\n\n{para}\n\n{opening} {para}\n")
    assert kinds(essay) == ["intro", "body", "body"]
    assert findings(essay, report)[-1] == (NO_CONCLUSION, None)


def test_a_named_conclusion_is_not_reported_as_found() -> None:
    para = "A paragraph of prose that keeps going for long enough to count as one. " * 2
    essay, report = parse_text_with_report(f"{para}\n\n{para}\n\nConclusion:\n{para}\n")
    assert kinds(essay) == ["intro", "body", "conclusion"]
    messages = [m for m, _ in findings(essay, report)]
    assert FOUND_CONCLUSION not in messages and NO_CONCLUSION not in messages


def test_an_empty_draft_reports_nothing() -> None:
    essay, report = parse_text_with_report("")
    assert essay.outline == [] and report.findings == []


def test_the_users_draft_has_no_conclusion_and_says_so(user_draft: Path) -> None:
    essay, report = read_text_file_with_report(user_draft)
    assert kinds(essay) == ["intro", "body", "body"]
    thesis = essay.outline[0].children[0]
    # "... a few more years to / spend togethers" is one note wrapped over two lines.
    assert findings(essay, report) == [
        ("1 wrapped line joined", None), (FOUND_THESIS, thesis), (NO_CONCLUSION, None)]


# -- label lines from handouts -------------------------------------------------


def test_sample_label_lines_name_the_paragraph_below_them() -> None:
    essay, report = read("sample-labels.txt")
    assert kinds(essay) == ["intro", "body", "body", "conclusion"]
    assert [n.prose.split(".")[0] for n in essay.outline] == [
        "Every town has a person everyone sees and nobody knows",
        "Owen's silence is the first thing the town notices",
        "The lamp he tends carries the same meaning",
        "Owen never becomes a talker",
    ]
    assert report.labels == ["Example Introduction:", "Body Paragraph 1 (example)",
                             "Sample Body Paragraph 2", "Conclusion Example"]
    check_nothing_lost((DRAFTS / "sample-labels.txt").read_text(encoding="utf-8"), None)


@pytest.mark.parametrize(("label", "kind"), [
    ("Example Introduction:", "intro"), ("Sample Introduction 1", "intro"),
    ("Model introduction", "intro"), ("Body Paragraph 2 (example)", "body"),
    ("Sample Body Paragraph #3:", "body"), ("Conclusion Example", "conclusion"),
    ("Example conclusion paragraph:", "conclusion"), ("## Sample Introduction 1", "intro"),
    ("**Conclusion Example**", "conclusion"),
])
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_each_label_form_names_a_paragraph_not_an_empty_body(
    label: str, kind: str, gap: str
) -> None:
    para = "A paragraph of prose that keeps going for long enough to count as one. " * 2
    essay, _ = parse_text_with_report(f"{label}{gap}{para}\n")
    assert [(n.kind.value, n.prose) for n in essay.outline] == [(kind, para.strip())]


def test_several_sample_introductions_are_each_an_introduction() -> None:
    para = "A paragraph of prose that keeps going for long enough to count as one. " * 2
    essay, report = parse_text_with_report(
        f"Sample Introduction 1\n{para}\n\nSample Introduction 2\n{para}\n")
    assert kinds(essay) == ["intro", "intro"]
    theses = [n.children[0] for n in essay.outline]
    assert findings(essay, report) == [(FOUND_THESIS, theses[0]), (FOUND_THESIS, theses[1]),
                                       (NO_CONCLUSION, None)]


@pytest.mark.parametrize("line", ["Sample Works Cited", "Example: the tape", "Date 2",
                                  "Introduction 1984 is where it starts"])
def test_lines_that_only_look_like_sample_labels_keep_their_words(line: str) -> None:
    essay, report = parse_text_with_report(f"{line}\n")
    assert report.labels == []
    assert line in [n.text for n in essay.walk()] + [essay.meta.title]


# -- prefaces and prompts ----------------------------------------------------------


def test_a_teachers_preface_is_a_note_not_the_introduction() -> None:
    essay, report = read("teacher-preface.txt")
    assert essay.meta.title == "The Lighthouse Keeper's Silence"
    assert kinds(essay) == ["intro", "body", "body", "conclusion"]
    intro = essay.outline[0]
    assert intro.prose.startswith("Every town has a person")
    preface, thesis = intro.children
    assert preface.kind is K.NOTE and preface.text == (
        "Here is a sample essay for the unit on The Long Light. Read it before you draft "
        "your own and notice where the thesis sits.")
    assert thesis.text.startswith("Fenn uses Owen's silence")
    assert findings(essay, report)[0] == (PREFACE, preface)


def test_a_prompt_line_is_a_note_and_the_thesis_is_the_writers() -> None:
    essay, report = read("prompt-line.txt")
    assert kinds(essay) == ["intro", "body", "body", "conclusion"]
    prompt, thesis = essay.outline[0].children
    assert prompt.text.startswith("Prompt: Discuss how Mara Fenn uses the lighthouse")
    assert thesis.text == (
        "Fenn uses the lighthouse to show that care can be steady without being seen.")
    assert [m for m, _ in findings(essay, report)] == [PREFACE, FOUND_THESIS, FOUND_CONCLUSION]


def test_an_announced_prompt_and_an_assignment_paragraph_are_notes() -> None:
    essay, report = read("prompt-announced.txt")
    assert kinds(essay) == ["intro", "body"]
    intro = essay.outline[0]
    question, assignment, thesis = intro.children
    assert question.text == "Essay question:"
    assert [c.text for c in question.children] == [
        "How does Mara Fenn use silence to shape the reader's view of Owen Tull?"]
    assert assignment.text.startswith("Write an essay in which you answer the question")
    assert thesis.kind is K.THESIS and thesis.text.startswith("Silence in the novel")
    assert intro.prose.startswith("Owen Tull hardly speaks")
    assert findings(essay, report)[-1] == (NO_CONCLUSION, None)


@pytest.mark.parametrize("preface", [
    "Here is a sample essay for the Frankenstein unit",
    "Prompt: Discuss how Shelley presents the creature's education.",
    "Essay question: How does Shelley use the frame narrative?",
    "Write an essay in which you explain how Shelley uses the frame narrative.",
    "In a well-organized essay, discuss the creature's education.",
    "Sample Essay",
    "Directions: Read the novel and answer one question in an essay.",
])
def test_each_preface_form_is_a_note_with_every_word(preface: str) -> None:
    intro = ("Frankenstein opens with letters from the ice. Walton wants glory. "
             "Shelley shows that ambition without care destroys the people around it.")
    essay, _ = parse_text_with_report(f"{preface}\n\n{intro}\n")
    assert [n.kind for n in essay.outline] == [K.INTRO]
    assert [(c.kind, c.text) for c in essay.outline[0].children] == [
        (K.NOTE, preface),
        (K.THESIS, "Shelley shows that ambition without care destroys the people around it.")]


def test_a_preface_line_with_the_essay_right_below_it_splits_off() -> None:
    intro = ("Frankenstein opens with letters from the ice. Walton wants glory. "
             "Shelley shows that ambition without care destroys the people around it.")
    essay, _ = parse_text_with_report(f"Here is a sample essay for the unit.\n{intro}\n")
    assert essay.outline[0].prose == intro
    assert essay.outline[0].children[0].text == "Here is a sample essay for the unit."


def test_a_handout_goes_on_while_it_instructs() -> None:
    text = ("PROMPT: Write a short essay on one poem.\nFor example:\n"
            "The introduction should state the author and the title of the poem you chose, "
            "and a short summary of what happens in it.\n\n"
            "Frost's speaker stops by the woods on the darkest evening of the year. He "
            "watches the snow fall. Frost shows that duty pulls harder than rest.\n")
    essay, _ = parse_text_with_report(text)
    intro = essay.outline[0]
    assert intro.prose.startswith("Frost's speaker stops")
    assert [c.text for c in intro.children if c.kind is K.NOTE] == [
        "PROMPT: Write a short essay on one poem.", "For example:",
        "The introduction should state the author and the title of the poem you chose, "
        "and a short summary of what happens in it."]


def test_an_introduction_that_only_mentions_an_essay_is_not_a_preface() -> None:
    intro = ("In this essay I will show that Walton is Victor's double. Both men want "
             "glory. Shelley shows that ambition without care destroys the people around it.")
    essay, report = parse_text_with_report(f"{intro}\n")
    assert essay.outline[0].prose == intro
    assert PREFACE not in [m for m, _ in findings(essay, report)]


def test_a_preface_after_the_essay_began_is_just_prose() -> None:
    para = "A paragraph of prose that keeps going for long enough to count as one. " * 2
    text = f"{para}\n\nPrompt: discuss the ending of the novel in a short paragraph or two.\n"
    essay, _ = parse_text_with_report(text)
    assert all(n.kind is not K.NOTE for n in essay.outline[0].children)


def test_a_draft_that_is_only_a_prompt_keeps_it_in_a_paragraph() -> None:
    essay, _ = parse_text_with_report("Prompt: Discuss the ending of Frankenstein.\n")
    assert [(n.kind, [c.text for c in n.children]) for n in essay.outline] == [
        (K.BODY, ["Prompt: Discuss the ending of Frankenstein."])]
    assert tree_errors(essay.outline) == []
