"""The window's files: save, open, bad files, prompts, recent, export, disk changes."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from outliner.core.ops import plan_set
from outliner.io.essay.file import essay_to_json, load_essay, save_essay
from outliner.ui import MainWindow, file_actions
from outliner.ui.settings import MAX_RECENT, AppSettings
from tests.support.helpers import small_essay
from tests.ui.test_main_window import WindowFactory, saved_small_essay, window_factory

__all__ = ["window_factory"]  # the fixture, shared with the window tests


def edit(window: MainWindow, node_id: str = "b1", text: str = "Changed claim") -> None:
    """One undoable edit, as the editor would push it."""
    essay = window.document.essay
    assert window.document.push(plan_set(essay, essay.node(node_id), "text", text))


def answer_save_dialog(monkeypatch: pytest.MonkeyPatch, target: Path | None) -> list[str]:
    """Make Save As choose ``target`` (None: cancel); returns the proposals seen."""
    proposals: list[str] = []

    def fake(_parent: object, _title: str, proposal: str, _filter: str,
             *_more: object, **_options: object) -> tuple[str, str]:
        proposals.append(proposal)
        return (str(target) if target else ""), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    return proposals


def capture_errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Collect the texts of warning boxes instead of showing them."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, _title, text, *a: shown.append(text))
    return shown


# -- saving ----------------------------------------------------------------

def test_save_untitled_asks_then_saves_clean(window_factory: WindowFactory, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    window = window_factory()
    edit(window, window.document.essay.outline[1].id, "A new claim")
    assert window.isWindowModified()
    target = tmp_path / "out.essay"
    answer_save_dialog(monkeypatch, target)
    assert window.files.save()
    assert essay_to_json(load_essay(target)) == essay_to_json(window.document.essay)
    assert not window.isWindowModified()
    assert window.windowTitle().startswith("out.essay")
    # Saving again goes to the same file without asking.
    answer_save_dialog(monkeypatch, None)
    edit(window, window.document.essay.outline[1].id, "Another claim")
    assert window.files.save()
    assert load_essay(target).outline[1].text == "Another claim"


def test_save_error_keeps_document_modified(window_factory: WindowFactory, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    window = window_factory(saved_small_essay(tmp_path))
    edit(window)
    errors = capture_errors(monkeypatch)
    missing = tmp_path / "no-such-folder" / "x.essay"
    assert not window.files.save_to(missing)
    assert errors and str(missing) in errors[0]
    assert window.isWindowModified() and window.document.modified
    assert window.document.path == tmp_path / "essay.essay"


def test_bad_file_shows_message_and_keeps_current(window_factory: WindowFactory,
                                                  tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    window = window_factory(saved_small_essay(tmp_path))
    before = essay_to_json(window.document.essay)
    bad = tmp_path / "broken.essay"
    bad.write_text('{"format": "essay", "version": 1, "outline": [', encoding="utf-8")
    errors = capture_errors(monkeypatch)
    assert not window.files.open_path(bad)
    assert len(errors) == 1 and errors[0].startswith(str(bad))
    assert essay_to_json(window.document.essay) == before
    assert window.document.path == tmp_path / "essay.essay"


def test_bad_file_on_the_command_line_opens_the_sample(qtbot: QtBot, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    errors = capture_errors(monkeypatch)
    from tests.ui.test_main_window import make_window

    window = make_window(qtbot, tmp_path, tmp_path / "missing.essay")
    assert errors and "missing.essay" in errors[0] and "no such file" in errors[0]
    assert window.document.path is None and len(window.document.essay) > 0


# -- the unsaved-changes prompt --------------------------------------------

def test_close_cancel_keeps_window_and_work(window_factory: WindowFactory, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    window = window_factory(saved_small_essay(tmp_path))
    edit(window)
    asked: list[str] = []
    monkeypatch.setattr(file_actions, "ask_save_changes",
                        lambda _w, name: asked.append(name) or "cancel")
    assert not window.close()
    assert asked == ["essay.essay"]
    assert window.isVisible()
    assert window.document.essay.node("b1").text == "Changed claim"
    assert window.document.modified


def test_close_discard_closes_without_saving(window_factory: WindowFactory, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    path = saved_small_essay(tmp_path)
    window = window_factory(path)
    edit(window)
    monkeypatch.setattr(file_actions, "ask_save_changes", lambda *_: "discard")
    assert window.close()
    assert load_essay(path).node("b1").text == "First claim"


def test_close_save_saves_then_closes(window_factory: WindowFactory, tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    path = saved_small_essay(tmp_path)
    window = window_factory(path)
    edit(window)
    monkeypatch.setattr(file_actions, "ask_save_changes", lambda *_: "save")
    assert window.close()
    assert load_essay(path).node("b1").text == "Changed claim"


def test_real_question_box_is_answered(window_factory: WindowFactory, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    window = window_factory(saved_small_essay(tmp_path))
    monkeypatch.undo()  # use the real prompt, with QMessageBox.question replaced
    edit(window)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_a: QMessageBox.StandardButton.Cancel)
    assert not window.close()
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_a: QMessageBox.StandardButton.Discard)
    assert window.close()


def test_new_and_open_ask_first(window_factory: WindowFactory, tmp_path: Path,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    window = window_factory(saved_small_essay(tmp_path))
    edit(window)
    monkeypatch.setattr(file_actions, "ask_save_changes", lambda *_: "cancel")
    opened: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *_a: opened.append("asked") or ("", ""))
    window.actions_by_name["new"].trigger()
    window.actions_by_name["open"].trigger()
    assert opened == []  # cancelled before the file dialog
    assert window.document.essay.node("b1").text == "Changed claim"
    monkeypatch.setattr(file_actions, "ask_save_changes", lambda *_: "discard")
    window.actions_by_name["new"].trigger()
    kinds = [n.kind.value for n in window.document.essay.walk()]
    assert kinds == ["intro", "thesis", "body", "conclusion"]
    assert window.document.path is None and not window.document.modified


def test_open_draft_via_dialog(window_factory: WindowFactory, tmp_path: Path,
                               monkeypatch: pytest.MonkeyPatch) -> None:
    draft = tmp_path / "my-draft.txt"
    draft.write_text("Intro: Hope is taught.\nThesis: Hope is a lesson.\n"
                     "Body: The tape.\n- a note\nConclusion: It ends.\n", encoding="utf-8")
    window = window_factory(saved_small_essay(tmp_path))
    filters: list[str] = []

    def fake(_p: object, _t: str, _d: str, filt: str) -> tuple[str, str]:
        filters.append(filt)
        return str(draft), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", fake)
    window.actions_by_name["open"].trigger()
    assert "Essays (*.essay)" in filters[0] and "*.docx" in filters[0]
    assert window.document.path is None
    assert window.display_name == "my-draft"
    assert window.suggested_path == tmp_path / "my-draft.essay"
    assert "Imported" in window.statusBar().currentMessage()


# -- recent files ----------------------------------------------------------

def test_recent_files_persist_prune_and_cap(tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    ini = str(tmp_path / "s.ini")
    settings = AppSettings(QSettings(ini, QSettings.Format.IniFormat))
    files = []
    for i in range(MAX_RECENT + 3):
        path = tmp_path / f"f{i}.essay"
        path.write_text("x")
        files.append(path)
        settings.add_recent_file(path)
    settings.sync()
    again = AppSettings(QSettings(ini, QSettings.Format.IniFormat))
    recent = again.recent_files()
    assert len(recent) == MAX_RECENT and recent[0] == files[-1].resolve()
    files[-1].unlink()
    assert files[-1].resolve() not in again.recent_files()
    again.add_recent_file(files[-2])  # already there: moves, no duplicate
    assert again.recent_files().count(files[-2].resolve()) == 1


def test_recent_menu_opens_a_file(window_factory: WindowFactory, tmp_path: Path) -> None:
    first = saved_small_essay(tmp_path, "first.essay")
    window = window_factory(first)
    other = tmp_path / "other.essay"
    essay = small_essay()
    essay.meta.title = "Other"
    save_essay(essay, other)
    window.app_settings.add_recent_file(other)
    window.files.fill_recent_menu(window.recent_menu)
    labels = [a.text() for a in window.recent_menu.actions()]
    assert labels[:2] == ["&1 other.essay", "&2 first.essay"]
    window.recent_menu.actions()[0].trigger()
    assert window.document.path == other and window.document.essay.meta.title == "Other"


# -- an edit still open in the tree ----------------------------------------

def type_inline(qtbot: QtBot, window: MainWindow, text: str) -> QLineEdit:
    """New Item in the tree, then type ``text`` in its row editor (no Enter)."""
    window.view.select_nodes([window.document.essay.node("b1")])
    window.view.actions["add_sibling"].trigger()
    editor = window.view.indexWidget(window.view.currentIndex())
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, text)
    return editor


def test_save_keeps_an_open_inline_edit(window_factory: WindowFactory, tmp_path: Path,
                                        qtbot: QtBot) -> None:
    path = saved_small_essay(tmp_path)
    window = window_factory(path)
    type_inline(qtbot, window, "typed inline")
    window.actions_by_name["save"].trigger()
    assert "typed inline" in [n.text for n in load_essay(path).walk()]
    assert not window.document.modified


def test_close_asks_about_an_open_inline_edit(window_factory: WindowFactory, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    window = window_factory(saved_small_essay(tmp_path))
    window.view.select_nodes([window.document.essay.node("b1")])
    window.view.rename()
    editor = window.view.indexWidget(window.view.currentIndex())
    assert isinstance(editor, QLineEdit)
    editor.setText("Renamed inline")
    assert not window.document.modified
    asked: list[str] = []
    monkeypatch.setattr(file_actions, "ask_save_changes",
                        lambda _w, name: asked.append(name) or "cancel")
    assert not window.close()
    assert asked == ["essay.essay"]
    assert window.document.essay.node("b1").text == "Renamed inline"


def test_export_includes_an_open_inline_edit(window_factory: WindowFactory, tmp_path: Path,
                                             qtbot: QtBot,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    window = window_factory(saved_small_essay(tmp_path))
    type_inline(qtbot, window, "typed before export")
    target = tmp_path / "out.md"
    answer_save_dialog(monkeypatch, target)
    window.actions_by_name["export_markdown"].trigger()
    assert "typed before export" in target.read_text(encoding="utf-8")


def test_autosave_keeps_an_open_inline_edit_and_the_editor(
        window_factory: WindowFactory, tmp_path: Path, qtbot: QtBot) -> None:
    window = window_factory(saved_small_essay(tmp_path))
    editor = type_inline(qtbot, window, "typed before autosave")
    assert window.autosaver.autosave()
    copy = load_essay(window.recovery_file.data_path)
    assert "typed before autosave" in [n.text for n in copy.walk()]
    # Autosave must not close the editor under the writer's fingers.
    assert window.view.indexWidget(window.view.currentIndex()) is editor
    qtbot.keyClicks(editor, ", more")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the editor commits on the next event turn
    qtbot.waitUntil(lambda: "typed before autosave, more"
                    in [n.text for n in window.document.essay.walk()], timeout=3000)



# -- export ----------------------------------------------------------------

@pytest.mark.parametrize("fmt, ext", [("markdown", ".md"), ("text", ".txt")])
def test_export(window_factory: WindowFactory, tmp_path: Path,
                monkeypatch: pytest.MonkeyPatch, fmt: str, ext: str) -> None:
    window = window_factory(saved_small_essay(tmp_path))
    target = tmp_path / f"out{ext}"
    proposals = answer_save_dialog(monkeypatch, target)
    window.actions_by_name[f"export_{fmt}"].trigger()
    assert proposals == [str(tmp_path / f"essay{ext}")]
    if ext == ".docx":
        with zipfile.ZipFile(target) as package:
            text = package.read("word/document.xml").decode("utf-8")
    else:
        text = target.read_text(encoding="utf-8")
    assert "Second claim" in text and "another quotation" in text
    assert "Exported" in window.statusBar().currentMessage()


def test_export_to_word_goes_through_its_dialog(window_factory: WindowFactory, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from outliner.ui.dialogs.export import ExportDialog

    window = window_factory(saved_small_essay(tmp_path))
    target = tmp_path / "out.docx"
    proposed: list[str] = []

    def run(dialog: ExportDialog) -> int:
        proposed.append(dialog.path_edit.text())
        dialog.path_edit.setText(str(target))
        return int(QDialog.DialogCode.Accepted) if dialog.export() else 0

    monkeypatch.setattr(ExportDialog, "exec", run)
    monkeypatch.setattr(ExportDialog, "ask_to_open", lambda self, report: False)
    window.actions_by_name["export_word"].trigger()
    assert proposed == [str(tmp_path / "essay.docx")]  # named after the document
    with zipfile.ZipFile(target) as package:
        text = package.read("word/document.xml").decode("utf-8")
    assert "Second claim" in text
    assert "Exported out.docx" in window.statusBar().currentMessage()


# -- the file changed on disk ----------------------------------------------

def _outside_write(path: Path, title: str) -> None:
    essay = load_essay(path)
    essay.meta.title = title
    data = essay_to_json(essay).encode("utf-8")
    with open(path, "wb") as handle:  # another program writes in place
        handle.write(data)


def test_outside_change_asks_and_reloads(window_factory: WindowFactory, tmp_path: Path,
                                         qtbot: QtBot,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    path = saved_small_essay(tmp_path)
    window = window_factory(path)
    asked: list[Path] = []
    monkeypatch.setattr(file_actions, "ask_reload",
                        lambda _w, p, _m: asked.append(p) or True)
    _outside_write(path, "Changed outside")
    qtbot.waitUntil(lambda: asked == [path], timeout=5000)
    assert window.document.essay.meta.title == "Changed outside"
    assert not window.document.modified


def test_own_saves_do_not_ask_and_later_outside_changes_still_do(
        window_factory: WindowFactory, tmp_path: Path, qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = saved_small_essay(tmp_path)
    window = window_factory(path)
    asked: list[Path] = []
    monkeypatch.setattr(file_actions, "ask_reload",
                        lambda _w, p, _m: asked.append(p) or False)
    for text in ("one", "two"):
        edit(window, text=text)
        assert window.files.save()
        assert str(path) in window.files.watcher.files()  # re-armed after the rename
        window.files.check_disk()  # what the watcher's debounce runs: no prompt
    assert asked == []
    edit(window, text="mine")
    _outside_write(path, "Theirs")
    qtbot.waitUntil(lambda: asked == [path], timeout=5000)
    # Kept ours: still ours, and marked unsaved since the disk differs.
    assert window.document.essay.node("b1").text == "mine"
    assert window.document.modified
    os.utime(path)  # nothing new in content, but a new stat: asks again
    qtbot.waitUntil(lambda: len(asked) == 2, timeout=5000)
