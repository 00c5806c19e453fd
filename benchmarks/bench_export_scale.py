"""Does the essay export stay linear without a thesis? Prints a table; asserts nothing.

Builds essays of 5,000 / 10,000 / 20,000 body paragraphs with no thesis and
no prose, and times the Word essay export beside the Markdown essay export
of the same essay: with ``--unwritten draft`` (every paragraph drafted from
its note at export, the case that used to look the thesis up once per
paragraph) and with the default, a marked placeholder for each. Each figure
is the best of a few runs.

    .venv/bin/python benchmarks/bench_export_scale.py [--repeat N] [--sizes 5000,10000]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from outliner.compose.unwritten import Unwritten
from outliner.core.essay import Essay, Node, NodeKind
from outliner.io.exporters.options import ExportOptions
from outliner.io.formats import export_essay


def essay_without_thesis(paragraphs: int) -> Essay:
    """Body paragraphs with one note each, no prose, no thesis."""
    return Essay(outline=[
        Node(NodeKind.BODY, f"Claim number {i} about the novel",
             children=[Node(NodeKind.NOTE, f"the evidence for claim {i} is in chapter {i % 23}")])
        for i in range(paragraphs)
    ])


def best_of(repeat: int, essay: Essay, path: Path, unwritten: Unwritten) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        export_essay(essay, path, ExportOptions(mode="essay", unwritten=unwritten))
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--sizes", default="5000,10000,20000")
    args = parser.parse_args()
    sizes = [int(n) for n in args.sizes.split(",")]
    print(f"{'unwritten':>9}  {'paragraphs':>10}  {'Word (s)':>9}  {'Markdown (s)':>12}  "
          f"{'ratio':>6}  {'Word s/1k para':>14}")
    with tempfile.TemporaryDirectory() as tmp:
        for unwritten in (Unwritten.DRAFT, Unwritten.NOTES):
            for n in sizes:
                essay = essay_without_thesis(n)
                word = best_of(args.repeat, essay, Path(tmp) / "essay.docx", unwritten)
                markdown = best_of(args.repeat, essay, Path(tmp) / "essay.md", unwritten)
                print(f"{unwritten.value:>9}  {n:>10}  {word:>9.2f}  {markdown:>12.2f}  "
                      f"{word / markdown:>6.1f}  {word / n * 1000:>14.3f}")


if __name__ == "__main__":
    main()
