"""Turn OPML items into the essay's tree, asking the rule book where each
kind may sit.

An item with our ``essayKind`` keeps its kind wherever the rules allow it
(its label comes off again, ``opml_labels.strip_label``). Any other item
(written by another outliner, or moved where its kind may not sit) gets a
kind from where it is and what it says:

- at the top level or in a section: "Introduction…", "Body 2: …",
  "Conclusion…", "Section: …" are those (the label's words are the kind);
  a leaf "Thesis: …" at the top is the thesis; an item holding such
  labelled items is a section; any other is a body paragraph. "Works
  Cited" / "References" holds the sources; "Title: …", "Name:
  …", "Course: …" leaves before the first paragraph fill the heading;
- inside a paragraph or a note: "Thesis: …" in an introduction is the
  thesis, a leaf in quotation marks (“…” (41)) or after "Quote:" is a
  quotation, anything else a note.

Nothing is dropped: a paragraph's ``_note`` is its prose; a section's or
note's ``_note`` becomes notes under it, a thesis's or quotation's the note
right after it; items nested deeper than the rules allow come up to the
deepest level. Workflowy's inline formatting tags (<b>, <i>…) come off the
text, their words stay. Each decision the writer may want to check is a
finding naming its node.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from outliner.core.essay import PARAGRAPH_KINDS, Essay, Meta, Node, NodeKind, Source
from outliner.core.quotations import is_citation
from outliner.core.rules import MAX_DEPTH, can_contain
from outliner.core.translatable import QT_TRANSLATE_NOOP, Filled
from outliner.io.cancel import StopCheck, check
from outliner.io.importers.lines import META_ROLES, Finding, LineRole, parse_role_label
from outliner.io.opml_labels import SOURCE, SOURCES, strip_label

K = NodeKind

#: What the import report says, one and many (marked: the window translates).
_NO_KIND = (
    QT_TRANSLATE_NOOP("Import", "{count} item had no kind of this app's: its kind was read "
                      "from where it sits and what it says"),
    QT_TRANSLATE_NOOP("Import", "{count} items had no kind of this app's: each kind was read "
                      "from where the item sits and what it says"),
)
_UNTAGGED = (
    QT_TRANSLATE_NOOP("Import", "formatting tags (<b>, <i>…) taken off {count} item; the "
                      "words are kept"),
    QT_TRANSLATE_NOOP("Import", "formatting tags (<b>, <i>…) taken off {count} items; the "
                      "words are kept"),
)
_SKIPPED = (QT_TRANSLATE_NOOP("Import", "{count} empty item left out"),
            QT_TRANSLATE_NOOP("Import", "{count} empty items left out"))
_FLATTENED = QT_TRANSLATE_NOOP("Import", "{count} items nested deeper than {levels} levels "
                               "were placed at the deepest level")
_READ_AS = QT_TRANSLATE_NOOP("Import", "read as a {kind}: a {other} cannot sit here")


def _counted(texts: tuple[str, str], count: int, **values: object) -> Filled:
    """The report's line for ``count`` things (the first text for one)."""
    return Filled("Import", texts[0] if count == 1 else texts[1], count=count, **values)
_ROLE_KINDS = {LineRole.INTRO: K.INTRO, LineRole.BODY: K.BODY,
               LineRole.CONCLUSION: K.CONCLUSION, LineRole.SECTION: K.SECTION}
_CONTAINERS = (None, K.SECTION)
#: A whole line in quotation marks, with an optional cite after it.
_QUOTED = re.compile(r'^\s*[“"](?P<words>.*\S.*)[”"]\s*(?:\((?P<cite>[^()\n]{1,80})\))?\s*$',
                     re.DOTALL)
#: Workflowy writes bold, italics, underline and strike-through as HTML tags.
_FORMAT_TAG = re.compile(r"</?(?:b|i|u|s|em|strong|strike|mark|code|span(?:\s[^<>]*)?)>",
                         re.IGNORECASE)
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
#: Kinds that may hold anything at all (a thesis and a quotation hold nothing).
_HOLDS_ANY = {kind: any(can_contain(kind, k) for k in NodeKind) for kind in NodeKind}


@dataclass
class Item:
    """One OPML ``outline`` element, as written (``importers.opml`` reads them)."""

    text: str
    note: str | None = None
    kind: str | None = None
    cite: str | None = None
    children: list[Item] = field(default_factory=list)


