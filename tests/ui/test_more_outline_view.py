"""More of the outline view: the drop indicator's drawing, the drag it starts,
drops from elsewhere, the selection after changes made by others, and random
tree operations through the view's own actions undone and redone."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import (
    QColor,
    QDrag,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QImage,
    QPainter,
)
from PySide6.QtWidgets import QApplication, QStyle, QStyleOption
from pytestqt.qtbot import QtBot

from outliner.core.changes import Remove
from outliner.core.essay import Node
from outliner.ui.document import Document
from outliner.ui.outline.model import ESSAY_TOKEN_MIME, decode_node_ids
from outliner.ui.outline.pane import OutlinePane
from outliner.ui.outline.view import DROP_COLOUR, OutlineView, _DropIndicatorStyle
from tests.support.helpers import shape
from tests.ui.test_outline_model import big_essay, essay_rows, model_rows

MOVE = Qt.DropAction.MoveAction
LEFT = Qt.MouseButton.LeftButton
NONE = Qt.KeyboardModifier.NoModifier


def shown_pane(qtbot: QtBot) -> OutlinePane:
    pane = OutlinePane(Document(big_essay()))
    qtbot.addWidget(pane)
    pane.resize(520, 640)
    pane.show()
    qtbot.waitExposed(pane)
    return pane


@pytest.fixture
def view(qtbot: QtBot) -> Iterator[OutlineView]:
    yield shown_pane(qtbot).view


def node(view: OutlineView, node_id: str) -> Node:
    return view.document.essay.node(node_id)


def ids(nodes: list[Node]) -> list[str]:
    return [n.id for n in nodes]


def children(view: OutlineView, node_id: str) -> list[str]:
    return ids(node(view, node_id).children)


# -- the drop indicator's drawing ----------------------------------------------


def paint_indicator(rect: QRect, element: QStyle.PrimitiveElement | None = None) -> QImage:
    """What the indicator style draws for ``rect`` on a white 120x40 image."""
    image = QImage(120, 40, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    style = _DropIndicatorStyle()
    option = QStyleOption()
    option.rect = rect
    painter = QPainter(image)
    style.drawPrimitive(element or QStyle.PrimitiveElement.PE_IndicatorItemViewItemDrop,
                        option, painter, None)
    painter.end()
    return image


def is_accent(colour: QColor, tolerance: int = 40) -> bool:
    accent = QColor(DROP_COLOUR)
    return (abs(colour.red() - accent.red()) <= tolerance
            and abs(colour.green() - accent.green()) <= tolerance
            and abs(colour.blue() - accent.blue()) <= tolerance)


def painted(image: QImage) -> set[tuple[int, int]]:
    """The pixels that are no longer white."""
    white = QColor(Qt.GlobalColor.white)
    return {(x, y) for x in range(image.width()) for y in range(image.height())
            if image.pixelColor(x, y) != white}


def test_between_rows_the_indicator_is_an_accent_line_with_a_knob(qapp: QApplication) -> None:
    image = paint_indicator(QRect(0, 20, 100, 0))  # a zero-height rect: between two rows
    assert is_accent(image.pixelColor(50, 20))  # the line
    assert is_accent(image.pixelColor(3, 20))  # the knob at its left end
    assert is_accent(image.pixelColor(3, 22))  # the knob is round, taller than the line
    assert not is_accent(image.pixelColor(50, 23))  # the line itself is thin
    assert image.pixelColor(50, 5) == QColor(Qt.GlobalColor.white)
    assert image.pixelColor(110, 20) == QColor(Qt.GlobalColor.white)  # ends at the rect


def test_onto_a_row_the_indicator_is_a_tinted_box(qapp: QApplication) -> None:
    image = paint_indicator(QRect(10, 5, 90, 24))
    centre = image.pixelColor(55, 17)
    # The inside is a faint tint of the accent over the white row, not white.
    assert centre != QColor(Qt.GlobalColor.white)
    assert centre.blue() > centre.red() and centre.red() > 150
    assert is_accent(image.pixelColor(55, 6), tolerance=70)  # the border, near the top
    assert image.pixelColor(55, 35) == QColor(Qt.GlobalColor.white)  # nothing below the box
    assert image.pixelColor(5, 17) == QColor(Qt.GlobalColor.white)  # nor left of it


def test_a_null_indicator_rect_draws_nothing(qapp: QApplication) -> None:
    assert painted(paint_indicator(QRect())) == set()


def test_other_primitives_are_drawn_by_the_base_style(qapp: QApplication) -> None:
    # A focus rect is no business of the indicator: no accent anywhere.
    image = paint_indicator(QRect(10, 5, 90, 24), QStyle.PrimitiveElement.PE_FrameFocusRect)
    assert not any(is_accent(image.pixelColor(x, y), tolerance=20)
                   for x, y in painted(image))


# -- the drag the tree starts ----------------------------------------------


def the_drag(view: OutlineView) -> QDrag:
    """The drag the view made last (Qt deletes it later, in the event loop)."""
    drags = view.findChildren(QDrag)
    assert drags, "no drag was started"
    return drags[-1]


def test_a_drag_carries_the_selected_nodes_and_removes_nothing(view: OutlineView) -> None:
    essay = view.document.essay
    before = shape(essay)
    view.select_nodes([node(view, "n3"), node(view, "n4")])
    view.startDrag(MOVE)
    drag = the_drag(view)
    data = drag.mimeData()
    assert decode_node_ids(data) == ["n3", "n4"]
    assert data.hasFormat(ESSAY_TOKEN_MIME)  # only this essay's tree takes the drop
    # The drag ended without a drop here (offscreen): nothing is removed,
    # as Qt's own ending of a move would do.
    assert shape(essay) == before
    assert view.document.undo_stack.count() == 0
    assert ids(view.selected_nodes()) == ["n3", "n4"]


def test_the_drag_label_says_how_many_more_nodes_go_along(view: OutlineView) -> None:
    view.select_nodes([node(view, "n3")])
    view.startDrag(MOVE)
    one = the_drag(view).pixmap()
    view.select_nodes([node(view, "n3"), node(view, "n4"), node(view, "n5")])
    view.startDrag(MOVE)
    drag = the_drag(view)
    three = drag.pixmap()
    assert not one.isNull() and not three.isNull()
    assert three.width() > one.width()  # "   +2 more"
    assert three.height() == one.height()
    assert drag.hotSpot().x() == 12
    assert drag.hotSpot().y() == three.height() // 2
    image = three.toImage()
    # A rounded label: its corner is left transparent, its middle is opaque.
    assert image.pixelColor(0, 0).alpha() == 0
    middle = image.pixelColor(int(image.width() * 0.9), image.height() // 2)
    assert middle.alpha() > 200


def test_a_long_line_is_cut_short_on_the_drag_label(view: OutlineView) -> None:
    view.select_nodes([node(view, "n3")])
    view.startDrag(MOVE)
    short = the_drag(view).pixmap().width()
    model = view.outline_model
    model.setData(model.index_for_node(node(view, "n3")), "a very long line " * 40)
    view.select_nodes([node(view, "n3")])
    view.startDrag(MOVE)
    long = the_drag(view).pixmap()
    assert short < long.width() / long.devicePixelRatio() <= 16 + 6 + 260 + 16 + 4


def test_no_drag_starts_without_a_selection(view: OutlineView) -> None:
    view.clearSelection()
    assert view.selected_nodes() == []
    view.startDrag(MOVE)
    assert view.findChildren(QDrag) == []


# -- drops that did not start in this tree -------------------------------------


def test_a_drop_from_outside_the_tree_moves_nothing_and_ends_the_indicator(
        view: OutlineView) -> None:
    # An internal-move tree takes only its own drags: data that looks like
    # ours but comes from no drag of this tree is turned away.
    model = view.outline_model
    essay = view.document.essay
    before = shape(essay)
    plain = view.style()
    data = model.mimeData([model.index_for_node(node(view, "n3"))])
    target = view.visualRect(model.index_for_node(node(view, "b1"))).center()
    viewport = view.viewport()
    QApplication.sendEvent(viewport, QDragEnterEvent(target, MOVE, data, LEFT, NONE))
    assert view.style() is view._indicator_style
    moving = QDragMoveEvent(target, MOVE, data, LEFT, NONE)
    QApplication.sendEvent(viewport, moving)
    assert not moving.isAccepted()
    # Qt hands a drop only to the target of a drag in progress, which an
    # offscreen run never has: the tree's handler is called as Qt would.
    drop = QDropEvent(target, MOVE, data, LEFT, NONE)
    view.dropEvent(drop)
    assert not drop.isAccepted()
    assert view.style() is plain  # the drop ends the indicator, taken or not
    assert shape(essay) == before and view.document.undo_stack.count() == 0


# -- the selection after changes made elsewhere ------------------------------


def test_removing_another_node_keeps_the_selection(view: OutlineView) -> None:
    view.select_nodes([node(view, "n3"), node(view, "q3")])
    currents: list[object] = []
    settled: list[bool] = []
    view.current_node_changed.connect(currents.append)
    view.outline_changed.connect(lambda: settled.append(True))
    assert view.document.push(Remove(("n5",), "Remove"))  # not through the tree
    assert "n5" not in children(view, "b3")
    assert ids(view.selected_nodes()) == ["n3", "q3"]
    assert view.current_node() is node(view, "n3")
    assert currents == [] and settled == [True]
    view.document.undo_stack.undo()
    assert children(view, "b3") == ["q3", "n5"]
    assert ids(view.selected_nodes()) == ["n5"]  # what came back is selected


def test_removing_the_selection_elsewhere_selects_the_next_row(view: OutlineView) -> None:
    view.select_nodes([node(view, "n3")])
    assert view.document.push(Remove(("n3",), "Remove"))
    assert ids(view.selected_nodes()) == ["n4"]
    view.select_nodes([node(view, "n4")])
    assert view.document.push(Remove(("n4",), "Remove"))  # the last: the one above
    assert ids(view.selected_nodes()) == ["q2"]
    view.select_nodes([node(view, "n5")])
    assert view.document.push(Remove(("n5",), "Remove"))  # the only one left: the parent
    assert ids(view.selected_nodes()) == ["q3"]
    view.select_nodes([node(view, "q3")])
    assert view.document.push(Remove(("q3",), "Remove"))
    assert ids(view.selected_nodes()) == ["b3"]
    assert view.current_node() is node(view, "b3")


@pytest.mark.parametrize(("selected", "expected"), [
    (["n1", "n2"], "q1"),  # the last two of b1: the one above them
    (["q3", "n5"], "b3"),  # every child of b3: their parent
])
def test_deleting_several_rows_selects_what_remains(
        view: OutlineView, selected: list[str], expected: str) -> None:
    view.select_nodes([node(view, i) for i in selected])
    view.setFocus()
    view.actions["delete"].trigger()
    assert not any(view.document.essay.find(i) for i in selected)
    assert view.current_node() is node(view, expected)
    assert ids(view.selected_nodes()) == [expected]


def test_commit_pending_edit_without_an_editor_changes_nothing(view: OutlineView) -> None:
    essay = view.document.essay
    before = shape(essay)
    view.select_nodes([node(view, "n3")])
    view.commit_pending_edit()
    view.commit_pending_edit(close=False)
    assert shape(essay) == before and view.document.undo_stack.count() == 0


# -- random operations through the view's actions ----------------------------

MOVES = ("move_up", "move_down", "indent", "outdent", "delete")
steps = st.lists(st.tuples(st.sampled_from(MOVES), st.integers(0, 200),
                           st.integers(1, 3)), min_size=1, max_size=6)


@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(plan=steps)
def test_actions_on_random_selections_undo_back_to_the_essay(
        qtbot: QtBot, plan: list[tuple[str, int, int]]) -> None:
    pane = OutlinePane(Document(big_essay()))
    qtbot.addWidget(pane)
    view = pane.view
    document = view.document
    essay = document.essay
    stack = document.undo_stack
    history = [shape(essay)]
    refused: list[str] = []
    document.refused.connect(refused.append)
    for name, at, count in plan:
        nodes = list(essay.walk())
        if not nodes:
            break
        first = at % len(nodes)
        # Siblings in a row: what a shift-click selects.
        siblings = essay.children_of(nodes[first].parent)
        start = siblings.index(nodes[first])
        chosen = siblings[start:start + count]
        view.select_nodes(chosen)
        pushed = stack.count()
        view.actions[name].trigger()
        if stack.count() == pushed:  # refused: nothing changed, and it says why
            assert shape(essay) == history[-1]
            assert refused
        else:
            assert stack.count() == pushed + 1  # one step per action
            history.append(shape(essay))
            if name != "delete":  # the moved nodes stay selected
                assert view.selected_nodes() == chosen
        assert model_rows(view.outline_model) == essay_rows(essay)
    for expected in reversed(history[:-1]):
        stack.undo()
        assert shape(essay) == expected
        assert model_rows(view.outline_model) == essay_rows(essay)
    while stack.canRedo():
        stack.redo()
    assert shape(essay) == history[-1]
    assert model_rows(view.outline_model) == essay_rows(essay)
    pane.close()
