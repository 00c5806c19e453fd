"""Hard-wrapped drafts import the way their writer typed them (issue 10).

Drafts pasted from email, a terminal editor or a PDF arrive folded at about
72 columns; ``importers.unwrap`` joins the lines that only continue the one
before. The property over generated drafts is in test_unwrap_property.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from outliner.core.essay import Essay
from outliner.core.rules import tree_errors
from outliner.io.importers.lines import classify_lines
from outliner.io.importers.text import parse_text, parse_text_with_report, read_text_file
from outliner.io.importers.unwrap import estimate_width, unwrap_lines, wrap_width
from tests.conftest import FIXTURES
from tests.support.wrapping import fold_s, wrap_lines

DRAFTS = FIXTURES / "drafts"

Row = tuple[int, str, str, str]


def rows(essay: Essay) -> list[Row]:
    assert tree_errors(essay.outline) == []
    return [(n.depth(), n.kind.value, n.text, n.cite) for n in essay.walk()]


def shape(essay: Essay) -> tuple[object, ...]:
    meta = essay.meta
    return ([(n.depth(), n.kind.value, n.text, n.cite, n.prose) for n in essay.walk()],
            (meta.title, meta.author, meta.instructor, meta.course, meta.date),
            [s.text for s in essay.sources])


def joined_lines(text: str) -> list[str]:
    """The lines of ``text`` as typed, wrapped lines joined (blank ones left out)."""
    lines, _ = unwrap_lines(classify_lines(text, markdown=False), markdown=False)
    return [line.content for line in lines if line.content]


def unwrapped(text: str) -> str:
    lines, _ = unwrap_lines(classify_lines(text, markdown=False), markdown=False)
    return "\n".join(line.raw for line in lines)


def test_the_issue_example_is_an_introduction_with_its_thesis_and_a_body() -> None:
    text = ("Intro one. Intro two\nis wrapped. My thesis is here.\n\n"
            "Body one starts here and it\nwraps over lines. It has more.\n")
    essay, report = parse_text_with_report(text)
    assert essay.meta.title == ""
    assert rows(essay) == [
        (0, "intro", "Intro one.", ""), (1, "thesis", "My thesis is here.", ""),
        (0, "body", "Body one starts here and it wraps over lines.", "")]
    assert essay.outline[0].prose == "Intro one. Intro two is wrapped. My thesis is here."
    assert essay.outline[1].prose == "Body one starts here and it wraps over lines. It has more."
    assert report.findings[0].message == "2 wrapped lines joined"


@pytest.mark.parametrize("width", [60, 72, 80])
def test_the_users_draft_folded_imports_as_typed(user_draft: Path, width: int) -> None:
    text = user_draft.read_text(encoding="utf-8")
    folded = fold_s(text, width)  # exactly `fold -s -w WIDTH`
    assert folded != text
    essay, report = parse_text_with_report(folded)
    assert shape(essay) == shape(read_text_file(user_draft))
    assert len(essay) == 12
    assert report.findings[0].message.endswith("wrapped lines joined")


@pytest.mark.parametrize("width", range(60, 81))
def test_the_users_draft_wrapped_by_a_mail_client_imports_as_typed(
    user_draft: Path, width: int
) -> None:
    """textwrap at every width from 60 to 80, bullets wrapped under their
    mark and under their text ("... and" / "2) the nonexistent deferral)")."""
    text = user_draft.read_text(encoding="utf-8")
    typed = shape(read_text_file(user_draft))
    for hanging in (False, True):
        assert shape(parse_text(wrap_lines(text, width, hanging=hanging))) == typed


def test_a_quotation_wrapped_with_its_page_is_a_quote_node() -> None:
    essay = parse_text(
        "Body paragraph 1: the lighthouse\n"
        "Quote:\n"
        "“it was as if it were stroking with its silver fingers some sealed\n"
        "vessel in her brain” (237)\n"
        "- the beam measures the evening and comes back again and again as if\n"
        "  it were keeping time\n")
    assert rows(essay) == [
        (0, "body", "the lighthouse", ""),
        (1, "quote", "it was as if it were stroking with its silver fingers some sealed "
                     "vessel in her brain", "237"),
        (1, "note", "the beam measures the evening and comes back again and again as if it "
                    "were keeping time", "")]


def test_a_page_carried_to_the_next_line_stays_with_its_quotation() -> None:
    """A wrap can leave "(237) and" at a line's start, where it reads as a list mark."""
    essay = parse_text(
        "Body 1: the beam\nQuote:\n“it was as if it were stroking with its silver fingers”\n"
        "(237) “some sealed vessel in her brain” (238)\n")
    assert [(r[1], r[3]) for r in rows(essay)[1:]] == [("quote", "237"), ("quote", "238")]


