"""Exporting from the window never writes over the open essay or the draft it
came from, proposes a free name, and asks (default No) before replacing a
file, which then stays as a .bak. Real window, real dialogs, offscreen."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from outliner.ui import MainWindow
from outliner.ui.dialogs.export import ExportDialog
from tests.io.exporters.test_export_safety import write_draft
from tests.ui.test_main_window import WindowFactory, saved_small_essay, window_factory

__all__ = ["window_factory"]

Handler = Callable[[QWidget], None]


class Modals:
    """Answer the modal windows as they come up, one handler each, in order.
    Handlers act through QTimer.singleShot so the next box can open in the
    event loop rather than inside this timer's own call."""

    def __init__(self, *handlers: Handler) -> None:
        self.handlers = list(handlers)
        self.seen: list[str] = []
        self.unexpected: list[str] = []
        self._last: QWidget | None = None
        self._answered: list[QWidget] = []
        self._timer = QTimer()
        self._timer.setInterval(20)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def _tick(self) -> None:
        widget = QApplication.activeModalWidget()
        if widget is None or widget is self._last or not widget.isVisible():
            return
        self._last = widget
        if not self.handlers and any(widget is done for done in self._answered):
            # A dialog answered before, modal again for the moment between its
            # last box closing and its own closing: not a new window, unless it
            # stays (then it is unexpected, and closed so the test fails, not hangs).
            QTimer.singleShot(300, lambda: self._still_open(widget))
            return
        self._answered.append(widget)
        self.seen.append(widget.windowTitle())
        if not self.handlers:
            self.unexpected.append(widget.windowTitle())
            QTimer.singleShot(0, widget.close)
            return
        self.handlers.pop(0)(widget)

    def _still_open(self, widget: QWidget) -> None:
        import shiboken6

        if not self._timer.isActive() or not shiboken6.isValid(widget):
            return  # the test is over, or the dialog is gone
        if QApplication.activeModalWidget() is widget and widget.isVisible():
            self.unexpected.append(widget.windowTitle())
            widget.close()

    def stop(self) -> None:
        self._timer.stop()
        assert not self.unexpected, f"unexpected windows: {self.unexpected}"
        assert not self.handlers, f"{len(self.handlers)} windows never came: {self.seen}"


