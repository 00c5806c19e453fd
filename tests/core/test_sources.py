"""Sources in the model: free text kept as typed, typed records with fields,
a quotation naming its source, and the change that replaces the list."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from outliner.core.changes import SetSources
from outliner.core.essay import Essay, Node, NodeKind
from outliner.core.sources import (
    Name,
    Source,
    SourceType,
    date_parts,
    name_line,
    names_from_lines,
)

BOOK = Source(type=SourceType.BOOK, authors=(Name("Ishiguro", "Kazuo"),),
              title="Never Let Me Go", date="2006")


def test_free_text_is_the_old_source_and_is_kept_as_typed() -> None:
    typed = "  Brontë, Charlotte.  *Jane Eyre*.\n1847. "
    source = Source(typed)
    assert source.text == typed  # not even the spaces are touched
    assert not source.structured and not source.is_empty()
    assert source.type is SourceType.OTHER and source.id.startswith("src-")


def test_fields_make_a_source_structured_and_ids_stay_out_of_equality() -> None:
    assert BOOK.structured
    assert Source(type=SourceType.BOOK, date="2006").structured is False  # no title or names
    assert Source("").is_empty() and not Source(pages="4").is_empty()
    twin = BOOK.with_fields(id="other-id")
    assert twin == BOOK and twin.id != BOOK.id and twin.same_work(BOOK)
    assert not BOOK.with_fields(title="Other").same_work(BOOK)
    assert BOOK.with_fields(title="X").id == BOOK.id  # an edit keeps the id


@pytest.mark.parametrize(("text", "expected"), [
    ("2006", (2006, None, None)),
    ("2020-03", (2020, 3, None)),
    ("2020-03-05", (2020, 3, 5)),
    ("March 5, 2020", (2020, 3, 5)),
    ("5 Mar. 2020", (2020, 3, 5)),
    ("Spring 2019", (2019, None, None)),
    ("2020-13-40", (2020, None, None)),
    ("n.d.", (None, None, None)),
    ("", (None, None, None)),
])
def test_date_parts(text: str, expected: tuple[int | None, ...]) -> None:
    parts = date_parts(text)
    assert (parts.year, parts.month, parts.day) == expected
    assert parts.text == ("n.d." if text == "n.d." else "")


@given(st.text())
def test_date_parts_never_fails(text: str) -> None:
    parts = date_parts(text)
    assert parts.month is None or 1 <= parts.month <= 12
    assert parts.day is None or 1 <= parts.day <= 31


def test_names_as_lines_round_trip_and_organisations_stay_whole() -> None:
    names = names_from_lines("Ishiguro, Kazuo\n\n  World Health Organization \nLe Guin, Ursula K.")
    assert names == (Name("Ishiguro", "Kazuo"), Name("World Health Organization"),
                     Name("Le Guin", "Ursula K."))
    assert names_from_lines("\n".join(name_line(n) for n in names)) == names


def test_a_quotation_names_its_source_or_cites_the_first() -> None:
    first, second = Source("First."), BOOK
    quote = Node(NodeKind.QUOTE, "words", cite="4")
    body = Node(NodeKind.BODY, "claim", children=[quote])
    essay = Essay(sources=[first, second], outline=[body])
    assert essay.source_for(quote) is first
    essay.set_field(quote, "source", second.id)
    assert quote.source == second.id and essay.source_for(quote) is second
    essay.set_field(quote, "source", "gone")  # a removed source: the first again
    assert essay.source_for(quote) is first
    assert Essay().source_for(quote) is None
    # Older code builds nodes positionally; the new field comes after them all.
    assert Node(NodeKind.NOTE, "t", "c", "p", []).source == ""


def test_set_sources_undoes_exactly_and_refuses_duplicate_ids() -> None:
    essay = Essay(sources=[Source("Old.")])
    before = list(essay.sources)
    inverse = SetSources((BOOK, Source("New.")), "Add Source").apply(essay)
    assert essay.sources == [BOOK, Source("New.")] and essay.sources[0] is BOOK
    inverse.apply(essay)
    assert essay.sources == before and essay.sources[0].id == before[0].id
    with pytest.raises(ValueError, match="same id"):
        SetSources((BOOK, BOOK.with_fields(title="x"))).apply(essay)
    assert essay.sources == before


def test_affiliation_is_metadata() -> None:
    essay = Essay()
    essay.set_meta("affiliation", "Department of English, Lakeside High School")
    assert essay.meta.affiliation == "Department of English, Lakeside High School"
