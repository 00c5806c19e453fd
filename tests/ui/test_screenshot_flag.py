"""``outliner --screenshot PICTURE FILE``, the check that a build really
opens a file: the picture shows the window with its preview written, not an
empty pane (the preview renders after a pause)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

from tests.conftest import REPO


def _dark_pixels(image: QImage, left: float, right: float) -> int:
    """Pixels darker than mid-grey in the band between the fractions of the
    width ``left`` and ``right`` (sampled every fourth pixel)."""
    count = 0
    for x in range(int(image.width() * left), int(image.width() * right), 4):
        for y in range(80, image.height() - 40, 4):
            if image.pixelColor(x, y).lightness() < 100:
                count += 1
    return count


def test_the_picture_shows_the_preview_written(tmp_path: Path) -> None:
    picture = tmp_path / "window.png"
    settings = tmp_path / "settings.ini"
    settings.write_text(f"[recovery]\nfolder={tmp_path / 'recovery'}\n", encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
           "OUTLINER_SETTINGS": str(settings)}
    done = subprocess.run(
        [sys.executable, "-m", "outliner", "--screenshot", str(picture),
         str(REPO / "resources" / "sample-essay.txt")],
        capture_output=True, text=True, timeout=300, env=env, check=False)
    assert done.returncode == 0, done.stderr
    image = QImage(str(picture))
    assert not image.isNull()
    # The preview is the right-hand pane: its text is many dark pixels.
    assert _dark_pixels(image, 0.70, 0.97) > 500
