"""Reading zip packages within limits (io/archive.py): damaged zips, end
records found behind a comment or in zip64 form, encrypted and directory
entries, and each limit (entries, ratio, tags) with the message naming the
file. Limits are made small with ``dataclasses.replace`` so that every
refusal is built from a real zip of a few kilobytes."""

from __future__ import annotations

import io
import struct
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from outliner.io.archive import (
    TEMPLATE_LIMITS,
    WORD_LIMITS,
    ArchiveContents,
    ArchiveLimits,
    read_archive,
    repack,
)
from outliner.io.cancel import ImportCancelled
from outliner.io.errors import DocumentError

DOC = b'<w:document xmlns:w="urn:w"><w:body><w:p><w:r><w:t>Hi</w:t></w:r></w:p></w:body>' \
      b"</w:document>"


def zip_bytes(entries: dict[str, bytes], *, method: int = zipfile.ZIP_DEFLATED,
              comment: bytes = b"") -> bytes:
    """A real zip (zipfile) holding ``entries`` in this order."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as package:
        for name, data in entries.items():
            package.writestr(name, data)
        package.comment = comment
    return buffer.getvalue()


def write_zip(path: Path, entries: dict[str, bytes], **kwargs: object) -> Path:
    path.write_bytes(zip_bytes(entries, **kwargs))  # type: ignore[arg-type]
    return path


def as_zip64(data: bytes, claimed_entries: int | None = None) -> bytes:
    """``data`` with its end record moved into zip64 form (a zip64 end
    record and locator before an end record whose counts say "see zip64"),
    as a writer of a large package leaves it; ``claimed_entries`` makes the
    zip64 record say another number of entries."""
    end = data.rindex(b"PK\x05\x06")
    fields = struct.unpack("<4s4H2LH", data[end:end + 22])
    count, cd_size, cd_offset = fields[4], fields[5], fields[6]
    if claimed_entries is not None:
        count = claimed_entries
    record64 = struct.pack("<4sQ2H2L4Q", b"PK\x06\x06", 44, 45, 45, 0, 0, count, count,
                           cd_size, cd_offset)
    locator = struct.pack("<4sLQL", b"PK\x06\x07", 0, end, 1)
    record = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, 0xFFFF, 0xFFFF, 0xFFFFFFFF,
                         0xFFFFFFFF, 0)
    return data[:end] + record64 + locator + record


def small(**changes: int) -> ArchiveLimits:
    """The Word limits with some made small."""
    return replace(WORD_LIMITS, **changes)  # type: ignore[arg-type]


def refusal(path: Path, limits: ArchiveLimits = WORD_LIMITS) -> str:
    with pytest.raises(DocumentError) as caught:
        read_archive(path, limits)
    assert caught.value.path == path
    assert "\n" not in str(caught.value)
    return str(caught.value)


# -- what is read ------------------------------------------------------------------------

def test_markup_entries_are_read_and_the_others_only_named(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "a.docx", {
        "[Content_Types].xml": b"<Types/>", "_rels/.rels": b"<Relationships/>",
        "word/document.xml": DOC, "word/media/image1.png": b"\x89PNG not really",
        "word/fonts/font1.odttf": b"\x00\x01"})
    contents = read_archive(path, WORD_LIMITS)
    assert contents.parts == {"[Content_Types].xml": b"<Types/>",
                              "_rels/.rels": b"<Relationships/>", "word/document.xml": DOC}
    assert contents.skipped == ["word/media/image1.png", "word/fonts/font1.odttf"]


def test_markup_suffixes_are_matched_whatever_their_case(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "upper.docx", {"WORD/DOCUMENT.XML": DOC, "_RELS/.RELS": b"<R/>"})
    assert sorted(read_archive(path, WORD_LIMITS).parts) == ["WORD/DOCUMENT.XML", "_RELS/.RELS"]


def test_a_template_keeps_every_entry_pictures_too(tmp_path: Path) -> None:
    picture = bytes(range(256))
    path = write_zip(tmp_path / "t.dotx", {"word/document.xml": DOC,
                                           "word/media/logo.png": picture})
    contents = read_archive(path, TEMPLATE_LIMITS)
    assert contents.parts == {"word/document.xml": DOC, "word/media/logo.png": picture}
    assert contents.skipped == []


def test_folder_entries_are_neither_read_nor_named(tmp_path: Path) -> None:
    path = tmp_path / "dirs.docx"
    with zipfile.ZipFile(path, "w") as package:
        package.mkdir("word")
        package.writestr("word/document.xml", DOC)
    contents = read_archive(path, WORD_LIMITS)
    assert contents.parts == {"word/document.xml": DOC}
    assert contents.skipped == []


def test_stored_entries_are_read_as_well_as_deflated_ones(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "stored.docx", {"word/document.xml": DOC},
                     method=zipfile.ZIP_STORED)
    assert read_archive(path, WORD_LIMITS).parts == {"word/document.xml": DOC}


def test_an_end_record_behind_a_comment_is_found(tmp_path: Path) -> None:
    # A comment puts the end record's last two bytes off the file's end:
    # the record is then looked for, as zipfile does.
    path = write_zip(tmp_path / "comment.docx", {"word/document.xml": DOC},
                     comment=b"written by a program that signs its zips")
    assert read_archive(path, WORD_LIMITS).parts == {"word/document.xml": DOC}


def test_a_comment_cannot_hide_too_many_entries(tmp_path: Path) -> None:
    entries = {f"word/part{i}.xml": b"<p/>" for i in range(5)}
    path = write_zip(tmp_path / "comment-many.docx", entries, comment=b"x" * 300)
    assert refusal(path, small(max_entries=4)) == (
        f"{path}: holds more than 4 files; a Word document never has that many")


def test_a_zip64_end_record_is_read(tmp_path: Path) -> None:
    path = tmp_path / "zip64.docx"
    path.write_bytes(as_zip64(zip_bytes({"word/document.xml": DOC, "word/a.png": b"png"})))
    contents = read_archive(path, WORD_LIMITS)
    assert contents.parts == {"word/document.xml": DOC}
    assert contents.skipped == ["word/a.png"]


def test_a_zip64_record_claiming_too_many_entries_is_refused_before_parsing(
        tmp_path: Path) -> None:
    path = tmp_path / "zip64-many.docx"
    path.write_bytes(as_zip64(zip_bytes({"word/document.xml": DOC}), claimed_entries=5000))
    assert refusal(path) == (f"{path}: holds more than 1000 files; "
                             "a Word document never has that many")


# -- damaged -----------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "data"), [
    ("empty.docx", b""),
    ("tiny.docx", b"PK\x03\x04"),  # shorter than any end record
    ("text.docx", b"This is a plain text file, saved with the wrong name.\n" * 20),
])
def test_a_file_that_is_no_zip_is_damaged(tmp_path: Path, name: str, data: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    message = refusal(path)
    assert message.startswith(f"{path}: is damaged: not a readable zip package (")


def test_a_zip_cut_short_is_damaged(tmp_path: Path) -> None:
    data = zip_bytes({"word/document.xml": DOC * 50})
    path = tmp_path / "cut.docx"
    path.write_bytes(data[: len(data) // 2])
    assert refusal(path).startswith(f"{path}: is damaged: not a readable zip package")


def test_an_entry_whose_bytes_were_changed_is_damaged_naming_it(tmp_path: Path) -> None:
    data = bytearray(zip_bytes({"word/document.xml": DOC}, method=zipfile.ZIP_STORED))
    at = bytes(data).index(b"Hi</w:t>")
    data[at:at + 2] = b"Ho"  # the CRC no longer matches
    path = tmp_path / "crc.docx"
    path.write_bytes(bytes(data))
    assert refusal(path).startswith(
        f"{path}: is damaged: word/document.xml cannot be unpacked (")


def test_deflate_data_that_cannot_inflate_is_damaged_naming_the_entry(tmp_path: Path) -> None:
    data = bytearray(zip_bytes({"word/document.xml": DOC * 20}))
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as package:
        info = package.getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    data[start:start + info.compress_size] = b"\xff" * info.compress_size  # invalid blocks
    path = tmp_path / "zlib.docx"
    path.write_bytes(bytes(data))
    assert refusal(path).startswith(
        f"{path}: is damaged: word/document.xml cannot be unpacked (")


def test_an_encrypted_entry_asks_for_the_document_without_a_password(tmp_path: Path) -> None:
    data = bytearray(zip_bytes({"word/document.xml": DOC}))
    local = bytes(data).index(b"PK\x03\x04")
    central = bytes(data).index(b"PK\x01\x02")
    data[local + 6] |= 0x1  # the "encrypted" flag, in both headers
    data[central + 8] |= 0x1
    path = tmp_path / "secret.docx"
    path.write_bytes(bytes(data))
    assert refusal(path) == (f"{path}: is password-protected (word/document.xml is encrypted); "
                             "save it without a password first")


def test_a_missing_file_and_a_folder_are_named(tmp_path: Path) -> None:
    assert refusal(tmp_path / "gone.docx") == f"{tmp_path / 'gone.docx'}: no such file"
    folder = tmp_path / "folder.docx"
    folder.mkdir()
    assert refusal(folder) == f"{folder}: is a folder, not a file"


# -- limits ------------------------------------------------------------------------------

def test_a_directory_that_lies_about_its_count_is_still_counted(tmp_path: Path) -> None:
    # The end record says one entry; the directory itself holds six (small
    # enough in bytes to pass the first look): zipfile's list is counted too.
    data = bytearray(zip_bytes({f"word/p{i}.xml": b"<p/>" for i in range(6)}))
    end = bytes(data).rindex(b"PK\x05\x06")
    struct.pack_into("<2H", data, end + 8, 1, 1)
    path = tmp_path / "lying-count.docx"
    path.write_bytes(bytes(data))
    assert refusal(path, small(max_entries=5)) == (
        f"{path}: holds more than 5 files; a Word document never has that many")


def test_headers_over_the_total_are_refused_before_inflating(tmp_path: Path) -> None:
    half = 600 * 1024
    path = write_zip(tmp_path / "total.docx", {"word/a.xml": b"a" * half,
                                                "word/b.png": b"b" * half})
    # The skipped picture counts too: the headers' total is what is checked.
    assert refusal(path, small(max_total_bytes=1024 * 1024)) == (
        f"{path}: unpacks to more than 1 MB; a Word document is never that large")
    assert read_archive(path, small(max_total_bytes=2 * half)).skipped == ["word/b.png"]


def test_an_entry_over_its_limit_is_named(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "entry.docx", {"word/small.xml": b"<a/>",
                                                "word/document.xml": b"<p/>" * 600_000})
    assert refusal(path, small(max_entry_bytes=2 * 1024 * 1024)) == (
        f"{path}: word/document.xml unpacks to more than 2 MB; "
        "a Word document is never that large")


def test_an_entry_compressed_past_the_ratio_is_a_bomb(tmp_path: Path) -> None:
    # 2 MB of zeros packs to about 2 KB: past the 1 MB floor, far past 100 to 1.
    path = write_zip(tmp_path / "ratio.docx", {"word/document.xml": b"\0" * (2 * 1024 * 1024)})
    assert refusal(path) == (f"{path}: word/document.xml is compressed more than 100 to 1, "
                             "which a Word document never is (a zip bomb?)")


def test_a_ratio_under_the_floor_is_not_looked_at(tmp_path: Path) -> None:
    # Styles compress 30 to 1 and more: under the floor any ratio is fine.
    data = b"\0" * (512 * 1024)
    path = write_zip(tmp_path / "floor.docx", {"word/styles.xml": data})
    assert read_archive(path, WORD_LIMITS).parts == {"word/styles.xml": data}


def test_tags_are_counted_over_all_markup_entries(tmp_path: Path) -> None:
    # A picture's "<" do not count: it is never inflated.
    path = write_zip(tmp_path / "tags.docx", {"word/a.xml": b"<a/>" * 6,
                                              "word/b.xml": b"<b/>" * 6,
                                              "word/c.png": b"<" * 100})
    assert refusal(path, small(max_tags=10)) == (
        f"{path}: has more than 10 XML tags; a Word document never has that many")
    assert read_archive(path, small(max_tags=12)).parts["word/b.xml"] == b"<b/>" * 6


def test_the_message_names_the_kind_of_package(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "t.dotx", {f"x{i}" : b"" for i in range(3)})
    assert refusal(path, replace(TEMPLATE_LIMITS, max_entries=2)) == (
        f"{path}: holds more than 2 files; a Word template never has that many")


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(count=st.integers(min_value=0, max_value=12), limit=st.integers(min_value=1, max_value=12))
def test_the_entry_limit_refuses_exactly_past_it(tmp_path: Path, count: int, limit: int) -> None:
    path = write_zip(tmp_path / "n.docx", {f"word/p{i}.xml": b"<p/>" for i in range(count)})
    limits = small(max_entries=limit)
    if count > limit:
        assert refusal(path, limits) == (f"{path}: holds more than {limit} files; "
                                         "a Word document never has that many")
    else:
        assert len(read_archive(path, limits).parts) == count


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(size=st.integers(min_value=0, max_value=3000),
       limit=st.integers(min_value=1, max_value=3000))
def test_the_tag_limit_refuses_exactly_past_it(tmp_path: Path, size: int, limit: int) -> None:
    path = write_zip(tmp_path / "t.docx", {"word/document.xml": b"<" * size})
    limits = small(max_tags=limit)
    if size > limit:
        assert refusal(path, limits).endswith(f"has more than {limit:,} XML tags; "
                                              "a Word document never has that many")
    else:
        assert read_archive(path, limits).parts["word/document.xml"] == b"<" * size


# -- cancel and repack -------------------------------------------------------------------

def test_cancel_is_asked_between_entries_and_stops_the_read(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "c.docx", {f"word/p{i}.xml": b"<p/>" for i in range(10)})
    asked: list[int] = []

    def stop_on_the_fourth() -> bool:
        asked.append(1)
        return len(asked) >= 4

    with pytest.raises(ImportCancelled):
        read_archive(path, WORD_LIMITS, should_stop=stop_on_the_fourth)
    assert len(asked) == 4


def test_a_cancel_that_never_says_yes_changes_nothing(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "c.docx", {"word/document.xml": DOC})
    assert read_archive(path, WORD_LIMITS, should_stop=lambda: False).parts == {
        "word/document.xml": DOC}


names = st.text(alphabet="abcdefghij/_", min_size=1, max_size=12).filter(
    lambda n: not n.startswith("/") and not n.endswith("/") and "//" not in n)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(entries=st.dictionaries(names, st.binary(max_size=2000), max_size=6),
       suffixes=st.lists(st.sampled_from([".xml", ".rels", ".png"]), min_size=6, max_size=6))
def test_parts_are_the_bytes_written_and_repack_keeps_them(
        tmp_path: Path, entries: dict[str, bytes], suffixes: list[str]) -> None:
    named = {name + suffix: data for (name, data), suffix in zip(entries.items(), suffixes,
                                                                 strict=False)}
    path = write_zip(tmp_path / "p.docx", named)
    contents = read_archive(path, replace(WORD_LIMITS, max_tags=10**9))
    markup = {n: d for n, d in named.items() if not n.endswith(".png")}
    assert contents.parts == markup
    assert contents.skipped == [n for n in named if n.endswith(".png")]
    with zipfile.ZipFile(repack(contents)) as again:
        assert {i.filename: again.read(i) for i in again.infolist()} == markup
        assert all(i.compress_type == zipfile.ZIP_STORED for i in again.infolist())


def test_repack_of_nothing_is_an_empty_zip() -> None:
    buffer = repack(ArchiveContents())
    assert buffer.tell() == 0
    with zipfile.ZipFile(buffer) as package:
        assert package.namelist() == []
