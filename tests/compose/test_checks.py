"""The essay checks, one concern at a time, on essays built to fail one."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from outliner.compose.checks import Finding, SpellingCheck, run_checks
from outliner.compose.checks.length import essay_progress
from outliner.compose.checks.spelling import candidate_words
from outliner.compose.checks.thesis import sentence_count
from outliner.core.essay import Essay, Meta, Node, NodeKind, Source
from outliner.core.text import count_words
from outliner.core.words import essay_words, node_count

K = NodeKind
HEADED = Meta(title="T", author="A", instructor="I", course="C", date="1 May 2026")


def finished() -> Essay:
    """An essay every check passes."""
    return Essay(meta=Meta(**vars(HEADED)), sources=[Source("Shelley, Mary. Frankenstein.",
                                                            id="s1")], outline=[
        Node(K.INTRO, "Hook.", prose="Hook. Thesis here.", id="intro", children=[
            Node(K.THESIS, "Shelley warns against knowledge pursued alone.", id="th")]),
        Node(K.BODY, "Victor hides.", id="b1", prose=(
            "Victor hides. He warns that “knowledge is dangerous to the one who seeks it” "
            "(52). That warning shows his regret."), children=[
            Node(K.QUOTE, "knowledge is dangerous to the one who seeks it", cite="52", id="q1"),
            Node(K.NOTE, "regret", id="n1")]),
        Node(K.CONCLUSION, "End.", prose="In the end, it costs.", id="c"),
    ])


def kinds(essay: Essay) -> list[tuple[str, str | None]]:
    return [(f.kind, f.node_id) for f in run_checks(essay)]


def test_a_finished_essay_has_no_findings() -> None:
    assert run_checks(finished()) == []


def test_thesis_missing_outside_the_introduction_or_two_sentences() -> None:
    essay = finished()
    essay.detach(essay.node("th"))
    assert ("thesis", None) in kinds(essay)
    essay = finished()
    thesis = essay.node("th")
    essay.detach(thesis)
    essay.attach(thesis, essay.node("b1"), 0)
    assert [f.message for f in run_checks(essay) if f.kind == "thesis"] == [
        "not in the introduction"]
    essay = finished()
    essay.set_field(essay.node("th"), "text", "Shelley warns us. Knowledge costs.")
    assert Finding("thesis", "th", "2 sentences; a thesis is one sentence") in run_checks(essay)


def test_sentence_count_ignores_stops_inside_quotations_and_after_abbreviations() -> None:
    assert sentence_count("Mr. Rochester says “Go. Now.” to Jane") == 1
    assert sentence_count("One. Two! Three?") == 3
    assert sentence_count("") == 0


def test_a_body_needs_a_claim_evidence_and_discussion() -> None:
    essay = finished()
    body = essay.node("b1")
    essay.set_field(body, "text", "")
    essay.set_field(body, "prose", "")
    essay.detach(essay.node("n1"))
    found = kinds(essay)
    assert ("claim", "b1") in found and ("unwritten", "b1") in found
    assert ("discussion", "b1") in found  # a quotation, no prose, no notes
    assert ("sandwich", "q1") in found  # the outline ends on the quotation
    essay.detach(essay.node("q1"))
    assert ("evidence", "b1") in kinds(essay)


def test_prose_that_ends_on_a_quotation_is_flagged() -> None:
    essay = finished()
    essay.set_field(essay.node("b1"), "prose",
                    "Victor hides. He says “knowledge is dangerous to the seeker” (52).")
    assert ("sandwich", "b1") in kinds(essay)


def test_quotations_need_a_citation_and_a_source() -> None:
    essay = finished()
    essay.set_field(essay.node("q1"), "cite", "")
    assert ("citation", "q1") in kinds(essay)
    essay = finished()
    essay.set_field(essay.node("b1"), "prose",
                    "He says “knowledge is dangerous to the one who seeks” and stops.")
    assert ("citation", "b1") in kinds(essay)
    essay.set_field(essay.node("b1"), "prose", "The “normal” society is far. Then more.")
    assert ("citation", "b1") not in kinds(essay)  # a scare quote is not evidence
    essay = finished()
    essay.set_sources([])
    assert Finding("sources", None, "no Works Cited entry for the quotations") in \
        run_checks(essay)


def test_every_source_cited_and_every_cited_name_listed() -> None:
    essay = finished()
    essay.set_sources([*essay.sources, Source("Mellor, Anne. Mary Shelley.", id="s2")])
    assert [f.message for f in run_checks(essay) if f.kind == "sources"] == [
        "“Mellor, Anne. Mary Shelley.” in Works Cited is never cited"]
    essay.set_field(essay.node("q1"), "source", "s2")  # structured: cited by id
    assert [f.node_id for f in run_checks(essay) if f.kind == "sources"] == [None]
    essay.set_field(essay.node("q1"), "source", "gone")
    assert ("sources", "q1") in kinds(essay)
    essay = finished()
    essay.set_field(essay.node("q1"), "cite", "Hindle 52")
    assert Finding("sources", "q1", "cites Hindle, who is not in Works Cited") in \
        run_checks(essay)


def test_conclusion_heading_and_unwritten() -> None:
    essay = finished()
    essay.detach(essay.node("c"))
    assert ("conclusion", None) in kinds(essay)
    essay = finished()
    essay.set_meta("instructor", "")
    essay.set_meta("date", "")
    assert Finding("heading", None, "MLA asks for the instructor and the date "
                                    "(Essay Properties)") in run_checks(essay)


def test_word_targets_for_the_essay_and_a_paragraph() -> None:
    essay = finished()
    essay.set_meta("word_target", "1000")
    essay.set_field(essay.node("b1"), "target", "5")
    found = {(f.kind, f.node_id): f.message for f in run_checks(essay)}
    total, body = essay_words(essay), count_words(essay.node("b1").prose)
    assert found[("length", None)] == f"{total} of 1,000 words ({1000 - total} to go)"
    assert found[("length", "b1")] == f"{body} words, {body - 5} over the target of 5"
    essay.set_field(essay.node("b1"), "target", str(body))
    essay.set_meta("word_target", str(total))
    assert [f for f in run_checks(essay) if f.kind == "length"] == []
    assert essay_progress(essay).text() == f"{total} / {total} words (100%)"


class Dictionary:
    """Knows every lower-case word but "togethers"; counts what it was asked."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def known(self, word: str) -> bool:
        self.asked.append(word)
        return word != "togethers"

    def suggest(self, word: str) -> list[str]:
        return ["together"]


