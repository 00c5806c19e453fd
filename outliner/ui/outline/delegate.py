"""Painting of outline rows: kind accents, muted cites, drafted badges.

The model gives plain roles; this delegate lays them out so a row reads at a
glance: the thesis on a tinted band, a quotation in italics with its page in
a muted colour, a drafted paragraph with a small "drafted · N words" note, an
empty node as a grey placeholder.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from outliner.core.essay import Node, NodeKind
from outliner.core.inline import Span, parse
from outliner.core.text import quotation_line
from outliner.ui.icons import kind_colour
from outliner.ui.outline.model import OutlineModel, detail_text, placeholder
from outliner.ui.outline.rows import LookRole

AnyIndex = QModelIndex | QPersistentModelIndex

#: Extra vertical room around a row's text, so the tree breathes.
ROW_PADDING = 6
#: Space between a row's line and its muted detail.
DETAIL_GAP = 10
#: Row texts whose inline markup was parsed, kept for repainting (the tree
#: paints every visible row on each scroll): at most this many.
SPAN_CACHE_SIZE = 4096
_spans_cache: dict[str, tuple[Span, ...]] = {}


def row_spans(text: str) -> tuple[Span, ...]:
    """``text`` on one line as spans, parsed once per text."""
    found = _spans_cache.get(text)
    if found is None:
        if len(_spans_cache) >= SPAN_CACHE_SIZE:
            _spans_cache.clear()
        found = _spans_cache[text] = tuple(parse(text.replace("\n", " ")))
    return found


def _span_font(font: QFont, span: Span) -> QFont:
    if not (span.italic or span.bold):
        return font
    out = QFont(font)
    if span.italic:
        out.setItalic(not font.italic())  # italics inside an italic quotation stand upright
    if span.bold:
        out.setBold(True)
    return out


#: Row size hints kept (the view asks on every relayout): at most this many.
SIZE_CACHE_SIZE = 1024

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_SELECTED = QStyle.StateFlag.State_Selected
_ACTIVE = QStyle.StateFlag.State_Active
_LINE_FLAGS = int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
_MARK_FLAGS = int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight)


class _Fonts(NamedTuple):
    """What drawing a line in one font needs, made once per font."""

    metrics: QFontMetrics
    small: QFont
    small_metrics: QFontMetrics
    #: The narrowest room worth showing a detail in (three ellipses).
    least_detail: int


class _Inks(NamedTuple):
    """A row's colours in one palette and state."""

    text: QColor
    muted: QColor


def _fonts_for(font: QFont) -> _Fonts:
    small = QFont(font)
    small.setBold(False)
    small.setItalic(False)
    small.setWeight(QFont.Weight.Normal)
    small.setPointSizeF(max(font.pointSizeF() * 0.88, 7.0))
    small_metrics = QFontMetrics(small)
    return _Fonts(QFontMetrics(font), small, small_metrics,
                  small_metrics.horizontalAdvance("…") * 3)


def _node(index: AnyIndex) -> Node | None:
    model = index.model()
    return model.node_for_index(index) if isinstance(model, OutlineModel) else None


def _mix(a: QColor, b: QColor, amount: float) -> QColor:
    """``a`` moved ``amount`` (0..1) of the way to ``b``."""
    return QColor(
        round(a.red() + (b.red() - a.red()) * amount),
        round(a.green() + (b.green() - a.green()) * amount),
        round(a.blue() + (b.blue() - a.blue()) * amount),
    )


