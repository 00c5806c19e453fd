"""Citations in the manuscript, restyled from the sources' fields (compose/restyle)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from outliner.compose.manuscript import Manuscript, build_manuscript
from outliner.compose.restyle import CiteParts, parse_citation
from outliner.core.essay import CitationStyle, Essay, Meta, Node, NodeKind
from outliner.core.sources import Name, Source, SourceType

K = NodeKind
MLA, APA, CHICAGO = CitationStyle.MLA, CitationStyle.APA, CitationStyle.CHICAGO

ISHIGURO = Source(type=SourceType.BOOK, authors=(Name("Ishiguro", "Kazuo"),),
                  title="Never Let Me Go", publisher="Vintage International",
                  place="New York", date="2006")
SHELLEY = Source(type=SourceType.BOOK, authors=(Name("Shelley", "Mary"),),
                 title="Frankenstein", publisher="Penguin Classics", place="London",
                 date="2003")

BODY = ("Kathy describes the Sales as “important to [them] because that was how [they] "
        "got hold of things from outside” (41). She feels the loss (p. 74). Ishiguro has "
        "her admit that “it had meant a lot” (Ishiguro 75).")


def essay_with(prose: str, *sources: Source, cite_node_source: str = "") -> Essay:
    return Essay(Meta(title="T"), list(sources),
                 [Node(K.BODY, "Claim", prose=prose, source=cite_node_source)])


def text_of(manuscript: Manuscript) -> str:
    return " ".join(line.text for p in manuscript.paragraphs for line in p.lines)


@pytest.mark.parametrize("typed, parts", [
    ("41", CiteParts("", "", "41")),
    ("p. 258", CiteParts("", "", "p. 258")),
    ("Ishiguro 41", CiteParts("Ishiguro", "", "41")),
    ("Ishiguro, 2006, p. 41", CiteParts("Ishiguro", "2006", "p. 41")),
    ("Smith and Jones 12", CiteParts("Smith and Jones", "", "12")),
    ("Shelley", CiteParts("Shelley", "", "")),
    ("Act 2, Scene 1", CiteParts("", "", "Act 2, Scene 1")),
    ("258-59", CiteParts("", "", "258-59")),
])
def test_a_typed_citation_is_read_as_its_parts(typed: str, parts: CiteParts) -> None:
    assert parse_citation(typed) == parts


@pytest.mark.parametrize("typed", ["qtd. in Smith 4", "just like Kathy having the tape", ""])
def test_anything_more_than_name_year_locator_is_not_read(typed: str) -> None:
    assert parse_citation(typed) is None


def test_mla_names_the_author_unless_the_sentence_does() -> None:
    text = text_of(build_manuscript(essay_with(BODY, ISHIGURO), MLA))
    assert "outside” (Ishiguro 41)." in text
    assert "the loss (Ishiguro 74)." in text
    assert "“it had meant a lot” (75)." in text  # "Ishiguro has her admit"


def test_apa_gives_author_year_and_page() -> None:
    text = text_of(build_manuscript(essay_with(BODY, ISHIGURO), APA))
    assert "outside” (Ishiguro, 2006, p. 41)." in text
    assert "the loss (Ishiguro, 2006, p. 74)." in text
    assert "(Ishiguro, 2006, p. 75)." in text
    assert "(41)" not in text and "(p. 74)" not in text


def test_chicago_puts_footnotes_in_place_of_the_parentheticals() -> None:
    manuscript = build_manuscript(essay_with(BODY, ISHIGURO), CHICAGO)
    line = manuscript.paragraphs[0].lines[0]
    assert "(" not in line.text
    # the period moves inside the closing mark, the mark after the punctuation
    assert [str(p) if isinstance(p, str) else p.number for p in line.pieces()][1] == 1
    assert line.text[: line.notes[0].at].endswith("outside.”")
    assert line.text[: line.notes[1].at].endswith("the loss.")
    assert [n.text for n in manuscript.footnotes] == [
        "Kazuo Ishiguro, *Never Let Me Go* (New York: Vintage International, 2006), 41.",
        "Ishiguro, *Never Let Me Go*, 74.",
        "Ishiguro, *Never Let Me Go*, 75.",
    ]


def test_chicago_drops_the_period_after_a_question_mark() -> None:
    essay = essay_with("She asks, “There’s nothing you can do?” (258) Nobody answers.", ISHIGURO)
    line = build_manuscript(essay, CHICAGO).paragraphs[0].lines[0]
    assert line.text == "She asks, “There’s nothing you can do?” Nobody answers."
    assert line.text[: line.notes[0].at].endswith("do?”")


def test_the_first_note_of_each_source_is_full() -> None:
    prose = "One “a” (Shelley 3). Two “b” (Ishiguro 4). Three “c” (Shelley 5)."
    notes = build_manuscript(essay_with(prose, ISHIGURO, SHELLEY), CHICAGO).footnotes
    assert notes[0].text.startswith("Mary Shelley, *Frankenstein* (London")
    assert notes[1].text.startswith("Kazuo Ishiguro, *Never Let Me Go* (New York")
    assert notes[2].text == "Shelley, *Frankenstein*, 5."


def test_a_named_source_is_cited_by_default_and_the_node_may_name_another() -> None:
    prose = "She feels the loss (p. 74)."
    assert "(Shelley 74)" in text_of(build_manuscript(
        essay_with(prose, ISHIGURO, SHELLEY, cite_node_source=SHELLEY.id), MLA))
    assert "(Ishiguro 74)" in text_of(build_manuscript(essay_with(prose, ISHIGURO, SHELLEY), MLA))


@pytest.mark.parametrize("style", list(CitationStyle))
def test_free_text_or_no_sources_keep_the_citation_as_typed(style: CitationStyle) -> None:
    for sources in ((), (Source("Ishiguro, Kazuo. *Never Let Me Go*. Vintage, 2006."),)):
        manuscript = build_manuscript(essay_with(BODY, *sources), style)
        assert "(41)." in text_of(manuscript) and "(p. 74)." in text_of(manuscript)
        assert manuscript.footnotes == []


def test_an_author_no_source_has_is_kept_as_typed() -> None:
    text = text_of(build_manuscript(essay_with("As critics say (Wood 12).", ISHIGURO), APA))
    assert "(Wood 12)." in text


@pytest.mark.parametrize("prose", [
    "something stands in their way (1) the tape and 2) the deferral",
    "they hope again (just like Kathy having the tape) but lose",
    "the novel (2005) was shortlisted",
])
def test_remarks_and_list_numbers_are_not_citations(prose: str) -> None:
    for style in CitationStyle:
        assert prose in text_of(build_manuscript(essay_with(prose, ISHIGURO), style))


def test_a_block_quotation_gets_its_note_after_the_final_punctuation() -> None:
    words = " ".join(["word"] * 100)
    manuscript = build_manuscript(essay_with(f"She says “{words}” (80). Then more.", ISHIGURO),
                                  CHICAGO)
    block = next(line for line in manuscript.paragraphs[0].lines if line.block_quote)
    assert block.text.endswith("word.") and block.notes[0].at == len(block.text)
    mla = build_manuscript(essay_with(f"She says “{words}” (80). Then more.", ISHIGURO), MLA)
    block = next(line for line in mla.paragraphs[0].lines if line.block_quote)
    assert block.text.endswith("word. (Ishiguro 80)")


def test_chicago_sets_off_a_hundred_words_mla_and_apa_forty() -> None:
    prose = "She says “" + " ".join(["word"] * 60) + "” (80). Then more."
    for style, blocks in ((MLA, 1), (APA, 1), (CHICAGO, 0)):
        lines = build_manuscript(essay_with(prose), style).paragraphs[0].lines
        assert sum(line.block_quote for line in lines) == blocks


def test_an_unwritten_paragraphs_quotations_are_restyled_too() -> None:
    essay = Essay(Meta(), [ISHIGURO], [Node(K.BODY, "Claim", children=[
        Node(K.QUOTE, "There’s no truth in the rumour.", cite="258")])])
    items = build_manuscript(essay, APA).placeholders[0].items
    assert any("(Ishiguro, 2006, p. 258)" in item.text for item in items)
    chicago = build_manuscript(essay, CHICAGO)
    quote = chicago.placeholders[0].items[1]
    assert quote.text == "“There’s no truth in the rumour.”"
    assert quote.notes[0].at == len(quote.text)
    assert [n.text for n in chicago.footnotes] == [
        "Kazuo Ishiguro, *Never Let Me Go* (New York: Vintage International, 2006), 258."]


_WORDS = st.text(st.sampled_from("abc XYZ.,“”()1"), max_size=60)


@given(_WORDS)
def test_restyling_keeps_every_word_outside_the_citations(prose: str) -> None:
    """Whatever the prose, its letters outside parentheses survive in every style."""
    for style in CitationStyle:
        plain = build_manuscript(essay_with(prose), style)
        styled = build_manuscript(essay_with(prose, ISHIGURO), style)

        def letters(m: Manuscript) -> str:
            out, depth = [], 0
            for ch in text_of(m):
                depth += ch == "("
                if not depth and ch.isalpha():
                    out.append(ch)
                depth -= ch == ")" and depth > 0
            return "".join(out)

        assert letters(styled) == letters(plain)


def test_a_quotation_in_the_outline_may_name_its_own_source() -> None:
    """The drafter writes the quotation's locator only; the export finds the
    quotation in the paragraph's outline and cites the source it names."""
    essay = Essay(Meta(), [ISHIGURO, SHELLEY], [Node(K.BODY, "Claim",
        prose="He says “misery made me a fiend” (103). She says “outside” (41).",
        children=[Node(K.QUOTE, "misery made me a fiend", cite="103", source=SHELLEY.id),
                  Node(K.QUOTE, "outside", cite="41")])])
    text = text_of(build_manuscript(essay, MLA))
    assert "“misery made me a fiend” (Shelley 103)." in text
    assert "“outside” (Ishiguro 41)." in text


