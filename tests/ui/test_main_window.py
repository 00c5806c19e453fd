"""The main window: opening, the editor, undo, the preview, menus and looks."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from outliner import __version__
from outliner.core.essay import Essay, Node, NodeKind
from outliner.core.ops import plan_set
from outliner.core.words import essay_words
from outliner.io.essay.file import essay_to_json, save_essay
from outliner.ui import MainWindow, file_actions
from outliner.ui.dialogs import help as help_dialogs
from outliner.ui.dialogs.properties import PropertiesDialog
from tests.support.helpers import small_essay

K = NodeKind
WindowFactory = Callable[..., MainWindow]


def make_window(qtbot: QtBot, tmp_path: Path, path: Path | None = None,
                **kwargs: object) -> MainWindow:
    """A shown window with its own settings file and recovery folder."""
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(path, settings=settings, recovery_folder=tmp_path / "recovery",
                        **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def saved_small_essay(tmp_path: Path, name: str = "essay.essay") -> Path:
    """The small test essay saved as an .essay file."""
    path = tmp_path / name
    save_essay(small_essay(), path)
    return path


@pytest.fixture
def window_factory(qtbot: QtBot, tmp_path: Path,
                   monkeypatch: pytest.MonkeyPatch) -> Iterator[WindowFactory]:
    """Make windows; closing them at the end discards changes (tests that
    check the prompt replace it again)."""
    monkeypatch.setattr(file_actions, "ask_save_changes", lambda *_: "discard")
    made: list[MainWindow] = []

    def factory(path: Path | None = None, **kwargs: object) -> MainWindow:
        window = make_window(qtbot, tmp_path, path, **kwargs)
        made.append(window)
        return window

    yield factory
    for window in made:
        window.close()


def select(window: MainWindow, node: Node) -> None:
    """Select ``node`` in the tree (and so in the editor)."""
    window.view.select_nodes([node])
    assert window.editor.node is node


ALT_SHIFT = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier


def press(qtbot: QtBot, window: MainWindow, key: Qt.Key,
          modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key press as the window system delivers it (so shortcuts apply)."""
    handle = window.windowHandle()
    assert handle is not None
    qtbot.keyClick(handle, key, modifiers)


def bodies(essay: Essay) -> list[Node]:
    return [n for n in essay.outline if n.kind is K.BODY]


# -- opening ---------------------------------------------------------------

def test_opens_essay_in_place(window_factory: WindowFactory, tmp_path: Path) -> None:
    path = saved_small_essay(tmp_path)
    window = window_factory(path)
    assert window.document.path == path
    assert window.windowTitle().startswith("essay.essay")
    assert not window.isWindowModified()
    assert [n.id for n in window.document.essay.outline] == ["intro", "b1", "b2", "concl"]
    assert window.editor.node is not None
    assert window.words_label.text() == f"{essay_words(window.document.essay):,} words"


def test_opening_from_the_command_line_remembers_the_file_and_folder(
        window_factory: WindowFactory, tmp_path: Path) -> None:
    folder = tmp_path / "essays"
    folder.mkdir()
    path = saved_small_essay(folder)
    window = window_factory(path)
    assert window.document.path == path
    assert window.app_settings.recent_files()[0] == path.resolve()
    assert window.app_settings.last_folder() == folder.resolve()


def test_preview_writes_quotations_as_the_outline_does() -> None:
    from html import escape

    from outliner.core.text import quotation_line
    from outliner.ui.preview import essay_html

    essay = small_essay()
    quote = essay.node("q1")
    quote.text, quote.cite = "a <rare> word", " 12 "
    html = essay_html(essay)
    assert escape(quotation_line("a <rare> word", "12")) in html
    assert "<rare>" not in html


