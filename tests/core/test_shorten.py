"""Shortened text is whole words of the original, the ellipsis its own."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from outliner.core.text import quoted_short, shorten

WORDS = st.lists(st.text(st.sampled_from("abcdeé’'-,.”"), min_size=1, max_size=12),
                 min_size=1, max_size=20)


@given(WORDS, st.integers(1, 80), st.sampled_from([" ", "  ", "\n", " \t"]))
def test_a_shortened_text_is_a_prefix_of_whole_words(words: list[str], limit: int,
                                                     gap: str) -> None:
    text = gap.join(words)
    short = shorten(text, limit)
    whole = " ".join(words)
    if short == whole:
        assert len(whole) <= limit
        return
    assert short.endswith("…")
    kept = short[:-1].split()
    assert kept, short
    # every kept word is the original's word, whole; the last may lose trailing commas
    assert kept[:-1] == words[:len(kept) - 1]
    assert words[len(kept) - 1].startswith(kept[-1])
    assert len(short) <= limit + 1 or len(kept) == 1


def test_the_issues_example_is_cut_before_the_half_word() -> None:
    text = "and she wonders about everything he learned at Hailsham"
    assert quoted_short(text, 40) == "“and she wonders about everything he”…"
    assert quoted_short("short enough", 40) == "“short enough”"
