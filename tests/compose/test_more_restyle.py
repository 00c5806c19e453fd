"""More of the restyling of typed citations (compose/restyle.py): what is read
as name, year and locator, which source a citation cites, where Chicago's
footnote marks go, and properties over generated locators and prose."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from outliner.compose.manuscript import Manuscript, build_manuscript
from outliner.compose.restyle import CiteParts, Citer, Note, NoteRef, parse_citation, pieces
from outliner.core.essay import CitationStyle, Essay, Meta, Node, NodeKind
from outliner.core.sources import Name, Source, SourceType

K = NodeKind
T = SourceType
MLA, APA, CHICAGO = CitationStyle.MLA, CitationStyle.APA, CitationStyle.CHICAGO

ISHIGURO = Source(id="ish", type=T.BOOK, authors=(Name("Ishiguro", "Kazuo"),),
                  title="Never Let Me Go", publisher="Vintage International", place="New York",
                  date="2006")
THREE = Source(id="three", type=T.JOURNAL,
               authors=(Name("Delgado", "Rosa"), Name("Chen", "Wei"), Name("Ivanova", "Mila")),
               title="Cold rooms", container="VFR", volume="12", issue="3", date="2021",
               pages="201-219")
ANONYMOUS = Source(id="anon", type=T.BOOK, title="Beowulf", publisher="Norton", date="2000")
BUREAU = Source(id="org", type=T.OTHER, authors=(Name("Bureau of Fictional Statistics"),),
                title="Annual Report on Reading", publisher="Bureau of Fictional Statistics",
                date="2024")
ISHIGURO_FULL_NOTE = "Kazuo Ishiguro, *Never Let Me Go* (New York: Vintage International, 2006)"


def restyled(prose: str, *sources: Source, style: CitationStyle) -> tuple[str, list[Note]]:
    """The body's printed text and its footnotes."""
    essay = Essay(Meta(title="T"), list(sources), [Node(K.BODY, "Claim", prose=prose)])
    manuscript: Manuscript = build_manuscript(essay, style)
    return (" / ".join(line.text for line in manuscript.paragraphs[0].lines),
            manuscript.footnotes)


# -- reading a typed citation ------------------------------------------------------------


@pytest.mark.parametrize(("typed", "parts"), [
    ("Delgado et al. 4", CiteParts("Delgado et al.", "", "4")),
    ("Smith & Jones, 2001, pp. 3-4", CiteParts("Smith & Jones", "2001", "pp. 3-4")),
    ("n.d., p. 5", CiteParts("", "n.d.", "p. 5")),
    ("Ishiguro, 2006a, p. 41", CiteParts("Ishiguro", "2006a", "p. 41")),
    ("Ishiguro 2006", CiteParts("Ishiguro", "2006", "")),
    ("ch. 3", CiteParts("", "", "ch. 3")),
    ("para. 4", CiteParts("", "", "para. 4")),
    ("xiv", CiteParts("", "", "xiv")),
    ("  41 \n ", CiteParts("", "", "41")),
    ("Ishiguro 41,", CiteParts("Ishiguro", "", "41")),
    ("lines 3–7", CiteParts("", "", "lines 3–7")),
])
def test_more_typed_citations_are_read_as_their_parts(typed: str, parts: CiteParts) -> None:
    assert parse_citation(typed) == parts


@pytest.mark.parametrize("typed", ["mild", "done, 2", "see above", "Ishiguro says so",
                                   "Bureau of Fictional Statistics 3", "2006", ",,"])
def test_the_writers_own_words_in_parentheses_are_not_citations(typed: str) -> None:
    assert parse_citation(typed) is None


# -- which source, and how each style writes it --------------------------------------------


@pytest.mark.parametrize(("style", "text"), [
    (MLA, "“Cold” (Delgado et al. 4). Then “rooms” (Delgado et al. 5)."),
    (APA, "“Cold” (Delgado et al., 2021, p. 4). Then “rooms” (Delgado et al., 2021, p. 5)."),
])
def test_any_authors_family_name_cites_their_work(style: CitationStyle, text: str) -> None:
    printed, _ = restyled("“Cold” (Delgado et al. 4). Then “rooms” (Chen 5).",
                          ISHIGURO, THREE, style=style)
    assert printed == text


def test_chicago_names_three_authors_in_full_then_short() -> None:
    printed, notes = restyled("“Cold” (Delgado et al. 4). Then “rooms” (Chen 5).",
                              ISHIGURO, THREE, style=CHICAGO)
    assert printed == "“Cold.” Then “rooms.”"
    assert notes == [
        Note(1, "Rosa Delgado, Wei Chen, and Mila Ivanova, “Cold Rooms,” *VFR* 12, no. 3 "
                "(2021): 4."),
        Note(2, "Delgado, Chen, and Ivanova, “Cold Rooms,” 5."),
    ]


