"""The import report: a panel above the outline saying how a draft was read.

After a draft is imported the importer's notes and decisions ("thesis: the
last sentence of the introduction", "12 wrapped lines joined") are listed
here, one row each; a row about a node selects that node when clicked. The
panel never takes the keyboard focus from the outline (clicks do not focus
it; Tab from the editor reaches it), is dismissed with its close button,
and is replaced by the next document's report (none for an essay file).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QIcon, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from outliner.core.translatable import QT_TRANSLATE_NOOP
from outliner.ui.icons import kind_icon
from outliner.ui.messages import node_name, report_text

if TYPE_CHECKING:
    from outliner.core.essay import Essay
    from outliner.io.read_result import ReportLine

TITLE = QT_TRANSLATE_NOOP("ImportReportPanel", "How this draft was read")
#: Rows shown before the list scrolls (a long report must not push the outline away).
VISIBLE_ROWS = 6
#: The item data role holding a row's node id ("" for a row about the whole draft).
NodeIdRole = Qt.ItemDataRole.UserRole + 1


class ImportReportPanel(QFrame):
    """The report of the last imported draft; hidden when there is none.

    ``node_chosen`` carries the id of the node a clicked row is about.
    """

    node_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importReport")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr(TITLE))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

        self.title = QLabel(self.tr(TITLE), self)
        font = QFont(self.title.font())
        font.setBold(True)
        self.title.setFont(font)
        self.hint = QLabel(self.tr("Click a line to select its part of the outline."), self)
        self.hint.setEnabled(False)  # the palette's muted text
        self.close_button = QToolButton(self)
        self.close_button.setAutoRaise(True)
        self.close_button.setText("×")
        self.close_button.setToolTip(self.tr("Close the import report"))
        self.close_button.setAccessibleName(self.tr("Close the import report"))
        self.close_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.close_button.clicked.connect(self.dismiss)

        self.rows = QListWidget(self)
        self.rows.setAccessibleName(self.tr("What the importer decided and assumed"))
        self.rows.setAccessibleDescription(
            self.tr("Choose a line to select its part of the outline."))
        # Clicking a row must leave the keyboard in the outline.
        self.rows.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.rows.setFrameShape(QFrame.Shape.NoFrame)
        self.rows.setWordWrap(True)
        self.rows.setUniformItemSizes(False)
        self.rows.setSpacing(2)
        self.rows.setResizeMode(QListWidget.ResizeMode.Adjust)  # rewrap when the width changes
        self.rows.setIconSize(QSize(16, 16))
        self.rows.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.rows.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.rows.itemClicked.connect(self._chosen)
        self.rows.itemActivated.connect(self._chosen)  # Enter, when reached by Tab

        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.setSpacing(12)
        header.addWidget(self.title)
        header.addWidget(self.hint, 1)
        header.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 6)
        layout.setSpacing(2)
        layout.addLayout(header)
        layout.addWidget(self.rows)
        self.hide()

    def show_report(self, lines: list[ReportLine], essay: Essay | None = None) -> None:
        """Show ``lines`` about ``essay`` (the panel hides when there are none),
        worded in the window's language (ui/messages.py)."""
        self.rows.clear()
        any_node = any(line.node is not None for line in lines)
        for line in lines:
            item = QListWidgetItem(report_text(line, essay))
            node = line.node
            item.setData(NodeIdRole, node.id if node is not None else "")
            if node is not None:
                item.setIcon(kind_icon(node.kind))
                item.setToolTip(
                    self.tr("Select {name} in the outline").format(
                        name=node_name(essay, node) if essay is not None and node in essay
                        else line.node_name))
            else:
                if any_node:
                    item.setIcon(_blank_icon())  # lines up with the rows with a kind icon
                item.setToolTip(self.tr("About the whole draft"))
            self.rows.addItem(item)
        self.hint.setVisible(any_node)
        self._fit_rows()
        self.setVisible(bool(lines))

    def above(self, main: QWidget) -> QWidget:
        """A widget holding this panel above ``main``. ``main`` is placed
        first so it comes first in the Tab order: the window's first focus
        goes to it (the outline), never to the panel."""
        column_widget = QWidget()
        column = QVBoxLayout(column_widget)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(main, 1)
        column.insertWidget(0, self)
        return column_widget

    def dismiss(self) -> None:
        """Close the report (the close button)."""
        self.hide()
        self.rows.clear()

    def texts(self) -> list[str]:
        """The rows as shown, in order."""
        return [self.rows.item(i).text() for i in range(self.rows.count())]

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_rows()  # wrapped rows are taller in a narrower window

    def _chosen(self, item: QListWidgetItem) -> None:
        node_id = item.data(NodeIdRole)
        if isinstance(node_id, str) and node_id:
            self.node_chosen.emit(node_id)

    def _fit_rows(self) -> None:
        # As tall as its rows, up to VISIBLE_ROWS; then it scrolls.
        shown = min(self.rows.count(), VISIBLE_ROWS)
        if not shown:
            return
        self.rows.doItemsLayout()  # the rows wrapped at the list's present width
        top = self.rows.visualItemRect(self.rows.item(0)).top()
        bottom = self.rows.visualItemRect(self.rows.item(shown - 1)).bottom()
        gaps = 2 * self.rows.spacing()  # above the first row and below the last
        self.rows.setFixedHeight(bottom - top + 1 + gaps + 2 * self.rows.frameWidth())


def _blank_icon() -> QIcon:
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    return QIcon(pixmap)
