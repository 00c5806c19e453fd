"""The reading validator states what the pydantic models state, and refuses alike.

The models (schema.py) are the file's schema; a load validates with the
small core schema of reader.py instead. These tests hold the two together:
field for field on the schemas, and message for message on files made
wrong in every way hypothesis finds.
"""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel, ValidationError

from outliner.core.essay import CitationStyle, Essay, Meta, Node, NodeKind, Source
from outliner.core.sources import Name, SourceType
from outliner.io.errors import DocumentError
from outliner.io.essay.file import (
    _describe_validation,
    _node,
    _source,
    essay_file_dict,
    essay_from_json,
)
from outliner.io.essay.reader import file_schema, file_validator
from outliner.io.essay.schema import (
    EssayFileModel,
    MetaModel,
    NameModel,
    NodeModel,
    SourceModel,
)
from tests.conftest import REPO
from tests.support.helpers import shape

K = NodeKind


def _reader_parts() -> dict[str, dict[str, Any]]:
    """The fields of each object the reader reads, by the model that states it."""
    schema = file_schema()
    assert schema["type"] == "definitions"
    node, name = schema["definitions"]
    root = schema["schema"]
    assert root["type"] == "typed-dict"

    def fields(part: Any) -> dict[str, Any]:
        if part["type"] == "default":
            part = part["schema"]
        if part["type"] == "list":
            part = part["items_schema"]
        if part["type"] == "dataclass":
            return {f["name"]: (f["schema"], f["schema"]["type"] != "default")
                    for f in part["schema"]["fields"]}
        assert part["type"] == "typed-dict"
        return {key: (f["schema"], f.get("required", True)) for key, f in part["fields"].items()}

    return {
        "EssayFileModel": fields(root),
        "MetaModel": fields(root["fields"]["meta"]["schema"]),
        "SourceModel": fields(root["fields"]["sources"]["schema"]),
        "NodeModel": fields(node),
        "NameModel": fields(name),
    }


def _described(schema: dict[str, Any]) -> tuple[object, ...]:
    """A field's type, constraints and default, in the models' core-schema terms."""
    default: object = None
    if schema["type"] == "default":
        default = schema.get("default", schema.get("default_factory"))
        schema = schema["schema"]
    kind = schema["type"]
    detail: object = None
    if kind == "enum":
        detail = (schema["cls"], tuple(schema["members"]))
    elif kind == "literal":
        detail = tuple(schema["expected"])
    elif kind == "list":
        items = schema["items_schema"]
        detail = (items.get("type"), schema.get("fail_fast", False))
        if items["type"] in ("definition-ref", "model", "typed-dict"):
            detail = ("object", schema.get("fail_fast", False))
    if default is MetaModel or default is Meta:
        default = "meta"
    return (kind, detail, schema.get("min_length"), schema.get("ge"), default)


@pytest.mark.parametrize("model", [EssayFileModel, MetaModel, SourceModel, NodeModel,
                                   NameModel], ids=lambda m: m.__name__)
def test_the_reader_has_the_models_fields_in_their_order(model: type[BaseModel]) -> None:
    EssayFileModel.model_rebuild()
    reader = _reader_parts()[model.__name__]
    theirs = model.__pydantic_core_schema__
    if theirs["type"] == "definitions":
        theirs = theirs["schema"]
    if theirs["type"] == "definition-ref":
        defs = EssayFileModel.__pydantic_core_schema__["definitions"]  # type: ignore[typeddict-item]
        theirs = next(d for d in defs if d.get("ref") == theirs["schema_ref"])
    model_fields = theirs["schema"]["fields"]  # type: ignore[typeddict-item]
    assert list(reader) == list(model_fields)
    for name, field in model_fields.items():
        schema, required = reader[name]
        assert required == (field["schema"]["type"] != "default"), name
        # The models' nested models are objects to the reader: compare the rest.
        mine, ours = _described(schema), _described(field["schema"])
        if ours[0] in ("model", "definition-ref"):
            assert mine[0] in ("dataclass", "typed-dict", "definition-ref"), name
            assert mine[4] == ours[4], name
        else:
            assert mine == ours, name


