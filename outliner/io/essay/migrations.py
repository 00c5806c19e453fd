"""Upgrading older .essay files, one format version at a time.

A file is read as a plain dict first; every step ``MIGRATIONS[n]`` turns a
version-``n`` dict into a version-``n + 1`` dict, and the chain runs until
the dict is at ``CURRENT_VERSION``. Only then is it validated, so the models
in ``io.essay.schema`` only ever describe the current version.

To change the format: bump ``CURRENT_VERSION``, register the step from the
previous version here, and add ``tests/fixtures/essay/v{N}.essay`` holding
the same essay as ``v1.essay`` written in the new format (the test suite
refuses to pass until that fixture exists and loads to that essay). Keep
the older fixtures: they prove the migration chain still works. Then run
``scripts/write_schema.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

#: The value of the ``format`` key that marks an Essay Outliner file.
FORMAT_NAME = "essay-outliner"

#: The format version this program writes, and the newest it reads.
CURRENT_VERSION = 4

RawFile = dict[str, Any]


def _v1_to_v2(data: RawFile) -> RawFile:
    """Version 2 gave sources an id and a type (and fields, all empty in a
    version-1 file, whose sources are free text). The ids are numbered, so
    migrating the same file twice gives the same ids. Anything that is not
    a list of objects is left for validation to refuse."""
    sources = data.get("sources")
    if isinstance(sources, list):
        for number, source in enumerate(sources, start=1):
            if isinstance(source, dict) and "id" not in source:
                upgraded = {"id": f"source-{number}", "type": "other", **source}
                source.clear()
                source.update(upgraded)
    return data


def _v2_to_v3(data: RawFile) -> RawFile:
    """Version 3 added word targets (the essay's, a paragraph's), the
    spelling language and the essay's word list; every one has a default,
    so a version-2 file reads as it is. The version still changed: an older
    program refuses those keys rather than dropping them on save."""
    return data


def _v3_to_v4(data: RawFile) -> RawFile:
    """Version 4 lets a source record the book file attached to it (path,
    checksum, page offset); a version-3 file has none and reads as it is."""
    return data


#: version N -> the function that rewrites a version-N dict as version N+1.
MIGRATIONS: dict[int, Callable[[RawFile], RawFile]] = {1: _v1_to_v2, 2: _v2_to_v3,
                                                     3: _v3_to_v4}


class MigrationError(ValueError):
    """A file's version cannot be brought up to date."""


def migrate(data: RawFile, version: int) -> RawFile:
    """Bring ``data`` (a file of format ``version``) up to ``CURRENT_VERSION``.

    Each step gets the previous step's result; ``version`` in the dict is
    set after each step so a step need not remember to do it.
    """
    if version > CURRENT_VERSION:
        raise MigrationError(
            f"was written by a newer Essay Outliner (format version {version}); "
            f"this version reads up to {CURRENT_VERSION}"
        )
    if version < 1:
        raise MigrationError(f"has format version {version}; versions start at 1")
    for step_from in range(version, CURRENT_VERSION):
        step = MIGRATIONS.get(step_from)
        if step is None:
            raise MigrationError(
                f"has format version {step_from}, and this program has no way to "
                f"upgrade it to version {step_from + 1}"
            )
        data = step(data)
        data["version"] = step_from + 1
    return data
