"""Install the desktop integration for one user: the desktop entry, the app
icon (SVG and the hicolor PNGs), the .essay MIME type and the AppStream
metainfo, into $XDG_DATA_HOME (else ~/.local/share); refresh the caches
where their tools exist; and make the app the default for .essay files.

    python scripts/install_desktop.py [--exec COMMAND] [--data-home DIR]

The desktop entry runs COMMAND, by default the ``essay-outliner`` command
beside the Python running this (a virtual environment's), so the menu starts
the very install this was run from; pass the bundle's executable to use it.
``make install-desktop`` runs this with the project's .venv.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from outliner import APP_ID, MIME_TYPE

REPO = Path(__file__).resolve().parent.parent
PACKAGING = REPO / "packaging"
APP_SVG = REPO / "resources" / "icons" / "app.svg"
GUI_COMMAND = "essay-outliner"

#: Characters that make the desktop entry spec ask for a quoted argument.
_RESERVED = re.compile(r"[\s\"'\\><~|&;$*?#()`]")


def data_home() -> Path:
    """$XDG_DATA_HOME, or its default ~/.local/share."""
    raw = os.environ.get("XDG_DATA_HOME", "")
    return Path(raw) if os.path.isabs(raw) else Path.home() / ".local" / "share"


def default_command() -> Path:
    """The window command installed beside this Python (not resolved: a
    virtual environment's python is a link to the system's)."""
    return Path(sys.executable).parent / GUI_COMMAND


def exec_line(command: Path) -> str:
    """The desktop entry's Exec value for ``command`` opening one file."""
    text = str(command)
    if _RESERVED.search(text):
        escaped = re.sub(r'(["`$\\])', r"\\\1", text)
        text = f'"{escaped}"'.replace("\\", "\\\\")  # the value itself is escaped once more
    return f"{text} %f"


def desktop_entry(command: Path) -> str:
    """packaging's desktop entry with Exec naming ``command``."""
    source = (PACKAGING / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    lines = []
    for line in source.splitlines():
        if line.startswith("Exec="):
            lines.append(f"Exec={exec_line(command)}")
            continue
        lines.append(line)
    return "\n".join(lines) + "\n"


def _copy(source: Path, target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    return target


def install_files(data: Path, command: Path) -> list[Path]:
    """Write every file under ``data``; the paths written."""
    written = []
    entry = data / "applications" / f"{APP_ID}.desktop"
    entry.parent.mkdir(parents=True, exist_ok=True)
    entry.write_text(desktop_entry(command), encoding="utf-8")
    written.append(entry)
    icons = data / "icons" / "hicolor"
    for png in sorted((PACKAGING / "icons" / "hicolor").glob(f"*/apps/{APP_ID}.png")):
        written.append(_copy(png, icons / png.relative_to(PACKAGING / "icons" / "hicolor")))
    written.append(_copy(APP_SVG, icons / "scalable" / "apps" / f"{APP_ID}.svg"))
    written.append(_copy(PACKAGING / f"{APP_ID}.mime.xml",
                         data / "mime" / "packages" / f"{APP_ID}.xml"))
    written.append(_copy(PACKAGING / f"{APP_ID}.metainfo.xml",
                         data / "metainfo" / f"{APP_ID}.metainfo.xml"))
    return written


def _run(args: list[str]) -> str | None:
    """Run a tool if it is installed; a line saying what happened."""
    if shutil.which(args[0]) is None:
        return f"{args[0]}: not installed, skipped"
    done = subprocess.run(args, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        return f"{args[0]}: failed ({done.stderr.strip() or done.returncode})"
    return None


def refresh(data: Path) -> list[str]:
    """Update the MIME, desktop and icon caches and set the default
    application for .essay files; lines about what could not be done."""
    steps = [
        ["update-mime-database", str(data / "mime")],
        ["update-desktop-database", "--quiet", str(data / "applications")],
        ["gtk-update-icon-cache", "--quiet", "--force", "--ignore-theme-index",
         str(data / "icons" / "hicolor")],
        ["xdg-mime", "default", f"{APP_ID}.desktop", MIME_TYPE],
    ]
    return [line for line in (_run(step) for step in steps) if line]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--exec", dest="command", type=Path, default=None,
                        help=f"the command the menu runs (default: {default_command()})")
    parser.add_argument("--data-home", type=Path, default=None,
                        help=f"where to install (default: {data_home()})")
    args = parser.parse_args(argv)
    command = (args.command or default_command()).absolute()
    if not (command.is_file() and os.access(command, os.X_OK)):
        print(f"install_desktop: {command} is not an executable file; "
              "install the app first (pip install .) or pass --exec", file=sys.stderr)
        return 1
    data = (args.data_home or data_home()).absolute()
    for path in install_files(data, command):
        print(path)
    problems = refresh(data)
    for line in problems:
        print(f"install_desktop: {line}", file=sys.stderr)
    print(f"{APP_ID} installed for this user; it opens .essay files with {command}.")
    return 1 if any("failed" in line for line in problems) else 0


if __name__ == "__main__":
    sys.exit(main())
