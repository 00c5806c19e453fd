"""Reading zip packages (.docx, later .epub) within limits.

A zip file can unpack to a thousand times its size, hold a million entries,
or lie about sizes in its headers. So nothing here trusts the headers: the
central directory's size is checked before ``zipfile`` parses it, and each
entry the caller needs is inflated in chunks while its real bytes, its
compression ratio and (for markup) its tag count are counted. Past a limit
the read stops at once with a DocumentError naming the file and the limit,
so a bomb costs a few megabytes and well under a second.

Only markup entries (XML and friends) are read; the others (pictures, fonts)
are named in ``skipped`` and never inflated: an importer of text needs their
names, not their bytes.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import BinaryIO

from outliner.io.cancel import StopCheck, check
from outliner.io.errors import DocumentError
from outliner.io.reading import WORD_IMPORT, WORD_TEMPLATE, FileKind, open_regular

_MB = 1024 * 1024
#: Bytes inflated per step: small enough that a refusal costs little memory.
CHUNK_BYTES = 256 * 1024
#: Compression methods Word and e-book writers use; others (bzip2, lzma) are refused.
_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
#: Generous room per entry in the central directory (name, extra fields, comment).
_DIRECTORY_BYTES_PER_ENTRY = 1024


@dataclass(frozen=True)
class ArchiveLimits:
    """How far a package of one kind may unpack; ``file`` is its kind on
    disk (what messages call it, and its size limit as a file)."""

    file: FileKind
    max_entries: int
    max_entry_bytes: int
    max_total_bytes: int
    #: Uncompressed / compressed size, checked once an entry passes ``ratio_floor``.
    max_ratio: int
    ratio_floor: int
    #: Tags ("<") over all markup entries: each becomes a node in memory and work later.
    max_tags: int
    markup_suffixes: tuple[str, ...]

    @property
    def what(self) -> str:
        """What messages call a package of this kind ("a Word document")."""
        return self.file.what


#: A Word document to import. A 1 MB-of-text essay unpacks to about 2.5 MB with some 80,000
#: tags (document.xml, styles); Word's heaviest markup (a run per word, revision
#: ids) stays well under a million tags. Styles compress about 30 to 1; only a
#: bomb passes 100 to 1.
WORD_LIMITS = ArchiveLimits(
    file=WORD_IMPORT,
    max_entries=1000,
    max_entry_bytes=32 * _MB,
    max_total_bytes=200 * _MB,
    max_ratio=100,
    ratio_floor=1 * _MB,
    max_tags=1_000_000,
    markup_suffixes=(".xml", ".rels"),
)

#: A Word template to export with: read whole (its pictures and fonts are kept,
#: so every entry counts as markup here), with the same bounds as a draft.
TEMPLATE_LIMITS = replace(WORD_LIMITS, file=WORD_TEMPLATE,
                          markup_suffixes=("",))  # every name ends with "": nothing skipped


@dataclass
class ArchiveContents:
    """The markup entries read (name to bytes) and the names of the others."""

    parts: dict[str, bytes] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)


def read_archive(path: Path, limits: ArchiveLimits,
                 should_stop: StopCheck | None = None) -> ArchiveContents:
    """Read the markup entries of the zip at ``path`` within ``limits``.

    DocumentError (naming the file and the limit or the damage) when the
    package is too large, too many, too compressed or damaged;
    ImportCancelled when ``should_stop`` asks for it between chunks.
    """
    try:
        with open_regular(path, limits.file) as handle:
            size = handle.seek(0, 2)
            _check_directory(path, handle, size, limits)
            handle.seek(0)
            # The same handle throughout: what is checked is what is read.
            with zipfile.ZipFile(handle) as package:
                return _read_entries(path, package, limits, should_stop)
    except (zipfile.BadZipFile, zlib.error, EOFError, struct.error, ValueError) as exc:
        raise DocumentError(path, f"is damaged: not a readable zip package ({exc})") from exc
    except OSError as exc:
        raise DocumentError(path, f"cannot be read ({exc.strerror or exc})") from exc


def repack(contents: ArchiveContents) -> io.BytesIO:
    """The parts read within the limits as a new, uncompressed zip: what a
    library that trusts a zip's headers (python-docx) may open safely."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as package:
        for name, data in contents.parts.items():
            package.writestr(name, data)
    buffer.seek(0)
    return buffer


def _check_directory(path: Path, handle: BinaryIO, size: int, limits: ArchiveLimits) -> None:
    """Refuse a central directory too big for ``limits`` before zipfile
    parses it (it holds every entry of it in memory)."""
    found = _directory_extent(handle, size)
    if found is None:
        return  # no end record: zipfile says the file is damaged
    entries, directory_bytes = found
    if (entries > limits.max_entries
            or directory_bytes > limits.max_entries * _DIRECTORY_BYTES_PER_ENTRY):
        raise _too_many(path, limits)