@pytest.mark.parametrize(("style", "text", "notes"), [
    (MLA, "“Old” (*Beowulf* 12).", []),
    (APA, "“Old” (*Beowulf*, 2000, p. 12).", []),
    (CHICAGO, "“Old.”", [Note(1, "*Beowulf* (Norton, 2000), 12.")]),
])
def test_a_work_without_authors_is_cited_by_its_title(style: CitationStyle, text: str,
                                                      notes: list[Note]) -> None:
    assert restyled("“Old” (12).", ANONYMOUS, style=style) == (text, notes)


def test_mla_cites_an_organisation_that_publishes_itself_by_title() -> None:
    printed, _ = restyled("“Again” (7).", BUREAU, style=MLA)
    assert printed == "“Again” (*Annual Report on Reading* 7)."
    printed, _ = restyled("“Again” (7).", BUREAU, style=APA)
    assert printed == "“Again” (Bureau of Fictional Statistics, 2024, p. 7)."


@pytest.mark.parametrize(("style", "text"), [
    (MLA, "“Alone” (Ishiguro)."),
    (APA, "“Alone” (Ishiguro, 2006)."),
    (CHICAGO, "“Alone.”"),
])
def test_a_name_without_a_locator_cites_the_work_alone(style: CitationStyle, text: str) -> None:
    printed, notes = restyled("“Alone” (Ishiguro).", ISHIGURO, style=style)
    assert printed == text
    assert notes == ([Note(1, f"{ISHIGURO_FULL_NOTE}.")] if style is CHICAGO else [])


def test_mla_leaves_a_bare_name_as_typed_when_the_sentence_names_the_author() -> None:
    # Nothing left to cite: the name alone would repeat the sentence.
    printed, _ = restyled("Ishiguro writes “x” (Ishiguro).", ISHIGURO, style=MLA)
    assert printed == "Ishiguro writes “x” (Ishiguro)."


def test_apa_gives_the_page_alone_only_in_the_narrative_citations_sentence() -> None:
    printed, _ = restyled("Ishiguro (2006) writes “x” (p. 41). Later “y” (p. 42).",
                          ISHIGURO, style=APA)
    assert printed == ("Ishiguro (2006) writes “x” (p. 41). Later “y” (Ishiguro, 2006, "
                       "p. 42).")


@pytest.mark.parametrize("style", list(CitationStyle))
def test_list_numbers_quoted_sources_and_unknown_authors_stay_as_typed(
        style: CitationStyle) -> None:
    prose = ("She lists (1) the tape and (2) the Sales (qtd. in Smith 4). "
             "“Unknown” (Dickens 4).")
    assert restyled(prose, ISHIGURO, style=style) == (prose, [])


# -- Chicago's reference marks -----------------------------------------------------------


def test_chicago_marks_go_after_the_punctuation_a_question_keeps_its_own() -> None:
    printed, notes = restyled(
        "Kathy asks, “Why?” (258). And “so,” (12) she says; “end” (13); “wow!” (14).",
        ISHIGURO, style=CHICAGO)
    assert printed == "Kathy asks, “Why?” And “so,” she says; “end”; “wow!”"
    assert [n.text for n in notes] == [f"{ISHIGURO_FULL_NOTE}, 258.",
                                       "Ishiguro, *Never Let Me Go*, 12.",
                                       "Ishiguro, *Never Let Me Go*, 13.",
                                       "Ishiguro, *Never Let Me Go*, 14."]


def test_chicago_mark_positions_in_the_printed_line() -> None:
    essay = Essay(Meta(title="T"), [ISHIGURO], [
        Node(K.BODY, "Claim", prose="It was “over” (41). “Done” (42), she said.")])
    line = build_manuscript(essay, CHICAGO).paragraphs[0].lines[0]
    assert line.text == "It was “over.” “Done,” she said."
    cut = [p if isinstance(p, str) else p.number for p in line.pieces()]
    assert cut == ["It was “over.”", 1, " “Done,”", 2, " she said."]


def test_pieces_cut_text_at_each_reference_and_drop_empty_pieces() -> None:
    one, two = Note(1, "first"), Note(2, "second")
    assert pieces("abc", (NoteRef(0, one), NoteRef(3, two))) == [one, "abc", two]
    assert pieces("ab", (NoteRef(1, one), NoteRef(1, two))) == ["a", one, two, "b"]
    assert pieces("", ()) == []
    assert pieces("plain", ()) == ["plain"]


