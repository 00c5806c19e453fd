"""Roman numerals: one reader for outlines and citations."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from outliner.core.roman import roman_value, to_roman


@given(st.integers(min_value=1, max_value=3999))
def test_every_numeral_reads_back(value: int) -> None:
    assert roman_value(to_roman(value)) == value
    assert roman_value(to_roman(value).lower()) == value


def test_malformed_numerals_and_words_are_zero() -> None:
    assert [roman_value(t) for t in ("IIII", "VX", "mild", "did", "", "IC")] == [0, 0, 0, 0, 0, 0]
    assert roman_value("mix") == 1009  # a numeral: citations bound locators to 399
    assert roman_value("C", letters="IVX") == 0  # an outline's "C." is a letter
