"""Hostile .docx files that stay small on disk, for the tests and the benchmark.

Writing gigabytes through zlib would take a minute, so the deflate stream is
built from one compressed chunk repeated: after a full flush, deflate starts
afresh, so the same input chunk always compresses to the same bytes. The zip
around it is written by hand, which also lets the central directory say
whatever a test wants it to say about sizes.
"""

from __future__ import annotations

import random
import struct
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import docx

DOCUMENT_HEAD = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 b'<w:document xmlns:w="http://schemas.openxmlformats.org/'
                 b'wordprocessingml/2006/main"><w:body>')
DOCUMENT_TAIL = b"</w:body></w:document>"
_MIB = 1024 * 1024


@dataclass
class Deflated:
    """A deflate stream: head, ``repeat`` times the body chunk, tail."""

    head: bytes
    body: bytes
    repeat: int
    tail: bytes
    size: int  # inflated bytes

    def chunks(self) -> Iterator[bytes]:
        yield self.head
        for _ in range(self.repeat):
            yield self.body
        yield self.tail

    @property
    def compressed_size(self) -> int:
        return len(self.head) + len(self.body) * self.repeat + len(self.tail)


def deflated(head: bytes, unit: bytes, total: int, tail: bytes) -> Deflated:
    """``head`` + ``unit`` repeated to about ``total`` bytes + ``tail``, deflated."""
    chunk = unit * max(1, _MIB // len(unit))
    repeat = max(1, total // len(chunk))
    squeeze = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = squeeze.compress(head) + squeeze.flush(zlib.Z_FULL_FLUSH)
    body = squeeze.compress(chunk) + squeeze.flush(zlib.Z_FULL_FLUSH)
    again = squeeze.compress(chunk) + squeeze.flush(zlib.Z_FULL_FLUSH)
    assert body == again, "deflate did not repeat itself after a full flush"
    last = squeeze.compress(tail) + squeeze.flush()
    return Deflated(first, body, repeat, last, len(head) + len(chunk) * repeat + len(tail))


@dataclass
class RawEntry:
    """An entry as written: real data, and the sizes the headers claim."""

    name: str
    data: Deflated | bytes
    claimed_size: int | None = None  # None: the truth (only up to 4 GiB here)
    claimed_compressed: int | None = None
    crc: int = 0  # wrong on purpose for bombs: no reader should get that far


def write_raw_zip(path: Path, entries: list[RawEntry]) -> None:
    """A zip with ``entries`` (deflated or stored), sizes as they claim."""
    directory = bytearray()
    with path.open("wb") as out:
        for entry in entries:
            name = entry.name.encode()
            offset = out.tell()
            if isinstance(entry.data, Deflated):
                method, real, packed = 8, entry.data.size, entry.data.compressed_size
            else:
                method, real, packed = 0, len(entry.data), len(entry.data)
                entry.crc = zlib.crc32(entry.data)
            size = real if entry.claimed_size is None else entry.claimed_size
            compressed = packed if entry.claimed_compressed is None else entry.claimed_compressed
            # Past 4 GiB a size lives in a zip64 extra field, in this order.
            big = [value for value in (size, compressed) if value > 0xFFFFFFFF]
            extra = struct.pack(f"<HH{len(big)}Q", 1, 8 * len(big), *big) if big else b""
            fields = (45 if big else 20, 0, method, 0, 0x21, entry.crc,
                      min(compressed, 0xFFFFFFFF), min(size, 0xFFFFFFFF), len(name))
            out.write(struct.pack("<4s5H3L2H", b"PK\x03\x04", *fields, len(extra))
                      + name + extra)
            for chunk in (entry.data.chunks() if isinstance(entry.data, Deflated)
                          else [entry.data]):
                out.write(chunk)
            directory += struct.pack("<4s6H3L5H2L", b"PK\x01\x02", 45, *fields,
                                     len(extra), 0, 0, 0, 0, offset) + name + extra
        start = out.tell()
        out.write(directory)
        count = min(len(entries), 0xFFFF)
        out.write(struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, count, count,
                              len(directory), start, 0))


def base_parts(folder: Path) -> list[RawEntry]:
    """The parts of a real blank Word document except its body."""
    blank = folder / "blank.docx"
    docx.Document().save(str(blank))
    with zipfile.ZipFile(blank) as package:
        return [RawEntry(info.filename, package.read(info)) for info in package.infolist()
                if info.filename != "word/document.xml"]


def zeros_bomb(folder: Path, gigabytes: float = 3.0) -> Path:
    """document.xml of zeros; the headers tell the truth (3 GB)."""
    path = folder / "zeros.docx"
    body = deflated(b"", b"\x00" * 4096, int(gigabytes * 1024 * _MIB), b"")
    write_raw_zip(path, [*base_parts(folder), RawEntry("word/document.xml", body)])
    return path


def paragraphs_bomb(folder: Path, count: int = 1_000_000_000) -> Path:
    """document.xml of ``count`` empty paragraphs (6 GB for a billion); sizes true."""
    path = folder / "paragraphs.docx"
    body = deflated(DOCUMENT_HEAD, b"<w:p/>", count * 6, DOCUMENT_TAIL)
    write_raw_zip(path, [*base_parts(folder), RawEntry("word/document.xml", body)])
    return path


def lying_bomb(folder: Path) -> Path:
    """3 GB of paragraphs whose central directory claims 2 KB, packed in 1 KB."""
    path = folder / "lying.docx"
    body = deflated(DOCUMENT_HEAD, b"<w:p><w:r><w:t>a</w:t></w:r></w:p>", 3 * 1024 * _MIB,
                    DOCUMENT_TAIL)
    write_raw_zip(path, [*base_parts(folder),
                         RawEntry("word/document.xml", body, claimed_size=2048,
                                  claimed_compressed=1024)])
    return path


def ratio_bomb(folder: Path) -> Path:
    """30 MB of zeros (under the size limits), packed 800 to 1; sizes true."""
    path = folder / "ratio.docx"
    body = deflated(b"", b"\x00" * 4096, 30 * _MIB, b"")
    write_raw_zip(path, [*base_parts(folder), RawEntry("word/document.xml", body)])
    return path


def entries_bomb(folder: Path, count: int = 200_000) -> Path:
    """``count`` empty entries whose end record says there is one."""
    path = folder / "entries.docx"
    entries = [*base_parts(folder), *(RawEntry(f"e{i}", b"") for i in range(count))]
    write_raw_zip(path, entries)
    data = bytearray(path.read_bytes())
    end = len(data) - 22
    struct.pack_into("<2H", data, end + 8, 1, 1)  # the counts lie; the directory size does not
    path.write_bytes(bytes(data))
    return path


def tags_bomb(folder: Path, count: int = 170_000) -> Path:
    """``count`` short paragraphs of distinct text (about a million tags):
    every size and ratio is ordinary, the work is not."""
    path = folder / "tags.docx"
    rng = random.Random(3)
    body = b"".join(b"<w:p><w:r><w:t>%d %x</w:t></w:r></w:p>"
                    % (rng.randrange(10**9), rng.randrange(10**9)) for _ in range(count))
    parts = base_parts(folder)
    write_raw_zip(path, parts)  # the other parts, then rewritten with the body deflated
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as package:
        package.writestr("word/document.xml", DOCUMENT_HEAD + body + DOCUMENT_TAIL)
    return path


ALL_BOMBS = {
    "zeros": zeros_bomb,
    "paragraphs": paragraphs_bomb,
    "lying": lying_bomb,
    "ratio": ratio_bomb,
    "entries": entries_bomb,
    "tags": tags_bomb,
}


def essay_of_one_megabyte(path: Path, *, seed: int = 1, headings: bool = False) -> Path:
    """A real (python-docx) Word file with 1 MB of text: the largest honest
    draft the limits must let through. ``headings`` adds a Heading 1 every
    20,000 characters and sets every other run in italics."""
    rng = random.Random(seed)
    vocabulary = ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz")
                          for _ in range(rng.randint(2, 10))) for _ in range(5000)]
    document = docx.Document()
    written = 0
    while written < 1_000_000:
        if headings and written % 20_000 < 700:
            document.add_heading(" ".join(rng.choices(vocabulary, k=5)), 1)
        paragraph = document.add_paragraph()
        for i in range(5):
            run = paragraph.add_run(" ".join(rng.choices(vocabulary, k=20)) + " ")
            run.italic = headings and i % 2 == 0
            written += len(run.text)
    document.save(str(path))
    return path
