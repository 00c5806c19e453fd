"""Hostile .docx files: bombs, lying zips, entities, deep XML, style cycles.

Each bomb is imported in a child process with its address space capped, so
a regression cannot eat the machine; the child reports its own peak memory
(from /proc: Linux only).
"""

from __future__ import annotations

import random
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import pytest

from outliner.io.archive import WORD_LIMITS
from outliner.io.cancel import ImportCancelled
from outliner.io.errors import DocumentError
from outliner.io.importers.word import docx_to_text, import_docx
from tests.conftest import REPO
from tests.support import docx_bombs

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
#: Peak memory a refusal may take (the target is 300 MB; a bare import of
#: python-docx is about 40).
PEAK_MB = 300
#: Not a timing: only a bound so that a hang fails instead of stalling the run.
HANG_SECONDS = 120

CHILD = """
import resource, sys
resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))  # 2 GB: never the machine
from outliner.io.importers.word import import_docx
from outliner.io.errors import DocumentError
try:
    import_docx(sys.argv[1])
    print("imported")
except DocumentError as exc:
    print("refused:", exc)
except MemoryError:
    print("out of memory")
# VmHWM is this program's own peak; ru_maxrss would include the parent's
# size at the fork before exec.
status = open("/proc/self/status").read().split("VmHWM:")[1]
print("peak_mb", int(status.split()[0]) // 1024)
"""


def import_in_child(path: Path) -> tuple[str, int]:
    """(what the import said, peak MB) of importing ``path`` in a fresh process."""
    done = subprocess.run([sys.executable, "-c", CHILD, str(path)], capture_output=True,
                          text=True, timeout=HANG_SECONDS, cwd="/",
                          env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr
    said, peak = done.stdout.strip().splitlines()
    return said, int(peak.split()[1])


def word_file(path: Path, body: str, *, doctype: str = "",
              styles: Callable[[bytes], bytes] | None = None) -> Path:
    """A real blank Word document with ``body`` as its w:body."""
    blank = path.with_name("blank-base.docx")
    docx.Document().save(str(blank))
    with zipfile.ZipFile(blank) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "word/document.xml":
                data = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                        f"{doctype}<w:document {W}><w:body>{body}</w:body></w:document>"
                        ).encode()
            elif info.filename == "word/styles.xml" and styles is not None:
                data = styles(data)
            dst.writestr(info, data)
    return path


def para(text: str, style: str = "") -> str:
    props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{props}<w:r><w:t>{text}</w:t></w:r></w:p>"


# -- bombs -------------------------------------------------------------------------------

@pytest.mark.parametrize(("bomb", "expected"), [
    ("zeros", "unpacks to more than 200 MB"),  # 3 GB of zeros, headers true
    ("paragraphs", "unpacks to more than 200 MB"),  # a billion <w:p/>, 6 GB
    ("lying", "damaged"),  # the central directory says 2 KB; the data inflates to 3 GB
    ("ratio", "compressed more than 100 to 1"),  # 30 MB of zeros: under the sizes
    ("entries", "holds more than 1000 files"),  # 200,000 entries; the end record says 1
])
def test_bombs_are_refused_within_memory(tmp_path: Path, bomb: str, expected: str) -> None:
    path = docx_bombs.ALL_BOMBS[bomb](tmp_path)
    assert path.stat().st_size < 20 * 1024 * 1024  # small on disk
    said, peak_mb = import_in_child(path)
    assert said.startswith(f"refused: {path}: ") and expected in said, said
    assert peak_mb < PEAK_MB


def test_a_million_tags_is_refused(tmp_path: Path) -> None:
    # Low-ratio text in tiny paragraphs: every size limit passes, the work would not.
    rng = random.Random(3)
    count = WORD_LIMITS.max_tags // 6 + 1000  # 6 "<" per paragraph
    body = "".join(para(f"{rng.randrange(10**9)} {rng.randrange(10**9):x}")
                   for _ in range(count))
    path = word_file(tmp_path / "tags.docx", body)
    said, peak_mb = import_in_child(path)
    assert said == f"refused: {path}: has more than 1,000,000 XML tags; " \
                   "a Word document never has that many"
    assert peak_mb < PEAK_MB


def test_a_part_over_its_size_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big-part.docx"
    body = docx_bombs.deflated(b"", b"<w:p/>", 40 * 1024 * 1024, b"")
    docx_bombs.write_raw_zip(path, [*docx_bombs.base_parts(tmp_path),
                                    docx_bombs.RawEntry("word/document.xml", body)])
    with pytest.raises(DocumentError, match=r"word/document\.xml unpacks to more than 32 MB"):
        import_docx(path)


