"""The Checks panel: what the essay still needs, one row each; a row about a
node selects it when clicked.

Checks never run on the typing path: every change only restarts a timer,
and one pass runs after the writer pauses (``PAUSE_MS``), while the panel
is shown. The pass is the
compose checks over the whole essay with the window's spelling check,
whose cache per text means a pass after one edit only asks the dictionary
about the text that changed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QPixmap, QShowEvent
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from outliner.io.check_report import NamedFinding, check_essay
from outliner.ui.document import Document
from outliner.ui.icons import kind_icon
from outliner.ui.messages import check_kind, essay_name, finding_message, node_name
from outliner.ui.spelling import SpellingService

if TYPE_CHECKING:
    from outliner.ui.books import BookShelf

#: The pause after the last change before the checks run again (milliseconds).
PAUSE_MS = 700
#: The item data role holding a row's node id ("" for a row about the whole essay).
NodeIdRole = Qt.ItemDataRole.UserRole + 1


class ChecksPanel(QWidget):
    """The findings of the current document, refreshed after each pause."""

    node_chosen = Signal(str)
    #: Emitted after each pass with the number of findings.
    checked = Signal(int)

    def __init__(self, spelling: SpellingService | None,
                 parent: QWidget | None = None, books: BookShelf | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checksPanel")
        self.spelling = spelling
        #: Each quotation against its source's book, when one is attached.
        self.books = books
        self.document: Document | None = None
        self.findings: list[NamedFinding] = []
        #: How many passes have run (the tests count them).
        self.passes = 0
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.list.setIconSize(QSize(16, 16))
        blank = QPixmap(16, 16)
        blank.fill(Qt.GlobalColor.transparent)
        self._blank = QIcon(blank)  # keeps rows about the whole essay aligned
        self.list.itemClicked.connect(self._chosen)
        self.list.itemActivated.connect(self._chosen)
        self.list.setAccessibleName(self.tr("Checks"))
        self.list.setAccessibleDescription(self.tr(
            "What the essay still needs; Enter on a line selects its part of the outline"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PAUSE_MS)
        self.timer.timeout.connect(self._paused)
        if books is not None:
            books.changed.connect(self.schedule)  # a book read, a verdict changed

    def set_document(self, document: Document) -> None:
        """Check ``document`` from now on: soon (opening a window never
        waits for a dictionary to load), then after each pause."""
        if self.document is not None and self.document is not document:
            self.document.changed.disconnect(self.schedule)
        self.document = document
        document.changed.connect(self.schedule)
        self.schedule()

    def schedule(self) -> None:
        """A change: check again once the writer pauses (all a keystroke costs)."""
        self.timer.start()

    def _paused(self) -> None:
        # Hidden, the panel does nothing: a closed panel costs no pass (and
        # no dictionary load); showing it checks at once.
        if self.isVisible():
            self.run_now()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.document is not None:
            self.schedule()

    def run_now(self) -> None:
        """One pass over the essay, now."""
        self.timer.stop()
        if self.document is None:
            return
        essay = self.document.essay
        spelling = self.spelling.check_for(essay) if self.spelling is not None else None
        extra = self.books.findings() if self.books is not None else []
        self.findings = check_essay(essay, spelling, extra)
        self.passes += 1
        self._show()
        self.checked.emit(len(self.findings))

    def _show(self) -> None:
        self.list.setUpdatesEnabled(False)
        self.list.clear()
        essay = self.document.essay if self.document is not None else None
        for named in self.findings:
            finding = named.finding
            node = essay.find(finding.node_id) if essay and finding.node_id else None
            # The window's own words; ``outliner check`` prints named.line in English.
            name = node_name(essay, node) if essay and node is not None else essay_name()
            text = f"{name}: {finding_message(finding)}"
            item = QListWidgetItem(text)
            item.setIcon(kind_icon(node.kind) if node is not None else self._blank)
            item.setToolTip(f"{check_kind(finding.kind)}: {text}")
            item.setData(NodeIdRole, named.finding.node_id or "")
            self.list.addItem(item)
        self.list.setUpdatesEnabled(True)
        count = len(self.findings)
        self.summary.setText(self.tr("Nothing left to check.") if not count else
                             # self.tr: lupdate finds plural forms only there.
                             self.tr("%n thing(s) still to do. Click a line to select its "
                                     "part of the outline.", "", count))

    def _chosen(self, item: QListWidgetItem) -> None:
        node_id = item.data(NodeIdRole)
        if node_id:
            self.node_chosen.emit(str(node_id))
