"""OPML export and import beside the Markdown outline's, on the same essays.
Prints a table; asserts nothing.

Each essay has N body paragraphs, each with prose, a quotation and a note
with a sub-note (4N nodes); each figure is the best of a few runs, and the
last columns are OPML's time over Markdown's. "exact" says whether the
import gave back the same tree (OPML is meant to; Markdown reads prose as a
draft and may split it).

    .venv/bin/python benchmarks/bench_opml.py [--repeat N] [--sizes 500,2500]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from outliner.core.essay import Essay, Node, NodeKind
from outliner.io.exporters.options import ExportOptions
from outliner.io.formats import export_essay, open_document

K = NodeKind


def essay(paragraphs: int) -> Essay:
    return Essay(outline=[
        Node(K.BODY, f"Claim {i} about memory", prose="Kathy remembers Hailsham. " * 12,
             children=[Node(K.QUOTE, f"a quotation {i}", cite=str(i)),
                       Node(K.NOTE, f"note {i}", children=[Node(K.NOTE, "sub-note")])])
        for i in range(paragraphs)])


def best(repeat: int, run: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def tree(e: Essay) -> list[tuple[int, str, str, str, str]]:
    return [(n.depth(), n.kind.value, n.text, n.cite, n.prose) for n in e.walk()]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--sizes", default="500,2500")
    args = parser.parse_args()
    print(f"{'nodes':>7} {'format':>8} {'export s':>9} {'import s':>9} {'exact':>6}")
    with tempfile.TemporaryDirectory() as folder:
        for size in (int(s) for s in args.sizes.split(",")):
            source = essay(size)
            figures = {}
            for suffix in (".md", ".opml"):
                path = Path(folder) / f"bench{suffix}"
                back: list[Essay] = []
                out = best(args.repeat, lambda p=path, e=source: export_essay(
                    e, p, ExportOptions(mode="outline")))
                into = best(args.repeat, lambda p=path, b=back: b.append(open_document(p)))
                figures[suffix] = (out, into)
                exact = tree(back[-1]) == tree(source)
                print(f"{len(source):>7} {suffix:>8} {out:>9.3f} {into:>9.3f} {exact!s:>6}")
            (md_out, md_in), (op_out, op_in) = figures[".md"], figures[".opml"]
            print(f"{'':>7} {'ratio':>8} {op_out / md_out:>8.2f}x {op_in / md_in:>8.2f}x"
                  "   (OPML / Markdown)")


if __name__ == "__main__":
    main()
