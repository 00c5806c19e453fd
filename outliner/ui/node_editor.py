"""The editor for the current node: its kind, its line, its cite, its prose.

Every keystroke becomes a merged ``SetFields`` change pushed on the
document's undo stack, so typing in one field is one undo step and there is
only one history. When the node changes underneath (undo, redo, a tree
edit) the fields refresh without pushing anything and keep the cursor.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QTextBlockFormat, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from outliner.core.essay import PARAGRAPH_KINDS, Node, NodeKind
from outliner.core.fields import CITE_FIELD, LINE_FIELDS, PROSE_FIELDS, line_note
from outliner.core.ops import plan_set
from outliner.core.rules import TreeError, kind_change_error
from outliner.core.text import shorten
from outliner.ui.document import Document
from outliner.ui.fonts import SERIF_FAMILIES as SERIF_FAMILIES  # older imports find it here
from outliner.ui.fonts import prose_font
from outliner.ui.icons import kind_icon
from outliner.ui.inline_format import (
    InlineHighlighter,
    python_index,
    toggle_in_text,
    utf16_index,
)
from outliner.ui.line_edit_buttons import name_line_edit_buttons
from outliner.ui.messages import count_explained, count_short, node_paragraph_name, refusal
from outliner.ui.spelling import (
    SpellingService,
    add_essay_word,
    add_spelling_actions,
    misspelled_ranges,
)
from outliner.ui.translations import kind_label, translate
from outliner.ui.verdict_label import VerdictLabel

if TYPE_CHECKING:
    from outliner.ui.books import BookShelf

K = NodeKind

class _AppUndoFilter(QObject):
    """Send Ctrl+Z / Ctrl+Shift+Z in the text fields to the document's undo
    stack: the widgets would otherwise claim those keys for their own
    history (QLineEdit's cannot even be switched off)."""

    def __init__(self, editor: NodeEditor) -> None:
        super().__init__(editor)
        self._editor = editor

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        if not isinstance(event, QKeyEvent):
            return False
        undo = event.matches(QKeySequence.StandardKey.Undo)
        redo = event.matches(QKeySequence.StandardKey.Redo)
        if not (undo or redo):
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.ignore()  # let the window's Undo/Redo shortcut have it
            return True
        # No window shortcut took it (e.g. the window is not active): act here.
        stack = self._editor.document.undo_stack
        if undo:
            stack.undo()
        else:
            stack.redo()
        return True


def _set_plain_text_keeping_cursor(edit: QPlainTextEdit, text: str) -> None:
    """Replace the text only if it differs; keep cursor and scroll position."""
    if edit.toPlainText() == text:
        return
    cursor = edit.textCursor()
    pos, anchor = cursor.position(), cursor.anchor()
    scroll = edit.verticalScrollBar().value()
    edit.setPlainText(text)
    cursor = edit.textCursor()
    length = len(text)
    cursor.setPosition(min(anchor, length))
    cursor.setPosition(min(pos, length), QTextCursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)
    edit.verticalScrollBar().setValue(scroll)


def _name_field(widget: QWidget, label: str, hint: str) -> None:
    """The field's label and hint as its accessible name and description."""
    if widget.accessibleName() != label:
        widget.setAccessibleName(label)
        widget.setAccessibleDescription(hint)


class ProseEdit(QPlainTextEdit):
    """A comfortable editor for a paragraph's prose: serif, spaced, margins."""

    def __init__(self, parent: QWidget | None = None, *, own_undo: bool = False) -> None:
        super().__init__(parent)
        self.setFont(prose_font())
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.document().setDocumentMargin(18)
        # The node's prose is undone on the document's stack; a text box of
        # its own (Draft from Notes) keeps the widget's undo.
        self.setUndoRedoEnabled(own_undo)
        self.setTabChangesFocus(True)
        self.textChanged.connect(self._space_lines)

    def _space_lines(self) -> None:
        # Line spacing is a block format; reapply it where it is missing.
        doc = self.document()
        block = doc.firstBlock()
        while block.isValid():
            fmt = block.blockFormat()
            if fmt.lineHeightType() != QTextBlockFormat.LineHeightTypes.ProportionalHeight.value:
                self._apply_spacing()
                return
            block = block.next()

    def _apply_spacing(self) -> None:
        blocker = self.blockSignals(True)
        try:
            cursor = QTextCursor(self.document())
            cursor.select(QTextCursor.SelectionType.Document)
            fmt = QTextBlockFormat()
            fmt.setLineHeight(140, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
            fmt.setBottomMargin(8)
            cursor.mergeBlockFormat(fmt)
        finally:
            self.blockSignals(blocker)


class NodeEditor(QWidget):
    """Edits the current node of a document through ``document.push``."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document: Document = document
        self.node: Node | None = None
        self._refreshing = False
        self._undo_filter = _AppUndoFilter(self)

        self.heading = QLabel()
        self.heading_icon = QLabel()
        heading_font = self.heading.font()
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.35)
        heading_font.setWeight(QFont.Weight.DemiBold)
        self.heading.setFont(heading_font)
        self.where = QLabel()
        self.where.setForegroundRole(self.where.foregroundRole())
        self.where.setEnabled(False)  # the palette's muted text, dark or light
        # Wrapped, so a long parent line never widens the editor's minimum
        # (the window's splitter would move under the pointer).
        for label in (self.heading, self.where):
            label.setWordWrap(True)

        self.kind_combo = QComboBox()
        self.kind_combo.setToolTip(self.tr("What this node is; only kinds allowed where it sits"))
        self.text_label = QLabel(self.tr("Text"))
        self.text_edit = QPlainTextEdit()
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setFixedHeight(self.text_edit.fontMetrics().lineSpacing() * 3 + 16)
        #: What the essay does with a paragraph's line: it is outline, not essay.
        self.line_note = QLabel()
        self.line_note.setEnabled(False)  # muted
        self.line_note.setWordWrap(True)
        self.cite_label = QLabel(translate("Field", CITE_FIELD.label))
        self.cite_edit = QLineEdit()
        self.cite_edit.setPlaceholderText(translate("Field", CITE_FIELD.hint))
        self.cite_edit.setToolTip(translate("Field", CITE_FIELD.hint))
        self.cite_edit.setClearButtonEnabled(True)
        self.books: BookShelf | None = None
        self.verdict_label = VerdictLabel()
        self.prose_label = QLabel(translate("Field", PROSE_FIELDS[K.BODY].label))
        self.prose_edit = ProseEdit()
        self.prose_edit.setPlaceholderText(translate("Field", PROSE_FIELDS[K.BODY].hint))
        self.count_label = QLabel()
        self.count_label.setEnabled(False)
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.empty_label = QLabel(self.tr("Select a node in the outline to edit it."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setEnabled(False)

        self.text_edit.setUndoRedoEnabled(False)
        # *italic* and **bold** shown so while typing; the text stays as stored
        self.highlighters = [InlineHighlighter(edit.document())
                             for edit in (self.text_edit, self.prose_edit)]
        for widget in (self.text_edit, self.cite_edit, self.prose_edit):
            widget.installEventFilter(self._undo_filter)
        self.spelling: SpellingService | None = None
        for edit in (self.text_edit, self.prose_edit):
            edit.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            edit.customContextMenuRequested.connect(
                lambda pos, e=edit: self._context_menu(e, pos))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(10)
        form.addRow(self.tr("Kind"), self.kind_combo)
        form.addRow(self.text_label, self.text_edit)
        form.addRow("", self.line_note)
        form.addRow(self.cite_label, self.cite_edit)
        form.addRow("", self.verdict_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(10)
        title_row = QHBoxLayout()
        title_row.setSpacing(8)
        title_row.addWidget(self.heading_icon)
        title_row.addWidget(self.heading, 1)
        layout.addLayout(title_row)
        layout.addWidget(self.where)
        layout.addSpacing(4)
        layout.addLayout(form)
        layout.addWidget(self.prose_label)
        layout.addWidget(self.prose_edit, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.empty_label, 1)
        # Takes the spare height when there is no prose box, so the fields stay on top.
        self.filler = QWidget()
        layout.addWidget(self.filler, 1)

        self.kind_combo.activated.connect(self._kind_chosen)
        self.text_edit.textChanged.connect(
            lambda: self._edited("text", self.text_edit.toPlainText()))
        self.cite_edit.textEdited.connect(lambda value: self._edited("cite", value))
        self.prose_edit.textChanged.connect(
            lambda: self._edited("prose", self.prose_edit.toPlainText()))
        document.changed.connect(self.refresh)
        self._name_fields()
        self.refresh()  # nothing selected yet

    def _name_fields(self) -> None:
        """Names a screen reader gives the editor and its fields: the labels
        beside them (core/fields.py) are not tied to them, and the line's and
        the prose's follow the node's kind (see ``_show``)."""
        self.setAccessibleName(self.tr("Editor"))
        self.setAccessibleDescription(self.tr("The fields of the node chosen in the outline"))
        self.kind_combo.setAccessibleName(self.tr("Kind"))
        self.kind_combo.setAccessibleDescription(
            self.tr("What this node is; only kinds allowed where it sits"))
        for widget, field in ((self.text_edit, LINE_FIELDS[K.BODY]),
                              (self.cite_edit, CITE_FIELD)):
            _name_field(widget, translate("Field", field.label), translate("Field", field.hint))
        name_line_edit_buttons(self.cite_edit, self.tr("Clear the page"))
        prose = PROSE_FIELDS[K.BODY]
        _name_field(self.prose_edit, translate("Field", prose.label),
                    translate("Field", prose.hint))

    # -- wiring ------------------------------------------------------------

    def set_document(self, document: Document) -> None:
        """Edit nodes of another document (after New or Open)."""
        self.document.changed.disconnect(self.refresh)
        self.document = document
        document.changed.connect(self.refresh)
        self.set_node(None)

    def set_node(self, node: Node | None) -> None:
        """Show ``node`` (None: nothing selected)."""
        kind_before = self.node.kind if self.node is not None else None
        self.node = node
        self.refresh()
        if self.spelling is not None and (node.kind if node else None) != kind_before:
            self._rehighlight()  # a quotation is never checked; another kind is

    def set_books(self, shelf: BookShelf | None) -> None:
        """Show each quotation's verdict against its source's book (None: not)."""
        if self.books is not None:
            self.books.changed.disconnect(self.show_verdict)
        self.books = shelf
        if shelf is not None:
            shelf.changed.connect(self.show_verdict)
        self.show_verdict()

    def show_verdict(self) -> None:
        """The current quotation's verdict, as the shelf has it now."""
        self.verdict_label.show_for(self.books, self.document.essay, self.node)

    # -- spelling ----------------------------------------------------------

    def set_spelling(self, service: SpellingService | None) -> None:
        """Underline misspelled words in the line and prose editors (never in a
        quotation), with suggestions on their context menu; None turns it off."""
        self.spelling = service
        for highlighter in self.highlighters:
            highlighter.misspelled = None if service is None else self._misspelled
        self._rehighlight()

    def _misspelled(self, text: str) -> tuple[tuple[int, int], ...]:
        if self.spelling is None:
            return ()
        kind = self.node.kind if self.node is not None else None
        return misspelled_ranges(text, kind, self.spelling.check_for(self.document.essay))

    def _rehighlight(self) -> None:
        for highlighter in self.highlighters:
            highlighter.rehighlight()

    def _context_menu(self, edit: QPlainTextEdit, pos: QPoint) -> None:
        menu = edit.createStandardContextMenu(pos)
        if self.spelling is not None:
            kind = self.node.kind if self.node is not None else None
            add_spelling_actions(menu, edit, pos, kind, self.spelling, self.document.essay,
                                 lambda word: add_essay_word(self.document, word))
        menu.exec(edit.viewport().mapToGlobal(pos))
        menu.deleteLater()

    # -- showing -----------------------------------------------------------

    def refresh(self) -> None:
        """Bring every field in line with the node, pushing nothing."""
        node = self.node
        if node is not None and node not in self.document.essay:
            node = self.node = None  # deleted underneath us
        self._refreshing = True
        try:
            self._show(node)
        finally:
            self._refreshing = False

    def _show(self, node: Node | None) -> None:
        has = node is not None
        always: list[QWidget] = [self.heading, self.heading_icon, self.where, self.kind_combo,
                                 self.text_label, self.text_edit]
        for widget in always:
            widget.setVisible(has)
        self.empty_label.setVisible(not has)
        if node is None:
            sometimes: list[QWidget] = [self.cite_label, self.cite_edit, self.prose_label,
                                        self.prose_edit, self.count_label, self.line_note,
                                        self.verdict_label]
            for widget in sometimes:
                widget.setVisible(False)
            self.filler.setVisible(False)
            return
        self.heading.setText(self._title_of(node))
        size = self.heading.fontMetrics().height()
        self.heading_icon.setPixmap(kind_icon(node.kind, bool(node.prose.strip()))
                                    .pixmap(size, size))
        self.where.setText(self._place_of(node))
        self._fill_kinds(node)
        # Each field says what it is for this kind (core/fields.py); the hint
        # stays as a tooltip once the placeholder is typed over.
        line = LINE_FIELDS[node.kind]
        hint = translate("Field", line.hint)
        self.text_label.setText(translate("Field", line.label))
        self.text_edit.setPlaceholderText(hint)
        for widget in (self.text_label, self.text_edit):
            widget.setToolTip(hint)
        _name_field(self.text_edit, translate("Field", line.label), hint)
        note = translate("Field", line_note(node.kind, bool(node.prose.strip())))
        self.line_note.setText(note)
        self.line_note.setVisible(bool(note))
        prose = PROSE_FIELDS.get(node.kind)
        if prose is not None:
            label, hint = translate("Field", prose.label), translate("Field", prose.hint)
            self.prose_label.setText(label)
            self.prose_edit.setPlaceholderText(hint)
            self.prose_label.setToolTip(hint)
            _name_field(self.prose_edit, label, hint)
        _set_plain_text_keeping_cursor(self.text_edit, node.text)
        is_quote = node.kind is K.QUOTE
        self.cite_label.setVisible(is_quote)
        self.cite_edit.setVisible(is_quote)
        if self.cite_edit.text() != node.cite:
            pos = self.cite_edit.cursorPosition()
            self.cite_edit.setText(node.cite)
            self.cite_edit.setCursorPosition(min(pos, len(node.cite)))
        self.show_verdict()
        is_paragraph = node.kind in PARAGRAPH_KINDS
        paragraph_widgets: list[QWidget] = [self.prose_label, self.prose_edit]
        for widget in paragraph_widgets:
            widget.setVisible(is_paragraph)
        self.count_label.setVisible(True)  # every node has words (core/words.py)
        self.filler.setVisible(not is_paragraph)
        _set_plain_text_keeping_cursor(self.prose_edit, node.prose)
        self._update_count()

    def _fill_kinds(self, node: Node) -> None:
        allowed = [k for k in NodeKind if k is node.kind or kind_change_error(node, k) is None]
        current = [self.kind_combo.itemData(i) for i in range(self.kind_combo.count())]
        if current != [k.value for k in allowed]:
            self.kind_combo.clear()
            for kind in allowed:
                self.kind_combo.addItem(kind_label(kind), kind.value)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(node.kind.value))

    def _title_of(self, node: Node) -> str:
        # As the CLI and reports name it (core/names.py), in the window's language.
        return node_paragraph_name(self.document.essay, node)

    def _place_of(self, node: Node) -> str:
        parent = node.parent
        if parent is None:
            return self.tr("In the essay's outline")
        text = shorten(parent.text, 60) or self.tr("(untitled)")
        return self.tr("In {name}: {text}").format(
            name=node_paragraph_name(self.document.essay, parent).lower(), text=text)

    def _update_count(self) -> None:
        # The node's words as the tree row and status bar count them (core/words.py).
        if self.node is None:
            return
        count = self.document.words.node_count(self.node)
        self.count_label.setText(count_short(count))
        self.count_label.setToolTip(count_explained(count))

    # -- editing -----------------------------------------------------------

    def _edited(self, name: str, value: str) -> None:
        if self._refreshing or self.node is None:
            return
        try:
            change = plan_set(self.document.essay, self.node, name, value, merge=True)
        except TreeError as exc:  # pragma: no cover - text fields are always allowed
            self.document.refused.emit(refusal(exc))
            return
        self.document.push(change)

    def toggle_mark(self, edit: QPlainTextEdit, mark: str) -> bool:
        """Ctrl+I / Ctrl+B in ``edit``: mark or unmark its selection. In the
        node's fields it is one step on the document's undo stack, never
        merged with the typing around it."""
        fields = {id(self.text_edit): "text", id(self.prose_edit): "prose"}
        name = fields.get(id(edit))
        text = edit.toPlainText()
        cursor = edit.textCursor()
        start = python_index(text, cursor.selectionStart())
        end = python_index(text, cursor.selectionEnd())
        new, a, b = toggle_in_text(text, start, end, mark)
        if new == text:
            return True
        if name is not None and self.node is not None:
            change = plan_set(self.document.essay, self.node, name, new)  # its own step
            self.document.push(change)
        else:  # a text box of no node: one step of its own undo
            whole = QTextCursor(edit.document())
            whole.select(QTextCursor.SelectionType.Document)
            whole.insertText(new)
        cursor = edit.textCursor()
        cursor.setPosition(utf16_index(new, a))
        cursor.setPosition(utf16_index(new, b), QTextCursor.MoveMode.KeepAnchor)
        edit.setTextCursor(cursor)
        return True

    def _kind_chosen(self, index: int) -> None:
        node = self.node
        if node is None or index < 0:
            return
        value = str(self.kind_combo.itemData(index))
        try:
            change = plan_set(self.document.essay, node, "kind", value)
        except TreeError as exc:
            self.document.refused.emit(refusal(exc))
            change = None
        if change is None or not self.document.push(change):
            self.refresh()  # put the combo back
