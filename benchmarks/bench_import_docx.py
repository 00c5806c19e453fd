"""How fast is the Word import? Prints a table beside pandoc; asserts nothing.

Two 1 MB-of-text .docx files, built in a temporary folder:

- "plain": the one generator of tests/support/docx_bombs.py (Normal paragraphs
  of random words, the file the limits test lets through);
- "essay": an essay-like draft made with python-docx: a title, headings,
  paragraphs in Normal and Body Text with italic runs, a numbered list at two
  levels (w:numPr with w:ilvl) and a bulleted one by style ("List Bullet 2"),
  quotations with page citations and a
  footnote on every tenth paragraph.

Each is imported in-process (``import_docx``, the parse only) and as a whole
process (``outliner import FILE -o OUT.essay``: start-up, parse and save),
and converted by ``pandoc FILE -t json`` (its own parse, and no more) in the
same run. Each figure is the best of a few runs, as wall-clock seconds and as
CPU seconds (this process and its children: steadier on a busy machine).

    .venv/bin/python benchmarks/bench_import_docx.py [--repeat N]
"""

from __future__ import annotations

import argparse
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import docx  # noqa: E402
from docx.opc.constants import RELATIONSHIP_TYPE as RT  # noqa: E402
from docx.opc.packuri import PackURI  # noqa: E402
from docx.opc.part import Part  # noqa: E402
from docx.oxml import parse_xml  # noqa: E402

from outliner.io.importers.word import import_docx  # noqa: E402
from tests.support import docx_bombs  # noqa: E402

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_FOOTNOTES_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
WORDS = [
    "the", "clones", "memory", "hope", "Hailsham", "Kathy", "Tommy", "Ruth", "deferral",
    "rumour", "tape", "sales", "outside", "society", "symbol", "donation", "carers",
    "guardians", "novel", "narrator", "loss", "time", "childhood", "art", "gallery",
    "promise", "belonging", "normal", "lives", "students", "school", "world", "which",
    "because", "remembers", "shows", "never", "always", "their", "about", "against",
]
TEXT_BYTES = 1_000_000
OUTLINE_NUM_ID = 90


def essay_docx(path: Path, seed: int = 3) -> Path:
    """An essay-like draft of about 1 MB of text (see the module docstring)."""
    rng = random.Random(seed)

    def sentence(low: int = 8, high: int = 22) -> str:
        words = rng.choices(WORDS, k=rng.randint(low, high))
        return words[0].capitalize() + " " + " ".join(words[1:]) + "."

    document = docx.Document()
    _add_outline_numbering(document)
    document.add_paragraph("Memory and Hope in Never Let Me Go", style="Title")
    footnotes: list[str] = []
    written = 0
    paragraph_number = 0
    while written < TEXT_BYTES:
        if paragraph_number % 40 == 0:
            heading = document.add_heading(sentence(3, 6).rstrip("."), 1)
            written += len(heading.text)
        paragraph_number += 1
        style = "Body Text" if paragraph_number % 3 == 0 else "Normal"
        paragraph = document.add_paragraph(style=style)
        for i in range(rng.randint(4, 8)):
            run = paragraph.add_run(sentence() + " ")
            run.italic = i % 3 == 1  # a title or an emphasis inside the prose
            written += len(run.text)
        if paragraph_number % 5 == 0:
            quoted = paragraph.add_run(f"“{sentence(6, 12)}” ({rng.randint(1, 280)}). ")
            written += len(quoted.text)
        if paragraph_number % 10 == 0:
            footnotes.append(sentence(10, 20))
            paragraph._p.append(parse_xml(
                f'<w:r xmlns:w="{_W}"><w:footnoteReference w:id="{len(footnotes)}"/></w:r>'))
            written += len(footnotes[-1])
        if paragraph_number % 7 == 0:
            # Word's own numbered list (the level on each paragraph, w:numPr/w:ilvl),
            # then a bulleted one by style ("List Bullet 2" is its second level).
            for level in (0, 1, 1, 0):
                item = document.add_paragraph(sentence(5, 12), style="List Paragraph")
                num_pr = item._p.get_or_add_pPr().get_or_add_numPr()
                num_pr.get_or_add_ilvl().val = level
                num_pr.get_or_add_numId().val = OUTLINE_NUM_ID
                written += len(item.text)
            for style_name in ("List Bullet", "List Bullet 2"):
                written += len(document.add_paragraph(sentence(5, 12), style=style_name).text)
    _add_footnotes(document, footnotes)
    document.save(str(path))
    return path


