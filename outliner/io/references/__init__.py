"""Reading references exported by reference managers into structured sources.

One small registry, :data:`REFERENCE_FORMATS`: each format names its
suffixes and its reader (``"module:function"``, imported on first use so a
command that reads no references never loads bibtexparser or rispy). A
reader takes the file's text and path and returns the sources it read and
notes for the person (entries it skipped and why); a file it cannot read
at all is one DocumentError naming the file and the problem.

Every file comes in through :func:`outliner.io.reading.read_limited`
(kind :data:`~outliner.io.reading.REFERENCES`): bounded, never blocking.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeAlias, cast

from outliner.core.sources import Source
from outliner.io.errors import DocumentError
from outliner.io.reading import REFERENCES, read_limited

ReferenceReader: TypeAlias = Callable[[str, Path], tuple[list[Source], list[str]]]


@dataclass(frozen=True)
class ReferenceFormat:
    """A file format of references."""

    title: str  # "BibTeX"
    suffixes: tuple[str, ...]  # lower case, with the dot
    reader: str  # "module:function"

    def load_reader(self) -> ReferenceReader:
        module, function = self.reader.split(":")
        return cast(ReferenceReader, getattr(importlib.import_module(module), function))


REFERENCE_FORMATS: tuple[ReferenceFormat, ...] = (
    ReferenceFormat("BibTeX", (".bib",), "outliner.io.references.bibtex:read_bibtex"),
    ReferenceFormat("CSL-JSON", (".json",), "outliner.io.references.csl:read_csl_json"),
    ReferenceFormat("RIS", (".ris",), "outliner.io.references.ris:read_ris"),
)


def reference_format(path: Path) -> ReferenceFormat:
    """The format of ``path`` by its suffix; DocumentError for any other."""
    suffix = Path(path).suffix.lower()
    for fmt in REFERENCE_FORMATS:
        if suffix in fmt.suffixes:
            return fmt
    known = ", ".join(f"{s} ({f.title})" for f in REFERENCE_FORMATS for s in f.suffixes)
    raise DocumentError(Path(path), f"is not a references file this program reads "
                                    f"(it reads {known})")


def decode_references(data: bytes, path: Path) -> str:
    """The text of a references file: UTF-8 (a BOM allowed); refusals name the file."""
    if not data.strip():
        raise DocumentError(path, "is empty" if not data else "holds only blank space")
    if b"\x00" in data:
        raise DocumentError(path, "holds binary data; it is not a references file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DocumentError(path, f"is not UTF-8 text (byte 0x{data[exc.start]:02x} at "
                                  f"position {exc.start}); export the references as "
                                  "UTF-8") from None


def read_references(path: Path) -> tuple[list[Source], list[str]]:
    """The sources in a .bib, .json (CSL-JSON) or .ris file, and notes about
    entries that were skipped. DocumentError when the file cannot be read or
    holds no reference at all."""
    path = Path(path)
    fmt = reference_format(path)
    text = decode_references(read_limited(path, REFERENCES), path)
    try:
        sources, notes = fmt.load_reader()(text, path)
    except DocumentError:
        raise
    except RecursionError:
        raise DocumentError(path, f"is nested too deeply to be {fmt.title}") from None
    except Exception as exc:  # a parser's own failure: one line, never a traceback
        raise DocumentError(path, f"could not be read as {fmt.title} "
                                  f"({type(exc).__name__}: {exc})") from None
    if not sources:
        reason = f" ({notes[0]})" if notes else ""
        raise DocumentError(path, f"holds no {fmt.title} references{reason}")
    return sources, notes


__all__ = ["REFERENCE_FORMATS", "ReferenceFormat", "decode_references", "read_references",
           "reference_format"]
