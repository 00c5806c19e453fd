"""Draft shapes other people write: each fixture imports to an exact tree."""

from __future__ import annotations

import pytest

from outliner.core.essay import Essay
from outliner.core.rules import tree_errors
from outliner.io.importers.text import parse_text, parse_text_with_report, read_text_file
from tests.conftest import FIXTURES

DRAFTS = FIXTURES / "drafts"

Row = tuple[int, str, str, str]


def rows(essay: Essay) -> list[Row]:
    """(depth, kind, text, cite) of every node in document order."""
    assert tree_errors(essay.outline) == []
    return [(n.depth(), n.kind.value, n.text, n.cite) for n in essay.walk()]


def read(name: str) -> Essay:
    return read_text_file(DRAFTS / name)


def test_roman_numeral_outline() -> None:
    essay = read("roman-outline.txt")
    assert essay.meta.title == "Pride and Misjudgment"
    assert rows(essay) == [
        (0, "intro", "first impressions at the Meryton assembly", ""),
        (1, "thesis", "Austen shows that Elizabeth's pride in her own judgment blinds her as "
                      "much as Darcy's pride in his rank blinds him.", ""),
        (0, "body", "Darcy's first proposal", ""),
        (1, "note", "He insults her family while asking for her hand", ""),
        (2, "quote", "In vain have I struggled. It will not do.", "185"),
        (2, "note", "he expects to be accepted", ""),
        (1, "note", "Elizabeth answers with every rumour she has believed", ""),
        (0, "body", "The letter", ""),
        (1, "note", "Elizabeth rereads the letter and changes her mind", ""),
        (2, "quote", "Till this moment I never knew myself.", "202"),
        (0, "conclusion", "", ""),
        (1, "note", "both characters have to unlearn their first impressions", ""),
    ]


def test_markdown_headings_blockquotes_emphasis_and_sources() -> None:
    essay = read("markdown-pride.md")
    assert essay.meta.title == "Reading Pride and Prejudice Closely"
    got = rows(essay)
    assert got[0] == (0, "intro", "Jane Austen opens *Pride and Prejudice* with a sentence "
                      "that sounds like a rule of the world and turns out to be a joke about "
                      "it.", "")
    assert got[1:] == [
        (1, "thesis", "Austen uses irony to show that the people who are surest of their "
                      "judgment are the ones most in need of changing it.", ""),
        (0, "body", "Mrs. Bennet's certainty", ""),
        (1, "quote", "It is a truth universally acknowledged, that a single man in possession "
                     "of a good fortune, must be in want of a wife.", "1"),
        (1, "note", "Mrs. Bennet takes the joke *literally*", ""),
        (1, "note", "her plans for her daughters are **all** about marriage", ""),
        (2, "note", "Jane and Bingley", ""),
        (2, "note", "Lydia later proves the danger", ""),
        (0, "section", "Historical context", ""),
        (1, "note", "entails kept estates in the male line", ""),
        (1, "note", "the Bennet girls cannot inherit Longbourn", ""),
        (0, "conclusion", "To conclude, the irony of the first line runs through the whole "
                          "novel.", ""),
    ]
    intro = essay.outline[0]
    assert "opens *Pride and Prejudice* with" in intro.prose
    # Emphasis is the model's inline markup everywhere, the Works Cited too.
    assert [s.text for s in essay.sources] == [
        "Austen, Jane. *Pride and Prejudice*. 1813. Oxford UP, 2008."]


def test_numbered_notes_and_labels() -> None:
    essay = read("numbered-notes.txt")
    assert essay.meta.title == "Jekyll's Divided Self"
    assert rows(essay) == [
        (0, "intro", "Stevenson's London has two faces, like its doctor", ""),
        (1, "thesis", "In Strange Case of Dr Jekyll and Mr Hyde, Stevenson suggests that "
                      "respectability hides violence rather than curing it.", ""),
        (0, "body", "the door in the street", ""),
        (1, "note", "Enfield's story of the trampled girl", ""),
        (1, "note", "the door has no bell and no knocker", ""),
        (2, "note", "the house turns its back on the street", ""),
        (2, "note", "Jekyll's respectable front faces the square", ""),
        (1, "note", "Utterson cannot stop thinking about it", ""),
        (1, "note", "\"If he be Mr. Hyde,\" he had thought, \"I shall be Mr. Seek.\" (15)", ""),
        (2, "quote", "If he be Mr. Hyde", ""),
        (2, "quote", "I shall be Mr. Seek.", "15"),
        (0, "body", "Jekyll's full statement", ""),
        (1, "note", "he admits he enjoyed being Hyde", ""),
        (1, "quote", "man is not truly one, but truly two", "56"),
        (0, "conclusion", "the self Jekyll hides finally replaces the one he shows", ""),
    ]


