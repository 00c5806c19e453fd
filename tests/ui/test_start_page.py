"""Starting an essay: the start page, templates, recent files, a pasted
draft, a dropped file, and the title naming what is open."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from outliner.core.essay import NodeKind
from outliner.core.ops import plan_set
from outliner.io.essay.file import save_essay
from outliner.io.importers.text import sample_essay_path
from outliner.ui import MainWindow, file_actions
from outliner.ui.new_essay import PASTED_NAME, SAMPLE_NAME
from outliner.ui.start_page import TEMPLATE_MARK, TEMPLATES
from tests.support.helpers import small_essay

K = NodeKind
Factory = Callable[..., MainWindow]

#: A draft whose import decides something the report names (the conclusion).
DRAFT = (
    "Hope is something the students are taught to have. The school keeps it close.\n\n"
    "The tape in Norfolk shows what the students keep.\n"
    "Thesis: Hope is a lesson the school teaches so that its students will not run.\n\n"
    "In conclusion, hope is the lesson that holds them.\n"
)


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Names the unsaved-changes prompt was shown for; it answers "discard"
    unless a test sets ``ANSWER[0]``."""
    shown: list[str] = []
    monkeypatch.setattr(file_actions, "ask_save_changes",
                        lambda _parent, name: shown.append(name) or ANSWER[0])
    ANSWER[0] = "discard"
    return shown


ANSWER = ["discard"]


@pytest.fixture
def factory(qtbot: QtBot, tmp_path: Path, asked: list[str]) -> Iterator[Factory]:
    made: list[MainWindow] = []

    def make(path: Path | None = None, **kwargs: object) -> MainWindow:
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(path, settings=settings, recovery_folder=tmp_path / "recovery",
                            offer_recovery=False, **kwargs)  # type: ignore[arg-type]
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        made.append(window)
        return window

    yield make
    ANSWER[0] = "discard"
    for window in made:
        window.close()


def _edit(window: MainWindow) -> None:
    essay = window.document.essay
    node = next(iter(essay.walk()))
    window.document.push(plan_set(essay, node, "text", "Words of my own"))
    assert window.isWindowModified()


# -- the start page -------------------------------------------------------

def test_launch_without_a_file_shows_the_start_page(factory: Factory, tmp_path: Path) -> None:
    recent = tmp_path / "earlier.essay"
    save_essay(small_essay(), recent)
    gone = tmp_path / "gone.essay"
    save_essay(small_essay(), gone)
    first = factory(recent)
    first.app_settings.add_recent_file(gone)
    first.close()
    gone.unlink()

    window = factory(start=True)
    assert window.on_start_page
    assert not window.document.modified
    assert window.windowTitle() == "Essay Outliner"  # nothing is open to name
    assert window.words_label.text() == window.selection_label.text() == ""
    page = window.start_page
    assert {"open", "blank", "clipboard", "sample"} <= page.buttons.keys()
    assert {f"template:{t.key}" for t in TEMPLATES} <= page.buttons.keys()
    assert page.recent_paths() == [recent.resolve()]  # the missing file is dropped
    item = page.recent_list.item(0)
    page.recent_list.itemActivated.emit(item)
    assert not window.on_start_page
    assert window.document.path == recent.resolve()
    assert window.windowTitle().startswith("earlier.essay")


def test_file_new_shows_the_start_page_and_blank_keeps_the_skeleton(
        factory: Factory, tmp_path: Path, asked: list[str]) -> None:
    path = tmp_path / "mine.essay"
    save_essay(small_essay(), path)
    window = factory(path)
    assert not window.on_start_page
    _edit(window)
    ANSWER[0] = "cancel"
    window.actions_by_name["new"].trigger()
    assert asked == ["mine.essay"] and not window.on_start_page  # kept, nothing lost
    ANSWER[0] = "discard"
    window.actions_by_name["new"].trigger()
    assert window.on_start_page
    assert [n.kind for n in window.document.essay.walk()] == [
        K.INTRO, K.THESIS, K.BODY, K.CONCLUSION]
    QTest.qWait(300)  # the debounced word count has run
    # Nothing to count yet: the status bar says nothing about a selection.
    assert (window.selection_label.text(), window.words_label.text()) == ("", "")
    window.start_page.buttons["blank"].click()
    assert not window.on_start_page
    window._update_words()
    assert window.words_label.text().endswith("words")
    assert window.windowTitle() == "Untitled[*] — Essay Outliner"
    assert all(not n.text and not n.prose for n in window.document.essay.walk())


