"""Outline edits in the real window, side by side with Qt's own tree.

Usage: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_moves.py
       [--nodes 10000 50000] [--repeat 11]

For each size, an outline of bodies holding quotes and notes, every node
expanded, is opened in the real window; each edit (move, undo, redo, indent,
outdent, insert, delete, drop) is timed as the writer sees it: from the
action (the menu action, the undo stack, the model's drop) through the core
change, the essay's listener, the view's relayout and selection, until the
tree's viewport has painted and the events that edit posted have run. The
floor is a plain QTreeView over Qt's own QStandardItemModel of the same
shape and size, making the same row change with takeRow / insertRow (or
insertRow / removeRow), setting the current row and painting, timed the same
way, so the ratio is what our window costs over Qt's floor.

"upkeep" is the time spent inside the essay's listener calls (keeping the
mirror in step, with the row signals it sends the view). Between edits the
event loop runs for a while so debounced work (word counts, checks, the
preview) lands outside the next edit; "after" is the CPU time that deferred
work took in the ``--after`` seconds following the edit. Each edit is timed
twice over: wall-clock, and the CPU time of this process (which other load
on the machine disturbs much less); medians of ``--repeat`` edits.

Both sides pause ``--after`` seconds after each edit (ours for its deferred
work, the floor alike), so each edit is timed as a writer makes it, after a
pause; ``--after 0`` times both back to back.

Prints figures (not a test). Targets: within 3x of the floor, and under one
frame (16.7 ms at 60 Hz).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.bench_window import big_essay  # noqa: E402

#: The edits, in the order they run.
EDITS = ("move", "undo", "redo", "indent", "outdent", "insert", "delete", "drop")


class TimedListener:
    """Forwards every listener call to the model and adds up the time taken."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.spent = 0.0

    def __getattr__(self, name: str) -> Callable[..., None]:
        method = getattr(self.inner, name)

        def timed_call(*args: object) -> None:
            start = time.perf_counter()
            method(*args)
            self.spent += time.perf_counter() - start

        return timed_call


