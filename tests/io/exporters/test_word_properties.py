"""The .docx says the truth about itself: made now, by this application, with
the essay's title and author; none of python-docx's template (2013, "Microsoft
Macintosh Word", a blank thumbnail) nor a user template's own properties."""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import docx
import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from outliner import APP_NAME, __version__
from outliner.core.essay import Essay, Meta, Node, NodeKind
from outliner.io.exporters.options import ExportOptions, Mode
from outliner.io.exporters.word import export_word
from outliner.io.exporters.word_properties import app_version, plain_title

K = NodeKind
APP_NS = {"ep": "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"}
REL_NS = {"r": "http://schemas.openxmlformats.org/package/2006/relationships"}
THUMBNAIL = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail"


def essay() -> Essay:
    return Essay(meta=Meta(title="Hope in *Never Let Me Go*", author="Jordan Q. Reyes"),
                 outline=[Node(K.BODY, "Claim", prose="Written.")])


def exported(tmp_path: Path, mode: Mode | None = None, template: Path | None = None,
             name: str = "out.docx") -> tuple[Path, datetime, datetime]:
    """Export; the file and the (whole-second) UTC times before and after."""
    path = tmp_path / name
    before = datetime.now(UTC).replace(microsecond=0)
    export_word(essay(), path, ExportOptions(mode=mode, template=template))
    return path, before, datetime.now(UTC)


def package_rels(path: Path) -> list[tuple[str, str]]:
    with zipfile.ZipFile(path) as archive:
        root = etree.fromstring(archive.read("_rels/.rels"))
    return [(rel.get("Type"), rel.get("Target")) for rel in root.findall("r:Relationship", REL_NS)]


def assert_the_exports_own(path: Path, before: datetime, after: datetime) -> None:
    props = docx.Document(str(path)).core_properties
    for moment in (props.created, props.modified):
        assert moment is not None and before <= moment.replace(tzinfo=UTC) <= after
    assert props.title == "Hope in Never Let Me Go"  # without the italics marks
    assert props.author == props.last_modified_by == "Jordan Q. Reyes"
    assert props.revision == 1
    assert (props.comments, props.subject, props.keywords, props.category) == ("", "", "", "")
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        app = etree.fromstring(archive.read("docProps/app.xml"))
        core = archive.read("docProps/core.xml").decode("utf-8")
        types = archive.read("[Content_Types].xml").decode("utf-8")
    assert app.findtext("ep:Application", namespaces=APP_NS) == APP_NAME
    assert app.findtext("ep:AppVersion", namespaces=APP_NS) == app_version(__version__)
    assert app.find("ep:Template", namespaces=APP_NS) is None
    assert "docProps/thumbnail.jpeg" not in names and "docProps/custom.xml" not in names
    assert all(kind != THUMBNAIL for kind, _ in package_rels(path))
    assert "thumbnail" not in types and "custom-properties" not in types
    for stale in ("python-docx", "2013-12-23", "Template Author", "2001-"):
        assert stale not in core


@pytest.mark.parametrize("mode", ["essay", "outline"])
def test_the_document_properties_are_the_exports_own(tmp_path: Path, mode: Mode) -> None:
    assert_the_exports_own(*exported(tmp_path, mode))


def _template_with_its_own_properties(tmp_path: Path) -> Path:
    """A writer's template: a style of its own, an author, 2001 dates, a
    thumbnail and custom properties."""
    doc = docx.Document()
    doc.styles.add_style("Fancy Quote", 1)
    props = doc.core_properties
    props.author, props.title, props.comments = "Template Author", "Letterhead", "internal"
    props.created = props.modified = datetime(2001, 5, 6, tzinfo=UTC)
    buffer = io.BytesIO()
    doc.save(buffer)
    custom = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://'
              'schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://'
              'schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="'
              '{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Client"><vt:lpwstr>ACME'
              "</vt:lpwstr></property></Properties>")
    path = tmp_path / "template.docx"
    with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(path, "w") as out:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "_rels/.rels":
                data = data.replace(b"</Relationships>", (
                    b'<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/'
                    b'officeDocument/2006/relationships/custom-properties" '
                    b'Target="docProps/custom.xml"/></Relationships>'))
            elif item.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", (
                    b'<Override PartName="/docProps/custom.xml" ContentType="application/'
                    b'vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>'))
            out.writestr(item, data)
        out.writestr("docProps/custom.xml", custom)
    with zipfile.ZipFile(path) as check:  # the template really carries all of it
        assert {"docProps/thumbnail.jpeg", "docProps/custom.xml"} <= set(check.namelist())
    return path


@pytest.mark.parametrize("mode", ["essay", "outline"])
def test_a_templates_styles_are_kept_and_its_properties_are_not(
    tmp_path: Path, mode: Mode
) -> None:
    template = _template_with_its_own_properties(tmp_path)
    path, before, after = exported(tmp_path, mode, template)
    assert "Fancy Quote" in {style.name for style in docx.Document(str(path)).styles}
    assert_the_exports_own(path, before, after)


def test_an_essay_without_title_or_author_leaves_them_empty(tmp_path: Path) -> None:
    path = tmp_path / "bare.docx"
    export_word(Essay(outline=[Node(K.BODY, "Claim", prose="Text.")]), path, ExportOptions())
    props = docx.Document(str(path)).core_properties
    assert (props.title, props.author, props.last_modified_by) == ("", "", "")


@pytest.mark.parametrize(("title", "plain"), [
    ("Hope in *Never Let Me Go*", "Hope in Never Let Me Go"),
    ("**Bold** and *italic* and ***both***", "Bold and italic and both"),
    ("5 * 3 is *not* 2*2", "5 * 3 is not 2*2"),  # lone stars are the writer's own
    (r"A literal \*star\*", "A literal *star*"),
    ("  A\ntitle  on\tlines ", "A title on lines"),
    ("*unclosed", "*unclosed"),
])
def test_the_title_property_is_the_title_as_read(title: str, plain: str) -> None:
    assert plain_title(title) == plain


@given(st.text(alphabet="ab *\\\n", max_size=30))
def test_the_plain_title_drops_only_marks(title: str) -> None:
    plain = plain_title(title)
    # Marks and the backslashes escaping stars come off (core.inline); no word does.
    assert plain.replace("*", "").replace("\\", "").split() == (
        title.replace("*", "").replace("\\", "").split())


@pytest.mark.parametrize(("version", "field"), [
    ("0.1.0", "00.0100"), ("1.4.2", "01.0402"), ("12.0", "12.0000"), ("2.10.3rc1", "02.1003"),
    ("dev", "00.0000"),
])
def test_app_version_is_in_the_form_the_format_requires(version: str, field: str) -> None:
    assert app_version(version) == field