@pytest.mark.parametrize("chosen", TEMPLATES, ids=[t.key for t in TEMPLATES])
def test_a_template_adds_only_marked_notes(factory: Factory, chosen: object) -> None:
    from outliner.ui.start_page import Template

    assert isinstance(chosen, Template)
    window = factory(start=True)
    window.start_page.buttons[f"template:{chosen.key}"].click()
    assert not window.on_start_page
    essay = window.document.essay
    kinds = [n.kind for n in essay.outline]
    assert kinds[0] is K.INTRO and kinds[-1] is K.CONCLUSION and kinds.count(K.BODY) >= 3
    assert any(n.kind is K.THESIS for n in essay.walk())
    for node in essay.walk():
        assert node.prose == ""  # no words of the essay: only notes, marked
        if node.kind is K.NOTE:
            assert node.text.startswith(f"{TEMPLATE_MARK} ")
        else:
            assert node.text == ""
    assert window.document.path is None and not window.document.modified
    assert window.windowTitle() == f"{chosen.title}[*] — Essay Outliner"
    assert not window.import_report.isVisible()


def test_templates_are_in_the_file_menu_too(factory: Factory) -> None:
    window = factory()
    window.actions_by_name["template_argumentative"].trigger()
    assert window.display_name == "Argumentative essay"
    assert window.document.essay.outline[0].kind is K.INTRO


# -- the sample and the title ---------------------------------------------

