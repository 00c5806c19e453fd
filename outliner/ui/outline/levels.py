"""Outline levels as in Word's Outline view.

Alt+Shift+1…9 show levels 1 to 9 (level N shows nodes down to depth N and
closes the nodes at depth N, so what lies deeper is hidden); Alt+Shift+A
shows all; Alt+Shift+Plus and Alt+Shift+Minus open and close the current
node one level at a time, the way Word's Expand and Collapse do.

Only the QTreeView API (setExpanded, isExpanded) and the model's index API
(index, rowCount, hasChildren) are used, so this works over any item model
the view is given.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QTreeView

from outliner.ui.translations import translate

#: Word shows nine outline levels.
LEVELS = 9
#: Shift+digit on a US keyboard, which some platforms report instead of the digit.
_SHIFTED_DIGITS = "!@#$%^&*("


def _children(view: QTreeView, parent: QModelIndex) -> Iterator[QModelIndex]:
    model = view.model()
    for row in range(model.rowCount(parent)):
        yield model.index(row, 0, parent)


def _openable(view: QTreeView, root: QModelIndex | None = None
              ) -> Iterator[tuple[QModelIndex, int]]:
    """Every index under ``root`` (the whole tree when None) that holds rows,
    with its depth below ``root`` (0 for its children), in document order."""
    model = view.model()
    start = QModelIndex() if root is None else root
    stack = [(index, 0) for index in reversed(list(_children(view, start)))]
    while stack:
        index, depth = stack.pop()
        if not model.hasChildren(index):
            continue
        yield index, depth
        stack.extend((child, depth + 1) for child in reversed(list(_children(view, index))))


def show_level(view: QTreeView, level: int) -> None:
    """Show nodes down to ``level`` (1: the top level only), closing the rest."""
    view.scheduleDelayedItemsLayout()  # one relayout for all the changes below
    for index, depth in _openable(view):
        wanted = depth < level - 1
        if view.isExpanded(index) != wanted:
            view.setExpanded(index, wanted)


def show_all(view: QTreeView) -> None:
    """Open every node that holds something."""
    view.scheduleDelayedItemsLayout()
    for index, _depth in _openable(view):
        if not view.isExpanded(index):
            view.setExpanded(index, True)


def expand_current(view: QTreeView) -> None:
    """Show one more level under the current node: open it, or, when it is
    open, the closed nodes at the first level under it that has any."""
    current = view.currentIndex()
    if not current.isValid() or not view.model().hasChildren(current):
        return
    if not view.isExpanded(current):
        view.setExpanded(current, True)
        return
    for depth in range(LEVELS * 8):
        at_depth = [i for i, d in _openable(view, current) if d == depth]
        if not at_depth:
            return
        closed = [i for i in at_depth if not view.isExpanded(i)]
        if closed:
            for index in closed:
                view.setExpanded(index, True)
            return
        if not all(view.isExpanded(i) for i in at_depth):
            return


def collapse_current(view: QTreeView) -> None:
    """Hide one level under the current node: close the deepest open level
    under it, or the node itself when nothing under it is open."""
    current = view.currentIndex()
    if not current.isValid():
        return
    open_inside = [(i, d) for i, d in _openable(view, current) if view.isExpanded(i)
                   and _shown(view, i, current)]
    if open_inside:
        deepest = max(d for _i, d in open_inside)
        for index, depth in open_inside:
            if depth == deepest:
                view.setExpanded(index, False)
    elif view.isExpanded(current):
        view.setExpanded(current, False)
    elif current.parent().isValid():  # a leaf or closed node: close its parent, as Word does
        parent = current.parent()
        view.setExpanded(parent, False)
        view.setCurrentIndex(parent)


def _shown(view: QTreeView, index: QModelIndex, root: QModelIndex) -> bool:
    """Is ``index`` visible, that is every node between it and ``root`` open?"""
    up = index.parent()
    while up.isValid() and up != root:
        if not view.isExpanded(up):
            return False
        up = up.parent()
    return True


def _level_handler(view: QTreeView, level: int) -> Callable[[], None]:
    def handler() -> None:
        show_level(view, level)
    return handler


def level_actions(view: QTreeView) -> list[tuple[str, str, str, list[str],
                                                 Callable[[], None]]]:
    """(name, menu text, tip, keys, handler) of each level action."""
    specs: list[tuple[str, str, str, list[str], Callable[[], None]]] = []
    for level in range(1, LEVELS + 1):
        keys = [f"Alt+Shift+{level}", f"Alt+Shift+{_SHIFTED_DIGITS[level - 1]}"]
        text = translate("OutlineLevels", "Show Level &{level}").format(level=level)
        tip = translate("OutlineLevels", "Show the outline down to level {level}").format(
            level=level)
        specs.append((f"show_level_{level}", text, tip, keys, _level_handler(view, level)))
    specs += [
        ("show_all_levels", translate("OutlineLevels", "Show &All Levels"),
         translate("OutlineLevels", "Show every level of the outline"),
         ["Alt+Shift+A"], lambda: show_all(view)),
        ("expand_current", translate("OutlineLevels", "E&xpand"),
         translate("OutlineLevels", "Show one more level under the current node"),
         ["Alt+Shift++", "Alt+Shift+="], lambda: expand_current(view)),
        ("collapse_current", translate("OutlineLevels", "C&ollapse"),
         translate("OutlineLevels", "Hide one level under the current node"),
         ["Alt+Shift+-", "Alt+Shift+_"], lambda: collapse_current(view)),
    ]
    return specs


def add_level_actions(view: QTreeView, actions: dict[str, QAction]) -> None:
    """Add the level actions to ``view`` (and to ``actions`` by name); their
    keys work in the tree, as Word's work in its Outline view (and as the
    tree's other keys do)."""
    for name, text, tip, keys, handler in level_actions(view):
        action = QAction(text, view)
        action.setObjectName(f"outline_{name}")
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False, h=handler: h())
        view.addAction(action)
        actions[name] = action
