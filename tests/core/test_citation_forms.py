"""The citation forms students write after a quotation, and the parentheticals
that only look like citations."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from outliner.core.quotations import cited_quotations, is_citation, tidy_quote_text

#: One of each form the issue lists, plus their close relatives.
CITATIONS = [
    "Lubrano [p. XX]", "Lubrano p. XX", "Author page #", "qtd. in Smith 4", "Shelley, ch. 5",
    "Ishiguro 41", "p. 258", "pp. 12-14", "41-42", "Smith and Jones 12", "Smith et al. 4",
    "Act 2, Scene 1", "Act II, Scene i", "lines 4–6", "ll. 4-6", "2.1.45", "Shelley, ch. iv",
    "Smith, 2019, p. 4", "41, emphasis added", "Ishiguro, Never Let Me Go 41",
    "Lord of the Flies 12", "Book IX",
]
#: Parentheticals after a quotation that are not citations: a remark, a cross
#: reference, a year dating a title (“The Road Not Taken” (1916)).
NOT_CITATIONS = [
    "see above", "1998", "1916", "a word used 3 times", "about 3 times",
    "just like Kathy having the tape", "emphasis added", "chapter 3 is the turning point",
]


@pytest.mark.parametrize("cite", CITATIONS)
def test_each_citation_form_is_one(cite: str) -> None:
    assert is_citation(cite)
    text = f"Kathy calls the Sales “important to us” ({cite}). Then she goes on."
    assert [(q.text, q.cite) for q in cited_quotations(text)] == [("important to us", cite)]


@pytest.mark.parametrize("remark", NOT_CITATIONS)
def test_remarks_and_lone_years_are_not_citations(remark: str) -> None:
    assert not is_citation(remark)
    assert cited_quotations(f"The film “Harbour Light” ({remark}) borrows it.") == []


_NAMES = st.sampled_from(["Shelley", "Ishiguro", "Smith", "O’Brien", "Lubrano", "McCarthy",
                          "Jones-Hall", "Fenn"])
_PAGE = st.integers(1, 999)  # a four-digit number alone reads as a year, not a page
_ROMAN = st.sampled_from(["i", "ii", "iv", "IX", "XII"])
citation_forms = st.one_of(
    _PAGE.map(str),
    st.builds(lambda n, p: f"{n} {p}", _NAMES, _PAGE),
    st.builds(lambda n: f"{n} [p. XX]", _NAMES),
    st.builds(lambda n, p: f"qtd. in {n} {p}", _NAMES, _PAGE),
    st.builds(lambda n, p: f"{n}, ch. {p}", _NAMES, _PAGE),
    st.builds(lambda p: f"p. {p}", _PAGE),
    st.builds(lambda a, b: f"{a}-{a + b}", _PAGE, _PAGE),
    st.builds(lambda a, b, p: f"{a} and {b} {p}", _NAMES, _NAMES, _PAGE),
    st.builds(lambda a, s: f"Act {a}, Scene {s}", st.integers(1, 5), st.integers(1, 9)),
    st.builds(lambda a, s: f"Act {a}, Scene {s}", _ROMAN, _ROMAN),
    st.builds(lambda a, b: f"lines {a}–{a + b}", _PAGE, _PAGE),
    st.builds(lambda a, s, ln: f"{a}.{s}.{ln}", st.integers(1, 5), st.integers(1, 9), _PAGE),
)
_WORD = st.sampled_from(["the", "clones", "hope", "Kathy", "tape", "Sales", "Hailsham", "and",
                         "yet", "never", "society", "outside", "is", "was", "it", "a", "to"])
_words = st.lists(_WORD, min_size=1, max_size=10).map(" ".join)
_quoted = st.builds(lambda w, end: w + end, _words, st.sampled_from(["", "", ".", "?", "!", ","]))


@given(_words, st.sampled_from(["“", '"']), _quoted, citation_forms, _words,
       st.sampled_from([". ", ", and ", " ", "; "]))
def test_a_cited_quotation_in_prose_keeps_its_words_and_cite(
    before: str, mark: str, words: str, cite: str, after: str, joint: str
) -> None:
    close = "”" if mark == "“" else '"'
    text = f"{before.capitalize()} {mark}{words}{close} ({cite}){joint}{after}."
    assert [(q.text, q.cite) for q in cited_quotations(text)] == [
        (tidy_quote_text(words), cite)]


@pytest.mark.parametrize(("text", "cites"), [
    ("mild", False), ("vivid", False), ("did", False), ("civil", False), ("mix", False),
    ("i", False), ("xii", True), ("XII", True), ("iv", True), ("Act II, Scene i", True),
    ("Shelley, ch. iv", True),
])
def test_only_real_roman_numerals_are_locators(text: str, cites: bool) -> None:
    from outliner.core.quotations import is_citation

    assert is_citation(text) is cites