# -- the Citer itself -------------------------------------------------------------------


def test_a_citer_without_structured_sources_is_inactive_and_changes_nothing() -> None:
    essay = Essay(Meta(title="T"), [Source(id="free", text="Ishiguro, Kazuo. A Book.")],
                  [Node(K.BODY, "c", id="b")])
    citer = Citer(essay, MLA)
    assert not citer.active
    assert citer.restyle("“x” (Ishiguro 41).", essay.outline[0]) == ("“x” (Ishiguro 41).", ())


def test_the_first_chicago_note_of_each_source_is_full_even_when_interleaved() -> None:
    prose = "“a” (Ishiguro 1). “b” (Chen 2). “c” (Ishiguro 3). “d” (Delgado 4)."
    _, notes = restyled(prose, ISHIGURO, THREE, style=CHICAGO)
    assert [n.number for n in notes] == [1, 2, 3, 4]
    assert notes[0].text.startswith("Kazuo Ishiguro, ")
    assert notes[1].text.startswith("Rosa Delgado, Wei Chen, and Mila Ivanova, ")
    assert notes[2].text == "Ishiguro, *Never Let Me Go*, 3."
    assert notes[3].text == "Delgado, Chen, and Ivanova, “Cold Rooms,” 4."


# -- properties ---------------------------------------------------------------------------

_PAGE = st.integers(min_value=1, max_value=999)


@settings(max_examples=100, deadline=None)
@given(first=_PAGE, span=st.integers(min_value=0, max_value=30), dash=st.sampled_from(
    ["-", "–", "--"]), prefix=st.sampled_from(["", "p. ", "pp. "]))
def test_any_page_or_range_is_cited_in_each_style(first: int, span: int, dash: str,
                                                  prefix: str) -> None:
    typed = f"{prefix}{first}{dash}{first + span}" if span else f"{prefix}{first}"
    prose = f"Kathy says “it was over” ({typed})."
    mla, _ = restyled(prose, ISHIGURO, style=MLA)
    apa, _ = restyled(prose, ISHIGURO, style=APA)
    chicago, notes = restyled(prose, ISHIGURO, style=CHICAGO)
    pages = f"{first}–{first + span}" if span else f"{first}"
    assert mla.startswith("Kathy says “it was over” (Ishiguro ")
    assert mla.endswith(").")
    assert apa.startswith("Kathy says “it was over” (Ishiguro, 2006, p")
    assert pages in apa  # APA 7 gives pages in full
    assert chicago == "Kathy says “it was over.”"
    [note] = notes
    assert note.text.startswith(f"{ISHIGURO_FULL_NOTE}, {first}")
    assert note.number == 1 and note.text.endswith(".")
    if not span:
        assert mla == f"Kathy says “it was over” (Ishiguro {first})."
        assert apa == f"Kathy says “it was over” (Ishiguro, 2006, p. {first})."
        assert note.text == f"{ISHIGURO_FULL_NOTE}, {first}."


_TEXT = st.text(st.characters(exclude_categories=["Cs", "Cc"]), max_size=80).filter(
    lambda t: "(" not in t)


@settings(max_examples=200, deadline=None)
@given(text=_TEXT, style=st.sampled_from(list(CitationStyle)))
def test_a_line_without_parentheses_is_never_changed(text: str,
                                                     style: CitationStyle) -> None:
    essay = Essay(Meta(title="T"), [ISHIGURO, THREE], [Node(K.BODY, "c")])
    citer = Citer(essay, style)
    assert citer.restyle(text, essay.outline[0]) == (text, ())
    assert citer.notes == 0


@settings(max_examples=200, deadline=None)
@given(inside=st.text(st.characters(exclude_categories=["Cs"]), max_size=40),
       style=st.sampled_from(list(CitationStyle)))
def test_any_parenthetical_is_restyled_or_kept_never_a_crash(inside: str,
                                                            style: CitationStyle) -> None:
    essay = Essay(Meta(title="T"), [ISHIGURO, THREE], [Node(K.BODY, "c")])
    text = f"She says “it was over” ({inside}). Then more."
    out, refs = Citer(essay, style).restyle(text, essay.outline[0])
    assert out.startswith("She says “it was over")
    assert out.endswith("Then more.")
    assert [ref.note.number for ref in refs] == list(range(1, len(refs) + 1))
    assert all(0 <= ref.at <= len(out) for ref in refs)
