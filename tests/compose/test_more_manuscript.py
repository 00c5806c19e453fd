"""More of the manuscript (compose/manuscript.py): placeholders and what they
list, paragraphs left out, loose notes, typeset lines, the front matter's
dates (compose/essay_styles.py), Chicago's footnotes across blocks, and
properties over generated essays: the writer's words are all kept, in
order, and the unwritten paragraphs found without building are those the
build finds."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from outliner.compose.essay_styles import format_date, parse_date, sort_key
from outliner.compose.manuscript import (
    LeftOut,
    Line,
    LooseItem,
    LooseNotes,
    Paragraph,
    Placeholder,
    SectionHeading,
    build_manuscript,
    loose_items,
    one_line,
    placeholder_items,
    typeset_lines,
    unwritten_paragraphs,
)
from outliner.compose.unwritten import Unwritten
from outliner.core.essay import CitationStyle, Essay, Meta, Node, NodeKind
from outliner.core.sources import Name, Source, SourceType
from tests.support.helpers import small_essay

K = NodeKind
MLA, APA, CHICAGO = CitationStyle.MLA, CitationStyle.APA, CitationStyle.CHICAGO
SHELLEY = Source(id="src-shelley", type=SourceType.BOOK, authors=(Name("Shelley", "Mary"),),
                 title="Frankenstein", publisher="Penguin Classics", place="London",
                 date="2003")


def sectioned() -> Essay:
    """An unwritten introduction, a section of three unwritten bodies, an empty conclusion."""
    return Essay(Meta(title="T"), [], [
        Node(K.INTRO, "Hook", id="i", children=[
            Node(K.THESIS, "Hope fails.", id="t"),
            Node(K.NOTE, "a note", id="n", prose="kept prose", cite="p. 3")]),
        Node(K.SECTION, "Later", id="s", children=[
            Node(K.BODY, "Claim", cite="41", id="b"),
            Node(K.BODY, "", cite="42", id="b2"),
            Node(K.BODY, "Third", id="b3", children=[Node(K.QUOTE, "proof", cite="9", id="q")]),
        ]),
        Node(K.CONCLUSION, "", id="c"),
    ])


def cited() -> Essay:
    """Quotations from one structured source in prose, a placeholder and a loose note."""
    return Essay(Meta(title="T"), [SHELLEY], [
        Node(K.INTRO, "Hook", id="i",
             prose="Victor calls it “the wretch” (58). Later “a fiend” (61)."),
        Node(K.BODY, "Claim", id="b", children=[Node(K.QUOTE, "cursed creator", cite="97",
                                                     id="q")]),
        Node(K.NOTE, "loose “devil” (102)", id="n"),
    ])


# -- placeholders and left-out paragraphs ------------------------------------------------


def test_a_placeholder_lists_claim_thesis_notes_their_cites_and_prose() -> None:
    manuscript = build_manuscript(sectioned())
    intro = manuscript.blocks[0]
    assert intro == Placeholder("i", K.INTRO, "Introduction", "[Not written yet: Introduction]", (
        LooseItem("i", "Opening sentence: Hook", 0),
        LooseItem("t", "Thesis: Hope fails.", 1),
        LooseItem("n", "a note (p. 3)", 1),
        LooseItem("n", "kept prose", 2),
    ))


def test_a_placeholder_in_a_section_is_flagged_by_its_number_alone() -> None:
    manuscript = build_manuscript(sectioned())
    assert manuscript.blocks[1] == SectionHeading("s", "Later", 1)
    body = manuscript.blocks[2]
    assert isinstance(body, Placeholder)
    assert body.label == "Body paragraph 1 in section “Later”"
    assert body.heading == "[Not written yet: Body paragraph 1]"
    # a cite kept from when the body was a quotation stays, under the claim
    assert body.items == (LooseItem("b", "Claim: Claim", 0), LooseItem("b", "(41)", 1))
    no_claim = manuscript.blocks[3]
    assert isinstance(no_claim, Placeholder) and no_claim.items == (LooseItem("b2", "(42)", 0),)
    third = manuscript.blocks[4]
    assert isinstance(third, Placeholder)
    assert third.items == (LooseItem("b3", "Claim: Third", 0), LooseItem("q", "“proof” (9)", 1))


def test_the_warning_names_every_unwritten_paragraph_and_the_empty_one_is_a_note() -> None:
    manuscript = build_manuscript(sectioned())
    assert manuscript.blocks[-1] == LeftOut("c", K.CONCLUSION, "Conclusion")
    assert manuscript.warnings == (
        "Not written yet: Introduction, Body paragraph 1 in section “Later”, Body paragraph 2 "
        "in section “Later”, Body paragraph 3 in section “Later”. Exported as marked "
        "placeholders (the claim and notes, flagged “Not written yet”), not as prose.",)
    assert manuscript.notes == (
        "MLA: no author, instructor, course, date in the essay's properties; left out of the "
        "heading (fill them in under Essay Properties).",
        "Conclusion is empty; it was left out.",
        "No sources: the Works Cited page was left out (add sources under Essay > Sources).",
    )
    assert [p.node_id for p in manuscript.unwritten] == ["i", "b", "b2", "b3"]


def test_omit_leaves_each_unwritten_paragraph_out_by_its_name() -> None:
    manuscript = build_manuscript(sectioned(), unwritten=Unwritten.OMIT)
    assert manuscript.left_out == [
        LeftOut("i", K.INTRO, "Introduction"),
        LeftOut("b", K.BODY, "Body paragraph 1 in section “Later”"),
        LeftOut("b2", K.BODY, "Body paragraph 2 in section “Later”"),
        LeftOut("b3", K.BODY, "Body paragraph 3 in section “Later”"),
        LeftOut("c", K.CONCLUSION, "Conclusion"),
    ]
    assert manuscript.placeholders == [] and manuscript.paragraphs == []
    assert manuscript.policy is Unwritten.OMIT
    assert manuscript.warnings[0].endswith("Left out of the essay.")


def test_unwritten_paragraphs_without_building_match_the_build() -> None:
    essay = sectioned()
    assert unwritten_paragraphs(essay) == build_manuscript(essay).unwritten
    assert [u.name for u in unwritten_paragraphs(small_essay())] == [
        "Body paragraph 1", "Body paragraph 2", "Conclusion"]


def test_a_bare_paragraph_has_no_placeholder_items_and_a_claim_is_one_line() -> None:
    assert placeholder_items(Node(K.BODY, "   ")) == ()
    assert placeholder_items(Node(K.BODY, "", children=[Node(K.NOTE, " ")])) == ()
    items = placeholder_items(Node(K.CONCLUSION, "So\n it  ends", id="c"))
    assert items == (LooseItem("c", "Closing claim: So it ends", 0),)


# -- loose notes and typeset lines ---------------------------------------------------------


def test_loose_items_nest_children_and_keep_prose_and_cites() -> None:
    note = Node(K.NOTE, "an  idea", cite="4", id="n", prose='It "matters".\n\nTwice.',
                children=[Node(K.QUOTE, "a  line", cite=" 7 ", id="q"),
                          Node(K.NOTE, "", id="empty")])
    assert loose_items(note) == [
        LooseItem("n", "an idea (4)", 0),
        LooseItem("n", "It “matters”.", 1),
        LooseItem("n", "Twice.", 1),
        LooseItem("q", "“a line” (7)", 1),
    ]
    assert loose_items(Node(K.QUOTE, "", cite="", id="x")) == []


def test_loose_notes_between_paragraphs_are_one_block_each_run() -> None:
    essay = Essay(outline=[
        Node(K.NOTE, "first", id="n1"), Node(K.NOTE, "second", id="n2"),
        Node(K.BODY, "Claim", prose="Written.", id="b"),
        Node(K.QUOTE, "after", cite="3", id="q"),
    ])
    blocks = build_manuscript(essay).blocks
    assert blocks == (
        LooseNotes((LooseItem("n1", "first", 0), LooseItem("n2", "second", 0))),
        Paragraph("b", K.BODY, "Body paragraph 1", (Line("Written."),)),
        LooseNotes((LooseItem("q", "“after” (3)", 0),)),
    )


def test_typeset_lines_drop_blank_lines_collapse_spaces_and_curl_quotes() -> None:
    assert typeset_lines('  one  "two"   three \n\n   \nfour\'s "five" (5).') == (
        Line("one “two” three"), Line("four’s “five” (5)."))
    assert typeset_lines("") == () and typeset_lines("\n \n") == ()


def test_a_block_quotation_gets_a_period_before_its_cite() -> None:
    words = " ".join(f"w{n}" for n in range(45))
    lines = typeset_lines(f"He says “{words},” (3) and stops.")
    assert [(line.block_quote, line.continues) for line in lines] == [
        (False, False), (True, False), (False, True)]
    assert lines[1].text == f"{words}. (3)"
    assert lines[2].text == "and stops."


def test_chicago_sets_off_only_a_hundred_words() -> None:
    sixty = " ".join(["word"] * 60)
    essay = Essay(outline=[Node(K.BODY, "c", prose=f"He says “{sixty}” (3). After.")])
    for style, blocks in ((MLA, [False, True, False]), (APA, [False, True, False]),
                          (CHICAGO, [False])):
        lines = build_manuscript(essay, style).paragraphs[0].lines
        assert [line.block_quote for line in lines] == blocks


def test_one_line_joins_every_kind_of_white_space() -> None:
    assert one_line(" a\tb\n\nc\u00a0 d ") == "a b c d"


# -- citations and footnotes across blocks -------------------------------------------------


def test_mla_and_apa_restyle_prose_placeholders_and_loose_notes_alike() -> None:
    for style, first, quote, loose in (
            (MLA, "Victor calls it “the wretch” (Shelley 58). Later “a fiend” (Shelley 61).",
             "“cursed creator” (Shelley 97)", "loose “devil” (Shelley 102)"),
            (APA, "Victor calls it “the wretch” (Shelley, 2003, p. 58). Later “a fiend” "
                  "(Shelley, 2003, p. 61).",
             "“cursed creator” (Shelley, 2003, p. 97)", "loose “devil” (Shelley, 2003, p. 102)")):
        manuscript = build_manuscript(cited(), style)
        assert manuscript.paragraphs[0].lines[0].text == first
        assert manuscript.placeholders[0].items[1].text == quote
        loose_block = manuscript.blocks[2]
        assert isinstance(loose_block, LooseNotes) and loose_block.items[0].text == loose
        assert manuscript.footnotes == []


def test_chicago_numbers_footnotes_in_document_order_first_one_in_full() -> None:
    manuscript = build_manuscript(cited(), CHICAGO)
    assert [(n.number, n.text) for n in manuscript.footnotes] == [
        (1, "Mary Shelley, *Frankenstein* (London: Penguin Classics, 2003), 58."),
        (2, "Shelley, *Frankenstein*, 61."),
        (3, "Shelley, *Frankenstein*, 97."),
        (4, "Shelley, *Frankenstein*, 102."),
    ]
    line = manuscript.paragraphs[0].lines[0]
    assert line.text == "Victor calls it “the wretch.” Later “a fiend.”"
    assert [str(piece) if isinstance(piece, str) else piece.number
            for piece in line.pieces()] == [
        "Victor calls it “the wretch.”", 1, " Later “a fiend.”", 2]
    loose_block = manuscript.blocks[2]
    assert isinstance(loose_block, LooseNotes)
    assert [p if isinstance(p, str) else p.number for p in loose_block.items[0].pieces()] == [
        "loose “devil”", 4]
    assert manuscript.sources.heading == "Bibliography"
    assert [e.typed for e in manuscript.sources.entries] == [
        "Shelley, Mary. *Frankenstein*. London: Penguin Classics, 2003."]


def test_one_mla_source_is_a_work_cited() -> None:
    assert build_manuscript(cited(), MLA).sources.heading == "Work Cited"
    two = cited()
    two.set_sources([SHELLEY, Source(id="src-2", text="Another, Ann. A Book.")])
    manuscript = build_manuscript(two, MLA)
    assert manuscript.sources.heading == "Works Cited"
    assert [e.typed for e in manuscript.sources.entries] == [
        "Another, Ann. A Book.", "Shelley, Mary. *Frankenstein*. Penguin Classics, 2003."]


# -- dates in the heading (essay_styles) ---------------------------------------------------


@pytest.mark.parametrize(("typed", "day"), [
    ("2026-03-09", date(2026, 3, 9)),
    ("2026.03.09", date(2026, 3, 9)),
    ("3/9/2026", date(2026, 3, 9)),  # US: month first
    ("31/12/26", date(2026, 12, 31)),  # day first when the first number exceeds 12
    ("March 9th, 2026", date(2026, 3, 9)),
    ("Sept. 3, 2025", date(2025, 9, 3)),
    ("9 Mar 2026", date(2026, 3, 9)),
    ("3rd of September 2025", date(2025, 9, 3)),
    ("  9   march   2026 ", date(2026, 3, 9)),
])
def test_a_date_is_read_from_each_common_form(typed: str, day: date) -> None:
    assert parse_date(typed) == day


@pytest.mark.parametrize("typed", ["2/30/2026", "Marble 9, 2026", "9 Smarch 2026", "the 9th",
                                   "", "13/13/2026", "2026-13-01"])
def test_text_that_is_no_date_is_none_and_kept_as_typed(typed: str) -> None:
    assert parse_date(typed) is None
    assert format_date(f" {typed} ", "dmy") == typed.strip()


def test_each_style_writes_the_heading_date_its_own_way() -> None:
    essay = Essay(Meta(title="T", author="A. Writer", date="3/9/2026"))
    assert build_manuscript(essay, MLA).front.lines == ("A. Writer", "9 March 2026")
    assert build_manuscript(essay, APA).front.lines == ("A. Writer", "March 9, 2026")
    assert build_manuscript(essay, CHICAGO).front.lines == ("A. Writer", "March 9, 2026")
    essay.meta.date = "Spring term"
    assert build_manuscript(essay, MLA).front.lines == ("A. Writer", "Spring term")


@settings(max_examples=200, deadline=None)
@given(day=st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)),
       style=st.sampled_from(["dmy", "mdy"]))
def test_a_formatted_date_reads_back_as_the_same_day(day: date, style: str) -> None:
    written = format_date(day.isoformat(), style)
    assert parse_date(written) == day
    assert format_date(written, style) == written


def test_sort_key_ignores_a_leading_article_and_emphasis() -> None:
    entries = ["*The Zoo*. 2001.", "An Apple. 1999.", "brown, Ann.", "A Cat."]
    assert sorted(entries, key=sort_key) == ["An Apple. 1999.", "brown, Ann.", "A Cat.",
                                             "*The Zoo*. 2001."]


# -- properties ------------------------------------------------------------------------------

_WORD = st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéñ’'-"),
                min_size=1, max_size=8).filter(lambda w: any(c.isalpha() for c in w))
_PUNCT = st.sampled_from(["", "", "", ",", ".", ";", ":", "!", "?"])
_TOKEN = st.builds(lambda word, mark: word + mark, _WORD, _PUNCT)
_LINE = st.lists(_TOKEN, min_size=1, max_size=12).map(" ".join)
_PROSE = st.lists(st.one_of(_LINE, st.just(""), st.just("   ")), min_size=1, max_size=5).map(
    "\n".join)


def _plain_words(text: str) -> list[str]:
    """The words, apostrophes and single quotation marks made one mark (a
    straight ' is typeset as ’ or, opening a word, ‘)."""
    return [word.translate({ord("‘"): "'", ord("’"): "'"}) for word in text.split()]


@settings(max_examples=150, deadline=None)
@given(proses=st.lists(_PROSE, min_size=1, max_size=4),
       style=st.sampled_from(list(CitationStyle)))
def test_every_word_the_writer_typed_in_prose_is_kept_in_order(
        proses: list[str], style: CitationStyle) -> None:
    essay = Essay(Meta(title="T"), [SHELLEY],
                  [Node(K.BODY, f"claim {n}", prose=prose, id=f"b{n}")
                   for n, prose in enumerate(proses)])
    manuscript = build_manuscript(essay, style)
    by_id = {p.node_id: p for p in manuscript.paragraphs}
    for n, prose in enumerate(proses):
        if not prose.strip():  # flagged as not written, its claim listed
            [flagged] = [p for p in manuscript.placeholders if p.node_id == f"b{n}"]
            assert flagged.items[0].text == f"Claim: claim {n}"
            continue
        printed = " ".join(line.text for line in by_id[f"b{n}"].lines)
        assert _plain_words(printed) == _plain_words(prose)
        assert not by_id[f"b{n}"].drafted


_PARAGRAPH = st.builds(
    lambda kind, claim, prose, notes: Node(kind, claim, prose=prose,
                                           children=[Node(K.NOTE, n) for n in notes]),
    st.sampled_from([K.INTRO, K.BODY, K.BODY, K.CONCLUSION]),
    st.sampled_from(["", "a claim", "  "]), st.sampled_from(["", "Written.", " \n "]),
    st.lists(st.sampled_from(["a note", "", " "]), max_size=2))


@st.composite
def _outlines(draw: st.DrawFn) -> list[Node]:
    nodes: list[Node] = []
    for _ in range(draw(st.integers(1, 5))):
        if draw(st.booleans()):
            nodes.append(Node(K.SECTION, draw(st.sampled_from(["", "Part", "Part two"])),
                              children=draw(st.lists(_PARAGRAPH, max_size=3))))
        else:
            nodes.append(draw(_PARAGRAPH))
    return nodes


@settings(max_examples=150, deadline=None)
@given(outline=_outlines(), policy=st.sampled_from(list(Unwritten)))
def test_the_unwritten_paragraphs_are_the_same_without_building(
        outline: list[Node], policy: Unwritten) -> None:
    essay = Essay(Meta(title="T"), [], outline)
    manuscript = build_manuscript(essay, unwritten=policy)
    assert unwritten_paragraphs(essay) == manuscript.unwritten
    names = [u.name for u in manuscript.unwritten]
    assert bool(manuscript.warnings) == bool(names)
    if names:
        assert manuscript.warnings[0].startswith(f"Not written yet: {', '.join(names)}.")
    paragraph_ids = {n.id for n in essay.walk() if n.kind in (K.INTRO, K.BODY, K.CONCLUSION)}
    accounted = {b.node_id for b in manuscript.blocks
                 if isinstance(b, Paragraph | LeftOut | Placeholder)}
    assert accounted == paragraph_ids  # none silently dropped
    if policy is Unwritten.NOTES:
        assert [p.node_id for p in manuscript.placeholders] == [
            u.node_id for u in manuscript.unwritten]
