"""What an essay still needs, one module per concern, below the UI.

Each check yields :class:`Finding` values (kind, node id or None, message);
:func:`run_checks` runs them all in a fixed order. The window's Checks
panel and ``outliner check`` show the same list. ``draft`` holds the
checks of a drafted paragraph against its outline (used by the drafters).
"""

from __future__ import annotations

from outliner.compose.checks import (
    conclusion,
    heading,
    length,
    paragraphs,
    quotations,
    sources,
    spelling,
    thesis,
)
from outliner.compose.checks.draft import (
    STOPWORDS,
    QuoteCheck,
    check_paragraph,
    check_quote,
    check_text,
    content_words,
    missing_words,
    paragraph_notes,
    paragraph_quotes,
)
from outliner.compose.checks.finding import Finding
from outliner.compose.checks.spelling import Speller, SpellingCheck
from outliner.core.essay import Essay

#: Every check but spelling, in the order their findings are listed.
STRUCTURE_CHECKS = (heading.check, thesis.check, paragraphs.check, quotations.check,
                    sources.check, conclusion.check, length.check)


def run_checks(essay: Essay, spelling_check: SpellingCheck | None = None) -> list[Finding]:
    """Every finding about ``essay``; spelling only when given a checker."""
    findings = [f for check in STRUCTURE_CHECKS for f in check(essay)]
    if spelling_check is not None:
        findings.extend(spelling.check(essay, spelling_check))
    return findings


__all__ = [
    "STOPWORDS",
    "STRUCTURE_CHECKS",
    "Finding",
    "QuoteCheck",
    "Speller",
    "SpellingCheck",
    "check_paragraph",
    "check_quote",
    "check_text",
    "content_words",
    "missing_words",
    "paragraph_notes",
    "paragraph_quotes",
    "run_checks",
]
