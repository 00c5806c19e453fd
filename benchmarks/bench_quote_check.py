"""Quotation checking against a 400-page book: the index's build time, and
the time to check 100 quotations against the 200 ms target.

The book is generated: sentences of made-up words (syllables joined, drawn
with Zipf-like weights as real prose draws its words), lines wrapped at 70
characters with some words hyphenated across lines, dialogue in curly
quotation marks and dashes. The quotations are cut from it with the quoting
conventions applied (ellipses, brackets, straight marks, a changed initial
capital, typed dashes); a fifth have one word changed, a tenth cite the page
after, a tenth are words the book does not hold.

    python benchmarks/bench_quote_check.py [--pages 400] [--quotes 100]
"""

from __future__ import annotations

import argparse
import random
import statistics
import time

from outliner.core.book_text import BookPage, BookText
from outliner.core.quote_match import BookIndex, VerdictKind, check_quotation

SYLLABLES = ("ka", "lo", "mer", "tin", "sa", "ve", "ro", "dun", "pe", "li", "ash", "or",
             "ten", "bri", "mo", "wel", "ca", "den", "fi", "gor", "hu", "ja", "nel", "ul")
TARGET_MS = 200.0


def vocabulary(rng: random.Random, size: int = 3000) -> list[str]:
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.choice((1, 1, 2, 2, 3)))))
    return sorted(words, key=lambda w: (len(w), w))


def sentence(rng: random.Random, vocab: list[str], weights: list[float]) -> str:
    words = rng.choices(vocab, weights, k=rng.randint(6, 22))
    for i in range(1, len(words) - 1):
        roll = rng.random()
        if roll < 0.06:
            words[i] += ","
        elif roll < 0.08:
            words[i] += "—"
    text = " ".join(words).replace("— ", "—")
    text = text[0].upper() + text[1:] + rng.choice(".....?!")
    return f"“{text}”" if rng.random() < 0.15 else text


def wrap(text: str, rng: random.Random, width: int = 70) -> str:
    """Hard line breaks, a word now and then hyphenated across them."""
    lines: list[str] = []
    line = ""
    for word in text.split(" "):
        if len(line) + len(word) + 1 > width:
            if len(word) > 5 and word.isalpha() and rng.random() < 0.3:
                cut = len(word) // 2
                lines.append(f"{line} {word[:cut]}-".strip())
                line = word[cut:]
                continue
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    return "\n".join(lines)


def make_book(rng: random.Random, pages: int) -> BookText:
    vocab = vocabulary(rng)
    weights = [1.0 / (rank + 1) for rank in range(len(vocab))]
    out: list[BookPage] = []
    for n in range(pages):
        body = " ".join(sentence(rng, vocab, weights) for _ in range(18))
        out.append(BookPage(str(n + 1), wrap(body, rng)))
    return BookText(tuple(out))


def make_quotes(rng: random.Random, book: BookText, count: int) -> list[tuple[str, str, str]]:
    """(quotation, cited page, what it should be) triples."""
    out: list[tuple[str, str, str]] = []
    for n in range(count):
        p = rng.randrange(len(book.pages))
        # As a reader sees the page: hyphenation undone, lines joined; not
        # the first or last word (which may be half of a word broken across
        # the page break).
        words = " ".join(book.pages[p].text.replace("-\n", "").split()).split(" ")
        start = rng.randrange(1, max(2, len(words) - 17))
        cut = words[start:start + rng.randint(6, 16)]
        kind = "verbatim"
        roll = n % 10
        if roll in (0, 1):
            kind = "altered"
            i = rng.randrange(1, len(cut) - 1)
            cut[i] = "zzword" + cut[i][-1:] if not cut[i][-1:].isalpha() else "zzword"
        elif roll == 2:
            kind = "other page"
        elif roll == 3:
            kind = "not found"
            cut = [f"qq{i}x" for i in range(len(cut))]
        elif roll == 4 and len(cut) > 8:
            cut = [*cut[:3], ". . .", *cut[6:]]
        elif roll == 5:
            cut[1] = "[them]"
        elif roll == 6:
            cut[0] = cut[0].lower() if cut[0][:1].isupper() else cut[0].capitalize()
        text = " ".join(cut).replace("“", '"').replace("”", '"').replace("—", "--")
        cited = str(p + 2) if kind == "other page" else str(p + 1)
        out.append((text, cited, kind))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=400)
    parser.add_argument("--quotes", type=int, default=100)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    rng = random.Random(14)
    book = make_book(rng, args.pages)
    words = sum(len(page.text.split()) for page in book.pages)
    quotes = make_quotes(rng, book, args.quotes)

    # Wall and CPU time both: the cores are shared, so wall time varies.
    started, cpu = time.perf_counter(), time.process_time()
    index = BookIndex(book)
    build_ms = (time.perf_counter() - started) * 1000
    build_cpu = (time.process_time() - cpu) * 1000

    times: list[float] = []
    cpus: list[float] = []
    verdicts = []
    for _ in range(args.runs):
        started, cpu = time.perf_counter(), time.process_time()
        verdicts = [check_quotation(index, text, cited) for text, cited, _ in quotes]
        times.append((time.perf_counter() - started) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
    check_ms = statistics.median(times)

    tally: dict[str, int] = {}
    for verdict in verdicts:
        tally[verdict.kind.value] = tally.get(verdict.kind.value, 0) + 1
    wrong = sum(1 for (_, _, want), v in zip(quotes, verdicts, strict=True)
                if {"verbatim": VerdictKind.VERBATIM, "altered": VerdictKind.ALTERED,
                    "other page": VerdictKind.OTHER_PAGE,
                    "not found": VerdictKind.NOT_FOUND}[want] is not v.kind)
    print(f"book: {args.pages} pages, {words} words; {args.quotes} quotations")
    print(f"index build: {build_ms:.0f} ms wall, {build_cpu:.0f} ms CPU (once per book)")
    print(f"check {args.quotes} quotations: {check_ms:.1f} ms wall, "
          f"{statistics.median(cpus):.1f} ms CPU (medians of {args.runs}); "
          f"target {TARGET_MS:.0f} ms, ratio {check_ms / TARGET_MS:.2f} of the target")
    print(f"verdicts: {tally}; {wrong} differ from what was generated")


if __name__ == "__main__":
    main()
