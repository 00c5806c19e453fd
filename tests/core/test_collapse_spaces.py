"""collapse_spaces is " ".join(text.split()) for any text, its fast path included."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from outliner.core.text import collapse_spaces

_SPACES = (" \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2009\u200a\u2028\u2029"
           "\u202f\u205f\u3000")


@settings(max_examples=500)
@given(st.text(alphabet=st.sampled_from(list(_SPACES) + list("ab’“”*é\u200b\x00")), max_size=40)
       | st.text(max_size=60))
@example("a b")
@example(" a")
@example("a ")
@example("a  b")
@example("a\u00a0b")
@example("a\u2009b")
@example("a\x1fb")
def test_the_same_as_splitting_and_joining(text: str) -> None:
    assert collapse_spaces(text) == " ".join(text.split())
