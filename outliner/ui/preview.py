"""A live preview of the essay as it will read, like a page.

It shows the manuscript the exports print by default (``preview_html``):
paragraphs with prose show their prose; the others show the marked
placeholder the export writes, "[Not written yet: …]" over their claim,
quotations and notes, in a shaded, dashed box. Nothing is drafted for the
preview. It rebuilds a short while after the last change so typing stays fast.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QColor, QPalette, QShowEvent, QTextCursor
from PySide6.QtWidgets import QTextBrowser, QWidget

from outliner.compose.draft_memo import DraftMemo
from outliner.compose.manuscript import build_manuscript
from outliner.core.essay import Node
from outliner.ui.document import Document
from outliner.ui.preview_html import anchor_of, essay_html, manuscript_fragments
from outliner.ui.preview_page import FragmentPage

__all__ = ["Preview", "anchor_of", "essay_html"]

#: Wait this long after the last change before rebuilding (milliseconds).
DEBOUNCE_MS = 150
#: Past this many words a rebuild takes a noticeable moment (composing and
#: laying out grow with the text), so wait for a longer pause in typing.
LARGE_ESSAY_WORDS = 50_000
LARGE_DEBOUNCE_MS = 600
#: Past this many nodes drafts show without their outline (layout time).
LARGE_ESSAY_NODES = 2_000


class Preview(QTextBrowser):
    """The essay as it will read, kept up to date with the document."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setReadOnly(True)
        self.document().setDocumentMargin(36)
        self._document: Document | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.rebuild)
        self.rebuild_count = 0
        self._follow: Node | None = None
        #: The page, rewritten block by block (only the blocks that changed).
        self.page = FragmentPage(self.document())
        # A long first render goes in steps, letting keys through between them.
        self._steps = QTimer(self)
        self._steps.setInterval(0)
        self._steps.timeout.connect(self._next_step)
        self._drafts = DraftMemo()  # so a rebuild drafts only the paragraphs that changed
        self._stale = False
        self._scroll_pending = False
        self._words = 0  # the essay's size at the last rebuild, for the debounce
        self.setAccessibleName(self.tr("Preview"))
        self.setAccessibleDescription(self.tr("The essay as it will read, kept up to date"))
        self.set_document(document)

    def set_document(self, document: Document) -> None:
        """Show another document, rendered as soon as the window is idle
        (so a long essay does not hold up opening the window)."""
        if self._document is not None:
            self._document.changed.disconnect(self.schedule)
        self._document = document
        self._words = 0  # counted at the first rebuild, soon after
        document.changed.connect(self.schedule)
        self.schedule()

    def schedule(self) -> None:
        """Rebuild soon (after changes stop for a moment)."""
        # By words (as of the last rebuild), not nodes: 2,000 long paragraphs
        # are a long essay too.
        large = self._words > LARGE_ESSAY_WORDS
        self._timer.start(LARGE_DEBOUNCE_MS if large else DEBOUNCE_MS)

    def show_node(self, node: Node | None) -> None:
        """Scroll to the paragraph that holds ``node``."""
        self._follow = node
        if node is None:
            return
        if self.is_pending() or self._stale:
            self._scroll_pending = True  # once the pending rebuild is done
        else:
            self._scroll_to(node)

    def _scroll_to(self, node: Node) -> None:
        target = self._anchored(node)
        position = None if target is None else self.page.position_of(target.id)
        if position is None:
            return  # nothing of it is printed (an untitled, empty section)
        cursor = QTextCursor(self.document())
        cursor.setPosition(position)
        bar = self.verticalScrollBar()
        top = self.cursorRect(cursor).top() + bar.value()
        # A little of what comes before, for context.
        bar.setValue(max(0, top - self.fontMetrics().height() * 3))

    def shows(self, node: Node) -> bool:
        """Some of the block that holds ``node`` is in view (False while it is
        not on the page)."""
        target = self._anchored(node)
        span = None if target is None else self.page.span_of(target.id)
        if span is None:
            return False
        first, last = (QTextCursor(self.document()) for _ in range(2))
        first.setPosition(span[0])
        last.setPosition(span[1])
        top, bottom = self.cursorRect(first).top(), self.cursorRect(last).bottom()
        return bottom >= 0 and top <= self.viewport().height()

    def _anchored(self, node: Node) -> Node | None:
        """The block that shows ``node``: itself, the nearest ancestor shown
        (a note's paragraph), else the first thing shown inside it."""
        shown = self.page.shown_ids()
        up: Node | None = node
        while up is not None:
            if up.id in shown:
                return up
            up = up.parent
        return next((n for n in node.walk() if n.id in shown), None)

    def is_pending(self) -> bool:
        """A rebuild is waiting for its turn, or not all written yet."""
        return self._timer.isActive() or self.page.pending

    def rebuild(self) -> None:
        """Render the essay now, keeping the scroll position."""
        self._timer.stop()
        if self._document is None:
            return
        if not self.isVisible():
            self._stale = True  # a hidden preview renders when shown again
            return
        self._stale = False
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
        shade = _shade(self.palette().color(QPalette.ColorRole.Base))
        bar = self.verticalScrollBar()
        scroll = bar.value()
        essay = self._document.essay
        self._words = self._document.words.essay_words(essay)
        manuscript = build_manuscript(essay, memo=self._drafts)
        # On a very long essay the drafts show without their outline: layout
        # time grows with the text, and the outline pane shows it anyway.
        outlines = len(essay) <= LARGE_ESSAY_NODES
        # Only the blocks whose HTML changed are rewritten.
        self.page.show(manuscript_fragments(manuscript, essay, muted, outlines=outlines,
                                            shade=shade))
        bar.setValue(scroll)
        self.rebuild_count += 1
        if self.page.pending:
            self._steps.start()
        else:
            self._steps.stop()
            self._written()

    def _next_step(self) -> None:
        self.page.step()
        if not self.page.pending:
            self._steps.stop()
            self._written()

    def _written(self) -> None:
        """The page is complete: scroll to the node followed, if waiting to."""
        follow = self._follow
        # After a move, an indent or an undo the followed node's block may
        # stand elsewhere: bring it into view. Typing leaves the scroll alone
        # while some of the block is in view.
        if (follow is not None and self._document is not None
                and follow in self._document.essay
                and (self._scroll_pending or not self.shows(follow))):
            self._scroll_to(follow)
        self._scroll_pending = False

    def showEvent(self, event: QShowEvent) -> None:
        """Catch up on changes made while hidden."""
        super().showEvent(event)
        if self._stale:
            self.schedule()

    def changeEvent(self, event: QEvent) -> None:
        # A switch between light and dark changes the muted colour.
        if event.type() == QEvent.Type.PaletteChange and self._document is not None:
            self.schedule()
        super().changeEvent(event)


def _shade(base: QColor) -> str:
    """A shade of the page colour for the placeholders' box: a little darker
    on a light page, a little lighter on a dark one (the text stays readable)."""
    return (base.darker(107) if base.lightness() > 128 else base.lighter(135)).name()
