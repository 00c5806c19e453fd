"""Reading a book file of any kind: which reader, decided by what the file is.

The first bytes decide (a PDF starts "%PDF-", an EPUB is a zip whose first
entry says "application/epub+zip"), not only the name: a PDF saved as
"book.txt" is still read as a PDF, while a file named ".pdf" that is not
one is refused, saying so. Text and Markdown have no pages.

Each reader gives a ``raw.RawBook``; the writer's page offset is applied
after reading and after the cache (``cache.py``).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from outliner.core.book_text import BookPage, BookText
from outliner.io.books.progress import Cancel, Progress, step
from outliner.io.books.raw import MARKERS, NONE, RawBook
from outliner.io.errors import DocumentError
from outliner.io.reading import BOOK_FILE, BOOK_TEXT, open_regular, read_limited

_MB = 1024 * 1024
_MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")


def read_book(path: Path, *, page_offset: int = 0, progress: Progress | None = None,
              cancel: Cancel | None = None) -> BookText:
    """The text of the book at ``path``, page by page; DocumentError naming
    the file and the problem; ImportCancelled when ``cancel()`` says so."""
    return read_raw_book(path, progress=progress, cancel=cancel).text(page_offset)


def read_raw_book(path: Path, *, progress: Progress | None = None,
                  cancel: Cancel | None = None) -> RawBook:
    """The book at ``path`` as read, before any page offset."""
    path = Path(path)
    data = read_limited(path, BOOK_FILE)
    sha256 = hashlib.sha256(data).hexdigest()
    kind = sniff(data, path)
    if kind == "pdf":
        from outliner.io.books.pdf import read_pdf_pages

        numbering, pages = read_pdf_pages(data, path, progress=progress, cancel=cancel)
        return RawBook(numbering, tuple(pages), sha256)
    if kind == "epub":
        from outliner.io.books.epub import read_epub

        del data  # the zip is read again within its limits, entry by entry
        book = read_epub(path, progress=progress, cancel=cancel)
        return RawBook(MARKERS if book.has_pages else NONE, book.pages, sha256)
    step(0, 1, progress, cancel)
    text = _plain_text(data, path, markdown=kind == "markdown")
    step(1, 1, progress, cancel)
    return RawBook(NONE, (BookPage("", text),), sha256)


def sha256_of_file(path: Path) -> str:
    """The checksum of the book file at ``path`` (read in chunks, within
    the size limit of a book), as the cache and the .essay record it."""
    path = Path(path)
    digest = hashlib.sha256()
    total = 0
    with open_regular(path, BOOK_FILE) as handle:
        try:
            while chunk := handle.read(1 << 20):
                total += len(chunk)
                if total > BOOK_FILE.max_bytes:
                    raise DocumentError(path, f"grew past the limit of {BOOK_FILE.what} "
                                              "while it was read")
                digest.update(chunk)
        except OSError as exc:
            raise DocumentError(path, f"cannot be read ({exc.strerror or exc})") from exc
    return digest.hexdigest()


def sniff(data: bytes, path: Path) -> str:
    """"pdf", "epub", "markdown" or "text"; DocumentError for an empty file
    and for anything else, saying what the file seems to be."""
    suffix = path.suffix.lower()
    if not data.strip():
        raise DocumentError(path, "is empty" if not data else "holds only blank space")
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if suffix == ".pdf":
        raise DocumentError(path, f"is named .pdf but is not a PDF ({_looks_like(data)})")
    if data.startswith(b"PK\x03\x04"):
        if data[30:38] == b"mimetype" and b"application/epub+zip" in data[38:100]:
            return "epub"
        if suffix == ".epub":
            return "epub"  # the reader says what is missing
        if b"word/" in data[:4096] or suffix == ".docx":
            raise DocumentError(path, "is a Word document, not a book; save it as PDF "
                                      "and attach that")
        raise DocumentError(path, "is a zip archive, not a book (a PDF, an EPUB or a text)")
    if suffix == ".epub":
        raise DocumentError(path, f"is named .epub but is not an EPUB ({_looks_like(data)})")
    if not _is_text(data):
        raise DocumentError(path, f"is not a book the app can read: not a PDF, an EPUB or "
                                  f"a text file ({_looks_like(data)})")
    return "markdown" if suffix in _MARKDOWN_SUFFIXES else "text"


_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", "it is a PNG picture"),
    (b"\xff\xd8\xff", "it is a JPEG picture"),
    (b"GIF8", "it is a GIF picture"),
    (b"II*\x00", "it is a TIFF picture"),
    (b"MM\x00*", "it is a TIFF picture"),
    (b"{\\rtf", "it is a Rich Text (RTF) document"),
    (b"\xd0\xcf\x11\xe0", "it is an old Word (.doc) file"),
    (b"PK\x03\x04", "it is a zip archive"),
    (b"AT&TFORM", "it is a DjVu file"),
)


def _looks_like(data: bytes) -> str:
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return what
    if _is_text(data):
        return "it is plain text"
    return "it looks like binary data"


def _is_text(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    controls = sum(1 for byte in head if byte < 32 and byte not in b"\t\n\r\f\v")
    return controls <= 0.05 * max(len(head), 1)




def _plain_text(data: bytes, path: Path, *, markdown: bool) -> str:
    from outliner.io.importers.decoding import decode_text

    if len(data) > BOOK_TEXT.max_bytes:
        raise DocumentError(path, f"is too large to be {BOOK_TEXT.what} (the limit is "
                                  f"{BOOK_TEXT.max_bytes // _MB} MB; it is "
                                  f"{len(data) / _MB:.1f} MB)")
    text = decode_text(data, path).replace("\r\n", "\n").replace("\r", "\n")
    if markdown:  # the words as printed, without the marks around them
        from outliner.io.books.markdown_text import markdown_book_text

        printed = markdown_book_text(text)
        if not printed.strip():  # rules, empty links, comments: nothing a book says
            raise DocumentError(path, "holds only Markdown marks, no words to check "
                                      "quotations against")
        return printed
    return text


__all__ = ["read_book", "read_raw_book", "sha256_of_file", "sniff"]
