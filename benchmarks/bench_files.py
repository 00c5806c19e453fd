"""How long the file operations take on large inputs. Prints figures; asserts nothing.

    .venv/bin/python benchmarks/bench_files.py

* importing a generated 1 MB draft (mixed prose and outline lines, as a
  student writes them) with outliner.io.importers.text;
* saving and loading a generated 10,000-node .essay file.

Each figure is the median (and the fastest) of several runs. Every one should be well under a
second on an ordinary laptop.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from outliner.core.essay import Essay, Meta, Node, NodeKind, Source  # noqa: E402

RUNS = 7
WORDS = (
    "memory", "hope", "clones", "deferral", "tape", "sales", "outside", "Hailsham",
    "guardians", "art", "gallery", "donation", "carer", "Kathy", "Tommy", "Ruth", "Norfolk",
    "rumour", "future", "childhood", "secret", "lost", "society", "symbol", "promise", "truth",
)


Timing = tuple[float, float]


def timed(action: Callable[[], object], runs: int = RUNS) -> Timing:
    """The median and the fastest wall-clock time of ``runs`` calls (the
    fastest shows the cost without interference from other work)."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times), min(times)


def _words(rng: random.Random, low: int, high: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(low, high)))


def _sentence(rng: random.Random) -> str:
    text = _words(rng, 6, 18)
    return text[0].upper() + text[1:] + "."


def generated_draft(target_bytes: int, seed: int = 1) -> str:
    """A draft like the user's, repeated: prose paragraphs with cited
    quotations, outline-form body paragraphs with labels, quotes and bullets
    (some wrapped), and a Works Cited list at the end."""
    rng = random.Random(seed)
    parts = ["Title: A generated essay", ""]
    parts.append(" ".join(_sentence(rng) for _ in range(5)))
    number = 0
    while sum(len(p) + 1 for p in parts) < target_bytes:
        number += 1
        if number % 2:
            prose = [_sentence(rng) for _ in range(6)]
            prose.insert(2, f"Kathy says that “{_words(rng, 5, 12)}” ({rng.randint(1, 300)}).")
            parts.append(" ".join(prose))
        else:
            parts.append(f"Body paragraph {number}: {_words(rng, 5, 10)}")
            parts.append("Quote:")
            parts.append(" ".join(f"“{_words(rng, 6, 14)}” ({rng.randint(1, 300)})"
                                  for _ in range(2)))
            for _ in range(rng.randint(3, 6)):
                parts.append(f"-{_words(rng, 6, 16)}")
            parts.append(f"- {_words(rng, 8, 12)} to")  # a bullet that wraps ...
            parts.append(_words(rng, 2, 4))  # ... onto the next line
    parts += ["", "Works Cited", "Ishiguro, Kazuo. Never Let Me Go. Vintage, 2006."]
    return "\n".join(parts) + "\n"


def generated_essay(bodies: int = 1000) -> Essay:
    """An essay of ``bodies`` body paragraphs with one quotation and eight
    notes each (10 nodes per paragraph: 10,000 nodes for 1,000)."""
    rng = random.Random(2)
    outline = []
    for number in range(bodies):
        children = [Node(NodeKind.QUOTE, _words(rng, 6, 14), cite=str(rng.randint(1, 300)))]
        children += [Node(NodeKind.NOTE, _words(rng, 6, 16)) for _ in range(8)]
        prose = " ".join(_sentence(rng) for _ in range(4)) if number % 3 == 0 else ""
        outline.append(Node(NodeKind.BODY, _words(rng, 5, 10), prose=prose, children=children))
    return Essay(Meta(title="A large essay", author="Benchmark"),
                 [Source("Ishiguro, Kazuo. Never Let Me Go. Vintage, 2006.")], outline)


def bench_import(folder: Path) -> list[tuple[str, Timing, str]]:
    """Import a 1 MB draft from text and from a file."""
    from outliner.io.importers import text as drafts

    text = generated_draft(1_000_000)
    path = folder / "draft.txt"
    path.write_text(text, encoding="utf-8")
    essay = drafts.read_text_file(path)
    size = f"{len(text.encode('utf-8')) / 1e6:.2f} MB, {len(essay)} nodes"
    return [
        ("parse_text (1 MB draft, in memory)", timed(lambda: drafts.parse_text(text)),
         size),
        ("read_text_file (1 MB draft, from disk)", timed(lambda: drafts.read_text_file(path)),
         size),
    ]


def bench_essay_file(folder: Path) -> list[tuple[str, Timing, str]]:
    """Save and load a 10,000-node .essay file."""
    from outliner.io.essay.file import essay_from_json, essay_to_json, load_essay, save_essay

    essay = generated_essay()
    path = folder / "large.essay"
    save_essay(essay, path)
    text = path.read_text(encoding="utf-8")
    assert len(load_essay(path)) == len(essay)  # a benchmark of the wrong thing is worthless
    size = f"{len(essay)} nodes, {path.stat().st_size / 1e6:.2f} MB"
    return [
        ("save_essay (atomic, with .bak)", timed(lambda: save_essay(essay, path)), size),
        ("load_essay (read + validate)", timed(lambda: load_essay(path)), size),
        ("essay_to_json (no disk)", timed(lambda: essay_to_json(essay)), size),
        ("essay_from_json (no disk)", timed(lambda: essay_from_json(text, path)), size),
    ]


def main() -> int:
    """Run every benchmark and print one line per figure."""
    print(f"Python {sys.version.split()[0]}; median and fastest of {RUNS} runs")
    rows: list[tuple[str, Timing, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        try:
            rows += bench_import(folder)
        except ImportError as exc:
            print(f"draft import: not measured ({exc})")
        rows += bench_essay_file(folder)
    width = max(len(name) for name, _, _ in rows)
    for name, (median, fastest), size in rows:
        print(f"{name:<{width}}  median {median * 1000:6.1f} ms  fastest {fastest * 1000:6.1f} ms"
              f"  ({size})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
