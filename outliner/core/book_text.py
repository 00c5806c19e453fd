"""The text of a book a source is attached to, page by page.

Readers (PDF, EPUB, plain text) produce it; quotation matching reads it.
A page's label is the number printed on it ("258", "xii"), or the physical
page number as text when the book prints none; a book without pages (a
plain text) is one page with an empty label.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class BookPage:
    """One page: its label as a reader would cite it, and its text."""

    label: str
    text: str


@dataclass(frozen=True)
class BookText:
    """A book's pages in reading order."""

    pages: tuple[BookPage, ...]

    @property
    def has_pages(self) -> bool:
        """False for a text without page numbers (one unlabelled page)."""
        return any(page.label for page in self.pages)

    def page(self, label: str) -> BookPage | None:
        """The first page printed with this label, if any."""
        for page in self.pages:
            if page.label == label:
                return page
        return None
