"""Find and replace across the whole essay.

Every piece of text the writer typed is a *field*: the heading-block fields
(title, author ...), each node's line, a quotation's page, a paragraph's
prose, and every text of every source (free text, fields, names). Fields
are listed in one fixed order (metadata, the outline in document order, the
sources), which is the order Find Next walks.

Replacing builds ordinary reversible changes (``SetFields``, ``SetMeta``,
``SetSources``), so Replace All is one ``Batch`` and one undo step. The
quoted words of a quotation, and words between quotation marks in a line
or in prose, are *in a quotation*: Replace All leaves them alone unless
asked, because a writer must not change what a source said.

Text is treated as plain strings: inline markup such as ``*italic*`` is
kept because only the matched characters are replaced.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from outliner.core.changes import Batch, Change, SetFields, SetMeta, SetSources
from outliner.core.essay import PARAGRAPH_KINDS, Essay, Node, NodeKind
from outliner.core.quotations import find_quotations
from outliner.core.sources import SOURCE_TEXT_FIELDS, Name, Source
from outliner.core.translatable import QT_TRANSLATE_NOOP

#: The heading-block fields searched, in the order Properties shows them.
META_TEXT_FIELDS = ("title", "author", "instructor", "course", "date", "affiliation")


class Area(StrEnum):
    """Which part of the essay a field belongs to."""

    META = "meta"
    NODE = "node"
    SOURCE = "source"


@dataclass(frozen=True)
class FieldRef:
    """One text field: ``owner`` is a node or source id ('' for metadata);
    ``name`` a field name, for source names "authors.0.family"."""

    area: Area
    owner: str
    name: str


@dataclass(frozen=True)
class FindOptions:
    """How to match; ``include_quotations`` only matters to Replace All."""

    match_case: bool = False
    whole_word: bool = False
    include_quotations: bool = False


@dataclass(frozen=True)
class Match:
    """One occurrence: ``order`` is its field's place in the walk order."""

    field: FieldRef
    order: int
    start: int
    end: int
    in_quotation: bool

    @property
    def key(self) -> tuple[int, int]:
        """Sorts matches in the order Find Next visits them."""
        return (self.order, self.start)


def shown_node_fields(node: Node) -> tuple[str, ...]:
    """The fields a node's kind uses (the editor shows exactly these);
    fields a kind change left behind are kept but not searched."""
    if node.kind is NodeKind.QUOTE:
        return ("text", "cite")
    if node.kind in PARAGRAPH_KINDS:
        return ("text", "prose")
    return ("text",)


def _source_fields(source: Source) -> Iterator[tuple[str, str]]:
    yield "text", source.text
    for name in SOURCE_TEXT_FIELDS:
        yield name, str(getattr(source, name))
    for group in ("authors", "editors"):
        names: tuple[Name, ...] = getattr(source, group)
        for i, person in enumerate(names):
            yield f"{group}.{i}.family", person.family
            yield f"{group}.{i}.given", person.given


def text_fields(essay: Essay) -> Iterator[tuple[FieldRef, str]]:
    """Every searchable field and its text, in Find Next's order."""
    for name in META_TEXT_FIELDS:
        yield FieldRef(Area.META, "", name), str(getattr(essay.meta, name))
    for node in essay.walk():
        for name in shown_node_fields(node):
            yield FieldRef(Area.NODE, node.id, name), str(getattr(node, name))
    for source in essay.sources:
        for name, value in _source_fields(source):
            yield FieldRef(Area.SOURCE, source.id, name), value


def pattern(query: str, options: FindOptions) -> re.Pattern[str] | None:
    """The regular expression for a literal query (None for an empty one)."""
    if not query:
        return None
    body = re.escape(query)
    if options.whole_word:
        # \b would fail next to a query that starts or ends with punctuation.
        body = rf"(?<!\w){body}(?!\w)"
    return re.compile(body, 0 if options.match_case else re.IGNORECASE)


