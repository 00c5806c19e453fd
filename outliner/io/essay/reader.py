"""The validator that reads an .essay file: pydantic's, built straight into core objects.

``schema.py``'s models are the file's schema: saving dumps through them and
docs/essay.schema.json is generated from them. Reading through them cost
three things on every load: importing pydantic and building the models
(most of a short command's time), one model object per node, and a second
pass turning each model into a core ``Node`` (at 50,000 nodes about as long
as validating). So a load validates with pydantic-core's ``SchemaValidator``
(the engine under pydantic's models) over this small core schema, which
builds each ``Node`` and ``Meta`` directly. It states the same fields,
types, defaults and constraints as the models, field for field: the tests
compare the two on the models' own schema and on generated files, so a
field added to one and not the other fails them.
"""

from __future__ import annotations

from typing import Any

from pydantic_core import SchemaValidator
from pydantic_core import core_schema as cs

from outliner.core.essay import CitationStyle, Meta, Node, NodeKind
from outliner.core.sources import PAGE_OFFSET_LIMIT, SOURCE_TEXT_FIELDS, SourceType
from outliner.io.essay.migrations import FORMAT_NAME

_NODE = "node"
_NAME = "name"


def _text(min_length: int | None = None) -> cs.CoreSchema:
    return cs.str_schema(min_length=min_length)


def _default(schema: cs.CoreSchema, value: Any) -> cs.WithDefaultSchema:
    return cs.with_default_schema(schema, default=value)


def _listed(items: cs.CoreSchema, fail_fast: bool = False) -> cs.WithDefaultSchema:
    # fail_fast as in the models: a list stops at its first bad item.
    listed = cs.list_schema(items, fail_fast=True) if fail_fast else cs.list_schema(items)
    return cs.with_default_schema(listed, default_factory=list)


def _enum(cls: type[NodeKind] | type[CitationStyle] | type[SourceType]) -> cs.EnumSchema:
    return cs.enum_schema(cls, list(cls.__members__.values()), sub_type="str")


def _plain(fields: dict[str, cs.CoreSchema], required: tuple[str, ...] = ()
           ) -> cs.TypedDictSchema:
    return cs.typed_dict_schema(
        {name: cs.typed_dict_field(schema, required=name in required)
         for name, schema in fields.items()},
        extra_behavior="forbid")


def _built(cls: type[Any], fields: dict[str, cs.CoreSchema], *, post_init: bool = False
           ) -> cs.DataclassSchema:
    """``cls`` (a core dataclass) made from an object holding exactly these keys."""
    args = cs.dataclass_args_schema(
        cls.__name__, [cs.dataclass_field(name, schema) for name, schema in fields.items()],
        extra_behavior="forbid")
    return cs.dataclass_schema(cls, args, list(fields), post_init=post_init)


def _node_fields() -> dict[str, cs.CoreSchema]:
    # In the file's key order (NodeModel's); Node's __post_init__ links the children.
    return {
        "id": _text(min_length=1),
        "kind": _enum(NodeKind),
        "text": _default(_text(), ""),
        "cite": _default(_text(), ""),
        "prose": _default(_text(), ""),
        "source": _default(_text(), ""),
        "target": _default(cs.int_schema(ge=0), 0),
        "children": _listed(cs.definition_reference_schema(_NODE), fail_fast=True),
    }


def _meta_fields() -> dict[str, cs.CoreSchema]:
    return {
        "title": _default(_text(), ""),
        "author": _default(_text(), ""),
        "instructor": _default(_text(), ""),
        "course": _default(_text(), ""),
        "date": _default(_text(), ""),
        "style": _default(_enum(CitationStyle), CitationStyle.MLA),
        "affiliation": _default(_text(), ""),
        "word_target": _default(cs.int_schema(ge=0), 0),
        "language": _default(cs.literal_schema(["en-US", "en-GB"]), "en-US"),
        # A list here (the file's shape); the loader makes it Meta's tuple.
        "words": _listed(_text()),
    }


def _source_fields() -> dict[str, cs.CoreSchema]:
    names = _listed(cs.definition_reference_schema(_NAME))
    fields: dict[str, cs.CoreSchema] = {
        "id": _text(min_length=1),
        "type": _default(_enum(SourceType), SourceType.OTHER),
        "text": _default(_text(), ""),
        "authors": names,
        "editors": names,
    }
    fields.update({name: _default(_text(), "") for name in SOURCE_TEXT_FIELDS})
    # The attached book (BookLinkModel): where it is and what it was; never its text.
    book = _plain({
        "path": _text(min_length=1),
        "sha256": cs.str_schema(pattern=r"^[0-9a-f]{64}$"),
        "page_offset": _default(cs.int_schema(ge=-PAGE_OFFSET_LIMIT, le=PAGE_OFFSET_LIMIT), 0),
    }, required=("path", "sha256"))
    fields["book"] = _default(cs.nullable_schema(book), None)
    return fields


def _file_fields() -> dict[str, cs.CoreSchema]:
    meta = cs.with_default_schema(_built(Meta, _meta_fields()), default_factory=Meta)
    return {
        "format": cs.literal_schema([FORMAT_NAME]),
        "version": cs.int_schema(ge=1),
        "meta": meta,
        "sources": _listed(_plain(_source_fields(), required=("id",)), fail_fast=True),
        "outline": _listed(cs.definition_reference_schema(_NODE), fail_fast=True),
    }


def file_schema() -> cs.CoreSchema:
    """The core schema a file is read with (see the module's docstring)."""
    name = _plain({"family": _default(_text(), ""), "given": _default(_text(), "")})
    name["ref"] = _NAME
    node = _built(Node, _node_fields(), post_init=True)
    node["ref"] = _NODE
    return cs.definitions_schema(
        _plain(_file_fields(), required=("format", "version")), [node, name])


def file_validator() -> SchemaValidator:
    """A validator for one load: building it takes about 0.15 ms, so none is kept."""
    return SchemaValidator(file_schema())
