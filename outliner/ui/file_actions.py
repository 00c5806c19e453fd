"""Files for the window: new, open, save, export, recent files, the
unsaved-changes prompt, and noticing when another program changes the file.

The prompts are small module functions so tests can replace them.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from outliner.core.essay import Essay, Node, NodeKind
from outliner.core.gc_pause import cyclic_gc_paused
from outliner.io import formats
from outliner.io.cancel import StopCheck
from outliner.io.errors import DocumentError
from outliner.io.write_guard import same_file
from outliner.ui.dialogs.leftover_offer import offer_leftovers
from outliner.ui.document_lock import Claim, DocumentLock, ask_open_read_only
from outliner.ui.import_task import load_in_background
from outliner.ui.save_guard import (
    Version,
    ask_save_conflict,
    changed_since,
    copy_name,
    version_of,
    version_on_disk,
)
from outliner.ui.translations import format_filter, translate

if TYPE_CHECKING:
    from outliner.io.exporters.options import ExportReport
    from outliner.io.importers.lines import Finding
    from outliner.io.read_result import ReportLine
    from outliner.io.write_guard import Keep
    from outliner.ui.main_window import MainWindow

def open_filter() -> str:
    """The Open dialog's filters: essays, every format the importers read, anything."""
    drafts = " ".join(f"*{s}" for s in formats.suffixes(formats.importable()))
    return ";;".join([
        format_filter(formats.native()),
        translate("FileActions", "Drafts ({patterns})").format(patterns=drafts),
        translate("FileActions", "All files (*)"),
    ])


def _is_native(path: Path) -> bool:
    return path.suffix.lower() in formats.native().suffixes


# -- prompts (replaced in tests) ----------------------------------------------

def ask_save_changes(parent: QWidget, name: str) -> str:
    """Ask what to do with unsaved changes: "save", "discard" or "cancel"."""
    answer = QMessageBox.question(
        parent,
        translate("FileActions", "Unsaved Changes"),
        translate("FileActions", "“{name}” has changes that are not saved.\n\n"
                  "Save them first?").format(name=name),
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save,
    )
    if answer == QMessageBox.StandardButton.Save:
        return "save"
    if answer == QMessageBox.StandardButton.Discard:
        return "discard"
    return "cancel"


def ask_reload(parent: QWidget, path: Path, modified: bool) -> bool:
    """The file changed on disk: True to reload it, False to keep ours."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("FileActions", "File Changed on Disk"))
    box.setText(translate("FileActions", "“{name}” was changed by another program.").format(
        name=path.name))
    box.setInformativeText(
        translate("FileActions", "Reload the version on disk, or keep the one in this "
                  "window? Your unsaved changes would be lost.") if modified else
        translate("FileActions", "Reload the version on disk, or keep the one in this window?"))
    reload = box.addButton(translate("FileActions", "Reload"), QMessageBox.ButtonRole.AcceptRole)
    keep = box.addButton(translate("FileActions", "Keep Mine"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.exec()
    return box.clickedButton() is reload


def show_error(parent: QWidget, title: str, text: str) -> None:
    """Tell the person what went wrong (a DocumentError names file and problem)."""
    QMessageBox.warning(parent, title, text)


def skeleton_essay() -> Essay:
    """A new essay: an introduction with its thesis, a body paragraph, a conclusion."""
    return Essay(outline=[
        Node(NodeKind.INTRO, "", children=[Node(NodeKind.THESIS, "")]),
        Node(NodeKind.BODY, ""),
        Node(NodeKind.CONCLUSION, ""),
    ])


@dataclass
class Loaded:
    """A file read for the window: the essay and how the window should name it."""

    essay: Essay
    path: Path | None  # where Save writes without asking (None: untitled)
    suggested: Path | None  # what Save As proposes
    name: str
    #: The file's bytes as read (None: take what is on disk when shown).
    version: Version | None = None
    source: Path | None = None  # the file it was imported from (never exported over)
    notes: list[str] = field(default_factory=list)  # how the file was read, for the person
    findings: list[Finding] = field(default_factory=list)  # what the importer decided
    pasted: bool = False  # a draft from the clipboard: reported as a file would be

    def report(self) -> list[ReportLine]:
        """What the window's import report says (nothing for an essay file)."""
        from outliner.io.read_result import ReadResult, report_lines

        if self.source is None and not self.pasted:
            return []
        return report_lines(ReadResult(self.essay, self.notes, self.findings))


