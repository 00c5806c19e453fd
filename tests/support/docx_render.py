"""Render .docx files the way a reader's office suite does: LibreOffice
headless to PDF (each run with its own profile), then poppler's pdftotext
for the text of each page and the position of every word."""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from html import unescape
from pathlib import Path

import pytest

TOOLS = ("soffice", "pdftotext")


def missing_tools() -> list[str]:
    """The rendering tools not installed here."""
    return [tool for tool in TOOLS if shutil.which(tool) is None]


def require_tools() -> None:
    """Skip the calling test, with the reason, when a tool is missing."""
    missing = missing_tools()
    if missing:
        pytest.skip(f"rendering needs {' and '.join(missing)} (LibreOffice, poppler-utils)")


def to_pdf(docx: Path, out_dir: Path) -> Path:
    """Convert ``docx`` to PDF in ``out_dir`` with a throwaway LibreOffice profile."""
    profile = Path(tempfile.mkdtemp(prefix="lo-profile-", dir=out_dir))
    result = subprocess.run(
        [
            "soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless",
            "--convert-to", "pdf", "--outdir", str(out_dir), str(docx),
        ],
        capture_output=True, text=True, timeout=180, check=False,
    )
    pdf = out_dir / (docx.stem + ".pdf")
    if not pdf.is_file():
        problem = result.stderr or result.stdout
        raise AssertionError(f"LibreOffice did not convert {docx}: {problem}")
    shutil.rmtree(profile, ignore_errors=True)
    return pdf


def pages_text(pdf: Path) -> list[str]:
    """Each page's text (pdftotext -layout), split on form feeds."""
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = text.split("\f")
    if pages and not pages[-1].strip():
        pages.pop()
    return pages


@dataclass(frozen=True)
class Word:
    """A word on a page, with its box in points (origin top left)."""

    text: str
    x_min: float
    y_min: float
    x_max: float
    y_max: float


_PAGE = re.compile(r"<page [^>]*>(.*?)</page>", re.S)
_WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>'
)


def page_words(pdf: Path) -> list[list[Word]]:
    """Every word of every page with its position (pdftotext -bbox)."""
    html = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = []
    for page in _PAGE.findall(html):
        pages.append([
            Word(unescape(m[5]), float(m[1]), float(m[2]), float(m[3]), float(m[4]))
            for m in _WORD.finditer(page)
        ])
    return pages


def lines_of(words: list[Word]) -> list[list[Word]]:
    """Words grouped into lines by their vertical position, top to bottom."""
    lines: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (round(w.y_min), w.x_min)):
        if lines and abs(lines[-1][0].y_min - word.y_min) < 2:
            lines[-1].append(word)
        else:
            lines.append([word])
    return [sorted(line, key=lambda w: w.x_min) for line in lines]


def line_text(line: list[Word]) -> str:
    return " ".join(w.text for w in line)


def to_png(pdf: Path, prefix: Path, dpi: int = 60) -> list[Path]:
    """Page images for looking at (pdftoppm -png)."""
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), str(pdf), str(prefix)], check=True)
    return sorted(prefix.parent.glob(prefix.name + "*.png"))
