"""Temporary files an interrupted save left beside an .essay file.

``atomic_write`` writes the new version to ``.NAME.XXXXXXXX.tmp`` and then
renames it over NAME. A crash between the two leaves the only copy of the
new version in that hidden file; a crash while the backup is copied leaves a
``.NAME.XXXXXXXX.bak.tmp``. Before a file is opened, ``scan_leftovers``
sorts what it finds:

- ``newer``: complete versions (they load) that the file does not hold yet;
  offer them back;
- ``stale``: an intact file at least as new exists (or, for a backup copy,
  an intact file at all); safe to delete;
- ``kept``: cannot be read and nothing intact replaces them; keep them and
  say so.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from outliner.io.atomic import (
    BACKUP_TEMP_SUFFIX,
    atomic_write,
    backup_path,
    real_target,
    temp_name_pattern,
)
from outliner.io.errors import DocumentError
from outliner.io.reading import ESSAY_FILE, read_limited

#: Leftovers looked at per file, newest first (a folder full of them is not
#: worth reading whole before every open).
MAX_LEFTOVERS = 20


@dataclass(frozen=True)
class Leftover:
    """One temporary file left by an interrupted save."""

    path: Path
    modified_ns: int
    is_backup_copy: bool  # a .bak.tmp: a copy of the file as it was before a save

    @property
    def saved_at(self) -> datetime:
        """When it was written (its modification time, local time)."""
        return datetime.fromtimestamp(self.modified_ns / 1e9)


@dataclass
class LeftoverScan:
    """The leftovers of one file, sorted by what to do with them."""

    file_is_intact: bool  # the file itself exists and loads
    newer: list[Leftover] = field(default_factory=list)  # newest first
    stale: list[Leftover] = field(default_factory=list)
    kept: list[Leftover] = field(default_factory=list)


def _found(target: Path) -> list[Leftover]:
    pattern = temp_name_pattern(target)
    found: list[Leftover] = []
    try:
        with os.scandir(target.parent) as entries:
            for entry in entries:
                if not pattern.fullmatch(entry.name):
                    continue
                with contextlib.suppress(OSError):
                    if entry.is_file(follow_symlinks=False):
                        found.append(Leftover(Path(entry.path), entry.stat().st_mtime_ns,
                                              entry.name.endswith(BACKUP_TEMP_SUFFIX)))
    except OSError:
        return []  # an unreadable folder: opening the file will say so
    found.sort(key=lambda leftover: leftover.modified_ns, reverse=True)
    return found[:MAX_LEFTOVERS]


def _loads(path: Path) -> bool:
    from outliner.io.essay.file import load_essay

    try:
        load_essay(path)
    except DocumentError:
        return False
    return True


def _bytes_or_none(path: Path) -> bytes | None:
    try:
        return read_limited(path, ESSAY_FILE)
    except DocumentError:
        return None


def scan_leftovers(path: Path) -> LeftoverScan:
    """The leftovers of the .essay file ``path`` (through symbolic links, as
    saves go). Other files are not looked at; DocumentError only for a loop
    of links."""
    target = real_target(Path(path))
    if target.suffix.lower() != ".essay":
        return LeftoverScan(file_is_intact=True)
    found = _found(target)
    if not found:
        return LeftoverScan(file_is_intact=True)
    intact = _loads(target)
    scan = LeftoverScan(file_is_intact=intact)
    current = _bytes_or_none(target) if intact else None
    file_ns = target.stat().st_mtime_ns if intact else 0
    for leftover in found:
        if intact and (leftover.is_backup_copy or leftover.modified_ns <= file_ns):
            # A backup copy holds the file as it was before a save: the intact
            # file is that version or a newer one.
            scan.stale.append(leftover)
        elif not _loads(leftover.path):
            scan.kept.append(leftover)  # perhaps a save still being written
        elif leftover.is_backup_copy:
            scan.kept.append(leftover)  # the old version; the file is broken
        elif current is not None and _bytes_or_none(leftover.path) == current:
            scan.stale.append(leftover)  # the same text was put in place after all
        else:
            scan.newer.append(leftover)
    return scan


def put_in_place(path: Path, leftover: Leftover) -> None:
    """Finish the interrupted save: ``leftover`` becomes the file and the file
    as it was is kept as FILE.bak (a file that no longer loads does not
    replace an existing .bak). DocumentError if it cannot be done."""
    data = read_limited(leftover.path, ESSAY_FILE)
    target = real_target(Path(path))
    keep_current = _loads(target) or not backup_path(target).exists()
    atomic_write(Path(path), data, backup=keep_current and target.exists())
    discard_leftovers([leftover])


def discard_leftovers(leftovers: list[Leftover]) -> list[Leftover]:
    """Delete ``leftovers``; returns those that could not be deleted."""
    failed: list[Leftover] = []
    for leftover in leftovers:
        try:
            leftover.path.unlink()
        except FileNotFoundError:
            pass
        except OSError:
            failed.append(leftover)
    return failed
