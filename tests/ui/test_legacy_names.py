"""The first start under the names without spaces moves the settings file
and the data folder (recovery copies, personal dictionary) of earlier
versions, once, and never over newer files. Each start runs in its own
process with a temporary HOME, as Qt reads the settings paths once."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from outliner.ui.legacy_names import old_data_folder
from tests.conftest import REPO

OLD_CONF = Path(".config") / "EssayOutliner" / "Essay Outliner.conf"
NEW_CONF = Path(".config") / "essay-outliner" / "essay-outliner.conf"
OLD_DATA = Path(".local") / "share" / "EssayOutliner" / "Essay Outliner"
NEW_DATA = Path(".local") / "share" / "essay-outliner" / "essay-outliner"


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("XDG_") and k != "OUTLINER_SETTINGS"}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
    return env


def _outliner(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([sys.executable, "-m", "outliner", *args], cwd=home, env=_env(home),
                          capture_output=True, text=True, timeout=300, check=False)
    assert "Traceback" not in done.stderr, done.stderr
    return done


def _old_files(home: Path) -> None:
    conf = home / OLD_CONF
    conf.parent.mkdir(parents=True)
    conf.write_text("[files]\nlast_folder=/tmp/essays\n\n[recovery]\ninterval_ms=45000\n",
                    encoding="utf-8")
    (home / OLD_DATA / "recovery").mkdir(parents=True)
    (home / OLD_DATA / "recovery" / "123-copy.essay").write_text("{}", encoding="utf-8")
    (home / OLD_DATA / "spelling").mkdir()
    (home / OLD_DATA / "spelling" / "dictionary.txt").write_text("Okafor\n", encoding="utf-8")


@pytest.fixture
def home(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    home.mkdir()
    _old_files(home)
    return home


def test_the_first_window_moves_the_old_settings_and_data_folder(home: Path) -> None:
    done = _outliner(home, "--screenshot", str(home / "shot.png"))
    assert done.returncode == 0, done.stderr
    conf = (home / NEW_CONF).read_text(encoding="utf-8")
    assert "last_folder=/tmp/essays" in conf
    assert "interval_ms=45000" in conf
    assert not (home / OLD_CONF).exists()
    assert not (home / OLD_CONF).parent.exists()
    assert (home / NEW_DATA / "recovery" / "123-copy.essay").read_text(encoding="utf-8") == "{}"
    assert (home / NEW_DATA / "spelling" / "dictionary.txt").read_text(
        encoding="utf-8") == "Okafor\n"
    assert not (home / OLD_DATA).exists()
    assert not [p for p in home.rglob("*") if " " in p.name]


def test_a_command_moves_the_data_folder_it_reads(home: Path) -> None:
    sample = REPO / "resources" / "sample-essay.txt"
    _outliner(home, "check", str(sample))
    assert (home / NEW_DATA / "spelling" / "dictionary.txt").is_file()
    assert not (home / OLD_DATA).exists()
    assert (home / OLD_CONF).is_file()  # the window's settings wait for the window


def test_newer_files_are_never_overwritten(home: Path) -> None:
    (home / NEW_CONF).parent.mkdir(parents=True)
    (home / NEW_CONF).write_text("[files]\nlast_folder=/tmp/new\n", encoding="utf-8")
    (home / NEW_DATA / "spelling").mkdir(parents=True)
    (home / NEW_DATA / "spelling" / "dictionary.txt").write_text("Rivera\n", encoding="utf-8")
    done = _outliner(home, "--screenshot", str(home / "shot.png"))
    assert done.returncode == 0, done.stderr
    conf = (home / NEW_CONF).read_text(encoding="utf-8")
    assert "last_folder=/tmp/new" in conf
    assert "45000" not in conf
    assert (home / OLD_CONF).is_file()  # left where it was, not lost
    assert (home / NEW_DATA / "spelling" / "dictionary.txt").read_text(
        encoding="utf-8") == "Rivera\n"
    assert (home / OLD_DATA / "spelling" / "dictionary.txt").read_text(
        encoding="utf-8") == "Okafor\n"


def test_the_old_folder_is_only_guessed_beside_a_folder_of_the_new_names(
        tmp_path: Path) -> None:
    assert old_data_folder(tmp_path / "essay-outliner" / "essay-outliner") == (
        tmp_path / "EssayOutliner" / "Essay Outliner")
    assert old_data_folder(tmp_path / "elsewhere" / "essay-outliner") is None
    assert old_data_folder(tmp_path / "essay-outliner" / "other") is None
