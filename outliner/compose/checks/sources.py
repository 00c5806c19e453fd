"""Every cited source is in the sources list (Works Cited, References,
Bibliography) and every entry there is cited.

A quotation names its source by id where the sources are structured
(``Essay.source_for``); a parenthetical naming an author ("Shelley 52") is
matched against the entries' author names, or their text otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from outliner.compose.checks.finding import Finding, found
from outliner.compose.checks.quoted import cited_in
from outliner.compose.essay_styles import STYLE_WORDS
from outliner.core.essay import Essay, Node, NodeKind
from outliner.core.sources import Source
from outliner.core.text import shorten
from outliner.core.translatable import QT_TRANSLATE_NOOP

#: The name a parenthetical starts with: "Shelley 52", "Smith and Jones 4",
#: "qtd. in Smith 4" (the name after "qtd. in").
_CITED_NAME = re.compile(r"^(?:(?:qtd\.?|quoted|cited)\s+in\s+)?([A-Z][\w’'\-]+)")
#: Words a parenthetical may start with that are not names.
_NOT_NAMES = frozenset({"p", "pp", "pg", "page", "pages", "ch", "chap", "chapter", "act",
                        "scene", "line", "lines", "book", "part", "vol", "see", "ibid"})


def _cited_name(cite: str) -> str:
    match = _CITED_NAME.match(cite.strip())
    if match is None or match.group(1).lower().rstrip(".") in _NOT_NAMES:
        return ""
    return match.group(1)


def _names_in(source: Source) -> str:
    """The text a cited name is looked for in: the authors and editors, or
    the whole entry when it is free text."""
    names = " ".join(n.family for n in (*source.authors, *source.editors))
    return f"{names} {source.text} {source.title}"


def _named_source(essay: Essay, name: str) -> Source | None:
    pattern = re.compile(rf"\b{re.escape(name)}\b", re.IGNORECASE)
    return next((s for s in essay.sources if pattern.search(_names_in(s))), None)


def _citing_nodes(essay: Essay) -> Iterator[tuple[Node, str, str]]:
    """(node, cite, source id) for every quotation: nodes, and quotations in prose."""
    for node in essay.walk():
        if node.kind is NodeKind.QUOTE:
            if node.text.strip():
                yield node, node.cite, node.source
        elif node.prose:
            for quotation in cited_in(node.prose):
                yield node, quotation.cite, ""


def _label(source: Source) -> str:
    text = " ".join((source.text or source.title or source.id).split())
    return shorten(text, 50)


def check(essay: Essay) -> Iterator[Finding]:
    heading = STYLE_WORDS[essay.meta.style].sources_heading
    citing = list(_citing_nodes(essay))
    if not essay.sources:
        if citing:
            yield found("sources", None,
                QT_TRANSLATE_NOOP("Check", "no {heading} entry for the quotations"),
                heading=heading)
        return
    known = {s.id for s in essay.sources}
    cited: set[str] = set()
    for node, cite, source_id in citing:
        if source_id and source_id not in known:
            yield found("sources", node.id,
                QT_TRANSLATE_NOOP("Check", "cites a source that is not in {heading}"),
                heading=heading)
            continue
        name = _cited_name(cite)
        if name:
            named = _named_source(essay, name)
            if named is None:
                yield found("sources", node.id,
                    QT_TRANSLATE_NOOP("Check", "cites {name}, who is not in {heading}"),
                    name=name, heading=heading)
                continue
            if not source_id:
                cited.add(named.id)
                continue
        if source_id:
            cited.add(source_id)
        elif len(essay.sources) == 1 or node.kind is NodeKind.QUOTE:
            first = essay.source_for(node) if node.kind is NodeKind.QUOTE else essay.sources[0]
            if first is not None:
                cited.add(first.id)
    for source in essay.sources:
        if source.id not in cited and not source.is_empty():
            yield found("sources", None,
                QT_TRANSLATE_NOOP("Check", "“{source}” in {heading} is never cited"),
                source=_label(source), heading=heading)
