"""Checking an essay's quotations against the books of its sources, for
``outliner check --source`` and ``outliner sources attach``.

A source is named by its id or by a word of its authors, editors or title
that no other source has ("Ishiguro"). A book given without a name goes to
the essay's primary source (its first), created when the essay has none;
a book already attached in the file is read from there (its path relative
to the essay's folder). Books are read through the cache of page texts
(``io/books``), so a second check of the same book costs no PDF reading.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from outliner.compose.checks.book_quotes import KIND, check_book_quotes
from outliner.core.essay import Essay, NodeKind
from outliner.core.names import node_name
from outliner.core.quote_match import BookIndex, QuoteVerdict, VerdictKind
from outliner.core.sources import BookLink, Source
from outliner.io.books import BookCache, LoadedBook, load_book
from outliner.io.errors import DocumentError


class SourceKeyError(ValueError):
    """A source name that names no source, or more than one (wrong usage)."""


@dataclass(frozen=True)
class BookOption:
    """One ``--source [KEY=]PATH``."""

    key: str | None
    path: Path


def parse_book_option(text: str) -> BookOption:
    """``KEY=PATH`` or ``PATH``: the part before the first "=" is a key
    when it holds no path separator and the whole is not a file's name."""
    key, sep, rest = text.partition("=")
    if sep and key and rest and "/" not in key and os.sep not in key \
            and not Path(text).exists():
        return BookOption(key, Path(rest))
    return BookOption(None, Path(text))


_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def _words(source: Source) -> set[str]:
    texts = [source.title, source.text if not source.structured else ""]
    texts += [part for name in (*source.authors, *source.editors)
              for part in (name.family, name.given)]
    return {word.casefold() for text in texts for word in _WORD.findall(text)}


def find_source(essay: Essay, key: str) -> Source:
    """The source ``key`` names: by id, else by a word of its authors,
    editors or title that no other source has. SourceKeyError otherwise."""
    by_id = next((s for s in essay.sources if s.id == key), None)
    if by_id is not None:
        return by_id
    wanted = key.casefold()
    matches = [s for s in essay.sources if wanted in _words(s)]
    if len(matches) == 1:
        return matches[0]
    known = ", ".join(s.id for s in essay.sources) or "none"
    if not matches:
        raise SourceKeyError(f"no source is called “{key}” (by id or by a word of its "
                             f"author or title); the sources are: {known}")
    raise SourceKeyError(f"“{key}” names {len(matches)} sources "
                         f"({', '.join(s.id for s in matches)}); use its id")


def primary_source(essay: Essay, book: Path) -> Source:
    """The essay's first source, or a new one (in memory) named after the
    book file when the essay has none."""
    if essay.sources:
        return essay.sources[0]
    source = Source(text=book.stem)
    essay.sources = [source]
    return source


def book_location(essay_path: Path, link: BookLink) -> Path:
    """Where an attached book is: its path as recorded, relative to the
    essay's folder unless absolute."""
    path = Path(link.path).expanduser()
    return path if path.is_absolute() else essay_path.parent / path


def recorded_path(book: Path) -> str:
    """How the essay holds ``book``: by absolute path. The .essay file records
    it relative to its own folder when the book lies within it (the two move
    together; io/essay/file.py does that on every save), so a save to
    another folder still finds it."""
    return str(book.resolve())


@dataclass(frozen=True)
class QuoteLine:
    """One quotation's verdict, as ``outliner check`` prints it."""

    node_id: str
    node_name: str
    cite: str
    verdict: QuoteVerdict

    @property
    def line(self) -> str:
        cite = f" ({self.cite.strip().strip('()')})" if self.cite.strip() else ""
        return f"{KIND}: {self.node_name}{cite}: {self.verdict.message()}"

    @property
    def on_cited_page(self) -> bool:
        """Verbatim, and where the citation says (if it says)."""
        return self.verdict.kind is VerdictKind.VERBATIM

    def as_json(self) -> dict[str, Any]:
        return {"kind": KIND, "node": self.node_id, "name": self.node_name,
                "cite": self.cite, "verdict": self.verdict.kind.value,
                "pages": list(self.verdict.pages), "message": self.verdict.message()}


@dataclass(frozen=True)
class BookCheck:
    """The verdict line of every quotation, and what was noted on the way."""

    lines: list[QuoteLine]
    notes: list[str]

    @property
    def failed(self) -> bool:
        """Some quotation checked against a book is not verbatim on its page."""
        return any(not line.on_cited_page and line.verdict.kind is not VerdictKind.NO_SOURCE
                   for line in self.lines)


def check_quotations(essay: Essay, essay_path: Path, options: Sequence[BookOption],
                     cache: BookCache | None = None,
                     say: Callable[[str], object] | None = None) -> BookCheck | None:
    """Every quotation of ``essay`` against its source's book: the books of
    ``options`` and those attached in the file. None when there is no book
    at all (the check then prints what it always printed). DocumentError
    for a book that cannot be read; SourceKeyError for a bad KEY."""
    notes: list[str] = []
    books: dict[str, tuple[Path, int]] = {}
    for source in essay.sources:
        if source.book is not None:
            books[source.id] = (book_location(essay_path, source.book), source.book.page_offset)
    given: dict[str, Path] = {}
    for option in options:
        source = (find_source(essay, option.key) if option.key is not None
                  else primary_source(essay, option.path))
        offset = source.book.page_offset if source.book is not None else 0
        books[source.id] = (option.path, offset)
        given[source.id] = option.path
    if not books:
        return None
    indexes: dict[str, BookIndex] = {}
    for source_id, (path, offset) in books.items():
        loaded = _load(path, cache, source_id not in given)
        source = next(s for s in essay.sources if s.id == source_id)
        if (source_id not in given and source.book is not None
                and loaded.sha256 != source.book.sha256):
            notes.append(f"{path} has changed since it was attached to the source; "
                         "checked against it as it is now")
        indexes[source_id] = BookIndex(loaded.book.text(offset))
    if say is not None:
        for note in notes:
            say(note)
    result = check_book_quotes(essay, indexes)
    lines = []
    for node in essay.walk():
        if node.kind is NodeKind.QUOTE and node.id in result.verdicts:
            lines.append(QuoteLine(node.id, node_name(essay, node), node.cite,
                                   result.verdicts[node.id]))
    return BookCheck(lines, notes)


def _load(path: Path, cache: BookCache | None, attached: bool) -> LoadedBook:
    try:
        return load_book(path, cache)
    except DocumentError as exc:
        if attached and exc.problem == "no such file":
            raise DocumentError(path, "no such file (the book attached to a source of "
                                      "the essay; attach it again with `outliner sources "
                                      "attach`, or give it with --source)") from None
        raise


def attach_book(essay: Essay, key: str, book: Path, page_offset: int,
                cache: BookCache | None = None) -> tuple[Source, LoadedBook]:
    """Record ``book`` on the source ``key`` names, after reading it (a book
    that cannot be read is refused before anything is recorded)."""
    source = find_source(essay, key)
    loaded = load_book(book, cache)
    link = BookLink(recorded_path(book), loaded.sha256, page_offset)
    attached = source.with_fields(book=link)
    essay.set_sources([attached if s.id == source.id else s for s in essay.sources])
    return attached, loaded


__all__ = ["BookCheck", "BookOption", "QuoteLine", "SourceKeyError", "attach_book",
           "book_location", "check_quotations", "find_source", "parse_book_option",
           "primary_source", "recorded_path"]