def test_the_sample_is_named_and_saving_it_never_writes_the_shipped_file(
        factory: Factory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shipped = sample_essay_path()
    before = shipped.read_bytes()
    window = factory(start=True)
    window.start_page.buttons["sample"].click()
    assert window.windowTitle() == f"{SAMPLE_NAME}[*] — Essay Outliner"
    _edit(window)
    window.app_settings.set_last_folder(tmp_path)
    proposed: list[str] = []
    target = tmp_path / "my copy.essay"

    def fake_save(_parent: QWidget, _title: str, proposal: str,
                  _filter: str) -> tuple[str, str]:
        proposed.append(proposal)
        return str(target), ""

    monkeypatch.setattr(file_actions.QFileDialog, "getSaveFileName", fake_save)
    window.actions_by_name["save"].trigger()  # Save asks where: it has no file
    assert proposed == [str(tmp_path / f"{SAMPLE_NAME}.essay")]
    assert target.is_file() and shipped.read_bytes() == before
    assert window.windowTitle() == "my copy.essay[*] — Essay Outliner"
    assert not window.isWindowModified()


def test_the_title_names_an_imported_draft(factory: Factory, tmp_path: Path) -> None:
    draft = tmp_path / "hope-draft.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    window = factory(draft)
    assert window.windowTitle() == "hope-draft[*] — Essay Outliner"


# -- a pasted draft ---------------------------------------------------------

def test_new_from_clipboard_imports_as_a_file_would(factory: Factory, tmp_path: Path) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    from_file = factory(draft)
    file_report = from_file.import_report.texts()
    file_shape = [(n.kind, n.text, n.prose) for n in from_file.document.essay.walk()]
    assert file_report  # the draft makes the importer decide something

    window = factory(start=True)
    QGuiApplication.clipboard().setText(DRAFT)
    window.actions_by_name["new_clipboard"].trigger()
    assert not window.on_start_page
    assert [(n.kind, n.text, n.prose) for n in window.document.essay.walk()] == file_shape
    assert window.import_report.isVisible()
    assert window.import_report.texts() == file_report
    assert window.windowTitle() == f"{PASTED_NAME}[*] — Essay Outliner"
    assert window.document.path is None


def test_an_empty_clipboard_changes_nothing(factory: Factory, tmp_path: Path) -> None:
    path = tmp_path / "mine.essay"
    save_essay(small_essay(), path)
    window = factory(path)
    QGuiApplication.clipboard().setText("  \n")
    assert not window.new_essay.from_clipboard()
    assert window.document.path == path
    assert "no text" in window.statusBar().currentMessage()


# -- dropping a file ------------------------------------------------------

def _drop(widget: QWidget, paths: list[Path]) -> bool:
    """A drag entering ``widget`` and dropping ``paths``: whether it was taken."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    centre = widget.rect().center()
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(centre), actions, mime, buttons, keys)
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(QPointF(centre), actions, mime, buttons, keys)
    QApplication.sendEvent(widget, drop)
    return drop.isAccepted()


def _write_draft(path: Path) -> Path:
    """The draft in the format ``path``'s suffix names."""
    if path.suffix == ".essay":
        save_essay(small_essay(), path)
    elif path.suffix == ".docx":
        from tests.support.docx_build import p, write_docx

        write_docx(path, "".join(p(part) for part in DRAFT.split("\n\n")))
    elif path.suffix == ".opml":
        path.write_text(
            '<?xml version="1.0"?><opml version="2.0"><head><title>Hope</title></head><body>'
            '<outline text="Introduction"><outline text="Thesis: Hope is a lesson."/></outline>'
            '<outline text="Body: The tape in Norfolk."/><outline text="Conclusion"/>'
            "</body></opml>", encoding="utf-8")
    else:
        path.write_text(DRAFT, encoding="utf-8")
    return path


@pytest.mark.parametrize("suffix", [".txt", ".md", ".docx", ".essay", ".opml"])
def test_dropping_a_draft_on_the_window_opens_it(factory: Factory, tmp_path: Path,
                                                 qtbot: QtBot, suffix: str) -> None:
    path = _write_draft(tmp_path / f"dropped{suffix}")
    window = factory(start=True)
    assert _drop(window, [path])
    name = path.name if suffix == ".essay" else path.stem
    qtbot.waitUntil(lambda: window.display_name == name)
    assert not window.on_start_page
    assert window.windowTitle() == f"{name}[*] — Essay Outliner"
    kinds = {n.kind for n in window.document.essay.walk()}
    assert {K.INTRO, K.CONCLUSION} <= kinds


def test_a_drop_asks_to_save_first_and_cancel_keeps_the_work(
        factory: Factory, tmp_path: Path, qtbot: QtBot, asked: list[str]) -> None:
    mine = tmp_path / "mine.essay"
    save_essay(small_essay(), mine)
    draft = tmp_path / "draft.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    window = factory(mine)
    _edit(window)
    ANSWER[0] = "cancel"
    # Onto the prose editor: it must not take the file as its path typed in.
    prose = window.editor.prose_edit
    before = prose.toPlainText()
    assert _drop(prose.viewport(), [draft])
    qtbot.waitUntil(lambda: asked == ["mine.essay"])
    assert window.document.path == mine and window.isWindowModified()
    assert prose.toPlainText() == before
    ANSWER[0] = "discard"
    assert _drop(window.view.viewport(), [draft])
    qtbot.waitUntil(lambda: window.display_name == "draft")


def test_dropping_a_file_no_importer_reads_says_so(factory: Factory, tmp_path: Path,
                                                  qtbot: QtBot) -> None:
    path = tmp_path / "mine.essay"
    save_essay(small_essay(), path)
    window = factory(path)
    picture = tmp_path / "photo.png"
    picture.write_bytes(b"\x89PNG\r\n")
    assert _drop(window, [picture])
    qtbot.waitUntil(lambda: "photo.png" in window.statusBar().currentMessage())
    assert window.document.path == path


def test_the_preview_steps_aside_for_the_start_page(factory: Factory, tmp_path: Path) -> None:
    path = tmp_path / "mine.essay"
    save_essay(small_essay(), path)
    window = factory(path)
    assert window.preview_dock.isVisible()
    window.actions_by_name["new"].trigger()
    assert window.on_start_page and not window.preview_dock.isVisible()
    window.start_page.buttons["blank"].click()
    assert window.preview_dock.isVisible()
    window.actions_by_name["toggle_preview"].trigger()  # hidden by the person: stays so
    window.actions_by_name["new"].trigger()
    window.start_page.buttons["template:argumentative"].click()
    assert not window.preview_dock.isVisible()


def test_a_file_dropped_on_the_page_field_opens_it_and_types_nothing(
        factory: Factory, tmp_path: Path, qtbot: QtBot) -> None:
    mine = tmp_path / "mine.essay"
    save_essay(small_essay(), mine)
    draft = _write_draft(tmp_path / "draft.txt")
    window = factory(mine)
    cite = window.editor.cite_edit
    before = cite.text()
    assert _drop(cite, [draft])
    qtbot.waitUntil(lambda: window.display_name == "draft")
    assert cite.text() == before or str(draft) not in cite.text()
