"""``make install-desktop`` (scripts/install_desktop.py) in a temporary home:
the files land in the XDG folders, the menu entry runs the installed
command, and xdg-mime then names the app for .essay files."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from outliner import APP_ID, MIME_TYPE
from tests.conftest import REPO

SCRIPT = REPO / "scripts" / "install_desktop.py"


def _home_env(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"),
               XDG_CONFIG_HOME=str(home / "config"), PYTHONPATH=str(REPO), **extra)
    return env


def _fake_command(folder: Path) -> Path:
    """An executable standing in for the installed window command."""
    folder.mkdir(parents=True)
    command = folder / "essay-outliner"
    command.write_text("#!/bin/sh\nexit 0\n", encoding="utf-8")
    command.chmod(command.stat().st_mode | stat.S_IXUSR)
    return command


def _install(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True,
                          text=True, env=_home_env(home), timeout=300, check=False)


def _xdg_mime(home: Path, *args: str, **extra: str) -> str:
    done = subprocess.run(["xdg-mime", "query", *args], capture_output=True, text=True,
                          env=_home_env(home, **extra), cwd=home, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


@pytest.fixture
def home(tmp_path: Path) -> Path:
    for tool, package in (("xdg-mime", "xdg-utils"),
                          ("update-mime-database", "shared-mime-info")):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} is not installed (Debian: {package})")
    home = tmp_path / "home"
    home.mkdir()
    return home


def test_install_makes_the_app_the_default_for_essay_files(home: Path) -> None:
    # A folder with a space: the Exec line must quote it.
    command = _fake_command(home / "My Apps" / "bin")
    done = _install(home, "--exec", str(command))
    assert done.returncode == 0, done.stdout + done.stderr
    data = home / "data"
    entry = data / "applications" / f"{APP_ID}.desktop"
    assert f'Exec="{command}" %f' in entry.read_text(encoding="utf-8").splitlines()
    for size in (16, 48, 512):
        assert (data / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    assert (data / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert (data / "mime" / "packages" / f"{APP_ID}.xml").is_file()

    assert _xdg_mime(home, "default", MIME_TYPE) == f"{APP_ID}.desktop"
    assert f"{MIME_TYPE}={APP_ID}.desktop" in (
        home / "config" / "mimeapps.list").read_text(encoding="utf-8")
    if shutil.which("desktop-file-validate"):
        checked = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True,
                                 text=True, timeout=60, check=False)
        assert (checked.returncode, checked.stdout) == (0, "")


def test_an_essay_file_has_the_type_after_install(home: Path) -> None:
    # xdg-mime's generic mode asks file(1), which knows no user MIME types;
    # its GNOME mode asks gio, which reads the shared-mime-info database.
    if shutil.which("gio") is None:
        pytest.skip("gio is not installed (Debian: libglib2.0-bin)")
    sample = home / "x.essay"
    sample.write_text('{"format": "essay-outliner", "version": 3}\n', encoding="utf-8")
    assert _xdg_mime(home, "filetype", str(sample), XDG_CURRENT_DESKTOP="GNOME") != MIME_TYPE
    done = _install(home, "--exec", str(_fake_command(home / "bin")))
    assert done.returncode == 0, done.stdout + done.stderr
    assert _xdg_mime(home, "filetype", str(sample), XDG_CURRENT_DESKTOP="GNOME") == MIME_TYPE


def test_without_an_installed_command_nothing_is_written(home: Path) -> None:
    done = _install(home, "--exec", str(home / "missing" / "essay-outliner"))
    assert done.returncode == 1
    assert "is not an executable file" in done.stderr
    assert "Traceback" not in done.stderr
    assert not (home / "data").exists()


def test_by_default_the_menu_runs_the_command_beside_this_python(home: Path) -> None:
    beside = Path(sys.executable).parent / "essay-outliner"
    if not beside.is_file():
        pytest.skip(f"{beside} is not installed (pip install -e . makes it)")
    done = _install(home)
    assert done.returncode == 0, done.stdout + done.stderr
    entry = home / "data" / "applications" / f"{APP_ID}.desktop"
    assert f"Exec={beside} %f" in entry.read_text(encoding="utf-8").splitlines()


def test_make_runs_the_script() -> None:
    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    done = subprocess.run(["make", "-n", "install-desktop", "EXEC=/opt/x/essay-outliner"],
                          cwd=REPO, capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert "scripts/install_desktop.py --exec /opt/x/essay-outliner" in done.stdout
