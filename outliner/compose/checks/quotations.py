"""Every quotation has a citation: a quotation node its locator, a
quotation typed into prose its parenthetical."""

from __future__ import annotations

from collections.abc import Iterator

from outliner.compose.checks.finding import Finding, found
from outliner.compose.checks.quoted import quotations_in
from outliner.core.essay import Essay, NodeKind
from outliner.core.text import count_words, quoted_short
from outliner.core.translatable import QT_TRANSLATE_NOOP

#: A quotation in prose this short without a citation is a scare quote or a
#: title ("the “normal” society"), not evidence.
SCARE_QUOTE_WORDS = 4


def check(essay: Essay) -> Iterator[Finding]:
    for node in essay.walk():
        if node.kind is NodeKind.QUOTE:
            if node.text.strip() and not node.cite.strip():
                yield found("citation", node.id,
                    QT_TRANSLATE_NOOP("Check", "no citation (page or line)"))
            continue
        for quotation in quotations_in(node.prose):
            if not quotation.has_cite and count_words(quotation.text) > SCARE_QUOTE_WORDS:
                yield found("citation", node.id,
                    QT_TRANSLATE_NOOP("Check", "the quotation {quote} has no citation"),
                    quote=quoted_short(quotation.text, 50))
