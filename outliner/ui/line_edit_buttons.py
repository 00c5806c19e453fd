"""Names for the small buttons inside a line edit.

Qt leaves a line edit's clear button, and an icon put in the field with
``addAction``, without text, so a screen reader announces only "button".
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLineEdit

#: Qt's object name for the clear button's action (setClearButtonEnabled).
CLEAR_ACTION = "_q_qlineeditclearaction"


def name_line_edit_buttons(edit: QLineEdit, clear: str, icon: str = "") -> None:
    """Call the clear button ``clear`` and an unnamed icon ``icon`` (the text
    is also their tooltip; the field shows only the icons)."""
    for action in edit.findChildren(QAction):
        if action.text():
            continue
        if action.objectName() == CLEAR_ACTION:
            action.setText(clear)
        elif icon:
            action.setText(icon)


__all__ = ["CLEAR_ACTION", "name_line_edit_buttons"]