def _quoted_spans(essay: Essay, ref: FieldRef, text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` that are quoted words."""
    if ref.area is Area.NODE:
        node = essay.find(ref.owner)
        if node is not None and node.kind is NodeKind.QUOTE and ref.name == "text":
            return [(0, len(text))]
        if ref.name in ("text", "prose") and ('"' in text or "“" in text or "„" in text):
            return list(_quotation_spans(text))
    return []


@lru_cache(maxsize=4096)
def _quotation_spans(text: str) -> tuple[tuple[int, int], ...]:
    # Cached: Find Next searches the whole essay again on every press, and
    # finding quotations costs far more than the search itself.
    return tuple((q.inner_start, q.inner_end) for q in find_quotations(text))


def matches_in(essay: Essay, ref: FieldRef, order: int, text: str,
               regex: re.Pattern[str]) -> list[Match]:
    """The matches of ``regex`` in one field's text."""
    found = [(m.start(), m.end()) for m in regex.finditer(text) if m.end() > m.start()]
    if not found:
        return []
    spans = _quoted_spans(essay, ref, text)
    return [Match(ref, order, start, end,
                  any(start < q_end and end > q_start for q_start, q_end in spans))
            for start, end in found]


def find_all(essay: Essay, query: str, options: FindOptions = FindOptions()) -> list[Match]:
    """Every match in the essay, in Find Next's order."""
    regex = pattern(query, options)
    if regex is None:
        return []
    result: list[Match] = []
    for order, (ref, text) in enumerate(text_fields(essay)):
        if text:
            result.extend(matches_in(essay, ref, order, text, regex))
    return result


def next_match(matches: list[Match], after: tuple[int, int] | None,
               backwards: bool = False) -> Match | None:
    """The match after (or before) the position ``after``, wrapping around;
    None when there are none. ``after`` None starts at the beginning (end)."""
    if not matches:
        return None
    if backwards:
        earlier = [m for m in matches if after is None or m.key < after]
        return earlier[-1] if earlier else matches[-1]
    later = [m for m in matches if after is None or m.key > after]
    return later[0] if later else matches[0]


# -- replacing ---------------------------------------------------------------------


def field_value(essay: Essay, ref: FieldRef) -> str | None:
    """The current text of a field (None when it is gone)."""
    if ref.area is Area.META:
        return str(getattr(essay.meta, ref.name))
    if ref.area is Area.NODE:
        node = essay.find(ref.owner)
        return str(getattr(node, ref.name)) if node is not None else None
    source = next((s for s in essay.sources if s.id == ref.owner), None)
    if source is None:
        return None
    return dict(_source_fields(source)).get(ref.name)


def _splice(text: str, spans: list[tuple[int, int]], replacement: str) -> str:
    parts: list[str] = []
    last = 0
    for start, end in sorted(spans):
        parts.append(text[last:start])
        parts.append(replacement)
        last = end
    parts.append(text[last:])
    return "".join(parts)


def _with_source_field(source: Source, name: str, value: str) -> Source:
    if "." not in name:
        return source.with_fields(**{name: value})
    group, index, part = name.split(".")
    names = list(getattr(source, group))
    person: Name = names[int(index)]
    names[int(index)] = Name(value, person.given) if part == "family" else Name(
        person.family, value)
    return source.with_fields(**{group: tuple(names)})


def _plan(essay: Essay, edits: dict[FieldRef, str], label: str) -> Change | None:
    """One change setting each field to its new text."""
    node_entries = tuple((ref.owner, ref.name, value) for ref, value in edits.items()
                         if ref.area is Area.NODE)
    meta_entries = tuple((ref.name, value) for ref, value in edits.items()
                         if ref.area is Area.META)
    sources = list(essay.sources)
    changed_sources = False
    for ref, value in edits.items():
        if ref.area is Area.SOURCE:
            row = next(i for i, s in enumerate(sources) if s.id == ref.owner)
            sources[row] = _with_source_field(sources[row], ref.name, value)
            changed_sources = True
    changes: list[Change] = []
    if node_entries:
        changes.append(SetFields(node_entries, label))
    if meta_entries:
        changes.append(SetMeta(meta_entries, label))
    if changed_sources:
        changes.append(SetSources(tuple(sources), label))
    if not changes:
        return None
    return changes[0] if len(changes) == 1 else Batch(tuple(changes), label)


@dataclass(frozen=True)
class ReplaceAllPlan:
    """What Replace All will do: the change (None: nothing to replace), how
    many matches it replaces and how many in quotations it leaves alone."""

    change: Change | None
    replaced: int
    skipped_in_quotations: int


def plan_replace_all(essay: Essay, query: str, replacement: str,
                     options: FindOptions = FindOptions()) -> ReplaceAllPlan:
    """Replace every match as one change (quotations only when asked)."""
    spans: dict[FieldRef, list[tuple[int, int]]] = {}
    skipped = replaced = 0
    for match in find_all(essay, query, options):
        if match.in_quotation and not options.include_quotations:
            skipped += 1
            continue
        spans.setdefault(match.field, []).append((match.start, match.end))
        replaced += 1
    edits: dict[FieldRef, str] = {}
    for ref, where in spans.items():
        old = field_value(essay, ref)
        assert old is not None  # found a moment ago
        new = _splice(old, where, replacement)
        if new != old:
            edits[ref] = new
    change = _plan(essay, edits, QT_TRANSLATE_NOOP("Change", "Replace All"))
    return ReplaceAllPlan(change, replaced if change is not None else 0, skipped)


def plan_replace(essay: Essay, match: Match, query: str, replacement: str,
                 options: FindOptions = FindOptions()) -> Change | None:
    """Replace one match, if the field still has it there (else None)."""
    value = field_value(essay, match.field)
    regex = pattern(query, options)
    if value is None or regex is None:
        return None
    hit = regex.match(value, match.start)
    if hit is None or hit.end() != match.end:
        return None
    new = _splice(value, [(match.start, match.end)], replacement)
    if new == value:
        return None
    return _plan(essay, {match.field: new}, QT_TRANSLATE_NOOP("Change", "Replace"))


__all__ = [
    "META_TEXT_FIELDS",
    "Area",
    "FieldRef",
    "FindOptions",
    "Match",
    "ReplaceAllPlan",
    "field_value",
    "find_all",
    "matches_in",
    "next_match",
    "pattern",
    "plan_replace",
    "plan_replace_all",
    "shown_node_fields",
    "text_fields",
]
