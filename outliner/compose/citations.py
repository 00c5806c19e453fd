"""How a quotation and its locator are written into a sentence, per style.

The offline drafter knows only what the outline holds: the quotation's words
and its locator (usually a page, "258"), not which sentence will name whom.
So it writes the locator alone, and the export restyles every citation from
the sources' fields by one rule (compose/restyle.py), the drafter's and the
writer's alike:

* MLA: ``“words” (258).`` -- the export makes it "(Ishiguro 258)" unless the
  sentence names the author.
* APA: ``“words” (p. 258).`` -- the export makes it (Ishiguro, 2006, p. 258);
  the drafter never invents an author or year.
* Chicago: ``“words” (258).`` -- the export puts a footnote in its place.

With no source that has fields, the export keeps these as written.

Punctuation: a quotation ending in a period or comma loses it (the sentence's
own period follows the parenthesis); one ending in ? or ! keeps the mark
inside the quotation marks and the sentence still ends with a period after
the parenthesis. Without a locator, the period goes inside the closing mark.
"""

from __future__ import annotations

import re

from outliner.core.essay import CitationStyle

#: Quotation marks a writer may have typed around a quotation's text.
_QUOTE_MARKS = "\"“”„«»'‘’"
_LABEL = re.compile(r"^(?:quotes?|quotations?|evidence)\s*:\s*(?=[“\"])", re.IGNORECASE)
_PAGE_PREFIX = re.compile(r"^(?:pp?\.|pages?|pg\.?)\s*", re.IGNORECASE)


def clean_quotation(text: str) -> str:
    """The quotation's words: whitespace collapsed, outer quotation marks gone."""
    text = re.sub(r"\s+", " ", text).strip()
    # An outline label in front of the marks ("Quote: “...”") is not quoted.
    text = _LABEL.sub("", text)
    # Strip a pair of marks the writer typed around the whole quotation, and
    # the stray space some drafts have just inside them (“ Is it ...”).
    while len(text) >= 2 and text[0] in _QUOTE_MARKS and text[-1] in _QUOTE_MARKS:
        inner = text[1:-1].strip()
        if not inner:
            break
        text = inner
    if text[:1] in "“\"" and not any(m in text[1:] for m in "”\""):
        text = text[1:].strip()
    if text[-1:] in "”\"" and not any(m in text[:-1] for m in "“\""):
        text = text[:-1].strip()
    return text


def quotation_core(text: str) -> str:
    """The words that must appear verbatim in a draft (no end period/comma)."""
    text = clean_quotation(text)
    if not any(ch.isalnum() for ch in text):
        return ""  # only marks ("“ ”", '""'): there is nothing to quote
    if text.endswith(("...", "…")):
        return text  # an ellipsis is part of the quotation, not its stop
    while text and text[-1] in ".,;:":
        text = text[:-1].rstrip()
    return text


def format_cite(cite: str, style: CitationStyle) -> str:
    """The parenthetical for a locator in ``style``, or "" when there is none."""
    cite = re.sub(r"\s+", " ", cite).strip()
    if cite.startswith("(") and cite.endswith(")"):
        cite = cite[1:-1].strip()
    if not cite:
        return ""
    bare = _PAGE_PREFIX.sub("", cite).strip() or cite
    if style is CitationStyle.APA:
        if re.fullmatch(r"\d+[a-z]?", bare):
            return f"(p. {bare})"
        if re.fullmatch(r"\d+\s*[-–]\s*\d+", bare):
            return f"(pp. {bare})"
        return f"({cite})"
    if re.fullmatch(r"[\dIVXLCivxlc]+(?:\s*[-–]\s*\d+)?", bare):
        return f"({bare})"
    return f"({cite})"


def quoted(text: str, cite: str, style: CitationStyle) -> str:
    """The quotation as it ends a sentence: “words” (258). -- final stop included."""
    words = quotation_core(text)
    if not words:
        return ""
    parenthetical = format_cite(cite, style)
    ends_strong = words[-1] in "?!"
    if parenthetical:
        return f"“{words}” {parenthetical}."
    if ends_strong:
        return f"“{words}”"
    return f"“{words}.”"


def quoted_in_sentence(text: str, cite: str, style: CitationStyle) -> str:
    """The quotation and cite as they appear verbatim in a draft, without the
    sentence's final stop (what a check looks for)."""
    full = quoted(text, cite, style)
    return full[:-1] if full.endswith(".") and format_cite(cite, style) else full
