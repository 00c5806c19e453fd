"""A live preview of the essay as it will read, like a page.

Paragraphs with prose show their prose; the others show their outline (the
claim, quotations with their cites, notes) in a muted box marked "not
drafted yet". The preview rebuilds a short while after the last change so
typing stays fast.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QPalette, QShowEvent
from PySide6.QtWidgets import QTextBrowser, QWidget

from outliner.core.essay import PARAGRAPH_KINDS, Essay, Node, NodeKind
from outliner.core.text import quotation_line
from outliner.ui.document import Document
from outliner.ui.node_editor import SERIF_FAMILIES

K = NodeKind

#: Wait this long after the last change before rebuilding (milliseconds).
DEBOUNCE_MS = 150
#: Past this many nodes a rebuild takes a noticeable moment, so wait longer.
LARGE_ESSAY_NODES = 2_000
LARGE_DEBOUNCE_MS = 600


def _quote(node: Node) -> str:
    return escape(quotation_line(node.text.strip(), node.cite))


def _outline_items(nodes: list[Node]) -> str:
    items = []
    for node in nodes:
        if node.kind is K.QUOTE:
            line = f"<i>{_quote(node)}</i>"
        else:
            line = escape(node.text.strip()) or "…"
        inner = _outline_items(node.children) if node.children else ""
        items.append(f"<li>{line}{inner}</li>")
    return f"<ul>{''.join(items)}</ul>"


def _paragraph_html(node: Node, muted: str) -> str:
    if node.prose.strip():
        return "".join(
            f'<p class="prose">{escape(part.strip())}</p>'
            for part in node.prose.split("\n") if part.strip()
        )
    claim = escape(node.text.strip()) or "(no claim yet)"
    children = list(node.children)
    thesis = [c for c in children if c.kind is K.THESIS]
    rest = [c for c in children if c.kind is not K.THESIS]
    body = f"<p><b>{claim}</b></p>"
    for t in thesis:
        body += f"<p><b>Thesis:</b> {escape(t.text.strip())}</p>"
    if rest:
        body += _outline_items(rest)
    return (
        f'<table width="100%" cellspacing="0" cellpadding="12" border="1" '
        f'style="margin: 4px 0 16px 0; border-style: dashed; border-color: {muted};">'
        f'<tr><td><p style="color: {muted}; font-size: 9pt; letter-spacing: 1px;">'
        f"NOT DRAFTED YET — THE OUTLINE</p>{body}</td></tr></table>"
    )


def anchor_of(node: Node) -> str:
    """The HTML anchor where a node's paragraph starts in the preview."""
    return f"n-{node.id}"


def essay_html(essay: Essay, muted: str = "gray") -> str:
    """The essay as HTML: prose where written, the outline elsewhere."""
    parts: list[str] = []
    meta = essay.meta
    head = [escape(x) for x in (meta.author, meta.instructor, meta.course, meta.date) if x]
    if head:
        parts.append(f'<p class="head">{"<br>".join(head)}</p>')
    title = escape(meta.title.strip())
    if title:
        parts.append(f'<h1 align="center">{title}</h1>')
    else:  # a reminder, in the muted colour, not a title the essay has
        parts.append(f'<h1 align="center"><font color="{muted}">No title yet</font></h1>')

    def visit(nodes: list[Node], depth: int) -> None:
        for node in nodes:
            parts.append(f'<a name="{anchor_of(node)}"></a>')
            if node.kind in PARAGRAPH_KINDS:
                parts.append(_paragraph_html(node, muted))
            elif node.kind is K.SECTION:
                level = min(2 + depth, 4)
                parts.append(f"<h{level}>{escape(node.text.strip())}</h{level}>")
                visit(node.children, depth + 1)
            elif node.kind is K.THESIS:
                parts.append(f"<p><b>Thesis:</b> {escape(node.text.strip())}</p>")
            elif node.kind is K.QUOTE:
                parts.append(f"<blockquote>{_quote(node)}</blockquote>")
            else:
                parts.append(_outline_items([node]))

    visit(essay.outline, 0)
    if essay.sources:
        parts.append('<h2 align="center">Works Cited</h2>')
        parts.extend(f'<p class="source">{escape(s.text)}</p>' for s in essay.sources)
    families = ", ".join(f"'{f}'" if " " in f else f for f in SERIF_FAMILIES)
    style = (
        f"body {{ font-family: {families}; font-size: 13pt; }}"
        " p { line-height: 150%; margin-bottom: 10px; }"
        " p.prose { text-indent: 28px; }"
        " p.source { margin-left: 28px; text-indent: -28px; }"
        " h1 { font-size: 17pt; font-weight: 600; margin-bottom: 14px; }"
        " ul { margin-top: 0px; } li { margin-bottom: 4px; line-height: 130%; }"
    )
    return f"<html><head><style>{style}</style></head><body>{''.join(parts)}</body></html>"


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
        self._stale = False
        self._scroll_pending = False
        self.set_document(document)

    def set_document(self, document: Document) -> None:
        """Show another document, rendered as soon as the window is idle
        (so a long essay does not hold up opening the window)."""
        if self._document is not None:
            self._document.changed.disconnect(self.schedule)
        self._document = document
        document.changed.connect(self.schedule)
        self.schedule()

    def schedule(self) -> None:
        """Rebuild soon (after changes stop for a moment)."""
        large = self._document is not None and len(self._document.essay) > LARGE_ESSAY_NODES
        self._timer.start(LARGE_DEBOUNCE_MS if large else DEBOUNCE_MS)

    def show_node(self, node: Node | None) -> None:
        """Scroll to the paragraph that holds ``node``."""
        while node is not None and node.parent is not None:
            node = node.parent
        self._follow = node
        if node is None:
            return
        if self.is_pending() or self._stale:
            self._scroll_pending = True  # once the pending rebuild is done
        else:
            self._scroll_to(node)

    def _scroll_to(self, node: Node) -> None:
        self.scrollToAnchor(anchor_of(node))
        bar = self.verticalScrollBar()
        # A little of what comes before, for context.
        bar.setValue(max(0, bar.value() - self.fontMetrics().height() * 3))

    def is_pending(self) -> bool:
        """A rebuild is waiting for its turn."""
        return self._timer.isActive()

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
        bar = self.verticalScrollBar()
        scroll = bar.value()
        self.setHtml(essay_html(self._document.essay, muted))
        bar.setValue(scroll)
        follow = self._follow
        if self._scroll_pending and follow is not None and follow in self._document.essay:
            self._scroll_to(follow)
        self._scroll_pending = False
        self.rebuild_count += 1

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
