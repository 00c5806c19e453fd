"""Quotations against the book, in the window (offscreen): a book attached
to a source is read in the background, and each quotation's verdict shows
on its row (mark, tooltip, screen reader), under it in the editor (with
the changed words), and in the Checks panel.

The book is the course-pack excerpt of the command-line tests: pages 41-42
then 255-258, printed numbers only; page 258 holds one quotation as typed
and one with a word changed, page 42 one that the essay cites as 41.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from outliner.core.essay import Node, NodeKind
from outliner.core.quote_match import VerdictKind
from outliner.core.sources import BookLink
from outliner.io.books import sha256_of_file
from outliner.io.essay.file import load_essay, save_essay
from outliner.ui import MainWindow, file_actions
from outliner.ui.book_jobs import BookJob
from outliner.ui.books import BookShelf
from outliner.ui.dialogs.sources import SourcesDialog
from tests.cli.test_cli_check_books import CHANGED_TO, OWN, Quotes, excerpt, own_essay

_TIP = Qt.ItemDataRole.ToolTipRole
_SPOKEN_STATE = Qt.ItemDataRole.AccessibleDescriptionRole


@pytest.fixture(scope="module")
def book(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """The excerpt holding our own quotations, and the word it changed."""
    return excerpt(OWN, tmp_path_factory.mktemp("window-book"))


def _open(qtbot: QtBot, tmp_path: Path, path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("spelling/folder", str(tmp_path / "spelling"))
    window = MainWindow(path, settings=settings, recovery_folder=tmp_path / "recovery")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Books are cached in the test's own folder, never the user's."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(folder))
    monkeypatch.setattr(file_actions, "ask_save_changes", lambda *_: "discard")
    return folder


class HeldReads:
    """Background reads wait for ``release()``: a test sees the window
    before a book is read, however fast the machine."""

    def __init__(self) -> None:
        self.gate = threading.Event()
        self.jobs: list[BookJob] = []

    def release(self) -> None:
        self.gate.set()


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch) -> Iterator[HeldReads]:
    holder = HeldReads()
    run = BookJob.run

    def held_run(job: BookJob) -> None:
        holder.jobs.append(job)
        holder.gate.wait(30)
        run(job)

    monkeypatch.setattr(BookJob, "run", held_run)
    yield holder
    holder.release()  # never leave a worker waiting


def attached_essay(tmp_path: Path, pdf: Path) -> Path:
    """Our own essay, saved with the book attached to its one source."""
    path = own_essay(tmp_path / "harbour.essay")
    essay = load_essay(path)
    source = essay.sources[0]
    essay.sources = [source.with_fields(book=BookLink(str(pdf), sha256_of_file(pdf)))]
    save_essay(essay, path)
    return path


def _quote(window: MainWindow, text: str) -> Node:
    return next(n for n in window.document.essay.walk()
                if n.kind is NodeKind.QUOTE and n.text == text)


def _wait_for_verdicts(qtbot: QtBot, shelf: BookShelf, count: int) -> None:
    qtbot.waitUntil(lambda: len(shelf.verdicts) == count, timeout=60_000)


def test_an_attached_book_is_read_in_the_background_and_every_verdict_shows(
        qtbot: QtBot, tmp_path: Path, cache: Path, book: tuple[Path, str],
        held: HeldReads) -> None:
    pdf, changed = book
    window = _open(qtbot, tmp_path, attached_essay(tmp_path, pdf))
    shelf = window.books
    qtbot.wait(100)
    assert shelf.verdicts == {} and shelf.reading()  # the window is up; the book is not read
    window.view.select_nodes([_quote(window, OWN.exact)])
    assert "Reading the book" in window.editor.verdict_label.text_plain()
    held.release()
    _wait_for_verdicts(qtbot, shelf, 3)
    # the editor's line follows the read without a new selection
    assert "verbatim on page 258" in window.editor.verdict_label.text_plain()
    exact, altered, early = (_quote(window, q) for q in (OWN.exact, OWN.altered, OWN.early))
    assert shelf.verdicts[exact.id].kind is VerdictKind.VERBATIM
    assert shelf.verdicts[exact.id].pages == ("258",)
    assert shelf.verdicts[altered.id].kind is VerdictKind.ALTERED
    assert shelf.verdicts[early.id].kind is VerdictKind.OTHER_PAGE
    assert shelf.verdicts[early.id].pages == ("42",)

    model = window.view.outline_model
    tips = {n.id: str(model.data(model.index_for_node(n), _TIP)) for n in (exact, altered, early)}
    assert "verbatim on page 258" in tips[exact.id]
    assert f"you wrote “{changed}”, the book says “{CHANGED_TO}”" in tips[altered.id]
    assert "verbatim, but on page 42 (cited 41)" in tips[early.id]
    spoken = str(model.data(model.index_for_node(exact), _SPOKEN_STATE))
    assert spoken.endswith("verbatim on page 258")
    assert list(cache.rglob("*.json")), "the page texts were cached"


def test_the_rows_draw_their_marks(qtbot: QtBot, tmp_path: Path, cache: Path,
                                   book: tuple[Path, str], held: HeldReads) -> None:
    pdf, _ = book
    window = _open(qtbot, tmp_path, attached_essay(tmp_path, pdf))
    window.view.expandAll()
    model = window.view.outline_model
    told: list[int] = []
    model.dataChanged.connect(lambda first, _last, roles: told.append(first.row()))
    before = window.view.viewport().grab().toImage()
    held.release()
    _wait_for_verdicts(qtbot, window.books, 3)
    assert len(told) >= 3  # each quotation's row was told its tooltip and description changed
    qtbot.wait(50)
    after = window.view.viewport().grab().toImage()
    exact = _quote(window, OWN.exact)
    rect = window.view.visualRect(window.view.outline_model.index_for_node(exact))
    right = rect.adjusted(rect.width() - 40, 0, 0, 0)
    assert _colours(before, right) != _colours(after, right)
    green = [c for c in _colours(after, right) if c[1] > c[0] + 40 and c[1] > c[2] + 40]
    assert green, "the verbatim row has a green tick at its right"


def _colours(image: QImage, rect: object) -> set[tuple[int, int, int]]:
    from PySide6.QtCore import QRect

    assert isinstance(rect, QRect)
    ratio = image.devicePixelRatio()
    out = set()
    for x in range(int(rect.left() * ratio), int(rect.right() * ratio)):
        for y in range(int(rect.top() * ratio), int(rect.bottom() * ratio)):
            colour = image.pixelColor(x, y)
            out.add((colour.red(), colour.green(), colour.blue()))
    return out


def test_the_editor_shows_what_the_book_says(qtbot: QtBot, tmp_path: Path, cache: Path,
                                             book: tuple[Path, str]) -> None:
    pdf, changed = book
    window = _open(qtbot, tmp_path, attached_essay(tmp_path, pdf))
    _wait_for_verdicts(qtbot, window.books, 3)
    label = window.editor.verdict_label
    window.view.select_nodes([_quote(window, OWN.altered)])
    assert label.isVisible()
    plain = label.text_plain()
    assert f"you wrote “{changed}”, the book says “{CHANGED_TO}”" in plain
    assert "The book says (changes marked):" in plain
    assert f"<s style=\"color:#c62828\">{changed}</s>" in label.text()
    window.view.select_nodes([_quote(window, OWN.exact)])
    assert "verbatim on page 258" in label.text_plain()
    body = next(n for n in window.document.essay.walk() if n.kind is NodeKind.BODY)
    window.view.select_nodes([body])
    assert not label.isVisible()


def test_a_quotation_edited_to_the_books_words_turns_verbatim(
        qtbot: QtBot, tmp_path: Path, cache: Path, book: tuple[Path, str]) -> None:
    pdf, changed = book
    window = _open(qtbot, tmp_path, attached_essay(tmp_path, pdf))
    shelf = window.books
    _wait_for_verdicts(qtbot, shelf, 3)
    altered = _quote(window, OWN.altered)
    window.view.select_nodes([altered])
    window.editor.text_edit.setPlainText(OWN.altered.replace(changed, CHANGED_TO, 1))
    qtbot.waitUntil(lambda: shelf.verdicts[altered.id].kind is VerdictKind.VERBATIM)
    assert "verbatim on page 258" in window.editor.verdict_label.text_plain()
    window.document.undo_stack.undo()
    qtbot.waitUntil(lambda: shelf.verdicts[altered.id].kind is VerdictKind.ALTERED)


def test_the_checks_panel_lists_the_quotations_not_verbatim_on_their_page(
        qtbot: QtBot, tmp_path: Path, cache: Path, book: tuple[Path, str]) -> None:
    pdf, _ = book
    window = _open(qtbot, tmp_path, attached_essay(tmp_path, pdf))
    _wait_for_verdicts(qtbot, window.books, 3)
    panel = window.checks_panel
    window.checks_dock.show()
    panel.run_now()
    book_rows = [f for f in panel.findings if f.finding.kind == "book"]
    ids = [f.finding.node_id for f in book_rows]
    assert ids == [_quote(window, OWN.early).id, _quote(window, OWN.altered).id]
    texts = [panel.list.item(i).text() for i in range(panel.list.count())]
    assert any(f"the book says “{CHANGED_TO}”" in t for t in texts)
    assert any("verbatim, but on page 42 (cited 41)" in t for t in texts)
    assert not any(OWN.exact[:15] in t for t in texts)


def test_a_missing_book_says_so_and_leaves_the_quotations_unmarked(
        qtbot: QtBot, tmp_path: Path, cache: Path, book: tuple[Path, str],
        held: HeldReads) -> None:
    pdf, _ = book
    moved = tmp_path / "gone.pdf"
    moved.write_bytes(pdf.read_bytes())
    path = attached_essay(tmp_path, moved)
    moved.unlink()
    problems: list[str] = []
    window = _open(qtbot, tmp_path, path)
    window.books.problem.connect(problems.append)
    window.view.select_nodes([_quote(window, OWN.exact)])  # chosen before the read fails
    assert "Reading the book" in window.editor.verdict_label.text_plain()
    held.release()
    qtbot.waitUntil(lambda: not window.books.reading(), timeout=20_000)
    assert len(problems) == 1 and "gone.pdf" in problems[0]
    source = window.document.essay.sources[0]
    state = window.books.state_of(source)
    assert state is not None and state.state == "failed"
    assert "gone.pdf" in state.message and "no such file" in state.message
    assert window.books.verdicts == {}
    assert "cannot be read" in window.editor.verdict_label.text_plain()  # updated in place

    # Put back, the file is read again from the Sources dialog.
    moved.write_bytes(pdf.read_bytes())
    dialog = _sources_dialog(window)
    box = dialog.book_box
    assert box.retry_button.isVisibleTo(dialog)
    box.read_again()
    _wait_for_verdicts(qtbot, window.books, 3)
    assert "read." in box.state_label.text() and not box.retry_button.isVisibleTo(dialog)
    dialog.accept()


def test_closing_the_window_stops_a_read_in_progress(
        qtbot: QtBot, tmp_path: Path, cache: Path, book: tuple[Path, str],
        held: HeldReads) -> None:
    window = _open(qtbot, tmp_path, attached_essay(tmp_path, book[0]))
    qtbot.waitUntil(lambda: bool(held.jobs))
    document = window.document
    assert window.close()
    assert held.jobs[0].stop.is_set()
    document.changed.emit()  # a change after closing reads nothing again
    qtbot.wait(400)
    assert len(held.jobs) == 1 and not window.books.reading()


def test_the_users_draft_shows_its_verdicts_in_the_window(
        qtbot: QtBot, tmp_path: Path, cache: Path, user_draft: Path) -> None:
    from outliner.io import open_document

    essay = open_document(user_draft)
    bodies = [n for n in essay.walk() if n.kind is NodeKind.BODY]
    second = [n for n in bodies[1].children if n.kind is NodeKind.QUOTE]
    cited_41 = next(n for n in essay.walk() if n.kind is NodeKind.QUOTE and "41" in n.cite)
    quotes = Quotes(second[0].text, second[1].text, cited_41.text)
    pdf, changed = excerpt(quotes, tmp_path / "book")
    window = _open(qtbot, tmp_path, user_draft)
    source_count = len(window.document.essay.sources)
    dialog = _sources_dialog(window)
    assert dialog.book_box.attach_book(pdf)
    dialog.accept()
    assert len(window.document.essay.sources) == max(source_count, 1)
    shelf = window.books
    qtbot.waitUntil(lambda: len(shelf.verdicts) >= 3, timeout=60_000)
    nodes = {n.text: n for n in window.document.essay.walk() if n.kind is NodeKind.QUOTE}
    first, second_q, early = (nodes[q] for q in (quotes.exact, quotes.altered, quotes.early))
    assert shelf.verdicts[first.id].kind is VerdictKind.VERBATIM
    assert shelf.verdicts[first.id].pages == ("258",)
    assert shelf.verdicts[second_q.id].kind is VerdictKind.ALTERED
    assert [(p.quote, p.book) for p in shelf.verdicts[second_q.id].changes] == [
        (changed, CHANGED_TO)]
    assert shelf.verdicts[early.id].kind is VerdictKind.OTHER_PAGE
    assert shelf.verdicts[early.id].pages == ("42",)


def _sources_dialog(window: MainWindow) -> SourcesDialog:
    dialog = SourcesDialog(window.document, window, books=window.books)
    if not window.document.essay.sources:
        dialog.add_source()
    return dialog
