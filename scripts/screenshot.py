"""Render the README's pictures into docs/, offscreen.

Usage: QT_QPA_PLATFORM=offscreen python scripts/screenshot.py [FOLDER] [--dark]
       [--file DRAFT]

Writes, from the shipped sample essay (or ``--file``), with settings of its own:

- screenshot.png     the main window: the tree expanded, body paragraph 2
                     selected in the editor, the preview showing;
- start-page.png     the start page (File > New, or the app opened without a file);
- draft-dialog.png   Draft from Notes on body paragraph 2;
- export-dialog.png  Export to Word;
- mla-page.png       page 1 of the sample exported to Word in MLA style, as
                     LibreOffice prints it (skipped, with a message, without
                     soffice or pdftoppm).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent

if TYPE_CHECKING:
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication, QWidget

    from outliner.ui.main_window import MainWindow


def _dark_palette() -> QPalette:
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


def _settle(app: QApplication, window: MainWindow) -> None:
    """Let the debounced preview render and follow the selection, as a person sees it."""
    deadline = time.monotonic() + 3
    while (window.preview.is_pending() or window.preview.rebuild_count == 0) \
            and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    for _ in range(3):
        app.processEvents()


def _save(widget: QWidget, path: Path) -> bool:
    ok = widget.grab().save(str(path))
    print(f"wrote {path}" if ok else f"could not write {path}", file=sys.stdout if ok
          else sys.stderr)
    return ok


def _second_body(window: MainWindow) -> object:
    from outliner.core.essay import NodeKind

    bodies = [n for n in window.document.essay.walk() if n.kind is NodeKind.BODY]
    return bodies[1] if len(bodies) >= 2 else (bodies[0] if bodies else None)


def main_window_shot(app: QApplication, window: MainWindow, out: Path) -> bool:
    window.view.expandAll()
    body = _second_body(window)
    if body is not None:
        window.view.select_nodes([body])  # type: ignore[list-item]
    _settle(app, window)
    return _save(window, out)


def start_page_shot(app: QApplication, window: MainWindow, out: Path) -> bool:
    window.files.new_file()  # the document is unchanged here: nothing to ask
    _settle(app, window)
    ok = _save(window, out)
    window.new_essay.sample()
    return ok


def draft_dialog_shot(app: QApplication, window: MainWindow, out: Path) -> bool:
    from outliner.core.essay import Node
    from outliner.ui.dialogs.draft import DraftDialog

    body = _second_body(window)
    if not isinstance(body, Node):
        print("no body paragraph to draft: draft-dialog.png skipped", file=sys.stderr)
        return True
    dialog = DraftDialog(window.document, body, window.app_settings.qsettings, window)
    dialog.show()
    for _ in range(5):
        app.processEvents()
    ok = _save(dialog, out)
    dialog.reject()
    return ok


def export_dialog_shot(app: QApplication, window: MainWindow, out: Path) -> bool:
    from outliner.ui.dialogs.export import ExportDialog

    dialog = ExportDialog(window.document.essay, window.app_settings.qsettings,
                          suggested=Path("~/Essays/Sample essay.docx"), parent=window,
                          document=window.document)
    dialog.show()
    for _ in range(5):
        app.processEvents()
    ok = _save(dialog, out)
    dialog.reject()
    return ok


def mla_page_shot(window: MainWindow, out: Path, scratch: Path) -> bool:
    """Page 1 of the essay exported in MLA style, through LibreOffice."""
    missing = [tool for tool in ("soffice", "pdftoppm") if shutil.which(tool) is None]
    if missing:
        print(f"{' and '.join(missing)} not found: {out.name} skipped", file=sys.stderr)
        return True
    from outliner.core.essay import CitationStyle
    from outliner.io.exporters.options import ExportOptions
    from outliner.io.exporters.word import export_word

    docx = scratch / "sample-mla.docx"
    export_word(window.document.essay, docx, ExportOptions(style=CitationStyle.MLA))
    profile = scratch / "lo-profile"
    subprocess.run(["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(scratch), str(docx)],
                   capture_output=True, timeout=180, check=False)
    pdf = docx.with_suffix(".pdf")
    if not pdf.is_file():
        print(f"LibreOffice did not convert {docx.name}: {out.name} skipped", file=sys.stderr)
        return False
    prefix = scratch / "page"
    subprocess.run(["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "1", "-singlefile",
                    str(pdf), str(prefix)], check=True)
    shutil.copyfile(prefix.with_suffix(".png"), out)
    print(f"wrote {out}")
    return True


def main(argv: list[str] | None = None) -> int:
    """Render the pictures; returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, nargs="?", default=REPO / "docs")
    parser.add_argument("--dark", action="store_true", help="use a dark palette")
    parser.add_argument("--file", type=Path, default=None,
                        help="open this essay or draft instead of the sample")
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=800)
    args = parser.parse_args(argv)

    sys.path.insert(0, str(REPO))
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from outliner.ui.app import make_application
    from outliner.ui.main_window import MainWindow

    app = make_application([sys.argv[0]])
    if args.dark:
        app.setPalette(_dark_palette())
    folder: Path = args.folder
    folder.mkdir(parents=True, exist_ok=True)
    results: list[bool] = []
    with tempfile.TemporaryDirectory() as scratch_name:
        scratch = Path(scratch_name)
        settings = QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(args.file, settings=settings, recovery_folder=scratch / "rec",
                            offer_recovery=False)
        window.resize(args.width, args.height)
        window.show()
        results.append(main_window_shot(app, window, folder / "screenshot.png"))
        results.append(draft_dialog_shot(app, window, folder / "draft-dialog.png"))
        results.append(export_dialog_shot(app, window, folder / "export-dialog.png"))
        results.append(mla_page_shot(window, folder / "mla-page.png", scratch))
        if args.file is None:  # New from the sample: nothing of the person's to ask about
            results.append(start_page_shot(app, window, folder / "start-page.png"))
        window.document.undo_stack.setClean()
        window.close()
        QApplication.processEvents()
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
