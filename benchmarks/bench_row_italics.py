"""Painting outline rows that carry inline markup, against rows that do not.

Usage: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_row_italics.py [--rows N]

The delegate paints every visible row on each scroll. A row with *italics*
is drawn span by span (its spans parsed once per text and cached); the peer
is the same rows without marks, drawn as one string. Prints the times side
by side and their ratio (not a test).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

    from outliner.core.essay import Essay, Node, NodeKind
    from outliner.ui.document import Document
    from outliner.ui.outline.delegate import OutlineDelegate
    from outliner.ui.outline.view import OutlineView

    app = QApplication.instance() or QApplication(sys.argv)

    def essay(marked: bool) -> Essay:
        title = "*Never Let Me Go*" if marked else "Never Let Me Go"
        bold = "**tape**" if marked else "tape"
        return Essay(outline=[Node(NodeKind.NOTE, f"note {i}: Kathy rereads {title} and the "
                                   f"{bold} once more") for i in range(args.rows)])

    def paint_all(view: OutlineView, delegate: OutlineDelegate) -> float:
        model = view.model()
        image = QImage(600, 24, QImage.Format.Format_RGB32)
        option = QStyleOptionViewItem()
        option.rect = image.rect()
        option.font = view.font()
        option.widget = view
        indexes = [model.index(row, 0) for row in range(model.rowCount())]
        painter = QPainter(image)
        start = time.perf_counter()
        for index in indexes:
            image.fill(Qt.GlobalColor.white)
            delegate.paint(painter, option, index)
        elapsed = time.perf_counter() - start
        painter.end()
        return elapsed

    results: dict[bool, list[float]] = {False: [], True: []}
    views = {marked: OutlineView(Document(essay(marked))) for marked in (False, True)}
    delegates = {}
    for marked, view in views.items():
        delegate = view.itemDelegate()
        assert isinstance(delegate, OutlineDelegate)
        delegates[marked] = delegate
        paint_all(view, delegate)  # warm: fonts, glyphs, the span cache
    for _ in range(args.repeat):  # interleaved, so both see the same warm caches
        for marked in (False, True):
            results[marked].append(paint_all(views[marked], delegates[marked]))
    plain = statistics.median(results[False]) * 1000
    marked_ms = statistics.median(results[True]) * 1000
    print(f"{args.rows} rows painted, median of {args.repeat}:")
    print(f"  rows without marks (peer)   {plain:8.1f} ms  {plain / args.rows * 1000:6.1f} µs/row")
    print(f"  rows with *italic*/**bold** {marked_ms:8.1f} ms  "
          f"{marked_ms / args.rows * 1000:6.1f} µs/row")
    print(f"  ratio marked / plain        {marked_ms / plain:8.2f}x")
    del app


if __name__ == "__main__":
    main()
