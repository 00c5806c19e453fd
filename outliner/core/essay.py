"""The essay document: metadata, sources and an ordered tree of nodes.

The tree is plain Python objects with parent links and is the one truth: the
outline view shows a Qt-side mirror of it, kept in step only by the listener
calls described here. Every structural change goes through
``Essay.attach`` / ``Essay.detach`` and every field change through
``Essay.set_field``; those three primitives tell an optional listener before
and after they act, which is how views stay in step without the core knowing
about them.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol

from outliner.core.sources import Source as Source  # re-exported: older code imports it here
from outliner.core.translatable import QT_TRANSLATE_NOOP


class NodeKind(StrEnum):
    """What a node is in the essay's structure."""

    INTRO = "intro"
    THESIS = "thesis"
    BODY = "body"
    QUOTE = "quote"
    NOTE = "note"
    CONCLUSION = "conclusion"
    SECTION = "section"


class CitationStyle(StrEnum):
    """The style a teacher asks for."""

    MLA = "mla"
    APA = "apa"
    CHICAGO = "chicago"


#: How each kind is called wherever a person reads it (in English: files and
#: exports keep these words; the window shows them translated, see
#: core/translatable.py).
KIND_LABELS: dict[NodeKind, str] = {
    NodeKind.INTRO: QT_TRANSLATE_NOOP("NodeKind", "Introduction"),
    NodeKind.THESIS: QT_TRANSLATE_NOOP("NodeKind", "Thesis"),
    NodeKind.BODY: QT_TRANSLATE_NOOP("NodeKind", "Body paragraph"),
    NodeKind.QUOTE: QT_TRANSLATE_NOOP("NodeKind", "Quotation"),
    NodeKind.NOTE: QT_TRANSLATE_NOOP("NodeKind", "Note"),
    NodeKind.CONCLUSION: QT_TRANSLATE_NOOP("NodeKind", "Conclusion"),
    NodeKind.SECTION: QT_TRANSLATE_NOOP("NodeKind", "Section"),
}

#: Kinds that stand for a paragraph of the finished essay and may carry prose.
PARAGRAPH_KINDS = frozenset({NodeKind.INTRO, NodeKind.BODY, NodeKind.CONCLUSION})

#: Node fields that hold text the writer typed.
TEXT_FIELDS = ("text", "cite", "prose")
#: Every string field ``Essay.set_field`` changes besides ``kind``: the typed
#: text, and a quotation's source (a source id; empty: the essay's first).
NODE_STRING_FIELDS = (*TEXT_FIELDS, "source")


def new_id() -> str:
    """Return a fresh node id: short, random, and stable once given (48
    random bits, as uuid4's first twelve hex digits, without importing uuid)."""
    return os.urandom(6).hex()


@dataclass(eq=False)
class Node:
    """One entry of the outline.

    ``text`` is the node's line: a paragraph's claim or topic sentence, the
    thesis, a quotation without its quotation marks, a note. ``cite`` is a
    quote's locator ("258"), ``prose`` a paragraph's written-out text. Fields
    are kept even when a kind change makes them unused, so nothing typed is
    lost by changing a kind back and forth. ``source`` names the source a
    quotation cites (a source id; empty: the essay's only or first source).
    """

    kind: NodeKind
    text: str = ""
    cite: str = ""
    prose: str = ""
    children: list[Node] = field(default_factory=list)
    id: str = field(default_factory=new_id)
    source: str = ""  # after the older fields: code builds nodes positionally
    #: A paragraph's word target (0: none).
    target: int = 0
    parent: Node | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        for child in self.children:
            child.parent = self

    def walk(self) -> Iterator[Node]:
        """Yield this node and its descendants in document order."""
        stack = [self]
        while stack:
            node = stack.pop()
            yield node
            stack.extend(reversed(node.children))

    def is_ancestor_of(self, other: Node) -> bool:
        """True when ``other`` lies strictly inside this node's subtree."""
        up = other.parent
        while up is not None:
            if up is self:
                return True
            up = up.parent
        return False

    def depth(self) -> int:
        """0 for a top-level node."""
        depth, up = 0, self.parent
        while up is not None:
            depth, up = depth + 1, up.parent
        return depth



