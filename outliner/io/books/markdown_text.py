"""A Markdown book's words as a reader sees them, read with markdown-it.

Headings, paragraphs, list items and block quotes each become a paragraph
of their own (a blank line between), the marks around words (emphasis,
links, code spans, escapes, entities) go, and a line break inside a
paragraph stays a line break, so a word hyphenated across two lines is
joined as it is in any other book (``core/book_index.py``). Code blocks
keep their text; an image keeps its description; HTML keeps its words.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

_TAG = re.compile(r"<[^>]*>")
#: Inline tokens whose text is printed.
_WORDS = frozenset({"text", "code_inline", "text_special"})
_BREAKS = frozenset({"softbreak", "hardbreak"})


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark")


def _inline_text(children: list[Token]) -> str:
    out: list[str] = []
    for child in children:
        if child.type in _WORDS:
            out.append(child.content)
        elif child.type in _BREAKS:
            out.append("\n")
        elif child.type == "image":
            out.append(child.content)  # its description, as a screen reader reads it
        # Marks (em, strong, link) and inline HTML tags print nothing.
    return "".join(out)


def markdown_book_text(markdown: str) -> str:
    """The printed words of ``markdown``, a paragraph per block."""
    blocks: list[str] = []
    for token in _parser().parse(markdown):
        if token.type == "inline":
            blocks.append(_inline_text(token.children or []))
        elif token.type in ("fence", "code_block"):
            blocks.append(token.content.rstrip("\n"))
        elif token.type == "html_block":
            blocks.append(_TAG.sub(" ", token.content).strip())
    kept = [block.strip(" \t") for block in blocks if block.strip()]
    return "\n\n".join(kept) + "\n" if kept else ""


__all__ = ["markdown_book_text"]
