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
                     soffice or pdftoppm);
- book-check.png     the sample's quotations checked against a book attached
                     to its source (a small EPUB made here: the quotations on
                     their pages, one of them on the page before the one cited,
                     around them words of this project's own).
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


#: The book's pages for book-check.png: (printed page, quotation on it).
#: The sample cites the third on page 103; this edition has it on 102.
_BOOK_PAGES = (
    ("52", "learn from me, if not by my precepts, at least by my example, how dangerous "
           "is the acquirement of knowledge"),
    ("58", "the beauty of the dream vanished, and breathless horror and disgust filled my "
           "heart"),
    ("102", "Everywhere I see bliss, from which I alone am irrevocably excluded"),
    ("103", "I was benevolent and good; misery made me a fiend"),
)
_AROUND = "This line stands in for the novel's own text around the passage."


def _book_epub(path: Path) -> Path:
    """An EPUB 3 holding _BOOK_PAGES, each page marked as a page break."""
    import zipfile
    from html import escape

    body = "".join(
        f'<span epub:type="pagebreak" id="p{label}" title="{label}"/>'
        f"<p>{_AROUND} “{escape(quote)}.” {_AROUND}</p>" for label, quote in _BOOK_PAGES)
    page = ('<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml" '
            'xmlns:epub="http://www.idpf.org/2007/ops"><head><title>Excerpt</title></head>'
            f"<body>{body}</body></html>")
    opf = ('<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0" '
           'unique-identifier="id"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/">'
           '<dc:identifier id="id">excerpt</dc:identifier><dc:title>Excerpt</dc:title>'
           '</metadata><manifest><item id="t" href="text.xhtml" '
           'media-type="application/xhtml+xml"/></manifest><spine><itemref idref="t"/>'
           "</spine></package>")
    container = ('<?xml version="1.0"?><container version="1.0" '
                 'xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles>'
                 '<rootfile full-path="content.opf" media-type="application/oebps-package+xml"/>'
                 "</rootfiles></container>")
    with zipfile.ZipFile(path, "w") as package:
        package.writestr(zipfile.ZipInfo("mimetype"), "application/epub+zip")
        for name, text in (("META-INF/container.xml", container), ("content.opf", opf),
                           ("text.xhtml", page)):
            package.writestr(name, text, zipfile.ZIP_DEFLATED)
    return path


def book_check_shot(app: QApplication, window: MainWindow, out: Path, scratch: Path) -> bool:
    """The window with a book attached to the sample's source: a mark on each
    quotation row, the editor on the one the book has on another page."""
    from outliner.core.essay import NodeKind
    from outliner.io.books import BookCache
    from outliner.ui.dialogs.sources import SourcesDialog

    window.books.cache = BookCache(scratch / "book-cache")  # not the person's own cache
    dialog = SourcesDialog(window.document, window, books=window.books)
    attached = dialog.book_box.attach_book(_book_epub(scratch / "excerpt.epub"))
    dialog.accept()
    deadline = time.monotonic() + 10
    while len(window.books.verdicts) < len(_BOOK_PAGES) and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    moved = next((n for n in window.document.essay.walk() if n.kind is NodeKind.QUOTE
                  and n.text.startswith("Everywhere")), None)
    if not attached or moved is None:
        print(f"the book could not be attached: {out.name} skipped", file=sys.stderr)
        return False
    window.view.expandAll()
    window.view.select_nodes([moved])
    _settle(app, window)
    ok = _save(window, out)
    window.document.undo_stack.undo()  # the sample as it was
    return ok


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
        if args.file is None:  # the sample's quotations are the ones on the book's pages
            results.append(book_check_shot(app, window, folder / "book-check.png", scratch))
        if args.file is None:  # New from the sample: nothing of the person's to ask about
            results.append(start_page_shot(app, window, folder / "start-page.png"))
        window.document.undo_stack.setClean()
        window.close()
        QApplication.processEvents()
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
