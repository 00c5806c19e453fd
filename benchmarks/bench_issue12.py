"""Issue 12's rows for opening, loading, export and `show`, each beside its
peer or floor from the same run, as a ratio.

Usage: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_issue12.py [--repeat N]

Rows (targets from issue 12):
- open a 10,000-node .essay in the window, in-process: < 0.3 s (50,000: < 1.5 s),
  beside a bare window opened on the sample essay;
- export 300,000 words to .docx, whole process: pandoc at least 8x slower;
- ``outliner show FILE.essay``: within 1.5x of ``outliner show`` on the same
  essay's draft text.
Typing is ``bench_typing.py``. Figures are the best of ``--repeat`` runs; each
row prints the figure, its peer, the ratio, the target and whether it is met.
The open rows also give the child's CPU time, which other work on a busy
machine inflates far less than the wall-clock figure. ``--rows open,show``
runs only some rows.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

OPEN_CHILD = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from outliner.ui.app import make_application
from outliner.ui.main_window import MainWindow
app = make_application()
settings = QSettings(sys.argv[2], QSettings.Format.IniFormat)
path = Path(sys.argv[1]) if sys.argv[1] != "-" else None
start, cpu_start = time.perf_counter(), time.process_time()
window = MainWindow(path, settings=settings, recovery_folder=Path(sys.argv[3]),
                    offer_recovery=False)
window.show()
app.processEvents()
print(time.perf_counter() - start, time.process_time() - cpu_start)
"""


def best(repeat: int, action: Callable[[], float]) -> float:
    return min(action() for _ in range(repeat))


def wall(command: list[str], cwd: Path | None = None) -> float:
    return wall_and_cpu(command, cwd)[0]


def wall_and_cpu(command: list[str], cwd: Path | None = None) -> tuple[float, float]:
    """Seconds a command takes: wall clock, and the CPU time of the process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   cwd=cwd)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return elapsed, cpu


def open_in_window(path: Path | None, folder: Path) -> tuple[float, float]:
    """Seconds from building the window on ``path`` to it shown (in the child):
    wall clock and the child's CPU time (all its threads)."""
    out = subprocess.run(
        [sys.executable, "-c", OPEN_CHILD, str(path) if path else "-",
         str(folder / "s.ini"), str(folder / "rec")],
        check=True, capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(REPO)})
    wall_s, cpu_s = out.stdout.strip().splitlines()[-1].split()
    return float(wall_s), float(cpu_s)


def best_open(repeat: int, path: Path | None, folder: Path) -> tuple[float, float]:
    """The fastest wall-clock and the least CPU time over ``repeat`` opens."""
    runs = [open_in_window(path, folder) for _ in range(repeat)]
    return min(wall for wall, _ in runs), min(cpu for _, cpu in runs)


def row(name: str, ours: float, peer_name: str, peer: float, target: str, met: bool,
        note: str = "") -> None:
    print(f"{name:44} {ours * 1000:8.0f} ms   {peer_name:28} {peer * 1000:8.0f} ms"
          f"   ratio {ours / peer:5.2f}   target {target:12} {'met' if met else 'NOT MET'}"
          f"{note}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--rows", default="open,export,show",
                        help="which rows to run, comma-separated (open, export, show)")
    args = parser.parse_args(argv)
    rows = set(args.rows.split(","))
    folder = Path(tempfile.mkdtemp(prefix="bench-issue12-"))
    python = [sys.executable, "-m", "outliner"]
    if "open" in rows:
        open_rows(args.repeat, folder)
    if "export" in rows:
        export_row(args.repeat, folder, python)
    if "show" in rows:
        show_row(args.repeat, folder, python)
    return 0


def open_rows(repeat: int, folder: Path) -> None:
    from bench_window import big_essay

    from outliner.core.essay import Essay
    from outliner.io.essay.file import save_essay

    bare, bare_cpu = best_open(repeat, None, folder)
    for nodes, limit in ((10_000, 0.3), (50_000, 1.5)):
        essay = big_essay(nodes)
        assert isinstance(essay, Essay)
        path = folder / f"n{nodes}.essay"
        save_essay(essay, path)
        opened, cpu = best_open(repeat, path, folder)
        row(f"open a {nodes:,}-node .essay in the window", opened,
            "bare window (sample essay)", bare, f"< {limit * 1000:.0f} ms", opened < limit,
            f"   (CPU {cpu * 1000:.0f} ms, bare {bare_cpu * 1000:.0f} ms)")


def export_row(repeat: int, folder: Path, python: list[str]) -> None:
    from bench_word import make_essay, paragraphs_of

    from outliner.io.essay.file import save_essay


    long = make_essay(300_000)
    source = folder / "long.essay"
    save_essay(long, source)
    ours = best(repeat, lambda: wall([*python, "export", str(source), "-o",
                                           str(folder / "ours.docx"), "--force"], REPO))
    if shutil.which("pandoc"):
        markdown = folder / "long.md"
        markdown.write_text(f"# {long.meta.title}\n\n" + "\n\n".join(paragraphs_of(long))
                            + "\n", encoding="utf-8")
        theirs = best(max(1, repeat - 1), lambda: wall(
            ["pandoc", str(markdown), "-o", str(folder / "p.docx")]))
        row("export 300,000 words to .docx, whole process", ours,
            "pandoc, whole process", theirs, "pandoc/ours >= 8", theirs / ours >= 8,
            f"   (pandoc/ours {theirs / ours:.1f})")
    else:
        print(f"export 300,000 words to .docx: {ours * 1000:.0f} ms (pandoc not installed)")


def show_row(repeat: int, folder: Path, python: list[str]) -> None:
    from bench_window import big_essay

    from outliner.core.essay import Essay
    from outliner.io.essay.file import save_essay
    from outliner.io.exporters.options import ExportOptions
    from outliner.io.exporters.text import export_text

    small = big_essay(200)
    assert isinstance(small, Essay)
    essay_path = folder / "show.essay"
    save_essay(small, essay_path)
    draft = folder / "show.txt"
    export_text(small, draft, ExportOptions(mode="outline"))  # a draft `show` imports
    # Interleaved, so a burst of other work on the machine hits both alike.
    shown = drafted = shown_cpu = drafted_cpu = float("inf")
    for _ in range(repeat):
        wall_s, cpu_s = wall_and_cpu([*python, "show", str(essay_path)], REPO)
        shown, shown_cpu = min(shown, wall_s), min(shown_cpu, cpu_s)
        wall_s, cpu_s = wall_and_cpu([*python, "show", str(draft)], REPO)
        drafted, drafted_cpu = min(drafted, wall_s), min(drafted_cpu, cpu_s)
    row("outliner show FILE.essay", shown, "outliner show draft.txt", drafted, "ratio <= 1.5",
        shown / drafted <= 1.5, f"   (CPU {shown_cpu * 1000:.0f} / {drafted_cpu * 1000:.0f} ms,"
        f" ratio {shown_cpu / drafted_cpu:.2f})")


if __name__ == "__main__":
    raise SystemExit(main())
