"""The book check: each quotation node against its source's book."""

from __future__ import annotations

import re
from pathlib import Path

from outliner.compose.checks import run_checks
from outliner.compose.checks.book_quotes import KIND, check_book_quotes, cited_page
from outliner.core.book_text import BookPage, BookText
from outliner.core.essay import Essay, Node, NodeKind, Source
from outliner.core.quote_match import BookIndex, VerdictKind
from outliner.core.sources import Name, SourceType
from outliner.io.importers.text import read_text_file

K = NodeKind
LIGHTHOUSE = BookText((
    BookPage("41", "The keeper counted the ships that never came."),
    BookPage("42", "Every evening she lit the lamp for nobody at all."),
))
LETTERS = BookText((BookPage("7", "Dear Tom, the harvest failed again this year."),))


def essay() -> Essay:
    return Essay(sources=[
        Source(type=SourceType.BOOK, authors=(Name("Ward", "Ada"),), title="The Lighthouse",
               id="s1"),
        Source(type=SourceType.BOOK, authors=(Name("Moss", "Tom"),), title="Letters", id="s2"),
    ], outline=[Node(K.BODY, "The keeper waits.", id="b1", children=[
        Node(K.QUOTE, "The keeper counted the ships that never came", cite="41", id="q1"),
        Node(K.QUOTE, "she lit the lamp for nobody at all", cite="41", id="q2"),
        Node(K.QUOTE, "she lit the lamp for everybody at all", cite="p. 42", id="q3"),
        Node(K.QUOTE, "the harvest failed again this year", cite="Moss 7", id="q4"),
        Node(K.QUOTE, "the harvest failed again", cite="7", source="s2", id="q5"),
        Node(K.QUOTE, "", cite="9", id="empty"),
    ])])


def books() -> dict[str, BookIndex]:
    return {"s1": BookIndex(LIGHTHOUSE), "s2": BookIndex(LETTERS)}


def test_one_verdict_per_quotation_node_from_its_own_source() -> None:
    result = check_book_quotes(essay(), books())
    kinds = {node: v.kind for node, v in result.verdicts.items()}
    assert kinds == {"q1": VerdictKind.VERBATIM, "q2": VerdictKind.OTHER_PAGE,
                     "q3": VerdictKind.ALTERED, "q4": VerdictKind.VERBATIM,
                     "q5": VerdictKind.VERBATIM}


def test_findings_only_for_quotations_not_verbatim_on_their_page() -> None:
    result = check_book_quotes(essay(), books())
    assert [(f.kind, f.node_id) for f in result.findings] == [(KIND, "q2"), (KIND, "q3")]
    assert result.findings[0].message == "verbatim, but on page 42 (cited 41)"
    assert '"everybody"' in result.findings[1].message


def test_no_book_gives_no_source_verdicts_and_no_findings() -> None:
    result = check_book_quotes(essay(), {"s2": BookIndex(LETTERS)})
    assert result.verdicts["q1"].kind is VerdictKind.NO_SOURCE
    assert result.verdicts["q4"].kind is VerdictKind.VERBATIM
    assert result.findings == []


def test_the_other_checks_are_unchanged_by_it() -> None:
    # Not one of the structure checks: the window and the command line ask
    # for it with the books they have.
    assert all(f.kind != KIND for f in run_checks(essay()))


def test_cited_page_reads_the_citation_locator() -> None:
    assert cited_page("258") == "258"
    assert cited_page("p. 258") == "258"
    assert cited_page("(Ishiguro 258)") == "258"
    assert cited_page("41-2") == "41–2"
    assert cited_page("xii") == "xii"
    assert cited_page("Act 2, Scene 1") is None
    assert cited_page("Shelley") is None
    assert cited_page("") is None


def _unbracketed(quote: str, words: str) -> str:
    """What a book would say where a quotation has a bracketed change."""
    return re.sub(r"\[[^\]]*\]", words, quote)


def test_the_users_draft_against_a_book_built_around_its_quotations(user_draft: Path) -> None:
    essay = read_text_file(user_draft)
    essay.set_sources([Source("The novel the essay is about.", id="novel")])
    quotes = [n for n in essay.walk() if n.kind is K.QUOTE]
    by_page = {n.cite: [q for q in quotes if q.cite == n.cite] for n in quotes}
    exact, changed = by_page["258"][:2]
    on_41 = by_page["41"][0]
    changed_words = changed.text.split()
    book_words = [*changed_words[:-2], "really", changed_words[-1]]  # "I truly am." in the draft
    filler = "The lamp on the desk burned low while the reader counted the cards."
    pages = {
        "41": filler,
        "42": f"{filler} {_unbracketed(on_41.text, 'us')}. {filler}",
        "74": f"{filler} {_unbracketed(by_page['74'][0].text, 'Ruth')}.",
        "257": filler,
        "258": f"{filler} “{exact.text}” She waited. “{' '.join(book_words)}” {filler}",
    }
    book = BookIndex(BookText(tuple(BookPage(label, text) for label, text in pages.items())))
    result = check_book_quotes(essay, {"novel": book})
    assert result.verdicts[exact.id].message() == "verbatim on page 258"
    altered = result.verdicts[changed.id]
    assert altered.kind is VerdictKind.ALTERED
    assert altered.message() == 'altered: you wrote "truly", the book says "really" (page 258)'
    assert result.verdicts[on_41.id].message() == "verbatim, but on page 42 (cited 41)"
    assert result.verdicts[by_page["74"][0].id].kind is VerdictKind.VERBATIM
