"""Edit > Find… and Replace…: one small window for the whole essay.

Matching and replacing are the core's (``outliner.core.find``); this shows
each match where the writer can see it: a node's match is selected in the
tree and the words are selected in the editor's field; a match in the
heading block or the sources is named in the dialog. Replace All is one
undo step on the document's stack.

Ctrl+F was the outline filter's key; Find takes it (what every program
does) and the filter moves to Ctrl+Shift+F (see ``install_find``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from outliner.core.find import (
    Area,
    FindOptions,
    Match,
    find_all,
    next_match,
    plan_replace,
    plan_replace_all,
    text_fields,
)
from outliner.core.translatable import QT_TRANSLATE_NOOP
from outliner.ui.inline_format import utf16_index
from outliner.ui.translations import source_field_label, translate

if TYPE_CHECKING:
    from outliner.ui.main_window import MainWindow

#: The essay's own fields as Essay Properties names them (see core/find.py).
META_FIELD_LABELS: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("FindDialog", "Title"),
    "author": QT_TRANSLATE_NOOP("FindDialog", "Author"),
    "instructor": QT_TRANSLATE_NOOP("FindDialog", "Instructor"),
    "course": QT_TRANSLATE_NOOP("FindDialog", "Course"),
    "date": QT_TRANSLATE_NOOP("FindDialog", "Date"),
    "affiliation": QT_TRANSLATE_NOOP("FindDialog", "Affiliation"),
}

#: The filter's keys once Find has Ctrl+F.
FILTER_KEYS = ("Ctrl+Shift+F",)


class FindDialog(QDialog):
    """Find / Replace across the essay of one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.current: Match | None = None
        self.setWindowTitle(self.tr("Find and Replace"))
        self.find_edit = QLineEdit()
        self.find_edit.setPlaceholderText(self.tr("Find in the whole essay"))
        self.replace_edit = QLineEdit()
        self.replace_edit.setPlaceholderText(self.tr("Replace with"))
        self.match_case = QCheckBox(self.tr("Match &case"))
        self.whole_word = QCheckBox(self.tr("&Whole word"))
        self.include_quotes = QCheckBox(self.tr("Replace All changes &quotations too"))
        self.include_quotes.setToolTip(self.tr(
            "Off: Replace All leaves quoted words alone (what a source said stays as it was)"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.next_button = QPushButton(self.tr("&Next"))
        self.previous_button = QPushButton(self.tr("Pre&vious"))
        self.replace_button = QPushButton(self.tr("&Replace"))
        self.replace_all_button = QPushButton(self.tr("Replace &All"))
        close = QPushButton(self.tr("Close"))

        grid = QGridLayout(self)
        grid.addWidget(QLabel(self.tr("Find:")), 0, 0)
        grid.addWidget(self.find_edit, 0, 1)
        grid.addWidget(QLabel(self.tr("Replace:")), 1, 0)
        grid.addWidget(self.replace_edit, 1, 1)
        options = QHBoxLayout()
        for box in (self.match_case, self.whole_word, self.include_quotes):
            options.addWidget(box)
        options.addStretch(1)
        grid.addLayout(options, 2, 1)
        grid.addWidget(self.status, 3, 0, 1, 2)
        buttons = QHBoxLayout()
        for button in (self.previous_button, self.next_button, self.replace_button,
                       self.replace_all_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        grid.addLayout(buttons, 4, 0, 1, 2)
        self.next_button.setDefault(True)
        self.find_edit.setAccessibleName(self.tr("Find"))
        self.find_edit.setAccessibleDescription(self.tr("The words to find in the whole essay"))
        self.replace_edit.setAccessibleName(self.tr("Replace with"))
        self.status.setAccessibleName(self.tr("Where the match is"))

        self.next_button.clicked.connect(self.find_next)
        self.previous_button.clicked.connect(self.find_previous)
        self.replace_button.clicked.connect(self.replace)
        self.replace_all_button.clicked.connect(self.replace_all)
        close.clicked.connect(self.close)
        self.find_edit.textChanged.connect(self._forget)
        for box in (self.match_case, self.whole_word):
            box.toggled.connect(self._forget)

    # -- state ---------------------------------------------------------------

    @property
    def options(self) -> FindOptions:
        return FindOptions(self.match_case.isChecked(), self.whole_word.isChecked(),
                           self.include_quotes.isChecked())

    def _forget(self, *_args: object) -> None:
        self.current = None
        self.status.setText("")

    def open_for(self, replacing: bool) -> None:
        """Show the dialog with the cursor in the find (or replace) field."""
        selected = self._editor_selection()
        if selected and "\u2029" not in selected:  # Qt's paragraph break
            self.find_edit.setText(selected)
        self.show()
        self.raise_()
        self.activateWindow()
        target = self.replace_edit if replacing and self.find_edit.text() else self.find_edit
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        target.selectAll()

    def _editor_selection(self) -> str:
        editor = self._window.editor
        for edit in (editor.text_edit, editor.prose_edit):
            if edit.hasFocus() and edit.textCursor().hasSelection():
                return edit.textCursor().selectedText()
        return ""

    # -- finding ---------------------------------------------------------------

    def _start(self, backwards: bool) -> tuple[int, int] | None:
        """Where the search starts: after the shown match, else at the current node."""
        if self.current is not None:
            return self.current.key
        node = self._window.view.current_node()
        if node is None:
            return None
        # The current node's first field: its order comes from a full walk.
        for order, (ref, _text) in enumerate(text_fields(self._window.document.essay)):
            if ref.area is Area.NODE and ref.owner == node.id:
                return (order, -1) if backwards else (order - 1, 10**9)
        return None

    def find_next(self) -> Match | None:
        """Show the next match (wrapping at the end)."""
        return self._find(backwards=False)

    def find_previous(self) -> Match | None:
        """Show the previous match (wrapping at the start)."""
        return self._find(backwards=True)

    def _find(self, backwards: bool) -> Match | None:
        query = self.find_edit.text()
        if not query:
            self.open_for(replacing=False)
            return None
        matches = find_all(self._window.document.essay, query, self.options)
        match = next_match(matches, self._start(backwards), backwards)
        self.current = match
        if match is None:
            self.status.setText(self.tr("“{query}” is nowhere in the essay.").format(query=query))
            return None
        number = matches.index(match) + 1
        self.status.setText(self.tr("{number} of {count}").format(
            number=number, count=len(matches)) + self._show(match))
        return match

    def _show(self, match: Match) -> str:
        """Select the match where it is shown; the dialog's note on where it is."""
        window = self._window
        ref = match.field
        if ref.area is Area.META:
            label = META_FIELD_LABELS.get(ref.name)
            shown = self.tr(label) if label else ref.name.capitalize()
            return self.tr(" — in Essay Properties: {field}").format(field=shown)
        if ref.area is Area.SOURCE:
            name = ref.name.split(".")[0]
            return self.tr(" — in Sources: {field}").format(field=source_field_label(name))
        node = window.document.essay.find(ref.owner)
        if node is None:
            return ""
        if window.pane.filter_text and node not in window.view.selected_nodes():
            window.pane.close_filter()  # the filter may hide the node
        window.view.select_nodes([node])  # selects, makes current, scrolls to it
        self._select_in_editor(ref.name, match.start, match.end)
        return ""

    def _select_in_editor(self, name: str, start: int, end: int) -> None:
        editor = self._window.editor
        widget: QWidget = {"text": editor.text_edit, "cite": editor.cite_edit,
                           "prose": editor.prose_edit}[name]
        if isinstance(widget, QPlainTextEdit):
            text = widget.toPlainText()
            cursor = QTextCursor(widget.document())
            cursor.setPosition(utf16_index(text, start))
            cursor.setPosition(utf16_index(text, end), QTextCursor.MoveMode.KeepAnchor)
            widget.setTextCursor(cursor)
            widget.ensureCursorVisible()
        elif isinstance(widget, QLineEdit):
            text = widget.text()
            first = utf16_index(text, start)
            widget.setSelection(first, utf16_index(text, end) - first)

    # -- replacing -------------------------------------------------------------

    def replace(self) -> None:
        """Replace the shown match and show the next one."""
        query = self.find_edit.text()
        if self.current is None:
            self.find_next()
            return
        change = plan_replace(self._window.document.essay, self.current, query,
                              self.replace_edit.text(), self.options)
        if change is not None and self._window.document.push(change):
            # Past the replacement: a replacement holding the query is not found again.
            done = self.current
            self.current = Match(done.field, done.order,
                                 done.start + len(self.replace_edit.text()) - 1,
                                 done.start, done.in_quotation)
        self.find_next()

    def replace_all(self) -> int:
        """Replace every match as one undo step; returns how many."""
        query = self.find_edit.text()
        if not query:
            self.status.setText(self.tr("Type what to find first."))
            return 0
        plan = plan_replace_all(self._window.document.essay, query,
                                self.replace_edit.text(), self.options)
        skipped = plan.skipped_in_quotations
        kept = self.tr("; %n in quotations left as they are", "", skipped) if skipped else ""
        if plan.change is None or not self._window.document.push(plan.change):
            self.status.setText(self.tr("Nothing replaced{kept}.").format(kept=kept))
            return 0
        self.current = None
        self.status.setText(
            self.tr("Replaced {count}{kept}. Undo puts every one back.").format(
                count=plan.replaced, kept=kept))
        return plan.replaced


def install_find(window: MainWindow) -> list[QAction]:
    """Find…, Find Next, Find Previous and Replace… for the Edit menu; gives
    the outline filter Ctrl+Shift+F so Ctrl+F is Find's alone."""
    dialog = FindDialog(window)
    spec = [
        ("find", translate("FindDialog", "&Find…"), ["Ctrl+F"],
         translate("FindDialog", "Find text anywhere in the essay."),
         lambda: dialog.open_for(replacing=False)),
        ("find_next", translate("FindDialog", "Find &Next"), ["F3"],
         translate("FindDialog", "Show the next match."), dialog.find_next),
        ("find_previous", translate("FindDialog", "Find Pre&vious"), ["Shift+F3"],
         translate("FindDialog", "Show the previous match."), dialog.find_previous),
        ("replace", translate("FindDialog", "R&eplace…"), ["Ctrl+H"],
         translate("FindDialog", "Replace text anywhere in the essay."),
         lambda: dialog.open_for(replacing=True)),
    ]
    actions = []
    for name, text, keys, tip, slot in spec:
        action = QAction(text, window)
        action.setObjectName(f"edit_{name}")
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setStatusTip(tip)
        action.setToolTip(tip.rstrip("."))
        action.triggered.connect(lambda _checked=False, s=slot: s())
        window.actions_by_name[name] = action
        actions.append(action)
    # The dialog is its own window: the next/previous keys work there too.
    for action in actions[1:3]:
        dialog.addAction(action)
    window.pane.set_filter_keys(FILTER_KEYS)
    return actions
