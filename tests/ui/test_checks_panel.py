"""The Checks panel in the window: listed findings select their node, a
pass runs after a pause and not on every key, the status bar shows the
word target, Essay Properties sets target and language."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from outliner.core.essay import NodeKind
from outliner.core.words import essay_words
from outliner.io.essay.file import load_essay, save_essay
from outliner.ui import MainWindow, file_actions
from outliner.ui.checks_panel import PAUSE_MS, ChecksPanel, NodeIdRole
from outliner.ui.dialogs.properties import PropertiesDialog
from outliner.ui.spelling import add_essay_word
from tests.conftest import USER_DRAFT
from tests.support.helpers import small_essay


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setattr(file_actions, "ask_save_changes", lambda *_: "discard")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("spelling/folder", str(tmp_path / "spelling"))
    path = tmp_path / "essay.essay"
    save_essay(small_essay(), path)
    made = MainWindow(path, settings=settings, recovery_folder=tmp_path / "recovery")
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    return made


def test_view_checks_shows_the_panel_and_its_rows_select_nodes(window: MainWindow) -> None:
    toggle = window.actions_by_name["toggle_checks"]
    assert not window.checks_dock.isVisible()
    toggle.trigger()
    assert window.checks_dock.isVisible()
    panel = window.checks_panel
    panel.run_now()
    essay = window.document.essay
    rows = [panel.list.item(i) for i in range(panel.list.count())]
    assert [r.text() for r in rows] == [f"{f.node_name}: {f.finding.message}"
                                        for f in panel.findings]
    about_node = next(r for r in rows if r.data(NodeIdRole))
    node = essay.node(str(about_node.data(NodeIdRole)))
    panel.list.itemClicked.emit(about_node)
    assert window.view.selected_nodes() == [node]


def test_typing_schedules_one_pass_after_the_pause(window: MainWindow, qtbot: QtBot) -> None:
    panel = window.checks_panel
    window.checks_dock.show()
    qtbot.waitUntil(lambda: panel.passes == 1)  # showing the panel checks
    before = panel.passes
    node = next(n for n in window.document.essay.walk() if n.kind is NodeKind.BODY)
    window.view.select_nodes([node])
    qtbot.keyClicks(window.editor.prose_edit, "spend togethers")
    assert panel.passes == before  # no pass on any key
    assert panel.timer.isActive()
    qtbot.waitUntil(lambda: panel.passes == before + 1)
    assert any(f.finding.kind == "spelling" and "togethers" in f.finding.message
               and f.finding.node_id == node.id for f in panel.findings)
    assert not panel.timer.isActive()
    window.checks_dock.hide()
    qtbot.keyClicks(window.editor.prose_edit, " more")
    qtbot.wait(PAUSE_MS + 200)
    assert panel.passes == before + 1  # hidden: no pass


def test_status_bar_shows_progress_against_the_word_target(window: MainWindow) -> None:
    dialog = PropertiesDialog(window.document.essay, window)
    dialog.target_spin.setValue(1000)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en-GB"))
    window.document.push(dialog.change())
    essay = window.document.essay
    assert (essay.meta.word_target, essay.meta.language) == (1000, "en-GB")
    window._update_words()
    words = essay_words(essay)
    assert window.words_label.text() == f"{words:,} / 1,000 words ({round(words / 10)}%)"
    window.document.undo_stack.undo()  # one step
    assert (essay.meta.word_target, essay.meta.language) == (0, "en-US")
    window._update_words()
    assert "/" not in window.words_label.text()


def test_word_target_and_language_survive_save(window: MainWindow, tmp_path: Path) -> None:
    dialog = PropertiesDialog(window.document.essay, window)
    dialog.target_spin.setValue(750)
    window.document.push(dialog.change())
    path = tmp_path / "saved.essay"
    save_essay(window.document.essay, path)
    assert load_essay(path).meta.word_target == 750


@pytest.mark.skipif(not USER_DRAFT.is_file(), reason="the user's draft lives in ../shared")
def test_the_users_draft_in_the_panel(qtbot: QtBot, tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(file_actions, "ask_save_changes", lambda *_: "discard")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("spelling/folder", str(tmp_path / "spelling"))
    window = MainWindow(USER_DRAFT, settings=settings, recovery_folder=tmp_path / "rec")
    qtbot.addWidget(window)
    panel: ChecksPanel = window.checks_panel
    panel.run_now()
    lines = {f.line for f in panel.findings}
    assert "conclusion: Essay: no conclusion" in lines
    assert "unwritten: Body paragraph 2: not written yet" in lines
    assert any("togethers" in line for line in lines)
    window.checks_dock.show()
    window.resize(1300, 800)
    window.grab().save(str(tmp_path / "checks.png"))
    if shot := os.environ.get("CHECKS_SCREENSHOT"):
        window.grab().save(shot)


def test_paragraph_targets_are_set_in_properties_as_one_step(window: MainWindow) -> None:
    essay = window.document.essay
    body = next(n for n in essay.walk() if n.kind is NodeKind.BODY)
    dialog = PropertiesDialog(essay, window)
    table = dialog.targets_table
    row = next(r for r in range(table.rowCount())
               if table.item(r, 0).data(Qt.ItemDataRole.UserRole) == body.id)
    assert table.item(row, 0).text() == "Body paragraph 1"
    table.item(row, 1).setData(Qt.ItemDataRole.EditRole, 150)
    dialog.target_spin.setValue(500)
    window.document.push(dialog.change())
    assert (body.target, essay.meta.word_target) == (150, 500)
    window.checks_panel.run_now()
    assert any(f.finding.kind == "length" and f.finding.node_id == body.id
               for f in window.checks_panel.findings)
    window.document.undo_stack.undo()
    assert (body.target, essay.meta.word_target) == (0, 0)


def test_adding_to_the_essay_word_list_is_one_undoable_step(window: MainWindow,
                                                            tmp_path: Path) -> None:
    document = window.document
    add_essay_word(document, "togethers")
    add_essay_word(document, "togethers")  # already there: nothing pushed
    assert document.essay.meta.words == ("togethers",)
    assert document.undo_stack.count() == 1
    path = tmp_path / "words.essay"
    save_essay(document.essay, path)
    assert load_essay(path).meta.words == ("togethers",)
    document.undo_stack.undo()
    assert document.essay.meta.words == ()
