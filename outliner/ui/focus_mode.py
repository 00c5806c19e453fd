"""View > Focus Mode: only the paragraph being written, and its notes.

Focus mode hides the outline, the toolbar, the docks (preview, history),
the import report and the status bar; what stays is the node editor on the
current paragraph (its line and its prose) and, beside it, the paragraph's
notes and quotations, read-only, kept up to date as the outline changes.
Leaving it (the same action, or Escape) puts every part back as it was,
splitter sizes included; closing the window leaves it first, so the saved
layout is the normal one.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from outliner.core.essay import PARAGRAPH_KINDS, Node, NodeKind
from outliner.core.text import quotation_line

if TYPE_CHECKING:
    from outliner.ui.main_window import MainWindow

#: The action's keys: Ctrl+Alt+F beside Ctrl+Alt+V (Preview) and Ctrl+Alt+H
#: (History), and F11, the distraction-free key of other writing apps.
FOCUS_KEYS = ("Ctrl+Alt+F", "F11")


def paragraph_of(node: Node | None) -> Node | None:
    """The paragraph ``node`` belongs to (itself when it is one), else its
    top-most ancestor (a section, or the node itself)."""
    up = node
    while up is not None:
        if up.kind in PARAGRAPH_KINDS:
            return up
        up = up.parent
    while node is not None and node.parent is not None:
        node = node.parent
    return node


class NotesPanel(QWidget):
    """The notes and quotations under one paragraph, as a nested list that
    wraps long lines (read-only: the outline is where notes are edited)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("focusNotes")
        self.heading = QLabel(self.tr("Notes"))
        self.heading.setObjectName("focusNotesHeading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.text = QTextBrowser()
        self.text.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.text.setOpenLinks(False)
        self.text.document().setIndentWidth(14)  # Qt's 40 px list indent wastes the column
        self.text.document().setDefaultStyleSheet("li { margin-bottom: 5px; }")
        self._lines: list[str] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.heading)
        layout.addWidget(self.text, 1)

    def show_notes(self, paragraph: Node | None) -> None:
        self._lines = []
        html: list[str] = []
        if paragraph is not None:
            # Each entry: a node, or None to close the list its parent opened.
            stack: list[tuple[Node | None, int]] = [
                (child, 0) for child in reversed(paragraph.children)]
            html.append("<ul>")
            while stack:
                node, depth = stack.pop()
                if node is None:
                    html.append("</ul></li>")
                    continue
                line = (quotation_line(node.text, node.cite) if node.kind is NodeKind.QUOTE
                        else node.text)
                self._lines.append("  " * depth + line)
                html.append(f"<li>{escape(line)}")
                if node.children:
                    html.append("<ul>")
                    stack.append((None, depth))
                    stack.extend((child, depth + 1) for child in reversed(node.children))
                else:
                    html.append("</li>")
            html.append("</ul>")
        self.text.setHtml("".join(html) if self._lines else "")
        count = len(self._lines)
        self.heading.setText(self.tr("Notes") if paragraph is None
                             else self.tr("Notes ({count})").format(count=count) if count
                             else self.tr("Notes: none yet"))

    def lines(self) -> list[str]:
        """What the panel shows, indented by depth (for tests and screenshots)."""
        return list(self._lines)


class FocusMode(QObject):
    """Enters and leaves focus mode in one window; ``action`` is the
    checkable View menu entry."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.panel = NotesPanel()
        self.panel.hide()
        window.splitter.addWidget(self.panel)
        self.paragraph: Node | None = None
        self._saved: tuple[QByteArray, QByteArray, dict[QWidget, bool]] | None = None
        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(0)
        self._refresh.timeout.connect(self._refresh_now)
        self.action = QAction(self.tr("&Focus Mode"), window)
        self.action.setCheckable(True)
        self.action.setShortcuts([QKeySequence(k) for k in FOCUS_KEYS])
        self.action.setStatusTip(self.tr("Only the paragraph you are writing and its notes."))
        self.action.setToolTip(self.tr("Only the paragraph you are writing and its notes"))
        self.action.toggled.connect(self._toggled)
        self.leave_action = QAction(self.tr("Leave Focus Mode"), window)
        self.leave_action.setShortcut(QKeySequence("Escape"))
        self.leave_action.setEnabled(False)
        self.leave_action.triggered.connect(lambda _checked=False: self.action.setChecked(False))
        window.addAction(self.leave_action)
        model = window.view.model()
        for signal in (model.dataChanged, model.rowsInserted, model.rowsRemoved,
                       model.rowsMoved, model.modelReset, model.layoutChanged):
            signal.connect(self._refresh.start)
        window.view.outline_changed.connect(self._refresh.start)
        window.installEventFilter(self)

    @property
    def active(self) -> bool:
        return self._saved is not None

    def _toggled(self, on: bool) -> None:
        if on and not self.active:
            self._enter()
        elif not on and self.active:
            self._leave()

    def leave(self) -> None:
        self.action.setChecked(False)

    def _hidden_parts(self) -> list[QWidget]:
        w = self.window
        parts: list[QWidget] = [w.pane, w.toolbar, w.preview_dock, w.history_dock,
                                w.import_report, w.statusBar()]
        return parts

    def _enter(self) -> None:
        w = self.window
        self.paragraph = paragraph_of(w.view.current_node())
        if self.paragraph is not None and w.view.current_node() is not self.paragraph:
            w.view.select_nodes([self.paragraph])
        parts = self._hidden_parts()
        self._saved = (w.saveState(), w.splitter.saveState(),
                       {part: part.isVisible() for part in parts})
        for part in parts:
            part.hide()
        self.panel.show_notes(self.paragraph)
        self.panel.show()
        width = max(w.splitter.width(), 600)
        w.splitter.setSizes([0, width * 2 // 3, width // 3])
        self.leave_action.setEnabled(True)
        w.editor.prose_edit.setFocus()

    def _leave(self) -> None:
        w = self.window
        assert self._saved is not None
        state, splitter, visible = self._saved
        self._saved = None
        self.paragraph = None
        self.panel.hide()
        for part, shown in visible.items():
            part.setVisible(shown)
        w.restoreState(state)
        w.splitter.restoreState(splitter)
        self.leave_action.setEnabled(False)
        w.view.setFocus()

    def _refresh_now(self) -> None:
        if not self.active:
            return
        if self.paragraph is None or self.paragraph not in self.window.document.essay:
            self.leave()  # its paragraph is gone (undone, or another file opened)
            return
        self.panel.show_notes(self.paragraph)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close and self.active:
            self.leave()  # the layout saved on close is the normal one
        return False
