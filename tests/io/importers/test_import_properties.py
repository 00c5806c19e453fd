"""Properties of the draft importer over arbitrary and draft-like text.

The rule above all: every word of the draft ends up in the document, except
the structural labels the import report lists; the tree always obeys the
rule book; the importer never raises.
"""

from __future__ import annotations

import re
from collections import Counter

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from outliner.core.essay import Essay
from outliner.core.rules import tree_errors
from outliner.io.importers.text import parse_text_with_report
from tests.core.test_citation_forms import citation_forms

_TOKEN = re.compile(r"[^\W_]+")

#: Pieces that exercise every branch of the line classifier.
FRAGMENTS = [
    "\n", "\n", "\n\n", "\t", "  ", " ", "\r\n", "\r",
    "“", "”", "’", "‘", '"', "'", "(", ")", "-", "–", "—", "•", "*", "**", "_", "+",
    "#", "## ", "> ", ">", ":", ".", ",", "?", "!",
    "1.", "2)", "a)", "(3)", "I.", "II.", "III.", "IV.", "V.", "X.", "A.", "B.", "H.", "i.",
    "Quote:", "Quotes:", "Evidence -", "Thesis:", "Thesis", "Intro", "Introduction:",
    "Conclusion:", "Conclusion", "2nd body paragraph:", "Body paragraph 1:", "Body 2 -",
    "Paragraph 3:", "Title:", "Name:", "Teacher:", "Class:", "Date:", "Works Cited",
    "References", "Bibliography", "In conclusion,", "Ultimately", "(258)", "(Shelley 58)",
    "(1.4.57-58)", "(qtd. in Smith 4)", "Mr.", "e.g.", "snake_case", "2*3*4", "well-",
    "known", "and", "the", "Victor", "creature", "Elizabeth", "lonely", "12 March 2024",
    "https://example.org/x", "Mrs. Bennet", "Darcy", "pride", "ch. 3",
    "Prompt:", "Essay question:", "Here is a sample essay", "Write an essay in which",
    "Example Introduction:", "Sample", "(example)", "Conclusion Example", "(Lubrano [p. XX])",
    "(Act 2, Scene 1)", "(see above)", "(1998)", "Another",
]

arbitrary_text = st.one_of(
    st.text(),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=4)), max_size=60).map(
        "".join
    ),
)

_VOCABULARY = (
    "the creature reads Paradise Lost and learns that he is alone Victor flees his "
    "work Elizabeth waits in Geneva Walton writes letters to his sister ice ship north "
    "Darcy pride Elizabeth prejudice letter Pemberley Wickham Lydia Bennet"
)
_WORDS = st.sampled_from(_VOCABULARY.split(" "))
_phrase = st.lists(_WORDS, min_size=1, max_size=12).map(" ".join)
_sentence = st.builds(lambda p, end: p[0].upper() + p[1:] + end, _phrase,
                      st.sampled_from([".", "?", "!", "", "."]))
_paragraph = st.lists(_sentence, min_size=1, max_size=6).map(" ".join)
_quote = st.builds(
    lambda o, q, c, cite: f"{o}{q}{c}" + (f" ({cite})" if cite else ""),
    st.sampled_from(["“", '"', "“ "]), _phrase, st.sampled_from(["”", '"', "’"]),
    st.one_of(st.sampled_from(["", "258", "Shelley 58", "1.4.57-58", "qtd. in Smith 4", "41"]),
              citation_forms),
)
_bullet_mark = st.sampled_from(["-", "- ", "* ", "+ ", "• ", "– ", "1. ", "2) ", "a) ", "A. "])
_indent = st.sampled_from(["", "", "  ", "    ", "\t", "\t\t"])
_heading = st.sampled_from([
    "Intro", "Introduction:", "Conclusion:", "2nd body paragraph: ", "Body paragraph 1: ",
    "Body 2 - ", "I. ", "II. ", "III. Conclusion", "# ", "## ", "### Body 3: ", "Title: ",
    "Works Cited", "References", "Quote:", "Quotes: ", "Evidence: ", "Thesis: ", "Name: ",
    "Date: ", "Example Introduction:", "Sample Introduction 1", "Body Paragraph 2 (example)",
    "Conclusion Example", "Prompt: ", "Essay question:", "Here is a sample essay for ",
    "Write an essay in which ",
])
_line = st.one_of(
    _paragraph,
    st.builds(lambda h, p: h + p, _heading, st.one_of(st.just(""), _phrase)),
    st.builds(lambda i, m, p: i + m + p, _indent, _bullet_mark, st.one_of(_phrase, _quote)),
    st.builds(lambda i, p: i + p, _indent, _phrase),  # a wrapped continuation
    st.lists(_quote, min_size=1, max_size=3).map(" ".join),
    st.builds(lambda q: "> " + q, st.one_of(_quote, _phrase)),
    st.just(""),
    st.just(""),
)
draft_like_text = st.builds(
    lambda lines, sep: sep.join(lines),
    st.lists(_line, max_size=25),
    st.sampled_from(["\n", "\n", "\r\n", "\r"]),
)


