"""Which pages a citation's locator names."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from outliner.core.page_range import cited_pages
from outliner.core.roman import to_roman


def test_a_page_names_itself_only() -> None:
    assert "41" in cited_pages("41")
    assert "42" not in cited_pages("41")
    assert "41" in cited_pages("p. 41")


def test_ranges_in_full_and_shortened() -> None:
    for locator in ("41-42", "41–42", "41–2", "41--42", "pp. 41-2"):
        pages = cited_pages(locator)
        assert "41" in pages and "42" in pages and "43" not in pages, locator
    assert "261" in cited_pages("258–61") and "262" not in cited_pages("258–61")


def test_roman_pages_are_their_own_run() -> None:
    assert "xii" in cited_pages("xii")
    assert "XII" in cited_pages("xii")
    assert "xiii" in cited_pages("xii-xiv")
    assert "12" not in cited_pages("xii")
    assert "xii" not in cited_pages("12")


def test_lists_and_other_labels() -> None:
    pages = cited_pages("41, 43")
    assert "41" in pages and "43" in pages and "42" not in pages
    assert "A-3" in cited_pages("A-3")
    assert "" not in cited_pages("41")
    assert "41" not in cited_pages("")


@given(st.integers(1, 3000), st.integers(0, 40), st.integers(0, 40))
def test_every_page_of_a_range_is_in_it(first: int, span: int, inside: int) -> None:
    last = first + span
    pages = cited_pages(f"{first}–{last}")
    assert str(first + min(inside, span)) in pages
    assert str(last + 1) not in pages and str(first - 1) not in pages


@given(st.integers(1, 399), st.integers(0, 20))
def test_roman_ranges(first: int, span: int) -> None:
    pages = cited_pages(f"{to_roman(first).lower()}-{to_roman(first + span).lower()}")
    assert to_roman(first + span // 2).lower() in pages
    assert to_roman(first + span + 1).lower() not in pages