def _valid_file() -> dict[str, Any]:
    essay = Essay(
        meta=Meta(title="Memory", author="Ana", style=CitationStyle.APA, word_target=900,
                  words=("Hailsham",)),
        sources=[Source("Ishiguro, Kazuo. Never Let Me Go.", type=SourceType.BOOK, id="s1",
                        authors=(Name("Ishiguro", "Kazuo"),), title="Never Let Me Go")],
        outline=[
            Node(K.INTRO, "Opening", prose="It opens.", children=[Node(K.THESIS, "Claim.")]),
            Node(K.BODY, "First point", target=120, children=[
                Node(K.QUOTE, "we lost", cite="258", source="s1"), Node(K.NOTE, "a note")]),
            Node(K.CONCLUSION, "Closing"),
        ])
    data = essay_file_dict(essay)
    return json.loads(json.dumps(data))  # plain JSON values, as a parsed file holds


_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-3, 10**12) | st.floats(allow_nan=False)
    | st.text(max_size=8) | st.sampled_from(["", "body", "quote", "mla", "en-GB", "book"]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
        st.sampled_from(["id", "kind", "text", "children", "family", "x"]), inner, max_size=3),
    max_leaves=6)


def _places(data: Any, where: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path to an object or list inside ``data``."""
    found = [where]
    items = data.items() if isinstance(data, dict) else (
        enumerate(data) if isinstance(data, list) else [])
    for key, value in items:
        if isinstance(value, dict | list):
            found.extend(_places(value, (*where, key)))
    return found


@st.composite
def _damaged_files(draw: st.DrawFn) -> dict[str, Any]:
    data = _valid_file()
    for _ in range(draw(st.integers(0, 3))):
        where = draw(st.sampled_from(_places(data)))
        target: Any = data
        for key in where:
            target = target[key]
        if isinstance(target, dict):
            keys = [*target, "unknown", "id", "kind", "children", "text", "target"]
            key = draw(st.sampled_from(keys))
            if draw(st.booleans()) and key in target:
                del target[key]
            else:
                target[key] = draw(_JSON_VALUES)
        elif target:
            target[draw(st.integers(0, len(target) - 1))] = draw(_JSON_VALUES)
        else:
            target.append(draw(_JSON_VALUES))
    data["format"], data["version"] = "essay-outliner", 3  # checked before validation
    return data


def _models_message(data: dict[str, Any]) -> str | None:
    try:
        EssayFileModel.model_validate(copy.deepcopy(data))
    except ValidationError as exc:
        return _describe_validation(exc)
    return None


def _reader_message(data: dict[str, Any]) -> str | None:
    try:
        file_validator().validate_python(copy.deepcopy(data))
    except ValidationError as exc:
        return _describe_validation(exc)
    return None


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_damaged_files())
def test_the_reader_refuses_what_the_models_refuse_with_the_same_message(
        data: dict[str, Any]) -> None:
    assert _reader_message(data) == _models_message(data)


@settings(max_examples=100, deadline=None)
@given(_damaged_files())
def test_what_both_accept_reads_as_the_same_essay(data: dict[str, Any]) -> None:
    try:
        model = EssayFileModel.model_validate(copy.deepcopy(data))
    except ValidationError:
        return
    read = file_validator().validate_python(copy.deepcopy(data))
    assert [shape(Essay(outline=[n])) for n in read["outline"]] == [
        shape(Essay(outline=[_node(m)])) for m in model.outline]
    # The loader makes the word list Meta's tuple (a missing meta is Meta() already).
    assert {**vars(read["meta"]), "words": tuple(read["meta"].words)} == {
        **model.meta.model_dump(), "words": tuple(model.meta.words)}
    sources = [_source(s) for s in model.sources]
    assert [s["id"] for s in read["sources"]] == [s.id for s in sources]


def test_children_know_their_parent_once_read() -> None:
    essay = essay_from_json(json.dumps(_valid_file()), REPO / "memory.essay")
    body = essay.outline[1]
    assert [child.parent for child in body.children] == [body, body]
    assert body.parent is None and essay.meta.words == ("Hailsham",)


def test_a_repeated_node_id_is_named_with_both_places() -> None:
    data = _valid_file()
    data["outline"][2]["id"] = data["outline"][1]["children"][0]["id"]
    with pytest.raises(DocumentError, match=r"outline\[2\]: the id .* is already used at "
                                            r"outline\[1\]\.children\[0\]"):
        essay_from_json(json.dumps(data), REPO / "memory.essay")


def test_reading_a_file_does_not_import_pydantic(tmp_path: Any) -> None:
    path = tmp_path / "memory.essay"
    path.write_text(json.dumps(_valid_file()), encoding="utf-8")
    code = ("import sys; from pathlib import Path; "
            "from outliner.io.essay.file import load_essay; "
            f"essay = load_essay(Path({str(path)!r})); "
            "print(len(essay), 'pydantic' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=REPO).stdout.split()
    assert out == ["6", "False"]
