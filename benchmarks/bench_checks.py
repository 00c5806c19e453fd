"""How long a Checks pass takes on a 2,000-node essay. Prints a table; asserts nothing.

The window never runs a pass per keystroke (a key only restarts a timer;
the pass runs after a pause), so the figure that matters is one pass after
an edit, with the spelling cache warm. The peer is the status bar's word
count over the same essay, which already runs after each pause.

    .venv/bin/python benchmarks/bench_checks.py [--nodes 2000] [--repeat 5] [--fallback]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from outliner.compose.checks import SpellingCheck, run_checks
from outliner.core.essay import Essay, Meta, Node, NodeKind, Source
from outliner.core.words import essay_words
from outliner.io.spelling import Speller

K = NodeKind
PROSE = ("Kathy describes the Sales as being “important to them because that was how "
         "they got hold of things from outside” (41). The clones’ only connection with "
         "the normal society is the Sales, which shows how guarded the students are. ")


def essay_of(nodes: int) -> Essay:
    """Body paragraphs of five nodes each (claim, quotation, three notes)."""
    bodies = [Node(K.BODY, f"Claim {i} about the tape and the deferral", prose=PROSE * 3,
                   children=[Node(K.QUOTE, "There's no truth in the rumour", cite=str(i)),
                             *(Node(K.NOTE, f"note {j} on how they spend time together")
                               for j in range(3))])
              for i in range(max(1, nodes // 5))]
    return Essay(meta=Meta(title="T", author="A", instructor="I", course="C", date="D"),
                 sources=[Source("Ishiguro, Kazuo. Never Let Me Go.")],
                 outline=[Node(K.INTRO, "Hook", prose="Hook.", children=[
                     Node(K.THESIS, "One thesis.")]), *bodies,
                     Node(K.CONCLUSION, "End", prose="In the end.")])


def best(repeat: int, run: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--nodes", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--fallback", action="store_true", help="pyspellchecker, not hunspell")
    args = parser.parse_args()
    essay = essay_of(args.nodes)
    speller = Speller("en-US", None, use_enchant=not args.fallback)
    cold = best(1, lambda: run_checks(essay, SpellingCheck(speller)))
    warm_check = SpellingCheck(speller)
    run_checks(essay, warm_check)
    body = essay.outline[1]
    counter = iter(range(10**9))

    def after_one_edit() -> None:
        essay.set_field(body, "prose", body.prose + f" word{next(counter)}")
        run_checks(essay, warm_check)

    warm = best(args.repeat, after_one_edit)
    structure = best(args.repeat, lambda: run_checks(essay))
    words = best(args.repeat, lambda: essay_words(essay))
    print(f"{len(essay):,} nodes, engine {speller.engine}")
    print(f"{'what':<44}{'ms':>9}{'x word count':>14}")
    for name, seconds in (("word count (status bar, the peer)", words),
                          ("checks without spelling", structure),
                          ("checks after one edit (spelling cache warm)", warm),
                          ("first pass (cold spelling cache)", cold)):
        print(f"{name:<44}{seconds * 1000:>9.1f}{seconds / words:>14.1f}")


if __name__ == "__main__":
    main()