@dataclass
class _Build:
    meta: Meta
    should_stop: StopCheck | None
    sources: list[Source] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    placed: int = 0
    untagged: int = 0  # items that lost formatting tags
    flattened: int = 0  # items brought up from below MAX_DEPTH
    skipped: int = 0  # empty items of other outliners
    inferred: int = 0  # items without a kind of ours
    paragraphs_seen: bool = False

    def decide(self, message: str, node: Node | None = None) -> None:
        self.findings.append(Finding(message, node.id if node is not None else None))


def build_outline(items: list[Item], meta: Meta, should_stop: StopCheck | None = None
                  ) -> tuple[Essay, list[Finding]]:
    """The essay and what the writer may want to check about it."""
    build = _Build(meta, should_stop)
    outline: list[Node] = []
    for item in items:
        if _is_sources(item):
            _read_sources(item, build)
            continue
        if _fills_meta(item, build):
            continue
        outline.extend(_place(item, None, 0, build))
    if build.inferred:
        build.decide(_counted(_NO_KIND, build.inferred))
    if build.untagged:
        build.decide(_counted(_UNTAGGED, build.untagged))
    if build.flattened:
        build.decide(Filled("Import", _FLATTENED, count=build.flattened, levels=MAX_DEPTH))
    if build.skipped:
        build.decide(_counted(_SKIPPED, build.skipped))
    return Essay(meta, build.sources, outline), build.findings


# -- the heading and the sources ------------------------------------------------

def _is_sources(item: Item) -> bool:
    if item.kind == SOURCES:
        return True
    if item.kind is not None:
        return False
    found = parse_role_label(item.text.strip())
    return found is not None and found[0] is LineRole.SOURCES and not found[2]


def _read_sources(item: Item, build: _Build) -> None:
    """Every entry under a Works Cited item (nested ones too, in order); an
    entry's own OPML note stays with it, the heading's note lines are entries."""
    for line in (item.note or "").splitlines():
        if line.strip():
            build.sources.append(Source(line.strip()))
    stack = list(reversed(item.children))
    while stack:
        entry = stack.pop()
        stack.extend(reversed(entry.children))
        text = entry.text if entry.kind == SOURCE else _plain(entry.text, build).strip()
        if entry.note and entry.note.strip():
            text = f"{text} {entry.note.strip()}".strip()
        if text or entry.kind == SOURCE:
            build.sources.append(Source(text))


def _fills_meta(item: Item, build: _Build) -> bool:
    """A "Name: …" leaf before the first paragraph fills an empty heading field."""
    if item.kind is not None or item.children or item.note or build.paragraphs_seen:
        return False
    found = parse_role_label(item.text.strip())
    if found is None or found[0] not in META_ROLES or not found[2]:
        return False
    name = found[0].value
    if getattr(build.meta, name):
        return False
    setattr(build.meta, name, found[2])
    return True


# -- the tree ----------------------------------------------------------------------

def _place(item: Item, parent_kind: NodeKind | None, depth: int, build: _Build) -> list[Node]:
    """The node (and any note that follows it) for ``item`` under a parent
    of ``parent_kind`` at ``depth`` (0: the top level)."""
    build.placed += 1
    if build.placed % 2000 == 0:
        check(build.should_stop)
    if parent_kind is K.SECTION and item.kind is None and _is_sources(item):
        _read_sources(item, build)  # a Works Cited inside the one item that holds it all
        return []
    ours = _as_written(item, parent_kind)
    if ours is None and item.kind is None and not item.text.strip() \
            and not (item.note or "").strip() and not item.children:
        build.skipped += 1
        return []
    if ours is not None:
        node, after = ours
        children = item.children
    else:
        node, after = _inferred(item, parent_kind, build)
        build.inferred += 1
        if item.kind is not None:
            build.decide(Filled("Import", _READ_AS, kind=node.kind.value, other=item.kind),
                         node)
        if item.cite and not node.cite:
            node.cite = item.cite  # kept, as a kind change keeps it
        children = [*_note_children(node, item, build), *item.children]
    if parent_kind in _CONTAINERS:
        build.paragraphs_seen = True
    placed = [node, *after]
    if depth + 1 >= MAX_DEPTH:
        placed.extend(_flattened(children, parent_kind, build))
        return placed
    for child in children:
        node.children.extend(_place(child, node.kind, depth + 1, build))
    for placed_child in node.children:
        placed_child.parent = node
    return placed


def _as_written(item: Item, parent_kind: NodeKind | None) -> tuple[Node, list[Node]] | None:
    """Our own item, exactly as exported, when its kind may sit here."""
    if item.kind is None:
        return None
    try:
        kind = NodeKind(item.kind)
    except ValueError:
        return None
    if not can_contain(parent_kind, kind) or (item.children and not _HOLDS_ANY[kind]):
        return None
    cite = item.cite or ""
    return Node(kind, strip_label(kind, item.text, cite), cite=cite, prose=item.note or ""), []


