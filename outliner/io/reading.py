"""Reading a file the person named, safely: bounded, and never blocking.

Every reader of the app (.essay files, imported text, Markdown and Word
documents, Word templates, recovery notes, leftovers of a save) takes its
bytes through :func:`read_limited` or :func:`open_regular`, or checks with
:func:`check_regular_file` first, so a missing file, a folder, a named pipe
(FIFO), a device, a socket or a file too big are each refused with one
DocumentError naming the file, before anything waits or fills memory.

The size limits of all of them are the :class:`FileKind` values below, and
nowhere else (``FILE_KINDS`` lists them).

Opening a FIFO for reading normally waits until some program writes to it;
opening it with O_NONBLOCK returns at once, and ``fstat`` on the open file
then says what it really is (no race between looking and opening).
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from outliner.io.errors import DocumentError

_MB = 1024 * 1024


@dataclass(frozen=True)
class FileKind:
    """One kind of file the app reads: what messages call it, and the most
    bytes a file of that kind may hold."""

    what: str
    max_bytes: int


#: An .essay file (also a recovery copy and a save's leftover .tmp, which are ones).
ESSAY_FILE = FileKind("an essay file", 200 * _MB)
#: A text or Markdown file to import: no essay is 20 MB of text.
TEXT_IMPORT = FileKind("a text or Markdown file", 20 * _MB)
#: A Word document to import, as a zip on disk (archive.WORD_LIMITS bounds its unpacking).
WORD_IMPORT = FileKind("a Word document", 50 * _MB)
#: A Word template (python-docx reads it whole).
WORD_TEMPLATE = FileKind("a Word template", 50 * _MB)
#: An OPML outline to import (Workflowy, Dynalist, OmniOutliner or our own export).
OPML_IMPORT = FileKind("an OPML outline", 20 * _MB)
#: The small JSON note beside a recovery copy (title, original path, time).
RECOVERY_NOTE = FileKind("a recovery note", 1 * _MB)
#: A BibTeX, CSL-JSON or RIS file of references: a library of thousands of
#: entries is a few MB; the parsers hold it all in memory several times over.
REFERENCES = FileKind("a references file", 20 * _MB)
#: The writer's personal spelling dictionary: one word a line.
PERSONAL_DICTIONARY = FileKind("a personal dictionary", 4 * _MB)

#: A book attached to a source (PDF, EPUB or text): a 400-page edition is a
#: few MB, a scan with a text layer some 100 MB; the reader holds it whole.
BOOK_FILE = FileKind("a book (PDF, EPUB or text)", 200 * _MB)
#: An EPUB book, as a zip on disk (books/epub.EPUB_LIMITS bounds its unpacking).
EPUB_BOOK = FileKind("an EPUB book", 200 * _MB)
#: A book as plain text or Markdown: the longest novels are a few MB.
BOOK_TEXT = FileKind("a book's plain text", 50 * _MB)
#: A book's page text as cached beside the user's data (JSON).
BOOK_CACHE = FileKind("a cached book text", 100 * _MB)

#: Every kind, for tests and for anyone looking for "the limits".
FILE_KINDS = (ESSAY_FILE, TEXT_IMPORT, WORD_IMPORT, WORD_TEMPLATE, OPML_IMPORT, RECOVERY_NOTE,
              REFERENCES, PERSONAL_DICTIONARY, BOOK_FILE, EPUB_BOOK,
              BOOK_TEXT, BOOK_CACHE)

_NONBLOCK = getattr(os, "O_NONBLOCK", 0)  # absent on Windows, which has no FIFOs to open
_BINARY = getattr(os, "O_BINARY", 0)


def _not_regular(path: Path, mode: int, what: str) -> DocumentError | None:
    """The refusal for a file that is not a regular file, or None."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return DocumentError(path, "is a folder, not a file")
    if stat.S_ISFIFO(mode):
        kind = "a named pipe (FIFO)"
    elif stat.S_ISSOCK(mode):
        kind = "a socket"
    elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        kind = "a device"
    else:
        kind = "a special file"
    return DocumentError(path, f"is {kind}, not a regular file, so it cannot be read as {what}")


def _too_big(path: Path, what: str, limit: int, size: int | None) -> DocumentError:
    # "it is 200.0 MB" with a decimal, so a file just over "the limit is 200 MB" reads so
    shown = f"; it is {size / 2**20:.1f} MB" if size is not None else ""
    return DocumentError(path, f"is too large to be {what} (the limit is "
                               f"{limit / 2**20:.0f} MB{shown})")


def _cannot_read(path: Path, exc: OSError) -> DocumentError:
    if isinstance(exc, FileNotFoundError):
        return DocumentError(path, "no such file")
    if isinstance(exc, IsADirectoryError):
        return DocumentError(path, "is a folder, not a file")
    return DocumentError(path, f"cannot be read ({exc.strerror or exc})")


def check_regular_file(path: Path, kind: FileKind) -> int:
    """The size of ``path`` after checking it is a regular file of at most
    ``kind.max_bytes``; DocumentError when it is missing, a folder, a FIFO,
    a device, a socket or too big. For readers that hand the path to a
    library (zipfile) rather than read it here."""
    path = Path(path)
    try:
        info = path.stat()
    except OSError as exc:
        raise _cannot_read(path, exc) from None
    refusal = _not_regular(path, info.st_mode, kind.what)
    if refusal is not None:
        raise refusal
    if info.st_size > kind.max_bytes:
        raise _too_big(path, kind.what, kind.max_bytes, info.st_size)
    return info.st_size


def open_regular(path: Path, kind: FileKind) -> BinaryIO:
    """The regular file ``path`` opened for reading (unbuffered; close it),
    after checking on the open file that it is one of at most
    ``kind.max_bytes``. DocumentError as :func:`check_regular_file` says;
    never blocks on a FIFO. The caller still bounds what it reads: a file
    can grow after the check."""
    path = Path(path)
    try:
        fd = os.open(path, os.O_RDONLY | _NONBLOCK | _BINARY)
    except OSError as exc:
        check_regular_file(path, kind)  # a socket cannot be opened: say what it is
        raise _cannot_read(path, exc) from None
    try:
        info = os.fstat(fd)
        refusal = _not_regular(path, info.st_mode, kind.what)
        if refusal is None and info.st_size > kind.max_bytes:
            refusal = _too_big(path, kind.what, kind.max_bytes, info.st_size)
    except OSError as exc:
        os.close(fd)
        raise _cannot_read(path, exc) from None
    if refusal is not None:
        os.close(fd)
        raise refusal
    return os.fdopen(fd, "rb", buffering=0)


def read_limited(path: Path, kind: FileKind) -> bytes:
    """All bytes of the regular file ``path``, at most ``kind.max_bytes``.

    ``kind.what`` names what the file should be ("an essay file") in the
    messages. DocumentError for a missing file, a folder, a FIFO, a device,
    a socket, a file over the limit (also one that grows past it while
    being read) and any read error. Never blocks on a FIFO.
    """
    path = Path(path)
    limit = kind.max_bytes
    chunks: list[bytes] = []
    total = 0
    with open_regular(path, kind) as handle:
        try:
            while total <= limit:
                chunk = handle.read(min(limit + 1 - total, 1 << 20))
                if not chunk:
                    break
                chunks.append(chunk)
                total += len(chunk)
        except OSError as exc:
            raise _cannot_read(path, exc) from None
    if total > limit:  # it grew while being read
        raise _too_big(path, kind.what, limit, None)
    return b"".join(chunks)
