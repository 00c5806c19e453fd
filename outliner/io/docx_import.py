"""Import a Word (.docx) draft.

A Word draft is turned into the equivalent outline text — headings as
Markdown "#" headings (or as "I." / "A." lines when Word numbers them),
numbered and bulleted list paragraphs as indented list lines with the labels
Word shows, everything else as prose paragraphs — and that text goes through
the same importer as text and Markdown drafts (``drafts.parse_draft``). So a
Word draft is understood exactly as the same draft typed as text would be,
and an outline exported by ``word_outline`` comes back as the same tree.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from outliner.core.essay import Essay
from outliner.io.errors import DocumentError

#: A Word file this large is not an essay draft.
MAX_BYTES = 50 * 1024 * 1024
INDENT = "    "

_ROMAN = (
    (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
    (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
)


def import_docx(path: Path | str) -> Essay:
    """Read a .docx draft into an Essay; DocumentError naming the file when
    it is missing, not a Word document, or damaged."""
    from outliner.io.drafts import parse_draft

    text = docx_to_text(path)
    if not text.strip():
        raise DocumentError(path, "the Word document has no text to import")
    return parse_draft(text, markdown=True)


def docx_to_text(path: Path | str) -> str:
    """The document's body as outline text (see the module docstring)."""
    path = Path(path)
    doc = _open(path)
    numbering = _Numbering(doc)
    lines: list[str] = []
    previous = "blank"  # "blank" | "list" | "prose" | "heading"
    for element in doc.element.body.iter(_qn("w:p")):
        line, kind = _paragraph_line(element, doc, numbering)
        if kind == "blank":
            previous = "blank"
            continue
        # A blank line separates prose paragraphs, headings and lists; list
        # items follow each other directly so they stay one list.
        if lines and not (kind == "list" and previous == "list"):
            lines.append("")
        lines.append(line)
        previous = kind
    return "\n".join(lines) + "\n"


def _qn(tag: str) -> str:
    from docx.oxml.ns import qn

    name: str = qn(tag)
    return name


def _open(path: Path) -> Any:
    if path.is_dir():
        raise DocumentError(path, "is a folder, not a Word document")
    if not path.is_file():
        raise DocumentError(path, "no such file")
    if path.stat().st_size > MAX_BYTES:
        raise DocumentError(path, "is too large to be an essay draft (over 50 MB)")
    if not zipfile.is_zipfile(path):
        raise DocumentError(path, "is not a Word document (.docx): it is not a zip package")
    import docx

    try:
        return docx.Document(str(path))
    except Exception as exc:  # python-docx raises many kinds on a bad package
        raise DocumentError(path, f"is not a readable Word document (.docx) ({exc})") from exc


def _paragraph_line(element: Any, doc: Any, numbering: _Numbering) -> tuple[str, str]:
    """(line, kind) for one w:p."""
    from docx.text.paragraph import Paragraph

    paragraph = Paragraph(element, doc)
    text = " ".join(paragraph.text.split())
    if not text:
        return "", "blank"
    style = _style_chain(paragraph)
    names = [s.name or "" for s in style]
    num_id, level = _numbering_of(element, style)
    label = numbering.label(num_id, level) if num_id else None
    heading = _heading_level(names, element, style)
    if "Title" in names[:1]:
        return f"Title: {text}", "heading"
    if label is not None:
        marker = "-" if label == "" else label
        return f"{INDENT * level}{marker} {text}", "list"
    if heading:
        return f"{'#' * min(heading, 6)} {text}", "heading"
    return text, "prose"


def _style_chain(paragraph: Any) -> list[Any]:
    """The paragraph's style and the styles it is based on, nearest first."""
    chain: list[Any] = []
    try:
        style = paragraph.style
    except Exception:  # a dangling style id
        return chain
    while style is not None and len(chain) < 20:
        chain.append(style)
        style = style.base_style
    return chain


