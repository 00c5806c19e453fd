"""Printed page numbers found in page texts: sequences, gaps, front matter,
and lines that only look like numbers."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from outliner.io.books.printed import find_printed_numbers


def _page(body: str, number: str | None, header: bool) -> str:
    if number is None:
        return body
    return f"{number}\n{body}" if header else f"{body}\n{number}"


@given(first=st.integers(1, 900), count=st.integers(2, 30),
       missing=st.sets(st.integers(0, 29)), header=st.booleans(),
       style=st.sampled_from(["{}", "- {} -", "[{}]"]))
def test_a_sequence_with_gaps_numbers_every_page(first: int, count: int, missing: set[int],
                                                 header: bool, style: str) -> None:
    shown = [n for n in range(count) if n not in missing]
    if len(shown) < max(2, count // 4 + 1):
        shown = list(range(count))  # enough pages must print their number
    texts = [_page(f"Words of page {n} go here.\nAnd more of them.",
                   style.format(first + n) if n in shown else None, header)
             for n in range(count)]
    found = find_printed_numbers(texts)
    assert found is not None
    assert found.labels == tuple(str(first + n) for n in range(count))
    for n, text in enumerate(found.texts):
        assert str(first + n) not in text.replace(f"page {n}", "")  # the number line is gone
        assert f"Words of page {n} go here." in text


def test_front_matter_in_roman_then_arabic() -> None:
    texts = ["Title page", "ii\nContents", "iii\nPreface words", "Chapter One\nstarts",
             "words\n2", "more words\n3", "even more\n4"]
    found = find_printed_numbers(texts)
    assert found is not None
    # the title page prints no number but is i; "Chapter One" prints none but is 1
    assert found.labels == ("i", "ii", "iii", "1", "2", "3", "4")


def test_numbers_that_are_no_sequence_are_not_trusted() -> None:
    texts = ["1990\nA year", "words\n7", "The list:\n3", "end\n2001", "x", "y", "z", "w"]
    assert find_printed_numbers(texts) is None


def test_a_stray_number_line_inside_a_numbered_book() -> None:
    texts = [f"Body text {n}.\nSteps:\n{n * 7 + 3}\nmore\n{n + 10}" for n in range(6)]
    found = find_printed_numbers(texts)
    assert found is not None
    assert found.labels == tuple(str(n + 10) for n in range(6))
    assert all(str(n * 7 + 3) in found.texts[n] for n in range(6))  # the stray one stays