def test_pictures_are_never_unpacked(tmp_path: Path) -> None:
    # A 40 MB "picture" would be over the part limit, but text needs no picture.
    path = tmp_path / "picture.docx"
    body = docx_bombs.deflated(b"", b"\x00" * 4096, 40 * 1024 * 1024, b"")
    text = docx_bombs.RawEntry("word/document.xml",
                               f"<w:document {W}><w:body>{para('The words')}</w:body>"
                               "</w:document>".encode())
    parts = docx_bombs.base_parts(tmp_path)
    docx_bombs.write_raw_zip(path, [*parts, text,
                                    docx_bombs.RawEntry("word/media/image1.png", body)])
    assert docx_to_text(path) == "The words\n"


def test_other_compression_methods_are_refused(tmp_path: Path) -> None:
    good = word_file(tmp_path / "good.docx", para("Hello"))
    path = tmp_path / "bzip.docx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_BZIP2) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, src.read(info))
    with pytest.raises(DocumentError, match="compression method"):
        import_docx(path)


def test_a_1mb_of_text_docx_still_imports(tmp_path: Path) -> None:
    path = docx_bombs.essay_of_one_megabyte(tmp_path / "long.docx", seed=4, headings=True)
    essay = import_docx(path)
    words = sum(len(n.text.split()) + len(n.prose.split()) for n in essay.walk())
    assert words > 1_000_000 / 7


# -- XML ---------------------------------------------------------------------------------

def test_text_after_an_entity_reference_is_kept(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET")
    doctype = (f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "{secret.as_uri()}">'
               '<!ENTITY name "inner">]>')
    path = word_file(tmp_path / "entity.docx",
                     para("before &xxe; after") + para("An &name; word, and more"),
                     doctype=doctype)
    text = docx_to_text(path)
    # The words around the reference stay; the reference stays as written,
    # unresolved: nothing is read from the disk or the network.
    assert text == "before &xxe; after\n\nAn &name; word, and more\n"
    assert "SECRET" not in text
    essay = import_docx(path)
    everything = " | ".join([essay.meta.title, *(f"{n.text} {n.prose}" for n in essay.walk())])
    assert "before &xxe; after" in everything and "An &name; word, and more" in everything


def test_entities_that_expand_without_end_are_refused(tmp_path: Path) -> None:
    levels = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    doctype = f'<!DOCTYPE w:document [<!ENTITY l0 "laugh">{levels}]>'
    path = word_file(tmp_path / "laughs.docx", para("ha &l9; ha"), doctype=doctype)
    with pytest.raises(DocumentError, match="expand"):
        import_docx(path)


def test_deep_nesting_is_refused(tmp_path: Path) -> None:
    depth = 300
    path = word_file(tmp_path / "deep.docx",
                     "<w:customXml>" * depth + para("deep") + "</w:customXml>" * depth)
    with pytest.raises(DocumentError) as error:
        import_docx(path)
    assert str(error.value) == (f"{path}: is not a Word document: its XML nests more than "
                                "256 levels deep")


def test_a_cycle_of_styles_ends(tmp_path: Path) -> None:
    # Two character styles based on each other, used under Works Cited where
    # italics are looked up through the style chain.
    def cycle(styles: bytes) -> bytes:
        pair = (b'<w:style w:type="character" w:styleId="A"><w:name w:val="A"/>'
                b'<w:basedOn w:val="B"/></w:style>'
                b'<w:style w:type="character" w:styleId="B"><w:name w:val="B"/>'
                b'<w:basedOn w:val="A"/></w:style>')
        return styles.replace(b"</w:styles>", pair + b"</w:styles>")

    entry = '<w:p><w:r><w:rPr><w:rStyle w:val="A"/></w:rPr><w:t>Ishiguro, Kazuo.</w:t></w:r></w:p>'
    path = word_file(tmp_path / "cycle.docx", para("An essay.") + para("Works Cited", "Heading1")
                     + entry, styles=cycle)
    said, _ = import_in_child(path)  # first where a loop without end cannot stall the run
    assert said == "imported"
    assert "Ishiguro, Kazuo." in docx_to_text(path)


# -- cancel ------------------------------------------------------------------------------

def test_cancel_stops_a_word_import(tmp_path: Path) -> None:
    path = word_file(tmp_path / "many.docx", "".join(para(f"Line {i}.") for i in range(2000)))
    asked: list[int] = []

    def stop_after_a_while() -> bool:
        asked.append(1)
        return len(asked) > 50

    with pytest.raises(ImportCancelled):
        import_docx(path, should_stop=stop_after_a_while)
    assert len(asked) == 51  # it stopped at the first "yes"
