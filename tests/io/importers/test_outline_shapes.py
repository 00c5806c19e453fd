"""Outlines as writers type them: Roman numerals, letters, numbers and
bullets, indented or not (or badly), with "Thesis:" lines and headings.
Each fixture in tests/fixtures/drafts/outlines reproduces a shape a user's
real outline had; the expectations say which parts the writer meant."""

from __future__ import annotations

from pathlib import Path

import pytest

from outliner.core.essay import Essay
from outliner.io.importers.lines import ImportReport
from outliner.io.importers.text import parse_text_with_report, read_text_file_with_report
from tests.conftest import FIXTURES
from tests.io.importers.test_import_shapes import rows

OUTLINES = FIXTURES / "drafts" / "outlines"

Shape = list[tuple[int, str, str]]


def shape(essay: Essay) -> Shape:
    """(depth, kind, first words) of every node in document order."""
    return [(depth, kind, " ".join(text.split()[:3])) for depth, kind, text, _ in rows(essay)]


def read(name: str) -> tuple[Essay, ImportReport]:
    return read_text_file_with_report(OUTLINES / name)


def findings(report: ImportReport) -> list[str]:
    return [finding.message for finding in report.findings]


ROMAN_THESIS: Shape = [
    (0, "intro", ""), (1, "thesis", "Gatsby's fortune is"),
    (0, "body", "He fulfilled the"),
    (1, "note", "By illegal means,"), (1, "note", "By making friends"),
    (2, "note", "Wolfsheim fixed the"), (3, "note", "Nick is shocked"),
    (0, "body", "He built a"),
    (1, "note", "The parties are"), (1, "note", "The green light"),
    (0, "body", "He lost what"),
    (1, "note", "Daisy chooses Tom"), (1, "note", "Nobody comes to"),
]


def test_roman_outline_with_its_thesis_at_one() -> None:
    essay, report = read("roman-thesis.txt")
    assert shape(essay) == ROMAN_THESIS
    assert findings(report) == ["thesis placed in an introduction",
                                "II.–IV. read as body paragraphs", "no conclusion found"]
    thesis = essay.thesis()
    assert thesis is not None and thesis.text.startswith("Gatsby's fortune")
    assert report.findings[0].node_id == thesis.id


def test_roman_outline_without_indentation_ranks_its_marks() -> None:
    """I. > A. > 1. > a. > (1) > (a), as in a standard outline."""
    essay, _ = read("roman-thesis-flat.txt")
    assert shape(essay) == [
        *ROMAN_THESIS, (1, "note", "The parties leave"), (2, "note", "Strangers drink his"),
        (3, "note", "Owl Eyes is"), (4, "note", "He arrives late,"),
        (5, "note", "He says \"the"), (4, "note", "He knew the"),
        (2, "note", "The house goes"),
    ]


def test_tab_indented_outline_with_a_line_indented_by_spaces() -> None:
    essay, _ = read("roman-tabs.txt")
    assert shape(essay) == [
        (0, "intro", ""), (1, "note", "A hook about"), (1, "thesis", "Greed ends the"),
        (0, "body", "Wealth"), (1, "note", "The parties"), (2, "note", "strangers in the"),
        (2, "note", "an orchestra every"), (3, "note", "jazz from the"),
        (1, "note", "The shirts"), (1, "note", "The yellow car"),
        (0, "conclusion", ""), (1, "note", "the green light"),
    ]


def test_indentation_that_disagrees_with_the_marks() -> None:
    """"B." after "A." is its sibling however far in it was typed."""
    essay, _ = read("roman-disagree.txt")
    assert shape(essay) == [
        (0, "intro", "a question about"), (1, "thesis", "Money ruins every"),
        (0, "body", "Nick and Gatsby"), (1, "note", "they meet at"),
        (2, "note", "Gatsby smiles at"), (1, "note", "Nick arranges the"),
        (1, "note", "Nick turns thirty"), (2, "note", "he forgets his"),
        (1, "note", "Nick leaves New"), (0, "conclusion", ""),
    ]