def test_opening_another_file_never_hands_the_editor_a_stranger(
        window_factory: WindowFactory, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window = window_factory(saved_small_essay(tmp_path))
    editor = window.editor
    shown = editor.set_node
    handed: list[bool] = []

    def set_node(node: Node | None) -> None:
        handed.append(node is None or node in editor.document.essay)
        shown(node)

    monkeypatch.setattr(editor, "set_node", set_node)
    other = saved_small_essay(tmp_path, "other.essay")
    assert window.files.open_path(other, ask_first=False)
    assert handed and all(handed)
    assert editor.node is window.view.current_node() is window.document.essay.outline[0]


def test_opens_sample_unsaved_and_named(window_factory: WindowFactory) -> None:
    pytest.importorskip("outliner.io.importers.text", reason="the importer has not landed")
    window = window_factory()
    assert window.document.path is None
    assert window.display_name == "Sample essay"
    assert window.windowTitle() == "Sample essay[*] — Essay Outliner"
    assert len(window.document.essay) > 5
    assert any(n.kind is K.BODY for n in window.document.essay.outline)


def test_opens_user_draft_as_untitled_named_after_it(
        window_factory: WindowFactory, user_draft: Path) -> None:
    window = window_factory(user_draft)
    assert window.document.path is None
    assert window.display_name == user_draft.stem
    assert window.suggested_path == user_draft.with_suffix(".essay")
    essay = window.document.essay
    assert len(bodies(essay)) >= 2
    assert any(n.kind is K.QUOTE and n.cite == "258" for n in essay.walk())


def test_done_when_flow_with_user_draft(
        window_factory: WindowFactory, user_draft: Path, tmp_path: Path, qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window = window_factory(user_draft)
    window.activateWindow()
    qtbot.waitActive(window)
    essay = window.document.essay
    first, second = bodies(essay)[:2]
    select(window, second)
    assert QKeySequence("Alt+Shift+Up") in window.view.actions["move_up"].shortcuts()
    window.view.setFocus()
    press(qtbot, window, Qt.Key.Key_Up, ALT_SHIFT)  # the real key path, shortcuts and all
    assert bodies(essay)[:2] == [second, first]
    assert window.isWindowModified()
    window.editor.prose_edit.setFocus()  # Ctrl+Z works from the editor too
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert bodies(essay)[:2] == [first, second]
    assert not window.isWindowModified()
    window.actions_by_name["redo"].trigger()
    assert bodies(essay)[:2] == [second, first]

    target = tmp_path / "mine.essay"
    proposed: list[str] = []

    def fake_save(_parent: object, _title: str, proposal: str, _filter: str) -> tuple[str, str]:
        proposed.append(proposal)
        return str(target), "Essays (*.essay)"

    monkeypatch.setattr(file_actions.QFileDialog, "getSaveFileName", fake_save)
    window.actions_by_name["save"].trigger()
    assert proposed == [str(user_draft.with_suffix(".essay"))]
    assert target.exists() and not window.isWindowModified()
    assert window.document.path == target

    window.close()  # frees the file's lock; open there, it would be read-only
    again = window_factory(target)
    reopened = bodies(again.document.essay)
    assert [b.text for b in reopened[:2]] == [second.text, first.text]
    assert [b.prose for b in reopened[:2]] == [second.prose, first.prose]


# -- the node editor -------------------------------------------------------

def test_typing_merges_into_one_undo_step(window_factory: WindowFactory,
                                          tmp_path: Path, qtbot: QtBot) -> None:
    window = window_factory(saved_small_essay(tmp_path))
    essay = window.document.essay
    before = essay_to_json(essay)
    select(window, essay.node("b1"))
    editor = window.editor.text_edit
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, " matters")
    assert essay.node("b1").text == "First claim matters"
    stack = window.document.undo_stack
    assert stack.count() == 1
    prose = window.editor.prose_edit
    qtbot.keyClicks(prose, "Some prose.")
    assert essay.node("b1").prose == "Some prose."
    assert stack.count() == 2
    assert window.editor.count_label.text().startswith("2 words")
    stack.undo()
    stack.undo()
    assert essay_to_json(essay) == before
    assert editor.toPlainText() == "First claim" and prose.toPlainText() == ""
    assert stack.count() == 2  # refreshing the editor pushed nothing


def test_ctrl_z_in_editor_uses_the_app_history(window_factory: WindowFactory,
                                               tmp_path: Path, qtbot: QtBot) -> None:
    window = window_factory(saved_small_essay(tmp_path))
    essay = window.document.essay
    select(window, essay.node("q1"))
    cite = window.editor.cite_edit
    assert cite.isVisible()
    cite.setFocus()
    cite.end(False)
    qtbot.keyClicks(cite, "3")
    assert essay.node("q1").cite == "123"
    qtbot.keyClick(cite, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert essay.node("q1").cite == "12"
    assert cite.text() == "12"
    assert window.document.undo_stack.index() == 0


def test_editor_follows_undo_keeping_the_cursor(window_factory: WindowFactory,
                                                tmp_path: Path, qtbot: QtBot) -> None:
    window = window_factory(saved_small_essay(tmp_path))
    essay = window.document.essay
    select(window, essay.node("intro"))
    prose = window.editor.prose_edit
    prose.setFocus()
    cursor = prose.textCursor()
    cursor.setPosition(3)
    prose.setTextCursor(cursor)
    qtbot.keyClicks(prose, "X")
    assert essay.node("intro").prose == "An Xopening paragraph."
    # A change from elsewhere (another field, same node) and undo of it.
    window.document.undo_stack.undo()
    assert prose.toPlainText() == "An opening paragraph."
    assert prose.textCursor().position() == 4  # where it was, as far as the text allows


def test_kind_combo_offers_only_allowed_kinds(window_factory: WindowFactory,
                                              tmp_path: Path) -> None:
    window = window_factory(saved_small_essay(tmp_path))
    essay = window.document.essay
    select(window, essay.node("q1"))
    combo = window.editor.kind_combo
    offered = {combo.itemData(i) for i in range(combo.count())}
    assert offered == {"quote", "note"}  # what a body paragraph may hold
    combo.setCurrentIndex(combo.findData("note"))
    combo.activated.emit(combo.currentIndex())
    assert essay.node("q1").kind is K.NOTE
    window.document.undo_stack.undo()
    assert essay.node("q1").kind is K.QUOTE
    assert combo.currentData() == "quote"
    select(window, essay.node("thesis"))
    offered = {combo.itemData(i) for i in range(combo.count())}
    assert "body" not in offered and "thesis" in offered


def test_every_tree_operation_undoes_and_redoes_exactly(
        window_factory: WindowFactory, tmp_path: Path) -> None:
    window = window_factory(saved_small_essay(tmp_path))
    essay = window.document.essay
    stack = window.document.undo_stack
    cases = [("move_up", "b2"), ("move_down", "b1"), ("indent", "n2"), ("outdent", "n1a"),
             ("add_sibling", "n1"), ("add_child", "b2"), ("delete", "b1"),
             ("move_up", "q2"), ("move_down", "concl")]
    for name, node_id in cases:
        before = essay_to_json(essay)
        select(window, essay.node(node_id))
        count = stack.count()
        window.view.actions[name].trigger()
        if stack.count() == count:
            continue  # refused where it stands (e.g. the last node down)
        after = essay_to_json(essay)
        assert after != before, name
        stack.undo()
        assert essay_to_json(essay) == before, name
        stack.redo()
        assert essay_to_json(essay) == after, name
        stack.undo()


def test_refused_change_shows_in_status_bar(window_factory: WindowFactory,
                                            tmp_path: Path) -> None:
    window = window_factory(saved_small_essay(tmp_path))
    select(window, window.document.essay.node("intro"))
    window.view.actions["move_up"].trigger()
    assert "first" in window.statusBar().currentMessage().lower()


def test_properties_dialog_is_one_undo_step(window_factory: WindowFactory, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    window = window_factory(saved_small_essay(tmp_path))
    essay = window.document.essay
    before = essay_to_json(essay)

    def fill(dialog: PropertiesDialog) -> int:
        dialog.title_edit.setText("Hope and Loss")
        dialog.author_edit.setText("A. Student")
        dialog.style_combo.setCurrentIndex(dialog.style_combo.findData("apa"))
        dialog._add_item("Ishiguro, Kazuo. Never Let Me Go. Knopf, 2005.")
        return PropertiesDialog.DialogCode.Accepted.value

    monkeypatch.setattr(PropertiesDialog, "exec", fill)
    window.actions_by_name["properties"].trigger()
    assert essay.meta.title == "Hope and Loss" and essay.meta.style.value == "apa"
    assert [s.text for s in essay.sources] == [
        "Ishiguro, Kazuo. Never Let Me Go. Knopf, 2005."]
    assert window.document.undo_stack.count() == 1
    window.document.undo_stack.undo()
    assert essay_to_json(essay) == before


# -- preview, status, menus, looks -----------------------------------------

def test_preview_follows_the_outline(window_factory: WindowFactory, tmp_path: Path,
                                     qtbot: QtBot) -> None:
    window = window_factory(saved_small_essay(tmp_path))
    preview = window.preview
    qtbot.waitUntil(lambda: "[Not written yet: Body paragraph 1]" in preview.toPlainText())
    assert "An opening paragraph." in preview.toPlainText()
    select(window, window.document.essay.node("b1"))
    qtbot.keyClicks(window.editor.prose_edit, "Drafted words here.")
    assert preview.is_pending()
    qtbot.waitUntil(lambda: "Drafted words here." in preview.toPlainText())
    text = preview.toPlainText()
    assert text.index("An opening") < text.index("Drafted words") < text.index("Second claim")


def test_selection_words_in_status_bar(window_factory: WindowFactory, tmp_path: Path) -> None:
    window = window_factory(saved_small_essay(tmp_path))
    essay = window.document.essay
    window.view.select_nodes([essay.node("b2")])
    # "Second claim" 2 + "another quotation" 2 + "34" 1 + "second note" 2
    assert window.selection_label.text() == "Selection: 7 words in 1 node"


def test_menus_have_standard_shortcuts(window_factory: WindowFactory, tmp_path: Path) -> None:
    window = window_factory(saved_small_essay(tmp_path))
    acts = window.actions_by_name
    for name, key in (("new", QKeySequence.StandardKey.New),
                      ("open", QKeySequence.StandardKey.Open),
                      ("save", QKeySequence.StandardKey.Save),
                      ("undo", QKeySequence.StandardKey.Undo),
                      ("redo", QKeySequence.StandardKey.Redo),
                      ("save_as", QKeySequence.StandardKey.SaveAs)):
        assert acts[name].shortcuts() == QKeySequence.keyBindings(key), name
    assert not acts["quit"].shortcut().isEmpty()
    assert "Ctrl+S" in acts["save"].toolTip()
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "F&ormat", "&Outline", "E&ssay", "&View", "&Help"]
    assert window.history_dock.isHidden()
    acts["toggle_history"].trigger()
    assert window.history_dock.isVisible()


def test_shortcuts_page_is_built_from_the_actions(window_factory: WindowFactory,
                                                  tmp_path: Path) -> None:
    window = window_factory(saved_small_essay(tmp_path))
    rows = help_dialogs.shortcut_rows(window.menuBar())
    commands = {(menu, command): keys for menu, command, keys in rows}
    assert commands[("File", "Save")] == "Ctrl+S"  # not the rare dedicated Save key
    assert commands[("Outline", "Move Up")].startswith("Alt+Shift+Up")
    window.actions_by_name["save"].setShortcut(QKeySequence("Ctrl+Alt+S"))
    dialog = help_dialogs.ShortcutsDialog(window.menuBar(), window)
    shown = {dialog.table.item(r, 1).text(): dialog.table.item(r, 2).text()
             for r in range(dialog.table.rowCount())}
    assert shown["Save"] == "Ctrl+Alt+S"
    assert dialog.table.rowCount() == len(rows)


def test_about_names_the_version(window_factory: WindowFactory, tmp_path: Path,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    window = window_factory(saved_small_essay(tmp_path))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    window.actions_by_name["about"].trigger()
    assert shown and __version__ in shown[0]


def test_dark_palette_is_followed(window_factory: WindowFactory, tmp_path: Path,
                                  qtbot: QtBot) -> None:
    window = window_factory(saved_small_essay(tmp_path))
    dark = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#232629"),
                         (QPalette.ColorRole.Base, "#1b1e20"),
                         (QPalette.ColorRole.Text, "#e8e8e8"),
                         (QPalette.ColorRole.WindowText, "#e8e8e8"),
                         (QPalette.ColorRole.PlaceholderText, "#8a8f98")):
        dark.setColor(role, QColor(colour))
    window.setPalette(dark)
    QApplication.processEvents()
    window.preview.rebuild()
    assert window.preview.rebuild_count > 0
    image = window.grab().toImage()
    # The editor and the preview paint the dark base, not a light default.
    for widget in (window.editor.prose_edit, window.preview):
        centre = widget.viewport().mapTo(window, widget.viewport().rect().center())
        assert image.pixelColor(centre.x() + 60, centre.y() + 40).lightness() < 80
    assert "#8a8f98" in window.preview.toHtml().lower()


def test_layout_and_recent_files_persist(qtbot: QtBot, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    path = saved_small_essay(tmp_path)
    first = make_window(qtbot, tmp_path, path)
    first.resize(700, 520)  # within the offscreen screen (800x600)
    first.history_dock.show()
    first.close()
    second = make_window(qtbot, tmp_path, path)
    assert (second.width(), second.height()) == (700, 520)
    assert second.history_dock.isVisible()
    assert second.app_settings.recent_files()[0] == path.resolve()
    monkeypatch.setattr(file_actions, "ask_save_changes", lambda *_: "discard")
    second.close()


def test_editor_follows_tree_edits(window_factory: WindowFactory, tmp_path: Path) -> None:
    window = window_factory(saved_small_essay(tmp_path))
    essay = window.document.essay
    select(window, essay.node("b2"))
    assert window.editor.heading.text() == "Body paragraph 2"
    window.view.actions["move_up"].trigger()
    assert window.editor.node is essay.node("b2")
    assert window.editor.heading.text() == "Body paragraph 1"  # renumbered, not pushed
    assert window.document.undo_stack.count() == 1
    window.view.actions["delete"].trigger()
    assert essay.find("b2") is None
    assert window.editor.node is None or window.editor.node in essay
    window.document.undo_stack.undo()
    assert essay.find("b2") is not None


def test_hidden_preview_waits_until_shown(window_factory: WindowFactory, tmp_path: Path,
                                          qtbot: QtBot) -> None:
    window = window_factory(saved_small_essay(tmp_path))
    preview = window.preview
    qtbot.waitUntil(lambda: preview.rebuild_count > 0 and not preview.is_pending())
    window.preview_dock.hide()
    essay = window.document.essay
    window.document.push(plan_set(essay, essay.node("b1"), "text", "Renamed while hidden"))
    before = preview.rebuild_count
    qtbot.wait(300)
    assert preview.rebuild_count == before  # no work for a preview nobody sees
    window.actions_by_name["toggle_preview"].trigger()
    qtbot.waitUntil(lambda: "Renamed while hidden" in preview.toPlainText())
