"""Time the draft importer on large and adversarial drafts; prints figures.

Run: .venv/bin/python benchmarks/import_drafts.py
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from outliner.io.importers.text import parse_text, sample_essay_path


def _timed(label: str, make: Callable[[], str]) -> None:
    text = make()
    start = time.perf_counter()
    essay = parse_text(text)
    seconds = time.perf_counter() - start
    size_mb = len(text.encode("utf-8")) / 1024 / 1024
    print(f"{label:<44} {size_mb:7.2f} MB {len(essay):8d} nodes {seconds:8.2f} s "
          f"({size_mb / seconds if seconds else 0:6.2f} MB/s)")


def main() -> None:
    sample = Path(sample_essay_path()).read_text(encoding="utf-8")
    body = sample.split("\n", 6)[6]  # without the header block
    _timed("sample essay", lambda: sample)
    _timed("sample body x 500 (mixed prose/outline)", lambda: body * 500)
    _timed("sample body x 4000", lambda: body * 4000)
    _timed("one 2 MB line of prose", lambda: "A sentence of prose goes here. " * 70_000)
    _timed("200k unclosed curly quotes on one line", lambda: "“ word " * 200_000)
    _timed("100k apostrophes then one quotation", lambda: "“it’s " * 100_000 + "” (3)")
    _timed("50k nested bullets", lambda: "".join(
        f"{' ' * (i % 12)}- note {i}\n" for i in range(50_000)))


if __name__ == "__main__":
    main()
