"""The files of the top-level ``resources/`` folder (icons, the sample essay),
found through :mod:`importlib.resources` wherever outliner runs from.

A wheel carries the folder as the package ``outliner.resources`` and an
editable install maps that name onto the folder (see setup.py). A source
tree that is only on ``sys.path`` (PYTHONPATH=.) has no such package, so
the folder beside the package is used.
"""

from __future__ import annotations

import atexit
from contextlib import ExitStack
from functools import cache
from importlib.resources import as_file, files
from importlib.resources.abc import Traversable
from pathlib import Path

import outliner

PACKAGE = "outliner.resources"

# Files extracted from a zipped install stay until the process ends.
_extracted = ExitStack()
atexit.register(_extracted.close)


@cache
def resources() -> Traversable:
    """The resources folder of the running ``outliner`` package."""
    package = Path(outliner.__file__).resolve().parent
    try:
        found: Traversable | None = files(PACKAGE)
    except ModuleNotFoundError:
        found = None
    # An editable install of another checkout may answer for a source tree
    # on PYTHONPATH; resources belong inside the package or beside it.
    if isinstance(found, Path) and found.resolve().parent not in (package, package.parent):
        found = None
    return found if found is not None else package.parent / "resources"


def resource(*parts: str) -> Traversable:
    """``resources/PART/...``, which may not exist."""
    item = resources()
    for part in parts:
        item = item.joinpath(part)
    return item


def resource_path(*parts: str) -> Path:
    """A file on disk for ``resources/PART/...`` (Qt and readers want paths)."""
    item = resource(*parts)
    if isinstance(item, Path):
        return item
    if not item.is_file():  # nothing to extract: a path that does not exist
        return Path(str(item))
    return _extracted.enter_context(as_file(item))


__all__ = ["PACKAGE", "resource", "resource_path", "resources"]
