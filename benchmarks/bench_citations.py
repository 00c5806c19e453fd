"""What restyling the citations costs the manuscript. Prints a table; asserts nothing.

Builds essays of 100 / 400 / 1,600 written body paragraphs, each with ten
typed citations ("(41)", "(p. 74)"), and times :func:`build_manuscript` in
each style beside the same essay whose only source is free text (every
citation kept as typed, the build before restyling existed). Each figure is
the best of a few runs; the ratio is fields / free text.

    .venv/bin/python benchmarks/bench_citations.py [--repeat N] [--sizes 100,400]
"""

from __future__ import annotations

import argparse
import time

from outliner.compose.manuscript import build_manuscript
from outliner.core.essay import CitationStyle, Essay, Meta, Node, NodeKind
from outliner.core.sources import Name, Source, SourceType

BOOK = Source(type=SourceType.BOOK, authors=(Name("Ishiguro", "Kazuo"),),
              title="Never Let Me Go", publisher="Vintage International", place="New York",
              date="2006")
FREE = Source("Ishiguro, Kazuo. *Never Let Me Go*. Vintage International, 2006.")
PROSE = ("Kathy calls the Sales “important to them because that was how they got hold of "
         "things” (41). She loses the tape (p. 74). The clones hope anyway. ") * 5


def best_of(essay: Essay, style: CitationStyle, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        build_manuscript(essay, style)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--sizes", default="100,400,1600")
    args = parser.parse_args()
    print(f"{'paragraphs':>10} {'style':>8} {'free text ms':>13} {'fields ms':>10} {'ratio':>6}")
    for size in (int(s) for s in args.sizes.split(",")):
        outline = [Node(NodeKind.BODY, "Claim", prose=PROSE) for _ in range(size)]
        for style in CitationStyle:
            free = best_of(Essay(Meta(), [FREE], outline), style, args.repeat)
            fields = best_of(Essay(Meta(), [BOOK], outline), style, args.repeat)
            print(f"{size:>10} {style.value:>8} {free * 1000:>13.0f} {fields * 1000:>10.0f} "
                  f"{fields / free:>6.2f}")


if __name__ == "__main__":
    main()
