"""Find quotations and their parenthetical citations in a line or paragraph.

Students quote in straight ("...") or curly (“...”) marks, often followed by a
parenthetical citation: ``“...” (258)``, ``"..." (Shelley 58)``,
``"..." (1.4.57-58)``, ``"..." (qtd. in Smith 4)``. Real drafts are untidy, so
the finder also accepts a quotation opened with “ and closed with a stray ’
(only when a citation follows, so the apostrophe in "don’t" never ends a
quotation) and ignores spaces typed just inside the marks (“ important).

The importer, the Word exporter and the drafter all use this module:

- :func:`find_quotations` lists every quotation with its spans, tidied text
  and citation;
- :func:`cited_quotations` keeps those that carry a citation (a scare quote
  such as “normal” has none);
- :func:`tidy_quotations` removes stray spaces inside the marks and mends a
  stray ’ closer;
- :func:`outside_quotations` returns the text around the quotations;
- :func:`typeset_quotations` prints them as a finished essay shows them
  (curly marks, the period after the citation), for the essay exporters;
- :func:`is_citation` and :func:`split_trailing_citation` handle a
  parenthetical on its own, :func:`block_quotation` a whole block quotation.
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import NamedTuple

from outliner.core.roman import roman_value
from outliner.core.text import collapse_spaces

#: Opening marks and the closing marks each may pair with.
_CLOSERS: dict[str, tuple[str, ...]] = {
    '"': ('"', "”"),
    "“": ("”", '"'),
    "„": ("“", "”", '"'),
}
#: A closing single quote accepted after “ only when a citation follows it.
_STRAY_CLOSER = "’"

_OPENER = re.compile("[" + "".join(_CLOSERS) + "]")
_CITE_AFTER = re.compile(r"[ \t\u00a0]*\(([^()\n]{1,80})\)")
_NON_SPACE = re.compile(r"\S")
_NON_SPACE_WORD = re.compile(r"[^\W_]")
_PARAGRAPH_BREAK = re.compile(r"\n\r?\n|\r\r")
_AUTHOR = r"[A-Z][\w’'.\-]*"
_AUTHOR_CITE = re.compile(
    rf"^(?:(?:qtd\.?|quoted|cited)\s+in\s+|see\s+|cf\.\s+)?{_AUTHOR}"
    rf"(?:,?\s+(?:and|&|et\s+al\.?|{_AUTHOR}))*$"
)
_ROMAN_CITE = re.compile(r"^[ivxlcdm]+(?:[.,\-–]\s*[ivxlcdm]+)*$", re.IGNORECASE)


class Quotation(NamedTuple):
    """One quotation found in a string.

    ``start``/``end`` span the whole match in the searched string: opening
    mark to closing mark, or to the ")" of the citation when there is one.
    ``inner_start``/``inner_end`` span the raw words between the marks.
    ``text`` is those words tidied (outer spaces and a trailing comma
    removed, runs of spaces collapsed); ``cite`` is the citation without its
    parentheses, "" when none follows. A named tuple, so immutable and
    quick to make: a long essay's export makes one per quotation, twice.
    """

    start: int
    end: int
    inner_start: int
    inner_end: int
    open_mark: str
    close_mark: str
    text: str
    cite: str = ""

    @property
    def has_cite(self) -> bool:
        """True when a parenthetical citation follows the quotation."""
        return bool(self.cite)

    @property
    def mark_end(self) -> int:
        """Index just past the closing mark (before any citation)."""
        return self.inner_end + len(self.close_mark)


#: Words a citation holds besides names and numbers: locators ("p.", "ch.",
#: "Act", "lines"), "qtd. in", "et al.", "emphasis added", and the small words
#: of a title ("Lord of the Flies 12").
_CITE_WORDS = frozenset({
    "p", "pp", "pg", "pgs", "page", "pages", "par", "para", "paras", "paragraph", "ch",
    "chap", "chapter", "chapters", "act", "scene", "sc", "line", "lines", "l", "ll", "vol",
    "vols", "volume", "book", "bk", "part", "pt", "canto", "stanza", "st", "sec", "section",
    "fol", "n", "nn", "note", "col", "no", "v", "vv", "verse", "verses", "fig", "ed", "trans",
    "qtd", "quoted", "cited", "in", "and", "et", "al", "see", "also", "cf", "emphasis",
    "added", "mine", "my", "original", "ibid", "ff", "of", "the", "a", "an", "to", "for", "on",
    "at", "by", "from", "with", "or", "loc", "location", "min", "ep", "episode",
})
_LOCATOR_WORDS = ("act|scene|sc|line|lines|l|ll|ch|chap|chapter|book|bk|part|pt|canto|stanza"
                  "|st|vol|sec|section|p|pp|pg|page|par|para")
#: A locator written in Roman numerals: "Act II, Scene i", "Shelley, ch. iv".
_ROMAN_LOCATOR_CITE = re.compile(
    rf"^(?:{_AUTHOR},?\s+)*(?:(?:{_LOCATOR_WORDS})\.?\s+[ivxlcdm]+[,;]?\s*)+$",
    re.IGNORECASE,
)
#: A page still to be filled in, as teachers' templates and drafts write it:
#: "(Lubrano [p. XX])", "(Author page #)", "(Smith pg. ?)".
_PAGE_PLACEHOLDER = re.compile(
    r"\[?\b(?:p|pp|pg|page|pages)\b\.?\s*(?:x{1,3}|#+|\?+|_+|n)(?![\w#?_])\]?"
    r"|(?<=\s)(?:xx+|#+|_{2,})(?=\]?$)",
    re.IGNORECASE,
)
#: A year on its own: after “The Road Not Taken” (1916) it dates a title.
_LONE_YEAR = re.compile(r"^(?:1[4-9]|20)\d\d$")
_CITE_TOKEN = re.compile(r"[^\W\d_][\w’']*")


@functools.lru_cache(maxsize=4096)  # an essay cites the same pages and names again
def is_citation(candidate: str) -> bool:
    """Does this parenthetical content read as a citation?

    A page or line locator ("258", "1.4.57-58", "p. 4", "lines 4–6", "Act 2,
    Scene 1", "Act II, Scene i"), an author with one ("Shelley 58", "Shelley,
    ch. 5", "qtd. in Smith 4", "Smith and Jones 12"), an author alone
    ("Shelley"), a Roman-numeral locator ("xii") or a page still to be filled
    in ("Lubrano [p. XX]"). A parenthetical remark such as "(just like Kathy
    having the tape)" or "(a word used 3 times)", "(see above)" or a year on
    its own ("1998", which dates a title) is not one.
    """
    text = candidate.strip()
    if not text or len(text) > 80 or "\n" in text or _LONE_YEAR.match(text):
        return False
    text = _PAGE_PLACEHOLDER.sub(" 1 ", text).replace("[", " ").replace("]", " ").strip()
    if any(ch.isdigit() for ch in text):
        # A locator: few words, not a sentence that happens to hold a number,
        # and hardly any words but names and the words citations use.
        if len(text.split()) > 8 or re.search(r"[.!?]\s+[A-Z]", text):
            return False
        other = [w for w in _CITE_TOKEN.findall(text)
                 if w[0].islower() and w.lower() not in _CITE_WORDS]
        return len(other) <= 1
    located = bool(_ROMAN_LOCATOR_CITE.match(text))  # "Act II, Scene i"
    if located or _ROMAN_CITE.match(text):
        # Every numeral a real one, not a word spelled with those letters
        # ("mild", "did", "civil"); a lone "i" only after "Scene", "ch." ...
        words = [w for w in re.split(r"[\s.,;:\-–]+", text) if w.isalpha()]
        numerals = [w for w in words if w.lower() not in _CITE_WORDS
                    and not re.fullmatch(_LOCATOR_WORDS, w, re.IGNORECASE)
                    and not (w[0].isupper() and not w.isupper())]  # "Shelley": a name
        return bool(numerals) and all(
            is_roman_numeral(w, lone_letter=located) for w in numerals)
    return bool(_AUTHOR_CITE.match(text))


def is_roman_numeral(word: str, *, lone_letter: bool = False) -> bool:
    """A Roman numeral a citation may use for a chapter, act or preface page
    ("ii", "XII", "iv"), up to 399: not a single lowercase letter (a list's
    "(i)") unless ``lone_letter``, not a word that happens to use those
    letters ("mild", "mix")."""
    if len(word) == 1 and word.islower() and not lone_letter:
        return False
    return 0 < roman_value(word) < 400


def tidy_quote_text(raw: str) -> str:
    """The words of a quotation as a node holds them: one space between
    words, no space at the ends, no trailing comma left by "..., " she said."""
    text = collapse_spaces(raw)
    if text.endswith(","):
        text = text[:-1].rstrip()
    return text


def _citation_at(text: str, pos: int) -> tuple[str, int] | None:
    """The citation starting at ``pos`` (after optional spaces) and its end."""
    match = _CITE_AFTER.match(text, pos)
    if match and is_citation(match.group(1)):
        return collapse_spaces(match.group(1)), match.end()
    return None


def _positions(text: str, mark: str) -> list[int]:
    """Every index of the one-character ``mark`` in ``text``."""
    found: list[int] = []
    at = text.find(mark)
    while at >= 0:
        found.append(at)
        at = text.find(mark, at + 1)
    return found


class _Scanner:
    """Looks for closing marks in one string, remembering what it found so a
    long text full of unclosed marks is still read in near-linear time."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._next: dict[str, tuple[int, int]] = {}  # mark -> (searched from, found at)
        # One line (as the manuscript asks) has none: no regex pass for it.
        self._breaks = ([m.start() for m in _PARAGRAPH_BREAK.finditer(text)]
                        if "\n" in text or "\r" in text else [])
        self._strays: list[int] | None = None

    def next_index(self, mark: str, start: int) -> int:
        """Index of the first ``mark`` at or after ``start``, or -1."""
        cached = self._next.get(mark)
        if cached is not None and cached[0] <= start and (cached[1] < 0 or cached[1] >= start):
            return cached[1]
        found = self.text.find(mark, start)
        self._next[mark] = (start, found)
        return found

    def stray_closer(self, start: int, limit: int) -> int:
        """First ’ in [start, limit) that a citation follows, or -1."""
        if self._strays is None:
            text = self.text
            self._strays = [i for i in _positions(text, _STRAY_CLOSER)
                            if _citation_at(text, i + 1) is not None]
        at = bisect.bisect_left(self._strays, start)
        if at < len(self._strays) and self._strays[at] < limit:
            return self._strays[at]
        return -1

    def breaks_paragraph(self, start: int, end: int) -> bool:
        """Is there a blank line between ``start`` and ``end``?"""
        at = bisect.bisect_left(self._breaks, start)
        return at < len(self._breaks) and self._breaks[at] < end

    def closing_mark(self, open_mark: str, inner_start: int) -> tuple[int, str] | None:
        """Where the quotation opened just before ``inner_start`` closes, and with what."""
        best: tuple[int, str] | None = None
        for closer in _CLOSERS[open_mark]:
            index = self.next_index(closer, inner_start)
            if index >= 0 and (best is None or index < best[0]):
                best = (index, closer)
        if open_mark == "“":
            # A ’ closes only when a citation follows, so "don’t" never closes.
            stray = self.stray_closer(inner_start, best[0] if best else len(self.text))
            if stray >= 0:
                return stray, _STRAY_CLOSER
        return best


