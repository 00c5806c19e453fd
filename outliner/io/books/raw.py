"""A book as its reader gave it: the pages, how they are numbered, and the
checksum of the file they came from.

How the pages are numbered is kept (also in the cache) because the
writer's page offset moves only pages numbered by their position: a PDF's
own labels and the numbers printed on its pages are what they are.
"""

from __future__ import annotations

from dataclasses import dataclass

from outliner.core.book_text import BookPage, BookText

#: How a book's pages are numbered.
LABELS = "labels"  # the PDF's page labels
PRINTED = "printed"  # the numbers printed on the pages
POSITIONS = "positions"  # "1", "2", ... by position: the page offset moves them
MARKERS = "markers"  # an EPUB's page list or page-break markers
NONE = "none"  # no pages: one page with an empty label
NUMBERINGS = (LABELS, PRINTED, POSITIONS, MARKERS, NONE)


@dataclass(frozen=True)
class RawBook:
    """A book as read: its pages (by position where ``numbering`` is
    POSITIONS) and the checksum of the file's bytes."""

    numbering: str
    pages: tuple[BookPage, ...]
    sha256: str

    def text(self, page_offset: int = 0) -> BookText:
        """The book as quotations are checked against it: pages numbered by
        position are moved by ``page_offset`` (a page before the first
        numbered one gets an empty label)."""
        if self.numbering != POSITIONS or not page_offset:
            return BookText(self.pages)
        return BookText(tuple(BookPage(_shifted(page.label, page_offset), page.text)
                              for page in self.pages))


def _shifted(label: str, offset: int) -> str:
    number = int(label) + offset
    return str(number) if number >= 1 else ""


__all__ = ["LABELS", "MARKERS", "NONE", "NUMBERINGS", "POSITIONS", "PRINTED", "RawBook"]
