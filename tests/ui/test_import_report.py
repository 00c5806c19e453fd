"""The import report panel (issue 10, part 6): after a draft is opened the
window lists how it was read and what the importer decided; a line about a
node selects that node; the panel closes with its button and goes away when
another document is opened."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem
from pytestqt.qtbot import QtBot

from outliner.core.ops import plan_delete
from outliner.io.read_result import ReportLine
from outliner.ui import MainWindow
from outliner.ui.import_report import TITLE
from tests.io.test_read_result import DRAFT, planted_decisions
from tests.ui.test_main_window import WindowFactory, saved_small_essay, window_factory

__all__ = ["planted_decisions", "window_factory"]  # the fixtures


def mixed_draft(tmp_path: Path) -> Path:
    """A draft with a Windows-1252 line (a decoding note) and the DRAFT's shape."""
    path = tmp_path / "draft.txt"
    path.write_bytes(DRAFT.encode("utf-8") + "- a caf\u00e9 note\n".encode("cp1252"))
    return path


def opened(window_factory: WindowFactory, tmp_path: Path) -> MainWindow:
    window = window_factory()
    assert window.files.open_path(mixed_draft(tmp_path), ask_first=False)
    return window


def item(window: MainWindow, text: str) -> QListWidgetItem:
    rows = window.import_report.rows
    found = [rows.item(i) for i in range(rows.count()) if text in rows.item(i).text()]
    assert len(found) == 1, window.import_report.texts()
    return found[0]


def click(qtbot: QtBot, window: MainWindow, row: QListWidgetItem) -> None:
    rows = window.import_report.rows
    qtbot.mouseClick(rows.viewport(), Qt.MouseButton.LeftButton,
                     pos=rows.visualItemRect(row).center())


def test_the_panel_shows_the_notes_and_findings_of_an_imported_draft(
        window_factory: WindowFactory, tmp_path: Path, planted_decisions: None) -> None:
    window = window_factory()
    assert not window.import_report.isVisible()  # the sample essay: nothing to say
    assert window.files.open_path(mixed_draft(tmp_path), ask_first=False)
    panel = window.import_report
    assert panel.isVisible() and panel.title.text() == TITLE == "How this draft was read"
    texts = panel.texts()
    assert "read as Windows-1252" in texts[0]  # about the file: first
    assert "Introduction — planted: about the first node" in texts
    assert "planted: about the whole draft" in texts
    # Every row is visible without scrolling (this report is short).
    rows = panel.rows
    assert all(rows.viewport().rect().contains(rows.visualItemRect(rows.item(i)))
               for i in range(rows.count()))


def test_clicking_a_line_selects_its_node_and_leaves_the_keys_in_the_outline(
        qtbot: QtBot, window_factory: WindowFactory, tmp_path: Path,
        planted_decisions: None) -> None:
    window = opened(window_factory, tmp_path)
    intro = window.document.essay.outline[0]
    other = window.document.essay.outline[-1]
    window.view.select_nodes([other])
    assert window.view.selected_nodes() == [other]
    click(qtbot, window, item(window, "planted: about the first node"))
    assert window.view.selected_nodes() == [intro]
    assert window.editor.node is intro
    assert window.focusWidget() is window.view


def test_a_line_about_a_node_the_filter_hides_shows_it(
        qtbot: QtBot, window_factory: WindowFactory, tmp_path: Path,
        planted_decisions: None) -> None:
    window = opened(window_factory, tmp_path)
    intro = window.document.essay.outline[0]
    window.pane.open_filter()
    window.pane.filter_edit.setText("no such words")
    index = window.view.outline_model.index_for_node(intro)
    assert window.view.isRowHidden(index.row(), index.parent())
    click(qtbot, window, item(window, "planted: about the first node"))
    assert not window.view.isRowHidden(index.row(), index.parent())
    assert window.view.selected_nodes() == [intro]


def test_a_line_about_the_whole_draft_selects_nothing(
        qtbot: QtBot, window_factory: WindowFactory, tmp_path: Path,
        planted_decisions: None) -> None:
    window = opened(window_factory, tmp_path)
    other = window.document.essay.outline[-1]
    window.view.select_nodes([other])
    click(qtbot, window, item(window, "planted: about the whole draft"))
    assert window.view.selected_nodes() == [other]


def test_a_line_whose_node_was_deleted_says_so(
        qtbot: QtBot, window_factory: WindowFactory, tmp_path: Path,
        planted_decisions: None) -> None:
    window = opened(window_factory, tmp_path)
    essay = window.document.essay
    intro = essay.outline[0]
    assert window.document.push(plan_delete(essay, [intro]))
    click(qtbot, window, item(window, "planted: about the first node"))
    assert "no longer in the outline" in window.statusBar().currentMessage()
    assert intro not in window.view.selected_nodes()


@pytest.mark.parametrize("how", ["at start", "by Open"])
def test_the_report_leaves_the_focus_in_the_outline(
        qtbot: QtBot, window_factory: WindowFactory, tmp_path: Path, planted_decisions: None,
        how: str) -> None:
    # At start the panel is shown before the window's first focus is given.
    window = (window_factory(mixed_draft(tmp_path)) if how == "at start"
              else opened(window_factory, tmp_path))
    assert window.import_report.isVisible()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # the first focus comes with activation
    assert window.focusWidget() is window.view


def test_the_close_button_hides_the_panel(
        qtbot: QtBot, window_factory: WindowFactory, tmp_path: Path,
        planted_decisions: None) -> None:
    window = opened(window_factory, tmp_path)
    button = window.import_report.close_button
    assert button.accessibleName() == "Close the import report"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not window.import_report.isVisible()
    assert window.import_report.texts() == []


@pytest.mark.parametrize("then", ["essay", "new"])
def test_another_document_takes_the_report_away(
        window_factory: WindowFactory, tmp_path: Path, planted_decisions: None,
        then: str) -> None:
    window = opened(window_factory, tmp_path)
    assert window.import_report.isVisible()
    if then == "essay":
        assert window.files.open_path(saved_small_essay(tmp_path), ask_first=False)
    else:
        window.files.new_file()
    assert not window.import_report.isVisible()
    assert window.import_report.texts() == []


def test_an_essay_file_opened_first_shows_no_panel(window_factory: WindowFactory,
                                                   tmp_path: Path) -> None:
    window = window_factory(saved_small_essay(tmp_path))
    assert not window.import_report.isVisible()


def test_the_panel_and_its_list_have_accessible_names(
        window_factory: WindowFactory, tmp_path: Path, planted_decisions: None) -> None:
    window = opened(window_factory, tmp_path)
    panel = window.import_report
    assert panel.accessibleName() == TITLE
    assert panel.rows.accessibleName() and panel.rows.accessibleDescription()
    assert "Select Introduction" in item(window, "about the first node").toolTip()


def test_a_long_report_scrolls_instead_of_pushing_the_outline_away(
        qtbot: QtBot, window_factory: WindowFactory) -> None:
    window = window_factory()
    panel = window.import_report
    panel.show_report([ReportLine(f"finding number {n}") for n in range(30)])
    qtbot.waitUntil(panel.isVisible)
    assert panel.rows.verticalScrollBar().maximum() > 0
    assert panel.height() < window.height() // 2
    assert window.view.height() > panel.height()
    panel.show_report([])
    assert not panel.isVisible()