def tokens(text: str) -> Counter[str]:
    """Word tokens as the property counts them (letters and digits only)."""
    return Counter(_TOKEN.findall(text))


def document_tokens(essay: Essay) -> Counter[str]:
    """Every token the essay holds: nodes, metadata and sources."""
    meta = essay.meta
    parts = [meta.title, meta.author, meta.instructor, meta.course, meta.date]
    parts += [source.text for source in essay.sources]
    for node in essay.walk():
        parts += [node.text, node.cite, node.prose]
    return tokens("\n".join(parts))


def check_nothing_lost(text: str, markdown: bool | None) -> None:
    essay, report = parse_text_with_report(text, markdown=markdown)
    # Code-span marks that came off join what they stood between, the way
    # CommonMark reads "room`42`" as "room42": count the words so joined.
    expected = tokens(text.replace("`", "") if "`" in report.labels else text)
    expected.subtract(tokens(" ".join(report.labels)))
    missing = {word: n for word, n in (expected - document_tokens(essay)).items() if n > 0}
    assert not missing, f"lost words {missing} (labels {report.labels})"
    assert tree_errors(essay.outline) == []
    ids = [node.id for node in essay.walk()]
    assert len(ids) == len(set(ids))


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(arbitrary_text, st.sampled_from([None, True, False]))
@example("0`0`", True)  # a code span touching a word joins it
@example("*0**0*", True)  # taking off both pairs of marks would join "0" and "0"
@example(" “ a’ (1) \n-x\ny", None)
def test_no_word_is_lost_from_arbitrary_text(text: str, markdown: bool | None) -> None:
    check_nothing_lost(text, markdown)


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(draft_like_text, st.sampled_from([None, True, False]))
def test_no_word_is_lost_from_draft_like_text(text: str, markdown: bool | None) -> None:
    check_nothing_lost(text, markdown)


def test_labels_are_really_consumed() -> None:
    """The report lists labels only when they left the text (the property
    would be vacuous if every word were reported as a label)."""
    essay, report = parse_text_with_report(
        "Intro\nA short opening that sets up the essay and ends here. Thesis follows it.\n"
        "Quote:\n“a line” (4)\n- a note\n"
    )
    assert report.labels == ["Intro", "Quote:", "-"]
    assert "Intro" not in document_tokens(essay)
    assert document_tokens(essay)["note"] == 1


_cited = st.builds(lambda q, c: (q, c), _phrase, citation_forms)


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(_paragraph, st.lists(_cited, max_size=3)), min_size=1, max_size=5))
def test_cited_quotations_in_written_paragraphs_become_quote_nodes(
    paragraphs: list[tuple[str, list[tuple[str, str]]]]
) -> None:
    """Whatever the citation form, a quotation cited inside a written paragraph
    is listed under it with its words and citation intact."""
    texts = []
    for prose, cited in paragraphs:
        quoted = " ".join(f"Walton writes “{q}” ({c})." for q, c in cited)
        texts.append(f"Victor reads the letters of his friend again and again. {prose} {quoted}")
    essay, _ = parse_text_with_report("\n\n".join(texts), markdown=False)
    quotes = [(n.text, n.cite) for n in essay.walk() if n.kind.value == "quote"]
    assert quotes == [(q, c) for _, cited in paragraphs for q, c in cited]
    check_nothing_lost("\n\n".join(texts), False)
