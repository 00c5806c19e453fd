"""The one interface of a citation style's formatter.

Each style (mla.py, apa.py, chicago.py) says how a source is listed at the
end (``entry``), what the list is called (``heading``), and how a
quotation cites it (``citation``: a parenthetical for MLA and APA, a
footnote's text for Chicago, whose ``uses_notes`` is True). A free-text
source prints its text as typed; a citation of one gives only the locator,
since nothing reliable can be read out of free text.
"""

from __future__ import annotations

from abc import ABC, abstractmethod

from outliner.compose.citing.parts import bare_pages, clean, named
from outliner.compose.essay_styles import sort_key
from outliner.core.essay import CitationStyle
from outliner.core.sources import Source


class CitationFormatter(ABC):
    """How one citation style writes sources and citations."""

    style: CitationStyle
    #: Citations are footnotes (Chicago), not parentheticals.
    uses_notes: bool = False
    #: The heading of the list of sources.
    list_heading: str = ""

    def heading(self, count: int) -> str:
        """The heading of a list of ``count`` entries."""
        return self.list_heading

    def entry(self, source: Source) -> str:
        """The source as the list at the end prints it (italics as ``*…*``);
        a free-text source exactly as typed, on one line."""
        if not source.structured:
            return clean(source.text)
        return self.structured_entry(source)

    @abstractmethod
    def structured_entry(self, source: Source) -> str:
        """The entry of a source that has fields."""

    def citation(self, source: Source | None, locator: str, *,
                 author_named: bool = False, first: bool = True) -> str:
        """How a quotation from ``source`` at ``locator`` ("258") is cited:
        "(Ishiguro 258)" and the like, or a footnote's text when
        :attr:`uses_notes` (``first``: the first note citing this source,
        written in full). ``author_named``: the sentence already names the
        author (MLA then leaves the name out). "" when there is nothing to cite."""
        locator = bare_pages(locator) if locator.strip() else ""
        if source is None or not source.structured:
            return self.locator_only(source, locator)
        return self.structured_citation(source, locator, author_named=author_named,
                                        first=first)

    def locator_only(self, source: Source | None, locator: str) -> str:
        """The citation when the source has no fields: the locator alone."""
        return f"({locator})" if locator else ""

    @abstractmethod
    def structured_citation(self, source: Source, locator: str, *,
                            author_named: bool, first: bool) -> str:
        """The citation of a source that has fields; ``locator`` is bare ("258")."""

    def sort_key(self, source: Source) -> tuple[str, str, int, str]:
        """Alphabetical by the first author's family and given names (a
        single author before the same author with others), then by the entry
        as printed; a source without names, or free text, by its entry. A
        leading article and the marks of italics and quotation are ignored."""
        printed = sort_key(self.entry(source))
        names = named(source.authors) or named(source.editors)
        if not source.structured or not names:
            return (printed, "", 0, printed)
        first = names[0]
        return (clean(first.family).casefold(), clean(first.given).casefold(), len(names),
                printed)

    def reference_list(self, sources: list[Source]) -> list[str]:
        """The entries of the non-empty sources, sorted as the style lists them."""
        kept = [s for s in sources if s.structured or s.text.strip()]
        return [self.entry(s) for s in sorted(kept, key=self.sort_key)]
