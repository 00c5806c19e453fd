"""More of italics and bold while editing: Ctrl+I / Ctrl+B in one-line
fields without a selection, between words and on text beyond the Basic
Multilingual Plane (Qt counts UTF-16 units, Python code points), the
highlighter's escaped stars, whichever field has the focus, and properties:
marks put round any words come off again, and the highlighter sets exactly
the marked words."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QFont, QTextCursor
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from outliner.core.inline import BOLD, ITALIC, parse, plain
from outliner.ui.inline_format import (
    InlineHighlighter,
    add_format_actions,
    python_index,
    toggle_focused,
    toggle_in_text,
    toggle_line_edit,
    utf16_index,
)

EMOJI = "\N{OPEN BOOK}"  # one code point, two UTF-16 units
ROSE = "\N{ROSE}"


def units(text: str) -> int:
    """How many UTF-16 units Qt counts in ``text``."""
    return len(text.encode("utf-16-le")) // 2


# -- Python and Qt positions ------------------------------------------------------

texts = st.text(alphabet=st.sampled_from(["a", " ", "é", "*", EMOJI, ROSE, "中"]),
                max_size=20)


@settings(max_examples=25, deadline=None)
@given(text=texts, data=st.data())
def test_positions_go_to_qt_units_and_back(text: str, data: st.DataObject) -> None:
    index = data.draw(st.integers(0, len(text)))
    position = utf16_index(text, index)
    assert position == units(text[:index])
    assert python_index(text, position) == index


def test_a_position_past_the_end_is_the_end() -> None:
    assert python_index(f"a{EMOJI}", 10) == 2
    assert python_index("plain", 3) == 3


# -- Ctrl+I / Ctrl+B in a one-line field --------------------------------------------


@pytest.fixture
def field(qtbot: QtBot) -> QLineEdit:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    return edit


def test_without_a_selection_the_word_at_the_cursor_is_set(field: QLineEdit) -> None:
    field.setText("Kathy rereads the letters")
    field.setCursorPosition(9)  # inside "rereads"
    toggle_line_edit(field, ITALIC)
    assert field.text() == "Kathy *rereads* the letters"
    assert not field.hasSelectedText()
    assert field.cursorPosition() == 10  # still at the same letter of the word
    toggle_line_edit(field, ITALIC)  # the same word again: plain
    assert field.text() == "Kathy rereads the letters"
    assert field.cursorPosition() == 9
    field.undo()
    assert field.text() == "Kathy *rereads* the letters"


def test_between_words_an_empty_pair_is_put_to_type_into(field: QLineEdit) -> None:
    field.setText("Kathy  rereads")
    field.setCursorPosition(6)  # in the double space, touching no word
    toggle_line_edit(field, BOLD)
    assert field.text() == "Kathy **** rereads"
    assert field.cursorPosition() == 8  # between the two pairs of stars
    field.insert("still")
    assert field.text() == "Kathy **still** rereads"
    assert [s.text for s in parse(field.text()) if s.bold] == ["still"]


def test_a_selection_of_spaces_changes_nothing(field: QLineEdit) -> None:
    field.setText("Kathy    rereads")
    field.setSelection(6, 2)
    toggle_line_edit(field, ITALIC)
    assert field.text() == "Kathy    rereads"
    assert field.isUndoAvailable() is False  # not even an empty undo step


def test_a_word_after_characters_beyond_the_bmp_is_set_where_it_is(field: QLineEdit) -> None:
    text = f"{EMOJI}{ROSE} Hailsham {EMOJI} Norfolk"
    field.setText(text)
    start = utf16_index(text, text.index("Hailsham"))
    field.setSelection(start, len("Hailsham"))
    toggle_line_edit(field, ITALIC)
    assert field.text() == f"{EMOJI}{ROSE} *Hailsham* {EMOJI} Norfolk"
    assert field.selectedText() == "*Hailsham*"  # the marks are in the selection
    field.undo()
    assert field.text() == text


# The word at the cursor was found with QRegularExpression, whose offsets
# count UTF-16 units, and used as Python indexes: after an emoji the wrong
# stretch was marked.


def test_the_word_at_the_cursor_after_an_emoji_is_set_whole(field: QLineEdit) -> None:
    text = f"{EMOJI}{ROSE} Hailsham {EMOJI} Norfolk"
    field.setText(text)
    field.setCursorPosition(utf16_index(text, text.index("Norfolk") + 3))
    toggle_line_edit(field, BOLD)
    assert field.text() == f"{EMOJI}{ROSE} Hailsham {EMOJI} **Norfolk**"


def test_toggle_in_text_finds_the_word_after_an_emoji() -> None:
    text = f"{EMOJI} Kathy"
    at = text.index("Kathy") + 2
    assert toggle_in_text(text, at, at, ITALIC) == (f"{EMOJI} *Kathy*", at + 1, at + 1)


def test_toggle_in_text_at_the_edges_of_a_word() -> None:
    assert toggle_in_text("memory", 0, 0, ITALIC) == ("*memory*", 1, 1)
    assert toggle_in_text("memory", 6, 6, ITALIC) == ("*memory*", 7, 7)
    assert toggle_in_text("", 0, 0, ITALIC) == ("**", 1, 1)
    assert toggle_in_text("Tommy's drawings", 3, 3, BOLD) == ("**Tommy's** drawings", 5, 5)


# -- properties ------------------------------------------------------------------

words = st.text(alphabet=st.sampled_from(["a", "b", "é", "'", EMOJI, "中"]), min_size=1,
                max_size=6)
phrases = st.lists(words, min_size=1, max_size=6).map(" ".join)


@settings(max_examples=25, deadline=None)
@given(phrase=phrases, data=st.data(), mark=st.sampled_from([ITALIC, BOLD]))
def test_marks_put_round_any_words_come_off_again(
        phrase: str, data: st.DataObject, mark: str) -> None:
    start = data.draw(st.integers(0, len(phrase) - 1))
    end = data.draw(st.integers(start + 1, len(phrase)))
    if not phrase[start:end].strip():
        return  # spaces only: nothing to set
    new, a, b = toggle_in_text(phrase, start, end, mark)
    assert plain(new) == phrase  # what is shown is the same text
    assert new[a:b] == mark + phrase[start:end].strip() + mark
    set_text = "".join(s.text for s in parse(new) if (s.italic if mark == ITALIC else s.bold))
    assert set_text == phrase[start:end].strip()
    back, c, d = toggle_in_text(new, a, b, mark)
    assert back == phrase
    assert back[c:d] == phrase[start:end].strip()


@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(before=phrases, marked=phrases, after=phrases, mark=st.sampled_from([ITALIC, BOLD]))
def test_the_highlighter_sets_exactly_the_marked_words(
        qtbot: QtBot, before: str, marked: str, after: str, mark: str) -> None:
    edit = QPlainTextEdit()
    qtbot.addWidget(edit)
    InlineHighlighter(edit.document())
    text = f"{before} {mark}{marked}{mark} {after}"
    edit.setPlainText(text)
    assert edit.toPlainText() == text  # the marks are kept as typed
    formats = edit.document().firstBlock().layout().formats()
    if mark == ITALIC:
        set_ranges = [(f.start, f.length) for f in formats if f.format.fontItalic()]
    else:
        set_ranges = [(f.start, f.length) for f in formats
                      if f.format.fontWeight() == QFont.Weight.Bold]
    first = len(before) + 1 + len(mark)
    start = utf16_index(text, first)
    assert set_ranges == [(start, utf16_index(text, first + len(marked)) - start)]
    dimmed = sorted(f.start for f in formats
                    if f.format.hasProperty(f.format.Property.ForegroundBrush))
    assert dimmed == [utf16_index(text, first - len(mark)),
                      utf16_index(text, first + len(marked))]
    edit.close()


# -- the highlighter's escapes ------------------------------------------------------


def test_an_escaped_star_inside_italics_is_set_in_italics(qtbot: QtBot) -> None:
    edit = QPlainTextEdit()
    qtbot.addWidget(edit)
    InlineHighlighter(edit.document())
    edit.setPlainText("*five \\* stars*")
    formats = edit.document().firstBlock().layout().formats()
    italic = {i for f in formats if f.format.fontItalic()
              for i in range(f.start, f.start + f.length)}
    assert 7 in italic  # the literal star is italic, like the words round it
    assert 6 not in italic  # its backslash is only faint
    faint = {i for f in formats if f.format.hasProperty(f.format.Property.ForegroundBrush)
             for i in range(f.start, f.start + f.length)}
    assert faint == {0, 6, 14}  # the two marks and the backslash
    assert {1, 2, 3, 4, 9, 10, 11, 12, 13} <= italic


def test_misspellings_are_underlined_at_their_qt_positions(qtbot: QtBot) -> None:
    edit = QPlainTextEdit()
    qtbot.addWidget(edit)
    highlighter = InlineHighlighter(edit.document())
    text = f"{EMOJI} *Hailshm* rose"
    start = text.index("Hailshm")

    def misspelled(block: str) -> list[tuple[int, int]]:
        at = block.find("Hailshm")
        return [] if at < 0 else [(at, at + 7)]

    highlighter.misspelled = misspelled
    edit.setPlainText(text)
    formats = edit.document().firstBlock().layout().formats()
    underlined = sorted(i for f in formats
                        if f.format.underlineStyle()
                        == f.format.UnderlineStyle.SpellCheckUnderline
                        for i in range(f.start, f.start + f.length))
    first = utf16_index(text, start)
    assert underlined == list(range(first, first + 7))
    italic_and_underlined = [f for f in formats if f.format.fontItalic()
                             and f.format.underlineStyle()
                             == f.format.UnderlineStyle.SpellCheckUnderline]
    assert italic_and_underlined  # the underline keeps the italics


# -- whichever field has the focus ----------------------------------------------------


class Form(QWidget):
    """A line field, a read-only one and a plain-text field, with the Format
    actions on the form."""

    def __init__(self) -> None:
        super().__init__()
        self.line = QLineEdit("Memory in Never Let Me Go")
        self.locked = QLineEdit("Read only")
        self.locked.setReadOnly(True)
        self.prose = QPlainTextEdit("Kathy remembers")
        layout = QVBoxLayout(self)
        for widget in (self.line, self.locked, self.prose):
            layout.addWidget(widget)
        self.plain_calls: list[tuple[QPlainTextEdit, str]] = []
        self.taken: list[bool] = []
        self.format_actions = add_format_actions(self, self._apply)

    def _apply(self, mark: str) -> bool:
        taken = toggle_focused(mark, self._plain)
        self.taken.append(taken)
        return taken

    def _plain(self, edit: QPlainTextEdit, mark: str) -> bool:
        # What the node editor does: through its own steps; here, in place.
        self.plain_calls.append((edit, mark))
        cursor = edit.textCursor()
        text = edit.toPlainText()
        new, _a, _b = toggle_in_text(text, cursor.selectionStart(), cursor.selectionEnd(), mark)
        edit.setPlainText(new)
        return True


@pytest.fixture
def form(qtbot: QtBot) -> Iterator[Form]:
    widget = Form()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    yield widget
    widget.close()


def focus(qtbot: QtBot, widget: QWidget) -> None:
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def test_the_format_actions_act_on_the_focused_line_field(form: Form, qtbot: QtBot) -> None:
    assert form.format_actions["italic"].shortcut().toString() == "Ctrl+I"
    assert form.format_actions["bold"].shortcut().toString() == "Ctrl+B"
    assert "bold" in form.format_actions["bold"].statusTip()
    focus(qtbot, form.line)
    form.line.setSelection(10, 15)
    form.format_actions["italic"].trigger()
    assert form.line.text() == "Memory in *Never Let Me Go*"
    assert form.taken == [True] and form.plain_calls == []


def test_a_read_only_field_is_left_alone(form: Form, qtbot: QtBot) -> None:
    focus(qtbot, form.locked)
    form.locked.selectAll()
    form.format_actions["bold"].trigger()
    assert form.locked.text() == "Read only"
    assert form.taken == [False]


def test_a_plain_text_field_goes_to_its_own_handler(form: Form, qtbot: QtBot) -> None:
    focus(qtbot, form.prose)
    cursor = form.prose.textCursor()
    cursor.setPosition(6)
    cursor.setPosition(15, QTextCursor.MoveMode.KeepAnchor)
    form.prose.setTextCursor(cursor)
    form.format_actions["bold"].trigger()
    assert form.plain_calls == [(form.prose, BOLD)]
    assert form.prose.toPlainText() == "Kathy **remembers**"
    form.prose.setReadOnly(True)  # a read-only editor takes nothing
    form.format_actions["bold"].trigger()
    assert form.taken == [True, False] and len(form.plain_calls) == 1