def _add_outline_numbering(document: object) -> None:
    """A two-level numbered list ("1." then "a)") as Word writes one."""
    levels = "".join(
        f'<w:lvl w:ilvl="{level}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/></w:lvl>'
        for level, fmt, text in ((0, "decimal", "%1."), (1, "lowerLetter", "%2)")))
    numbering = document.part.numbering_part.element  # type: ignore[attr-defined]
    numbering.insert(0, parse_xml(
        f'<w:abstractNum xmlns:w="{_W}" w:abstractNumId="{OUTLINE_NUM_ID}">'
        f'<w:multiLevelType w:val="multilevel"/>{levels}</w:abstractNum>'))
    numbering.append(parse_xml(
        f'<w:num xmlns:w="{_W}" w:numId="{OUTLINE_NUM_ID}"><w:abstractNumId '
        f'w:val="{OUTLINE_NUM_ID}"/></w:num>'))


def _add_footnotes(document: object, notes: list[str]) -> None:
    """A footnotes part (python-docx cannot write one) holding ``notes``."""
    items = "".join(
        f'<w:footnote w:id="{number}"><w:p><w:r><w:t xml:space="preserve">{escape(text)}'
        f"</w:t></w:r></w:p></w:footnote>" for number, text in enumerate(notes, 1))
    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes '
           f'xmlns:w="{_W}"><w:footnote w:type="separator" w:id="-1"><w:p><w:r>'
           f"<w:separator/></w:r></w:p></w:footnote>{items}</w:footnotes>")
    part = document.part  # type: ignore[attr-defined]
    notes_part = Part(PackURI("/word/footnotes.xml"), _FOOTNOTES_TYPE, xml.encode(),
                      part.package)
    part.relate_to(notes_part, RT.FOOTNOTES)


def best_of(repeat: int, action: Callable[[], object]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of the fastest of ``repeat`` runs; CPU counts
    this process and the children it waited for (pandoc, ``outliner``), so a
    busy machine moves it less than the wall clock."""
    best = (float("inf"), float("inf"))
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), _cpu()
        action()
        best = min(best, (time.perf_counter() - wall, _cpu() - cpu))
    return best


def _cpu() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(
        resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def whole_process(path: Path, out: Path) -> None:
    subprocess.run([sys.executable, "-m", "outliner.cli", "import", str(path), "-o", str(out),
                    "--force"], check=True, capture_output=True, cwd=REPO)


def pandoc(path: Path) -> None:
    subprocess.run(["pandoc", str(path), "-t", "json", "-o", "/dev/null"], check=True)


def _pair(seconds: tuple[float, float]) -> str:
    return f"{seconds[0]:.3f} {seconds[1]:.3f}"


def _ratios(theirs: tuple[float, float], ours: tuple[float, float]) -> str:
    return f"{theirs[0] / ours[0]:.2f} {theirs[1] / ours[1]:.2f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure (best kept)")
    args = parser.parse_args()
    have_pandoc = shutil.which("pandoc") is not None
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files = {
            "plain": docx_bombs.essay_of_one_megabyte(folder / "plain.docx"),
            "essay": essay_docx(folder / "essay.docx"),
        }
        print(f"{'file':<6} {'nodes':>6} {'in-process':>14} {'process':>14} {'pandoc':>14} "
              f"{'pandoc/in-process':>18} {'pandoc/process':>15}")
        print(f"{'':<6} {'':>6} {'wall  cpu':>14} {'wall  cpu':>14} {'wall  cpu':>14} "
              f"{'wall  cpu':>18} {'wall  cpu':>15}")
        for label, path in files.items():
            nodes = sum(1 for _ in import_docx(path).walk())  # also warms the imports
            inside = best_of(args.repeat, lambda p=path: import_docx(p))
            process = best_of(args.repeat, lambda p=path: whole_process(p, folder / "o.essay"))
            figures = f"{label:<6} {nodes:>6} {_pair(inside):>14} {_pair(process):>14}"
            if have_pandoc:
                theirs = best_of(args.repeat, lambda p=path: pandoc(p))
                figures += (f" {_pair(theirs):>14} {_ratios(theirs, inside):>18} "
                            f"{_ratios(theirs, process):>15}")
            print(figures)
    if not have_pandoc:
        print("pandoc is not installed (apt-get install pandoc): its columns are left out")
    return 0


if __name__ == "__main__":
    sys.exit(main())
