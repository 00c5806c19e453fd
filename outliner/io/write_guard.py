"""May we write here? The one rule for every command and window that writes
a file: never over a file the writer gave us to read (the draft, the essay,
the template), and tell the caller when an existing file would be replaced,
so it can ask first (the window) or want ``--force`` (the command line)."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from outliner.io.atomic import backup_path as backup_of_target
from outliner.io.atomic import real_target
from outliner.io.errors import DocumentError

#: How many "(essay N)" names a proposal tries before it gives up avoiding
#: existing files (the question before replacing still protects them).
MAX_PROPOSALS = 100


@dataclass(frozen=True)
class Keep:
    """A file that must not be written over, and what it is to the writer."""

    path: Path
    what: str  # "the file being exported", "the template", ...
    advice: str = "choose another name"


def same_file(a: Path, b: Path) -> bool:
    """True when ``a`` and ``b`` are one file: also through a symlink, a hard
    link, ``./`` or ``..``, or a different case on a case-insensitive disk."""
    try:
        return os.path.samefile(a, b)  # st_dev and st_ino: links and case
    except (OSError, ValueError):  # one of them is missing: compare the names
        return _spelled(a) == _spelled(b)


def backup_path(path: Path) -> Path:
    """Where replacing ``path`` keeps the old version: atomic_write's backup,
    beside the real file when ``path`` is a symbolic link."""
    return backup_of_target(real_target(path))


def check_output(path: Path, keep: Iterable[Keep | None] = ()) -> bool:
    """Raise DocumentError when writing ``path`` would destroy a file in
    ``keep`` (or its folder-ness makes it no file at all); otherwise True
    when ``path`` exists and writing would replace it, False for a new file."""
    path = Path(path)
    kept = [k for k in keep if k is not None]
    if path.is_dir():
        raise DocumentError(path, "is a folder, not a file; choose a file name")
    for k in kept:
        if same_file(path, k.path):
            raise DocumentError(path, f"{_is(path, k)}; writing there would destroy it, "
                                      f"{k.advice}")
    if not path.exists():
        return False
    backup = backup_path(path)
    for k in kept:
        if same_file(backup, k.path):
            raise DocumentError(path, f"replacing it would put its backup in {backup.name}, "
                                      f"which {_is(backup, k)}; {k.advice}")
    return True


def free_name(folder: Path, stem: str, suffix: str, keep: Iterable[Path | None] = (),
              tag: str = "essay") -> Path:
    """A file name to propose: ``stem + suffix`` when that is neither a kept
    file nor an existing one, else "stem (essay).docx", "stem (essay 2).docx"..."""
    kept = [p for p in keep if p is not None]
    fallback: Path | None = None
    for number in range(1, MAX_PROPOSALS + 1):
        label = "" if number == 1 else f" ({tag})" if number == 2 else f" ({tag} {number - 1})"
        candidate = folder / f"{stem}{label}{suffix}"
        if any(same_file(candidate, p) for p in kept):
            continue
        if not candidate.exists():
            return candidate
        fallback = fallback or candidate
    # All taken: an existing file, never a kept one; replacing it asks first.
    return fallback or folder / f"{stem} ({tag} {MAX_PROPOSALS}){suffix}"


def _is(path: Path, k: Keep) -> str:
    if _spelled(path) == _spelled(k.path):
        return f"is {k.what}"
    return f"is the same file as {k.path}, {k.what}"


def _spelled(path: Path) -> str:
    return os.path.normcase(os.path.realpath(path))
