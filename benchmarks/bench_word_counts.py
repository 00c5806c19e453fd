"""What the window's word counts cost on a 2,000-paragraph essay (about
158,000 words, half the paragraphs written). Prints figures; asserts nothing.

The status bar recounts the essay after each pause in typing (the kept tally
recounts only the edited node) and counts the selection on every selection
change; the peer is a full recount with core/words.py's plain functions.

    .venv/bin/python benchmarks/bench_word_counts.py [--paragraphs 2000] [--repeat 20]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from outliner.core.essay import Essay, Node, NodeKind
from outliner.core.word_tally import WordTally
from outliner.core.words import essay_words, node_count

K = NodeKind
PROSE = " ".join(["memory keeps what the world takes away"] * 21)  # 147 words


def _essay(paragraphs: int) -> Essay:
    return Essay(outline=[
        Node(K.BODY, f"claim {i}", prose=PROSE if i % 2 else "", children=[
            Node(K.NOTE, "a note of six words here"), Node(K.QUOTE, "we lost", cite="41")])
        for i in range(paragraphs)])


def _median_ms(times: list[float]) -> float:
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--paragraphs", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    essay = _essay(args.paragraphs)
    tally = WordTally()
    start = time.perf_counter()
    words = tally.essay_words(essay)
    cold = time.perf_counter() - start
    kept, full, one = [], [], []
    body = essay.outline[1]
    for i in range(args.repeat):  # each kind of count in a run of its own
        body.prose = f"{PROSE} edit{i}"
        start = time.perf_counter()
        tally.essay_words(essay)
        kept.append(time.perf_counter() - start)
    for i in range(args.repeat):
        start = time.perf_counter()
        tally.node_count(essay.outline[i % len(essay.outline)])
        one.append(time.perf_counter() - start)
    for i in range(args.repeat):
        body.prose = f"{PROSE} again{i}"
        start = time.perf_counter()
        essay_words(essay)
        full.append(time.perf_counter() - start)
    print(f"{args.paragraphs:,} paragraphs, {words:,} words")
    print(f"first count (cold)            {cold * 1000:8.2f} ms")
    print(f"recount after one edit, kept  {_median_ms(kept):8.2f} ms")
    print(f"full recount, plain           {_median_ms(full):8.2f} ms"
          f"   ratio {_median_ms(full) / _median_ms(kept):.1f}x")
    print(f"one node's count (selection)  {_median_ms(one) * 1000:8.2f} us")
    print(f"same count both ways: {node_count(body) == tally.node_count(body)}")


if __name__ == "__main__":
    main()
