"""Render the window just after a Word draft was opened, with its import
report showing (docs/import-report.png), offscreen.

Usage: QT_QPA_PLATFORM=offscreen python scripts/import_report_screenshot.py [OUT.png]

The draft is written here (our own words): a short essay with two footnotes,
a table and tracked changes, so the report has something to say. What it
says is what the importer reports; nothing is added for the picture.
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
sys.path.insert(0, str(REPO))

from tests.support.docx_build import heading, p, r, write_docx  # noqa: E402


def write_draft(path: Path) -> Path:
    """A Word draft with footnotes, a table and tracked changes."""
    def note(number: int) -> str:
        return f'<w:r><w:footnoteReference w:id="{number}"/></w:r>'

    def row(*cells: str) -> str:
        return "<w:tr>" + "".join(f"<w:tc>{p(cell)}</w:tc>" for cell in cells) + "</w:tr>"

    body = (
        p("The River Remembers", style="Title")
        + heading("Introduction")
        + p("Every spring the river rose over the fields, and the town learned to wait.",
            note(1), " The flood of 1950 changed how the town ",
            '<w:ins w:id="10" w:author="Sam">' + r("planned, built and ") + "</w:ins>",
            "remembered.",
            '<w:del w:id="11" w:author="Sam"><w:r><w:delText> Nothing else mattered.'
            "</w:delText></w:r></w:del>")
        + p("Thesis: The flood taught the town that memory is a kind of planning.")
        + heading("Body paragraph 1")
        + p("The new levee was built from the stories of the old one.", note(2))
        + f"<w:tbl>{row('Year', 'Crest')}{row('1950', '9.1 m')}{row('1973', '7.4 m')}</w:tbl>"
        + heading("Conclusion")
        + p("The river still rises, and the town still remembers.")
    )
    return write_docx(path, body, footnotes={
        1: p("Town council minutes, 12 April 1950."),
        2: p("“We built what our grandparents described” (Okafor 17)."),
    })


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path, nargs="?",
                        default=REPO / "docs" / "import-report.png")
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=720)
    args = parser.parse_args(argv)

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from outliner.ui.app import make_application
    from outliner.ui.main_window import MainWindow

    app = make_application([sys.argv[0]])
    with tempfile.TemporaryDirectory() as scratch:
        draft = write_draft(Path(scratch) / "the-river.docx")
        settings = QSettings(str(Path(scratch) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(draft, settings=settings, recovery_folder=Path(scratch) / "rec",
                            offer_recovery=False)
        window.resize(args.width, args.height)
        window.show()
        window.view.expandAll()
        # Let the debounced preview render, as a person sees it.
        deadline = time.monotonic() + 2
        while (window.preview.is_pending() or window.preview.rebuild_count == 0) \
                and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.02)
        for _ in range(3):
            app.processEvents()
        print("\n".join(window.import_report.texts()))
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
