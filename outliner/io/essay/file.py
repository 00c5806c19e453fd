"""Reading and writing the .essay file (UTF-8 JSON through pydantic).

Writing: the essay becomes an ``EssayFileModel`` and is dumped with stable
key order, 2-space indent and a final newline, then written atomically with
the previous version kept as FILE.bak.

Reading is a funnel in which every step can refuse with one readable
``DocumentError``: size, bytes -> text, text -> JSON, "is this an essay
file at all", format version (newer refused, older migrated), the schema,
unique ids, and finally the outline placement rules of ``core.rules``. A
refused file is never written to.

Lone surrogates (possible in str, impossible in UTF-8) are replaced by
U+FFFD on save; that is the only change saving makes to any text. (A node
id holding one, which no person types, is given a fresh id instead.)
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

# pydantic-core only: reading needs no pydantic models (see reader.py), and
# importing pydantic and building them was most of a short command's time.
from pydantic_core import ErrorDetails, ValidationError

from outliner.core.essay import Essay, Meta, Node, new_id
from outliner.core.gc_pause import cyclic_gc_paused
from outliner.core.rules import tree_errors
from outliner.core.sources import SOURCE_TEXT_FIELDS, BookLink, Name, Source, new_source_id
from outliner.core.text import quoted_short
from outliner.io.atomic import atomic_write
from outliner.io.errors import DocumentError
from outliner.io.essay.migrations import (
    CURRENT_VERSION,
    FORMAT_NAME,
    MigrationError,
    migrate,
)
from outliner.io.essay.reader import file_validator
from outliner.io.essay.utf8 import utf8_safe
from outliner.io.reading import ESSAY_FILE, read_limited

if TYPE_CHECKING:
    from outliner.io.essay.schema import EssayFileModel, NodeModel, SourceModel
    from outliner.io.read_result import ReadResult

# -- writing ---------------------------------------------------------------


def _file_id(node_id: str) -> str:
    # An id is never typed by a person; one that UTF-8 cannot hold (a lone
    # surrogate) gets a fresh id rather than one that might collide.
    return node_id if utf8_safe(node_id) == node_id else new_id()


def _node_dict(node: Node) -> dict[str, Any]:
    return {
        "id": _file_id(node.id),
        "kind": node.kind,
        "text": utf8_safe(node.text),
        "cite": utf8_safe(node.cite),
        "prose": utf8_safe(node.prose),
        "source": utf8_safe(node.source),
        "target": node.target,
        "children": [_node_dict(child) for child in node.children],
    }


def _names_list(names: tuple[Name, ...]) -> list[dict[str, str]]:
    return [{"family": utf8_safe(n.family), "given": utf8_safe(n.given)} for n in names]


def _book_path_on_disk(link_path: str, folder: Path | None) -> str:
    """How a file in ``folder`` records a book the essay holds by absolute
    path: relative to the folder when the book lies within it (the two move
    together), else absolute. Without a folder (snapshots, the clipboard),
    as held."""
    path = Path(link_path)
    if folder is None or not path.is_absolute():
        return link_path
    try:
        return path.relative_to(folder.resolve()).as_posix()
    except ValueError:
        return link_path


def _anchor_books(essay: Essay, folder: Path) -> None:
    """Hold every attached book by absolute path, a relative one read
    against the folder of the file it was recorded in: a save elsewhere
    (Save As, ``-o``) then still finds the book."""
    base = folder.resolve()
    anchored = []
    for source in essay.sources:
        link = source.book
        if link is not None and not Path(link.path).expanduser().is_absolute():
            whole = os.path.normpath(base / link.path)
            source = source.with_fields(book=replace(link, path=whole))
        anchored.append(source)
    essay.sources = anchored


def _source_dicts(sources: list[Source], folder: Path | None = None) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for source in sources:
        source_id = source.id if utf8_safe(source.id) == source.id else ""
        if not source_id or source_id in seen:  # never written twice: loading would refuse
            source_id = new_source_id()
        seen.add(source_id)
        entry: dict[str, Any] = {"id": source_id, "type": source.type,
                                 "text": utf8_safe(source.text),
                                 "authors": _names_list(source.authors),
                                 "editors": _names_list(source.editors)}
        entry.update({name: utf8_safe(getattr(source, name)) for name in SOURCE_TEXT_FIELDS})
        if source.book is not None:
            on_disk = _book_path_on_disk(source.book.path, folder)
            entry["book"] = {"path": utf8_safe(on_disk), "sha256": source.book.sha256,
                             "page_offset": source.book.page_offset}
        out.append(entry)
    return out


def essay_to_model(essay: Essay) -> EssayFileModel:
    """The file model of ``essay`` (text made UTF-8 safe)."""
    from outliner.io.essay.schema import EssayFileModel

    return EssayFileModel.model_validate(essay_file_dict(essay))


def essay_file_dict(essay: Essay, folder: Path | None = None) -> dict[str, Any]:
    """What the file model is made from: plain dicts, lists and strings that
    share nothing mutable with ``essay`` (a snapshot another thread may
    turn into the file with ``file_dict_to_json`` while the essay changes).
    ``folder`` is where the file goes: attached books within it are
    recorded relative to it."""
    meta = essay.meta
    return {
        "format": FORMAT_NAME,
        "version": CURRENT_VERSION,
        "meta": {
            "title": utf8_safe(meta.title),
            "author": utf8_safe(meta.author),
            "instructor": utf8_safe(meta.instructor),
            "course": utf8_safe(meta.course),
            "date": utf8_safe(meta.date),
            "style": meta.style,
            "affiliation": utf8_safe(meta.affiliation),
            "word_target": meta.word_target,
            "language": meta.language,
            "words": [utf8_safe(word) for word in meta.words],
        },
        "sources": _source_dicts(essay.sources, folder),
        "outline": [_node_dict(top) for top in essay.outline],
    }


def file_dict_to_json(data: dict[str, Any]) -> str:
    """The .essay text of an ``essay_file_dict``."""
    from outliner.io.essay.schema import EssayFileModel

    return EssayFileModel.model_validate(data).model_dump_json(indent=2) + "\n"


def essay_to_json(essay: Essay, folder: Path | None = None) -> str:
    """The .essay text of ``essay``: stable key order, 2-space indent, final
    newline; books relative to ``folder`` where they lie within it."""
    return file_dict_to_json(essay_file_dict(essay, folder))


def save_essay(essay: Essay, path: Path) -> bytes:
    """Write ``essay`` to ``path`` atomically, keeping the old file as PATH.bak;
    returns the bytes written (the window remembers their version).

    The tree is saved as it is even if it broke the placement rules (it
    cannot through the editor): refusing would lose the writer's work.
    """
    try:
        text = essay_to_json(essay, Path(path).parent)
    except (ValueError, RecursionError) as exc:  # never a traceback, whatever the tree
        raise DocumentError(path, f"could not be saved ({exc})") from exc
    data = text.encode("utf-8")
    atomic_write(Path(path), data, backup=True)
    return data


# -- reading ---------------------------------------------------------------

_TOO_DEEP = "is nested too deeply to be an essay file"


class _DuplicateKey(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _refuse_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # json keeps the last of two equal keys; that would silently drop text.
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _DuplicateKey(key)
            seen.add(key)
    return result


#: The most digits a number in an .essay file may have. The only number in
#: the format is the version; Python refuses to convert over 4,300 digits
#: (a raw ValueError) and converting thousands of digits is slow.
MAX_NUMBER_DIGITS = 100


class _LongNumber:
    """Stands for a number too long to convert, so the refusal can say where it is."""

    def __init__(self, literal: str) -> None:
        self.digits = len(literal.lstrip("-"))

    def __repr__(self) -> str:
        return f"a number {self.digits} digits long"


def _parse_int(literal: str) -> int | _LongNumber:
    return _LongNumber(literal) if len(literal) > MAX_NUMBER_DIGITS else int(literal)


def _short(value: object, limit: int = 40) -> str:
    shown = repr(value)
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"


def _location(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:  # a key may be megabytes long: clip it
        name = str(part) if len(str(part)) <= 40 else str(part)[:39] + "…"
        out += f"[{part}]" if isinstance(part, int) else (f".{name}" if out else name)
    return out or "the file"


def _problem(error: ErrorDetails) -> str:
    """One pydantic error as words a person can act on."""
    kind, value = error["type"], error.get("input")
    if kind == "enum":
        expected = str((error.get("ctx") or {}).get("expected", "")).replace("'", "")
        return f"{_short(value)} is not one of {expected}"
    if kind == "missing":
        return "is missing"
    # Nodes and the metadata are read as dataclasses, whose refusals are named
    # differently from the models' (reader.py); the words are the same.
    if kind in ("extra_forbidden", "unexpected_keyword_argument"):
        return "is not a field this version knows"
    if kind == "string_type":
        return f"must be text, not {_short(value)}"
    if kind == "string_too_short":
        return "must not be empty"
    if kind in ("list_type", "model_type", "dict_type", "model_attributes_type",
                "dataclass_type", "dataclass_args_type"):
        shape = "a list" if kind == "list_type" else "an object"
        return f"must be {shape}, not {_short(value)}"
    return f"{error['msg']} (got {_short(value)})"


def _describe_validation(exc: ValidationError) -> str:
    errors = exc.errors(include_url=False)
    first = errors[0]
    if first["type"] in ("recursion_loop", "recursion_depth_exceeded"):
        return _TOO_DEEP
    message = f"{_location(tuple(first['loc']))}: {_problem(first)}"
    if len(errors) > 1:
        more = len(errors) - 1
        message += f" (and {more} more problem{'s' if more > 1 else ''})"
    return message


def _parse_json(text: str, path: Path) -> Any:
    try:
        return json.loads(text, object_pairs_hook=_refuse_duplicate_keys, strict=False,
                          parse_int=_parse_int)
    except _DuplicateKey as exc:
        raise DocumentError(path, f"is not a valid essay file: the key {_short(exc.key)} "
                                  "appears twice in one object") from None
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}"
        # An unterminated string runs to the end of the text, so it is a cut too.
        if exc.pos >= len(text.rstrip()) or exc.msg.startswith("Unterminated string"):
            raise DocumentError(path, "stops in the middle of its content; the file "
                                      "looks truncated (cut off while being copied or saved)"
                                ) from None
        raise DocumentError(path, f"is not valid JSON ({exc.msg} at {where})") from None
    except RecursionError:
        raise DocumentError(path, _TOO_DEEP) from None


def _checked_version(data: Any, path: Path) -> int:
    """The format version of a parsed file, after checking it is an essay file."""
    if not isinstance(data, dict) or "format" not in data:
        raise DocumentError(path, "is not an Essay Outliner file (it is JSON, but has no "
                                  f"\"format\": \"{FORMAT_NAME}\")")
    if data["format"] != FORMAT_NAME:
        raise DocumentError(path, f"is not an Essay Outliner file (its format is "
                                  f"{_short(data['format'])}, not \"{FORMAT_NAME}\")")
    version = data.get("version")
    if version is None:
        raise DocumentError(path, "has no format version (the \"version\" key is missing)")
    if isinstance(version, _LongNumber) or (isinstance(version, int) and abs(version) > 10**6):
        known = f"1 to {CURRENT_VERSION}" if CURRENT_VERSION > 1 else "1"
        raise DocumentError(path, f"has an impossible format version ({_short(version)}); "
                                  f"this program reads format version {known}")
    if isinstance(version, bool) or not isinstance(version, int):
        raise DocumentError(path, f"has a format version that is not a whole number: "
                                  f"{_short(version)}")
    return version


def _with_paths(models: list[Any], prefix: str) -> Iterator[tuple[str, Any]]:
    """Every node (or node model) with its location in the file, in document order."""
    stack = [(f"{prefix}[{i}]", m) for i, m in enumerate(models)][::-1]
    while stack:
        where, model = stack.pop()
        yield where, model
        numbered = list(enumerate(model.children))
        stack.extend((f"{where}.children[{i}]", child) for i, child in reversed(numbered))


def _node(model: NodeModel) -> Node:
    """The core node of a node model (the clipboard reads through the models)."""
    return Node(
        kind=model.kind,
        text=model.text,
        cite=model.cite,
        prose=model.prose,
        source=model.source,
        target=model.target,
        children=[_node(child) for child in model.children],
        id=model.id,
    )


def _source(model: SourceModel) -> Source:
    return Source(
        text=model.text, type=model.type, id=model.id,
        authors=tuple(Name(n.family, n.given) for n in model.authors),
        editors=tuple(Name(n.family, n.given) for n in model.editors),
        **{name: getattr(model, name) for name in SOURCE_TEXT_FIELDS},
        book=None if model.book is None else BookLink(
            model.book.path, model.book.sha256, model.book.page_offset),
    )


def _read_source(data: dict[str, Any]) -> Source:
    def names(role: str) -> tuple[Name, ...]:
        return tuple(Name(n["family"], n["given"]) for n in data[role])

    book = data["book"]
    return Source(text=data["text"], type=data["type"], id=data["id"],
                  authors=names("authors"), editors=names("editors"),
                  **{name: data[name] for name in SOURCE_TEXT_FIELDS},
                  book=None if book is None else BookLink(
                      book["path"], book["sha256"], book["page_offset"]))


def _repeated_id_message(outline: list[Node]) -> str | None:
    """Where the first repeated node id is, as the refusal says it; None if none is."""
    located: dict[str, str] = {}
    for where, node in _with_paths(outline, "outline"):
        if node.id in located:
            return (f"{where}: the id {_short(node.id)} is already used at "
                    f"{located[node.id]}; ids must be unique")
        located[node.id] = where
    return None


def _essay_from_data(data: dict[str, Any], path: Path) -> Essay:
    """The essay of validated file data (nodes and metadata already built)."""
    source_at: dict[str, int] = {}
    for number, source_data in enumerate(data["sources"]):
        source_id = source_data["id"]
        if source_id in source_at:
            raise DocumentError(path, f"sources[{number}]: the id {_short(source_id)} "
                                      f"is already used at sources[{source_at[source_id]}]"
                                      "; ids must be unique")
        source_at[source_id] = number
    meta: Meta = data["meta"]
    meta.words = tuple(meta.words)
    outline: list[Node] = data["outline"]
    try:
        essay = Essay(meta=meta, sources=[_read_source(s) for s in data["sources"]],
                      outline=outline)
    except ValueError as exc:  # the essay refuses a repeated node id; say where it is
        where = _repeated_id_message(outline)
        raise DocumentError(path, where or f"could not be read ({exc})") from None
    broken = tree_errors(essay.outline)
    if broken:
        node, reason = broken[0]
        node_id = node.id
        text = quoted_short(node.text, 40)
        where = next(w for w, n in _with_paths(essay.outline, "outline") if n is node)
        message = (f"{where} ({node.kind.value} {_short(node_id)}, {text}) breaks "
                   f"the outline rules: {reason}")
        if len(broken) > 1:
            message += f" (and {len(broken) - 1} more)"
        raise DocumentError(path, message)
    return essay


def essay_from_json(text: str, path: Path) -> Essay:
    """Parse .essay text; ``path`` is only used to name the file in errors."""
    path = Path(path)
    with cyclic_gc_paused():
        data = _parse_json(text, path)
        version = _checked_version(data, path)
        return _essay_from_checked(data, version, path)


def _essay_from_checked(data: dict[str, Any], version: int, path: Path) -> Essay:
    try:
        data = migrate(data, version)
        return _essay_from_data(file_validator().validate_python(data), path)
    except MigrationError as exc:
        raise DocumentError(path, str(exc)) from None
    except ValidationError as exc:
        raise DocumentError(path, _describe_validation(exc)) from None
    except RecursionError:
        raise DocumentError(path, _TOO_DEEP) from None


def _decode(data: bytes, path: Path) -> str:
    if not data.strip():
        raise DocumentError(path, "is empty" if not data else "holds only blank space")
    if b"\x00" in data:
        raise DocumentError(path, "holds binary data; it is not an essay file")
    try:
        return data.decode("utf-8-sig")  # tolerate a BOM an editor added
    except UnicodeDecodeError as exc:
        raise DocumentError(path, f"is not UTF-8 text (byte 0x{data[exc.start]:02x} at "
                                  f"position {exc.start}); .essay files are UTF-8 JSON") from None


def load_essay(path: Path) -> Essay:
    """Read an .essay file; any problem is one DocumentError naming file and cause."""
    path = Path(path)
    data = read_limited(path, ESSAY_FILE)
    essay = essay_from_json(_decode(data, path), path)
    _anchor_books(essay, path.parent)
    return essay


def read_document(path: Path, should_stop: object = None) -> ReadResult:
    """The format registry's reader (io/formats.py): :func:`load_essay`; an
    essay file is read as saved, so there is nothing to report."""
    from outliner.io.read_result import ReadResult

    return ReadResult(load_essay(path))
