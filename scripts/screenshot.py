"""Render the main window to a PNG (docs/screenshot.png), offscreen.

Usage: QT_QPA_PLATFORM=offscreen python scripts/screenshot.py OUT.png [--dark]

The window is 1280x800 with the user's draft open when it is present (else
the shipped sample), the tree expanded, body paragraph 2 selected in the
editor and the preview showing.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
USER_DRAFT = REPO.parent / "shared" / "samples" / "never-let-me-go-draft.txt"


def _dark_palette() -> object:
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in ((roles.Window, "#2b2d30"), (roles.WindowText, "#e6e6e6"),
                         (roles.Base, "#1f2023"), (roles.AlternateBase, "#26282b"),
                         (roles.Text, "#e6e6e6"), (roles.Button, "#323437"),
                         (roles.ButtonText, "#e6e6e6"), (roles.Highlight, "#3d6fa8"),
                         (roles.HighlightedText, "#ffffff"), (roles.ToolTipBase, "#323437"),
                         (roles.ToolTipText, "#e6e6e6"), (roles.PlaceholderText, "#8b8e94"),
                         (roles.Mid, "#46484c"), (roles.Dark, "#1a1b1d"),
                         (roles.Light, "#3a3c40"), (roles.Midlight, "#35373a")):
        palette.setColor(role, QColor(colour))
    return palette


def main(argv: list[str] | None = None) -> int:
    """Render the screenshot; returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path, nargs="?", default=REPO / "docs" / "screenshot.png")
    parser.add_argument("--dark", action="store_true", help="use a dark palette")
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=800)
    args = parser.parse_args(argv)

    sys.path.insert(0, str(REPO))
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    from outliner.core.essay import NodeKind
    from outliner.ui.app import make_application
    from outliner.ui.main_window import MainWindow

    app = make_application([sys.argv[0]])
    if args.dark:
        palette = _dark_palette()
        assert isinstance(palette, QPalette)
        app.setPalette(palette)
    with tempfile.TemporaryDirectory() as scratch:
        settings = QSettings(str(Path(scratch) / "settings.ini"), QSettings.Format.IniFormat)
        path = USER_DRAFT if USER_DRAFT.is_file() else None
        window = MainWindow(path, settings=settings, recovery_folder=Path(scratch) / "rec",
                            offer_recovery=False)
        window.resize(args.width, args.height)
        window.show()
        window.view.expandAll()
        bodies = [n for n in window.document.essay.walk() if n.kind is NodeKind.BODY]
        if len(bodies) >= 2:
            window.view.select_nodes([bodies[1]])
        # Let the debounced preview render and follow the selection, as a person sees it.
        deadline = time.monotonic() + 2
        while (window.preview.is_pending() or window.preview.rebuild_count == 0) \
                and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.02)
        for _ in range(3):
            app.processEvents()
        args.output.parent.mkdir(parents=True, exist_ok=True)
        ok = window.grab().save(str(args.output))
        window.document.undo_stack.setClean()
        window.close()
        QApplication.processEvents()
    if not ok:
        print(f"could not write {args.output}", file=sys.stderr)
        return 1
    print(f"wrote {args.output} ({args.width}x{args.height})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