class OutlineDelegate(QStyledItemDelegate):
    """Draws one outline row; edits the node's line in a frameless line edit."""

    #: The writer typed in a row editor; the text reaches the essay on commit.
    text_edited = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # The row of the last editor made, so the view can find and commit it.
        self.edited_index = QPersistentModelIndex()
        # Every visible row is painted again after each edit: what does not
        # change from row to row is made once (by font, by palette and state).
        self._fonts: dict[str, _Fonts] = {}
        self._inks: dict[tuple[int, bool, bool], _Inks] = {}
        self._sizes: dict[tuple[object, ...], QSize] = {}

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        # Asked on every relayout (of the first row, as rows are uniform):
        # the same text in the same look and font gets the same size.
        model = index.model()
        key: tuple[object, ...] | None = None
        if model is not None:
            style = option.widget.style() if option.widget is not None else None
            key = (model.data(index, _DISPLAY), model.data(index, LookRole),
                   option.font.toString(), option.decorationSize.width(),
                   option.decorationSize.height(), id(style))
            found = self._sizes.get(key)
            if found is not None:
                return QSize(found)
        size = super().sizeHint(option, index)
        height = max(size.height(), QFontMetrics(option.font).height()) + ROW_PADDING
        hint = QSize(size.width() + 80, max(height, 24))
        if key is not None:
            if len(self._sizes) >= SIZE_CACHE_SIZE:
                self._sizes.clear()
            self._sizes[key] = QSize(hint)
        return hint

    def _fonts_of(self, font: QFont) -> _Fonts:
        key = font.toString()  # every attribute, and faster than key()
        found = self._fonts.get(key)
        if found is None:
            found = self._fonts[key] = _fonts_for(font)
        return found

    def _inks_of(self, palette: QPalette, active: bool, selected: bool) -> _Inks:
        key = (palette.cacheKey(), active, selected)
        found = self._inks.get(key)
        if found is None:
            if len(self._inks) >= 64:
                self._inks.clear()
            group = QPalette.ColorGroup.Active if active else QPalette.ColorGroup.Inactive
            text = palette.color(group, QPalette.ColorRole.HighlightedText if selected
                                 else QPalette.ColorRole.Text)
            muted = (_mix(text, palette.color(group, QPalette.ColorRole.Highlight), 0.3)
                     if selected else
                     _mix(text, palette.color(group, QPalette.ColorRole.Base), 0.45))
            found = self._inks[key] = _Inks(text, muted)
        return found

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        node = _node(index)
        if node is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        state = opt.state
        selected = bool(state & _SELECTED)
        palette = opt.palette

        painter.save()
        if node.kind is NodeKind.THESIS and not selected:
            # A soft band in the thesis colour makes the essay's claim stand out.
            band = _mix(palette.color(QPalette.ColorRole.Base),
                        kind_colour(NodeKind.THESIS), 0.16)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(band)
            painter.drawRoundedRect(opt.rect.adjusted(1, 1, -2, -1), 4, 4)

        # Let the style draw selection, focus and the icon; we draw the text.
        opt.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        text_rect = text_rect.adjusted(2, 0, -4, 0)

        inks = self._inks_of(palette, bool(state & _ACTIVE), selected)
        text_colour, muted = inks.text, inks.muted

        empty = not node.text.strip()
        # A quotation's cite is the muted detail, so its line is the words alone.
        main = placeholder(node) if empty else (
            quotation_line(node.text) if node.kind is NodeKind.QUOTE else node.text)
        detail = detail_text(node)
        if node.kind is NodeKind.QUOTE and not empty:
            text_rect = self._draw_verdict(painter, text_rect, opt.font, index, node)
        self._draw_line(painter, text_rect, opt.font, main, detail,
                        muted if empty else text_colour, muted)
        painter.restore()

    def _draw_verdict(self, painter: QPainter, rect: QRect, font: QFont, index: AnyIndex,
                      node: Node) -> QRect:
        """The quotation's mark against its book at the row's right end
        (a tick, an arrow, "≠", "?"); the room left for the line."""
        model = index.model()
        verdict = model.verdict_for(node.id) if isinstance(model, OutlineModel) else None
        if verdict is None:
            return rect
        from outliner.ui.verdicts import verdict_mark

        mark = verdict_mark(verdict)
        if mark is None:
            return rect
        bold = QFont(font)
        bold.setBold(True)
        bold.setItalic(False)
        width = QFontMetrics(bold).horizontalAdvance(mark.glyph) + DETAIL_GAP
        if width * 3 > rect.width():
            return rect
        painter.setFont(bold)
        painter.setPen(mark.colour)
        mark_rect = QRect(rect.right() - width + 1, rect.top(), width, rect.height())
        painter.drawText(mark_rect, _MARK_FLAGS, mark.glyph)
        return rect.adjusted(0, 0, -width, 0)

    def _draw_line(
        self, painter: QPainter, rect: QRect, font: QFont, main: str, detail: str,
        main_colour: QColor, detail_colour: QColor,
    ) -> None:
        """The node's line, elided, then its muted detail if there is room."""
        fonts = self._fonts_of(font)
        metrics, small, small_metrics = fonts.metrics, fonts.small, fonts.small_metrics
        detail_width = small_metrics.horizontalAdvance(detail) if detail else 0
        room = rect.width()
        main_room = room - (detail_width + DETAIL_GAP if detail else 0)
        if main_room < room // 2:
            main_room = room if not detail else max(room // 2, room - detail_width - DETAIL_GAP)
        flags = _LINE_FLAGS
        painter.setPen(main_colour)
        spans = row_spans(main) if "*" in main else ()
        if any(s.italic or s.bold for s in spans):
            width = self._draw_spans(painter, rect, font, spans, max(main_room, 0))
        else:
            line = "".join(s.text for s in spans) if spans else main.replace("\n", " ")
            shown = metrics.elidedText(line, Qt.TextElideMode.ElideRight, max(main_room, 0))
            painter.setFont(font)
            painter.drawText(rect, flags, shown)
            width = metrics.horizontalAdvance(shown)
        if not detail:
            return
        left = rect.left() + width + DETAIL_GAP
        detail_rect = QRect(left, rect.top(), rect.left() + rect.width() - left, rect.height())
        if detail_rect.width() < min(detail_width, fonts.least_detail):
            return
        painter.setFont(small)
        painter.setPen(detail_colour)
        painter.drawText(detail_rect, flags, small_metrics.elidedText(
            detail, Qt.TextElideMode.ElideRight, detail_rect.width()))

    @staticmethod
    def _draw_spans(painter: QPainter, rect: QRect, font: QFont, spans: tuple[Span, ...],
                    room: int) -> int:
        """The line's italic and bold stretches, elided to ``room``; its width."""
        flags = int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
        x = 0
        for span in spans:
            span_font = _span_font(font, span)
            metrics = QFontMetrics(span_font)
            text = span.text
            advance = metrics.horizontalAdvance(text)
            last = x + advance > room
            if last:
                text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room - x)
                advance = metrics.horizontalAdvance(text)
            painter.setFont(span_font)
            painter.drawText(QRect(rect.left() + x, rect.top(), max(room - x, 0), rect.height()),
                             flags, text)
            x += advance
            if last:
                break
        return x

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        editor = QLineEdit(parent)
        editor.setFrame(False)
        editor.textEdited.connect(lambda _text: self.text_edited.emit())
        self.edited_index = QPersistentModelIndex(index)
        node = _node(index)
        if node is not None:
            editor.setPlaceholderText(placeholder(node))
        return editor

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        if isinstance(editor, QLineEdit):
            text = str(index.data(Qt.ItemDataRole.EditRole) or "")
            # The view calls this again whenever the row changes (an autosave
            # commits mid-typing): leave the cursor alone when nothing differs.
            if editor.text() != text:
                editor.setText(text)
                editor.selectAll()
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        if isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)
