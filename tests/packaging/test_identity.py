"""One application id everywhere: the desktop entry, the icons, the MIME
type, the AppStream metainfo, the bundle and the running app all name
``outliner.APP_ID``; the metainfo's release is the package's version."""

from __future__ import annotations

import configparser
import os
import plistlib
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

from PySide6.QtGui import QImage

import outliner
from outliner import APP_ID, MIME_TYPE
from tests.conftest import REPO

PACKAGING = REPO / "packaging"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(PACKAGING / f"{APP_ID}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_id_is_reverse_dns() -> None:
    assert re.fullmatch(r"[a-z]+(\.[a-z][a-z0-9]*)+\.[A-Za-z][A-Za-z0-9]*", APP_ID)
    assert APP_ID == "org.essayoutliner.EssayOutliner"


def test_the_desktop_entry_is_named_and_iconed_by_the_id() -> None:
    entry = desktop_entry()
    assert entry["Icon"] == APP_ID
    assert MIME_TYPE in entry["MimeType"].split(";")
    assert entry["Exec"].split()[0] == "essay-outliner"  # the gui-scripts command
    assert [p.name for p in PACKAGING.glob("*.desktop")] == [f"{APP_ID}.desktop"]


def test_the_mime_type_globs_essay_files_under_json_with_the_ids_icon() -> None:
    root = ET.parse(PACKAGING / f"{APP_ID}.mime.xml").getroot()
    [mime] = root.findall(f"{MIME_NS}mime-type")
    assert mime.get("type") == MIME_TYPE
    assert [g.get("pattern") for g in mime.findall(f"{MIME_NS}glob")] == ["*.essay"]
    assert mime.find(f"{MIME_NS}sub-class-of").get("type") == "application/json"  # type: ignore[union-attr]
    assert mime.find(f"{MIME_NS}icon").get("name") == APP_ID  # type: ignore[union-attr]


def test_the_metainfo_names_the_id_the_desktop_file_the_type_and_this_version() -> None:
    root = ET.parse(PACKAGING / f"{APP_ID}.metainfo.xml").getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    assert root.findtext("provides/mediatype") == MIME_TYPE
    assert root.findtext("provides/binary") == "essay-outliner"
    releases = root.findall("releases/release")
    assert [r.get("version") for r in releases] == [outliner.__version__]
    assert root.find("content_rating") is not None
    [image] = root.findall("screenshots/screenshot/image")
    assert (image.text or "").startswith("https://")
    assert (image.text or "").endswith("/docs/screenshot.png")
    assert (REPO / "docs" / "screenshot.png").is_file()


def test_the_hicolor_pngs_exist_at_every_size_and_are_that_size() -> None:
    for size in SIZES:
        png = PACKAGING / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        image = QImage(str(png))
        assert not image.isNull(), png
        assert (image.width(), image.height()) == (size, size)
        assert image.pixelColor(size // 2, size // 2).alpha() == 255  # drawn, not blank
    assert (REPO / "resources" / "icons" / "app.svg").is_file()


def test_the_bundle_and_the_mac_plist_use_the_id() -> None:
    spec = (PACKAGING / "essay-outliner.spec").read_text(encoding="utf-8")
    assert APP_ID in spec
    with (PACKAGING / "macos" / "Info.plist").open("rb") as handle:
        plist = plistlib.load(handle)
    assert plist["CFBundleIdentifier"] == APP_ID
    assert plist["CFBundleShortVersionString"] == outliner.__version__
    [document] = plist["CFBundleDocumentTypes"]
    [exported] = plist["UTExportedTypeDeclarations"]
    assert exported["UTTypeIdentifier"] in document["LSItemContentTypes"]
    assert exported["UTTypeTagSpecification"]["public.filename-extension"] == ["essay"]
    assert exported["UTTypeTagSpecification"]["public.mime-type"] == [MIME_TYPE]
    assert "public.json" in exported["UTTypeConformsTo"]
    iss = (PACKAGING / "windows" / "essay-outliner.iss").read_text(encoding="utf-8")
    assert f'#define AppVersion "{outliner.__version__}"' in iss
    assert APP_ID in iss


def test_the_running_app_says_its_desktop_file_name() -> None:
    # A fresh process: the test session's QApplication was made without the app's names.
    script = ("from outliner.ui.app import make_application; app = make_application(); "
              "print(app.desktopFileName(), app.organizationName(), app.applicationName(), "
              "app.applicationDisplayName(), sep='|')")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, cwd=REPO,
                          timeout=120, check=True)
    desktop, organization, name, display = done.stdout.strip().splitlines()[-1].split("|")
    assert desktop == APP_ID
    assert display == "Essay Outliner"
    assert (organization, name) == ("essay-outliner", "essay-outliner")  # no spaces