def peer_tree(essay: Any, size: tuple[int, int]) -> tuple[Any, Any]:
    """A QTreeView over a QStandardItemModel holding the essay's shape."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTreeView

    def items(node: Any) -> Any:
        item = QStandardItem(node.text)
        if node.children:
            item.appendRows([items(child) for child in node.children])
        return item

    model = QStandardItemModel()
    model.invisibleRootItem().appendRows([items(n) for n in essay.outline])
    view = QTreeView()
    view.setHeaderHidden(True)
    view.setUniformRowHeights(True)
    view.setModel(model)
    # Open what holds rows, as our view does: Qt's expandAll also records every
    # leaf as expanded, a persistent index that each row change must update.
    view.scheduleDelayedItemsLayout()
    containers = [model.invisibleRootItem()]
    while containers:
        item = containers.pop()
        for row in range(item.rowCount()):
            child = item.child(row)
            if child.rowCount():
                view.setExpanded(child.index(), True)
                containers.append(child)
    view.resize(*size)
    view.show()
    return model, view


def settle(quiet: float = 0.5, limit: float = 120.0,
           busy: Callable[[], bool] = lambda: False) -> float:
    """Run the event loop until nothing has taken time for ``quiet`` seconds
    and ``busy`` says no more (the window's first preview render, which is
    written a chunk at a time between events, debounced counts, autosave);
    the CPU seconds that took."""
    from PySide6.QtWidgets import QApplication

    cpu = time.process_time()
    start = last_busy = time.perf_counter()
    while ((time.perf_counter() - last_busy < quiet or busy())
           and time.perf_counter() - start < limit):
        before = time.perf_counter()
        QApplication.processEvents()
        if time.perf_counter() - before > 0.02:
            last_busy = time.perf_counter()
        time.sleep(0.01)
    return time.process_time() - cpu


def median_and_worst(times: list[float]) -> tuple[float, float]:
    return statistics.median(times) * 1000, max(times) * 1000


#: One frame at 60 Hz, in ms.
FRAME_MS = 1000 / 60


class PaintWatch:
    """Notes when a widget (a view's viewport) paints."""

    def __init__(self, widget: Any) -> None:
        from PySide6.QtCore import QEvent, QObject

        paint = QEvent.Type.Paint

        class Filter(QObject):
            painted = False

            def eventFilter(self, _watched: Any, event: Any) -> bool:
                if event.type() == paint:
                    self.painted = True
                return False

        self._filter = Filter()
        widget.installEventFilter(self._filter)

    def until_painted(self, action: Callable[[], Any], limit: float = 2.0) -> Any:
        """Run ``action``, then the event loop until the widget has painted
        and the events posted on the way have run; what ``action`` returned."""
        from PySide6.QtWidgets import QApplication

        self._filter.painted = False
        result = action()
        start = time.perf_counter()
        QApplication.processEvents()
        while not self._filter.painted and time.perf_counter() - start < limit:
            QApplication.processEvents()
        QApplication.processEvents()  # what the paint itself posted
        return result


def deferred_cpu(seconds: float) -> float:
    """Run the event loop for ``seconds``; the CPU time it took (the
    debounced work an edit left behind)."""
    from PySide6.QtWidgets import QApplication

    cpu, end = time.process_time(), time.perf_counter() + seconds
    while time.perf_counter() < end:
        QApplication.processEvents()
        time.sleep(0.005)
    return time.process_time() - cpu


def run_size(nodes: int, repeat: int, after: float) -> None:
    """Open, edit and report one outline size."""
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtGui import QStandardItem
    from PySide6.QtWidgets import QApplication

    from outliner.core.essay import Essay, NodeKind
    from outliner.io.essay.file import save_essay
    from outliner.ui import file_actions
    from outliner.ui.main_window import MainWindow

    scratch = Path(tempfile.mkdtemp(prefix="bench-moves-"))
    essay = big_essay(nodes)
    assert isinstance(essay, Essay)
    path = scratch / "big.essay"
    save_essay(essay, path)
    settings = QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat)

    start = time.perf_counter()
    peer_model, peer_view = peer_tree(essay, (400, 700))
    QApplication.processEvents()
    peer_opened = time.perf_counter() - start

    start = time.perf_counter()
    window = MainWindow(path, settings=settings, recovery_folder=scratch / "rec",
                        offer_recovery=False)
    window.resize(1280, 800)
    window.show()
    QApplication.processEvents()
    opened = time.perf_counter() - start
    view, document = window.view, window.document
    model, big = view.outline_model, document.essay
    stack = document.undo_stack
    listener = TimedListener(big.listener)
    big.listener = listener  # type: ignore[assignment]

    peer_view.resize(view.size())  # the same rows on show as ours
    print(f"\n{len(big):,} nodes, all expanded: window opened in {opened * 1000:.0f} ms"
          f" (peer tree built and shown in {peer_opened * 1000:.0f} ms)")

    ours_watch, peer_watch = PaintWatch(view.viewport()), PaintWatch(peer_view.viewport())
    ours: dict[str, list[float]] = {edit: [] for edit in EDITS}
    later: dict[str, list[float]] = {edit: [] for edit in EDITS}
    ours_cpu: dict[str, list[float]] = {edit: [] for edit in EDITS}
    upkeep: dict[str, list[float]] = {edit: [] for edit in EDITS}
    peer: dict[str, list[float]] = {edit: [] for edit in EDITS}
    peer_cpu: dict[str, list[float]] = {edit: [] for edit in EDITS}

    def ours_timed(edit: str, action: Callable[[], object]) -> None:
        listener.spent = 0.0
        start, cpu = time.perf_counter(), time.process_time()
        ours_watch.until_painted(action)
        ours[edit].append(time.perf_counter() - start)
        ours_cpu[edit].append(time.process_time() - cpu)
        upkeep[edit].append(listener.spent)
        later[edit].append(deferred_cpu(after))

    def peer_timed(edit: str, action: Callable[[], Any]) -> None:
        start, cpu = time.perf_counter(), time.process_time()
        peer_watch.until_painted(lambda: peer_view.setCurrentIndex(action()))
        peer[edit].append(time.perf_counter() - start)
        peer_cpu[edit].append(time.process_time() - cpu)
        # The same pause as after each of ours: an edit that follows a pause
        # finds the processor's caches cold (back to back, both run warm and
        # ours take about a third less), so both sides are timed alike.
        deferred_cpu(after)

    bodies = [n for n in big.outline if n.kind is NodeKind.BODY]
    body, host, other = (bodies[len(bodies) // 2], bodies[len(bodies) // 3],
                         bodies[2 * len(bodies) // 3])
    body_row, host_row, other_row = (big.row_of(n) for n in (body, host, other))

    # -- ours: the real window, one truth, edits through the actions --------
    def window_busy() -> bool:
        return window.preview.is_pending() or window.checks_panel.timer.isActive()

    settle(busy=window_busy)
    # Move up, then undo each, then redo each (as a writer would).
    view.select_nodes([body])
    QApplication.processEvents()
    for _ in range(repeat):
        ours_timed("move", view.actions["move_up"].trigger)
    for _ in range(repeat):
        ours_timed("undo", stack.undo)
    for _ in range(repeat):
        ours_timed("redo", stack.redo)
    # Indent a note under the note above it, then outdent it back.
    for _ in range(repeat):
        view.select_nodes([host.children[5]])
        QApplication.processEvents()
        ours_timed("indent", view.actions["indent"].trigger)
        ours_timed("outdent", view.actions["outdent"].trigger)
    # A new node after a note (edited in place, as Enter does), then delete it.
    for _ in range(repeat):
        view.select_nodes([host.children[2]])
        QApplication.processEvents()
        ours_timed("insert", view.actions["add_sibling"].trigger)
        view.commit_pending_edit()
        QApplication.processEvents()
        ours_timed("delete", view.actions["delete"].trigger)
    # A drop: the drag data of a body, dropped two rows further down (the
    # view hands a drop to dropMimeData; tests/ui/test_real_drag.py drags).
    for _ in range(repeat):
        at = big.row_of(other)
        data = model.mimeData([model.index_for_node(other)])
        ours_timed("drop", lambda data=data, at=at: model.dropMimeData(
            data, Qt.DropAction.MoveAction, at + 2, 0, model.index_for_node(None)))

    # -- the peer: the same row changes on Qt's own model ---------------------
    # When the writer pauses, the debounced work runs: the preview, checks.
    paused = settle(busy=window_busy)
    root = peer_model.invisibleRootItem()

    def peer_move(source: Any, row: int, target: Any, to: int) -> Any:
        item = source.takeRow(row)
        target.insertRow(to, item)
        return item[0].index()

    for i in range(repeat):
        peer_timed("move", lambda i=i: peer_move(
            root, body_row - i, root, body_row - i - 1))
    for i in range(repeat):
        peer_timed("undo", lambda i=i: peer_move(
            root, body_row - repeat + i, root, body_row - repeat + i + 1))
    for i in range(repeat):
        peer_timed("redo", lambda i=i: peer_move(
            root, body_row - i, root, body_row - i - 1))
    host_item = root.child(host_row)
    for _ in range(repeat):
        above = host_item.child(4)
        peer_timed("indent", lambda above=above: peer_move(
            host_item, 5, above, above.rowCount()))
        peer_timed("outdent", lambda above=above: peer_move(
            above, above.rowCount() - 1, host_item, 5))

    def peer_insert() -> Any:
        host_item.insertRow(3, [QStandardItem("")])
        index = host_item.child(3).index()
        peer_view.edit(index)
        return index

    def peer_delete() -> Any:
        host_item.removeRow(3)
        return host_item.child(3).index()

    for _ in range(repeat):
        peer_view.setFocus()
        peer_timed("insert", peer_insert)
        peer_view.setFocus()  # closes the editor, as committing ours does
        QApplication.processEvents()
        peer_timed("delete", peer_delete)
    for i in range(repeat):
        peer_timed("drop", lambda i=i: peer_move(
            root, other_row + i, root, other_row + i + 1))

    print(f"{'':<9}{'--- wall-clock ms (median) ---':^38}{'--- CPU ms (median) ---':^24}")
    print(f"{'edit':<9}{'ours':>7}{'floor':>7}{'ratio':>8}{'frame':>7}{'worst':>8}"
          f"{'ours':>8}{'floor':>7}{'ratio':>8}{'upkeep':>8}{'after':>7}"
          "   < 3x and under a frame (wall / CPU)")
    for edit in EDITS:
        med, worst = median_and_worst(ours[edit])
        peer_med, _ = median_and_worst(peer[edit])
        cpu, _ = median_and_worst(ours_cpu[edit])
        peer_c, _ = median_and_worst(peer_cpu[edit])
        kept = statistics.median(upkeep[edit]) * 1000
        then = statistics.median(later[edit]) * 1000
        frame = "yes" if med < FRAME_MS else "no"
        verdict = " / ".join("met" if ms < FRAME_MS and ms < 3 * floor else "missed"
                             for ms, floor in ((med, peer_med), (cpu, peer_c)))
        print(f"{edit:<9}{med:7.1f}{peer_med:7.1f}{med / peer_med:7.2f}x{frame:>7}{worst:8.1f}"
              f"{cpu:8.1f}{peer_c:7.1f}{cpu / max(peer_c, 1e-6):7.2f}x{kept:8.2f}{then:7.1f}"
              f"   {verdict}")
    print(f"when the writer pauses after the last edit: {paused * 1000:.0f} ms of CPU"
          " (preview, checks, counts: debounced, none of it inside an edit)")
    print("load average while measured: " + ", ".join(f"{x:.1f}" for x in os.getloadavg()))

    big.listener = listener.inner
    stack.setClean()
    file_actions.ask_save_changes = lambda *_: "discard"  # type: ignore[assignment]
    window.close()
    peer_view.close()
    window.deleteLater()
    QApplication.processEvents()


def main(argv: list[str] | None = None) -> int:
    """Run each size and print its table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, nargs="+", default=[10_000, 50_000])
    parser.add_argument("--repeat", type=int, default=11, help="edits of each kind to time")
    parser.add_argument("--after", type=float, default=0.3,
                        help="seconds of event loop after each edit (its deferred work)")
    args = parser.parse_args(argv)

    from outliner.ui.app import make_application

    app = make_application([sys.argv[0]])
    for nodes in args.nodes:
        run_size(nodes, args.repeat, args.after)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