def _inferred(item: Item, parent_kind: NodeKind | None,
              build: _Build) -> tuple[Node, list[Node]]:
    text = _plain(item.text, build)
    found = parse_role_label(text.strip())
    role, rest = (found[0], found[2]) if found is not None else (None, "")
    note = item.note or ""
    if parent_kind in _CONTAINERS:
        kind = _ROLE_KINDS.get(role) if role is not None else None
        if kind is not None and can_contain(parent_kind, kind):
            if kind is K.SECTION and not rest:
                kind = None  # "Section" alone: a section called "Section"? a paragraph
            else:
                return Node(kind, rest, prose=note if kind in PARAGRAPH_KINDS else ""), []
        if role is LineRole.THESIS and parent_kind is None and not item.children:
            thesis, after = _leaf(Node(K.THESIS, rest), note, build)
            if not after:
                return thesis, []
            # Notes may not stand at the top: the thesis and its note go into
            # an introduction, in their order.
            intro = Node(K.INTRO, children=[thesis, *after])
            for child in intro.children:
                child.parent = intro
            build.decide(QT_TRANSLATE_NOOP(
                "Import", "a thesis with a note: both placed in an introduction"), intro)
            return intro, []
        if any(_reads_as_paragraph(child) for child in item.children):
            node = Node(K.SECTION, text)
            build.decide(QT_TRANSLATE_NOOP("Import", "read as a section: it holds paragraphs"),
                         node)
            return node, []
        return Node(K.BODY, text, prose=note), []
    if not item.children:
        if role is LineRole.THESIS and parent_kind is K.INTRO:
            return _leaf(Node(K.THESIS, rest), note, build)
        quote = _quotation(rest if role is LineRole.QUOTES else text)
        if quote is None and role is LineRole.QUOTES and rest:
            quote = Node(K.QUOTE, rest)
        if quote is not None and can_contain(parent_kind, K.QUOTE):
            return _leaf(quote, note, build)
    return Node(K.NOTE, text), []


def _leaf(node: Node, note: str, build: _Build) -> tuple[Node, list[Node]]:
    """A thesis or quotation; its OPML note follows it as notes (they may
    not hold any)."""
    after = [Node(K.NOTE, part) for part in _note_parts(note)]
    if after:
        build.decide(QT_TRANSLATE_NOOP("Import", "its OPML note follows it as a note"), after[0])
    return node, after


def _note_children(node: Node, item: Item, build: _Build) -> list[Item]:
    """A section's or note's OPML note, as its first items (they have no prose)."""
    if node.kind not in (K.SECTION, K.NOTE):
        return []
    parts = _note_parts(item.note or "")
    if parts:
        build.decide(QT_TRANSLATE_NOOP("Import", "its OPML note is the first note under it"),
                     node)
    return [Item(part, kind=K.NOTE.value) for part in parts]


def _note_parts(note: str) -> list[str]:
    return [part.strip() for part in _PARAGRAPH_BREAK.split(note) if part.strip()]


def _quotation(text: str) -> Node | None:
    found = _QUOTED.match(text)
    if found is None:
        return None
    cite = found.group("cite") or ""
    if cite and not is_citation(cite):
        return None  # “…” (a remark): the remark is not a cite
    return Node(K.QUOTE, found.group("words"), cite=cite.strip())


def _reads_as_paragraph(item: Item) -> bool:
    if item.kind is not None:
        return item.kind in {k.value for k in (K.INTRO, K.BODY, K.CONCLUSION, K.SECTION)}
    found = parse_role_label(_FORMAT_TAG.sub("", item.text).strip())
    return found is not None and found[0] in _ROLE_KINDS


def _flattened(items: list[Item], parent_kind: NodeKind | None, build: _Build) -> list[Node]:
    """Items too deep for the rules, each as a sibling, in document order."""
    nodes: list[Node] = []
    stack = list(reversed(items))
    while stack:
        item = stack.pop()
        build.flattened += 1
        stack.extend(reversed(item.children))
        flat = Item(item.text, item.note, item.kind, item.cite)
        nodes.extend(_place(flat, parent_kind, MAX_DEPTH, build))
    return nodes


def _plain(text: str, build: _Build) -> str:
    untagged = _FORMAT_TAG.sub("", text)
    if untagged != text:
        build.untagged += 1
    return untagged
