"""An EPUB book's text, read as the zip of XHTML it is, with its pages.

The zip is read within limits (``io/archive.py``: sizes, entries, ratios,
tags), the XML with entities, DTDs and the network off. The reading order
is the package's spine. Page numbers come from the book's page list (the
EPUB 3 navigation document's ``page-list``, or the EPUB 2 NCX
``pageList``), else from ``epub:type="pagebreak"`` markers in the text; a
book with neither is one page without a number, like a plain text.
"""

from __future__ import annotations

import html.entities
import posixpath
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urldefrag

from outliner.core.book_text import BookPage, BookText
from outliner.io.archive import WORD_LIMITS, ArchiveLimits, read_archive
from outliner.io.books.progress import Cancel, Progress, step
from outliner.io.errors import DocumentError
from outliner.io.reading import BOOK_TEXT, EPUB_BOOK

_MB = 1024 * 1024
#: A long novel is some 5 MB of XHTML in a few hundred files; pictures and
#: fonts are never inflated (only their names are read).
EPUB_LIMITS: ArchiveLimits = replace(
    WORD_LIMITS, file=EPUB_BOOK, max_entries=10_000, max_entry_bytes=32 * _MB,
    max_total_bytes=200 * _MB, max_tags=5_000_000,
    markup_suffixes=(".xhtml", ".html", ".htm", ".xml", ".opf", ".ncx"))

_CONTAINER = "META-INF/container.xml"
#: Elements whose text a reader never sees.
_HIDDEN = frozenset({"head", "script", "style", "template"})
#: Elements that end a line of text.
_BLOCKS = frozenset({
    "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section",
    "article", "aside", "header", "footer", "tr", "dd", "dt", "pre", "figcaption", "hr",
    "table", "ul", "ol", "body",
})
#: An HTML named entity (XHTML files use &nbsp; and friends without declaring them).
_NAMED_ENTITY = re.compile(rb"&([A-Za-z][A-Za-z0-9]{1,31});")
_XML_ENTITIES = frozenset({b"amp", b"lt", b"gt", b"quot", b"apos"})


def read_epub(path: Path, *, progress: Progress | None = None,
              cancel: Cancel | None = None) -> BookText:
    """The pages of the EPUB at ``path``; DocumentError naming the file and
    the problem when it is not one, or is too large or damaged."""
    contents = read_archive(path, EPUB_LIMITS, cancel)
    parts = contents.parts
    if _CONTAINER not in parts:
        raise DocumentError(path, f"is not an EPUB book (a zip without {_CONTAINER})")
    package_path = _package_path(parts[_CONTAINER], path)
    if package_path not in parts:
        raise DocumentError(path, f"is damaged: its package file {package_path} is missing")
    package = _parse(parts[package_path], path, package_path)
    spine, nav, ncx = _spine(package, package_path)
    if not spine:
        raise DocumentError(path, "is damaged: its reading order (spine) lists no documents")
    targets = _page_targets(parts, nav, ncx, path)
    reader = _Reader(targets)
    for number, name in enumerate(spine):
        step(number, len(spine), progress, cancel)
        data = parts.get(name)
        if data is None:
            continue  # a spine entry that is missing: its text cannot be read
        reader.document(name, _parse(data, path, name))
    step(len(spine), len(spine), progress, cancel)
    book = reader.book()
    size = sum(len(page.text) for page in book.pages)
    if size > BOOK_TEXT.max_bytes:
        raise DocumentError(path, f"holds more text than {BOOK_TEXT.what} may "
                                  f"({size / _MB:.0f} million characters; the limit is "
                                  f"{BOOK_TEXT.max_bytes // _MB} million)")
    return book


def _parse(data: bytes, path: Path, name: str) -> Any:
    from lxml import etree  # type: ignore[import-untyped]

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False,
                             load_dtd=False, dtd_validation=False, recover=True)
    try:
        root = etree.fromstring(_numeric_entities(data), parser)
    except etree.XMLSyntaxError as exc:
        raise DocumentError(path, f"is damaged: {name} is not readable XML ({exc})") from exc
    if root is None:
        raise DocumentError(path, f"is damaged: {name} is not readable XML")
    return root


def _numeric_entities(data: bytes) -> bytes:
    """HTML's named entities as character references: XML knows only five,
    and a parser meeting an undeclared one drops text around it."""
    def numeric(match: re.Match[bytes]) -> bytes:
        name = match[1]
        if name in _XML_ENTITIES:
            return match[0]
        char = html.entities.html5.get(name.decode("ascii") + ";")
        return match[0] if char is None else "".join(f"&#{ord(c)};" for c in char).encode()
    return _NAMED_ENTITY.sub(numeric, data)


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _package_path(container: bytes, path: Path) -> str:
    root = _parse(container, path, _CONTAINER)
    for element in root.iter():
        if _local(element.tag) == "rootfile" and element.get("full-path"):
            return posixpath.normpath(unquote(str(element.get("full-path"))))
    raise DocumentError(path, f"is damaged: {_CONTAINER} names no package file")