def test_tab_indented_notes_nest_and_wrapped_lines_join() -> None:
    assert rows(read("tab-indented.txt")) == [
        (0, "body", "the creature in the cottage", ""),
        (1, "note", "he watches the De Lacey family", ""),
        (2, "note", "Felix and Agatha share their food", ""),
        (3, "note", "he stops stealing from them", ""),
        (2, "note", "he gathers firewood at night", ""),
        (1, "note", "he learns words from Safie's lessons", ""),
        (2, "quote", "I ought to be thy Adam, but I am rather the fallen angel", "97"),
        (1, "note", "he hopes they will accept his face if they hear his voice first", ""),
    ]


def test_hard_wrapped_prose_mla_heading_conclusion_and_works_cited() -> None:
    essay = read("hard-wrapped.txt")
    meta = essay.meta
    assert (meta.author, meta.instructor, meta.course, meta.date, meta.title) == (
        "Jordan Lee", "Mr. Alvarez", "English 10", "14 October 2024", "The Monster Is Made")
    assert [(n.depth(), n.kind.value) for n in essay.walk()] == [
        (0, "intro"), (1, "thesis"), (0, "body"), (0, "body"), (1, "quote"), (0, "conclusion")]
    intro, body1, body2, conclusion = essay.outline
    assert intro.prose.startswith("Mary Shelley's Frankenstein is usually remembered")
    assert "\n" not in intro.prose and "Victor's story is told by himself" in intro.prose
    assert intro.children[0].text == (
        "Shelley uses this first-person frame to show how a creator can refuse "
        "responsibility for what he has made.")
    # "destiny was too potent" is followed by words, not by its citation: no quote node.
    assert body1.children == []
    assert (body2.children[0].text, body2.children[0].cite) == (
        "I was benevolent and good; misery made me a fiend", "103")
    assert conclusion.text.startswith("In conclusion, Shelley lets Victor narrate")
    assert [s.text for s in essay.sources] == [
        "Shelley, Mary. Frankenstein; or, The Modern Prometheus. 1818. Edited by Maurice "
        "Hindle, Penguin Classics, 2003.",
        "Smith, Ana. \"Listening to the Creature.\" Gothic Studies Review, vol. 12, no. 2, "
        "2019, pp. 33-47.",
    ]


def test_references_heading_and_intro_heading_with_a_short_line() -> None:
    essay = read("references.txt")
    assert rows(essay) == [
        (0, "intro", "The Great Gatsby is a story about wanting a past that never existed.", ""),
        (1, "thesis", "Fitzgerald uses the green light to show that Gatsby's dream is always "
                      "out of reach.", ""),
        (0, "body", "the light across the bay", ""),
        (1, "note", "Gatsby reaches toward it in the dark", ""),
        (1, "quote", "he stretched out his arms toward the dark water in a curious way",
         "Fitzgerald, 1925, p. 21"),
    ]
    assert [s.text for s in essay.sources] == [
        "Fitzgerald, F. S. (1925). The great Gatsby. Charles Scribner's Sons.",
        "Lehan, R. (1990). The Great Gatsby: The limits of wonder. Twayne.",
    ]


@pytest.mark.parametrize(
    ("heading", "kind", "text"),
    [
        ("2nd body paragraph: the tape", "body", "the tape"),
        ("Body paragraph 1: the tape", "body", "the tape"),
        ("Body 2 - the tape", "body", "the tape"),
        ("Paragraph 3: the tape", "body", "the tape"),
        ("Second body paragraph: the tape", "body", "the tape"),
        ("Intro", "intro", ""),
        ("Introduction: the tape", "intro", "the tape"),
        ("Conclusion:", "conclusion", ""),
        ("Conclusion - the tape", "conclusion", "the tape"),
        ("# Introduction", "intro", ""),
        ("## Body 1: the tape", "body", "the tape"),
        ("### Some other part", "section", "Some other part"),
        ("1. Introduction", "intro", ""),
    ],
)
def test_heading_forms(heading: str, kind: str, text: str) -> None:
    essay = parse_text(f"Title: T\n{heading}\n- a note\n")
    assert rows(essay) == [(0, kind, text, ""), (1, "note", "a note", "")]


def test_numbered_paragraph_outline_makes_bodies_of_the_other_numbers() -> None:
    essay = parse_text("1. Introduction\n2. The storm\n- lightning\n3. Conclusion\n")
    assert rows(essay) == [
        (0, "intro", "", ""), (0, "body", "The storm", ""), (1, "note", "lightning", ""),
        (0, "conclusion", "", "")]