def _directory_extent(handle: BinaryIO, size: int) -> tuple[int, int] | None:
    """(entries, bytes) of the central directory as the end record gives them,
    found the way zipfile finds it (so both read the same record)."""
    end_size = 22
    if size < end_size:
        return None
    handle.seek(size - end_size)
    record = handle.read(end_size)
    at = size - end_size
    if not (record[:4] == b"PK\x05\x06" and record[-2:] == b"\x00\x00"):
        start = max(size - end_size - 0xFFFF, 0)
        handle.seek(start)
        tail = handle.read()
        found = tail.rfind(b"PK\x05\x06")
        if found < 0 or len(tail) - found < end_size:
            return None
        record = tail[found:found + end_size]
        at = start + found
    entries, directory_bytes = struct.unpack("<4x6xHI6x", record)
    # A zip64 locator just before the end record carries the real figures.
    if at >= 20 + 56:
        handle.seek(at - 20)
        locator = handle.read(20)
        if locator[:4] == b"PK\x06\x07":
            handle.seek(at - 20 - 56)
            record64 = handle.read(56)
            if record64[:4] == b"PK\x06\x06":
                entries, directory_bytes = struct.unpack("<32xQQ8x", record64)
    return entries, directory_bytes


def _read_entries(path: Path, package: zipfile.ZipFile, limits: ArchiveLimits,
                  should_stop: StopCheck | None) -> ArchiveContents:
    infos = package.infolist()
    if len(infos) > limits.max_entries:
        raise _too_many(path, limits)
    # The headers' sizes first: an honest bomb is refused without inflating it.
    if sum(info.file_size for info in infos) > limits.max_total_bytes:
        raise _too_large(path, limits)
    contents = ArchiveContents()
    counts = _Counts()
    for info in infos:
        check(should_stop)
        if info.is_dir():
            continue
        if not info.filename.lower().endswith(limits.markup_suffixes):
            contents.skipped.append(info.filename)
            continue
        contents.parts[info.filename] = _read_entry(path, package, info, limits, counts,
                                                    should_stop)
    return contents


@dataclass
class _Counts:
    """Real bytes and tags read so far, over all entries."""

    total: int = 0
    tags: int = 0


def _read_entry(path: Path, package: zipfile.ZipFile, info: zipfile.ZipInfo,
                limits: ArchiveLimits, counts: _Counts, should_stop: StopCheck | None) -> bytes:
    """One entry, inflated in chunks, its real bytes counted as they come."""
    name = info.filename
    if info.flag_bits & 0x1:
        raise DocumentError(path, f"is password-protected ({name} is encrypted); "
                                  "save it without a password first")
    if info.compress_type not in _METHODS:
        raise DocumentError(path, f"is not {limits.what}: {name} uses a compression "
                                  f"method {limits.what} never has")
    if info.file_size > limits.max_entry_bytes:
        raise _entry_too_large(path, name, limits)
    chunks: list[bytes] = []
    size = 0
    compressed = max(info.compress_size, 1)  # zipfile reads no more than this
    try:
        with package.open(info) as stream:
            while chunk := stream.read(CHUNK_BYTES):
                size += len(chunk)
                counts.total += len(chunk)
                counts.tags += chunk.count(b"<")
                if size > limits.max_entry_bytes:
                    raise _entry_too_large(path, name, limits)
                if counts.total > limits.max_total_bytes:
                    raise _too_large(path, limits)
                if size > limits.ratio_floor and size > limits.max_ratio * compressed:
                    raise DocumentError(
                        path, f"{name} is compressed more than {limits.max_ratio} to 1, "
                              f"which {limits.what} never is (a zip bomb?)")
                if counts.tags > limits.max_tags:
                    raise DocumentError(
                        path, f"has more than {limits.max_tags:,} XML tags; "
                              f"{limits.what} never has that many")
                chunks.append(chunk)
                check(should_stop)
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise DocumentError(path, f"is damaged: {name} cannot be unpacked ({exc})") from exc
    return b"".join(chunks)


def _too_many(path: Path, limits: ArchiveLimits) -> DocumentError:
    return DocumentError(path, f"holds more than {limits.max_entries} files; "
                               f"{limits.what} never has that many")


def _too_large(path: Path, limits: ArchiveLimits) -> DocumentError:
    return DocumentError(path, f"unpacks to more than {limits.max_total_bytes // _MB} MB; "
                               f"{limits.what} is never that large")


def _entry_too_large(path: Path, name: str, limits: ArchiveLimits) -> DocumentError:
    return DocumentError(path, f"{name} unpacks to more than "
                               f"{limits.max_entry_bytes // _MB} MB; "
                               f"{limits.what} is never that large")
