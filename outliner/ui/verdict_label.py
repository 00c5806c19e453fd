"""The line under a quotation's page in the editor: what its book says of
it (verbatim on page 258; altered, with the changed words marked; on
another page), or that its source's book is still being read, or none is
attached. Hidden for every other kind of node."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from outliner.core.essay import Essay, Node, NodeKind
from outliner.ui.books import BookShelf


class VerdictLabel(QLabel):
    """Shows the shelf's verdict on one quotation node."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verdictLabel")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAccessibleName(self.tr("Against the book"))
        self.hide()

    def show_for(self, shelf: BookShelf | None, essay: Essay, node: Node | None) -> None:
        """The verdict on ``node`` (a quotation), or nothing to show."""
        text = self._text(shelf, essay, node) if node is not None else ""
        self.setText(text)
        self.setVisible(bool(text))
        self.setAccessibleDescription(self.text_plain())

    def _text(self, shelf: BookShelf | None, essay: Essay, node: Node) -> str:
        if shelf is None or node.kind is not NodeKind.QUOTE or not node.text.strip():
            return ""
        from outliner.compose.checks.book_quotes import quote_source
        from outliner.ui.verdicts import comparison_html, verdict_mark, verdict_message

        verdict = shelf.verdict(node.id)
        if verdict is not None:
            mark = verdict_mark(verdict)
            if mark is None:
                return ""
            line = (f'<span style="color:{mark.colour.name()}">{escape(mark.glyph)}</span> '
                    f"{escape(verdict_message(verdict))}")
            compared = comparison_html(verdict)
            return f"{line}<br>{compared}" if compared else line
        source = quote_source(essay, node)
        state = shelf.state_of(source) if source is not None else None
        if state is None:
            return ""
        if state.state == "reading":
            return escape(self.tr("Reading the book of this source…"))
        if state.state == "failed":
            return escape(self.tr("The book of this source cannot be read: {problem}")
                          .format(problem=state.message))
        return ""

    def text_plain(self) -> str:
        """The label's words without markup (for the screen reader)."""
        from PySide6.QtGui import QTextDocumentFragment

        return QTextDocumentFragment.fromHtml(self.text()).toPlainText()


__all__ = ["VerdictLabel"]
