"""``make bundle``'s PyInstaller one-folder app, built once into a temporary
folder from this tree, run with nothing of this machine's Python: an empty
environment whose PATH is the bundle's folder alone, no PYTHONHOME, a
temporary HOME. It says its version, opens the sample in its window
offscreen (and saves a picture of it), and exports a .docx that python-docx
reads back with the sample's words.

Slow (about 20 s to build on two cores); skipped where PyInstaller is not
installed (the test extra installs it)."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

import outliner
from outliner.ui.icons import KIND_COLOURS
from tests.conftest import REPO

pytestmark = pytest.mark.slow

SPEC = REPO / "packaging" / "essay-outliner.spec"
SAMPLE = REPO / "resources" / "sample-essay.txt"


@dataclass
class Bundle:
    folder: Path
    home: Path

    @property
    def executable(self) -> Path:
        return self.folder / "essay-outliner"

    def env(self) -> dict[str, str]:
        """Nothing but the bundle on PATH: no python3 to fall back on."""
        return {"PATH": str(self.folder), "HOME": str(self.home),
                "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}

    def run(self, *args: str | Path) -> subprocess.CompletedProcess[str]:
        done = subprocess.run([str(self.executable), *map(str, args)], env=self.env(),
                              cwd=self.home, capture_output=True, text=True, timeout=300,
                              check=False)
        assert done.returncode == 0, f"{args} failed:\n{done.stdout}\n{done.stderr}"
        assert "Traceback" not in done.stderr, done.stderr
        return done


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Bundle]:
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.skip("PyInstaller is not installed (pip install -e '.[test]' installs it)")
    if shutil.which("objdump") is None:
        pytest.skip("PyInstaller needs objdump on Linux (Debian: binutils)")
    tmp = tmp_path_factory.mktemp("bundle")
    done = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--distpath", str(tmp / "dist"),
         "--workpath", str(tmp / "build"), str(SPEC)],
        cwd=tmp, capture_output=True, text=True, timeout=1200, check=False)
    assert done.returncode == 0, done.stderr[-4000:]
    home = tmp / "home"
    home.mkdir()
    yield Bundle(tmp / "dist" / "essay-outliner", home)


def test_the_bundle_says_its_version(bundle: Bundle) -> None:
    assert bundle.run("--version").stdout.strip() == f"outliner {outliner.__version__}"


def test_the_bundle_carries_its_python_the_resources_and_the_qt_plugins(bundle: Bundle) -> None:
    internal = bundle.folder / "_internal"
    assert list(internal.glob("libpython3*.so*"))
    resources = internal / "outliner" / "resources"
    assert (resources / "sample-essay.txt").read_bytes() == SAMPLE.read_bytes()
    assert (resources / "icons" / "app.svg").is_file()
    if (REPO / "resources" / "translations").is_dir():
        assert (resources / "translations").is_dir()
    plugins = internal / "PySide6" / "Qt" / "plugins"
    for plugin in ("platforms/libqoffscreen.so", "platforms/libqxcb.so",
                   "imageformats/libqsvg.so", "iconengines/libqsvgicon.so"):
        assert (plugins / plugin).is_file(), plugin
    assert (internal / "docx" / "templates" / "default.docx").is_file()
    assert list((internal / "spellchecker" / "resources").glob("en.json*"))


def _near(colour: tuple[int, int, int], hex_colour: str) -> bool:
    want = tuple(int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    return all(abs(a - b) <= 6 for a, b in zip(colour, want, strict=True))


def test_the_bundle_opens_the_sample_in_its_window(bundle: Bundle) -> None:
    from PySide6.QtGui import QImage

    picture = bundle.home / "window.png"
    bundle.run(bundle.folder / "_internal" / "outliner" / "resources" / "sample-essay.txt",
               "--screenshot", picture)
    image = QImage(str(picture))
    assert not image.isNull()
    assert image.width() >= 600 and image.height() >= 400
    # The outline's kind icons are drawn from the bundled SVGs: each kind of
    # the sample shows its colour somewhere in the window.
    seen = set()
    for y in range(0, image.height(), 2):
        for x in range(0, min(image.width(), 500), 2):
            c = image.pixelColor(x, y)
            for kind, hex_colour in KIND_COLOURS.items():
                if _near((c.red(), c.green(), c.blue()), hex_colour):
                    seen.add(kind.value)
    assert {"intro", "thesis", "body", "quote", "conclusion"} <= seen


def test_the_bundles_process_maps_no_python_of_this_machine(bundle: Bundle) -> None:
    """While the window is up, every Python library the process has loaded
    lies inside the bundle."""
    process = subprocess.Popen([str(bundle.executable)], env=bundle.env(), cwd=bundle.home,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    maps = Path(f"/proc/{process.pid}/maps")
    try:
        mapped: set[str] = set()
        # Wait (by polling, not by a deadline in the assertion) for the window's
        # libraries: the Widgets module is loaded once the window is being made.
        for _ in range(600):
            if process.poll() is not None:
                break
            mapped = {line.split(maxsplit=5)[-1] for line in maps.read_text().splitlines()
                      if line.count(" ") >= 5 and "/" in line}
            if any("QtWidgets" in path for path in mapped):
                break
            time.sleep(0.1)
        assert process.poll() is None, process.stderr.read() if process.stderr else ""
    finally:
        process.terminate()
        process.wait(timeout=60)
    pythons = [p for p in mapped if re.search(r"python3|\.cpython-|site-packages", p)]
    assert pythons, mapped
    outside = [p for p in pythons if not Path(p).is_relative_to(bundle.folder)]
    assert outside == []
    # Nor anything of the Python running these tests: its library folder, its venv.
    stdlib = Path(sys.base_prefix) / "lib" / f"python{sys.version_info[0]}.{sys.version_info[1]}"
    here = [stdlib, Path(sys.prefix)] if sys.prefix != sys.base_prefix else [stdlib]
    assert not [p for p in mapped if any(Path(p).is_relative_to(m) for m in here)]


def test_the_bundle_exports_the_sample_to_word(bundle: Bundle) -> None:
    from docx import Document

    out = bundle.home / "essay.docx"
    bundle.run("export", bundle.folder / "_internal" / "outliner" / "resources" /
               "sample-essay.txt", "-o", out)
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    words = set(re.findall(r"[A-Za-z]+", text))
    # The two written paragraphs of the sample, every word of them.
    prose = SAMPLE.read_text(encoding="utf-8").splitlines()[6:8]
    assert prose[0].startswith("Mary Shelley wrote Frankenstein")
    missing = set(re.findall(r"[A-Za-z]+", " ".join(prose))) - words
    assert missing == set()
    assert "What Knowledge Costs in Frankenstein" in text
