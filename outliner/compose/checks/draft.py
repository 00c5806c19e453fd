"""Checking a draft against its outline: every quotation verbatim with its
cite, and every note's content words present.

Used by the tests of the built-in drafter and, at run time, on what the AI
drafter sends back: a draft that drops or alters a quotation is flagged with
a warning the writer sees, never silently accepted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from outliner.compose.citations import format_cite, quotation_core
from outliner.compose.sentences import clean_note, strip_bullets
from outliner.core.essay import CitationStyle, Essay, Node, NodeKind

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")

#: Function words a draft may rephrase around; everything else must stay.
_STOP_TEXT = """a an the and or but nor so yet for of to in on at by with from into onto
    as is are was were be been being am it its it's this that these those there
    their they them he she his her him we our us you your i me my mine
    do does did just very also then than too such"""
STOPWORDS = frozenset(_STOP_TEXT.split())


def _normalize(text: str) -> str:
    """Compare text as a reader would: curly and straight marks alike,
    whitespace collapsed."""
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return re.sub(r"\s+", " ", text).strip()


def content_words(text: str) -> set[str]:
    """The lower-cased words of ``text`` that carry its meaning."""
    words = (w.replace("’", "'").lower() for w in _WORD.findall(text))
    return {w for w in words if w not in STOPWORDS}


def missing_words(draft: str, text: str) -> list[str]:
    """Content words of ``text`` that ``draft`` lacks, in their order.

    Compared with the note as typed, only its bullet marks removed, so words
    the note cleaner itself dropped would show up here too."""
    present = content_words(draft)
    seen: list[str] = []
    for word in (w.replace("’", "'").lower() for w in _WORD.findall(strip_bullets(text))):
        if word not in STOPWORDS and word not in present and word not in seen:
            seen.append(word)
    return seen


@dataclass(frozen=True)
class QuoteCheck:
    """Where one quotation stands in a draft."""

    words: str
    cite: str
    present: bool
    cited: bool


def check_quote(draft: str, text: str, cite: str, style: CitationStyle) -> QuoteCheck:
    """Is the quotation in ``draft`` word for word, and its cite right after it?"""
    words = quotation_core(text)
    flat = _normalize(draft)
    needle = _normalize(words)
    position = flat.find(needle)
    present = position >= 0
    parenthetical = format_cite(cite, style)
    cited = present
    if present and parenthetical:
        after = flat[position + len(needle):position + len(needle) + 12 + len(parenthetical)]
        bare = re.sub(r"^\(|\)$", "", parenthetical)
        cited = bare in after
    return QuoteCheck(words, parenthetical, present, cited)


def paragraph_quotes(node: Node) -> list[Node]:
    """The quotations under a paragraph node, in tree order."""
    return [n for n in node.walk() if n.kind is NodeKind.QUOTE and quotation_core(n.text)]


def paragraph_notes(node: Node) -> list[Node]:
    """The notes under a paragraph node, in tree order."""
    return [n for n in node.walk() if n.kind is NodeKind.NOTE and n is not node]


def check_text(
    draft: str,
    quotes: list[tuple[str, str]],
    notes: list[str],
    style: CitationStyle,
) -> list[str]:
    """Warnings about ``draft`` given the (text, cite) quotations and note
    texts it should keep (empty: everything is there)."""
    if not draft.strip():
        return ["The draft is empty."]
    warnings: list[str] = []
    for text, cite in quotes:
        result = check_quote(draft, text, cite, style)
        if not result.words:
            continue
        short = result.words if len(result.words) <= 60 else result.words[:57] + "..."
        if not result.present:
            warnings.append(f"A quotation is missing or altered: “{short}”")
        elif not result.cited:
            warnings.append(f"The quotation “{short}” lacks its citation {result.cite}.")
    for note in notes:
        lost = missing_words(draft, note)
        if lost:
            warnings.append(
                f"Words from the note “{clean_note(note)[:60]}” are missing: "
                + ", ".join(lost[:8])
            )
    return warnings


def check_paragraph(
    draft: str, essay: Essay, node: Node, style: CitationStyle | None = None
) -> list[str]:
    """Warnings a writer should see about ``draft`` for ``node`` (empty: all kept)."""
    return check_text(
        draft,
        [(q.text, q.cite) for q in paragraph_quotes(node)],
        [n.text for n in paragraph_notes(node)],
        style or essay.meta.style,
    )
