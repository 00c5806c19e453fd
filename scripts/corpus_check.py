"""Import a public corpus and count crashes, refusals and words lost.

pandoc is the independent reader: a file's words as ``pandoc -t plain``
prints them must all be somewhere in the imported essay (its meta, sources,
node texts, cites and prose). Numbers alone are left out of the comparison,
since pandoc prints list numbers ("1.") that are structure, not the writer's
words. The corpora are not part of the project; point the script at them:

    python scripts/corpus_check.py docx DIR        # every *.docx in DIR
    python scripts/corpus_check.py commonmark SPEC # the examples of spec.txt
"""

from __future__ import annotations

import re
import subprocess
import sys
import traceback
from pathlib import Path

from outliner.core.essay import Essay
from outliner.core.inline import plain
from outliner.io import open_document
from outliner.io.errors import DocumentError
from outliner.io.importers.text import parse_text

WORD = re.compile(r"[^\W_]+")
EXAMPLE = re.compile(r"^`{32} example\n(.*?)^\.\n.*?^`{32}$", re.M | re.S)


def words(text: str) -> set[str]:
    return {w.lower() for w in WORD.findall(text) if not w.isdigit()}


def essay_words(essay: Essay) -> set[str]:
    meta = essay.meta
    parts = [meta.title, meta.author, meta.instructor, meta.course, meta.date]
    parts += [source.text for source in essay.sources]
    for node in essay.walk():
        parts += [node.text, node.cite, node.prose]
    return words(plain("\n".join(parts)))  # *italic* is the model's markup, not words


def pandoc_plain(args: list[str], text: str | None = None) -> str:
    done = subprocess.run(["pandoc", "-t", "plain", "--wrap=none", *args], input=text,
                          capture_output=True, text=True, check=False)
    return done.stdout


#: Markdown markup a reader never sees as text: code backticks, tags and
#: comments, entities, link brackets.
MARKUP = ("`", "<", "&", "](", "<!--")


def markup_left(essay: Essay, reference: str) -> list[str]:
    """The markup in the essay's text that the reference reader shows as none."""
    meta = essay.meta
    parts = [meta.title, meta.author, meta.instructor, meta.course, meta.date]
    parts += [source.text for source in essay.sources]
    parts += [field for node in essay.walk() for field in (node.text, node.cite, node.prose)]
    ours = plain("\n".join(parts))
    return [mark for mark in MARKUP if mark in ours and mark not in reference]


def pandoc_words(args: list[str], text: str | None = None) -> set[str]:
    done = subprocess.run(["pandoc", "-t", "plain", "--wrap=none", *args], input=text,
                          capture_output=True, text=True, timeout=60, check=False)
    return words(done.stdout)


def report(name: str, lost: set[str], counts: dict[str, int]) -> None:
    if lost:
        counts["lost"] += 1
        print(f"lost {name}: {len(lost)} words, e.g. {sorted(lost)[:8]}")


def check_docx(folder: Path) -> dict[str, int]:
    counts = {"files": 0, "crashes": 0, "refused": 0, "lost": 0}
    for path in sorted(folder.glob("*.docx")):
        counts["files"] += 1
        try:
            essay = open_document(path)
        except DocumentError as exc:
            counts["refused"] += 1
            print(f"refused {path.name}: {exc}")
            continue
        except Exception:
            counts["crashes"] += 1
            print(f"CRASH {path.name}")
            traceback.print_exc(limit=4)
            continue
        report(path.name, pandoc_words([str(path)]) - essay_words(essay), counts)
    return counts


def check_commonmark(spec: Path) -> dict[str, int]:
    counts = {"files": 0, "crashes": 0, "refused": 0, "lost": 0, "markup": 0}
    for number, markdown in enumerate(EXAMPLE.findall(spec.read_text("utf-8")), 1):
        markdown = markdown.replace("→", "\t")  # the spec shows tabs as arrows
        counts["files"] += 1
        try:
            essay = parse_text(markdown, markdown=True)
        except Exception:
            counts["crashes"] += 1
            print(f"CRASH example {number}")
            traceback.print_exc(limit=4)
            continue
        reference = pandoc_plain(["-f", "commonmark"], markdown)
        lost = words(reference) - essay_words(essay)
        report(f"example {number}", lost, counts)
        left = markup_left(essay, reference)
        if left:
            counts["markup"] += 1
            print(f"markup left in example {number}: {left}")
    return counts


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in ("docx", "commonmark"):
        print(__doc__)
        return 2
    check = check_docx if argv[0] == "docx" else check_commonmark
    counts = check(Path(argv[1]))
    print(f"{argv[0]}: {counts['files']} read, {counts['crashes']} crashes, "
          f"{counts['refused']} refused, {counts['lost']} with words lost"
          + (f", {counts['markup']} with markup left" if "markup" in counts else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
