"""How fast is the Word export? Prints a table; asserts nothing.

Exports a generated 25,000-word and a 300,000-word essay (MLA, essay mode)
with our exporter and, in the same run on the same paragraphs, with pandoc
(from Markdown) and with a bare python-docx loop (``add_paragraph`` per
paragraph, then save). Each figure is the best of a few runs.

    .venv/bin/python benchmarks/bench_word.py [--repeat N]
"""

from __future__ import annotations

import argparse
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from outliner.core.essay import Essay, Meta, Node, NodeKind, Source
from outliner.core.words import essay_words
from outliner.io.exporters.options import ExportOptions
from outliner.io.exporters.word import export_word

WORDS = [
    "the", "clones", "memory", "hope", "Hailsham", "Kathy", "Tommy", "Ruth", "deferral",
    "rumour", "tape", "sales", "outside", "society", "symbol", "donation", "carers",
    "guardians", "novel", "narrator", "loss", "time", "childhood", "art", "gallery",
    "promise", "belonging", "normal", "lives", "students", "school", "world",
]
PARAGRAPH_WORDS = 150


def make_essay(total_words: int, seed: int = 7) -> Essay:
    """An essay of about ``total_words`` words: intro, bodies, conclusion,
    every paragraph written out (~150 words, with a cited quotation)."""
    rng = random.Random(seed)

    def prose() -> str:
        sentences, words = [], 0
        while words < PARAGRAPH_WORDS:
            n = rng.randint(8, 20)
            sentence = " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."
            if rng.random() < 0.15:
                quote = " ".join(rng.choice(WORDS) for _ in range(6))
                sentence = f"Kathy says “{quote}” ({rng.randint(1, 280)})."
            sentences.append(sentence)
            words += len(sentence.split())
        return " ".join(sentences)

    count = max(3, total_words // PARAGRAPH_WORDS)
    outline = [Node(NodeKind.INTRO, "Opening", prose=prose())]
    outline += [Node(NodeKind.BODY, f"Claim {i}", prose=prose()) for i in range(count - 2)]
    outline.append(Node(NodeKind.CONCLUSION, "Closing", prose=prose()))
    meta = Meta(title="A Long Essay", author="Sam Writer", instructor="Dr. Reader",
                course="English 101", date="2026-03-09")
    sources = [Source("Ishiguro, Kazuo. *Never Let Me Go*. Vintage, 2006.")]
    return Essay(meta=meta, sources=sources, outline=outline)


def paragraphs_of(essay: Essay) -> list[str]:
    return [node.prose for node in essay.outline]


def best_of(repeat: int, action: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)


def bare_loop(paragraphs: list[str], out: Path) -> None:
    import docx

    doc = docx.Document()
    for text in paragraphs:
        doc.add_paragraph(text)
    doc.save(str(out))


def pandoc(markdown: Path, out: Path) -> None:
    subprocess.run(["pandoc", str(markdown), "-o", str(out)], check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure (best kept)")
    args = parser.parse_args()
    have_pandoc = shutil.which("pandoc") is not None
    export_word(make_essay(300), Path(tempfile.gettempdir()) / "warm.docx", ExportOptions())
    print(f"{'words':>8} {'ours s':>8} {'bare s':>8} {'pandoc s':>9} "
          f"{'ours/bare':>10} {'pandoc/ours':>12}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for target in (25_000, 300_000):
            essay = make_essay(target)
            paragraphs = paragraphs_of(essay)
            markdown = folder / "essay.md"
            markdown.write_text(
                f"# {essay.meta.title}\n\n" + "\n\n".join(paragraphs)
                + "\n\n# Works Cited\n\n" + essay.sources[0].text + "\n",
                encoding="utf-8",
            )
            ours = best_of(args.repeat, lambda e=essay: export_word(
                e, folder / "ours.docx", ExportOptions()))
            bare = best_of(args.repeat, lambda p=paragraphs: bare_loop(p, folder / "bare.docx"))
            theirs = float("nan")
            if have_pandoc:
                theirs = best_of(max(1, args.repeat - 1),
                                 lambda m=markdown: pandoc(m, folder / "p.docx"))
            print(f"{essay_words(essay):>8} {ours:>8.3f} {bare:>8.3f} {theirs:>9.3f} "
                  f"{ours / bare:>10.2f} {theirs / ours:>12.1f}")
    if not have_pandoc:
        print("pandoc is not installed: its column is empty")
    return 0


if __name__ == "__main__":
    sys.exit(main())