def test_sentence_outline() -> None:
    """The sentence at I. is the thesis; the one opening "In conclusion" ends it."""
    essay, report = read("sentence-outline.txt")
    assert shape(essay) == [
        (0, "intro", ""), (1, "thesis", "Although many people"),
        (0, "body", "Clothing is one"), (1, "note", "Younger students pick"),
        (1, "note", "Older students use"), (2, "note", "A band shirt"),
        (3, "note", "Friendships start from"), (4, "note", "One survey asked"),
        (5, "note", "Most named a"),
        (0, "body", "Uniforms do not"), (1, "note", "Families still notice"),
        (0, "conclusion", "In conclusion, schools"),
    ]
    assert "the sentence at I. read as the thesis" in findings(report)


def test_template_outline_keeps_a_bare_thesis_label_empty() -> None:
    """"C. Thesis Statement" with nothing after it: the thesis is still to be
    written; "II." does not become its text."""
    essay, _ = read("template-outline.txt")
    assert essay.meta.title == "The Lottery as a Warning"
    assert shape(essay) == [
        (0, "intro", ""), (1, "note", "A village that"), (1, "note", "The reader does"),
        (1, "thesis", ""), (0, "body", "Tradition"), (1, "note", "Nobody remembers why"),
        (1, "note", "Old Man Warner"), (0, "body", "Fear of change"),
        (1, "note", "Other towns have"), (1, "note", "The Hutchinsons turn"),
        (0, "conclusion", ""), (1, "note", "Jackson asks what"),
    ]


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_numbered_items_after_the_thesis_are_body_paragraphs(
        suffix: str, tmp_path: Path) -> None:
    path = tmp_path / ("draft" + suffix)
    path.write_text((OUTLINES / "thesis-then-numbered.txt").read_text(encoding="utf-8"),
                    encoding="utf-8")
    essay, report = read_text_file_with_report(path)
    assert shape(essay) == [
        (0, "thesis", "In Of Mice"),
        (0, "body", "Crooks"), (1, "note", "he lives alone"), (1, "note", "he mocks Lennie"),
        (0, "body", "Curley's wife"), (1, "note", "nobody in the"),
        (1, "note", "she threatens Crooks"), (0, "body", "Candy"),
    ]
    assert findings(report) == ["the thesis comes before any introduction: kept at the top",
                                "the items after the thesis read as body paragraphs",
                                "no conclusion found"]


def test_bullets_labelled_body_1_name_their_paragraphs() -> None:
    essay, report = read("labelled-bullets.txt")
    assert rows(essay) == [
        (0, "thesis", "Public libraries matter more now than they did twenty years ago.", ""),
        (0, "intro", "libraries are changing what they lend", ""),
        (0, "body", "(access) — free internet for anyone who walks in", ""),
        (1, "note", "job applications are online only", ""),
        (1, "note", "homework needs a connection", ""),
        (0, "body", "(community) — rooms and classes that cost nothing", ""),
        (0, "conclusion", "cities should fund them like roads", ""),
    ]
    assert "Body 1" in report.labels and "Body 2" in report.labels


def test_sloppy_bullet_indentation() -> None:
    """A bullet one column off, or between two levels, goes with the nearer."""
    essay, _ = read("sloppy-bullets.txt")
    assert shape(essay) == [
        (0, "intro", ""), (1, "note", "a hook about"), (2, "note", "nobody looks up"),
        (2, "note", "even the parents"), (1, "note", "a second hook"),
        (1, "thesis", "Phones isolate the"),
        (0, "body", ""), (1, "note", "families at dinner"), (1, "note", "friends at lunch"),
        (2, "note", "each on a"),
    ]


def test_markdown_thesis_line_between_bullets_keeps_its_place() -> None:
    essay, _ = read("markdown-thesis.md")
    assert shape(essay) == [
        (0, "intro", ""), (1, "note", "a hook about"), (1, "thesis", "Uniforms take away"),
        (1, "note", "more background on"), (1, "note", "the vote in"),
        (0, "body", ""), (1, "note", "colours and moods"), (2, "note", "younger students"),
    ]


