"""Public drafting API: turn a paragraph's claim, quotations and notes into prose.

The exporters call ``prose_or_draft``; the ``draft`` command calls
``draft_essay``; the window's Draft dialog calls ``draft_paragraph``.
"""

from __future__ import annotations

import re

from outliner.core.essay import PARAGRAPH_KINDS, CitationStyle, Essay, Node, NodeKind


def paragraphs(essay: Essay) -> list[Node]:
    """Intro, body and conclusion nodes in document order (paragraph 1 first)."""
    return [n for n in essay.walk() if n.kind in PARAGRAPH_KINDS]


def _sentence(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip().lstrip("-*•").strip()
    if not text:
        return ""
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".?!" else text + "."


def draft_paragraph(essay: Essay, node: Node, style: CitationStyle | None = None) -> str:
    """A built-in, offline draft of one paragraph from its claim and children."""
    parts = [_sentence(node.text)]
    for child in node.walk():
        if child is node:
            continue
        if child.kind is NodeKind.QUOTE:
            quote = child.text.strip().rstrip(".,")
            cite = f" ({child.cite.strip()})" if child.cite.strip() else ""
            parts.append(f"“{quote}”{cite}.")
        else:
            parts.append(_sentence(child.text))
    return " ".join(p for p in parts if p)


def prose_or_draft(
    essay: Essay, node: Node, style: CitationStyle | None = None
) -> tuple[str, bool]:
    """The node's own prose when it has some, else (a fresh draft, True)."""
    if node.prose.strip():
        return node.prose, False
    return draft_paragraph(essay, node, style), True


def draft_essay(essay: Essay, paragraph: int | None = None) -> list[tuple[int, Node, str]]:
    """Draft every paragraph without prose (or only paragraph N) into the essay."""
    nodes = paragraphs(essay)
    numbered = list(enumerate(nodes, start=1))
    if paragraph is not None:
        if not 1 <= paragraph <= len(nodes):
            raise ValueError(
                f"There is no paragraph {paragraph}; this essay has {len(nodes)}."
            )
        numbered = [numbered[paragraph - 1]]
    written: list[tuple[int, Node, str]] = []
    for number, node in numbered:
        if node.prose.strip():
            continue
        text = draft_paragraph(essay, node)
        if text:
            essay.set_field(node, "prose", text)
            written.append((number, node, text))
    return written