@pytest.fixture
def quiet_open(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Opening the result in a word processor is recorded, not done."""
    opened: list[object] = []
    monkeypatch.setattr("outliner.ui.dialogs.export.QDesktopServices.openUrl",
                        lambda url: opened.append(url) or True)
    return opened


def later(action: Callable[[], object]) -> None:
    QTimer.singleShot(0, action)


def dialog_of(widget: QWidget) -> ExportDialog:
    assert isinstance(widget, ExportDialog), type(widget).__name__
    return widget


def box_of(widget: QWidget) -> QMessageBox:
    assert isinstance(widget, QMessageBox), type(widget).__name__
    return widget


def click(widget: QWidget, label: str) -> None:
    box = box_of(widget)
    button = next(b for b in box.buttons() if label in b.text().replace("&", ""))
    later(button.click)


def read_warning(into: list[str]) -> Handler:
    """A handler that keeps a warning box's text and closes the box."""
    def handle(widget: QWidget) -> None:
        box = box_of(widget)
        into.append(box.text())
        later(box.accept)
    return handle


def close_exported(widget: QWidget) -> None:
    box = box_of(widget)
    assert box.windowTitle() == "Exported"
    click(box, "Close")


@pytest.fixture
def draft_window(window_factory: WindowFactory, tmp_path: Path) -> Iterator[MainWindow]:
    """The writer's Word draft (table, picture, bold), imported in a window."""
    window = window_factory(write_draft(tmp_path, ".docx"))
    assert window.document.path is None  # opened as an unsaved essay
    yield window


def test_word_export_of_an_imported_draft_proposes_a_new_name(
        draft_window: MainWindow, tmp_path: Path, quiet_open: list[object]) -> None:
    draft = tmp_path / "mydraft.docx"
    before = draft.read_bytes()
    proposed: list[str] = []

    def export_as_proposed(widget: QWidget) -> None:
        dialog = dialog_of(widget)
        proposed.append(dialog.path_edit.text())
        later(dialog.export_button.click)

    modals = Modals(export_as_proposed, close_exported)
    draft_window.actions_by_name["export_word"].trigger()
    modals.stop()
    assert proposed == [str(tmp_path / "mydraft (essay).docx")]
    assert draft.read_bytes() == before
    assert (tmp_path / "mydraft (essay).docx").is_file()
    assert not list(tmp_path.glob("*.bak"))
    assert "Exported mydraft (essay).docx" in draft_window.statusBar().currentMessage()

    # Once that name is taken, the next proposal counts on.
    modals = Modals(export_as_proposed, close_exported)
    draft_window.actions_by_name["export_word"].trigger()
    modals.stop()
    assert proposed[1] == str(tmp_path / "mydraft (essay 2).docx")


@pytest.mark.parametrize("spelling", ["same", "dot-dot"])
def test_typing_the_draft_s_own_path_is_refused(
        draft_window: MainWindow, tmp_path: Path, quiet_open: list[object],
        spelling: str) -> None:
    draft = tmp_path / "mydraft.docx"
    before = draft.read_bytes()
    (tmp_path / "sub").mkdir()
    typed = draft if spelling == "same" else tmp_path / "sub" / ".." / "mydraft"  # .docx added
    warnings: list[str] = []

    def type_the_draft(widget: QWidget) -> None:
        dialog = dialog_of(widget)
        dialog.path_edit.setText(str(typed))
        later(dialog.export_button.click)

    def still_open_then_cancel(widget: QWidget) -> None:
        dialog = dialog_of(widget)
        assert dialog.isVisible() and dialog.report is None
        later(dialog.reject)

    modals = Modals(type_the_draft, read_warning(warnings), still_open_then_cancel)
    draft_window.actions_by_name["export_word"].trigger()
    modals.stop()
    assert len(warnings) == 1
    assert "the file this essay was imported from" in warnings[0]
    assert "choose another name" in warnings[0]
    assert draft.read_bytes() == before
    assert not list(tmp_path.glob("*.bak"))
    # The draft is still the writer's: table and bold text intact.
    reread = docx.Document(str(draft))
    assert reread.tables and any(r.bold for p in reread.paragraphs for r in p.runs)


def test_replacing_an_existing_file_asks_first_no_is_the_default(
        draft_window: MainWindow, tmp_path: Path, quiet_open: list[object]) -> None:
    other = tmp_path / "final.docx"
    old = b"an earlier export the writer handed in"
    other.write_bytes(old)
    asked: list[tuple[str, str]] = []

    def choose_other(widget: QWidget) -> None:
        dialog = dialog_of(widget)
        dialog.path_edit.setText(str(other))
        later(dialog.export_button.click)

    def press_enter(widget: QWidget) -> None:
        box = box_of(widget)
        default = box.defaultButton()
        asked.append((box.text(), default.text() if default else ""))
        later(lambda: QTest.keyClick(box, Qt.Key.Key_Return))

    def unchanged_then_export_again(widget: QWidget) -> None:
        dialog = dialog_of(widget)
        assert dialog.isVisible() and other.read_bytes() == old
        later(dialog.export_button.click)

    modals = Modals(choose_other, press_enter, unchanged_then_export_again,
                    lambda w: click(w, "Replace"), close_exported)
    draft_window.actions_by_name["export_word"].trigger()
    modals.stop()
    assert modals.seen[1] == "Replace File?"
    assert "final.docx" in asked[0][0] and asked[0][1].replace("&", "") == "No"
    assert (tmp_path / "final.docx.bak").read_bytes() == old
    # (the introduction has no prose: it is in the placeholder's box, a table)
    body = docx.Document(str(other)).element.body
    assert "Memory in Never Let Me Go" in "".join(body.itertext())


# -- Markdown and text exports from the window ----------------------------------


def save_dialog_returns(monkeypatch: pytest.MonkeyPatch,
                        answer: Callable[[str], str]) -> list[str]:
    """The file dialog answers with ``answer(proposal)``; returns the proposals."""
    proposals: list[str] = []

    def fake(_parent: object, _title: str, proposal: str, _filter: str,
             *_more: object, **_options: object) -> tuple[str, str]:
        proposals.append(proposal)
        return answer(proposal), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    return proposals


@pytest.mark.parametrize("fmt, suffix", [("markdown", ".md"), ("text", ".txt")])
def test_text_exports_propose_a_new_name_and_refuse_the_draft(
        window_factory: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        fmt: str, suffix: str) -> None:
    draft = write_draft(tmp_path, suffix)
    before = draft.read_bytes()
    window = window_factory(draft)
    proposals = save_dialog_returns(monkeypatch, lambda proposal: proposal)
    window.actions_by_name[f"export_{fmt}"].trigger()
    assert proposals == [str(tmp_path / f"mydraft (essay){suffix}")]
    assert (tmp_path / f"mydraft (essay){suffix}").is_file()
    assert draft.read_bytes() == before

    warnings: list[str] = []
    save_dialog_returns(monkeypatch, lambda _proposal: str(draft))
    modals = Modals(read_warning(warnings))
    window.actions_by_name[f"export_{fmt}"].trigger()
    modals.stop()
    assert len(warnings) == 1 and "the file this essay was imported from" in warnings[0]
    assert draft.read_bytes() == before
    assert not list(tmp_path.glob("*.bak"))


def test_text_export_asks_before_replacing_even_when_the_extension_is_added(
        window_factory: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window = window_factory(saved_small_essay(tmp_path))
    notes = tmp_path / "notes.md"
    notes.write_text("my notes, not an export\n", encoding="utf-8")
    save_dialog_returns(monkeypatch, lambda _proposal: str(tmp_path / "notes"))  # + .md
    modals = Modals(lambda w: later(lambda: QTest.keyClick(box_of(w), Qt.Key.Key_Return)))
    assert not window.files.export("markdown")
    modals.stop()
    assert modals.seen == ["Replace File?"]
    assert notes.read_text(encoding="utf-8") == "my notes, not an export\n"

    modals = Modals(lambda w: click(w, "Replace"))
    assert window.files.export("markdown")
    modals.stop()
    assert (tmp_path / "notes.md.bak").read_text(encoding="utf-8") == "my notes, not an export\n"
    assert "Second claim" in notes.read_text(encoding="utf-8")


def test_a_draft_open_in_another_window_is_kept_too(
        window_factory: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    draft = write_draft(tmp_path, ".txt")
    before = draft.read_bytes()
    window_factory(draft)
    other = window_factory(saved_small_essay(tmp_path))
    save_dialog_returns(monkeypatch, lambda _proposal: str(draft))
    warnings: list[str] = []
    modals = Modals(read_warning(warnings))
    assert not other.files.export("text")
    modals.stop()
    assert len(warnings) == 1 and "a file imported in another window" in warnings[0]
    assert draft.read_bytes() == before


def test_the_source_is_remembered_after_saving_as_an_essay(
        window_factory: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    draft = write_draft(tmp_path, ".md")
    window = window_factory(draft)
    assert window.files.save_to(tmp_path / "mydraft.essay")
    assert window.document.source == draft
    proposals = save_dialog_returns(monkeypatch, lambda _proposal: "")
    window.files.export("markdown")
    assert proposals == [str(tmp_path / "mydraft (essay).md")]
