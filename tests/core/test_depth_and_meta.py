"""Limits and all-or-nothing changes that keep files saveable and undo exact."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from outliner.core import ops
from outliner.core.changes import Batch, SetMeta
from outliner.core.essay import Essay, Node
from outliner.core.rules import MAX_DEPTH, TreeError, tree_errors
from outliner.io.errors import DocumentError
from outliner.io.essay.file import essay_to_json, load_essay, save_essay
from outliner.io.importers.text import parse_text
from tests.support.helpers import K, small_essay


def deep_bullets(levels: int) -> str:
    return "Body paragraph 1: claim\n" + "".join(
        f"{'  ' * i}- level{i}\n" for i in range(levels))


def test_a_draft_nested_too_deep_imports_within_the_limit_and_saves(tmp_path: Path) -> None:
    essay = parse_text(deep_bullets(300))
    assert max(n.depth() for n in essay.walk()) == MAX_DEPTH - 1
    assert tree_errors(essay.outline) == []
    words = {n.text for n in essay.walk()}
    assert all(f"level{i}" in words for i in range(300))  # nothing dropped
    path = tmp_path / "deep.essay"
    save_essay(essay, path)
    assert essay_to_json(load_essay(path)) == essay_to_json(essay)


def test_moving_a_subtree_past_the_depth_limit_is_refused() -> None:
    chain = node = Node(K.NOTE, "n0")
    for i in range(1, MAX_DEPTH - 1):  # deepest node at the last allowed level
        child = Node(K.NOTE, f"n{i}")
        node.children.append(child)
        child.parent = node
        node = child
    essay = Essay(outline=[Node(K.BODY, "b", id="b", children=[chain]),
                           Node(K.BODY, "c", id="c", children=[Node(K.NOTE, "x", id="x"),
                                                              Node(K.NOTE, "y", id="y")])])
    with pytest.raises(TreeError, match="levels deep"):
        ops.move(essay, [essay.node("b").children[0]], essay.node("x"), 0)


def test_a_file_deeper_than_the_limit_is_refused_clearly(tmp_path: Path) -> None:
    node: dict[str, object] = {"id": "leaf", "kind": "note", "text": "deep", "children": []}
    for i in range(MAX_DEPTH + 5):
        node = {"id": f"n{i}", "kind": "note", "text": "", "children": [node]}
    top = {"id": "b", "kind": "body", "text": "", "prose": "", "children": [node]}
    path = tmp_path / "deep.essay"
    path.write_text(json.dumps({"format": "essay-outliner", "version": 1, "meta": {},
                                "sources": [], "outline": [top]}), encoding="utf-8")
    with pytest.raises(DocumentError, match="levels deep"):
        load_essay(path)


def test_a_rule_break_on_an_id_with_a_colon_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "odd.essay"
    quote = {"id": "a: b", "kind": "quote", "text": "q", "cite": "", "children": []}
    path.write_text(json.dumps({"format": "essay-outliner", "version": 1, "meta": {},
                                "sources": [], "outline": [quote]}), encoding="utf-8")
    with pytest.raises(DocumentError, match="breaks the outline rules"):
        load_essay(path)


def test_set_meta_checks_everything_before_changing_anything() -> None:
    essay = small_essay()
    with pytest.raises(ValueError):
        SetMeta((("title", "NEW"), ("style", "bogus"))).apply(essay)
    assert essay.meta.title == ""
    with pytest.raises(ValueError):
        Batch((SetMeta((("author", "A"),)), SetMeta((("nope", "x"),)))).apply(essay)
    assert essay.meta.author == ""
