"""Every file format, declared once: its suffixes, its names, whether it can
be read and written, and the code that does it.

The command line (choices and help), the window (the Open filter, File >
Export), :func:`open_document` and :func:`export_essay` all read
:data:`FORMATS`; nothing else lists formats. Readers and writers are named
as ``"module:function"`` strings and imported on first use, so the window
starts without loading python-docx or the importers.

Adding a format is one module with a reader and/or a writer of the shapes
below, and one :class:`Format` entry here (plus its tests):

* a reader is ``read(path, should_stop) -> ReadResult`` (io/read_result.py);
  ``should_stop`` is asked now and then on long reads (raise ImportCancelled
  when it says so); the result's ``notes`` say how the file was read and its
  ``findings`` what the importer decided, each naming its node;
* a writer is ``write(essay, path, options) -> ExportReport`` and honours
  ``options.mode`` (None: the format's first mode) and ``options.style``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias, cast

from outliner.core.translatable import QT_TRANSLATE_NOOP
from outliner.io.cancel import StopCheck
from outliner.io.errors import DocumentError
from outliner.io.exporters.options import ExportOptions, ExportReport, Mode

if TYPE_CHECKING:
    from outliner.core.essay import Essay
    from outliner.io.read_result import ReadResult

Reader: TypeAlias = "Callable[[Path, StopCheck | None], ReadResult]"
Writer: TypeAlias = "Callable[[Essay, Path, ExportOptions], ExportReport]"


@dataclass(frozen=True)
class Format:
    """One file format. ``suffixes`` are lower case with the dot; the first
    is the one added to a name that has none."""

    key: str  # the name code uses: "word", "markdown", ...
    title: str  # its name in help text: "Word", "plain text"
    name: str  # a file of it, as in a sentence: "a Word document"
    filter_name: str  # the file dialog's label: "Word documents"
    suffixes: tuple[str, ...]
    reader: str | None = None  # "module:function", see the module docstring
    writer: str | None = None
    #: Export modes, the default first (empty when there is no writer).
    modes: tuple[Mode, ...] = ()
    #: The writer takes a reference document (ExportOptions.template) of this
    #: same format for its fonts and styles; the window offers an export
    #: dialog with the choice.
    templates: bool = False
    #: The application's own document, opened and saved in place (the others
    #: are imported into an untitled essay).
    native: bool = False
    menu_text: str = ""  # File > Export entry ("&Word Document…")
    shortcut: str = ""  # its key ("Ctrl+E")

    @property
    def suffix(self) -> str:
        return self.suffixes[0]

    @property
    def dialog_filter(self) -> str:
        """The file dialog filter: "Word documents (*.docx)"."""
        return f"{self.filter_name} ({' '.join(f'*{s}' for s in self.suffixes)})"

    @property
    def label(self) -> str:
        """Its name and suffixes for help text: "Markdown (.md, .markdown)"."""
        return f"{self.title} ({', '.join(self.suffixes)})"

    def load_reader(self) -> Reader:
        if self.reader is None:
            raise ValueError(f"{self.key} files cannot be read")
        return cast(Reader, _load(self.reader))

    def load_writer(self) -> Writer:
        if self.writer is None:
            raise ValueError(f"{self.key} files cannot be written")
        return cast(Writer, _load(self.writer))


def _load(target: str) -> Callable[..., object]:
    module, _, name = target.partition(":")
    function = getattr(importlib.import_module(module), name)
    return cast(Callable[..., object], function)


#: Every format, in the order menus and help list them. The words people read
#: are marked for the window, which shows them translated.
FORMATS: tuple[Format, ...] = (
    Format("essay",
           QT_TRANSLATE_NOOP("Format", "essay"),
           QT_TRANSLATE_NOOP("Format", "an essay file"),
           QT_TRANSLATE_NOOP("Format", "Essays"),
           (".essay",), native=True,
           reader="outliner.io.essay.file:read_document"),
    Format("word",
           QT_TRANSLATE_NOOP("Format", "Word"),
           QT_TRANSLATE_NOOP("Format", "a Word document"),
           QT_TRANSLATE_NOOP("Format", "Word documents"),
           (".docx",),
           reader="outliner.io.importers.word:read_document",
           writer="outliner.io.exporters.word:export_word",
           modes=("essay", "outline"), templates=True,
           menu_text=QT_TRANSLATE_NOOP("Format", "&Word Document…"), shortcut="Ctrl+E"),
    Format("markdown",
           QT_TRANSLATE_NOOP("Format", "Markdown"),
           QT_TRANSLATE_NOOP("Format", "Markdown"),
           QT_TRANSLATE_NOOP("Format", "Markdown"),
           (".md", ".markdown"),
           reader="outliner.io.importers.markdown:read_document",
           writer="outliner.io.exporters.text:export_markdown",
           modes=("outline", "essay"), shortcut="Ctrl+Shift+M",
           menu_text=QT_TRANSLATE_NOOP("Format", "&Markdown…")),
    Format("text",
           QT_TRANSLATE_NOOP("Format", "plain text"),
           QT_TRANSLATE_NOOP("Format", "plain text"),
           QT_TRANSLATE_NOOP("Format", "Plain text"),
           (".txt", ".text"),
           reader="outliner.io.importers.text:read_document",
           writer="outliner.io.exporters.text:export_text",
           modes=("outline", "essay"), shortcut="Ctrl+Shift+T",
           menu_text=QT_TRANSLATE_NOOP("Format", "Plain &Text…")),
    Format("opml",
           QT_TRANSLATE_NOOP("Format", "OPML"),
           QT_TRANSLATE_NOOP("Format", "an OPML outline"),
           QT_TRANSLATE_NOOP("Format", "OPML outlines"),
           (".opml",),
           reader="outliner.io.importers.opml:read_document",
           writer="outliner.io.exporters.opml:export_opml",
           modes=("outline",), menu_text=QT_TRANSLATE_NOOP("Format", "&OPML Outline…")),
)
#: What a file with any other suffix is read as (its text is sniffed).
FALLBACK_READER = "text"


def get(key: str) -> Format:
    """The format called ``key``; KeyError for an unknown one."""
    for fmt in FORMATS:
        if fmt.key == key:
            return fmt
    raise KeyError(key)


def native() -> Format:
    return next(fmt for fmt in FORMATS if fmt.native)


def readable() -> tuple[Format, ...]:
    return tuple(fmt for fmt in FORMATS if fmt.reader is not None)


def importable() -> tuple[Format, ...]:
    """Formats read into a new, untitled essay (all readable but the native one)."""
    return tuple(fmt for fmt in readable() if not fmt.native)


def writable() -> tuple[Format, ...]:
    """Formats an essay exports to (the native one is saved, not exported)."""
    return tuple(fmt for fmt in FORMATS if fmt.writer is not None)


def suffixes(formats: tuple[Format, ...]) -> tuple[str, ...]:
    return tuple(s for fmt in formats for s in fmt.suffixes)


def all_modes() -> tuple[Mode, ...]:
    """Every export mode some format has, in first-seen order."""
    return tuple(dict.fromkeys(m for fmt in writable() for m in fmt.modes))


def join(words: list[str], last: str = "or") -> str:
    """"a, b or c" (help text)."""
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} {last} {words[-1]}"


def _by_suffix(path: Path, formats: tuple[Format, ...]) -> Format | None:
    suffix = path.suffix.lower()
    return next((fmt for fmt in formats if suffix in fmt.suffixes), None)


def format_for_reading(path: Path) -> Format:
    """The format ``path`` is read as: by its suffix, else sniffed as text."""
    return _by_suffix(path, readable()) or get(FALLBACK_READER)


def format_for_writing(path: Path) -> Format:
    """The format ``path`` is exported as; DocumentError for an unknown suffix."""
    fmt = _by_suffix(path, writable())
    if fmt is None:
        known = ", ".join(sorted(suffixes(writable())))
        shown = path.suffix or "no extension"
        raise DocumentError(path, f"cannot export to '{shown}' (use {known})")
    return fmt


def open_document(path: Path | str, *, should_stop: StopCheck | None = None) -> Essay:
    """Read an .essay file or import a draft in any readable format; long
    reads ask ``should_stop`` as they go (ImportCancelled when it says so)."""
    return open_document_with_report(path, should_stop=should_stop).essay


def open_document_with_report(
    path: Path | str, *, should_stop: StopCheck | None = None
) -> ReadResult:
    """:func:`open_document`, and what the person should know about how the
    file was read (a draft partly read as Windows-1252, for one) and what
    the importer decided (io/read_result.py)."""
    path = Path(path)  # each reader refuses a missing file, a folder, a FIFO (io/reading.py)
    return format_for_reading(path).load_reader()(path, should_stop)


def export_essay(essay: Essay, path: Path, options: ExportOptions | None = None) -> ExportReport:
    """Write ``essay`` to ``path`` in the format its suffix names; an
    existing file is kept as ``path`` + ".bak". Whether to replace it is the
    caller's question (write_guard.check_output); the template, which the
    export reads, is never written over."""
    from outliner.io.write_guard import Keep, check_output

    options = options or ExportOptions()
    fmt = format_for_writing(path)
    if options.template is not None:
        check_output(path, [Keep(options.template, "the template")])
    writer = fmt.load_writer()
    try:
        return writer(essay, path, options)
    except DocumentError:
        raise
    except Exception as exc:  # a fault of ours, or a library's: one message, never a traceback
        # Each writer writes atomically at its very end, so nothing was left half-written.
        raise DocumentError(Path(path), f"could not be exported ({type(exc).__name__}: {exc})"
                            ) from exc