def _spine(package: Any, package_path: str) -> tuple[list[str], str | None, str | None]:
    """The documents in reading order, and the navigation document and the
    NCX, as paths inside the zip."""
    folder = posixpath.dirname(package_path)
    manifest: dict[str, tuple[str, str, str]] = {}
    spine_ids: list[str] = []
    toc_id = ""
    for element in package.iter():
        name = _local(element.tag)
        if name == "item" and element.get("id") and element.get("href"):
            manifest[str(element.get("id"))] = (
                _join(folder, str(element.get("href"))), str(element.get("media-type", "")),
                str(element.get("properties", "")))
        elif name == "itemref" and element.get("idref"):
            spine_ids.append(str(element.get("idref")))
        elif name == "spine":
            toc_id = str(element.get("toc", ""))
    # Each document once, where it first comes: a spine listing one chapter
    # thousands of times would otherwise multiply its text without limit.
    spine = list(dict.fromkeys(manifest[item][0] for item in spine_ids if item in manifest))
    nav = next((href for href, _type, props in manifest.values() if "nav" in props.split()),
               None)
    ncx = manifest[toc_id][0] if toc_id in manifest else next(
        (href for href, media, _props in manifest.values()
         if media == "application/x-dtbncx+xml"), None)
    return spine, nav, ncx


def _join(folder: str, href: str) -> str:
    return posixpath.normpath(posixpath.join(folder, unquote(href)))


@dataclass
class _Targets:
    """Where pages begin: (document, element id) to label, and documents
    that begin a page themselves."""

    at_id: dict[tuple[str, str], str] = field(default_factory=dict)
    at_start: dict[str, str] = field(default_factory=dict)

    def add(self, base: str, href: str, label: str) -> None:
        target, fragment = urldefrag(href)
        document = _join(posixpath.dirname(base), target) if target else base
        if fragment:
            self.at_id.setdefault((document, unquote(fragment)), label)
        else:
            self.at_start.setdefault(document, label)

    def __bool__(self) -> bool:
        return bool(self.at_id or self.at_start)


def _page_targets(parts: dict[str, bytes], nav: str | None, ncx: str | None,
                  path: Path) -> _Targets:
    targets = _Targets()
    if nav is not None and nav in parts:
        root = _parse(parts[nav], path, nav)
        for element in root.iter():
            if _local(element.tag) == "nav" and "page-list" in _epub_type(element):
                for link in element.iter():
                    if _local(link.tag) == "a" and link.get("href"):
                        targets.add(nav, str(link.get("href")), _text(link))
    if not targets and ncx is not None and ncx in parts:
        root = _parse(parts[ncx], path, ncx)
        for element in root.iter():
            if _local(element.tag) != "pageTarget":
                continue
            label = next((_text(e) for e in element.iter() if _local(e.tag) == "text"), "")
            label = label or str(element.get("value", ""))
            source = next((str(e.get("src")) for e in element.iter()
                           if _local(e.tag) == "content" and e.get("src")), "")
            if source:
                targets.add(ncx, source, label)
    return targets


def _epub_type(element: Any) -> list[str]:
    """The words of an element's epub:type (any namespace prefix) and role."""
    words: list[str] = []
    for key, value in element.attrib.items():
        if (_local(key) == "type" and key != "type") or key == "role":
            words.extend(str(value).replace("doc-", "").split())
    return words


def _text(element: Any) -> str:
    return " ".join("".join(element.itertext()).split())


class _Reader:
    """Collects the text of the spine's documents into pages."""

    def __init__(self, targets: _Targets) -> None:
        self._targets = targets
        self._pages: list[tuple[str, list[str]]] = [("", [])]
        self._marked = False  # any page begun by a marker or a target

    def document(self, name: str, root: Any) -> None:
        if name in self._targets.at_start:
            self._begin(self._targets.at_start[name])
        self._walk(name, root)
        self._pages[-1][1].append("\n")

    def _begin(self, label: str) -> None:
        self._marked = True
        self._pages.append((label, []))

    def _walk(self, name: str, element: Any) -> None:
        # Iterative: a hostile document nests as deep as the parser allows.
        stack: list[tuple[Any, bool]] = [(element, False)]
        while stack:
            node, closing = stack.pop()
            tag = _local(node.tag)
            out = self._pages[-1][1]
            if closing:
                if tag in _BLOCKS:
                    out.append("\n")
                if node.tail:
                    out.append(node.tail)
                continue
            if not isinstance(node.tag, str):  # a comment or processing instruction
                if node.tail:
                    out.append(node.tail)
                continue
            label = self._label(name, node)
            if label is not None:
                self._begin(label)
                out = self._pages[-1][1]
            if tag in _HIDDEN or "pagebreak" in _epub_type(node):  # a marker's "12" is no text
                if node.tail:
                    out.append(node.tail)
                continue
            if tag in _BLOCKS:
                out.append("\n")
            if node.text:
                out.append(node.text)
            stack.append((node, True))
            stack.extend((child, False) for child in reversed(node))

    def _label(self, name: str, node: Any) -> str | None:
        node_id = node.get("id")
        if node_id is not None and (name, str(node_id)) in self._targets.at_id:
            return self._targets.at_id[(name, str(node_id))]
        if not self._targets and "pagebreak" in _epub_type(node):
            return str(node.get("title") or node.get("aria-label") or _text(node))
        return None

    def book(self) -> BookText:
        pages = [BookPage(label, _tidy("".join(parts))) for label, parts in self._pages]
        if not self._marked:
            return BookText((BookPage("", pages[0].text),))
        if not pages[0].text.strip():
            pages = pages[1:]  # nothing before the first page's marker
        return BookText(tuple(pages))


def _tidy(text: str) -> str:
    """Lines as a reader sees them: runs of spaces and blank lines closed up."""
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


__all__ = ["EPUB_LIMITS", "read_epub"]
