"""Import an OPML outline: our own export (read back exactly) or one that
Workflowy, Dynalist, OmniOutliner or any other outliner wrote (kinds
inferred by ``opml_infer``). ``io/opml_labels.py`` describes the attributes.

The XML is parsed with entity expansion, DTD loading and network access
off; a file that declares entities at all is refused before parsing, and
one whose DOCTYPE names a DTD after it (an outline never needs either, and
that is how entity bombs and external entities arrive; unresolved
entities would drop words silently). Every refusal is one DocumentError naming the file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from outliner.core.essay import CitationStyle, Meta
from outliner.io.cancel import StopCheck, check
from outliner.io.errors import DocumentError
from outliner.io.importers.lines import Finding
from outliner.io.importers.opml_infer import Item, build_outline
from outliner.io.opml_labels import CITE, HEAD_FIELDS, KIND, NOTE, TEXT
from outliner.io.read_result import ReadResult
from outliner.io.reading import OPML_IMPORT, read_limited

#: "<!ENTITY" as UTF-8 (and every ASCII-compatible encoding) and as UTF-16.
_ENTITY_MARKS = tuple("<!ENTITY".encode(code) for code in ("utf-8", "utf-16-le", "utf-16-be"))
#: Attributes read; any other an item carries is named in the report.
_READ = frozenset({TEXT, NOTE, KIND, CITE})
#: Attributes with nothing the writer typed (display state, dates).
_SILENT = frozenset({"created", "modified", "_status", "isComment", "isBreakpoint"})


@dataclass
class Outline:
    """An OPML file's head and outline items."""

    meta: dict[str, str]
    items: list[Item]
    #: Attribute names not read -> how many items carried one.
    dropped: dict[str, int] = field(default_factory=dict)


def read_document(path: Path, should_stop: StopCheck | None = None) -> ReadResult:
    """The format registry's reader (io/formats.py)."""
    path = Path(path)
    return essay_from_opml(read_limited(path, OPML_IMPORT), path, should_stop)


def essay_from_opml(data: bytes, path: Path, should_stop: StopCheck | None = None) -> ReadResult:
    """The essay an OPML document describes; DocumentError naming ``path``
    when it is not one."""
    outline = parse_opml(data, path, should_stop)
    if not outline.items and not any(outline.meta.values()):
        raise DocumentError(path, "the OPML outline has no items to import")
    meta, notes = _meta(outline.meta)
    essay, findings = build_outline(outline.items, meta, should_stop)
    notes.extend(_dropped_note(outline.dropped))
    return ReadResult(essay, notes, findings)


def parse_opml(data: bytes, path: Path, should_stop: StopCheck | None = None) -> Outline:
    """The head fields and the items of an OPML document, safely parsed."""
    from lxml import etree  # type: ignore[import-untyped]

    if any(mark in data for mark in _ENTITY_MARKS):
        raise DocumentError(path, "declares XML entities (<!ENTITY …>), which an OPML "
                                  "outline never needs; it was not read, for safety")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                             dtd_validation=False, huge_tree=False, remove_comments=True,
                             remove_pis=True)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise DocumentError(path, f"is not an OPML outline: it is not well-formed XML "
                                  f"({_syntax_message(exc)})") from None
    except ValueError as exc:  # lxml: "can only parse strings" and the like
        raise DocumentError(path, f"is not an OPML outline ({exc})") from None
    if root is not None:
        _refuse_dtd(root.getroottree().docinfo, path)
    if root is None or _local(root.tag) != "opml":
        shown = _local(root.tag) if root is not None else "nothing"
        raise DocumentError(path, f"is not an OPML outline (its root element is <{shown}>, "
                                  "not <opml>)")
    body = _child(root, "body")
    if body is None:
        raise DocumentError(path, "is not an OPML outline: it has no <body>")
    head = _child(root, "head")
    outline = Outline(_head(head), [])
    _read_items(body, outline, should_stop)
    return outline


def _refuse_dtd(docinfo: Any, path: Path) -> None:
    """A DOCTYPE naming a DTD: the entities it may declare are not read, so
    words that use them would silently vanish; say so instead."""
    if docinfo.system_url or docinfo.public_id or docinfo.internalDTD is not None:
        raise DocumentError(path, "refers to a DTD (<!DOCTYPE … SYSTEM/PUBLIC …>), which an "
                                  "OPML outline never needs; it was not read, for safety")


def _read_items(body: Any, outline: Outline, should_stop: StopCheck | None) -> None:
    # Iterative, though libxml2 already refuses nesting past 256 levels.
    stack: list[tuple[Any, list[Item]]] = [(body, outline.items)]
    seen = 0
    while stack:
        element, into = stack.pop()
        for child in element:
            if not isinstance(child.tag, str) or _local(child.tag) != "outline":
                continue
            seen += 1
            if seen % 2000 == 0:
                check(should_stop)
            attributes = dict(child.attrib)
            item = Item(attributes.get(TEXT, ""), attributes.get(NOTE),
                        attributes.get(KIND), attributes.get(CITE))
            for name in attributes:
                if name not in _READ and name not in _SILENT:
                    outline.dropped[name] = outline.dropped.get(name, 0) + 1
            into.append(item)
            stack.append((child, item.children))


def _head(head: Any) -> dict[str, str]:
    found: dict[str, str] = {}
    if head is None:
        return found
    for name, element_name in HEAD_FIELDS:
        element = _child(head, element_name)
        if element is not None:
            found[name] = "".join(element.itertext())
    return found


def _meta(fields: dict[str, str]) -> tuple[Meta, list[str]]:
    meta, notes = Meta(), []
    for name, value in fields.items():
        if name != "style":
            setattr(meta, name, value)
            continue
        try:
            meta.style = CitationStyle(value.strip().lower())
        except ValueError:
            notes.append(f"citation style “{value}” is not one this app knows; MLA is used")
    return meta, notes


def _dropped_note(dropped: dict[str, int]) -> list[str]:
    if not dropped:
        return []
    listed = ", ".join(f"{name} ({count})" for name, count in sorted(dropped.items()))
    return [f"attributes this app does not keep were left out: {listed}"]


def _child(element: Any, name: str) -> Any:
    return next((c for c in element if isinstance(c.tag, str) and _local(c.tag) == name), None)


def _local(tag: object) -> str:
    text = str(tag)
    return text.rsplit("}", 1)[-1]


def _syntax_message(exc: Exception) -> str:
    message = str(exc).strip() or "unreadable"
    return message.splitlines()[0]


__all__ = ["Finding", "Item", "Outline", "essay_from_opml", "parse_opml", "read_document"]