def test_markdown_subheadings_are_notes_of_their_paragraph() -> None:
    essay, _ = read("markdown-subheadings.md")
    assert essay.meta.title == "Uniforms and Identity"
    assert shape(essay) == [
        (0, "intro", ""), (1, "note", "Hook"), (2, "note", "A first day"),
        (1, "thesis", "Uniforms take away"),
        (0, "body", "Choice"), (1, "note", "Topic Sentence"), (2, "note", "Clothing is a"),
        (1, "note", "colours show moods"), (2, "note", "younger students"),
        (1, "note", "style joins a"),
        (0, "conclusion", ""), (1, "note", "schools should teach"),
    ]


def test_thesis_line_then_roman_numerals_are_all_bodies() -> None:
    """A formal outline: "Thesis:" on top, then I., II., III. as the body."""
    essay, report = read("thesis-then-roman.txt")
    assert essay.meta.title == "Outline"
    assert shape(essay) == [
        (0, "thesis", "Community gardens make"),
        (0, "body", "Gardens give people"), (1, "note", "Vegetables cost less"),
        (1, "note", "Children learn where"), (2, "note", "school visits"),
        (2, "note", "summer programs"),
        (0, "body", "Gardens bring neighbours"), (1, "note", "shared tools"),
        (0, "body", "Gardens make cities"),
    ]
    assert "I.–III. read as body paragraphs" in findings(report)


def test_one_numeral_then_letters_is_a_roman_outline() -> None:
    """"I." then "A.": the numeral one, not the letter after "H."."""
    essay, _ = read("one-numeral.txt")
    assert shape(essay) == [
        (0, "intro", ""), (1, "thesis", "Put the main"),
        (1, "note", "Keep items at"), (1, "note", "Use full sentences."),
        (2, "note", "Number in the"), (2, "note", "Give each level"),
        (3, "note", "Use few major"), (3, "note", "Group long lists."),
    ]


def test_one_bullet_mark_at_several_levels_nests_by_indentation() -> None:
    essay, _ = read("reused-bullets.txt")
    assert shape(essay) == [
        (0, "intro", ""), (1, "note", "phones at dinner"), (2, "note", "nobody talks"),
        (3, "note", "not even the"), (2, "note", "screens glow under"),
        (1, "thesis", "Phones isolate families"),
        (0, "body", ""), (1, "note", "meals"), (2, "note", "a survey of"),
        (1, "note", "Analysis:"), (2, "note", "the habit starts"),
    ]


def test_mixed_marks_without_indentation() -> None:
    """"1." items hold "-" bullets, "a)" nests under the bullet above it, and
    "3)" continues "1." and "2." (one family of marks)."""
    essay, _ = read("mixed-marks.txt")
    assert shape(essay) == [
        (0, "thesis", "Technology isolates the"),
        (0, "body", "Phones at dinner"), (1, "note", "families stop talking"),
        (1, "note", "children copy their"),
        (0, "body", "Social media"), (1, "note", "likes stand in"),
        (2, "note", "envy of other"), (2, "note", "loneliness after scrolling"),
        (0, "body", "Remote work"),
    ]


def test_a_quotation_item_after_the_thesis_stays_a_quotation() -> None:
    essay, _ = parse_text_with_report(
        "Thesis: Shelley blames the maker more than the made.\n"
        "- “I ought to be thy Adam” (97)\n- the creature asks for a companion\n")
    assert rows(essay) == [
        (0, "thesis", "Shelley blames the maker more than the made.", ""),
        (0, "body", "", ""), (1, "quote", "I ought to be thy Adam", "97"),
        (0, "body", "the creature asks for a companion", ""),
    ]


def test_a_thesis_line_then_a_bare_introduction_heading_goes_inside_it() -> None:
    essay, _ = parse_text_with_report("Thesis: Phones isolate us.\nIntroduction\n- a hook\n")
    assert rows(essay) == [(0, "intro", "", ""), (1, "thesis", "Phones isolate us.", ""),
                           (1, "note", "a hook", "")]
    # With words of its own, the heading's line would come before the thesis: it stays put.
    essay, _ = parse_text_with_report("Thesis: Phones isolate us.\nIntro: a hook\n")
    assert rows(essay) == [(0, "thesis", "Phones isolate us.", ""), (0, "intro", "a hook", "")]
