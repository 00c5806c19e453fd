"""The Draft from Notes dialog's left side: the paragraph's notes laid out as
the outline they are (nested lists, each item led by its kind), under the
paragraph's own line, labelled as the editor labels it ("Claim: …")."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QTextBrowser, QWidget

from outliner.compose.citations import clean_quotation, format_cite
from outliner.compose.sentences import clean_note
from outliner.core.essay import Essay, Node, NodeKind
from outliner.core.fields import LINE_FIELDS
from outliner.ui.translations import kind_label, translate


def note_line(essay: Essay, node: Node) -> str:
    """One note as the outline shows it: a quotation “in marks” with its
    citation in the essay's style, anything else its words."""
    if node.kind is NodeKind.QUOTE:
        cite = format_cite(node.cite, essay.meta.style)
        return f"“{clean_quotation(node.text)}” {cite}".rstrip()
    return clean_note(node.text) or translate("NotesOutline", "(empty {kind})").format(
        kind=kind_label(node.kind).lower())


class NotesOutline(QTextBrowser):
    """The paragraph's line above the nested list of what it holds; read-only,
    wrapped, selectable (a writer may copy a quotation from it)."""

    def __init__(self, essay: Essay, paragraph: Node, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notesView")
        self.setOpenLinks(False)
        field = LINE_FIELDS[paragraph.kind]
        label, hint = translate("Field", field.label), translate("Field", field.hint)
        words = clean_note(paragraph.text) or self.tr("(none yet)")
        self._lines = [f"{label}: {words}"]
        parts = [f"<p><b>{html.escape(label)}:</b> {html.escape(words)}</p>"]
        parts.append(self._list(essay, paragraph, 1))
        self.setHtml("".join(parts))
        self.setToolTip(f"{label}: {hint}")

    def _list(self, essay: Essay, parent: Node, depth: int) -> str:
        if not parent.children:
            return ""
        items: list[str] = []
        for child in parent.children:
            kind = kind_label(child.kind)
            line = note_line(essay, child)
            self._lines.append(f"{'    ' * depth}{kind}: {line}")
            text = html.escape(line)
            if child.kind is NodeKind.QUOTE:
                text = f"<i>{text}</i>"
            elif child.kind is NodeKind.THESIS:
                text = f"<b>{text}</b>"
            items.append(f"<li><span style='color: gray'>{html.escape(kind)}</span> "
                         f"{text}{self._list(essay, child, depth + 1)}</li>")
        return f"<ul style='margin-left: 0'>{''.join(items)}</ul>"

    def plain_text(self) -> str:
        """What the notes say, indented as they nest, each led by its kind."""
        return "\n".join(self._lines)