def test_spelling_finds_the_word_skips_quotations_and_caches_per_text() -> None:
    essay = finished()
    essay.set_field(essay.node("n1"), "text", "time to spend togethers, “togethers” (3)")
    dictionary = Dictionary()
    spelling = SpellingCheck(dictionary)
    found = [f for f in run_checks(essay, spelling) if f.kind == "spelling"]
    assert found == [Finding("spelling", "n1", "“togethers” may be misspelled")]
    assert spelling.misspelled(essay.node("n1").text) == ((14, 23),)
    asked = len(dictionary.asked)
    run_checks(essay, spelling)
    assert len(dictionary.asked) == asked  # nothing changed: nothing asked again
    assert run_checks(essay, SpellingCheck(dictionary, ("Togethers",))) == []


def test_quotation_nodes_are_never_spell_checked() -> None:
    essay = finished()
    essay.set_field(essay.node("q1"), "text", "spend togethers")
    assert run_checks(essay, SpellingCheck(Dictionary())) == []


_letters = st.text(alphabet="abcdefg ", min_size=1, max_size=20)


@given(before=_letters, quoted=_letters, after=_letters)
def test_no_candidate_word_lies_inside_a_quotation(before: str, quoted: str,
                                                   after: str) -> None:
    text = f"{before} “{quoted}” {after}"
    open_at, close_at = text.index("“"), text.index("”")
    for start, end, word in candidate_words(text):
        assert not open_at <= start < close_at
        assert text[start:end].replace("’", "'") == word


@given(st.text(max_size=60))
def test_candidate_words_are_lower_case_words_of_the_text(text: str) -> None:
    for start, end, word in candidate_words(text):
        assert len(word) >= 2 and not word[0].isupper() and "*" not in word
        assert text[start:end].replace("’", "'") == word


def test_an_unwritten_paragraphs_target_does_not_count_its_notes() -> None:
    essay = finished()
    body = essay.node("b1")
    essay.set_field(body, "prose", "")
    essay.set_field(body, "target", "150")
    notes = node_count(body).words
    assert notes > 0
    found = {(f.kind, f.node_id): f.message for f in run_checks(essay)}
    assert found[("length", "b1")] == (f"0 of 150 words written ({notes} words of notes, "
                                       "which the target does not count)")


_field = st.text(alphabet="ab .“”\"'(12)*Qq", max_size=30)


@given(texts=st.lists(st.tuples(_field, _field, _field), min_size=7, max_size=7),
       target=st.integers(min_value=0, max_value=50))
def test_any_text_gives_findings_about_nodes_that_exist(
        texts: list[tuple[str, str, str]], target: int) -> None:
    essay = finished()
    essay.set_meta("word_target", str(target))
    for node, (text, cite, prose) in zip(list(essay.walk()), texts, strict=False):
        essay.set_field(node, "text", text)
        essay.set_field(node, "cite", cite)
        essay.set_field(node, "prose", prose)
        essay.set_field(node, "target", str(target))
    for finding in run_checks(essay, SpellingCheck(Dictionary())):
        assert finding.node_id is None or essay.find(finding.node_id) is not None
        assert finding.kind and finding.message
