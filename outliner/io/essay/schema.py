"""The .essay file as pydantic models: what is written, in which key order.

The models mirror ``outliner.core.essay`` but only describe the file; the
conversion to and from the core objects lives in ``outliner.io.essay.file``.
Field order here is the key order on disk (``format``, ``version``, ``meta``,
``sources``, ``outline``; a node's ``id``, ``kind``, ``text``, ``cite``,
``prose``, ``source``, ``children``), so files diff well under version control.

Unknown keys are refused rather than dropped: a key this version does not
know could hold something the writer typed, and saving would lose it.
"""

from __future__ import annotations

import json
import os
from typing import Any, Literal

# pydantic looks for plugins in every installed package's metadata the first
# time a model is built: a scan of site-packages on every start, for plugins
# this program never uses. Whoever wants one can still set the variable.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "1")

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SerializerFunctionWrapHandler,
    model_serializer,
)

from outliner.core.essay import PARAGRAPH_KINDS, CitationStyle, NodeKind
from outliner.core.sources import PAGE_OFFSET_LIMIT, SOURCE_TEXT_FIELDS, SourceType

# Also importable from here, where they always were.
from outliner.io.essay.migrations import CURRENT_VERSION
from outliner.io.essay.migrations import FORMAT_NAME as FORMAT_NAME
from outliner.io.essay.utf8 import utf8_safe as utf8_safe

# Built on first use, not at import: a process that never reads or writes a
# file (the window on its sample essay, most commands) skips building them.
_KNOWN_KEYS_ONLY = ConfigDict(extra="forbid", defer_build=True)
#: A list stops at its first bad item: the message names only the first
#: problem, and collecting one error per item of a list of millions of bad
#: items took minutes and gigabytes.
_FIRST_BAD_ITEM_ONLY = True


class MetaModel(BaseModel):
    """The heading of the essay: who wrote it, for whom, and the citation style."""

    model_config = _KNOWN_KEYS_ONLY

    title: str = ""
    author: str = ""
    instructor: str = ""
    course: str = ""
    date: str = ""
    style: CitationStyle = Field(
        default=CitationStyle.MLA, description="citation style the teacher asks for"
    )
    affiliation: str = Field(
        default="", description="school or department (APA student title page)"
    )
    word_target: int = Field(default=0, ge=0, description="the essay's word target; 0: none")
    language: Literal["en-US", "en-GB"] = Field(
        default="en-US", description="spelling language")
    words: list[str] = Field(
        default_factory=list, description="words spell check accepts in this essay")


class NameModel(BaseModel):
    """A person's family and given names, or an organisation (family only)."""

    model_config = _KNOWN_KEYS_ONLY

    family: str = ""
    given: str = ""


class BookLinkModel(BaseModel):
    """The book file a source is attached to (its text is cached elsewhere)."""

    model_config = _KNOWN_KEYS_ONLY

    path: str = Field(min_length=1, description="the book file (PDF, EPUB or text); "
                                                "relative to the essay's folder, or absolute")
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$",
                        description="SHA-256 of the file's bytes when it was attached")
    page_offset: int = Field(default=0, ge=-PAGE_OFFSET_LIMIT, le=PAGE_OFFSET_LIMIT,
                             description="added to page positions, for a book whose pages "
                                         "print no numbers")


class SourceModel(BaseModel):
    """One source: free text as typed, or a type and fields (or both)."""

    model_config = _KNOWN_KEYS_ONLY

    id: str = Field(min_length=1, description="unique among the sources; quotations "
                                               "name their source by it")
    type: SourceType = SourceType.OTHER
    text: str = Field(default="", description="the entry as the writer typed it; "
                                              "printed as is when there are no fields")
    authors: list[NameModel] = Field(
        default_factory=list, description="for a film, its directors")
    editors: list[NameModel] = Field(default_factory=list)
    title: str = ""
    container: str = Field(default="", description="the book, journal, newspaper, "
                                                   "magazine or site the work is part of")
    edition: str = ""
    volume: str = ""
    issue: str = ""
    publisher: str = ""
    place: str = Field(default="", description="place of publication")
    date: str = Field(default="", description="as given: 2006, 2020-03-05, 5 March 2020")
    pages: str = ""
    url: str = ""
    doi: str = ""
    accessed: str = Field(default="", description="date the web page was read")
    book: BookLinkModel | None = Field(
        default=None, description="the book file attached for checking quotations")

    @model_serializer(mode="wrap")
    def _omit_empty_fields(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        # id, type and text always; the fields only where they hold something.
        data = dict(handler(self))
        for name in ("authors", "editors", *SOURCE_TEXT_FIELDS, "book"):
            if not data.get(name):
                data.pop(name, None)
        return data


class NodeModel(BaseModel):
    """One entry of the outline and, recursively, what it holds."""

    model_config = _KNOWN_KEYS_ONLY

    id: str = Field(min_length=1, description="unique within the file; stable across saves")
    kind: NodeKind
    text: str = Field(
        default="", description="the node's line: claim, thesis, quotation (no marks), note"
    )
    cite: str = Field(
        default="",
        description="a quotation's locator such as 258; written for quotations, and for "
        "any other node whose cite is not empty",
    )
    prose: str = Field(
        default="",
        description="a paragraph's written-out text; written for intro, body and "
        "conclusion, and for any other node whose prose is not empty",
    )
    source: str = Field(
        default="",
        description="the id of the source a quotation cites; left out (empty) for the "
        "essay's only or first source",
    )
    target: int = Field(default=0, ge=0, description="a paragraph's word target; left out "
                                                      "when 0 (none)")
    children: list[NodeModel] = Field(default_factory=list, fail_fast=_FIRST_BAD_ITEM_ONLY)

    @model_serializer(mode="wrap")
    def _omit_unused_fields(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        # cite/prose only where the kind uses them or where they hold text,
        # so a kind change back and forth never loses anything.
        data = dict(handler(self))
        if self.kind is not NodeKind.QUOTE and not self.cite:
            data.pop("cite", None)
        if self.kind not in PARAGRAPH_KINDS and not self.prose:
            data.pop("prose", None)
        if not self.source:
            data.pop("source", None)
        if not self.target:
            data.pop("target", None)
        return data


class EssayFileModel(BaseModel):
    """A whole .essay file."""

    model_config = ConfigDict(
        extra="forbid",
        defer_build=True,
        title="Essay Outliner file",
        json_schema_extra={
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "description": (
                "An essay outline saved by Essay Outliner: UTF-8 JSON, 2-space "
                "indent, keys in this order. Node kinds may only sit where the "
                "program's placement rules allow (checked on load)."
            ),
        },
    )

    format: Literal["essay-outliner"] = Field(description="always 'essay-outliner'")
    version: int = Field(
        ge=1,
        description=f"format version; this program writes {CURRENT_VERSION} and "
        "upgrades older files when it reads them",
    )
    meta: MetaModel = Field(default_factory=MetaModel)
    sources: list[SourceModel] = Field(default_factory=list, fail_fast=_FIRST_BAD_ITEM_ONLY)
    outline: list[NodeModel] = Field(default_factory=list, fail_fast=_FIRST_BAD_ITEM_ONLY)


def essay_json_schema() -> dict[str, Any]:
    """The JSON Schema of the .essay file, generated from the models."""
    return EssayFileModel.model_json_schema()


def essay_json_schema_text() -> str:
    """The schema as docs/essay.schema.json holds it (stable, with a final newline)."""
    return json.dumps(essay_json_schema(), indent=2, ensure_ascii=False) + "\n"