@dataclass
class Meta:
    """What the export needs to head the essay."""

    title: str = ""
    author: str = ""
    instructor: str = ""
    course: str = ""
    date: str = ""
    style: CitationStyle = CitationStyle.MLA
    #: The school or department (the APA student title page's affiliation line).
    affiliation: str = ""
    #: The essay's word target (0: none).
    word_target: int = 0
    #: The spelling language: one of SPELLING_LANGUAGES.
    language: str = "en-US"
    #: Words the writer accepted for this essay (names, terms): never flagged.
    words: tuple[str, ...] = ()


#: Fields ``Essay.set_meta`` changes (the word list has ``Essay.set_words``).
META_FIELDS = ("title", "author", "instructor", "course", "date", "style", "affiliation",
               "word_target", "language")

#: The languages spell check offers, default first.
SPELLING_LANGUAGES = ("en-US", "en-GB")


def word_target(value: str | int) -> int:
    """A word target from text or a number: a whole number, 0 or more."""
    number = int(value)
    if number < 0:
        raise ValueError(f"a word target cannot be negative ({number})")
    return number


#: How many row lookups in a changed child list search it before it gets a
#: dict of rows again (one search in C costs a few microseconds even among
#: thousands of siblings; the dict, a millisecond to build at 5,000).
SEARCHES_BEFORE_DICT = 8


class EssayListener(Protocol):
    """Told about every change to an essay's tree, before and after it."""

    def before_attach(self, parent: Node | None, row: int) -> None: ...
    def after_attach(self, node: Node) -> None: ...
    def before_detach(self, node: Node) -> None: ...
    def after_detach(self, node: Node) -> None: ...
    def field_changed(self, node: Node, name: str) -> None: ...
    def meta_changed(self) -> None: ...


