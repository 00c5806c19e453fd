"""The one error type that file reading and writing raise."""

from __future__ import annotations

from pathlib import Path


class DocumentError(Exception):
    """A file could not be read or written; the message names file and problem.

    Callers show ``str(error)`` to the person as it is: it reads
    "FILE: what went wrong" and never needs a traceback to be understood.
    """

    def __init__(self, path: Path | str, problem: str) -> None:
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")
