"""Essay > Sources, Book: attach, detach and page offset, each one undoable
step; refusals of files that are not readable books, one message each and
nothing recorded. Outline > Quotation from Book: search, pick, insert."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from outliner.core.essay import Essay, Node, NodeKind
from outliner.core.quote_match import VerdictKind
from outliner.core.sources import Name, Source, SourceType
from outliner.io.essay.file import load_essay, save_essay
from outliner.ui import MainWindow, file_actions
from outliner.ui.book_desk import INSERT_KEYS, insert_from_book
from outliner.ui.dialogs.book_search import BookSearchDialog
from outliner.ui.dialogs.sources import SourcesDialog
from tests.cli.test_cli_check_books import OWN, excerpt, own_essay
from tests.support.books import encrypted, image_pdf


@pytest.fixture(scope="module")
def book(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    return excerpt(OWN, tmp_path_factory.mktemp("attach-book"))


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(file_actions, "ask_save_changes", lambda *_: "discard")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("spelling/folder", str(tmp_path / "spelling"))
    made = MainWindow(own_essay(tmp_path / "harbour.essay"), settings=settings,
                      recovery_folder=tmp_path / "recovery")
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    return made


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(file_actions, "show_error",
                        lambda _parent, _title, text: shown.append(text))
    return shown


def _dialog(window: MainWindow) -> SourcesDialog:
    return SourcesDialog(window.document, window, books=window.books)


def test_attach_is_one_step_and_undo_detaches(window: MainWindow, book: tuple[Path, str],
                                              qtbot: QtBot, tmp_path: Path) -> None:
    pdf, _ = book
    dialog = _dialog(window)
    box = dialog.book_box
    assert not box.detach_button.isEnabled()
    assert "No book attached" in box.state_label.text()
    steps = window.document.undo_stack.count()
    assert box.attach_book(pdf)
    assert window.document.undo_stack.count() == steps + 1
    link = window.document.essay.sources[0].book
    assert link is not None and Path(link.path) == pdf.resolve()
    assert box.detach_button.isEnabled()
    assert "6 pages, read." in box.state_label.text()
    assert not window.books.reading()  # read once, by the dialog: the shelf adopted it
    qtbot.waitUntil(lambda: len(window.books.verdicts) == 3)
    window.document.undo_stack.undo()
    assert window.document.essay.sources[0].book is None
    assert "No book attached" in box.state_label.text()  # the open dialog shows the undo
    qtbot.waitUntil(lambda: not window.books.verdicts)
    window.document.undo_stack.redo()
    assert window.document.essay.sources[0].book == link
    dialog.accept()

    window.files.save()
    saved = load_essay(tmp_path / "harbour.essay").sources[0].book
    assert saved is not None and saved.sha256 == link.sha256  # the file records path and sum


def test_detach_and_page_offset_are_steps(window: MainWindow, book: tuple[Path, str],
                                          qtbot: QtBot) -> None:
    pdf, _ = book
    dialog = _dialog(window)
    box = dialog.book_box
    assert box.attach_book(pdf)
    box.offset_spin.setValue(10)
    box.offset_spin.editingFinished.emit()
    link = window.document.essay.sources[0].book
    assert link is not None and link.page_offset == 10
    assert window.document.undo_stack.undoText().endswith("Change Page Offset")
    # Another offset is another reading of the book (from the cache): the box
    # says so, then that it is read; printed page numbers ignore the offset.
    qtbot.waitUntil(lambda: "6 pages, read." in box.state_label.text())
    qtbot.waitUntil(lambda: len(window.books.verdicts) == 3)
    assert {v.kind for v in window.books.verdicts.values()} == {
        VerdictKind.VERBATIM, VerdictKind.ALTERED, VerdictKind.OTHER_PAGE}
    box.detach_book()
    assert window.document.essay.sources[0].book is None
    assert not box.offset_spin.isEnabled()
    window.document.undo_stack.undo()
    assert window.document.essay.sources[0].book == link
    dialog.accept()


@pytest.mark.parametrize("make, says", [
    (lambda folder, pdf: encrypted(pdf, folder / "locked.pdf"), "is encrypted"),
    (lambda folder, _pdf: image_pdf(folder / "scan.pdf"), "has no text layer"),
    (lambda folder, _pdf: _text_named_pdf(folder / "notes.pdf"), "is not a PDF"),
])
def test_a_file_that_is_no_readable_book_is_one_message_and_nothing_recorded(
        window: MainWindow, book: tuple[Path, str], tmp_path: Path, errors: list[str],
        make: object, says: str) -> None:
    assert callable(make)
    bad = make(tmp_path, book[0])
    dialog = _dialog(window)
    steps = window.document.undo_stack.count()
    assert not dialog.book_box.attach_book(bad)
    assert len(errors) == 1 and str(bad) in errors[0] and says in errors[0]
    assert window.document.undo_stack.count() == steps
    assert window.document.essay.sources[0].book is None
    dialog.accept()


def test_an_offset_typed_then_escape_is_kept(window: MainWindow, book: tuple[Path, str]) -> None:
    dialog = _dialog(window)
    box = dialog.book_box
    assert box.attach_book(book[0])
    box.offset_spin.lineEdit().setText("7")  # typed, focus never left the box
    dialog.reject()
    link = window.document.essay.sources[0].book
    assert link is not None and link.page_offset == 7


def test_dialogs_opened_and_closed_leave_no_listeners(window: MainWindow,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import SIGNAL

    before = window.books.receivers(SIGNAL("changed()"))
    monkeypatch.setattr(SourcesDialog, "exec", lambda self: self.reject())
    window.edit_sources()
    window.edit_sources()
    assert window.books.receivers(SIGNAL("changed()")) == before


def _text_named_pdf(path: Path) -> Path:
    path.write_text("My notes, saved under the wrong name.\n", encoding="utf-8")
    return path


# -- Quotation from Book -----------------------------------------------------------


def _attach(window: MainWindow, pdf: Path, qtbot: QtBot) -> None:
    dialog = _dialog(window)
    assert dialog.book_box.attach_book(pdf)
    dialog.accept()
    qtbot.waitUntil(lambda: bool(window.books.sources_with_books()))


def _in_the_dialog(act: object) -> None:
    """Run ``act(dialog)`` on the search dialog once it is open; the dialog
    closes even when ``act`` fails (the test then fails, it does not hang)."""
    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, BookSearchDialog):
            QTimer.singleShot(20, run)
            return
        assert callable(act)
        try:
            act(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, run)


def test_insert_from_the_book_adds_a_quotation_with_its_page(
        window: MainWindow, book: tuple[Path, str], qtbot: QtBot) -> None:
    pdf, _ = book
    _attach(window, pdf, qtbot)
    essay = window.document.essay
    body = [n for n in essay.walk() if n.kind is NodeKind.BODY][1]
    window.view.select_nodes([body.children[0]])
    seen: dict[str, object] = {}

    def search(dialog: BookSearchDialog) -> None:
        dialog.query_edit.setText("ferry ever wait for anyone")
        dialog.search()
        seen["hits"] = [dialog.hits_list.item(i).text() for i in range(dialog.hits_list.count())]
        seen["quote"] = dialog.quote_edit.toPlainText()
        dialog.accept()

    _in_the_dialog(search)
    assert insert_from_book(window, window.books)
    hits = seen["hits"]
    assert isinstance(hits, list) and len(hits) == 1 and hits[0].startswith("p. 258 — ")
    inserted = window.view.current_node()
    assert inserted is not None and inserted.kind is NodeKind.QUOTE
    assert inserted.parent is body and body.children.index(inserted) == 1  # after the selected
    assert inserted.cite == "258"
    assert inserted.text == seen["quote"] and "ferry ever wait for anyone" in inserted.text
    qtbot.waitUntil(lambda: inserted.id in window.books.verdicts)
    assert window.books.verdicts[inserted.id].kind is VerdictKind.VERBATIM
    window.document.undo_stack.undo()
    assert inserted not in essay


def test_a_trimmed_passage_is_what_goes_in(window: MainWindow, book: tuple[Path, str],
                                           qtbot: QtBot) -> None:
    pdf, _ = book
    _attach(window, pdf, qtbot)
    essay = window.document.essay
    first_body = next(n for n in essay.walk() if n.kind is NodeKind.BODY)
    window.view.select_nodes([first_body])

    def trim(dialog: BookSearchDialog) -> None:
        dialog.query_edit.setText("Sales were important")
        dialog.search()
        dialog.quote_edit.setPlainText("the Sales were important to us")
        dialog.accept()

    _in_the_dialog(trim)
    assert insert_from_book(window, window.books)
    inserted = window.view.current_node()
    assert inserted is not None and inserted.parent is first_body
    assert first_body.children[-1] is inserted  # a paragraph selected: at its end
    assert (inserted.text, inserted.cite) == ("the Sales were important to us", "42")


def test_enter_in_the_search_field_searches_and_never_inserts_unseen_words(
        window: MainWindow, book: tuple[Path, str], qtbot: QtBot) -> None:
    from PySide6.QtCore import Qt as QtKeys

    pdf, _ = book
    _attach(window, pdf, qtbot)
    dialog = BookSearchDialog(window.document, window.books, window)
    dialog.show()
    dialog.activateWindow()  # keys go where the writer types, not to the tree behind
    dialog.query_edit.setFocus()
    qtbot.waitUntil(dialog.query_edit.hasFocus)
    steps = window.document.undo_stack.count()
    dialog.query_edit.setText("last boat")
    dialog.search()
    first = dialog.quote_edit.toPlainText()
    assert "last boat" in first and dialog.insert_button.isEnabled()
    dialog.query_edit.setText("Sales were important")  # the search has not run yet
    assert not dialog.insert_button.isEnabled()  # the boxes still hold "last boat"
    qtbot.keyClick(dialog.query_edit, QtKeys.Key.Key_Return)
    assert dialog.isVisible()  # Enter searched; nothing was inserted
    assert window.document.undo_stack.count() == steps
    assert "Sales were important" in dialog.quote_edit.toPlainText()
    dialog.query_edit.setText("no such words anywhere")
    dialog.search()
    assert dialog.quote_edit.toPlainText() == "" and not dialog.insert_button.isEnabled()
    dialog.reject()


def test_cancel_inserts_nothing(window: MainWindow, book: tuple[Path, str],
                                qtbot: QtBot) -> None:
    pdf, _ = book
    _attach(window, pdf, qtbot)
    steps = window.document.undo_stack.count()
    _in_the_dialog(lambda dialog: dialog.reject())
    assert not insert_from_book(window, window.books)
    assert window.document.undo_stack.count() == steps


def test_without_a_book_the_action_says_what_to_do(window: MainWindow) -> None:
    assert not insert_from_book(window, window.books)
    assert "Attach a book to a source first" in window.statusBar().currentMessage()


def test_the_action_is_in_the_outline_menu_with_its_key(window: MainWindow) -> None:
    actions = [a for a in window.outline_menu.actions() if a.objectName() == "quotation_from_book"]
    assert len(actions) == 1 and actions[0].shortcut().toString() == INSERT_KEYS


def test_a_second_source_gets_its_own_quotations(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        book: tuple[Path, str]) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(file_actions, "ask_save_changes", lambda *_: "discard")
    first = Source(type=SourceType.BOOK, authors=(Name("Quill", "Tom"),), title="Other")
    second = Source(type=SourceType.BOOK, authors=(Name("Marlow", "Ida"),), title="Harbour")
    path = tmp_path / "two.essay"
    save_essay(Essay(sources=[first, second], outline=[
        Node(NodeKind.BODY, "A claim", children=[Node(NodeKind.NOTE, "a note")])]), path)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(path, settings=settings, recovery_folder=tmp_path / "recovery")
    qtbot.addWidget(window)
    dialog = _dialog(window)
    dialog.entries.setCurrentRow(1)
    assert dialog.book_box.attach_book(book[0])
    dialog.accept()
    qtbot.waitUntil(lambda: bool(window.books.sources_with_books()))
    window.view.select_nodes([window.document.essay.outline[0].children[0]])

    def pick(dialog: BookSearchDialog) -> None:
        dialog.query_edit.setText("last boat")
        dialog.search()
        dialog.accept()

    _in_the_dialog(pick)
    assert insert_from_book(window, window.books)
    inserted = window.view.current_node()
    assert inserted is not None and inserted.source == second.id  # not the essay's first
    qtbot.waitUntil(lambda: inserted.id in window.books.verdicts)
    assert window.books.verdicts[inserted.id].kind is VerdictKind.VERBATIM


def test_cancel_while_a_book_is_read_attaches_nothing(
        window: MainWindow, book: tuple[Path, str], monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    from PySide6.QtWidgets import QProgressDialog

    from outliner.ui.book_jobs import BookJob

    gate = threading.Event()
    jobs: list[BookJob] = []
    run = BookJob.run

    def slow_run(job: BookJob) -> None:  # a long book: still reading when Cancel comes
        jobs.append(job)
        gate.wait(30)
        run(job)

    monkeypatch.setattr(BookJob, "run", slow_run)
    shown: list[str] = []

    def cancel_progress() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QProgressDialog):
            QTimer.singleShot(20, cancel_progress)
            return
        shown.append(dialog.labelText())
        dialog.cancel()

    dialog = _dialog(window)
    steps = window.document.undo_stack.count()
    QTimer.singleShot(0, cancel_progress)
    try:
        assert not dialog.book_box.attach_book(book[0])
    finally:
        gate.set()
    assert shown == ["Reading “book.pdf”…"]
    assert jobs and jobs[0].stop.is_set()
    assert window.document.undo_stack.count() == steps
    assert window.document.essay.sources[0].book is None
    dialog.accept()
