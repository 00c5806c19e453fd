"""`make screenshot` (scripts/screenshot.py) writes the README's pictures,
each a real rendering; the MLA page only where LibreOffice and pdftoppm are."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

REPO = Path(__file__).resolve().parent.parent
PICTURES = ("screenshot.png", "start-page.png", "draft-dialog.png", "export-dialog.png",
            "book-check.png")


def _varied(image: QImage) -> bool:
    """Many colours over a grid of points: something is drawn, not a blank."""
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7)
               for y in range(0, image.height(), 7)}
    return len(colours) > 8


@pytest.mark.soffice
def test_make_screenshot_writes_every_picture(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    done = subprocess.run([sys.executable, str(REPO / "scripts" / "screenshot.py"),
                           str(tmp_path)], env=env, capture_output=True, text=True,
                          timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    pictures = list(PICTURES)
    if shutil.which("soffice") and shutil.which("pdftoppm"):
        pictures.append("mla-page.png")
    else:
        assert "mla-page.png skipped" in done.stderr
    for name in pictures:
        image = QImage(str(tmp_path / name))
        assert not image.isNull(), name
        assert image.width() >= 400 and image.height() >= 250, name
        assert _varied(image), name
    main = QImage(str(tmp_path / "screenshot.png"))
    assert (main.width(), main.height()) == (1280, 800)
