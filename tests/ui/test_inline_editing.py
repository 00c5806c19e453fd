"""Ctrl+I / Ctrl+B in the editors, the text shown formatted while editing,
italics in the tree and the preview."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont, QImage, QPainter, QTextCursor
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from outliner.core.essay import Essay, Meta, Node, NodeKind
from outliner.ui.inline_format import InlineHighlighter, toggle_line_edit
from outliner.ui.outline.delegate import OutlineDelegate, row_spans
from outliner.ui.preview_html import essay_html, rich
from tests.ui.test_main_window import WindowFactory, press, saved_small_essay, select
from tests.ui.test_main_window import window_factory as window_factory

K = NodeKind
CTRL = Qt.KeyboardModifier.ControlModifier


def _select(edit: QPlainTextEdit, start: int, end: int) -> None:
    cursor = edit.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)


def test_ctrl_i_in_the_prose_editor_is_one_undo_step(
        window_factory: WindowFactory, tmp_path: Path, qtbot: QtBot) -> None:
    window = window_factory(saved_small_essay(tmp_path))
    essay = window.document.essay
    node = essay.node("b1")
    select(window, node)
    prose = window.editor.prose_edit
    prose.setFocus()
    qtbot.keyClicks(prose, "Kathy rereads Never Let Me Go.")
    stack = window.document.undo_stack
    typed = stack.count()
    _select(prose, 14, 29)  # "Never Let Me Go"
    press(qtbot, window, Qt.Key.Key_I, CTRL)
    assert node.prose == "Kathy rereads *Never Let Me Go*."
    assert stack.count() == typed + 1  # its own step, not merged into the typing
    assert prose.textCursor().selectedText() == "*Never Let Me Go*"
    press(qtbot, window, Qt.Key.Key_B, CTRL)
    assert node.prose == "Kathy rereads ***Never Let Me Go***."
    stack.undo()
    assert node.prose == "Kathy rereads *Never Let Me Go*."
    _select(prose, 14, 31)  # "*Never Let Me Go*", marks and all
    press(qtbot, window, Qt.Key.Key_I, CTRL)  # the same words again: plain
    assert node.prose == "Kathy rereads Never Let Me Go."
    stack.undo()
    assert node.prose == prose.toPlainText() == "Kathy rereads *Never Let Me Go*."
    stack.undo()
    assert node.prose == "Kathy rereads Never Let Me Go."


def test_ctrl_i_in_the_line_editor_marks_the_word_at_the_cursor(
        window_factory: WindowFactory, tmp_path: Path, qtbot: QtBot) -> None:
    window = window_factory(saved_small_essay(tmp_path))
    node = window.document.essay.node("b1")
    select(window, node)
    line = window.editor.text_edit
    line.setFocus()
    cursor = line.textCursor()
    cursor.setPosition(2)  # inside "First"
    line.setTextCursor(cursor)
    press(qtbot, window, Qt.Key.Key_I, CTRL)
    assert node.text == "*First* claim"
    assert line.textCursor().position() == 3  # still inside the word


def test_format_menu_offers_italic_and_bold_with_their_keys(
        window_factory: WindowFactory) -> None:
    window = window_factory()
    acts = window.actions_by_name
    assert acts["italic"].shortcut().toString() == "Ctrl+I"
    assert acts["bold"].shortcut().toString() == "Ctrl+B"
    menus = [a.text() for a in window.menuBar().actions()]
    assert "F&ormat" in menus


def test_the_highlighter_sets_the_words_and_dims_the_marks(qtbot: QtBot) -> None:
    edit = QPlainTextEdit()
    qtbot.addWidget(edit)
    InlineHighlighter(edit.document())
    edit.setPlainText("a *Never* and **bold** \\* end")
    formats = edit.document().firstBlock().layout().formats()
    italic = [(f.start, f.length) for f in formats if f.format.fontItalic()]
    bold = [(f.start, f.length) for f in formats
            if f.format.fontWeight() == QFont.Weight.Bold]
    assert italic == [(3, 5)]  # "Never", not its marks
    assert bold == [(16, 4)]
    dimmed = sorted((f.start, f.length) for f in formats if f.format.hasProperty(
        f.format.Property.ForegroundBrush))
    assert dimmed == [(2, 1), (8, 1), (14, 2), (20, 2), (23, 1)]
    assert edit.toPlainText() == "a *Never* and **bold** \\* end"  # the text is unchanged


def test_a_one_line_field_toggles_in_place_with_one_undo(qtbot: QtBot) -> None:
    edit = QLineEdit("Memory in Never Let Me Go")
    qtbot.addWidget(edit)
    edit.setSelection(10, 15)
    toggle_line_edit(edit, "*")
    assert edit.text() == "Memory in *Never Let Me Go*"
    edit.undo()
    assert edit.text() == "Memory in Never Let Me Go"


def test_preview_and_tree_show_italics() -> None:
    essay = Essay(meta=Meta(title="Memory in *Never Let Me Go*"), outline=[
        Node(K.BODY, "The **tape**", prose="Kathy keeps *the tape* as a relic of Hailsham."),
    ])
    html = essay_html(essay)
    assert "Memory in <i>Never Let Me Go</i>" in html
    assert "Kathy keeps <i>the tape</i> as" in html
    assert rich("a <b> *c*") == "a &lt;b&gt; <i>c</i>"
    assert [s.text for s in row_spans("The **tape**") if s.bold] == ["tape"]
    assert row_spans("The **tape**") is row_spans("The **tape**")  # parsed once


def test_the_tree_paints_italic_rows_without_their_marks(
        window_factory: WindowFactory, tmp_path: Path) -> None:
    window = window_factory(saved_small_essay(tmp_path))
    node = window.document.essay.node("b1")
    delegate = window.view.itemDelegate()
    assert isinstance(delegate, OutlineDelegate)
    index = window.view.model().index_for_node(node)  # type: ignore[attr-defined]
    assert isinstance(index, QModelIndex) and index.isValid()

    def paint(text: str) -> QImage:
        node.text = text
        image = QImage(400, 30, QImage.Format.Format_RGB32)
        image.fill(Qt.GlobalColor.white)
        option = QStyleOptionViewItem()
        option.rect = image.rect()
        option.font = window.view.font()
        option.widget = window.view
        painter = QPainter(image)
        delegate.paint(painter, option, index)
        painter.end()
        return image

    marked, plain = paint("*First* claim"), paint("First claim")
    starred = paint("\\*First\\* claim")
    assert marked != plain  # "First" drawn in italics
    assert starred not in (marked, plain)  # literal stars drawn as stars


def test_essay_properties_title_takes_ctrl_i(qtbot: QtBot) -> None:
    from outliner.ui.dialogs.properties import PropertiesDialog

    dialog = PropertiesDialog(Essay(meta=Meta(title="Memory in Never Let Me Go")))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.title_edit.setFocus()
    qtbot.waitUntil(dialog.title_edit.hasFocus)
    dialog.title_edit.setSelection(10, 15)
    italic = next(a for a in dialog.actions() if a.shortcut().toString() == "Ctrl+I")
    italic.trigger()
    assert dialog.title_edit.text() == "Memory in *Never Let Me Go*"


def test_the_filter_finds_words_across_their_marks() -> None:
    from outliner.ui.outline.pane import node_matches

    node = Node(K.NOTE, "Kathy rereads *Never* Let Me Go")
    assert node_matches(node, "never let")
    assert node_matches(node, "*never*")  # as typed, too
    assert not node_matches(node, "tape")
