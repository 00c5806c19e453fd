"""Quotation matching on generated books: a quotation cut from a page, with
any mix of the quoting conventions applied, is found verbatim on its page;
one word changed makes it altered, naming that word; words the book does
not hold are not found."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from outliner.core.book_text import BookPage, BookText
from outliner.core.quote_match import BookIndex, QuoteVerdict, VerdictKind, check_quotation

WORDS = ("outline", "essay", "thesis", "claim", "evidence", "paragraph", "reader", "writer",
         "lamp", "harbour", "keeper", "ship", "evening", "library", "index", "card", "argued",
         "remembered", "quiet", "the", "a", "of", "and", "to", "in", "was", "never", "always",
         "keeper’s", "don’t", "Mara", "Tom", "seventeen", "1998", "self-made", "lighthouse")
#: Words no generated book holds.
STRANGERS = ("quince", "zither", "marmot", "obelisk", "vellum", "tundra", "gazebo")
PUNCT = ("", "", "", "", ",", ";", "—", ":")
ENDS = (".", ".", "?", "!")


@dataclass(frozen=True)
class Token:
    word: str
    punct: str  # what follows the word: "", ",", "—", "." ...
    opens: bool = False  # a quotation mark before it (dialogue)
    closes: bool = False


@st.composite
def sentences(draw: st.DrawFn) -> list[Token]:
    words = draw(st.lists(st.sampled_from(WORDS), min_size=3, max_size=12))
    words[0] = words[0][0].upper() + words[0][1:]
    speech = draw(st.booleans())
    out = [Token(w, draw(st.sampled_from(PUNCT))) for w in words[:-1]]
    out.append(Token(words[-1], draw(st.sampled_from(ENDS)), closes=speech))
    if speech:
        out[0] = Token(out[0].word, out[0].punct, opens=True)
    return out


def _letters(n: int) -> str:
    out = ""
    while True:
        n, r = divmod(n, 26)
        out += chr(ord("a") + r)
        if not n:
            return out


@st.composite
def pages(draw: st.DrawFn, unique: bool = False) -> list[list[Token]]:
    """Pages of tokens; a sentence may run on over a page break. ``unique``:
    every word made distinct (a suffix of letters), so a cut occurs once."""
    stream = [t for s in draw(st.lists(sentences(), min_size=6, max_size=14)) for t in s]
    if unique:
        stream = [Token(t.word + "q" + _letters(i), t.punct, t.opens, t.closes)
                  for i, t in enumerate(stream)]
    cuts = sorted(draw(st.sets(st.integers(5, len(stream) - 5), min_size=2, max_size=3)))
    bounds = [0, *cuts, len(stream)]
    return [stream[a:b] for a, b in pairwise(bounds)]


def render_page(tokens: list[Token], data: st.DataObject, last_page: bool) -> tuple[str, str]:
    """The page as a reader's PDF text gives it: curly marks, hard line
    breaks, words hyphenated across lines; and, when its last word is
    hyphenated across the page break, what the next page starts with."""
    out: list[str] = []
    for i, tok in enumerate(tokens):
        last = i == len(tokens) - 1
        lead, tail = ("“" if tok.opens else ""), tok.punct + ("”" if tok.closes else "")
        word = tok.word
        if len(word) > 5 and word.isalpha() and data.draw(st.integers(0, 4)) == 0:
            cut = len(word) // 2
            if last and not last_page:
                out.append(lead + word[:cut] + "-")
                return "".join(out), word[cut:] + tail + " "
            word = word[:cut] + "-\n" + word[cut:]
        gap = "" if tok.punct == "—" or last else data.draw(st.sampled_from((" ", " ", "\n")))
        out.append(lead + word + tail + gap)
    return "".join(out), ""


@dataclass(frozen=True)
class Book:
    index: BookIndex
    tokens: list[Token]  # the whole stream
    page_of: list[int]  # each token's page (for a word split across pages: the first)
    labels: list[str]
    spills: frozenset[int]  # tokens hyphenated across a page break


@st.composite
def books(draw: st.DrawFn, unique: bool = False) -> Book:
    token_pages = draw(pages(unique))
    data = draw(st.data())
    first = draw(st.integers(1, 300))
    labels = [str(first + n) for n in range(len(token_pages))]
    texts: list[str] = []
    carry = ""
    spills: set[int] = set()
    seen = 0
    for n, toks in enumerate(token_pages):
        text, rest = render_page(toks, data, n == len(token_pages) - 1)
        texts.append(carry + text)
        carry = rest
        seen += len(toks)
        if rest:
            spills.add(seen - 1)
    stream = [t for toks in token_pages for t in toks]
    page_of = [n for n, toks in enumerate(token_pages) for _ in toks]
    book = BookText(tuple(BookPage(lab, text) for lab, text in zip(labels, texts, strict=True)))
    return Book(BookIndex(book), stream, page_of, labels, frozenset(spills))


DASHES = ("—", "--", " -- ", " – ", " - ", "–")
MARKS = (("", ""), ('"', '"'), ("'", "'"), ("‘", "’"), ("“", "”"))
ELLIPSES = (" . . . ", " ... ", " … ", " […] ", " [...] ", "... ")


def typed(tok: Token, data: st.DataObject, show_punct: bool = True) -> str:
    """A token as a student types it inside a quotation."""
    mark = data.draw(st.sampled_from(MARKS))
    punct = tok.punct
    if punct == "—":
        punct = data.draw(st.sampled_from(DASHES))
    return ((mark[0] if tok.opens else "") + tok.word + (punct if show_punct else "")
            + (mark[1] if tok.closes else ""))


def quote_of(tokens: list[Token], data: st.DataObject, conventions: bool = True) -> str:
    """The tokens typed as a quotation, with quoting conventions applied."""
    n = len(tokens)
    omit: tuple[int, int] | None = None
    bracket: int | None = None
    if conventions and n >= 5 and data.draw(st.booleans()):
        a = data.draw(st.integers(1, n - 3))
        omit = (a, data.draw(st.integers(a + 1, n - 2)))
    if conventions and n >= 3 and data.draw(st.booleans()):
        bracket = data.draw(st.integers(1, n - 2))
        if omit and omit[0] - 1 <= bracket <= omit[1]:
            bracket = None
    parts: list[str] = []
    i = 0
    while i < n:
        tok = tokens[i]
        if omit and i == omit[0]:
            parts.append(data.draw(st.sampled_from(ELLIPSES)))
            i = omit[1]
            continue
        last = i == n - 1
        if i == bracket:
            words = data.draw(st.sampled_from(("them", "the keeper", "sic", "Mara's friend")))
            piece = f"[{words}]"
            if words == "sic":
                piece = typed(tok, data) + " [sic]"
        else:
            before_gap = omit is not None and i == omit[0] - 1
            piece = typed(tok, data, show_punct=not (last or before_gap) or not conventions)
            if conventions and last:
                piece += data.draw(st.sampled_from(("", ".", ",")))
        if conventions and i == 0 and i != bracket:
            letter = piece[0]
            if letter.isalpha() and data.draw(st.booleans()):
                swapped = letter.lower() if letter.isupper() else letter.upper()
                word_goes_on = len(piece) > 1 and piece[1].isalnum()
                piece = (f"[{swapped}]" + piece[1:]) if word_goes_on and data.draw(st.booleans()) \
                    else swapped + piece[1:]
        parts.append(piece)
        if not last:
            glued = tok.punct == "—" and i != bracket
            parts.append("" if glued else data.draw(st.sampled_from((" ", " ", "\n"))))
        i += 1
    return "".join(parts).strip()


@st.composite
def cut(draw: st.DrawFn, book: Book, across: bool = False, least: int = 1) -> tuple[int, int]:
    """Token positions [a, b) of a cut within one page (or across a break)."""
    pages = sorted(set(book.page_of))
    if across:
        p = draw(st.sampled_from(pages[:-1]))
        last_of_p = max(i for i, q in enumerate(book.page_of) if q == p)
        a = draw(st.integers(max(0, last_of_p - 4), last_of_p))
        b = draw(st.integers(last_of_p + 2, min(len(book.tokens), last_of_p + 6)))
        return a, b
    roomy = [p for p in pages if book.page_of.count(p) > least]
    assume(roomy)
    p = draw(st.sampled_from(roomy))
    on = [i for i, q in enumerate(book.page_of) if q == p]
    # Not the page's last word: it may be half a word broken across pages.
    on = on[:-1] if len(on) > least + 1 else on
    a = draw(st.integers(on[0], max(on[0], on[-1] - least + 1)))
    b = draw(st.integers(min(a + least, on[-1] + 1), min(a + 12, on[-1] + 1)))
    return a, b


def why(quote: str, verdict: QuoteVerdict, book: Book) -> str:
    return f"{quote!r}: {verdict} in {[page.text for page in book.index.book.pages]!r}"


@settings(max_examples=80, deadline=None)
@given(books(), st.data())
def test_a_cut_with_conventions_applied_is_verbatim_on_its_page(book: Book,
                                                                data: st.DataObject) -> None:
    a, b = data.draw(cut(book))
    quote = quote_of(book.tokens[a:b], data)
    page = book.labels[book.page_of[a]]
    verdict = check_quotation(book.index, quote, page)
    assert verdict.kind is VerdictKind.VERBATIM, why(quote, verdict, book)
    assert page in verdict.pages


@settings(max_examples=80, deadline=None)
@given(books(unique=True), st.data())
def test_one_changed_word_is_altered_and_the_diff_names_it(book: Book,
                                                          data: st.DataObject) -> None:
    a, b = data.draw(cut(book, least=5))
    tokens = list(book.tokens[a:b])
    k = data.draw(st.integers(1, len(tokens) - 2))
    stranger = data.draw(st.sampled_from(STRANGERS))
    original = tokens[k].word
    tokens[k] = Token(stranger, tokens[k].punct, tokens[k].opens, tokens[k].closes)
    quote = quote_of(tokens, data, conventions=False)
    verdict = check_quotation(book.index, quote, book.labels[book.page_of[a]])
    assert verdict.kind is VerdictKind.ALTERED, why(quote, verdict, book)
    changed = [p for p in verdict.changes if p.op == "changed"]
    named = any(p.quote == stranger and p.book.strip("“”") == original for p in changed)
    assert named, why(quote, verdict, book)


@settings(max_examples=80, deadline=None)
@given(books(unique=True), st.data())
def test_a_cut_across_a_page_break_gives_both_pages(book: Book, data: st.DataObject) -> None:
    a, b = data.draw(cut(book, across=True))
    quote = quote_of(book.tokens[a:b], data)
    last_page = book.page_of[b - 1] + (1 if b - 1 in book.spills else 0)
    first, last = book.labels[book.page_of[a]], book.labels[last_page]
    verdict = check_quotation(book.index, quote, f"{first}-{last}")
    assert verdict.kind is VerdictKind.VERBATIM, why(quote, verdict, book)
    assert verdict.pages[0] == first and verdict.pages[-1] == last, why(quote, verdict, book)


@settings(max_examples=30, deadline=None)
@given(books(), st.lists(st.sampled_from(STRANGERS), min_size=1, max_size=8))
def test_words_the_book_does_not_hold_are_not_found(book: Book, words: list[str]) -> None:
    verdict = check_quotation(book.index, " ".join(words), book.labels[0])
    assert verdict.kind is VerdictKind.NOT_FOUND
