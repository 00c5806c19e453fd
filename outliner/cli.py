"""The ``outliner`` command: open the app, or import, show, export and draft files.

Errors are one line on stderr and exit status 1 (2 for wrong usage); a
traceback is never what a person sees.
"""

from __future__ import annotations

import argparse
import atexit
import contextlib
import os
import sys
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TextIO

from outliner import __version__
from outliner.compose.unwritten import Unwritten
from outliner.core.essay import CitationStyle, Essay, Node, NodeKind
from outliner.core.text import quotation_line
from outliner.io import formats
from outliner.io.errors import DocumentError
from outliner.io.write_guard import Keep

if TYPE_CHECKING:
    from outliner.io.check_books import BookCheck

PROG = "outliner"
COMMANDS = ("import", "show", "stats", "export", "draft", "sources", "check")


class UsageError(Exception):
    """Wrong use of the command line (exit status 2)."""


def _top_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description=(
            "Essay Outliner: shape an essay as an outline, reorder it, draft "
            f"paragraphs from notes and export it to {_names(formats.writable())}.\n\n"
            f"With no command, opens the desktop app on FILE (an {_native()} file or "
            f"a {_suffixes(formats.importable())} file to import), or on the sample essay."
        ),
        epilog=(
            "commands:\n"
            f"  import SOURCE -o OUT{_native()}    import a "
            f"{_names(formats.importable())} file\n"
            "  show FILE                     print the outline as an indented tree\n"
            "  stats FILE                    print the essay's words, paragraph by paragraph\n"
            f"  export FILE -o OUT{'|'.join(f.suffix for f in formats.writable())}"
            " [--style S] [--mode M] [--template T]\n"
            "                                [--unwritten notes|draft|omit]\n"
            f"  draft FILE [-o OUT{_native()}] [--paragraph N]\n"
            "                                write paragraphs from their notes\n"
            f"  sources add FILE{_native()} REFS...   add references (.bib, .json CSL-JSON, .ris)\n"
            f"  sources list FILE{_native()} [--style S]\n"
            "                                print the sources, formatted in the style\n"
            f"  sources attach FILE{_native()} KEY PATH [--page-offset N]\n"
            "                                attach a book (PDF, EPUB, text) to a source\n"
            "  check FILE [--json] [--no-spelling] [--source [KEY=]PATH]\n"
            "                                list what the essay still needs (exit 1 if any);\n"
            "                                with books, every quotation against its page\n\n"
            "No command writes over its own input, or over an essay open in a\n"
            "window; an existing OUT is replaced only with --force, and the old\n"
            "file is kept as OUT.bak.\n\n"
            f"Run '{PROG} COMMAND --help' for a command's options."
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("file", nargs="?", type=Path, metavar="FILE", help="file to open")
    parser.add_argument("--screenshot", type=Path, metavar="PNG",
                        help="open the window, save a picture of it to PNG and quit")
    return parser


def _command_parser(command: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=f"{PROG} {command}")
    if command == "import":
        parser.description = (f"Import a {_names(formats.importable())} file "
                              f"({_suffixes(formats.importable())}) into an {_native()} file.")
        parser.add_argument("source", type=Path, metavar="SOURCE")
        parser.add_argument("-o", "--output", type=Path, required=True,
                            metavar=f"OUT{_native()}")
        _add_force(parser)
    elif command == "show":
        parser.description = (f"Print the outline of an {_native()} file "
                              "or of a file to import.")
        parser.add_argument("file", type=Path, metavar="FILE")
    elif command == "stats":
        parser.description = ("Print the essay's words and each paragraph's, counted as the "
                              "window counts them: a paragraph's prose where it is written, "
                              "else its notes.")
        parser.add_argument("file", type=Path, metavar="FILE")
    elif command == "export":
        writable = formats.writable()
        by_mode = {mode: [f.title for f in writable if f.modes[0] == mode]
                   for mode in formats.all_modes()}
        parser.description = (
            f"Export to {formats.join([f.label for f in writable])}; the format "
            "follows the output's extension. By default "
            + "; ".join(f"{formats.join(names, 'and')} "
                        + ("exports" if len(names) == 1 else "export") + " the "
                        + ("finished essay" if mode == "essay" else "outline")
                        for mode, names in by_mode.items() if names) + "."
        )
        parser.add_argument("file", type=Path, metavar="FILE")
        parser.add_argument("-o", "--output", type=Path, required=True, metavar="OUT")
        parser.add_argument("--style", choices=[s.value for s in CitationStyle],
                            help="citation style (default: the essay's own, MLA if unset)")
        parser.add_argument("--mode", choices=list(formats.all_modes()),
                            help="the finished essay or the outline itself")
        templated = [f for f in formats.writable() if f.templates]
        parser.add_argument("--template", type=Path,
                            metavar="REF" + "|".join(f.suffix for f in templated),
                            help="take fonts and styles from this "
                                 + formats.join([f"{f.title} document" for f in templated]))
        parser.add_argument("--unwritten", choices=[u.value for u in Unwritten],
                            help="paragraphs with no prose yet, in the finished essay: notes "
                                 "(default) prints their claim and notes flagged \"Not written "
                                 "yet\"; draft writes them from their notes with the built-in "
                                 "drafter; omit leaves them out")
        _add_force(parser)
    elif command == "draft":
        parser.description = (
            "Write paragraphs that have no prose yet from their notes, save the "
            "prose into the file and print it."
        )
        parser.add_argument("file", type=Path, metavar="FILE")
        parser.add_argument("-o", "--output", type=Path, metavar=f"OUT{_native()}",
                            help="write here instead of FILE (needed when FILE is a draft)")
        parser.add_argument("--paragraph", type=int, metavar="N",
                            help="draft only paragraph N (1 is the first, counting "
                                 "intro, body paragraphs and conclusion)")
        _add_force(parser)
    elif command == "sources":
        _sources_parser(parser)
    elif command == "check":
        parser.description = (
            f"List what an essay still needs, one line each (kind: node: message): thesis, "
            "claims, evidence, citations, sources, conclusion, unwritten paragraphs, "
            "heading, word targets, spelling. Exit status 1 when there is any finding, "
            f"0 when none. FILE is an {_native()} file or a draft to import.")
        parser.add_argument("file", type=Path, metavar="FILE")
        parser.add_argument("--json", action="store_true",
                            help="print the findings as a JSON list, for tools")
        parser.add_argument("--no-spelling", action="store_true", help="skip spell check")
        parser.add_argument("--source", action="append", default=[], metavar="[KEY=]PATH",
                            help="check every quotation against this book (PDF, EPUB or "
                                 "text): one line each, exit 1 when one is not verbatim on "
                                 "its cited page. KEY names a source by id or by a word of "
                                 "its author or title (default: the first source); books "
                                 "attached in the file are checked without it")
    return parser


def _sources_parser(parser: argparse.ArgumentParser) -> None:
    from outliner.io.references import REFERENCE_FORMATS

    kinds = ", ".join(f"{fmt.title} ({'/'.join(fmt.suffixes)})" for fmt in REFERENCE_FORMATS)
    parser.description = (f"Add references to an {_native()} file, list its sources, or "
                          "attach a book to one.")
    actions = parser.add_subparsers(dest="action", required=True, metavar="add|list|attach")
    add = actions.add_parser("add", help=f"add the entries of reference files: {kinds}",
                             description=f"Add the entries of reference files ({kinds}) to "
                                         "FILE's sources and save it (the old file is kept "
                                         "as FILE.bak). Entries already there are skipped.")
    add.add_argument("file", type=Path, metavar=f"FILE{_native()}")
    add.add_argument("refs", type=Path, nargs="+", metavar="REFS")
    listing = actions.add_parser("list", help="print the sources, one line each",
                                 description="Print the sources, one line each, formatted "
                                             "and sorted as the citation style lists them.")
    listing.add_argument("file", type=Path, metavar="FILE")
    listing.add_argument("--style", choices=[s.value for s in CitationStyle],
                         help="citation style (default: the essay's own)")
    attach = actions.add_parser(
        "attach", help="attach a book file (PDF, EPUB, text) to a source",
        description="Record a book file on a source of FILE, for checking quotations "
                    "against it (`outliner check`): its path and checksum, not its text. "
                    "FILE is saved (the old file is kept as FILE.bak).")
    attach.add_argument("file", type=Path, metavar=f"FILE{_native()}")
    attach.add_argument("key", metavar="KEY",
                        help="the source: its id, or a word of its author or title")
    attach.add_argument("book", type=Path, metavar="PATH")
    attach.add_argument("--page-offset", type=_page_offset, default=0, metavar="N",
                        help="for a book whose pages print no numbers: the number of its "
                             "first page minus one (default 0)")


def _native() -> str:
    return formats.native().suffix


def _page_offset(value: str) -> int:
    """A page offset the .essay file can hold (checked before the book is read)."""
    from outliner.core.sources import PAGE_OFFSET_LIMIT

    try:
        offset = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if abs(offset) > PAGE_OFFSET_LIMIT:
        raise argparse.ArgumentTypeError(
            f"{offset} is out of range (-{PAGE_OFFSET_LIMIT:,} to {PAGE_OFFSET_LIMIT:,})")
    return offset


def _names(fmts: tuple[formats.Format, ...]) -> str:
    return formats.join([f.title for f in fmts])


def _suffixes(fmts: tuple[formats.Format, ...]) -> str:
    return formats.join(list(formats.suffixes(fmts)))


def _add_force(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--force", action="store_true",
                        help="replace an existing output file (the old one is kept as "
                             "OUT.bak); the input itself, and an essay open in a "
                             "window, are never written over")


def _open(path: Path) -> Essay:
    """Read ``path``; how it was read and what the importer decided go to
    stderr as "note:" lines (stdout is the command's own output)."""
    return _open_with_report(path, lambda line: print(f"note: {line}", file=sys.stderr))


def _open_with_report(path: Path, say: Callable[[str], object]) -> Essay:
    from outliner.io import open_document_with_report
    from outliner.io.read_result import report_lines

    read = open_document_with_report(path)
    for line in report_lines(read):
        say(line.text)
    return read.essay


def _check_output(path: Path, suffixes: tuple[str, ...]) -> None:
    if path.suffix.lower() not in suffixes:
        raise UsageError(f"{path}: the output must end in {' or '.join(suffixes)}")


def _not_open_elsewhere(path: Path) -> None:
    """Refuse (DocumentError, exit 1), even with --force, to write a file a
    window (or any program holding its QLockFile) has open: its next save
    would silently replace ours, or ours its unsaved work."""
    from outliner.io.essay.lock_info import live_holder

    holder = live_holder(path)
    if holder is not None:
        raise DocumentError(path, f"is open in {holder.describe()}; close it there "
                                  "first, or write to another file (not even --force "
                                  "writes over an open essay)")


def _may_write(path: Path, keep: list[Keep | None], force: bool) -> None:
    """Refuse (DocumentError, exit 1) to write over an input or a file open
    in a window, even with --force, and over any other existing file
    without --force."""
    from outliner.io.write_guard import backup_path, check_output

    _not_open_elsewhere(path)
    if check_output(path, keep) and not force:
        raise DocumentError(path, f"already exists; use --force to replace it (the old "
                                  f"file is kept as {backup_path(path).name})")


def format_tree(essay: Essay) -> str:
    """The outline as an indented tree: kind, text, and the cite of quotes."""
    lines: list[str] = []
    if essay.meta.title:
        lines.append(f"title: {essay.meta.title}")

    def visit(node: Node, depth: int) -> None:
        text = node.text
        if node.kind is NodeKind.QUOTE:
            text = quotation_line(node.text, node.cite)
        line = f"{'  ' * depth}{node.kind.value}: {text}".rstrip()
        lines.append(line)
        if node.prose.strip():
            # Each of the prose's lines under the node, so none reads as a node of its own.
            first, *rest = node.prose.strip().splitlines()
            lines.append(f"{'  ' * (depth + 1)}prose: {first}")
            lines.extend(f"{'  ' * (depth + 1)}       {line}".rstrip() for line in rest)
        for child in node.children:
            visit(child, depth + 1)

    for top in essay.outline:
        visit(top, 0)
    if essay.sources:
        lines.append("sources:")
        from outliner.compose.citing import source_line

        lines.extend(f"  {source_line(source, essay.meta.style)}" for source in essay.sources)
    return "\n".join(lines)


def _cmd_import(args: argparse.Namespace) -> int:
    from outliner.io.essay.file import save_essay

    _check_output(args.output, formats.native().suffixes)
    _may_write(args.output, [Keep(args.source, "the file being imported")], args.force)
    report: list[str] = []  # the window's import report, printed after the summary
    essay = _open_with_report(args.source, report.append)
    _not_open_elsewhere(args.output)  # again: a window may have opened it meanwhile
    save_essay(essay, args.output)
    print(f"Imported {args.source} into {args.output} ({len(essay)} nodes).")
    if report:
        print("How this draft was read:")
        print("\n".join(f"  {line}" for line in report))
    return 0


def _cmd_check(args: argparse.Namespace) -> int:
    import json

    from outliner.io.check_report import check_essay, spelling_check
    from outliner.ui.settings import personal_dictionary_folder

    essay = _open(args.file)
    spelling = None if args.no_spelling else spelling_check(
        essay, personal_dictionary_folder())
    findings = check_essay(essay, spelling)
    books = _check_books(essay, args)
    quotes = books.lines if books is not None else []
    if args.json:
        print(json.dumps([f.as_json() for f in findings] + [q.as_json() for q in quotes],
                         indent=2, ensure_ascii=False))
    else:
        for finding in findings:
            print(finding.line)
        for quote in quotes:
            print(quote.line)
    return 1 if findings or (books is not None and books.failed) else 0


def _check_books(essay: Essay, args: argparse.Namespace) -> BookCheck | None:
    """The quotations against their books (io/check_books.py), or None."""
    from outliner.io.check_books import SourceKeyError, check_quotations, parse_book_option

    try:
        return check_quotations(essay, args.file, [parse_book_option(o) for o in args.source],
                                say=lambda note: print(f"note: {note}", file=sys.stderr))
    except SourceKeyError as exc:
        raise UsageError(f"--source: {exc}") from exc


def _cmd_show(args: argparse.Namespace) -> int:
    print(format_tree(_open(args.file)))
    return 0


def format_stats(essay: Essay) -> str:
    """The essay's words, then each top-level node's (a section's nodes under
    it), named and counted as the window names and counts them."""
    from outliner.compose.checks.length import essay_progress
    from outliner.core.names import node_name
    from outliner.core.words import node_count

    lines = [f"{essay_progress(essay).text()} (the title, each written paragraph's prose, "
             "each unwritten one's notes)"]

    def visit(node: Node, depth: int) -> None:
        lines.append(f"{'  ' * depth}{node_name(essay, node)}: {node_count(node).short()}")
        if node.kind is NodeKind.SECTION:
            for child in node.children:
                visit(child, depth + 1)

    for top in essay.outline:
        visit(top, 1)
    return "\n".join(lines)


def _cmd_stats(args: argparse.Namespace) -> int:
    print(format_stats(_open(args.file)))
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    from outliner.io.exporters.options import ExportOptions
    try:
        fmt = formats.format_for_writing(args.output)
    except DocumentError as exc:
        raise UsageError(str(exc)) from exc
    if args.template is not None and not fmt.templates:
        templated = [f.label for f in formats.writable() if f.templates]
        raise UsageError(f"--template applies to {formats.join(templated)} output only")
    if args.unwritten is not None and (args.mode or fmt.modes[0]) != "essay":
        raise UsageError("--unwritten applies to the finished essay (--mode essay); "
                         "the outline always shows every paragraph's notes")
    template = Keep(args.template, "the template") if args.template is not None else None
    _may_write(args.output, [Keep(args.file, "the file being exported"), template], args.force)
    essay = _open(args.file)
    unwritten = Unwritten(args.unwritten or Unwritten.NOTES)
    options = ExportOptions(
        mode=args.mode,
        style=CitationStyle(args.style) if args.style else None,
        template=args.template,
        unwritten=unwritten,
    )
    _not_open_elsewhere(args.output)
    report = formats.export_essay(essay, args.output, options)
    for warning in report.warnings:
        print(f"warning: {warning}{_unwritten_hint(unwritten, len(report.unwritten))}",
              file=sys.stderr)
    for note in report.notes:
        print(f"note: {note}", file=sys.stderr)
    print(f"Exported {args.file} to {report.path}.")
    return 0


def _unwritten_hint(chosen: Unwritten, count: int) -> str:
    """The other --unwritten choices, after the warning that names the paragraphs."""
    if chosen is not Unwritten.NOTES:
        return ""
    them, their = ("it", "its") if count == 1 else ("them", "their")
    return (f" (--unwritten draft drafts {them} from {their} notes, --unwritten omit "
            f"leaves {them} out)")


def _cmd_draft(args: argparse.Namespace) -> int:
    from outliner.compose.drafting import draft_essay, paragraphs
    from outliner.core.names import paragraph_name
    from outliner.io.essay.file import save_essay

    output = args.output or args.file
    _check_output(output, formats.native().suffixes)
    if args.output is not None:  # without -o the prose goes into FILE (with a .bak)
        _may_write(output, [Keep(args.file, "the file being drafted",
                                 "choose another name, or leave out -o to save into it")],
                   args.force)
    else:
        _not_open_elsewhere(output)
    essay = _open(args.file)
    numbered = list(enumerate(paragraphs(essay), start=1))
    had_prose = {number for number, node in numbered if node.prose.strip()}
    if args.paragraph is not None and not 1 <= args.paragraph <= len(numbered):
        count = f"{len(numbered)} paragraph{'s' if len(numbered) != 1 else ''}"
        raise UsageError(f"--paragraph: there is no paragraph {args.paragraph}; this essay "
                         f"has {count} (numbered from 1: intro, body paragraphs, conclusion)")
    written = draft_essay(essay, paragraph=args.paragraph)
    # The writer's prose is never overwritten; say which paragraphs were left.
    done = {number for number, _, _ in written}
    # Named as the window names them ("Body paragraph 2"), not by --paragraph's number.
    for number, node in numbered:
        if args.paragraph not in (None, number) or number in done:
            continue
        if number in had_prose:
            print(f"{paragraph_name(essay, node)} already has prose; leaving it.")
        else:
            print(f"{paragraph_name(essay, node)} has nothing to draft from; leaving it empty.")
    if not written:
        print("Nothing was drafted.")
    for _number, node, prose in written:
        print(f"{paragraph_name(essay, node)}: {node.text}\n{prose}\n")
    _not_open_elsewhere(output)  # drafting takes a while: check again
    save_essay(essay, output)
    print(f"Saved {output}.")
    return 0


def _cmd_sources(args: argparse.Namespace) -> int:
    from outliner.compose.citing import formatter_for

    if args.action == "add":
        return _sources_add(args)
    if args.action == "attach":
        return _sources_attach(args)
    essay = _open(args.file)
    formatter = formatter_for(CitationStyle(args.style or essay.meta.style))
    entries = formatter.reference_list(essay.sources)
    if not entries:
        print(f"{args.file} has no sources.", file=sys.stderr)
    for entry in entries:
        print(entry)
    return 0


def _sources_add(args: argparse.Namespace) -> int:
    from outliner.compose.citing import formatter_for
    from outliner.io.essay.file import load_essay, save_essay
    from outliner.io.references import read_references

    _check_output(args.file, formats.native().suffixes)
    _not_open_elsewhere(args.file)
    essay = load_essay(args.file)
    # Every reference file is read before anything is written: all or nothing.
    added, skipped = list(essay.sources), 0
    for refs in args.refs:
        sources, notes = read_references(refs)
        for note in notes:
            print(f"note: {refs}: {note}", file=sys.stderr)
        for source in sources:
            if any(source.same_work(old) for old in added):
                skipped += 1
            else:
                added.append(source)
    new = added[len(essay.sources):]
    formatter = formatter_for(essay.meta.style)
    for source in new:
        print(f"+ {formatter.entry(source)}")
    if skipped:
        print(f"{skipped} already in the essay; not added again.")
    if not new:
        print("Nothing was added.")
        return 0
    essay.set_sources(added)
    _not_open_elsewhere(args.file)  # a window may have opened it meanwhile
    save_essay(essay, args.file)
    print(f"Added {len(new)} source{'s' if len(new) != 1 else ''} to {args.file}.")
    return 0


def _sources_attach(args: argparse.Namespace) -> int:
    from outliner.io.check_books import SourceKeyError, attach_book
    from outliner.io.essay.file import load_essay, save_essay

    _check_output(args.file, formats.native().suffixes)
    _not_open_elsewhere(args.file)
    essay = load_essay(args.file)
    try:
        source, loaded = attach_book(essay, args.key, args.book, args.page_offset)
    except SourceKeyError as exc:
        raise UsageError(str(exc)) from exc
    _not_open_elsewhere(args.file)  # reading the book took a while
    save_essay(essay, args.file)
    pages = loaded.book.text(args.page_offset).pages
    numbered = [p.label for p in pages if p.label]
    span = f"pages {numbered[0]}–{numbered[-1]}" if numbered else "no page numbers"
    print(f"Attached {args.book} to {source.id} in {args.file} ({len(pages)} "
          f"page{'s' if len(pages) != 1 else ''}, {span}).")
    return 0


def _run_app(path: Path | None, screenshot: Path | None = None) -> int:
    try:
        from outliner.ui.app import run_app
    except ImportError as exc:
        print(f"{PROG}: the desktop window is not available ({exc})", file=sys.stderr)
        return 1
    return run_app(path, screenshot)


def console_main() -> None:
    """Entry point of the ``outliner`` command: :func:`main`, then the exit.

    A command (not the window) has written its files by the time it returns,
    each atomically and synced, and closed them; tearing the interpreter down
    object by object then only costs time (some 25 ms after an export, a
    tenth of it). So it leaves at once, after the exit handlers have run and
    the output streams are flushed, unless some other thread still runs.
    """
    argv = sys.argv[1:]
    code = main(argv)
    if argv and argv[0] in COMMANDS and threading.active_count() == 1:
        _quick_exit(code)
    sys.exit(code)


#: The status when the output could not all be written, as Python's own exit
#: gives it when its last flush fails.
UNWRITTEN_OUTPUT = 120


def _quick_exit(code: int) -> NoReturn:
    atexit._run_exitfuncs()
    if not _flushed(sys.stdout):
        code = UNWRITTEN_OUTPUT
    _flushed(sys.stderr)
    os._exit(code)


def _flushed(stream: TextIO | None) -> bool:
    """Flush ``stream`` (None in a windowed build); False when what was
    printed could not all be written, said on stderr unless the reader of a
    pipe is gone (``outliner show … | head``)."""
    if stream is None:
        return True
    try:
        stream.flush()
    except BrokenPipeError:
        return False
    except (OSError, ValueError) as exc:
        message = getattr(exc, "strerror", None) or str(exc)
        with contextlib.suppress(Exception):
            if sys.stderr is not None and stream is not sys.stderr:
                sys.stderr.write(f"{PROG}: error: the output could not be written ({message})\n")
                sys.stderr.flush()
        return False
    return True


def gui_main() -> int:
    """Entry point of the ``essay-outliner`` window command (no console on
    Windows): the window on the file named, or on the sample."""
    return main()


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``outliner`` command; returns the exit status."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    try:
        if args_list and args_list[0] in COMMANDS:
            command = args_list[0]
            parser = _command_parser(command)
            args = parser.parse_args(args_list[1:])
            handler = {
                "import": _cmd_import,
                "show": _cmd_show,
                "stats": _cmd_stats,
                "export": _cmd_export,
                "draft": _cmd_draft,
                "sources": _cmd_sources,
                "check": _cmd_check,
            }[command]
            try:
                return handler(args)
            except UsageError as exc:  # one line like every other error, status 2
                print(f"{PROG}: error: {exc}", file=sys.stderr)
                return 2
        top = _top_parser().parse_args(args_list)
        return _run_app(top.file, top.screenshot)
    except DocumentError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
    except SystemExit as exc:  # argparse: 0 for --help, 2 for wrong usage
        return exc.code if isinstance(exc.code, int) else 2
    except BrokenPipeError:
        return 1
    except Exception as exc:  # last resort: one line, never a traceback
        print(f"{PROG}: error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":  # pragma: no cover
    console_main()
