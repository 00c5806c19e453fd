"""Each paragraph: written yet; a body has a claim, evidence (a quotation) and
prose or notes that discuss it, and never ends on a quotation (the "quote
sandwich": introduce it, quote it, explain it)."""

from __future__ import annotations

from collections.abc import Iterator

from outliner.compose.checks.finding import Finding, found
from outliner.compose.checks.quoted import cited_in
from outliner.core.essay import PARAGRAPH_KINDS, Essay, Node, NodeKind
from outliner.core.translatable import QT_TRANSLATE_NOOP

#: What may follow the last quotation of a paragraph that still ends on it.
_TRAILING = " \t\n.,;:!?”’\"')]"


def _under(node: Node, kind: NodeKind) -> list[Node]:
    return [n for n in node.walk() if n.kind is kind and n is not node and n.text.strip()]


def ends_on_quotation(prose: str) -> bool:
    """True when nothing but punctuation follows the prose's last cited quotation."""
    quotations = cited_in(prose)
    return bool(quotations) and not prose[quotations[-1].end:].strip(_TRAILING)


def _body(node: Node) -> Iterator[Finding]:
    if not node.text.strip():
        yield found("claim", node.id,
            QT_TRANSLATE_NOOP("Check", "no claim (the paragraph's point)"))
    quotes = _under(node, NodeKind.QUOTE)
    if not quotes and not cited_in(node.prose):
        yield found("evidence", node.id, QT_TRANSLATE_NOOP("Check", "no quotation as evidence"))
    elif not node.prose.strip() and not _under(node, NodeKind.NOTE):
        yield found("discussion", node.id,
            QT_TRANSLATE_NOOP("Check", "no prose or notes discuss the evidence"))
    if node.prose.strip():
        if ends_on_quotation(node.prose):
            yield found("sandwich", node.id, QT_TRANSLATE_NOOP("Check",
                "ends on a quotation; explain it in a sentence of your own"))
    elif node.children and node.children[-1].kind is NodeKind.QUOTE:
        yield found("sandwich", node.children[-1].id, QT_TRANSLATE_NOOP("Check",
            "the paragraph ends on this quotation; add a note that explains it"))


def check(essay: Essay) -> Iterator[Finding]:
    for node in essay.walk():
        if node.kind not in PARAGRAPH_KINDS:
            continue
        if not node.prose.strip():
            yield found("unwritten", node.id, QT_TRANSLATE_NOOP("Check", "not written yet"))
        if node.kind is NodeKind.BODY:
            yield from _body(node)
