"""Italics and bold while editing: the model's inline markup (``core.inline``).

The text fields keep the marked text exactly as the model stores it
(``*italic*``, ``**bold**``); :class:`InlineHighlighter` shows each stretch
in italics or bold and the marks themselves small and faint, so what is
typed is what is saved. Ctrl+I / Ctrl+B (Format > Italic / Bold) put marks
round the selection, or take them off when it is already so set.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QKeySequence,
    QPalette,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget

from outliner.core.inline import BOLD, ITALIC, layout, toggled
from outliner.core.translatable import QT_TRANSLATE_NOOP
from outliner.ui.translations import translate

#: Format > Italic and Bold: (name, menu text, mark, key, status tip).
FORMAT_ACTIONS: tuple[tuple[str, str, str, str, str], ...] = (
    ("italic", QT_TRANSLATE_NOOP("Format", "&Italic"), ITALIC, "Ctrl+I",
     QT_TRANSLATE_NOOP("Format", "Set the selected words in italics (*…* marks), or back to "
                       "plain.")),
    ("bold", QT_TRANSLATE_NOOP("Format", "&Bold"), BOLD, "Ctrl+B",
     QT_TRANSLATE_NOOP("Format", "Set the selected words in bold (**…** marks), or back to "
                       "plain.")),
)
#: A word for Ctrl+I with no selection. Python's re, not QRegularExpression:
#: its offsets are the string's own (Qt counts UTF-16 units, so after an
#: emoji the word found was shifted), and its \w knows every script.
_WORD = re.compile(r"[\w'’-]+")


def utf16_index(text: str, index: int) -> int:
    """Where Python's ``text[index]`` is for Qt, which counts UTF-16 units."""
    if text.isascii():
        return index
    return index + sum(1 for ch in text[:index] if ord(ch) > 0xFFFF)


def python_index(text: str, position: int) -> int:
    """The inverse of :func:`utf16_index`."""
    if text.isascii():
        return position
    units = 0
    for i, ch in enumerate(text):
        if units >= position:
            return i
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


class InlineHighlighter(QSyntaxHighlighter):
    """Shows a plain-text document's inline markup formatted: set words in
    italics or bold, the marks and escaping backslashes faint."""

    def __init__(self, document: QTextDocument, muted: QColor | None = None) -> None:
        super().__init__(document)
        colour = muted or QApplication.palette().color(
            QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        self._mark = QTextCharFormat()
        self._mark.setForeground(colour)

    #: Misspelled (start, end) ranges of a block's text (set by the editor
    #: when spelling is on): underlined over the inline formats, one highlighter
    #: per document, since a document shows only one highlighter's formats.
    misspelled: Callable[[str], Sequence[tuple[int, int]]] | None = None

    def highlightBlock(self, text: str) -> None:
        if "*" in text:
            self._inline(text)
        if self.misspelled is not None:
            self._underline(text, self.misspelled(text))

    def _underline(self, text: str, ranges: Sequence[tuple[int, int]]) -> None:
        for start, end in ranges:
            for index in range(start, end):  # each character keeps its italics or bold
                at = utf16_index(text, index)
                fmt = QTextCharFormat(self.format(at))
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
                fmt.setUnderlineColor(QColor(Qt.GlobalColor.red))
                self.setFormat(at, utf16_index(text, index + 1) - at, fmt)

    def _inline(self, text: str) -> None:
        def put(start: int, end: int, fmt: QTextCharFormat) -> None:
            a = utf16_index(text, start)
            self.setFormat(a, utf16_index(text, end) - a, fmt)

        for piece in layout(text):
            if piece.kind == "mark":
                put(piece.start, piece.end, self._mark)
                continue
            fmt = QTextCharFormat()
            if piece.italic:
                fmt.setFontItalic(True)
            if piece.bold:
                fmt.setFontWeight(QFont.Weight.Bold)
            if piece.kind == "escape":  # the backslashes faint, the star itself set
                star = piece.end - (1 if piece.shown == "*" else 0)
                put(piece.start, star, self._mark)
                if star < piece.end and (piece.italic or piece.bold):
                    put(star, piece.end, fmt)
            elif piece.italic or piece.bold:
                put(piece.start, piece.end, fmt)


def toggle_in_text(text: str, start: int, end: int, mark: str) -> tuple[str, int, int]:
    """What Ctrl+I / Ctrl+B do to a field: with a selection, mark it (or
    unmark it); with none, mark the word at the cursor, or, between words,
    put an empty pair of marks with the cursor inside to type into."""
    if start == end:
        word = _word_at(text, start)
        if word is None:
            return text[:start] + mark + mark + text[start:], start + len(mark), start + len(mark)
        new, a, b = toggled(text, *word, mark)
        shift = (len(new) - len(text)) // 2  # one mark added (or taken) before it
        cursor = max(a, min(start + shift, b))
        return new, cursor, cursor
    return toggled(text, start, end, mark)


def _word_at(text: str, pos: int) -> tuple[int, int] | None:
    for match in _WORD.finditer(text):
        if match.start() <= pos <= match.end():
            return match.start(), match.end()
        if match.start() > pos:
            break
    return None


def toggle_line_edit(edit: QLineEdit, mark: str) -> None:
    """Ctrl+I / Ctrl+B in a one-line field (its own undo keeps the step)."""
    text = edit.text()
    if edit.hasSelectedText():
        start = edit.selectionStart()
        end = start + len(edit.selectedText())
    else:
        start = end = edit.cursorPosition()
    new, a, b = toggle_in_text(text, python_index(text, start), python_index(text, end), mark)
    if new == text:
        return
    edit.selectAll()
    edit.insert(new)  # one step of the field's own undo, and textEdited fires
    a, b = utf16_index(new, a), utf16_index(new, b)
    if a == b:
        edit.setCursorPosition(a)
    else:
        edit.setSelection(a, b - a)


def add_format_actions(
    owner: QWidget, apply: Callable[[str], bool]
) -> dict[str, QAction]:
    """Italic and Bold actions on ``owner``; ``apply(mark)`` marks the
    focused field's selection and says whether a field took it."""
    actions: dict[str, QAction] = {}
    for name, text, mark, key, tip in FORMAT_ACTIONS:
        action = QAction(translate("Format", text), owner)
        action.setShortcut(QKeySequence(key))
        action.setStatusTip(translate("Format", tip))
        action.triggered.connect(lambda _checked=False, m=mark: apply(m))
        owner.addAction(action)
        actions[name] = action
    return actions


def toggle_focused(mark: str, plain_edits: Callable[[QPlainTextEdit, str], bool]) -> bool:
    """Mark the selection in whichever text field has the focus:
    ``plain_edits`` handles the node editor's fields (through the undo stack),
    a one-line field is changed in place."""
    widget = QApplication.focusWidget()
    if isinstance(widget, QPlainTextEdit) and not widget.isReadOnly():
        return plain_edits(widget, mark)
    if isinstance(widget, QLineEdit) and not widget.isReadOnly():
        toggle_line_edit(widget, mark)
        return True
    return False


__all__ = [
    "FORMAT_ACTIONS",
    "InlineHighlighter",
    "add_format_actions",
    "python_index",
    "toggle_focused",
    "toggle_in_text",
    "toggle_line_edit",
    "utf16_index",
]
