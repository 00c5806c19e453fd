"""Edit > Cut, Copy, Paste and Paste as Child for outline nodes.

While a text field has the focus these menu entries act on its text (the
fields take the keys themselves); otherwise they act on the selected
subtrees. Each paste or cut is one undo step; the rule book (through
``core.paste``) decides where a paste may go and a refusal says why in the
status bar.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QMimeData, QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QTextDocument
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit

from outliner.core.changes import Remove, top_most
from outliner.core.essay import Node, Source
from outliner.core.paste import fit_where_possible, plan_paste
from outliner.core.rules import TreeError
from outliner.io.clipboard import (
    NODES_MIME,
    OPML_MIME,
    ClipboardError,
    cited_sources,
    nodes_from_json,
    nodes_from_opml,
    nodes_from_text,
    nodes_to_json,
    nodes_to_opml,
    nodes_to_text,
)
from outliner.ui.translations import translate

if TYPE_CHECKING:
    from outliner.ui.main_window import MainWindow

_TEXT_WIDGETS = (QLineEdit, QPlainTextEdit, QTextEdit)


class _Counts(QObject):
    """Messages with a count: lupdate gives a string plural forms only in a
    QObject's ``self.tr`` with the count as a plain name."""

    def copied(self, count: int) -> str:
        return self.tr("Copied %n node(s).", "", count)


def clipboard_data(window: MainWindow, nodes: list[Node]) -> QMimeData:
    """The three flavours of the given subtrees."""
    essay = window.document.essay
    data = QMimeData()
    data.setData(NODES_MIME, QByteArray(
        nodes_to_json(nodes, cited_sources(essay, nodes)).encode("utf-8")))
    data.setData(OPML_MIME, QByteArray(nodes_to_opml(nodes).encode("utf-8")))
    data.setText(nodes_to_text(nodes))
    return data


def _focused_text_widget() -> QLineEdit | QPlainTextEdit | QTextEdit | None:
    widget = QApplication.focusWidget()
    return widget if isinstance(widget, _TEXT_WIDGETS) else None


def _chosen(window: MainWindow) -> list[Node]:
    window.view.commit_pending_edit()
    essay = window.document.essay
    return top_most(essay, [n for n in window.view.selected_nodes() if n in essay])


def copy_nodes(window: MainWindow) -> bool:
    """Put the selected subtrees on the clipboard."""
    text = _focused_text_widget()
    if text is not None:
        text.copy()
        return False
    nodes = _chosen(window)
    if not nodes:
        window.document.refused.emit(translate("Clipboard", "Select the nodes to copy."))
        return False
    QGuiApplication.clipboard().setMimeData(clipboard_data(window, nodes))
    window.statusBar().showMessage(_Counts().copied(len(nodes)), 3000)
    return True


def cut_nodes(window: MainWindow) -> None:
    """Copy the selected subtrees, then remove them (one undo step)."""
    text = _focused_text_widget()
    if text is not None:
        text.cut()
        return
    nodes = _chosen(window)
    if nodes and copy_nodes(window):
        window.document.push(Remove(tuple(n.id for n in nodes), translate("Clipboard", "Cut")))


def _html_as_markdown(html: str) -> str:
    """Qt reads the HTML (lists, paragraphs) and writes it as Markdown."""
    document = QTextDocument()
    document.setHtml(html)
    return document.toMarkdown()


def clipboard_nodes(data: QMimeData) -> tuple[list[Node], list[Source], bool]:
    """Nodes (fresh ids) and sources from the clipboard, and whether they are
    the app's own (which keep their kinds or are refused)."""
    if data.hasFormat(NODES_MIME):
        nodes, sources = nodes_from_json(bytes(data.data(NODES_MIME).data()).decode(
            "utf-8", errors="replace"))
        return nodes, sources, True
    if data.hasFormat(OPML_MIME):
        return nodes_from_opml(bytes(data.data(OPML_MIME).data()).decode(
            "utf-8", errors="replace")), [], False
    if data.hasText() and data.text().strip():
        nodes, sources = nodes_from_text(data.text())
        return nodes, sources, False
    if data.hasHtml():
        nodes, sources = nodes_from_text(_html_as_markdown(data.html()), markdown=True)
        return nodes, sources, False
    raise ClipboardError(
        translate("Clipboard", "The clipboard holds nothing that can become part of the outline."))


def paste_nodes(window: MainWindow, as_child: bool = False) -> bool:
    """Paste after the current node (inside it when the rules say so), or
    inside it as last children; one undo step."""
    text = _focused_text_widget()
    if text is not None and not as_child:
        text.paste()
        return False
    document, view = window.document, window.view
    view.commit_pending_edit()
    data = QGuiApplication.clipboard().mimeData()
    anchor = view.current_node()
    try:
        if data is None:
            raise ClipboardError(translate("Clipboard", "The clipboard is empty."))
        nodes, sources, own = clipboard_nodes(data)
        if not own:
            nodes = fit_where_possible(document.essay, nodes, anchor, as_child)
        change = plan_paste(document.essay, nodes, anchor, as_child=as_child, sources=sources,
                            label=(translate("Clipboard", "Paste as Child") if as_child
                                   else translate("Clipboard", "Paste")))
    except (ClipboardError, TreeError) as exc:
        document.refused.emit(str(exc))
        return False
    if not document.push(change):
        return False
    view.select_nodes(nodes)
    return True


def build_clipboard_actions(window: MainWindow) -> list[QAction]:
    """Cut, Copy, Paste, Paste as Child: window-wide keys (text fields keep
    theirs, since they claim the same keys first)."""
    spec: list[tuple[str, str, QKeySequence.StandardKey | str, str, Callable[[], object]]] = [
        ("cut", translate("Clipboard", "Cu&t"), QKeySequence.StandardKey.Cut,
         translate("Clipboard", "Cut the selected nodes."),
         lambda: cut_nodes(window)),
        ("copy", translate("Clipboard", "&Copy"), QKeySequence.StandardKey.Copy,
         translate("Clipboard",
                   "Copy the selected nodes (also as text and OPML for other programs)."),
         lambda: copy_nodes(window)),
        ("paste", translate("Clipboard", "&Paste"), QKeySequence.StandardKey.Paste,
         translate("Clipboard",
                   "Paste after the current node; text from other programs becomes notes."),
         lambda: paste_nodes(window)),
        ("paste_child", translate("Clipboard", "Paste as C&hild"), "Ctrl+Shift+V",
         translate("Clipboard", "Paste inside the current node, as its last children."),
         lambda: paste_nodes(window, as_child=True)),
    ]
    actions: list[QAction] = []
    for name, text, key, tip, slot in spec:
        action = QAction(text, window)
        action.setObjectName(f"edit_{name}")
        if isinstance(key, QKeySequence.StandardKey):
            action.setShortcuts(QKeySequence.keyBindings(key))
        else:
            action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setStatusTip(tip)
        action.setToolTip(tip.rstrip("."))
        action.triggered.connect(lambda _checked=False, s=slot: s())
        window.actions_by_name[name] = action
        actions.append(action)
    return actions