def test_a_drafted_paragraph_is_cited_by_the_same_rule() -> None:
    """The drafter writes "(258)"; the export restyles its draft as it does
    the writer's prose (the sentence does not name the author)."""
    from outliner.compose.unwritten import Unwritten

    essay = Essay(Meta(), [ISHIGURO, SHELLEY], [Node(K.BODY, "The rumour is false", children=[
        Node(K.QUOTE, "There’s no truth in the rumour.", cite="258"),
        Node(K.QUOTE, "I was benevolent and good", cite="103", source=SHELLEY.id)])])
    manuscript = build_manuscript(essay, MLA, unwritten=Unwritten.DRAFT)
    assert manuscript.paragraphs[0].drafted
    text = text_of(manuscript)
    assert "(Ishiguro 258)." in text and "(Shelley 103)." in text
    apa = text_of(build_manuscript(essay, APA, unwritten=Unwritten.DRAFT))
    assert "(Ishiguro, 2006, p. 258)." in apa and "(p. 258)" not in apa


def test_apa_after_a_narrative_citation_gives_the_page_alone() -> None:
    prose = ("Ishiguro (2006) has Kathy call them “important” (41). Later she loses the "
             "tape (p. 74).")
    text = text_of(build_manuscript(essay_with(prose, ISHIGURO), APA))
    assert "Ishiguro (2006) has Kathy call them “important” (p. 41)." in text
    assert "the tape (Ishiguro, 2006, p. 74)." in text  # another sentence


@pytest.mark.parametrize("words", ["mild", "vivid", "did", "civil", "done, 2", "i"])
def test_a_word_in_parentheses_is_never_made_a_citation(words: str) -> None:
    """Words spelled with Roman-numeral letters, or a word and a number, are
    the writer's remark: left as typed in every style."""
    from outliner.compose.restyle import parse_citation

    assert parse_citation(words) is None