def find_quotations(text: str) -> list[Quotation]:
    """Every quotation in ``text``, in order, with its citation if any.

    A quotation never spans a blank line; an opening mark with no closer is
    left alone (it is then ordinary text).
    """
    found: list[Quotation] = []
    opener = _OPENER.search(text)
    if opener is None:
        return found
    scanner = _Scanner(text)
    while True:
        open_at = opener.start()
        open_mark = text[open_at]
        inner_start = open_at + 1
        closing = scanner.closing_mark(open_mark, inner_start)
        if closing is None:
            opener = _OPENER.search(text, inner_start)
            if opener is None:
                break
            continue
        close_at, close_mark = closing
        if scanner.breaks_paragraph(inner_start, close_at) or not _NON_SPACE.search(
            text, inner_start, close_at
        ):
            opener = _OPENER.search(text, inner_start)
            if opener is None:
                break
            continue
        end = close_at + len(close_mark)
        cite = ""
        citation = _citation_at(text, end)
        if citation is not None:
            cite, end = citation
        found.append(
            Quotation(
                start=open_at,
                end=end,
                inner_start=inner_start,
                inner_end=close_at,
                open_mark=open_mark,
                close_mark=close_mark,
                text=tidy_quote_text(text[inner_start:close_at]),
                cite=cite,
            )
        )
        opener = _OPENER.search(text, end)
        if opener is None:
            break
    return found


