"""Sources in the .essay file (format version 2): every field round-trips,
version-1 files migrate, and bad source data is refused clearly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from outliner.core.essay import Essay, Meta, Node, NodeKind
from outliner.core.sources import SOURCE_TEXT_FIELDS, Name, Source, SourceType
from outliner.io.errors import DocumentError
from outliner.io.essay.file import essay_from_json, essay_to_json, load_essay, save_essay

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "essay"

TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=20)
NAMES = st.lists(st.builds(Name, TEXT, TEXT), max_size=3).map(tuple)


@st.composite
def any_source(draw: st.DrawFn) -> Source:
    fields = {name: draw(TEXT) for name in SOURCE_TEXT_FIELDS}
    return Source(text=draw(TEXT), type=draw(st.sampled_from(list(SourceType))),
                  authors=draw(NAMES), editors=draw(NAMES), **fields)


def _essay_with(sources: list[Source]) -> Essay:
    quote = Node(NodeKind.QUOTE, "words", cite="4", id="q",
                 source=sources[-1].id if sources else "")
    return Essay(meta=Meta(title="T", affiliation="Lakeside High School"), sources=sources,
                 outline=[Node(NodeKind.BODY, "claim", id="b", children=[quote])])


@settings(max_examples=80, deadline=None)
@given(sources=st.lists(any_source(), max_size=4))
def test_every_source_field_round_trips(sources: list[Source]) -> None:
    essay = _essay_with(sources)
    back = essay_from_json(essay_to_json(essay), Path("x.essay"))
    assert back.sources == sources
    assert [s.id for s in back.sources] == [s.id for s in sources]
    assert back.node("q").source == essay.node("q").source
    assert back.meta.affiliation == "Lakeside High School"


def test_layout_only_filled_fields_are_written(tmp_path: Path) -> None:
    book = Source(type=SourceType.BOOK, authors=(Name("Ishiguro", "Kazuo"),),
                  title="Never Let Me Go", date="2006", id="src-1")
    essay = _essay_with([Source("Typed.", id="src-0"), book])
    data = json.loads(essay_to_json(essay))
    assert data["sources"] == [
        {"id": "src-0", "type": "other", "text": "Typed."},
        {"id": "src-1", "type": "book", "text": "",
         "authors": [{"family": "Ishiguro", "given": "Kazuo"}],
         "title": "Never Let Me Go", "date": "2006"},
    ]
    assert data["outline"][0]["children"][0]["source"] == "src-1"
    assert "source" not in data["outline"][0]  # empty: not written
    path = tmp_path / "e.essay"
    save_essay(essay, path)
    assert load_essay(path).sources == essay.sources


def test_version_1_sources_get_numbered_ids_and_the_other_type() -> None:
    essay = load_essay(FIXTURES / "v1.essay")
    [source] = essay.sources
    assert (source.id, source.type, source.structured) == ("source-1", SourceType.OTHER, False)
    assert essay.meta.affiliation == ""
    # The same file migrates to the same ids every time (no churn in diffs).
    assert essay_to_json(load_essay(FIXTURES / "v1.essay")) == essay_to_json(essay)


def test_duplicate_ids_on_save_are_renumbered_not_lost(tmp_path: Path) -> None:
    twins = [Source("A.", id="same"), Source("B.", id="same")]
    back = essay_from_json(essay_to_json(Essay(sources=twins)), Path("x.essay"))
    assert [s.text for s in back.sources] == ["A.", "B."]
    assert back.sources[0].id == "same" and back.sources[1].id != "same"


HEAD = '{"format": "essay-outliner", "version": 2, '


@pytest.mark.parametrize(("body", "message"), [
    ('"sources": [{"id": "a", "text": "x"}, {"id": "a", "text": "y"}]}',
     r"sources\[1\]: the id 'a' is already used at sources\[0\]; ids must be unique"),
    ('"sources": [{"id": "a", "type": "poem"}]}', r"sources\[0\]\.type: 'poem' is not one of"),
    ('"sources": [{"id": "a", "colour": "red"}]}',
     r"sources\[0\]\.colour: is not a field this version knows"),
    ('"sources": [{"id": "a", "authors": [{"family": "X", "middle": "Y"}]}]}',
     r"sources\[0\]\.authors\[0\]\.middle: is not a field this version knows"),
    ('"sources": [{"id": "a", "authors": "Ishiguro"}]}',
     r"sources\[0\]\.authors: must be a list"),
    ('"sources": [{"id": "", "text": "x"}]}', r"sources\[0\]\.id: must not be empty"),
    ('"outline": [{"id": "b", "kind": "body", "source": 3}]}',
     r"outline\[0\]\.source: must be text"),
])
def test_bad_source_data_is_refused_clearly(tmp_path: Path, body: str, message: str) -> None:
    path = tmp_path / "bad.essay"
    path.write_text(HEAD + body, encoding="utf-8")
    with pytest.raises(DocumentError, match=message):
        load_essay(path)


def test_a_newer_version_is_still_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.essay"
    path.write_text('{"format": "essay-outliner", "version": 5}', encoding="utf-8")
    with pytest.raises(DocumentError, match=r"newer Essay Outliner \(format version 5\); "
                                            r"this version reads up to 4"):
        load_essay(path)