class Essay:
    """An essay: metadata, sources and the outline (a list of top nodes)."""

    def __init__(
        self,
        meta: Meta | None = None,
        sources: list[Source] | None = None,
        outline: list[Node] | None = None,
    ) -> None:
        self.meta = meta or Meta()
        self.sources: list[Source] = list(sources or [])
        self.outline: list[Node] = []
        self.listener: EssayListener | None = None
        self._by_id: dict[str, Node] = {}
        # Row lookups, per child list: id(list) -> {id(node): row}. Views ask
        # for rows constantly; entries are checked on use, so a stale one is
        # only ever rebuilt, never believed.
        self._rows: dict[int, dict[int, int]] = {}
        # Lists changed since their rows were cached: how often searched since.
        self._searched: dict[int, int] = {}
        for node in outline or []:
            node.parent = None
            self.outline.append(node)
            self._index(node)

    # -- looking things up -------------------------------------------------

    def source_for(self, node: Node) -> Source | None:
        """The source a quotation cites: the one its ``source`` names, else
        the essay's first (None when the essay has no sources)."""
        if node.source:
            named = next((s for s in self.sources if s.id == node.source), None)
            if named is not None:
                return named
        return self.sources[0] if self.sources else None

    def _index(self, node: Node) -> None:
        for n in node.walk():
            if n.id in self._by_id and self._by_id[n.id] is not n:
                raise ValueError(f"duplicate node id {n.id!r}")
            self._by_id[n.id] = n

    def _unindex(self, node: Node) -> None:
        for n in node.walk():
            self._by_id.pop(n.id, None)

    def node(self, node_id: str) -> Node:
        """The node with this id; KeyError when there is none."""
        return self._by_id[node_id]

    def find(self, node_id: str) -> Node | None:
        """The node with this id, or None."""
        return self._by_id.get(node_id)

    def __contains__(self, node: object) -> bool:
        return isinstance(node, Node) and self._by_id.get(node.id) is node

    def children_of(self, parent: Node | None) -> list[Node]:
        """The child list of ``parent``; the top level when it is None."""
        return self.outline if parent is None else parent.children

    def siblings(self, node: Node) -> list[Node]:
        """The list that holds ``node``."""
        return self.children_of(node.parent)

    def row_of(self, node: Node) -> int:
        """The node's position among its siblings."""
        siblings = self.siblings(node)
        rows = self._rows.get(id(siblings))
        row = rows.get(id(node)) if rows is not None else None
        if row is None or row >= len(siblings) or siblings[row] is not node:
            searched = self._searched.get(id(siblings), 0)
            if rows is None and searched < SEARCHES_BEFORE_DICT:
                # Right after a change a few searches (in C, by identity) cost
                # less than a dict of every sibling (a move asks five or six
                # times); asked more often, the list gets its dict.
                self._searched[id(siblings)] = searched + 1
                try:
                    return siblings.index(node)
                except ValueError:
                    raise ValueError(f"node {node.id} is not in its parent's children") from None
            self._searched.pop(id(siblings), None)
            rows = {id(sibling): i for i, sibling in enumerate(siblings)}
            self._rows[id(siblings)] = rows
            row = rows.get(id(node))
            if row is None:
                raise ValueError(f"node {node.id} is not in its parent's children")
        return row

    def walk(self) -> Iterator[Node]:
        """Every node in document order."""
        for top in self.outline:
            yield from top.walk()

    def __len__(self) -> int:
        return len(self._by_id)

    def thesis(self) -> Node | None:
        """The first thesis node, wherever it sits."""
        return next((n for n in self.walk() if n.kind is NodeKind.THESIS), None)

    # -- the three primitives every change is made of ----------------------

    def attach(self, node: Node, parent: Node | None, row: int) -> None:
        """Put a detached subtree into the tree at ``row`` of ``parent``."""
        if node.parent is not None or node in self:
            raise ValueError(f"node {node.id} is already in the tree")
        if parent is not None and parent not in self:
            raise ValueError(f"parent {parent.id} is not in the tree")
        children = self.children_of(parent)
        row = max(0, min(row, len(children)))
        self._index(node)  # raises on a duplicate id before anything changes
        if self.listener:
            self.listener.before_attach(parent, row)
        children.insert(row, node)
        self._rows.pop(id(children), None)
        self._searched.pop(id(children), None)
        node.parent = parent
        if self.listener:
            self.listener.after_attach(node)

    def detach(self, node: Node) -> tuple[Node | None, int]:
        """Take a subtree out of the tree; return where it was."""
        parent, row = node.parent, self.row_of(node)
        if self.listener:
            self.listener.before_detach(node)
        siblings = self.children_of(parent)
        del siblings[row]
        self._rows.pop(id(siblings), None)
        self._searched.pop(id(siblings), None)
        node.parent = None
        self._unindex(node)
        if self.listener:
            self.listener.after_detach(node)
        return parent, row

    def set_field(self, node: Node, name: str, value: str | int | NodeKind) -> None:
        """Change one field of a node (text, cite, prose, source, target or kind)."""
        if name == "kind":
            node.kind = NodeKind(str(value))
        elif name == "target":
            node.target = word_target(value)
        elif name in NODE_STRING_FIELDS:
            setattr(node, name, str(value))
        else:
            raise ValueError(f"unknown node field {name!r}")
        if self.listener:
            self.listener.field_changed(node, name)

    def set_meta(self, name: str, value: str | CitationStyle) -> None:
        """Change one metadata field."""
        if name == "style":
            self.meta.style = CitationStyle(value)
        elif name == "word_target":
            self.meta.word_target = word_target(value)
        elif name == "language":
            if value not in SPELLING_LANGUAGES:
                raise ValueError(f"unknown spelling language {value!r}")
            self.meta.language = str(value)
        elif name in META_FIELDS:
            setattr(self.meta, name, str(value))
        else:
            raise ValueError(f"unknown metadata field {name!r}")
        if self.listener:
            self.listener.meta_changed()

    def set_words(self, words: tuple[str, ...]) -> None:
        """Replace the essay's word list (spelling accepted for this essay)."""
        self.meta.words = tuple(words)
        if self.listener:
            self.listener.meta_changed()

    def set_sources(self, sources: list[Source]) -> None:
        """Replace the sources list."""
        self.sources = list(sources)
        if self.listener:
            self.listener.meta_changed()