def cited_quotations(text: str) -> list[Quotation]:
    """The quotations in ``text`` that carry a parenthetical citation."""
    return [q for q in find_quotations(text) if q.has_cite]


def tidy_quotations(text: str) -> str:
    """``text`` with its quotations tidied and nothing else changed: spaces
    typed just inside the marks go (“ important” becomes “important”) and a
    quotation opened with “ but closed with ’ gets its ” back."""
    pieces: list[str] = []
    last = 0
    for quote in find_quotations(text):
        inner = text[quote.inner_start : quote.inner_end]
        pieces.append(text[last : quote.inner_start])
        pieces.append(inner.strip(" \t\u00a0"))
        if quote.close_mark == _STRAY_CLOSER:
            pieces.append("”")
            last = quote.mark_end
        else:
            last = quote.inner_end
    pieces.append(text[last:])
    return "".join(pieces)


# -- typography for the finished essay ---------------------------------------------

_OPEN_BEFORE = r"(^|(?<=[\s(\[{\u2014\u2013/-]))"
_DOUBLE_OPEN = re.compile(_OPEN_BEFORE + '"')
_SINGLE_OPEN = re.compile(_OPEN_BEFORE + "'(?=\\w)")
#: What a new sentence after a citation may start with besides a capital.
_SENTENCE_OPENERS = "“‘\"'(["


