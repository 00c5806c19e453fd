"""Writing a python-docx document's package to bytes, quickly.

python-docx's ``save`` deflates every part at zlib's default level 6. The
essay's own body (``word/document.xml``, about 2.4 MB of XML for 300,000
words) then takes most of an export's compression time: level 1 deflates it
about seven times faster, for a file about a third larger (0.56 MB instead of
0.40 MB). Small parts keep the default level; their time is negligible.

The body's paragraphs, written as one XML string, need not go through
python-docx's tree at all: :func:`package_bytes` splices their bytes into
the serialised main part, just before its section properties, after lxml has
parsed them on their own (so a body that is not well-formed XML, or one past
libxml2's limits, is still refused before anything is written). The check
and the deflating of the main part run on threads while the other parts are
serialised: lxml and zlib release the GIL while they work.
"""

from __future__ import annotations

import io
import threading
import zipfile
from collections.abc import Callable
from typing import Any

from outliner.io.exporters.word_xml import W_NS

#: Parts at least this large are deflated at ``FAST_LEVEL``.
LARGE_PART_BYTES = 1 << 20
FAST_LEVEL = 1
DEFAULT_LEVEL = 6
#: Where a body's paragraphs go in the serialised main part: just inside the
#: body, so before the section properties, the only child it keeps.
_BODY_OPEN = b"<w:body>"


class _ZipWriter:
    """What python-docx's PackageWriter writes through (``write``), over a zip
    whose compression level depends on the part's size."""

    def __init__(self, archive: zipfile.ZipFile) -> None:
        self._archive = archive

    def write(self, pack_uri: Any, blob: bytes) -> None:
        level = FAST_LEVEL if len(blob) >= LARGE_PART_BYTES else DEFAULT_LEVEL
        self._archive.writestr(pack_uri.membername, blob, zipfile.ZIP_DEFLATED, level)


class SpliceError(ValueError):
    """The serialised main part has no one plain ``<w:body>`` to splice a
    body into (a template's body declaring namespaces of its own, say);
    nothing is written, and the body goes through python-docx's tree."""


class _Background:
    """One call on a thread; :meth:`join` returns once it is done and raises
    what it raised."""

    def __init__(self, call: Callable[[], object]) -> None:
        self._call = call
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._call()
        except BaseException as exc:  # handed to the caller by join()
            self._error = exc

    def join(self) -> None:
        self._thread.join()
        if self._error is not None:
            raise self._error


def can_splice(doc: Any) -> bool:
    """Can a body be spliced into ``doc``'s main part as bytes? Only when the
    body holds just its section properties and ``w`` names WordprocessingML
    at the root, as the body's paragraphs do (a template written by another
    program may name it otherwise). Whether the serialised body then opens
    as one plain ``<w:body>`` is told by :class:`SpliceError`."""
    children = list(doc.element.body)
    return (doc.element.nsmap.get("w") == W_NS and len(children) == 1
            and children[0].tag == f"{{{W_NS}}}sectPr")


def check_body(body: bytes) -> None:
    """Parse ``body`` (paragraph XML, UTF-8) as the body it will be; raises
    lxml's error when it is not well-formed or past libxml2's limits."""
    from lxml import etree  # type: ignore[import-untyped]  # python-docx's XML library

    etree.fromstring(b"".join((f'<w:body xmlns:w="{W_NS}">'.encode(), body, b"</w:body>")))


def package_bytes(doc: Any, body: bytes = b"") -> bytes:
    """``doc`` as .docx bytes: the parts python-docx's ``save`` writes, in its
    order, through the same PackageWriter steps (python-docx 1.x), with
    ``body`` (see :func:`can_splice`) as the main part's paragraphs."""
    from docx.opc.pkgwriter import PackageWriter

    # PackageWriter's steps are static and write through ``write`` only.
    steps: Any = PackageWriter
    package = doc.part.package
    parts = list(package.parts)
    for part in parts:
        part.before_marshal()
    check = _Background(lambda: check_body(body)) if body else None
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        writer = _ZipWriter(archive)
        steps._write_content_types_stream(writer, parts)
        steps._write_pkg_rels(writer, package.rels)
        if body:
            _write_with_body(writer, parts, doc.part, body)
        else:
            steps._write_parts(writer, parts)
    if check is not None:
        check.join()
    return buffer.getvalue()


def _write_with_body(writer: _ZipWriter, parts: list[Any], main: Any, body: bytes) -> None:
    """The parts as PackageWriter writes them, in its order (each blob, then
    its rels), the main part deflated on a thread while the parts after it
    are serialised."""
    blob = main.blob
    at = blob.find(_BODY_OPEN)
    if at < 0 or blob.find(_BODY_OPEN, at + 1) >= 0:
        raise SpliceError("the main part's body is not where a body can be spliced")
    at += len(_BODY_OPEN)
    spliced = blob[:at] + body + blob[at:]
    first = next(i for i, part in enumerate(parts) if part is main)
    for part in parts[:first]:
        _write_part(writer, part)
    # The zip takes one member at a time: what follows waits in memory.
    deflating = _Background(lambda: writer.write(main.partname, spliced))
    waiting: list[tuple[Any, bytes]] = []
    try:
        if len(main.rels):
            waiting.append((main.partname.rels_uri, main.rels.xml))
        for part in parts[first + 1:]:
            waiting.append((part.partname, part.blob))
            if len(part.rels):
                waiting.append((part.partname.rels_uri, part.rels.xml))
    finally:  # never leave the zip while the thread still writes into it
        deflating.join()
    for uri, data in waiting:
        writer.write(uri, data)


def _write_part(writer: _ZipWriter, part: Any) -> None:
    writer.write(part.partname, part.blob)
    if len(part.rels):
        writer.write(part.partname.rels_uri, part.rels.xml)