def _numbering_of(element: Any, styles: list[Any]) -> tuple[int, int]:
    """(numId, ilvl) from the paragraph or, failing that, its styles; numId 0
    means not numbered."""
    sources = [element.pPr] + [s.element.pPr for s in styles]
    num_id: int | None = None
    level: int | None = None
    for ppr in sources:
        if ppr is None:
            continue
        num_pr = ppr.find(_qn("w:numPr"))
        if num_pr is None:
            continue
        if num_id is None:
            found = num_pr.find(_qn("w:numId"))
            if found is not None:
                num_id = _int(found.get(_qn("w:val")))
        if level is None:
            found = num_pr.find(_qn("w:ilvl"))
            if found is not None:
                level = _int(found.get(_qn("w:val")))
    return num_id or 0, max(0, min(level or 0, 8))


def _heading_level(names: list[str], element: Any, styles: list[Any]) -> int:
    """1.. for a heading (by style name or outline level), else 0."""
    for name in names:
        lowered = name.lower()
        if lowered.startswith("heading ") and lowered[8:].strip().isdigit():
            return int(lowered[8:].strip())
    for ppr in [element.pPr] + [s.element.pPr for s in styles]:
        if ppr is None:
            continue
        outline = ppr.find(_qn("w:outlineLvl"))
        if outline is not None:
            value = _int(outline.get(_qn("w:val")))
            return value + 1 if value < 9 else 0
    return 0


def _int(value: str | None) -> int:
    try:
        return int(value or 0)
    except ValueError:
        return 0


@dataclass
class _Level:
    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1


@dataclass
class _Numbering:
    """Word's list numbering, replayed so each item gets the label Word shows
    ("I.", "A.", "1.", or "" for a bullet)."""

    doc: Any
    levels: dict[int, list[_Level]] = field(default_factory=dict)
    counters: dict[int, list[int]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        try:
            root = self.doc.part.numbering_part.element
        except Exception:  # no numbering part: nothing is numbered
            return
        abstracts: dict[str, list[_Level]] = {}
        for abstract in root.findall(_qn("w:abstractNum")):
            levels = [_Level() for _ in range(9)]
            for lvl in abstract.findall(_qn("w:lvl")):
                index = _int(lvl.get(_qn("w:ilvl")))
                if not 0 <= index < 9:
                    continue
                levels[index] = _Level(
                    fmt=_val(lvl, "w:numFmt") or "decimal",
                    text=_val(lvl, "w:lvlText") or "",
                    start=_int(_val(lvl, "w:start") or "1"),
                )
            abstracts[abstract.get(_qn("w:abstractNumId")) or ""] = levels
        for num in root.findall(_qn("w:num")):
            ref = _val(num, "w:abstractNumId") or ""
            if ref in abstracts:
                self.levels[_int(num.get(_qn("w:numId")))] = abstracts[ref]

    def label(self, num_id: int, level: int) -> str | None:
        """The label of the next item of list ``num_id`` at ``level``; "" for
        a bullet; None when the list is unknown."""
        levels = self.levels.get(num_id)
        if levels is None:
            return None
        counters = self.counters.setdefault(num_id, [lv.start - 1 for lv in levels])
        counters[level] += 1
        for deeper in range(level + 1, 9):
            counters[deeper] = levels[deeper].start - 1
        if levels[level].fmt in ("bullet", "none"):
            return ""
        text = levels[level].text
        for i in range(9):
            token = f"%{i + 1}"
            if token in text:
                text = text.replace(token, _format_number(max(counters[i], 1), levels[i].fmt))
        return text or f"{counters[level]}."


def _val(element: Any, tag: str) -> str | None:
    child = element.find(_qn(tag))
    if child is None:
        return None
    value: str | None = child.get(_qn("w:val"))
    return value


def _format_number(n: int, fmt: str) -> str:
    if fmt in ("upperRoman", "lowerRoman"):
        roman = _roman(n)
        return roman.upper() if fmt == "upperRoman" else roman
    if fmt in ("upperLetter", "lowerLetter"):
        letters = _letters(n)
        return letters.upper() if fmt == "upperLetter" else letters
    return str(n)


def _roman(n: int) -> str:
    out = []
    for value, numeral in _ROMAN:
        while n >= value:
            out.append(numeral)
            n -= value
    return "".join(out)


def _letters(n: int) -> str:
    # Word's letter lists go a..z, aa..zz, aaa..
    letter = chr(ord("a") + (n - 1) % 26)
    return letter * ((n - 1) // 26 + 1)