def curly_quotes(text: str) -> str:
    """Straight quotation marks and apostrophes made typographic (“ ” ‘ ’)."""
    if '"' in text:
        text = _DOUBLE_OPEN.sub("“", text).replace('"', "”")
    if "'" in text:
        text = _SINGLE_OPEN.sub("‘", text).replace("'", "’")
    return text


def typeset_quotations(text: str) -> str:
    """``text`` as the finished essay prints it: curly marks, quotations
    tidied as :func:`tidy_quotations` does, and a cited quotation's end
    punctuation in author-page order (MLA/APA/Chicago):

    - “… end.” (41) -> “… end” (41). — the period moves after the citation,
      or just goes when the writer's sentence carries on (“… end” (41) and …);
    - “… do?” (258) keeps its mark and gets a period after the citation when
      the sentence ends there.

    Only a real citation counts: “…” (just like Kathy having the tape) is
    left as typed.
    """
    return typeset_with_citations(text)[0]


def typeset_with_citations(text: str) -> tuple[str, list[Quotation]]:
    """:func:`typeset_quotations` and the cited quotations of its result
    (as :func:`cited_quotations` would find them there), in one reading."""
    text = curly_quotes(text)
    pieces: list[str] = []
    length = 0  # of the pieces so far
    cited: list[Quotation] = []
    last = 0
    for quote in find_quotations(text):
        typed = text[quote.inner_start : quote.inner_end].strip(" \t\u00a0")
        inner = typed
        close = "”" if quote.close_mark == _STRAY_CLOSER else quote.close_mark
        after_close = stop = ""
        if quote.has_cite:
            paren = text.index("(", quote.mark_end)
            citation = text[quote.mark_end : paren] or " "
            citation += text[paren : quote.end]
            inner, stop = _punctuation_around_cite(text, quote.end, typed)
            after_close = citation + stop
        start = length + quote.start - last
        piece = text[last : quote.inner_start] + inner + close + after_close
        pieces.append(piece)
        length += len(piece)
        last = quote.end if quote.has_cite else quote.mark_end
        if quote.has_cite:
            inner_end = start + 1 + len(inner)
            cited.append(Quotation(
                start=start, end=length - len(stop), inner_start=start + 1, inner_end=inner_end,
                open_mark=quote.open_mark, close_mark=close,
                # the words as found, tidied, unless their end punctuation moved out
                text=quote.text if inner is typed else tidy_quote_text(inner),
                cite=quote.cite,
            ))
    pieces.append(text[last:])
    return "".join(pieces), cited


