"""The built-in drafter: it writes real sentences and invents nothing."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from outliner.compose.checks import check_paragraph, missing_words
from outliner.compose.citations import format_cite, quoted, quoted_in_sentence
from outliner.compose.drafting import (
    draft_essay,
    draft_paragraph,
    paragraph_of,
    paragraphs,
    prose_or_draft,
    thesis_in_intro_draft,
    thesis_tie_back,
)
from outliner.compose.sentences import clean_note, note_sentence
from outliner.compose.transitions import ALL_TRANSITIONS
from outliner.core.essay import CitationStyle, Essay, Meta, Node, NodeKind
from outliner.io.importers.prose import split_sentences

K = NodeKind
S = CitationStyle

THESIS = (
    "In Never Let Me Go, Kazuo Ishiguro uses symbolism to show how the clones will be "
    "proletariats despite their attempts at assimilating and being accepted within the "
    "mainstream society."
)
CLAIM = "clones ask for the deferral but discover it’s just a rumor"
Q1 = "Is it the case, then, that deferrals don’t exist? There’s nothing you can do?"
Q2 = "There’s no truth in the rumour. I’m sorry. I truly am."
NOTES = [
    "-once the clones enter the outside society, they are still classified in a different "
    "group from regular people. ",
    "-they try to ask for a deferral, giving Kathy and Tommy a few more years to \n"
    "spend togethers ",
    "-once again, they build up this hope (just like Kathy having the tape) but are let down ",
    "-no matter how much they try to be like real humans, something is always standing in "
    "their way (1) the disappearance of the tape and 2) the nonexistent deferral) ",
]


def user_paragraph_essay() -> Essay:
    """The user's draft as the importer builds it: prose intro and first body,
    the second body as an outline (built by hand so this test stands alone)."""
    return Essay(outline=[
        Node(K.INTRO, "", prose="At the beginning of the novel ...", id="intro",
             children=[Node(K.THESIS, THESIS, id="thesis")]),
        Node(K.BODY, "", prose="Kathy’s only connection with the outside world ...", id="b1"),
        Node(K.BODY, CLAIM, id="b2", children=[
            Node(K.QUOTE, Q1, cite="258", id="q1"),
            Node(K.QUOTE, Q2, cite="258", id="q2"),
            *[Node(K.NOTE, text, id=f"n{i}") for i, text in enumerate(NOTES)],
        ]),
    ])


def sentence_starts(draft: str) -> list[str]:
    return split_sentences(draft)


def assert_well_formed(draft: str) -> None:
    for sentence in split_sentences(draft):
        first = next(ch for ch in sentence if ch.isalnum())
        assert first.isupper() or first.isdigit(), sentence
        assert re.search(r"[.?!][”’\")]*$", sentence), sentence


def _opener(text: str) -> str | None:
    lowered = text.lower()
    return next((t for t in ALL_TRANSITIONS
                 if re.match(re.escape(t.rstrip(",").lower()) + r"\b", lowered)), None)


def assert_no_repeated_transition(draft: str, typed: tuple[str, ...] = ()) -> None:
    """No transition twice, unless the writer typed it more than once."""
    openers = [_opener(s) for s in split_sentences(draft)]
    # Every sentence the writer typed counts: one note may open two sentences
    # with the same word ("MorEovEr. Moreover, A.").
    typed_openers = [_opener(sentence) for t in typed
                     for sentence in split_sentences(clean_note(t))]
    for transition in set(openers) - {None}:
        allowed = typed_openers.count(transition) or 1
        assert openers.count(transition) <= allowed, (transition, draft)


# -- the user's paragraph --------------------------------------------------


def test_user_body_paragraph_two() -> None:
    essay = user_paragraph_essay()
    draft = draft_paragraph(essay, essay.node("b2"))
    assert draft.startswith("Clones ask for the deferral but discover it’s just a rumor.")
    assert f"“{Q1}” (258)." in draft
    assert "“There’s no truth in the rumour. I’m sorry. I truly am” (258)." in draft
    for note in NOTES:
        assert missing_words(draft, note) == [], note
    assert "togethers" in draft  # the writer's spelling stays
    assert "the disappearance of the tape and the nonexistent deferral" in draft
    assert not re.search(r"(^|\s)[-•*]\w", draft)
    assert "(1)" not in draft and "2)" not in draft
    assert draft.endswith(thesis_tie_back(THESIS))
    assert "This shows how the clones will be proletariats" in draft
    # The outline order is the paragraph order.
    positions = [draft.index(Q1), draft.index("There’s no truth"),
                 draft.index("classified"), draft.index("togethers"),
                 draft.index("build up this hope"), draft.index("standing in")]
    assert positions == sorted(positions)
    assert_well_formed(draft)
    assert_no_repeated_transition(draft)
    assert check_paragraph(draft, essay, essay.node("b2")) == []


def test_user_draft_file_when_the_importer_is_there(user_draft: object) -> None:
    drafts = pytest.importorskip("outliner.io.importers.text")
    essay = drafts.read_text_file(user_draft)
    claim_nodes = [p for p in paragraphs(essay) if "deferral" in p.text]
    assert claim_nodes, "the importer should give body paragraph 2 its claim"
    draft = draft_paragraph(essay, claim_nodes[0], S.MLA)
    assert draft.startswith("Clones ask for the deferral but discover it’s just a rumor.")
    assert f"“{Q1}” (258)." in draft
    assert "“There’s no truth in the rumour. I’m sorry. I truly am” (258)." in draft
    for note in NOTES:
        assert missing_words(draft, note) == [], note
    assert check_paragraph(draft, essay, claim_nodes[0]) == []
    assert_well_formed(draft)
    assert_no_repeated_transition(draft)


def test_quote_signal_phrases_vary_and_name_no_speaker() -> None:
    essay = user_paragraph_essay()
    draft = draft_paragraph(essay, essay.node("b2"))
    lead_ins = re.findall(r"([A-Z][^.“]*?),? “", draft)
    assert len(lead_ins) == 2 and lead_ins[0] != lead_ins[1]
    for name in ("Kathy", "Tommy", "Madame", "Miss Emily", "narrator"):
        assert all(name not in lead for lead in lead_ins)


def test_a_note_ending_in_a_colon_introduces_the_quote_that_follows() -> None:
    essay = Essay(outline=[Node(K.BODY, "Hope fails", id="b", children=[
        Node(K.NOTE, "Miss Emily tells them the truth:"),
        Node(K.QUOTE, "There’s no truth in the rumour.", cite="258"),
    ])])
    draft = draft_paragraph(essay, essay.node("b"))
    assert "Miss Emily tells them the truth: “There’s no truth in the rumour” (258)." in draft


# -- outlines of other shapes ---------------------------------------------


def test_sub_notes_follow_their_note_and_lists_become_series() -> None:
    essay = Essay(outline=[Node(K.BODY, "the symbols pile up", id="b", children=[
        Node(K.NOTE, "each symbol is a lost hope", children=[
            Node(K.NOTE, "the tape"), Node(K.NOTE, "the gallery"), Node(K.NOTE, "the deferral"),
        ]),
        Node(K.NOTE, "hope, memory, loss"),
        Node(K.NOTE, "Kathy keeps looking for the tape", children=[
            Node(K.NOTE, "she finds a copy in Norfolk"),
            Node(K.NOTE, "it is not the same"),
        ]),
    ])])
    draft = draft_paragraph(essay, essay.node("b"))
    assert "Each symbol is a lost hope: the tape, the gallery, and the deferral." in draft
    assert "hope, memory, and loss" in draft
    keeps, finds, same = (draft.index(x) for x in ("keeps looking", "finds a copy", "not the same"))
    assert keeps < finds < same
    assert_well_formed(draft)
    assert_no_repeated_transition(draft)


def test_quote_ending_in_exclamation_keeps_it_inside() -> None:
    essay = Essay(outline=[Node(K.BODY, "", id="b", children=[
        Node(K.QUOTE, "“We’re just going to let it go!”", cite="p. 112"),
        Node(K.NOTE, "the loss of the past"),
    ])])
    draft = draft_paragraph(essay, essay.node("b"))
    assert "“We’re just going to let it go!” (112)." in draft
    assert "One detail is the loss of the past." in draft  # a fragment gets a frame
    assert_well_formed(draft)


def test_styles_write_the_cite_their_way() -> None:
    essay = Essay(meta=Meta(style=S.APA), outline=[Node(K.BODY, "a claim", id="b", children=[
        Node(K.QUOTE, "words, words.", cite="258"),
    ])])
    assert "“words, words” (p. 258)." in draft_paragraph(essay, essay.node("b"))
    assert "“words, words” (258)." in draft_paragraph(essay, essay.node("b"), S.CHICAGO)
    assert "“words, words” (258)." in draft_paragraph(essay, essay.node("b"), S.MLA)
    assert format_cite("258-59", S.APA) == "(pp. 258-59)"
    assert quoted("no cite here", "", S.MLA) == "“no cite here.”"
    assert quoted("no cite here?", "", S.MLA) == "“no cite here?”"


def test_body_with_only_quotes_and_body_with_nothing() -> None:
    essay = Essay(outline=[
        Node(K.BODY, "", id="only", children=[
            Node(K.QUOTE, "First line.", cite="1"), Node(K.QUOTE, "Second line?", cite="2"),
        ]),
        Node(K.BODY, "", id="empty"),
    ])
    draft = draft_paragraph(essay, essay.node("only"))
    assert "“First line” (1)." in draft and "“Second line?” (2)." in draft
    assert_well_formed(draft)
    assert draft_paragraph(essay, essay.node("empty")) == ""
    assert draft_essay(essay) == [(1, essay.node("only"), draft)]
    assert essay.node("empty").prose == ""


def test_intro_puts_the_thesis_last_and_conclusion_restates_it_first() -> None:
    essay = Essay(outline=[
        Node(K.INTRO, "clones are made to donate", id="i", children=[
            Node(K.THESIS, "Ishiguro shows that hope cannot save them."),
            Node(K.NOTE, "the story is told by Kathy"),
        ]),
        Node(K.CONCLUSION, "", id="c", children=[
            Node(K.NOTE, "also the tape is gone"), Node(K.NOTE, "but they still hope"),
        ]),
    ])
    intro = draft_paragraph(essay, essay.node("i"))
    assert intro.startswith("Clones are made to donate.")
    assert intro.endswith("Ishiguro shows that hope cannot save them.")
    conclusion = draft_paragraph(essay, essay.node("c"))
    assert conclusion.startswith("Ultimately, Ishiguro shows that hope cannot save them.")
    assert "Also the tape is gone." in conclusion  # the writer's own opener, kept
    assert "However, they still hope." in conclusion  # "but" becomes a contrast
    assert conclusion.endswith("All of this shows that hope cannot save them.")
    assert_no_repeated_transition(conclusion)


def test_labels_bullets_and_lowercase_i_are_fixed() -> None:
    essay = Essay(outline=[Node(K.BODY, "2nd body paragraph: hope is a trap", id="b", children=[
        Node(K.NOTE, "• Note: i think  the  tape matters"),
        Node(K.QUOTE, "Quote: “a line”", cite="(9)"),
        Node(K.NOTE, "1) kathy loses it"),
    ])])
    draft = draft_paragraph(essay, essay.node("b"))
    assert draft.startswith("Hope is a trap.")
    assert "I think the tape matters" in draft
    assert "Kathy loses it" in draft or "kathy loses it" in draft
    for label in ("Note:", "Quote:", "paragraph:", "•", "1)", "  "):
        assert label not in draft


def test_fragments_get_a_frame_and_clauses_do_not() -> None:
    essay = Essay(outline=[Node(K.BODY, "claim", id="b", children=[
        Node(K.NOTE, "symbols of hope"),
        Node(K.NOTE, "Bob sings"),
        Node(K.NOTE, "but B."),  # "B." is a word here, not a list label
        Node(K.NOTE, "for example Kathy keeps a tape"),
    ])])
    draft = draft_paragraph(essay, essay.node("b"))
    assert "One detail is symbols of hope." in draft
    assert "detail is Bob" not in draft and "Bob sings." in draft
    assert "However, B." in draft
    assert "For example, Kathy keeps a tape." in draft


# -- prose_or_draft and draft_essay ---------------------------------------


def test_prose_or_draft_prefers_the_writers_prose() -> None:
    essay = user_paragraph_essay()
    assert prose_or_draft(essay, essay.node("b1")) == (essay.node("b1").prose, False)
    text, drafted = prose_or_draft(essay, essay.node("b2"))
    assert drafted and text == draft_paragraph(essay, essay.node("b2"))
    essay.node("b2").prose = "   "
    assert prose_or_draft(essay, essay.node("b2"))[1] is True


def test_draft_essay_fills_only_empty_paragraphs_and_numbers_them() -> None:
    essay = user_paragraph_essay()
    assert [n.id for n in paragraphs(essay)] == ["intro", "b1", "b2"]
    written = draft_essay(essay)
    assert [(number, node.id) for number, node, _ in written] == [(3, "b2")]
    assert essay.node("b2").prose == written[0][2]
    assert essay.node("b1").prose.startswith("Kathy’s only")
    assert draft_essay(essay) == []  # nothing left to draft, nothing overwritten
    assert draft_essay(essay, paragraph=2) == []  # named, but it has prose: left alone
    with pytest.raises(ValueError, match="no paragraph 4; this essay has 3 paragraphs"):
        draft_essay(essay, paragraph=4)
    with pytest.raises(ValueError, match="no paragraph 0"):
        draft_essay(essay, paragraph=0)


def test_paragraph_of_finds_the_enclosing_paragraph() -> None:
    essay = user_paragraph_essay()
    assert paragraph_of(essay.node("n2")) is essay.node("b2")
    assert paragraph_of(essay.node("thesis")) is essay.node("intro")
    assert paragraph_of(None) is None


# -- properties --------------------------------------------------------------

_WORDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJ", min_size=1, max_size=9)
_PHRASE = st.lists(_WORDS, min_size=1, max_size=12).map(" ".join)
_BULLET = st.sampled_from(["", "- ", "-", "* ", "• ", "1. ", "Note: "])
_END = st.sampled_from(["", ".", "?", "!", ","])
_OPENER = st.sampled_from(["", "", "", "also ", "however ", "but ", "and ", "so ",
                           "for example ", "moreover, ", "Yet "])
_NOTE_TEXT = st.tuples(_BULLET, _OPENER, _PHRASE, st.sampled_from(["", ".", " "])).map("".join)
_QUOTE = st.tuples(_PHRASE, _END).map("".join)
_CITE = st.sampled_from(["", "258", "12", "p. 4", "iv"])


@st.composite
def bodies(draw: st.DrawFn) -> Node:
    children: list[Node] = []
    for _ in range(draw(st.integers(0, 6))):
        if draw(st.booleans()):
            children.append(Node(K.QUOTE, draw(_QUOTE), cite=draw(_CITE)))
        else:
            subs = [Node(K.NOTE, draw(_NOTE_TEXT)) for _ in range(draw(st.integers(0, 3)))]
            children.append(Node(K.NOTE, draw(_NOTE_TEXT), children=subs))
    return Node(draw(st.sampled_from([K.BODY, K.INTRO, K.CONCLUSION])),
                draw(st.one_of(st.just(""), _PHRASE)), children=children)


@given(body=bodies(), thesis=st.one_of(st.just(""), _PHRASE), style=st.sampled_from(list(S)))
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@example(body=Node(K.BODY, "", children=[Node(K.NOTE, "MorEovEr. Moreover, A.")]), thesis="",
         style=S.MLA)  # the writer typed the transition twice: it may appear twice
def test_drafts_are_well_formed_and_keep_everything(
    body: Node, thesis: str, style: CitationStyle
) -> None:
    outline = [body] if not thesis else [Node(K.THESIS, thesis), body]
    essay = Essay(outline=outline)
    draft = draft_paragraph(essay, body, style)
    assert_well_formed(draft)
    typed = tuple(n.text for n in essay.walk() if n.kind is not K.QUOTE)
    assert_no_repeated_transition(draft, typed)
    for node in body.walk():
        if node.kind is K.QUOTE:
            assert quoted_in_sentence(node.text, node.cite, style) in draft
        elif node.kind is K.NOTE:
            assert missing_words(draft, node.text) == []
    assert "Note:" not in draft
    assert not re.search(r"(^|[.?!] )[-*•]", draft)
    assert "  " not in draft


@given(text=st.text(max_size=80), cite=st.text(max_size=10), claim=st.text(max_size=40),
       style=st.sampled_from(list(S)))
@settings(max_examples=200, deadline=None)
def test_nothing_raises_on_arbitrary_text(
    text: str, cite: str, claim: str, style: CitationStyle
) -> None:
    body = Node(K.BODY, claim, children=[
        Node(K.NOTE, text, children=[Node(K.NOTE, text), Node(K.QUOTE, text, cite=cite)]),
        Node(K.QUOTE, text, cite=cite),
    ])
    essay = Essay(outline=[Node(K.THESIS, text), body, Node(K.CONCLUSION, text)])
    assert isinstance(draft_paragraph(essay, body, style), str)
    note_sentence(text)
    split_sentences(text)
    for number, node, prose in draft_essay(essay):
        assert node.prose == prose and number >= 1


def test_split_sentences_keeps_quotes_cites_and_abbreviations_together() -> None:
    text = ("As the text puts it, “Is it so? Yes!” (258). Dr. Smith reads p. 4 again. "
            "Another passage reads, “Go.” Done.")
    assert split_sentences(text) == [
        "As the text puts it, “Is it so? Yes!” (258).",
        "Dr. Smith reads p. 4 again.",
        "Another passage reads, “Go.”",
        "Done.",
    ]


def test_thesis_in_intro_draft_only_when_the_intro_draft_writes_it() -> None:
    thesis = Node(K.THESIS, "Memory shapes who the clones become.", id="t")
    intro = Node(K.INTRO, "A hook", id="i", children=[thesis])
    body = Node(K.BODY, "A claim", id="b", children=[Node(K.NOTE, "a note", id="n")])
    essay = Essay(outline=[intro, body])
    assert "Memory shapes who the clones become." in draft_paragraph(essay, intro)
    assert thesis_in_intro_draft(essay, thesis)
    assert not thesis_in_intro_draft(essay, body)  # not a thesis
    intro.prose = "The writer's own intro."  # the exporter writes this, not a draft
    assert not thesis_in_intro_draft(essay, thesis)


def test_thesis_in_intro_draft_top_level_thesis() -> None:
    thesis = Node(K.THESIS, "Memory shapes who the clones become.", id="t")
    second = Node(K.THESIS, "A second thesis.", id="t2")
    intro = Node(K.INTRO, "A hook", id="i")
    essay = Essay(outline=[intro, thesis, second])
    draft = draft_paragraph(essay, intro)
    assert "Memory shapes" in draft and "second thesis" not in draft
    assert thesis_in_intro_draft(essay, thesis)
    assert not thesis_in_intro_draft(essay, second)
    no_intro = Essay(outline=[Node(K.THESIS, "Alone.", id="t3")])
    assert not thesis_in_intro_draft(no_intro, no_intro.outline[0])
    blank = Node(K.THESIS, "  ", id="t4")
    assert not thesis_in_intro_draft(Essay(outline=[Node(K.INTRO, "", id="i2"), blank]), blank)


@pytest.mark.parametrize(("typed", "kept"), [
    ("B. F. Skinner's theory", "B. F. Skinner's theory"),
    ("- A. Smith calls it fate", "A. Smith calls it fate"),
    ("e. coli spreads", "e. coli spreads"),
    ("a) the first point", "the first point"),
    ("(b) the second point", "the second point"),
    ("1. numbered", "numbered"),
    ("iv. roman", "roman"),
])
def test_clean_note_keeps_initials_and_drops_labels(typed: str, kept: str) -> None:
    assert clean_note(typed) == kept


def test_initials_reach_the_draft_and_the_check_sees_a_lost_initial() -> None:
    body = Node(K.BODY, "A claim", id="b", children=[
        Node(K.NOTE, "B. F. Skinner's theory explains the conditioning"),
        Node(K.NOTE, "A. Smith calls it fate"),
    ])
    essay = Essay(outline=[body])
    draft = draft_paragraph(essay, body)
    assert "B. F. Skinner's theory" in draft and "A. Smith calls it fate" in draft
    assert check_paragraph(draft, essay, body) == []
    # The check reads the note as typed, so it would catch the old loss.
    assert missing_words("Skinner's theory explains the conditioning.",
                         "B. F. Skinner's theory explains the conditioning") == ["b", "f"]
    assert missing_words("Coli spreads.", "- e. coli spreads") == ["e"]
    assert missing_words("The first point.", "Note: a) the first point") == []


@pytest.mark.parametrize("empty", ["", "   ", '""', "“ ”", "“”"])
def test_a_lead_in_before_an_empty_quotation_is_kept_as_a_note(empty: str) -> None:
    body = Node(K.BODY, "A claim", id="b", children=[
        Node(K.NOTE, "kathy admits:"),
        Node(K.QUOTE, empty, cite="12"),
        Node(K.NOTE, "the clones keep hoping"),
    ])
    essay = Essay(outline=[body])
    draft = draft_paragraph(essay, body)
    assert "Kathy admits." in draft
    assert "“" not in draft and "(12)" not in draft
    assert check_paragraph(draft, essay, body) == []
    assert_well_formed(draft)
