"""The wheel carries the icons and the sample essay, and the app installed
from it in a fresh virtual environment starts on the sample with its icons.

Slow (about 25 s with pip's cache warm, most of it installing PySide6;
deselect with ``-m "not slow"``) and it needs the package index, for the
build backend and for the wheel's dependencies: when a quick probe cannot
fetch setuptools from it (offline), the tests skip and say why.

The environment is a plain ``python -m venv``: run from the project's .venv
it is still built on the base interpreter, without --system-site-packages,
so nothing of the editable install (which maps ``outliner`` onto this
checkout) can answer an import. PySide6, pydantic and python-docx come from
the index like on a user's machine (pip's cache makes later runs quicker).
The wheel is built from a copy of the tree, because setuptools' build/
folder keeps files the tree no longer has.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

import outliner

REPO = Path(__file__).resolve().parent.parent
RESOURCES = REPO / "resources"

pytestmark = pytest.mark.slow

#: Not copied for the build: environments, caches and earlier builds.
_IGNORED = shutil.ignore_patterns(
    ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".*_cache",
    ".hypothesis", "tmp")


@dataclass
class Installed:
    wheel: Path
    venv: Path
    home: Path  # cwd of the installed app: outside the repository
    seconds: dict[str, float]

    def bin(self, name: str) -> Path:
        return self.venv / "bin" / name


def _env(**extra: str) -> dict[str, str]:
    """The environment without anything that points Python at this tree."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP", "VIRTUAL_ENV")}
    env.update(extra)
    return env


#: Bounds for the probe of the package index: offline, pip gives up quickly.
_PROBE_TIMEOUT_S = 60


def _index_unreachable(tmp: Path) -> str | None:
    """Why the package index cannot be used (pip cannot fetch setuptools, the
    build backend), or None when it can."""
    args = [sys.executable, "-m", "pip", "download", "--no-deps", "--disable-pip-version-check",
            "--timeout", "10", "--retries", "0", "--dest", str(tmp / "probe"), "setuptools"]
    try:
        done = subprocess.run(args, cwd=tmp, env=_env(), capture_output=True, text=True,
                              timeout=_PROBE_TIMEOUT_S, check=False)
    except subprocess.TimeoutExpired:
        return f"pip could not reach the package index within {_PROBE_TIMEOUT_S} s"
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["(no output)"])[-1]
        return f"pip could not fetch setuptools from the package index: {last}"
    return None


def _run(args: list[str | Path], cwd: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([str(a) for a in args], cwd=cwd, env=_env(**extra),
                          capture_output=True, text=True, timeout=900, check=False)
    assert done.returncode == 0, (
        f"{' '.join(map(str, args))} failed ({done.returncode}):\n"
        f"{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    return done


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Installed]:
    tmp = tmp_path_factory.mktemp("wheel")
    unreachable = _index_unreachable(tmp)
    if unreachable is not None:
        pytest.skip(f"needs the package index (build backend, dependencies): {unreachable}")
    seconds: dict[str, float] = {}
    started = time.monotonic()
    source = tmp / "source"
    shutil.copytree(REPO, source, ignore=_IGNORED)
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--disable-pip-version-check",
          "-w", tmp / "dist", source], cwd=tmp)
    (wheel,) = (tmp / "dist").glob("essay_outliner-*.whl")
    seconds["build"] = time.monotonic() - started

    started = time.monotonic()
    venv = tmp / "venv"
    _run([sys.executable, "-m", "venv", venv], cwd=tmp)
    _run([venv / "bin" / "python", "-m", "pip", "install", "--disable-pip-version-check",
          wheel], cwd=tmp)
    seconds["install"] = time.monotonic() - started
    home = tmp / "home"
    home.mkdir()
    yield Installed(wheel, venv, home, seconds)
    print(f"\nwheel test: build {seconds['build']:.0f} s, "
          f"venv and install {seconds['install']:.0f} s")


def test_wheel_lists_every_resource(installed: Installed) -> None:
    with zipfile.ZipFile(installed.wheel) as wheel:
        names = set(wheel.namelist())
    assert "outliner/resources/sample-essay.txt" in names
    assert "outliner/resources/icons/body.svg" in names
    for template in ("five-paragraph", "compare-and-contrast", "argumentative"):
        assert f"outliner/resources/templates/{template}.txt" in names
    wanted = {f"outliner/resources/{p.relative_to(RESOURCES).as_posix()}"
              for p in RESOURCES.rglob("*") if p.is_file() and "__pycache__" not in p.parts}
    assert wanted - names == set()
    # Every module of every subpackage (find_packages needs their __init__.py).
    modules = {p.relative_to(REPO).as_posix() for p in (REPO / "outliner").rglob("*.py")
               if "__pycache__" not in p.parts}
    assert modules - names == set()
    # Nothing lands beside the package, where the old code looked.
    assert not [n for n in names if n.startswith("resources/")]


def test_installed_app_opens_the_sample_with_its_icons(installed: Installed) -> None:
    home = installed.home
    script = home / "installed_app.py"
    shutil.copy(Path(__file__).parent / "support" / "installed_app.py", script)
    settings = home / "settings.ini"
    settings.write_text(f"[recovery]\nfolder={home / 'recovery'}\n", encoding="utf-8")
    # -I: no PYTHON* variables, no user site, not even the script's folder.
    done = _run([installed.bin("python"), "-I", script], cwd=home,
                QT_QPA_PLATFORM="offscreen", HOME=str(home), OUTLINER_SETTINGS=str(settings),
                XDG_CONFIG_HOME=str(home / ".config"), XDG_DATA_HOME=str(home / ".local"))
    report = json.loads(done.stdout.strip().splitlines()[-1])
    print(report)

    site = installed.venv / "lib"
    assert Path(report["outliner"]).is_relative_to(site), report["outliner"]
    assert Path(report["resources"]) == Path(report["outliner"]).parent / "resources"
    assert not Path(report["outliner"]).is_relative_to(REPO)
    assert report["exposed"]
    assert report["title"] == "Sample essay[*] — Essay Outliner"
    assert report["nodes"] > 10
    assert all(report["kind_icons"].values()), report["kind_icons"]
    assert report["row_icons"] and all(report["row_icons"]), report["row_icons"]
    assert "Traceback" not in done.stderr, done.stderr


def test_installed_command_reports_its_version(installed: Installed) -> None:
    done = _run([installed.bin("outliner"), "--version"], cwd=installed.home)
    assert done.stdout.strip() == f"outliner {outliner.__version__}"


def test_installed_window_command_starts_the_window(installed: Installed) -> None:
    # The gui-scripts entry: a program of its own (a window program on Windows).
    picture = installed.home / "window.png"
    settings = installed.home / "gui-settings.ini"
    settings.write_text(f"[recovery]\nfolder={installed.home / 'gui-recovery'}\n",
                        encoding="utf-8")
    _run([installed.bin("essay-outliner"), "--screenshot", picture], cwd=installed.home,
         QT_QPA_PLATFORM="offscreen", HOME=str(installed.home),
         OUTLINER_SETTINGS=str(settings))
    assert picture.stat().st_size > 0
