"""The quick package writer writes what python-docx's own save writes."""

from __future__ import annotations

import io
import zipfile

import docx
from hypothesis import given, settings
from hypothesis import strategies as st

from outliner.io.exporters.word_package import LARGE_PART_BYTES, package_bytes


def _parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.testzip() is None  # every part's CRC checks out
        return {name: archive.read(name) for name in archive.namelist()}


@settings(max_examples=10, deadline=None)
@given(st.lists(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cc", "Cs")),
                        max_size=60), max_size=20),
       st.booleans())
def test_package_holds_the_parts_python_docx_writes(paragraphs: list[str], large: bool) -> None:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if large:  # a body past the size that gets the fast level
        filler = "word " * 2000
        for _ in range(LARGE_PART_BYTES // len(filler) + 1):
            document.add_paragraph(filler)
    theirs = io.BytesIO()
    document.save(theirs)
    ours = package_bytes(document)
    assert list(_parts(ours)) == list(_parts(theirs.getvalue()))
    assert _parts(ours) == _parts(theirs.getvalue())
    reopened = docx.Document(io.BytesIO(ours))
    assert [p.text for p in reopened.paragraphs][:len(paragraphs)] == paragraphs