@pytest.mark.parametrize("mark", ["-", "- ", "* ", "+ ", "• ", "–", "1. ", "1) ", "a) "])
def test_bullet_marks(mark: str) -> None:
    essay, report = parse_text_with_report(f"Body 1: x\n{mark}first\n{mark}second\n")
    assert rows(essay)[1:] == [(1, "note", "first", ""), (1, "note", "second", "")]
    assert report.labels[1:] == [mark.strip(), mark.strip()]


def test_quote_and_evidence_labels_and_bullets_that_are_only_quotations() -> None:
    essay = parse_text(
        "Body 1: the letter\n"
        "Evidence: “Till this moment I never knew myself” (202)\n"
        "- “She is tolerable” (12)\n"
        "- Darcy says “tolerable” (12) at the ball\n"
        "Quotes:\n"
        "“first” (1) and “second” (2)\n"
    )
    assert rows(essay) == [
        (0, "body", "the letter", ""),
        (1, "quote", "Till this moment I never knew myself", "202"),
        (1, "quote", "She is tolerable", "12"),
        (1, "note", "Darcy says “tolerable” (12) at the ball", ""),
        (2, "quote", "tolerable", "12"),
        (1, "quote", "first", "1"),
        (1, "quote", "second", "2"),
    ]


def test_blockquote_with_citation_after_it() -> None:
    essay = parse_text("## Body 1: the ice\n> You seek for knowledge and wisdom, as I once\n"
                        "> did. (Shelley 28)\n", markdown=True)
    assert rows(essay) == [(0, "body", "the ice", ""), (1, "quote",
                           "You seek for knowledge and wisdom, as I once did.", "Shelley 28")]


def test_one_paragraph_per_line_without_blank_lines() -> None:
    first = "Opening sentence of the essay about the novel and its world. " * 3
    second = "The first body paragraph makes its point with a good deal of care. " * 3
    last = "Ultimately, the novel shows that hope and loss live side by side here. " * 2
    essay = parse_text("\n".join([first, second, last]))
    assert [n.kind.value for n in essay.outline] == ["intro", "body", "conclusion"]
    assert [n.prose for n in essay.outline] == [first.strip(), second.strip(), last.strip()]


def test_the_last_of_three_written_paragraphs_is_the_conclusion() -> None:
    para = "A paragraph of prose that keeps going for long enough to count as one. " * 2
    essay = parse_text(f"{para}\n\n{para}\n\n{para}\n")
    assert [n.kind.value for n in essay.outline] == ["intro", "body", "conclusion"]


def test_a_last_paragraph_that_opens_like_a_body_stays_a_body() -> None:
    para = "A paragraph of prose that keeps going for long enough to count as one. " * 2
    essay = parse_text(f"{para}\n\n{para}\n\nAnother point: {para}\n")
    assert [n.kind.value for n in essay.outline] == ["intro", "body", "body"]


def test_explicit_thesis_wins_over_last_sentence() -> None:
    para = "The opening sets the scene for the reader. It ends on a question. "
    essay = parse_text(f"{para * 2}\nThesis: the real claim of the essay.\n")
    intro = essay.outline[0]
    assert [(c.kind.value, c.text) for c in intro.children] == [
        ("thesis", "the real claim of the essay.")]


def test_works_consulted_and_bibliography_entries_blank_line_separated() -> None:
    for heading in ("Works Consulted", "Bibliography", "# Works Cited", "References:"):
        essay = parse_text(f"Intro: x\n\n{heading}\n\nFirst, Ann. A Book\nTitle. 2001.\n\n"
                            "Second, Bo. Another. 2002.\n")
        assert [s.text for s in essay.sources] == [
            "First, Ann. A Book Title. 2001.", "Second, Bo. Another. 2002."], heading


def test_meta_labels_at_the_top_only() -> None:
    essay = parse_text("Name: Ada Park\nTeacher: Mr. Reyes\nClass: AP Lit\nDate: May 2, 2025\n"
                        "Title: A Room of One's Own\nIntro: the essay\n- Date: a note, not meta\n")
    meta = essay.meta
    assert (meta.author, meta.instructor, meta.course, meta.date, meta.title) == (
        "Ada Park", "Mr. Reyes", "AP Lit", "May 2, 2025", "A Room of One's Own")
    assert rows(essay)[1] == (1, "note", "Date: a note, not meta", "")


def test_text_before_any_paragraph_is_kept_in_a_paragraph() -> None:
    essay = parse_text("- a loose note\n- another\n")
    assert rows(essay) == [(0, "body", "", ""), (1, "note", "a loose note", ""),
                           (1, "note", "another", "")]


def test_thesis_label_outside_the_intro_goes_to_the_intro() -> None:
    essay = parse_text("Intro: the hook\nBody 1: a point\nThesis: the claim\n")
    assert rows(essay) == [(0, "intro", "the hook", ""), (1, "thesis", "the claim", ""),
                           (0, "body", "a point", "")]


