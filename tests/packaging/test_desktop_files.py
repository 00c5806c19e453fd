"""The desktop entry and the AppStream metainfo pass the freedesktop
validators (where they are installed: .ci/run installs them), and the MIME
definition is one update-mime-database accepts."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from outliner import APP_ID
from tests.conftest import REPO

PACKAGING = REPO / "packaging"


def _tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (Debian: {package})")
    return path


def _run(args: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, timeout=120, check=False)


def test_desktop_file_validate_is_clean() -> None:
    tool = _tool("desktop-file-validate", "desktop-file-utils")
    done = _run([tool, str(PACKAGING / f"{APP_ID}.desktop")])
    # It prints nothing at all for a clean file: no error, warning or hint.
    assert (done.returncode, done.stdout + done.stderr) == (0, "")


def test_appstreamcli_validate_is_clean() -> None:
    tool = _tool("appstreamcli", "appstream")
    done = _run([tool, "validate", "--no-net", "--no-color",
                 str(PACKAGING / f"{APP_ID}.metainfo.xml")])
    assert done.returncode == 0, done.stdout + done.stderr
    # Errors, warnings and infos are lines "E:", "W:", "I:"; pedantic notes
    # ("P:", such as the capitals of the reverse-DNS id) are not shown without --pedantic.
    issues = [line for line in done.stdout.splitlines() if line[:2] in ("E:", "W:", "I:")]
    assert issues == []


def test_update_mime_database_reads_the_type(tmp_path: Path) -> None:
    tool = _tool("update-mime-database", "shared-mime-info")
    packages = tmp_path / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copy(PACKAGING / f"{APP_ID}.mime.xml", packages / f"{APP_ID}.xml")
    done = subprocess.run([tool, str(tmp_path / "mime")], capture_output=True, text=True,
                          timeout=120, check=False,
                          env={**os.environ, "XDG_DATA_HOME": str(tmp_path)})
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip() == ""  # no complaint about the XML
    globs = (tmp_path / "mime" / "globs2").read_text(encoding="utf-8")
    assert "application/x-essay-outliner:*.essay" in globs
    subclasses = (tmp_path / "mime" / "subclasses").read_text(encoding="utf-8")
    assert "application/x-essay-outliner application/json" in subclasses
    icons = (tmp_path / "mime" / "icons").read_text(encoding="utf-8")
    assert f"application/x-essay-outliner:{APP_ID}" in icons
