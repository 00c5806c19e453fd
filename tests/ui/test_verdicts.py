"""The window's words for a verdict: in English the same line that
``outliner check`` prints, for every kind of verdict and any mix of changes;
in Spanish, no English word of it left."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from outliner.core.quote_match import DiffPart, QuoteVerdict, VerdictKind
from outliner.ui.translations import install_translators
from outliner.ui.verdicts import comparison_html, verdict_mark, verdict_message

_WORD = st.text(alphabet="abcdefghij’", min_size=1, max_size=8)
_PAGE = st.sampled_from(["", "41", "42", "258", "xii"])


@st.composite
def verdicts(draw: st.DrawFn) -> QuoteVerdict:
    kind = draw(st.sampled_from(list(VerdictKind)))
    pages = tuple(draw(st.lists(_PAGE, max_size=3)))
    parts: tuple[DiffPart, ...] = ()
    if kind is VerdictKind.ALTERED:
        ops = draw(st.lists(st.sampled_from(["same", "changed", "added", "dropped"]),
                            min_size=1, max_size=6))
        parts = tuple(DiffPart(op, "" if op == "dropped" else draw(_WORD),  # type: ignore[arg-type]
                               "" if op == "added" else draw(_WORD)) for op in ops)
    return QuoteVerdict(kind, pages, "", parts, draw(_PAGE))


@settings(max_examples=300, deadline=None)
@given(verdicts())
def test_english_is_the_command_lines_line(qapp: Any, verdict: QuoteVerdict) -> None:
    # The window quotes with curly marks, the command line with straight ones.
    shown = verdict_message(verdict).replace("“", '"').replace("”", '"')
    assert shown == verdict.message()


def test_marks_tell_the_kinds_apart(qapp: Any) -> None:
    marks = {kind: verdict_mark(QuoteVerdict(kind, ("258",), cited="258"))
             for kind in VerdictKind}
    assert marks[VerdictKind.NO_SOURCE] is None
    glyphs = [m.glyph for k, m in marks.items() if m is not None]
    assert len(set(glyphs)) == 4


def test_the_comparison_marks_the_changed_words_only(qapp: Any) -> None:
    verdict = QuoteVerdict(VerdictKind.ALTERED, ("258",), "", (
        DiffPart("same", "the", "the"), DiffPart("changed", "rumour", "whisper"),
        DiffPart("added", "<b>", "")), "258")
    html = comparison_html(verdict)
    assert ('the <s style="color:#c62828">rumour</s> <b style="color:#2e7d32">whisper</b>'
            in html)
    assert "&lt;b&gt;" in html  # the writer's words are escaped
    assert comparison_html(QuoteVerdict(VerdictKind.VERBATIM, ("258",))) == ""


def test_spanish_has_no_english_left(qapp: Any) -> None:
    installed = install_translators("es")
    try:
        altered = QuoteVerdict(VerdictKind.ALTERED, ("258",), "", tuple(
            DiffPart("changed", f"w{n}", f"b{n}") for n in range(4)), "41")
        said = verdict_message(altered)
        assert said.startswith("alterada: escribiste «w0», el libro dice «b0»")
        assert "2 cambios más" in said and "citada 41" in said
        other = verdict_message(QuoteVerdict(VerdictKind.OTHER_PAGE, ("42",), cited="41"))
        assert other == "literal, pero en la página 42 (citada 41)"
    finally:
        installed.remove()