def test_a_quotation_on_its_own_lines_under_a_bullet_stays_a_quote() -> None:
    essay = parse_text(
        "Body 1: the cottage\n- he learns words from Safie's lessons\n"
        "    “I ought to be thy Adam, but I am rather the fallen\n"
        "    angel” (97)\n")
    assert rows(essay)[1:] == [
        (1, "note", "he learns words from Safie's lessons", ""),
        (2, "quote", "I ought to be thy Adam, but I am rather the fallen angel", "97")]


def test_short_deliberate_lines_stay_apart_in_a_wrapped_draft() -> None:
    """An MLA heading, a title and a list of one-line notes are lines as typed,
    even where the rest of the draft is folded."""
    essay = read_text_file(DRAFTS / "email-wrapped.txt")
    meta = essay.meta
    assert (meta.author, meta.instructor, meta.course, meta.date, meta.title) == (
        "Priya Natarajan", "Mr. Okonkwo", "English 11 Honors", "9 November 2025",
        "The Lighthouse and the Clock")
    outline = read_text_file(DRAFTS / "outline-wrapped.txt")
    notes = [r for r in rows(outline) if r[2].startswith("the ") and len(r[2]) < 15]
    assert notes == [(1, "note", "the house", ""), (1, "note", "the war", ""),
                     (1, "note", "the brackets", "")]


def test_an_email_wrapped_essay_reads_as_its_paragraphs() -> None:
    essay, report = parse_text_with_report(
        (DRAFTS / "email-wrapped.txt").read_text(encoding="utf-8"))
    assert [n.kind.value for n in essay.outline] == ["intro", "body", "body", "conclusion"]
    intro, first, second, conclusion = essay.outline
    assert intro.text == ("Virginia Woolf's To the Lighthouse spends a whole novel waiting "
                          "for a trip across a bay.")
    assert [(c.kind.value, c.text) for c in intro.children] == [
        ("thesis", "Woolf uses this uneven sense of time to show that what people remember "
                   "matters more than what the clock records.")]
    assert [(c.kind.value, c.text, c.cite) for c in first.children] == [
        ("quote", "it was as if it were stroking with its silver fingers some sealed vessel "
                  "in her brain", "237")]
    assert "\n" not in second.prose and second.prose.endswith("who live by it.")
    assert conclusion.text.startswith("In the end, Lily Briscoe")
    assert [s.text for s in essay.sources] == [
        "Woolf, Virginia. To the Lighthouse. 1927. Harcourt Brace Jovanovich, 1981.",
        "Briggs, Julia. Virginia Woolf: An Inner Life. Harcourt, 2005."]
    assert report.findings[0].message == "17 wrapped lines joined"


def test_an_outline_wrapped_with_hanging_indents() -> None:
    essay = read_text_file(DRAFTS / "outline-wrapped.txt")
    assert rows(essay) == [
        (0, "intro", "Woolf's novel waits ten years for a trip across a bay", ""),
        (1, "thesis", "Woolf uses the uneven pace of the novel to show that what people "
                      "remember matters more than what the clock records.", ""),
        (0, "body", "Mrs. Ramsay's evening", ""),
        (1, "quote", "it was as if it were stroking with its silver fingers some sealed "
                     "vessel in her brain", "237"),
        (1, "note", "the narration slows down to follow every thought she has while she "
                    "knits, so that one evening fills a hundred pages", ""),
        (1, "note", "the dinner party is the high point of the section", ""),
        (2, "note", "Lily notices the salt cellar and moves it to remember her idea for the "
                    "painting", ""),
        (1, "note", "the beam of the lighthouse comes back again and again as a measure of "
                    "time", ""),
        (0, "body", "\"Time Passes\"", ""),
        (1, "note", "the house", ""), (1, "note", "the war", ""),
        (1, "note", "the brackets", ""),
        (1, "note", "deaths are announced in square brackets, as if the narrator were "
                    "embarrassed to mention them at all", ""),
        (1, "note", "Mrs. McNab's cleaning gets more attention than the family does", ""),
        (0, "conclusion", "art keeps what time would take", ""),
        (1, "note", "Lily finishes the painting when she paints what she remembers rather "
                    "than what she sees in front of her", ""),
    ]


@pytest.mark.parametrize("width", [60, 66, 72, 78])
@pytest.mark.parametrize("hanging", [True, False])
def test_the_fixture_outline_rewrapped_imports_the_same(width: int, hanging: bool) -> None:
    text = (DRAFTS / "outline-wrapped.txt").read_text(encoding="utf-8")
    typed = parse_text(text)
    rewrapped = wrap_lines(unwrapped(text), width, hanging=hanging)
    assert shape(parse_text(rewrapped)) == shape(typed)


