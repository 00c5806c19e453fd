"""The text of a draft file's bytes: the encoding guessed, files that are
not text refused with a message naming them."""

from __future__ import annotations

import codecs
import unicodedata
from pathlib import Path

from outliner.core.translatable import QT_TRANSLATE_NOOP, Filled
from outliner.io.errors import DocumentError

#: A text whose share of control characters exceeds this is not a draft.
MAX_CONTROL_SHARE = 0.05

#: Formats people save drafts in by mistake, by their first bytes.
_OTHER_FORMATS: tuple[tuple[bytes, str], ...] = (
    (b"PK\x03\x04", "a Word document or another zip archive (name it .docx to import it)"),
    (b"%PDF", "a PDF file"),
    (b"{\\rtf", "a Rich Text (RTF) document (save it as .txt or .docx)"),
    (b"\xd0\xcf\x11\xe0", "an old Word (.doc) file (save it as .docx)"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)



def decode_text(data: bytes, path: Path) -> str:
    """The text of a draft file's bytes; DocumentError when it is not text
    (see :func:`decode_text_with_notes`)."""
    return decode_text_with_notes(data, path)[0]


def decode_text_with_notes(data: bytes, path: Path) -> tuple[str, list[str]]:
    """The text of a draft file's bytes, and notes on how it was decoded;
    DocumentError when it is not text.

    UTF-8 (with or without BOM), UTF-16/32 with BOM, UTF-16 without BOM when
    every other byte is NUL; otherwise the text is decoded line by line: UTF-8
    where a line is valid UTF-8, Windows-1252 (the usual encoding of Windows
    drafts, with its smart quotes) where it is not. So a draft pasted together
    from a UTF-8 file and a Windows one reads right, and a note says how many
    lines were read as Windows-1252. Any bytes decode; none is lost.
    """
    if not data:
        raise DocumentError(path, "the file is empty")
    for magic, what in _OTHER_FORMATS:
        if data.startswith(magic):
            raise DocumentError(path, f"is {what}, not a plain-text draft")
    text, notes = _decode(data, path)
    control = sum(
        1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f\v"
    )
    if control > MAX_CONTROL_SHARE * len(text) or "\x00" in text:
        raise DocumentError(path, "is not a text file (it looks like binary data)")
    if not text.strip():
        raise DocumentError(path, "has no text in it (only blank space)")
    return text, notes


def _decode(data: bytes, path: Path) -> tuple[str, list[str]]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(encoding, errors="replace"), []
    if b"\x00" in data:
        utf16 = _utf16_without_bom(data)
        if utf16 is None:
            raise DocumentError(path, "is not a text file (it contains NUL bytes)")
        return utf16, []
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    lines = data.splitlines(keepends=True)
    decoded: list[str] = []
    legacy = 0
    for line in lines:
        try:
            decoded.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            decoded.append(_windows_1252(line))
            legacy += 1
    if legacy == len(lines):
        text = QT_TRANSLATE_NOOP("Import", "{name}: the text was not UTF-8 and was read as "
                                 "Windows-1252 (check accented letters and quotation marks "
                                 "there).")
    elif legacy == 1:
        text = QT_TRANSLATE_NOOP("Import", "{name}: {count} of {lines} lines was not UTF-8 and "
                                 "was read as Windows-1252 (check accented letters and "
                                 "quotation marks there).")
    else:
        text = QT_TRANSLATE_NOOP("Import", "{name}: {count} of {lines} lines were not UTF-8 and "
                                 "were read as Windows-1252 (check accented letters and "
                                 "quotation marks there).")
    # Marked with its values: the window's import report words it in its language.
    note = Filled("Import", text, name=path.name, count=legacy, lines=len(lines))
    return "".join(decoded), [note]


#: The five bytes Windows-1252 leaves undefined; Windows itself reads them as
#: the control characters of the same number (as Latin-1 does).
_CP1252_UNDEFINED = {0xDC00 + byte: byte for byte in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}


def _windows_1252(line: bytes) -> str:
    """``line`` as Windows-1252; its undefined bytes as Latin-1 (never fails)."""
    return line.decode("cp1252", errors="surrogateescape").translate(_CP1252_UNDEFINED)


def _utf16_without_bom(data: bytes) -> str | None:
    """Text saved as UTF-16 with no BOM: mostly NUL in every other byte."""
    if len(data) < 4 or len(data) % 2:
        return None
    even_nul = data[0::2].count(0) / (len(data) // 2)
    odd_nul = data[1::2].count(0) / (len(data) // 2)
    encoding = "utf-16-le" if odd_nul > 0.9 else "utf-16-be" if even_nul > 0.9 else None
    if encoding is None:
        return None
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


__all__ = ["decode_text", "decode_text_with_notes"]