def test_markdown_is_guessed_from_content() -> None:
    _, report = parse_text_with_report("# A Title\n\n## Intro\n- **bold** note\n")
    assert report.markdown
    _, report = parse_text_with_report("Intro\n- plain note with 2*3*4\n")
    assert not report.markdown


def test_fixture_files_lose_no_words() -> None:
    """The fixture drafts obey the rule above all too."""
    from tests.io.importers.test_import_properties import check_nothing_lost

    for path in sorted(p for p in DRAFTS.rglob("*") if p.is_file()):  # outlines/ too
        if path.name in {"empty.txt", "whitespace.txt", "binary.txt"}:
            continue
        data = path.read_bytes()
        text = (data.decode("utf-16") if path.name == "utf16.txt" else
                data.decode("cp1252") if path.name == "cp1252.txt" else
                data.decode("utf-8-sig"))
        check_nothing_lost(text, path.suffix == ".md" or None)



def test_topic_sentence_label_names_an_untitled_paragraph_only() -> None:
    essay, report = parse_text_with_report(
        "Body paragraph 2\nTopic sentence: the creature reads\nand learns\n"
        "Claim: a second claim stays a note\n")
    assert rows(essay) == [(0, "body", "the creature reads and learns", ""),
                           (1, "note", "Claim: a second claim stays a note", "")]
    assert report.labels == ["Body paragraph 2", "Topic sentence:"]


def test_a_short_line_ending_in_a_colon_holds_the_bullets_below_it() -> None:
    essay = parse_text("Body 1: the storm\nAnalysis:\n- lightning\n- thunder\nlater note\n")
    assert rows(essay) == [
        (0, "body", "the storm", ""), (1, "note", "Analysis:", ""),
        (2, "note", "lightning", ""), (2, "note", "thunder later note", "")]


def test_a_short_last_paragraph_amid_prose_is_still_a_paragraph() -> None:
    essay = parse_text(
        "Gatsby throws parties to be seen by one person. Nobody there knows him at all.\n\n"
        "The second paragraph is prose and quotes \"boats against the current\" (180). "
        "It argues something about time.\n\n"
        "Overall, money cannot buy back time, and Gatsby learns it too late.\n")
    assert [n.kind.value for n in essay.outline] == ["intro", "body", "conclusion"]
    assert essay.outline[2].prose == (
        "Overall, money cannot buy back time, and Gatsby learns it too late.")


def test_a_thesis_before_the_introduction_moves_into_it() -> None:
    essay = parse_text(
        "Thesis: Orwell shows that language is power.\n\n"
        "Nineteen Eighty-Four opens with clocks striking thirteen, and nothing after that "
        "is quite normal. The reader learns the rules of Oceania along with Winston.\n")
    assert rows(essay) == [
        (0, "intro", "Nineteen Eighty-Four opens with clocks striking thirteen, and nothing "
                     "after that is quite normal.", ""),
        (1, "thesis", "Orwell shows that language is power.", ""),
    ]


def test_an_indented_block_ending_in_a_citation_is_a_block_quotation() -> None:
    essay = parse_text(
        "Syme's plan is spelled out in the canteen. His words leave no doubt at all.\n\n"
        "    Don't you see that the whole aim of Newspeak is to narrow the\n"
        "\trange of thought? (52)\n\n"
        "    an indented line with no citation stays text\n")
    assert rows(essay)[2:] == [
        (1, "quote", "Don't you see that the whole aim of Newspeak is to narrow the range of "
                     "thought?", "52"),
        (1, "note", "an indented line with no citation stays text", ""),
    ]


def test_a_heading_followed_by_a_written_paragraph_on_the_same_line() -> None:
    essay = parse_text(
        "Intro: Frankenstein begins at the North Pole. Walton writes to his sister about "
        "his hopes. Shelley frames the whole novel as a warning about ambition.\n"
        "Name: a note that only looks like a header line because it starts with a label "
        "word and then goes on far too long to be anybody's name\n")
    intro = essay.outline[0]
    assert (intro.kind.value, intro.text) == ("intro", "Frankenstein begins at the North Pole.")
    assert intro.prose.endswith("a warning about ambition.")
    assert [c.kind.value for c in intro.children] == ["thesis"]
    assert essay.meta.author == ""  # too long for a name: it is a paragraph of its own
    assert essay.outline[1].prose.startswith("Name: a note")


def test_works_cited_ends_at_the_next_heading_or_label() -> None:
    essay = parse_text("Works Cited\nAusten, Jane. Emma. 1815.\nThesis: a late thesis\n"
                        "Conclusion: the end\n")
    assert [s.text for s in essay.sources] == ["Austen, Jane. Emma. 1815."]
    assert rows(essay) == [(0, "thesis", "a late thesis", ""), (0, "conclusion", "the end", "")]