def load_for_window(path: Path, should_stop: StopCheck | None = None) -> Loaded:
    """Open an .essay in place, or import another file as an untitled document."""
    from outliner.io import open_document_with_report

    is_essay = _is_native(path)
    # Taken before reading: if the file changes meanwhile, a save asks once
    # too often, never once too few.
    version = version_on_disk(path) if is_essay else None
    try:
        read = open_document_with_report(path, should_stop=should_stop)
    except (OSError, ValueError, UnicodeError) as exc:
        raise DocumentError(path, f"could not be read ({exc})") from exc
    if is_essay:
        return Loaded(read.essay, path, path, path.name, version, notes=read.notes)
    return Loaded(read.essay, None, path.with_suffix(formats.native().suffix), path.stem,
                  source=path, notes=read.notes, findings=read.findings)


def _release(lock: DocumentLock | None) -> None:
    # A lock taken for a file that was then not opened or not written.
    if lock is not None:
        lock.release()


def _file_state(path: Path) -> tuple[int, int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_ino, st.st_mtime_ns, st.st_size)


class FileActions(QObject):
    """Open, save, export and watch files on behalf of a MainWindow."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._file_signal)
        self._own_state: tuple[int, int, int] | None = None
        # The lock of the document's file (or read-only), and the version
        # of it this window last read or wrote.
        self.claim = Claim()
        self.destroyed.connect(self.claim.release)  # gone without a close
        self._version: Version | None = None
        self._asking = False
        self._disk_timer = QTimer(self)
        self._disk_timer.setSingleShot(True)
        self._disk_timer.setInterval(200)  # one prompt for a burst of events
        self._disk_timer.timeout.connect(self.check_disk)

    # -- unsaved changes ---------------------------------------------------

    def maybe_save(self) -> bool:
        """True when it is fine to drop the current document (saved or discarded)."""
        self.window.view.commit_pending_edit()
        if not self.window.document.modified:
            return True
        answer = ask_save_changes(self.window, self.window.display_name)
        if answer == "save":
            return self.save()
        return answer == "discard"

    # -- new and open ------------------------------------------------------

    def new_file(self) -> None:
        """Start an untitled essay from the skeleton, with the start page over
        it (templates, a pasted draft, recent files)."""
        if self.maybe_save():
            self.window.show_loaded(Loaded(skeleton_essay(), None, None, self.tr("Untitled")))
            self.window.show_start()

    def open_file(self) -> None:
        """Ask for a file and open it."""
        if not self.maybe_save():
            return
        folder = self.window.app_settings.last_folder()
        name, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open"), str(folder),
                                              open_filter())
        if name:
            self.open_path(Path(name), ask_first=False)

    def open_path(self, path: Path, ask_first: bool = True) -> bool:
        """Open ``path`` in this window; on a bad file say why and keep the current one."""
        if ask_first and not self.maybe_save():
            return False
        lock: DocumentLock | None = None
        locked_out = ""
        if _is_native(path) and not self.claim.holds(path):
            lock = DocumentLock(path)
            if not lock.acquire():
                holder = lock.holder()
                if holder is not None and not ask_open_read_only(self.window, path, holder):
                    return False
                locked_out, lock = lock.failure(), None
        if not locked_out:
            # A newer version an interrupted save left; never while another
            # process holds the file (its save may be under way).
            offer_leftovers(self.window, path)
        try:
            # Off the window's thread, with a progress dialog and Cancel.
            loaded = load_in_background(self.window, path, load_for_window)
        except DocumentError as exc:
            _release(lock)
            show_error(self.window, self.tr("Cannot Open File"), str(exc))
            return False
        except Exception as exc:  # last resort: a message, never a traceback
            _release(lock)
            show_error(self.window, self.tr("Cannot Open File"),
                       self.tr("{path}: could not be read ({problem})").format(
                           path=path, problem=f"{type(exc).__name__}: {exc}"))
            return False
        if loaded is None:  # cancelled: the current document stays
            _release(lock)
            return False
        if lock is not None:
            self.claim.hold(lock)
        elif locked_out:
            self.claim.read_only_on(path)
        with cyclic_gc_paused():  # the window's items for every node: all kept
            self.window.show_loaded(loaded)
        if locked_out:
            self.window.statusBar().showMessage(
                self.tr("{name} {reason}: opened read-only, Save asks for a new name.").format(
                    name=path.name, reason=locked_out),
                8000)
        self.window.app_settings.add_recent_file(path)
        self.window.app_settings.set_last_folder(path.resolve().parent)
        if loaded.path is None:
            # How it was read (loaded.notes) is in the import report panel.
            self.window.statusBar().showMessage(
                self.tr("Imported {name}. Save keeps it as {essay}.").format(
                    name=path.name, essay=f"{path.stem}.essay"), 6000)
        return True

    # -- save --------------------------------------------------------------

    @property
    def read_only(self) -> bool:
        """The document's file is held by another window: Save never writes it."""
        return self.claim.read_only

    def save(self) -> bool:
        """Save to the document's file, asking where when it has none (or
        when it is read-only)."""
        path = self.window.document.path
        if path is None or self.read_only:
            return self.save_as()
        return self.save_to(path)

    def save_as(self, proposal: Path | None = None) -> bool:
        """Ask where (proposing ``proposal``), then save there."""
        path = self.window.document.path
        if proposal is None and path is not None and self.read_only:
            proposal = copy_name(path)
        # Never a shipped file (the sample, a template): they have no path,
        # so the proposal is their name in the person's own folder.
        proposal = proposal or self.window.suggested_path or (
            self.window.app_settings.last_folder()
            / f"{self.window.display_name}{formats.native().suffix}")
        name, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Save As"), str(proposal), format_filter(formats.native()))
        if not name:
            return False
        path = Path(name)
        if not path.suffix:
            path = path.with_suffix(formats.native().suffix)
        return self.save_to(path)

    def save_to(self, path: Path, overwrite: bool = False) -> bool:
        """Write the essay to ``path``; on failure say why and stay modified.
        Unless told to ``overwrite``, a version of the document's file that
        this window has not seen is never replaced without asking."""
        from outliner.io.essay.file import save_essay

        self.window.view.commit_pending_edit()
        document = self.window.document
        lock: DocumentLock | None = None
        if not self.claim.holds(path):
            lock = DocumentLock(path)
            if not lock.acquire():
                show_error(self.window, self.tr("Cannot Save"),
                           self.tr("{path} {reason}; save it under another name.").format(
                               path=path, reason=lock.failure()))
                return False
        if (not overwrite and document.path is not None
                and same_file(path, document.path) and changed_since(path, self._version)):
            # Checked here, not only by the watcher: its signal comes late.
            _release(lock)
            return self._save_conflict(path)
        try:
            data = save_essay(document.essay, path)
        except DocumentError as exc:
            _release(lock)
            show_error(self.window, self.tr("Cannot Save"), str(exc))
            return False
        except OSError as exc:
            _release(lock)
            show_error(self.window, self.tr("Cannot Save"),
                       self.tr("{path}: could not be written ({problem})").format(
                           path=path, problem=exc))
            return False
        if lock is not None:
            self.claim.hold(lock)  # Save As: the old file's lock goes
        self._version = version_of(data)
        document.path = path
        document.undo_stack.setClean()
        self.window.saved_as(path)
        self.window.app_settings.add_recent_file(path)
        self.window.app_settings.set_last_folder(path.resolve().parent)
        self.watch(path)
        self.window.statusBar().showMessage(self.tr("Saved {name}.").format(name=path.name), 4000)
        return True

    def _save_conflict(self, path: Path) -> bool:
        """Another program wrote ``path`` since we read or wrote it: ask; the
        default saves ours under a new name, so both versions survive."""
        answer = ask_save_conflict(self.window, path)
        if answer == "overwrite":
            return self.save_to(path, overwrite=True)
        if answer == "copy" and self.save_as(copy_name(path)):
            saved = self.window.document.path
            name = saved.name if saved is not None else self.tr("a copy")
            self.window.statusBar().showMessage(
                self.tr("Saved yours as {copy}; {name} keeps the other version.").format(
                    copy=name, name=path.name), 8000)
            return True
        return False

    # -- export ------------------------------------------------------------

    def export(self, key: str) -> bool:
        """Ask where, then export in the format ``key`` names (io/formats.py);
        never over an open essay or its draft, and replacing asks first."""
        from outliner.io.exporters.options import ExportOptions
        from outliner.io.write_guard import check_output, free_name
        from outliner.ui.dialogs.export import confirm_replace

        fmt = formats.get(key)
        if fmt.templates:  # mode, style and template: the Export to Word dialog
            return self.export_word()
        self.window.view.commit_pending_edit()
        filt, ext = format_filter(fmt), fmt.suffix
        keep = self._kept_files()
        base = self.window.document.path or self.window.suggested_path
        folder = base.parent if base else self.window.app_settings.last_folder()
        stem = base.stem if base else self.tr("Untitled")
        proposal = free_name(folder, stem, ext, [k.path for k in keep])
        # We ask before replacing, after the extension is added, so the file
        # dialog does not ask too.
        name, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Export"), str(proposal), filt,
            options=QFileDialog.Option.DontConfirmOverwrite)
        if not name:
            return False
        path = Path(name)
        if path.suffix.lower() not in fmt.suffixes:
            path = path.with_name(path.name + ext)
        try:
            replacing = check_output(path, keep)
        except DocumentError as exc:
            show_error(self.window, self.tr("Cannot Export"), str(exc))
            return False
        if replacing and not confirm_replace(self.window, path):
            return False
        try:
            report = formats.export_essay(self.window.document.essay, path, ExportOptions())
        except DocumentError as exc:
            show_error(self.window, self.tr("Cannot Export"), str(exc))
            return False
        except (OSError, ImportError) as exc:
            show_error(self.window, self.tr("Cannot Export"), f"{path}: {exc}")
            return False
        self._tell_exported(report)
        return True

    def export_word(self) -> bool:
        """The Export to Word dialog: mode, style and template, remembered."""
        from outliner.ui.dialogs.export import export_to_word

        window = self.window
        window.view.commit_pending_edit()
        report = export_to_word(window.document.essay, window.app_settings.qsettings,
                                suggested=window.document.path or window.suggested_path,
                                parent=window, keep=self._kept_files(),
                                document=window.document)
        if report is None:
            return False
        self._tell_exported(report)
        return True

    def _kept_files(self) -> list[Keep]:
        """Files an export must not write over: the open essays and the
        drafts they were imported from, in this window and the others."""
        from PySide6.QtWidgets import QApplication

        from outliner.io.write_guard import Keep

        # The other windows are those whose FileActions belong to them (the
        # window module imports this one, so no isinstance(MainWindow) here).
        others: list[MainWindow] = []
        for widget in QApplication.topLevelWidgets():
            files = getattr(widget, "files", None)
            if (isinstance(files, FileActions) and files.window is widget
                    and widget is not self.window and widget.isVisible()):
                others.append(files.window)
        keep: list[Keep] = []
        for window in [self.window, *others]:
            here = window is self.window
            document = window.document
            if document.path is not None:
                keep.append(Keep(document.path, "the open essay" if here
                                 else "an essay open in another window"))
            if document.source is not None:
                keep.append(Keep(document.source, "the file this essay was imported from"
                                 if here else "a file imported in another window"))
        return keep

    def _tell_exported(self, report: ExportReport) -> None:
        """Name the file written, with the exporter's notes, in the status bar."""
        message = " ".join([self.tr("Exported {name}.").format(name=report.path.name),
                            *report.notes])
        self.window.statusBar().showMessage(message, 8000)

    # -- recent files ------------------------------------------------------

    def fill_recent_menu(self, menu: QMenu) -> None:
        """List recent files (missing ones are pruned) and a Clear action."""
        menu.clear()
        recent = self.window.app_settings.recent_files()
        for i, path in enumerate(recent, 1):
            label = f"&{i} {path.name}" if i < 10 else f"1&0 {path.name}"  # no words
            action = menu.addAction(label)
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(self._opener(path))
        if not recent:
            menu.addAction(self.tr("No Recent Files")).setEnabled(False)
        menu.addSeparator()
        clear = menu.addAction(self.tr("Clear Recent Files"))
        clear.setEnabled(bool(recent))
        clear.triggered.connect(self.window.app_settings.clear_recent_files)

    def _opener(self, path: Path) -> Callable[[], None]:
        def open_it() -> None:
            self.open_path(path)
        return open_it

    # -- the file changed on disk -----------------------------------------

    def attach(self, loaded: Loaded) -> None:
        """The window now shows ``loaded``: claim its file, remember the
        version on disk, and watch it."""
        path = loaded.path
        if path is None:
            self.claim.release()
        elif not self.claim.covers(path):
            # Restored work: nobody was asked, so a file held elsewhere
            # opens read-only (the title says so).
            lock = DocumentLock(path)
            if lock.acquire():
                self.claim.hold(lock)
            else:
                self.claim.read_only_on(path)
        if path is not None and loaded.version is None:
            self._version = version_on_disk(path)
        else:
            self._version = loaded.version
        self.watch(path)

    def watch(self, path: Path | None) -> None:
        """Watch ``path`` (the document's file) for changes by other programs."""
        if self.watcher.files():
            self.watcher.removePaths(self.watcher.files())
        if path is not None and path.exists():
            self.watcher.addPath(str(path))
        # What is on disk now is known; only later changes are news.
        self._own_state = _file_state(path) if path is not None else None

    def _file_signal(self, _name: str) -> None:
        # An atomic replace drops the watch: add it back at once.
        path = self.window.document.path
        if path is not None and path.exists() and str(path) not in self.watcher.files():
            self.watcher.addPath(str(path))
        self._disk_timer.start()

    def check_disk(self) -> None:
        """Ask about a change made by someone else; ignore our own saves."""
        path = self.window.document.path
        if path is None or self._asking:
            return
        if path.exists() and str(path) not in self.watcher.files():
            self.watcher.addPath(str(path))
        state = _file_state(path)
        if state == self._own_state:
            return  # our own save, or nothing new
        self._own_state = state
        if state is None:
            self.window.document.undo_stack.resetClean()
            self.window.statusBar().showMessage(
                self.tr("{name} was moved or deleted; Save writes it again.").format(
                    name=path.name), 8000)
            return
        self.window.view.commit_pending_edit()  # so "modified" tells the truth
        self._asking = True
        try:
            reload = ask_reload(self.window, path, self.window.document.modified)
        finally:
            self._asking = False
        if reload:
            try:
                loaded = load_for_window(path)
            except DocumentError as exc:
                show_error(self.window, self.tr("Cannot Reload"), str(exc))
                self.window.document.undo_stack.resetClean()
                return
            self.window.show_loaded(loaded)
            self.window.statusBar().showMessage(
                self.tr("Reloaded {name}.").format(name=path.name), 4000)
        else:
            # Ours now differs from the disk: keep it marked unsaved.
            self.window.document.undo_stack.resetClean()
