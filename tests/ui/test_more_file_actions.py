"""More of the window's files: the real save and reload questions answered
by their buttons, reading files for the window, saves and exports that fail,
and the file deleted, rewritten or damaged by another program."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from outliner.core.essay import NodeKind
from outliner.core.ops import plan_set
from outliner.io.errors import DocumentError
from outliner.io.essay.file import essay_to_json, load_essay
from outliner.ui import MainWindow, file_actions
from outliner.ui.file_actions import ask_reload, ask_save_changes, load_for_window
from tests.support.boxes import NextBox
from tests.support.helpers import small_essay
from tests.ui.test_main_window import WindowFactory, saved_small_essay, window_factory

__all__ = ["window_factory"]  # the fixture, shared with the window tests


@pytest.fixture
def clicks() -> Iterator[list[NextBox]]:
    made: list[NextBox] = []
    yield made
    for click in made:
        click.stop()


def edit(window: MainWindow, node_id: str = "b1", text: str = "Changed claim") -> None:
    essay = window.document.essay
    assert window.document.push(plan_set(essay, essay.node(node_id), "text", text))


def capture_errors(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Collect the warning boxes' titles and texts instead of showing them."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, title, text, *a: shown.append((title, text)))
    return shown


def answer_save_dialog(monkeypatch: pytest.MonkeyPatch, target: Path) -> list[str]:
    """Make the save dialogs (Save As, Export) choose ``target``."""
    proposals: list[str] = []

    def fake(_parent: object, _title: str, proposal: str, _filter: str,
             *_more: object, **_options: object) -> tuple[str, str]:
        proposals.append(proposal)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    return proposals


# -- the real questions -----------------------------------------------------------


@pytest.mark.parametrize(("button", "answer"), [
    (QMessageBox.StandardButton.Save, "save"),
    (QMessageBox.StandardButton.Discard, "discard"),
    (QMessageBox.StandardButton.Cancel, "cancel"),
])
def test_the_unsaved_changes_question_returns_the_button_pressed(
        qtbot: QtBot, clicks: list[NextBox], button: QMessageBox.StandardButton,
        answer: str) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    click = NextBox(button)
    clicks.append(click)
    assert ask_save_changes(parent, "memory.essay") == answer
    [(title, text, _info)] = click.seen
    assert title == "Unsaved Changes"
    assert text == "“memory.essay” has changes that are not saved.\n\nSave them first?"
    assert click.default == "Save"


@pytest.mark.parametrize(("button", "reload"), [("Reload", True), ("Keep Mine", False)])
@pytest.mark.parametrize("modified", [True, False])
def test_the_changed_on_disk_question_returns_the_button_pressed(
        qtbot: QtBot, clicks: list[NextBox], tmp_path: Path, button: str, reload: bool,
        modified: bool) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    click = NextBox(button)
    clicks.append(click)
    assert ask_reload(parent, tmp_path / "memory.essay", modified) is reload
    [(title, text, info)] = click.seen
    assert title == "File Changed on Disk"
    assert text == "“memory.essay” was changed by another program."
    assert ("Your unsaved changes would be lost." in info) is modified
    assert click.default == "Keep Mine"  # never lose work by pressing Enter


def test_closing_with_changes_saves_after_the_real_question(
        qtbot: QtBot, tmp_path: Path, clicks: list[NextBox]) -> None:
    from tests.ui.test_main_window import make_window

    path = saved_small_essay(tmp_path)
    window = make_window(qtbot, tmp_path, path)
    edit(window, text="Saved on the way out")
    click = NextBox(QMessageBox.StandardButton.Save)
    clicks.append(click)
    assert window.close()
    assert len(click.seen) == 1 and "essay.essay" in click.seen[0][1]
    assert load_essay(path).node("b1").text == "Saved on the way out"


# -- reading a file for the window ----------------------------------------------


def test_an_essay_opens_in_place(tmp_path: Path) -> None:
    path = saved_small_essay(tmp_path)
    loaded = load_for_window(path)
    assert loaded.path == loaded.suggested == path
    assert loaded.name == "essay.essay" and loaded.source is None
    assert loaded.version is not None  # what a later save compares the disk with
    assert essay_to_json(loaded.essay) == essay_to_json(small_essay())
    assert loaded.report() == []  # an essay file needs no import report


def test_a_draft_is_imported_as_untitled_work(tmp_path: Path) -> None:
    draft = tmp_path / "memory draft.txt"
    draft.write_text("Memory in Never Let Me Go\n\nKathy looks back on Hailsham.\n",
                     encoding="utf-8")
    loaded = load_for_window(draft)
    assert loaded.path is None  # Save asks where, never writes over the draft
    assert loaded.suggested == tmp_path / "memory draft.essay"
    assert loaded.name == "memory draft" and loaded.source == draft
    assert loaded.version is None
    texts = [n.text for n in loaded.essay.walk()] + [n.prose for n in loaded.essay.walk()]
    assert any("Hailsham" in t for t in texts)


def test_an_unreadable_file_is_a_document_error_naming_it(tmp_path: Path) -> None:
    folder = tmp_path / "a folder.essay"
    folder.mkdir()
    with pytest.raises(DocumentError) as caught:
        load_for_window(folder)
    assert str(folder) in str(caught.value)


# -- saves that cannot be written ---------------------------------------------


def test_save_as_adds_the_essay_suffix(window_factory: WindowFactory, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    window = window_factory(saved_small_essay(tmp_path))
    edit(window, text="Under a new name")
    answer_save_dialog(monkeypatch, tmp_path / "renamed")
    assert window.files.save_as()
    saved = tmp_path / "renamed.essay"
    assert window.document.path == saved and not window.document.modified
    assert load_essay(saved).node("b1").text == "Under a new name"
    assert not (tmp_path / "renamed").exists()
    assert "Saved renamed.essay." in window.statusBar().currentMessage()


def test_saving_onto_a_folder_says_why_and_stays_modified(
        window_factory: WindowFactory, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = saved_small_essay(tmp_path)
    window = window_factory(path)
    edit(window)
    errors = capture_errors(monkeypatch)
    folder = tmp_path / "taken.essay"
    folder.mkdir()
    assert not window.files.save_to(folder)
    [(title, text)] = errors
    assert title == "Cannot Save" and str(folder) in text
    assert folder.is_dir() and list(folder.iterdir()) == []
    assert window.document.path == path and window.document.modified
    assert load_essay(path).node("b1").text == "First claim"  # the old file is untouched
    # The lock taken for the folder's name was given back: the real file still saves.
    assert window.files.save()
    assert load_essay(path).node("b1").text == "Changed claim"


def test_an_export_that_cannot_be_written_says_why(
        window_factory: WindowFactory, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window = window_factory(saved_small_essay(tmp_path))
    errors = capture_errors(monkeypatch)
    target = tmp_path / "no such folder" / "out.md"
    answer_save_dialog(monkeypatch, target)
    assert not window.files.export("markdown")
    [(title, text)] = errors
    assert title == "Cannot Export" and str(target) in text
    assert not target.parent.exists()
    assert "Exported" not in window.statusBar().currentMessage()


def test_an_export_gets_its_suffix_and_names_the_file_written(
        window_factory: WindowFactory, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window = window_factory(saved_small_essay(tmp_path))
    answer_save_dialog(monkeypatch, tmp_path / "plain")
    assert window.files.export("text")
    written = tmp_path / "plain.txt"
    assert "Second claim" in written.read_text(encoding="utf-8")
    assert window.statusBar().currentMessage().startswith("Exported plain.txt.")


# -- the file changed by another program -----------------------------------------


def test_a_deleted_file_marks_the_work_unsaved_and_save_writes_it_again(
        window_factory: WindowFactory, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = saved_small_essay(tmp_path)
    window = window_factory(path)
    asked: list[Path] = []

    def reload(_window: object, path: Path, _modified: bool) -> bool:
        asked.append(path)
        return True

    monkeypatch.setattr(file_actions, "ask_reload", reload)
    assert not window.document.modified
    path.unlink()
    window.files.check_disk()  # what the watcher's signal runs, a moment later
    assert asked == []  # nothing to reload: no question
    assert window.document.modified and window.isWindowModified()
    assert window.statusBar().currentMessage() == (
        "essay.essay was moved or deleted; Save writes it again.")
    window.files.check_disk()  # the same absence is no news
    assert asked == []
    assert window.files.save()
    assert essay_to_json(load_essay(path)) == essay_to_json(window.document.essay)
    assert not window.document.modified


def test_a_reload_of_a_damaged_file_says_why_and_keeps_the_work(
        window_factory: WindowFactory, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = saved_small_essay(tmp_path)
    window = window_factory(path)
    before = essay_to_json(window.document.essay)
    monkeypatch.setattr(file_actions, "ask_reload", lambda *_: True)
    errors = capture_errors(monkeypatch)
    path.write_text('{"format": "essay", "version": 1, "outline": [', encoding="utf-8")
    window.files.check_disk()
    [(title, text)] = errors
    assert title == "Cannot Reload" and text.startswith(str(path))
    assert essay_to_json(window.document.essay) == before
    assert window.document.modified  # the disk no longer holds this work


def test_a_reload_shows_the_version_on_disk(
        window_factory: WindowFactory, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = saved_small_essay(tmp_path)
    window = window_factory(path)
    edit(window, text="Mine, unsaved")
    asked: list[bool] = []

    def reload(_window: object, _path: Path, modified: bool) -> bool:
        asked.append(modified)
        return True

    monkeypatch.setattr(file_actions, "ask_reload", reload)
    theirs = small_essay()
    theirs.node("b1").text = "Theirs"
    theirs.node("b2").kind = NodeKind.BODY
    path.write_text(essay_to_json(theirs), encoding="utf-8")
    window.files.check_disk()
    assert asked == [True]  # the question knew there was unsaved work
    assert window.document.essay.node("b1").text == "Theirs"
    assert not window.document.modified
    assert window.statusBar().currentMessage() == "Reloaded essay.essay."


def test_an_untitled_document_has_no_file_to_check(
        window_factory: WindowFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    window = window_factory()
    asked: list[Path] = []

    def reload(_window: object, path: Path, _modified: bool) -> bool:
        asked.append(path)
        return True

    monkeypatch.setattr(file_actions, "ask_reload", reload)
    modified = window.document.modified
    window.files.check_disk()
    assert asked == [] and window.document.modified == modified
    assert window.files.watcher.files() == []


def test_a_lost_watch_is_put_back(window_factory: WindowFactory, tmp_path: Path,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    path = saved_small_essay(tmp_path)
    window = window_factory(path)
    monkeypatch.setattr(file_actions, "ask_reload", lambda *_: False)
    watcher = window.files.watcher
    assert watcher.files() == [str(path)]
    watcher.removePaths(watcher.files())  # an atomic replace drops the watch
    window.files._file_signal(str(path))  # the signal the replace sent
    assert watcher.files() == [str(path)]
    watcher.removePaths(watcher.files())
    window.files.check_disk()
    assert watcher.files() == [str(path)]
    assert not window.document.modified  # nothing changed: no question, still saved
