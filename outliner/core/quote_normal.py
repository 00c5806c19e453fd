"""Words as quotation matching compares them, in a book and in a quotation.

What quoting conventions allow, and so what never counts as a difference:

- quotation marks of any kind (curly or straight, single or double) are not
  compared at all: a quotation inside a quotation changes its marks;
- dashes (— – -- and a spaced -) only separate words; a hyphen between
  letters joins them, also across a line or page break, so "some-\\nthing"
  in a book reads "something" (and "well-known" reads "wellknown");
- line breaks and runs of spaces are one space;
- an ellipsis (". . .", "...", "…", with or without square brackets) marks
  words left out (:class:`Omission`);
- square brackets mark the writer's own words: "[them]" for "us" or an added
  "[sic]" (:class:`Bracket`), "[T]he" for "the" (a word whose bracketed
  letters match any letters);
- the case of the first letter of the quotation (and of the first word after
  an ellipsis) may change; case anywhere else may not;
- punctuation just before an ellipsis or bracket and at either end of the
  quotation (a final period or comma moved outside the citation) is not
  compared.

Everything else is compared: each word with its case, and the punctuation
(. , ; : ! ? and parentheses) between two quoted words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: A word: letters or digits, joined by apostrophes and by hyphens (a hyphen
#: may be followed by a line break: hyphenation).
_WORD = re.compile(r"[^\W_]+(?:(?:['’‘ʼ]|-[ \t]*(?:\r?\n[ \t]*)?)[^\W_]+)*")
_JOINERS = re.compile(r"-[ \t]*(?:\r?\n[ \t]*)?")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})
_KEPT_PUNCT = frozenset(".,;:!?()")
#: Punctuation that may end a quotation or sit before an omission unseen.
_ELLIPSIS = re.compile(r"\[\s*(?:\.\s*){3,}\]|\[\s*…\s*\]|(?:\.\s*){3,}|…")
_BRACKET = re.compile(r"\[([^\[\]]*)\]")


def word_form(raw: str) -> str:
    """A word as compared: hyphens and line breaks gone, apostrophes straight."""
    if "-" in raw:
        raw = _JOINERS.sub("", raw)
    if raw.isalnum():
        return raw
    return raw.translate(_APOSTROPHES)


def punct_form(between: str) -> str:
    """The punctuation compared between two words (marks and dashes dropped)."""
    if between == " " or not between.strip():
        return ""
    return "".join(ch for ch in between if ch in _KEPT_PUNCT)


@dataclass(frozen=True)
class RawWord:
    """A word found in a text: its form, and where it sits (``start``/``end``)."""

    form: str
    start: int
    end: int


def find_words(text: str) -> list[RawWord]:
    """The words of ``text`` in order, with their character spans."""
    return [RawWord(word_form(m.group()), m.start(), m.end()) for m in _WORD.finditer(text)]


def word_spans(text: str) -> tuple[list[str], list[int], list[int]]:
    """The words of ``text`` as three lists: compared forms, starts, ends
    (what :func:`find_words` finds, without an object per word)."""
    forms: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for m in _WORD.finditer(text):
        forms.append(word_form(m.group()))
        a, b = m.span()
        starts.append(a)
        ends.append(b)
    return forms, starts, ends


@dataclass(frozen=True)
class Literal:
    """A quoted word the book must hold as written.

    ``prefix``/``suffix`` are set for a word with bracketed letters
    ("[T]he": suffix "he"); ``free_case`` lets its first letter's case change;
    ``punct`` is the punctuation typed after it (compared only when the next
    element is a Literal too).
    """

    form: str
    punct: str = ""
    free_case: bool = False
    prefix: str | None = None
    suffix: str | None = None
    shown: str = ""

    @property
    def key(self) -> str:
        return self.form.casefold()

    @property
    def partial(self) -> bool:
        return self.prefix is not None


@dataclass(frozen=True)
class Bracket:
    """The writer's own words in square brackets: they stand for up to
    ``most`` words of the book (none, for an added "[sic]")."""

    shown: str
    most: int


@dataclass(frozen=True)
class Omission:
    """An ellipsis: any run of words of the same passage left out."""

    shown: str


Element = Literal | Bracket | Omission

#: How many book words a bracketed insertion may stand for, beyond its own.
BRACKET_SLACK = 3


def _bracket_most(inner: str) -> int:
    return len(find_words(inner)) + BRACKET_SLACK


def parse_quote(quote: str) -> list[Element]:
    """A quotation as a pattern: its words, bracketed changes and omissions."""
    elements: list[Element] = []
    pos = 0
    for m in _ELLIPSIS.finditer(quote):
        _parse_words(quote[pos:m.start()], elements)
        elements.append(Omission(m.group()))
        pos = m.end()
    _parse_words(quote[pos:], elements)
    return _free_cases(_tidy_omissions(elements))


# A word touching a bracket: "[T]he", "walk[ed]", "[them]".
_PIECE = re.compile(r"(?:[^\s\[\]]*\[[^\[\]]*\][^\s\[\]]*)+|[^\s\[\]]+|\[[^\[\]]*\]")


def _parse_words(chunk: str, out: list[Element]) -> None:
    for m in _PIECE.finditer(chunk):
        piece = m.group()
        if "[" not in piece:
            _add_plain(piece, out)
            continue
        outside = _BRACKET.sub("", piece)
        words_out = find_words(outside)
        if piece.startswith("[") and piece.endswith("]") and _BRACKET.fullmatch(piece):
            out.append(Bracket(piece, _bracket_most(piece[1:-1])))
        elif len(words_out) == 1 and _BRACKET.search(piece):
            # Bracketed letters inside one word: "[T]he", "walk[ed]".
            first = _BRACKET.split(piece)
            prefix = word_form(first[0])
            suffix = word_form(first[-1])
            prefix = "".join(ch for ch in prefix if ch.isalnum() or ch == "'")
            suffix = "".join(ch for ch in suffix if ch.isalnum() or ch == "'")
            tail = piece[len(piece.rstrip(".,;:!?()\"'“”’‘")):]
            out.append(Literal(words_out[0].form, punct_form(tail), prefix=prefix,
                               suffix=suffix, shown=piece))
        else:
            out.append(Bracket(piece, _bracket_most(piece)))


def _add_plain(piece: str, out: list[Element]) -> None:
    words = find_words(piece)
    for i, word in enumerate(words):
        end = words[i + 1].start if i + 1 < len(words) else len(piece)
        between = piece[word.end:end]
        out.append(Literal(word.form, punct_form(between), shown=piece[word.start:word.end]))
    if not words and out and isinstance(out[-1], Literal):
        # Punctuation standing alone (" , " or a spaced dash) belongs to the
        # word before it.
        last = out[-1]
        out[-1] = Literal(last.form, last.punct + punct_form(piece), last.free_case,
                          last.prefix, last.suffix, last.shown)


def _tidy_omissions(elements: list[Element]) -> list[Element]:
    """Omissions at either end mean nothing; two in a row are one."""
    out: list[Element] = []
    for el in elements:
        if isinstance(el, Omission) and (not out or isinstance(out[-1], Omission)):
            continue
        out.append(el)
    while out and isinstance(out[-1], Omission):
        out.pop()
    return out


def _free_cases(elements: list[Element]) -> list[Element]:
    """The first word, and the first after an omission, may change case."""
    out: list[Element] = []
    fresh = True
    for el in elements:
        if isinstance(el, Literal) and fresh and not el.partial:
            el = Literal(el.form, el.punct, True, el.prefix, el.suffix, el.shown)
        if isinstance(el, Omission):
            fresh = True
        elif isinstance(el, Literal | Bracket):
            fresh = False
        out.append(el)
    return out


def same_word(lit: Literal, form: str) -> bool:
    """Does the book's word ``form`` match this quoted word exactly?"""
    if lit.prefix is not None and lit.suffix is not None:
        return (len(form) >= len(lit.prefix) + len(lit.suffix)
                and form.startswith(lit.prefix) and form.endswith(lit.suffix))
    if lit.form == form:
        return True
    return (lit.free_case and len(form) == len(lit.form) and form[1:] == lit.form[1:]
            and form[:1].casefold() == lit.form[:1].casefold())


__all__ = [
    "BRACKET_SLACK", "Bracket", "Element", "Literal", "Omission", "RawWord", "find_words",
    "parse_quote", "punct_form", "same_word", "word_form", "word_spans",
]
