"""Words as quotation matching compares them, in a book and in a quotation.

What quoting conventions allow, and so what never counts as a difference:

- quotation marks of any kind (curly or straight, single or double) are not
  compared at all: a quotation inside a quotation changes its marks;
- dashes (— – -- and a spaced -) only separate words; a hyphen between
  letters joins them, also across a line or page break, so "some-\\nthing"
  in a book reads "something" (and "well-known" reads "wellknown"); a soft
  hyphen is a hyphen too;
- line breaks and runs of spaces are one space; text as PDFs and EPUBs give
  it reads as typed (ligatures as their letters, accents composed);
- an ellipsis (". . .", "...", "…", with or without square brackets) marks
  words left out (:class:`Omission`): any run of up to 300 words;
- square brackets mark the writer's own words (:class:`Bracket`): "[them]"
  for "us" stands for up to its own number of words plus
  :data:`BRACKET_SLACK` of the book's; a note ("[sic]", "[emphasis added]")
  stands for none; bracketed letters in a word ("[T]he", "walk[ed]") stand
  for any letters there;
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
import unicodedata
from dataclasses import dataclass
from functools import cached_property

#: Hyphens (also Unicode's own and the non-breaking one), a line break may
#: follow; and a soft hyphen (PDF and EPUB text mark where a word may break).
#: A word is letters or digits joined by apostrophes and these.
_HYPHEN = "[-\u2010\u2011][ \t]*(?:\r?\n[ \t]*)?|\u00ad\\s*"
_WORD = re.compile(rf"[^\W_]+(?:(?:['’‘ʼ]|{_HYPHEN})[^\W_]+)*")
_JOINERS = re.compile(_HYPHEN)
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})
_KEPT_PUNCT = frozenset(".,;:!?()")
#: An ellipsis: ". . .", "...", "…", "[…]", "[...]".
_ELLIPSIS = re.compile(r"\[\s*(?:\.\s*){3,}\]|\[\s*…\s*\]|(?:\.\s*){3,}|…")


def text_form(text: str) -> str:
    """Text as matching reads it: accents composed (NFC), so an "e" followed
    by a combining accent is the one letter "é" a keyboard types."""
    return text if text.isascii() else unicodedata.normalize("NFC", text)


def word_form(raw: str) -> str:
    """A word as compared: hyphens and line breaks gone, apostrophes
    straight, ligatures as their letters ("ﬁ" is "fi", NFKC)."""
    if not raw.isalnum():
        raw = _JOINERS.sub("", raw).translate(_APOSTROPHES)
    return raw if raw.isascii() else unicodedata.normalize("NFKC", raw)


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

    @cached_property
    def key(self) -> str:
        return self.form.casefold()

    @property
    def partial(self) -> bool:
        return self.prefix is not None


@dataclass(frozen=True)
class Bracket:
    """The writer's own words in square brackets: they stand for up to
    ``most`` words of the book (none, for an added "[sic]"), most likely for
    as many as they hold (``own``)."""

    shown: str
    most: int
    own: int = 1

    def widths(self) -> list[int]:
        """How many book words it may stand for, the likeliest first."""
        return sorted(range(self.most + 1), key=lambda k: (abs(k - self.own), k))


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
    quote = text_form(quote)
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


#: A bracket, with the letters of a word it is part of: "[T]he", "walk[ed]",
#: "[S]elf-made"; "essay—[the keeper]" is a word and a bracket.
_BRACKETED = re.compile(
    r"(?<![\w’'\-])(?P<pre>\w[\w’'\-]*)?\[(?P<mid>[^\[\]]*)\](?P<suf>(?:[\w’'\-]*\w)?)")
#: Bracketed notes that stand for no words of the book.
_NOTES = frozenset({"sic", "!", "emphasis added", "emphasis mine", "italics added",
                    "emphasis in original", "original emphasis", "italics mine"})


def _parse_words(chunk: str, out: list[Element]) -> None:
    for m in _PIECE.finditer(chunk):
        piece = m.group()
        pos = 0
        for b in _BRACKETED.finditer(piece):
            _add_plain(piece[pos:b.start()], out)
            pos = b.end()
            pre, mid, suf = b["pre"] or "", b["mid"], b["suf"]
            if (pre or suf) and not any(ch.isspace() for ch in mid):
                prefix, suffix = word_form(pre), word_form(suf)
                out.append(Literal(prefix + word_form(mid) + suffix, prefix=prefix,
                                   suffix=suffix, shown=b.group()))
                continue
            _add_plain(pre, out)
            note = " ".join(mid.split()).casefold().rstrip(".")
            if note in _NOTES:
                out.append(Bracket(f"[{mid}]", 0, 0))
            else:
                out.append(Bracket(f"[{mid}]", _bracket_most(mid), len(find_words(mid))))
            _add_plain(suf, out)
        _add_plain(piece[pos:], out)


def _add_plain(piece: str, out: list[Element]) -> None:
    if not piece:
        return
    words = find_words(piece)
    lead = piece[:words[0].start] if words else piece
    if lead and out and isinstance(out[-1], Literal):
        # Punctuation before the first word (" , " or a spaced dash) belongs
        # to the word before it.
        last = out[-1]
        out[-1] = Literal(last.form, last.punct + punct_form(lead), last.free_case,
                          last.prefix, last.suffix, last.shown)
    for i, word in enumerate(words):
        end = words[i + 1].start if i + 1 < len(words) else len(piece)
        between = piece[word.end:end]
        out.append(Literal(word.form, punct_form(between), shown=piece[word.start:word.end]))


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
    "parse_quote", "punct_form", "same_word", "text_form", "word_form", "word_spans",
]