def _punctuation_around_cite(text: str, cite_end: int, inner: str) -> tuple[str, str]:
    """The quotation's words and what follows its citation: a period moves
    out (or goes, when the sentence carries on); a ? or ! stays, and a
    period follows the citation when the sentence ends there."""
    next_char = text[cite_end : cite_end + 1]
    seen = _NON_SPACE.search(text, cite_end)
    after = seen.group() if seen else ""
    sentence_ends = not after or after.isupper() or after in _SENTENCE_OPENERS
    if inner.endswith(".") and not inner.endswith(".."):  # not an ellipsis
        words = inner[:-1].rstrip(" \t\u00a0")
        if not _NON_SPACE.search(words):
            return inner, ""  # a quotation of only a period keeps it, or it would vanish
        ends_here = sentence_ends and next_char != "."  # else the period is already there
        return words, "." if ends_here else ""
    if inner.endswith(("?", "!", "..", "…")) and next_char not in tuple(".,;:?!"):
        return inner, "." if sentence_ends else ""
    return inner, ""


def outside_quotations(text: str, quotations: list[Quotation]) -> str:
    """The text around the given quotations (and their citations), with a
    space where each one was so neighbouring words stay apart."""
    pieces: list[str] = []
    last = 0
    for quote in quotations:
        pieces.append(text[last : quote.start])
        pieces.append(" ")
        last = quote.end
    pieces.append(text[last:])
    return collapse_spaces("".join(pieces))


def split_trailing_citation(text: str) -> tuple[str, str]:
    """Split a final "(citation)" off ``text``: ("words", "58") or (text, "")."""
    match = re.search(r"\(([^()\n]{1,80})\)[\s.]*$", text)
    if match and is_citation(match.group(1)):
        return text[: match.start()].rstrip(), collapse_spaces(match.group(1))
    return text, ""


def block_quotation(text: str) -> tuple[str, str]:
    """The words and citation of a block quotation.

    Either the whole block is one quotation in marks, with or without a
    citation after it (the marks are dropped), or the block is plain words
    ending in a "(citation)" as MLA block quotations are: ("words", "52").
    Without either, the text comes back whole with an empty citation.
    """
    found = find_quotations(text)
    if len(found) == 1 and not _NON_SPACE_WORD.search(outside_quotations(text, found)):
        return found[0].text, found[0].cite
    return split_trailing_citation(text)


__all__ = [
    "Quotation",
    "block_quotation",
    "cited_quotations",
    "curly_quotes",
    "find_quotations",
    "is_citation",
    "outside_quotations",
    "split_trailing_citation",
    "tidy_quotations",
    "tidy_quote_text",
    "typeset_quotations",
    "typeset_with_citations",
]
