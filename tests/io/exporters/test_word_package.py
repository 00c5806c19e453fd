"""The quick package writer writes what python-docx's own save writes."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import docx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from outliner.io.exporters.word_package import LARGE_PART_BYTES, package_bytes
from outliner.io.exporters.word_xml import paragraph_xml, run_xml, xml_safe


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


# -- the body spliced in as bytes --------------------------------------------------


def _body_fragment(paragraphs: list[str]) -> str:
    return "".join(paragraph_xml("Normal", run_xml(xml_safe(text))) for text in paragraphs)


def _c14n(data: bytes) -> bytes:
    from lxml import etree

    result: bytes = etree.tostring(etree.fromstring(data), method="c14n")
    return result


@settings(max_examples=40, deadline=None)
@given(st.lists(st.text(max_size=80), max_size=15))
def test_a_spliced_body_is_the_body_python_docx_would_write(paragraphs: list[str]) -> None:
    from outliner.io.exporters.word import append_body
    from outliner.io.exporters.word_package import can_splice

    fragment = _body_fragment(paragraphs)
    through_tree, spliced = docx.Document(), docx.Document()
    assert can_splice(spliced)
    append_body(through_tree, fragment)
    theirs = _parts(package_bytes(through_tree))
    ours = _parts(package_bytes(spliced, fragment.encode("utf-8")))
    assert list(ours) == list(theirs)  # the same parts in the same order
    main = "word/document.xml"
    assert {n: b for n, b in ours.items() if n != main} == {
        n: b for n, b in theirs.items() if n != main}
    assert _c14n(ours[main]) == _c14n(theirs[main])
    reopened = docx.Document(io.BytesIO(package_bytes(spliced, fragment.encode("utf-8"))))
    assert [p.text for p in reopened.paragraphs] == [
        xml_safe(t).replace("\r", "\n") for t in paragraphs]


def test_a_body_that_is_not_well_formed_is_refused() -> None:
    from lxml import etree

    with pytest.raises(etree.XMLSyntaxError):
        package_bytes(docx.Document(), b"<w:p><w:r>")
    with pytest.raises(etree.XMLSyntaxError):  # a prefix the body does not know
        package_bytes(docx.Document(), b"<x:p/>")


def test_a_body_with_content_or_another_prefix_goes_through_the_tree() -> None:
    from outliner.io.exporters.word_package import SpliceError, can_splice

    document = docx.Document()
    document.add_paragraph("kept")
    assert not can_splice(document)  # its body holds more than the section properties
    bare = docx.Document()
    bare.element.body.set("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}x",
                          "1")
    with pytest.raises(SpliceError):  # a body with attributes is not serialised as <w:body>
        package_bytes(bare, b"<w:p/>")


def _with_main_part(data: bytes, edit: Callable[[bytes], bytes]) -> bytes:
    """A Word document with its main part (word/document.xml) edited."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, \
            zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            blob = source.read(info.filename)
            if info.filename == "word/document.xml":
                blob = edit(blob)
            target.writestr(info, blob)
    return buffer.getvalue()


W = b"http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#: Main parts as other programs write them, which the splice must not trip on.
ODD_MAIN_PARTS: dict[str, Callable[[bytes], bytes]] = {
    # WordprocessingML under another prefix than w
    "another prefix": lambda blob: (blob.replace(b"<w:", b"<wx:").replace(b"</w:", b"</wx:")
                                    .replace(b" w:", b" wx:").replace(b"xmlns:w=", b"xmlns:wx=")),
    "a body declaring a namespace": lambda blob: blob.replace(
        b"<w:body>", b'<w:body xmlns:foo="urn:foo">'),
    "a body declaring w again": lambda blob: blob.replace(
        b"<w:body>", b'<w:body xmlns:w="' + W + b'">'),
    "a comment naming the body": lambda blob: blob.replace(
        b"<w:body>", b"<!-- <w:body> --><w:body>"),
}


@pytest.mark.parametrize("case", list(ODD_MAIN_PARTS))
def test_a_template_written_otherwise_exports_through_the_tree(tmp_path: Path, case: str) -> None:
    from outliner.io.exporters.options import ExportOptions
    from outliner.io.exporters.word import export_word
    from tests.support.helpers import small_essay

    template = tmp_path / "template.docx"
    template.write_bytes(_with_main_part(_saved(docx.Document()), ODD_MAIN_PARTS[case]))
    essay = small_essay()
    essay.node("b1").prose = "Words in a template written by another program."
    out = tmp_path / "out.docx"
    export_word(essay, out, ExportOptions(template=template))
    texts = [p.text for p in docx.Document(str(out)).paragraphs]
    assert "Words in a template written by another program." in texts


def test_the_stale_copy_of_the_styles_is_left_out(tmp_path: Path) -> None:
    from outliner.io.exporters.options import ExportOptions
    from outliner.io.exporters.word import export_word
    from tests.support.helpers import small_essay

    template_parts = _parts(_saved(docx.Document()))
    assert "word/stylesWithEffects.xml" in template_parts  # python-docx's default has one
    for options in (ExportOptions(), ExportOptions(mode="outline")):
        out = tmp_path / "out.docx"
        export_word(small_essay(), out, options)
        parts = _parts(out.read_bytes())
        assert "word/stylesWithEffects.xml" not in parts
        assert b"stylesWithEffects" not in parts["word/_rels/document.xml.rels"]
        assert b"stylesWithEffects" not in parts["[Content_Types].xml"]
        assert "word/styles.xml" in parts


def _saved(document: Any) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_parts_before_the_main_part_keep_their_place() -> None:
    from outliner.io.exporters.word import append_body

    def main_last(document: Any) -> Any:
        rels = document.part.package.rels
        for rid, rel in list(rels.items()):
            if rel.target_part is document.part:
                rels[rid] = rels.pop(rid)  # related last: walked last
        return document

    fragment = _body_fragment(["first", "second"])
    spliced, through_tree = main_last(docx.Document()), main_last(docx.Document())
    assert next(iter(spliced.part.package.parts)) is not spliced.part
    append_body(through_tree, fragment)
    ours = _parts(package_bytes(spliced, fragment.encode("utf-8")))
    theirs = _parts(package_bytes(through_tree))
    assert list(ours) == list(theirs)
    assert _c14n(ours["word/document.xml"]) == _c14n(theirs["word/document.xml"])
