"""Render the app icon (resources/icons/app.svg) as the PNGs of the hicolor
icon theme, packaging/icons/hicolor/NxN/apps/APP_ID.png, with Qt's own SVG
renderer (no other tool needed). Run it after changing the SVG; the PNGs
are committed.

    QT_QPA_PLATFORM=offscreen python scripts/render_icons.py [OUT_FOLDER]
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from outliner import APP_ID
from outliner.assets import resource_path

#: The sizes desktops ask the hicolor theme for.
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
DEFAULT_OUT = Path(__file__).resolve().parent.parent / "packaging" / "icons" / "hicolor"


def render(svg: Path, out: Path, sizes: tuple[int, ...] = SIZES) -> list[Path]:
    """One PNG per size under ``out``; the paths written."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not an SVG Qt can draw")
    written = []
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = out / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target)):
            raise SystemExit(f"{target}: cannot write the PNG")
        written.append(target)
    return written


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUT
    for path in render(resource_path("icons", "app.svg"), out):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
