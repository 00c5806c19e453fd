"""The outline view and pane driven by real key presses on real widgets.

Each key runs through Qt's shortcut and key handling on a focused, shown
view (offscreen), then the step is undone and redone through the document's
undo stack and the whole tree (ids, order, depth, fields) is compared.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import (
    QActionGroup,
    QColor,
    QContextMenuEvent,
    QDragEnterEvent,
    QDragLeaveEvent,
    QImage,
)
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QMenu
from pytestqt.qtbot import QtBot

from outliner.core.essay import Node, NodeKind
from outliner.ui.document import Document
from outliner.ui.icons import icon_path, kind_icon, named_icon
from outliner.ui.outline.pane import OutlinePane
from outliner.ui.outline.view import OutlineView
from tests.support.helpers import K, shape, small_essay
from tests.ui.test_outline_model import big_essay

ALT_SHIFT = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier
NONE = Qt.KeyboardModifier.NoModifier


@pytest.fixture
def pane(qtbot: QtBot) -> Iterator[OutlinePane]:
    pane = OutlinePane(Document(big_essay()))
    qtbot.addWidget(pane)
    pane.resize(520, 640)
    pane.show()
    qtbot.waitExposed(pane)
    pane.activateWindow()
    pane.view.setFocus()
    # The model is checked by Qt's own tester through every key and drop.
    tester = QAbstractItemModelTester(
        pane.view.outline_model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    yield pane
    del tester


@pytest.fixture
def view(pane: OutlinePane) -> OutlineView:
    return pane.view


def node(view: OutlineView, node_id: str) -> Node:
    return view.document.essay.node(node_id)


def ids(nodes: list[Node]) -> list[str]:
    return [n.id for n in nodes]


def children(view: OutlineView, node_id: str | None) -> list[str]:
    essay = view.document.essay
    return ids(essay.children_of(essay.node(node_id) if node_id else None))


def select(view: OutlineView, *node_ids: str) -> None:
    view.select_nodes([node(view, i) for i in node_ids])
    view.setFocus()
    assert ids(view.selected_nodes()) == sorted(node_ids, key=_order(view))


def _order(view: OutlineView) -> Callable[[str], int]:
    return {n.id: i for i, n in enumerate(view.document.essay.walk())}.__getitem__


def finish_editing(view: OutlineView, qtbot: QtBot) -> None:
    """The delegate commits and closes its editor through a queued call."""
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)


# -- keys: each step checked, undone and redone -------------------------------

KEY_CASES = [
    # (selected, key, modifiers, parent to look at, its children afterwards)
    (["b2"], Qt.Key.Key_Up, ALT_SHIFT, None, ["intro", "b2", "b1", "b3", "concl"]),
    (["b2"], Qt.Key.Key_Up, CTRL_SHIFT, None, ["intro", "b2", "b1", "b3", "concl"]),
    (["b2"], Qt.Key.Key_Down, ALT_SHIFT, None, ["intro", "b1", "b3", "b2", "concl"]),
    (["b2"], Qt.Key.Key_Down, CTRL_SHIFT, None, ["intro", "b1", "b3", "b2", "concl"]),
    (["n3", "n4"], Qt.Key.Key_Up, ALT_SHIFT, "b2", ["n3", "n4", "q2"]),
    # At the top of its list a move up leaves the list (an outdent).
    (["n1a"], Qt.Key.Key_Up, ALT_SHIFT, "b1", ["q1", "n1a", "n1", "n2"]),
    (["n2"], Qt.Key.Key_Right, ALT_SHIFT, "n1", ["n1a", "n2"]),
    (["n2"], Qt.Key.Key_Tab, NONE, "n1", ["n1a", "n2"]),
    (["n1a"], Qt.Key.Key_Left, ALT_SHIFT, "b1", ["q1", "n1", "n1a", "n2"]),
    (["n1a"], Qt.Key.Key_Backtab, SHIFT, "b1", ["q1", "n1", "n1a", "n2"]),
    (["b2"], Qt.Key.Key_Delete, NONE, None, ["intro", "b1", "b3", "concl"]),
]


@pytest.mark.parametrize(("selected", "key", "mods", "parent", "expected"), KEY_CASES)
def test_key_moves_are_one_undoable_step(
    view: OutlineView, qtbot: QtBot, selected: list[str], key: Qt.Key,
    mods: Qt.KeyboardModifier, parent: str | None, expected: list[str],
) -> None:
    essay = view.document.essay
    stack = view.document.undo_stack
    select(view, *selected)
    before = shape(essay)
    qtbot.keyClick(view, key, mods)
    assert children(view, parent) == expected
    after = shape(essay)
    assert stack.count() == 1
    if key != Qt.Key.Key_Delete:
        assert ids(view.selected_nodes()) == selected  # the moved nodes stay selected
    stack.undo()
    assert shape(essay) == before
    assert ids(view.selected_nodes()) == selected
    stack.redo()
    assert shape(essay) == after


def test_refused_move_reports_and_changes_nothing(view: OutlineView, qtbot: QtBot) -> None:
    refusals: list[str] = []
    view.document.refused.connect(refusals.append)
    before = shape(view.document.essay)
    select(view, "intro")
    qtbot.keyClick(view, Qt.Key.Key_Up, ALT_SHIFT)
    select(view, "q2")
    qtbot.keyClick(view, Qt.Key.Key_Up, ALT_SHIFT)  # would put a quote at the top level
    qtbot.keyClick(view, Qt.Key.Key_Insert)  # a quotation holds nothing
    assert refusals == ["Already first in the outline.",
                        "A quotation cannot go inside the top level.",
                        "A quote cannot hold anything."]
    assert shape(view.document.essay) == before
    assert view.document.undo_stack.count() == 0


def test_enter_adds_a_sibling_and_edits_it_in_place(view: OutlineView, qtbot: QtBot) -> None:
    essay = view.document.essay
    stack = view.document.undo_stack
    select(view, "n3")
    before = shape(essay)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert len(children(view, "b2")) == 4
    new = essay.node(children(view, "b2")[2])
    assert new.kind is NodeKind.NOTE and new.text == ""
    assert view.state() == QAbstractItemView.State.EditingState
    assert view.current_node() is new
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "the Gallery")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    finish_editing(view, qtbot)
    assert new.text == "the Gallery"
    assert stack.count() == 2  # the add, then the text
    after = shape(essay)
    stack.undo()
    stack.undo()
    assert shape(essay) == before
    stack.redo()
    stack.redo()
    assert shape(essay) == after


@pytest.mark.parametrize(("key", "mods"), [(Qt.Key.Key_Insert, NONE),
                                           (Qt.Key.Key_Return, CTRL)])
def test_insert_adds_a_child_of_the_likely_kind(
    view: OutlineView, qtbot: QtBot, key: Qt.Key, mods: Qt.KeyboardModifier
) -> None:
    essay = view.document.essay
    select(view, "b3")
    before = shape(essay)
    qtbot.keyClick(view, key, mods)
    added = children(view, "b3")
    assert len(added) == 3 and essay.node(added[-1]).kind is NodeKind.NOTE
    assert view.state() == QAbstractItemView.State.EditingState
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    finish_editing(view, qtbot)
    after = shape(essay)
    view.document.undo_stack.undo()
    assert shape(essay) == before
    view.document.undo_stack.redo()
    assert shape(essay) == after and children(view, "b3") == added


def test_f2_edits_the_line_in_place_as_one_step(view: OutlineView, qtbot: QtBot) -> None:
    essay = view.document.essay
    select(view, "n5")
    before = shape(essay)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == "Tommy's animals"
    editor.selectAll()
    qtbot.keyClicks(editor, "Tommy draws animals")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    finish_editing(view, qtbot)
    assert node(view, "n5").text == "Tommy draws animals"
    after = shape(essay)
    view.document.undo_stack.undo()
    assert shape(essay) == before
    view.document.undo_stack.redo()
    assert shape(essay) == after


def test_delete_then_undo_restores_nodes_and_selects_them(
    view: OutlineView, qtbot: QtBot
) -> None:
    essay = view.document.essay
    select(view, "n2", "b3")
    before = shape(essay)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert len(essay) == 16 - 1 - 3
    assert view.current_node() is essay.node("concl")  # the next row takes over
    view.document.undo_stack.undo()
    assert shape(essay) == before
    assert ids(view.selected_nodes()) == ["n2", "b3"]


# -- selection, expansion, signals ------------------------------------------


def test_expansion_is_kept_by_node_across_moves_and_undo(view: OutlineView, qtbot: QtBot) -> None:
    model = view.outline_model
    view.collapse(model.index_for_node(node(view, "b1")))
    select(view, "b1")
    qtbot.keyClick(view, Qt.Key.Key_Down, ALT_SHIFT)
    assert children(view, None)[2] == "b1"
    assert not view.isExpanded(model.index_for_node(node(view, "b1")))
    assert view.isExpanded(model.index_for_node(node(view, "n1")))  # kept open inside
    assert view.isExpanded(model.index_for_node(node(view, "b2")))
    view.document.undo_stack.undo()
    assert not view.isExpanded(model.index_for_node(node(view, "b1")))
    assert ids(view.selected_nodes()) == ["b1"]


def test_current_node_signal_fires_once_not_per_row(view: OutlineView, qtbot: QtBot) -> None:
    select(view, "n3")
    currents: list[object] = []
    selections: list[list[Node]] = []
    view.current_node_changed.connect(currents.append)
    view.selection_changed_nodes.connect(selections.append)
    qtbot.keyClick(view, Qt.Key.Key_Up, ALT_SHIFT)  # n3 moves; it stays current
    assert currents == [] and selections == []
    qtbot.keyClick(view, Qt.Key.Key_Down)  # plain arrow: the next row
    assert currents == [node(view, "q2")]
    assert [ids(s) for s in selections] == [["q2"]]


def test_kind_menu_offers_only_kinds_allowed_where_the_node_sits(view: OutlineView) -> None:
    def offered(node_id: str) -> list[str]:
        select(view, node_id)
        menu = view.kind_menu()
        return [a.text() for a in menu.actions() if a.isEnabled()]

    assert offered("n3") == ["Quotation", "Note"]
    assert offered("thesis") == ["Thesis", "Quotation", "Note"]
    # A body holding a quote and notes can only become what may hold them.
    assert offered("b1") == ["Introduction", "Body paragraph", "Conclusion", "Section"]
    # n1 holds a note, so it cannot become a quotation.
    assert offered("n1") == ["Note"]


def test_change_kind_from_the_menu_is_undoable(view: OutlineView) -> None:
    select(view, "n3", "n4")
    menu = view.kind_menu()
    quote = next(a for a in menu.actions() if a.text() == "Quotation")
    quote.trigger()
    assert [node(view, i).kind for i in ("n3", "n4")] == [K.QUOTE, K.QUOTE]
    assert view.document.undo_stack.count() == 1
    view.document.undo_stack.undo()
    assert [node(view, i).kind for i in ("n3", "n4")] == [K.NOTE, K.NOTE]


def test_kind_menu_keeps_one_action_group(view: OutlineView) -> None:
    select(view, "n3")
    menu = view.kind_menu()
    for _ in range(50):
        menu.aboutToShow.emit()
    [group] = menu.findChildren(QActionGroup)
    assert len(menu.actions()) == len(group.actions()) == len(K)
    quote = next(a for a in menu.actions() if a.text() == "Quotation")
    quote.trigger()
    assert node(view, "n3").kind is K.QUOTE


def test_actions_are_complete_and_bound_to_the_tree(view: OutlineView) -> None:
    names = {"move_up", "move_down", "indent", "outdent", "add_sibling", "add_child",
             "delete", "rename", "expand_all", "collapse_all", "filter",
             *(f"show_level_{n}" for n in range(1, 10)), "show_all_levels",
             "expand_current", "collapse_current"}  # the last ones: outline/levels.py
    assert set(view.actions) == names
    for name, action in view.actions.items():
        assert action.text() and action.toolTip()
        assert action.shortcuts(), name
        assert action.shortcutContext() in (Qt.ShortcutContext.WidgetShortcut,
                                            Qt.ShortcutContext.WidgetWithChildrenShortcut)
    assert view.actions["move_up"].shortcuts()[1].toString() == "Ctrl+Shift+Up"
    # Change Kind is a menu of kinds, not a plain action.
    kinds = view.kind_menu()
    assert kinds.title() == "Change &Kind" and len(kinds.actions()) == len(K)


def test_set_document_shows_the_new_essay(view: OutlineView) -> None:
    old = view.document
    view.set_document(Document(small_essay()))
    assert old.essay.listener is None
    assert view.outline_model.rowCount() == 4
    select(view, "b2")
    view.actions["move_up"].trigger()
    assert children(view, None) == ["intro", "b2", "b1", "concl"]
    assert old.undo_stack.count() == 0 and view.document.undo_stack.count() == 1


# -- the filter ----------------------------------------------------------------


def visible_ids(view: OutlineView) -> list[str]:
    model = view.outline_model
    shown: list[str] = []

    def visit(parent: QModelIndex) -> None:
        for row in range(model.rowCount(parent)):
            if view.isRowHidden(row, parent):
                continue
            index = model.index(row, 0, parent)
            shown.append(model.node_for_index(index).id)
            visit(index)

    visit(QModelIndex())
    return shown


def test_filter_hides_non_matching_rows_and_opens_ancestors(
    pane: OutlinePane, qtbot: QtBot
) -> None:
    view = pane.view
    view.collapseAll()
    qtbot.keyClick(view, Qt.Key.Key_F, CTRL)
    assert pane.filter_edit.isVisible() and pane.filter_edit.hasFocus()
    qtbot.keyClicks(pane.filter_edit, "RUTH")  # case-insensitive; text and notes
    assert visible_ids(view) == ["b1", "q1", "n1", "n1a"]
    assert view.isExpanded(view.outline_model.index_for_node(node(view, "n1")))
    pane.filter_edit.setText("255")  # a cite
    assert visible_ids(view) == ["b3", "q3"]
    # An edit that makes another node match shows it at once.
    view.outline_model.setData(view.outline_model.index_for_node(node(view, "n6")), "p. 255")
    assert visible_ids(view) == ["b3", "q3", "concl", "n6"]
    qtbot.keyClick(pane.filter_edit, Qt.Key.Key_Escape)
    assert not pane.filter_edit.isVisible() and pane.filter_edit.text() == ""
    assert len(visible_ids(view)) == 16


def test_moves_work_while_filtering(pane: OutlinePane, qtbot: QtBot) -> None:
    view = pane.view
    pane.open_filter()
    pane.filter_edit.setText("hope")
    assert visible_ids(view) == ["b2"]
    select(view, "b2")
    qtbot.keyClick(view, Qt.Key.Key_Up, ALT_SHIFT)
    assert children(view, None) == ["intro", "b2", "b1", "b3", "concl"]
    assert visible_ids(view) == ["b2"] and ids(view.selected_nodes()) == ["b2"]


# -- looks -------------------------------------------------------------------


def test_every_kind_has_its_own_legible_icon(qapp: QApplication) -> None:
    images: dict[str, QImage] = {}
    for kind in NodeKind:
        assert icon_path(kind.value).is_file(), kind
        image = kind_icon(kind).pixmap(16, 16).toImage()
        opaque = sum(1 for x in range(16) for y in range(16)
                     if image.pixelColor(x, y).alpha() > 200)
        assert opaque > 100, kind  # a solid badge, not a faint outline
        images[kind.value] = image
    images["body-drafted"] = kind_icon(NodeKind.BODY, drafted=True).pixmap(16, 16).toImage()
    names = list(images)
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            assert images[a] != images[b], (a, b)
    for name in ("move-up", "move-down", "indent", "outdent", "add-sibling", "add-child",
                 "delete", "expand-all", "collapse-all", "filter", "change-kind"):
        assert not named_icon(name).isNull(), name


def test_thesis_row_is_tinted_and_plain_rows_are_not(view: OutlineView) -> None:
    view.clearSelection()
    view.setCurrentIndex(QModelIndex())
    model = view.outline_model
    image = view.viewport().grab().toImage()
    base = view.palette().base().color()

    def pixel(node_id: str) -> QColor:
        rect = view.visualRect(model.index_for_node(node(view, node_id)))
        return image.pixelColor(rect.right() - 12, rect.center().y())

    thesis = pixel("thesis")
    assert thesis != base and thesis.red() > thesis.blue()  # the thesis's warm band
    assert pixel("n3") == base


def test_tooltip_names_the_kind_and_shows_the_whole_line(view: OutlineView) -> None:
    model = view.outline_model
    essay = view.document.essay
    long_text = "a <long> line " * 20
    model.setData(model.index_for_node(essay.node("n3")), long_text)
    tip = model.index_for_node(essay.node("n3")).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("<b>Note</b>")
    assert "a &lt;long&gt; line" in tip and tip.count("line") == 20
    quote_tip = model.index_for_node(essay.node("q2")).data(Qt.ItemDataRole.ToolTipRole)
    assert "Page: 153" in quote_tip


def test_a_node_added_while_filtering_stays_visible(pane: OutlinePane, qtbot: QtBot) -> None:
    view = pane.view
    pane.open_filter()
    pane.filter_edit.setText("hope")
    select(view, "b2")
    qtbot.keyClick(view, Qt.Key.Key_Insert)
    new_id = children(view, "b2")[-1]
    assert visible_ids(view) == ["b2", new_id]  # the empty new note does not vanish
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    finish_editing(view, qtbot)
    pane.filter_edit.setText("hopes")  # a new filter forgets it
    assert visible_ids(view) == []


def test_an_edit_does_not_hide_the_row_being_edited(pane: OutlinePane, qtbot: QtBot) -> None:
    from outliner.core.ops import plan_set

    view = pane.view
    pane.open_filter()
    pane.filter_edit.setText("hope")
    select(view, "b2")
    essay = view.document.essay
    for text in ("Hop", "Ho", "Deferral"):  # typing in the editor: one push per key
        assert view.document.push(plan_set(essay, essay.node("b2"), "text", text, merge=True))
        assert visible_ids(view) == ["b2"]
    QApplication.processEvents()  # the deferred full filter runs
    assert visible_ids(view) == ["b2"] and view.current_node() is node(view, "b2")
    pane.filter_edit.setText("deferral")  # a new filter applies to it as to any row
    assert visible_ids(view) == ["b2"]
    pane.filter_edit.setText("hope")
    assert visible_ids(view) == []


def test_context_menu_offers_the_tree_actions(view: OutlineView, qtbot: QtBot) -> None:
    model = view.outline_model
    rect = view.visualRect(model.index_for_node(node(view, "n3")))
    seen: list[str] = []

    def read_and_close() -> None:
        popup = QApplication.activePopupWidget()
        assert isinstance(popup, QMenu)
        seen.extend(a.text() for a in popup.actions() if not a.isSeparator())
        popup.close()

    QTimer.singleShot(0, read_and_close)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, rect.center(),
                              view.viewport().mapToGlobal(rect.center()))
    QApplication.sendEvent(view.viewport(), event)
    qtbot.waitUntil(lambda: bool(seen))
    assert ids(view.selected_nodes()) == ["n3"]  # right-click selects the row
    assert seen == ["&New Item", "New &Child", "&Rename", "Change &Kind", "Move &Up",
                    "Move &Down", "&Indent", "&Outdent", "&Delete", "E&xpand All",
                    "Co&llapse All", "&Filter…"]


def test_drop_indicator_style_is_on_only_while_something_is_dragged_over(
        view: OutlineView) -> None:
    # A Python style is called for every primitive of every painted row, so
    # the tree uses its own only during a drag (it draws the drop indicator).
    model = view.outline_model
    plain = view.style()
    data = model.mimeData([model.index_for_node(node(view, "n3"))])
    target = view.visualRect(model.index_for_node(node(view, "b1"))).center()
    move = Qt.DropAction.MoveAction
    enter = QDragEnterEvent(target, move, data, Qt.MouseButton.LeftButton, NONE)
    QApplication.sendEvent(view.viewport(), enter)
    assert view.style() is view._indicator_style
    QApplication.sendEvent(view.viewport(), QDragLeaveEvent())
    assert view.style() is plain
    # (A drop ends it too: the real drags of test_real_drag.py show that.)

def test_a_note_indented_under_an_empty_note_shows_under_it(
        view: OutlineView, qtbot: QtBot) -> None:
    # An empty container tells the view it has no rows (its relayout is
    # cheaper); getting its first row must open it all the same.
    model = view.outline_model
    n3, n4 = node(view, "n3"), node(view, "n4")
    flags = Qt.ItemFlag.ItemNeverHasChildren
    assert model.flags(model.index_for_node(n3)) & flags
    view.select_nodes([n4])
    view.actions["indent"].trigger()
    qtbot.waitUntil(lambda: n4.parent is n3)
    index = model.index_for_node(n3)
    assert not model.flags(index) & flags
    assert view.isExpanded(index)
    assert view.visualRect(model.index_for_node(n4)).isValid()
    assert view.selected_nodes() == [n4]
    view.document.undo_stack.undo()
    assert n4.parent is node(view, "b2")
    assert model.flags(model.index_for_node(n3)) & flags


def test_row_height_follows_the_font(view: OutlineView) -> None:
    # The delegate keeps size hints it has worked out; a bigger font is a new one.
    index = view.outline_model.index_for_node(node(view, "b1"))
    before = view.sizeHintForIndex(index).height()
    font = view.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    view.setFont(font)
    assert view.sizeHintForIndex(index).height() > before