def test_paragraphs_that_indent_their_first_line_need_no_blank_line() -> None:
    text = ("\tThe first paragraph opens the essay and goes on for a while\n"
            "before it ends. It has a second sentence too.\n"
            "\tThe second paragraph starts with a tab like the first one\n"
            "and it wraps in the same way. It ends here.\n")
    assert joined_lines(text) == [
        "The first paragraph opens the essay and goes on for a while before it ends. It has "
        "a second sentence too.",
        "The second paragraph starts with a tab like the first one and it wraps in the same "
        "way. It ends here."]


def test_labels_headings_and_hyphenated_words_go_on_over_lines() -> None:
    text = ("2nd body paragraph: clones ask for the deferral but discover that\n"
            "it is just a rumor\n"
            "Thesis: Ishiguro shows that a well-\nknown hope can be a trap.\n")
    assert joined_lines(text) == [
        "2nd body paragraph: clones ask for the deferral but discover that it is just a rumor",
        "Thesis: Ishiguro shows that a well-known hope can be a trap."]


def test_a_line_never_joins_a_mark_a_label_or_a_blank_line() -> None:
    text = ("Body 1: the storm and what\n- lightning over the bay and\nThesis: the rest of\n\n"
            "the words\n")
    assert joined_lines(text) == [
        "Body 1: the storm and what", "- lightning over the bay and", "Thesis: the rest of",
        "the words"]


def test_flat_works_cited_entries_wrapped_after_a_full_stop() -> None:
    lines = ["Works Cited", "Woolf, Virginia. To the Lighthouse. 1927. Harcourt Brace",
             "Jovanovich, 1981.", "Briggs, Julia. Virginia Woolf: An Inner Life. Harcourt,",
             "2005.", "Lee, Hermione. Virginia Woolf. Chatto and Windus, 1996."]
    essay = parse_text("Intro: x\n\n" + "\n".join(lines) + "\n")
    assert [s.text for s in essay.sources] == [
        "Woolf, Virginia. To the Lighthouse. 1927. Harcourt Brace Jovanovich, 1981.",
        "Briggs, Julia. Virginia Woolf: An Inner Life. Harcourt, 2005.",
        "Lee, Hermione. Virginia Woolf. Chatto and Windus, 1996."]


def test_one_wrapped_line_is_reported_in_the_singular() -> None:
    _, report = parse_text_with_report("Intro\n- he hopes they will accept\n  his face\n")
    assert report.findings[0].message == "1 wrapped line joined"
    _, report = parse_text_with_report("Intro\n- he hopes\n- they accept\n")
    assert not any("wrapped" in f.message for f in report.findings)


def test_markdown_paragraphs_and_list_items_are_unwrapped_too() -> None:
    essay = parse_text(
        "## Body 1: the lighthouse\n\n"
        "- the beam measures the evening and comes back again and again as\n"
        "  if it were keeping time\n\n"
        "Mrs. Ramsay looks out at the beam and feels it stroking some sealed vessel.\n"
        "14. It is the fourteenth time she has looked.\n", markdown=True)
    assert rows(essay)[1][2] == (
        "the beam measures the evening and comes back again and again as if it were "
        "keeping time")
    assert essay.outline[1].prose.endswith("sealed vessel. 14. It is the fourteenth time "
                                           "she has looked.")


def test_a_word_drafts_lines_are_never_joined() -> None:
    """Word drafts reach the importer one line per Word paragraph."""
    text = "Intro: the storm and what\nit leaves behind on the beach\n"
    assert rows(parse_text(text, markdown=True))[0][2] == (
        "the storm and what it leaves behind on the beach")
    essay = parse_text(text, markdown=True, unwrap_lines=False)
    assert rows(essay) == [(0, "intro", "the storm and what", ""),
                           (1, "note", "it leaves behind on the beach", "")]


def test_the_wrap_width_is_read_from_the_lines() -> None:
    text = (DRAFTS / "email-wrapped.txt").read_text(encoding="utf-8")
    width = wrap_width(classify_lines(text, markdown=False))
    assert (width.chars, width.bytes) == (72, 72)
    # Unwrapped drafts and lists of notes show no width.
    for unwrapped in ["resources/sample-essay.txt", "tests/fixtures/drafts/tab-indented.txt"]:
        path = Path(__file__).resolve().parents[3] / unwrapped
        found = wrap_width(classify_lines(path.read_text(encoding="utf-8"), markdown=False))
        assert (found.chars, found.bytes) == (None, None), unwrapped


def test_estimate_width_is_robust_to_short_lines_and_one_long_word() -> None:
    wrapped = ["x" * n for n in (70, 68, 71, 66, 72, 69)]
    short = ["Priya Natarajan", "Mr. Okonkwo", "a note"]
    address = ["https://example.org/" + "a" * 90]  # no space to break it at
    assert estimate_width(wrapped + short, address) == 72
    assert estimate_width(["a note", "another note", "and one more"], []) is None
    # One paragraph that passes the width where it could have broken: not wrapped.
    assert estimate_width(wrapped, ["word " * 30]) is None
