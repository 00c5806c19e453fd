"""The outline view's actions: their keys, tips and icons, and the handlers
behind them.

Each handler plans a core change with ``outliner.core.ops`` and pushes it
through the view's document, so keys, menus and toolbar buttons make the
same moves as a drag and each is one undo step. The view settles the
selection afterwards; the handlers only pick what to select when settling
would not.

These are plain functions of the view rather than an object the view keeps:
such an object (holding the view, held by the view) makes a Python reference
cycle through the widget, and when the garbage collector broke that cycle
the Qt test session crashed with a segmentation fault.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from outliner.core import ops
from outliner.core.changes import Batch, Change
from outliner.core.essay import Node, NodeKind
from outliner.core.rules import TreeError, allowed_kinds_at, kind_change_error
from outliner.core.translatable import QT_TRANSLATE_NOOP
from outliner.ui.icons import kind_icon, named_icon
from outliner.ui.messages import refusal
from outliner.ui.outline.levels import add_level_actions
from outliner.ui.translations import kind_label, translate

if TYPE_CHECKING:
    from outliner.ui.outline.view import OutlineView


def build_actions(view: OutlineView) -> dict[str, QAction]:
    """The view's actions by name, added to the view so their keys work."""
    actions: dict[str, QAction] = {}
    tree = Qt.ShortcutContext.WidgetWithChildrenShortcut
    # Keys an in-place editor also uses act only when the tree itself has focus.
    own = Qt.ShortcutContext.WidgetShortcut
    spec: list[tuple[str, str, str, list[str], str, Qt.ShortcutContext,
                     Callable[[], None]]] = [
        ("move_up", translate("OutlineView", "Move &Up"),
         translate("OutlineView", "Move the selection up (out of its list at the top)"),
         ["Alt+Shift+Up", "Ctrl+Shift+Up"], "move-up", tree, view.move_up),
        ("move_down", translate("OutlineView", "Move &Down"),
         translate("OutlineView", "Move the selection down (out of its list at the end)"),
         ["Alt+Shift+Down", "Ctrl+Shift+Down"], "move-down", tree, view.move_down),
        ("indent", translate("OutlineView", "&Indent"),
         translate("OutlineView", "Put the selection under the node above (Tab)"),
         ["Alt+Shift+Right"], "indent", tree, view.indent),
        ("outdent", translate("OutlineView", "&Outdent"),
         translate("OutlineView", "Move the selection out of its parent (Shift+Tab)"),
         ["Alt+Shift+Left"], "outdent", tree, view.outdent),
        ("add_sibling", translate("OutlineView", "&New Item"),
         translate("OutlineView", "Add a node of the same kind below (Enter)"),
         ["Return", "Enter"], "add-sibling", own, view.add_sibling),
        ("add_child", translate("OutlineView", "New &Child"),
         translate("OutlineView", "Add a child of the likely kind (Insert)"),
         ["Insert", "Ctrl+Return", "Ctrl+Enter"], "add-child", own, view.add_child),
        ("delete", translate("OutlineView", "&Delete"),
         translate("OutlineView", "Delete the selection and what it holds"),
         ["Delete"], "delete", own, view.delete_selected),
        ("rename", translate("OutlineView", "&Rename"),
         translate("OutlineView", "Edit the node's line in place (F2)"),
         ["F2"], "", own, view.rename),
        ("expand_all", translate("OutlineView", "E&xpand All"),
         translate("OutlineView", "Open every node"),
         ["Ctrl+Shift++", "Ctrl+Shift+="], "expand-all", tree, view.expandAll),
        ("collapse_all", translate("OutlineView", "Co&llapse All"),
         translate("OutlineView", "Close every node"),
         ["Ctrl+Shift+-", "Ctrl+Shift+_"], "collapse-all", tree, view.collapseAll),
        ("filter", translate("OutlineView", "&Filter…"),
         translate("OutlineView", "Show only nodes that contain some text (Ctrl+F)"),
         ["Ctrl+F"], "filter", tree, view.filter_requested.emit),
    ]
    for key, text, tip, keys, icon, context, handler in spec:
        action = QAction(text, view)
        action.setObjectName(f"outline_{key}")
        action.setToolTip(f"{tip}")
        action.setStatusTip(tip)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(context)
        if icon:
            action.setIcon(named_icon(icon))
        action.triggered.connect(lambda _checked=False, h=handler: h())
        view.addAction(action)
        actions[key] = action
    add_level_actions(view, actions)  # Alt+Shift+1…9, A, Plus, Minus (outline/levels.py)
    return actions


def fill_kind_menu(view: OutlineView, menu: QMenu) -> None:
    """Refill ``menu`` with every kind; a kind is enabled only when the rules
    allow it for each selected node where that node sits."""
    menu.clear()  # deletes the old actions, which leave the group by themselves
    nodes = view.selected_nodes()
    # One group per menu, made on its first filling: a new one per opening
    # would pile up as children of the menu for as long as it lives.
    group = menu.findChild(QActionGroup)
    if group is None:
        group = QActionGroup(menu)
        group.setExclusive(True)
    current = {n.kind for n in nodes}
    for kind in NodeKind:
        action = menu.addAction(kind_icon(kind), kind_label(kind))
        action.setCheckable(True)
        action.setChecked(current == {kind})
        allowed = bool(nodes) and all(
            kind in allowed_kinds_at(n.parent) and kind_change_error(n, kind) is None
            for n in nodes
        )
        action.setEnabled(allowed)
        group.addAction(action)
        action.triggered.connect(lambda _checked=False, k=kind: view.change_kind(k))
    menu.setEnabled(bool(nodes))


# -- handlers ------------------------------------------------------------------

def _push(view: OutlineView, plan: Callable[[], Change | None]) -> bool:
    """Plan with the core and push; a refusal goes to ``document.refused``."""
    try:
        change = plan()
    except TreeError as exc:
        view.document.refused.emit(refusal(exc))  # in the window's language
        return False
    return view.document.push(change)


def _move(view: OutlineView, plan: Callable[[Sequence[Node]], Change | None]) -> None:
    nodes = view.selected_nodes()
    if not nodes:
        return
    if _push(view, lambda: plan(nodes)) and view.selected_nodes() != nodes:
        view.select_nodes(nodes)  # settling normally has done this already


def move_up(view: OutlineView) -> None:
    """Move the selection up one place (out of its list at the top)."""
    _move(view, lambda nodes: ops.plan_move_up(view.outline_model.essay, nodes))


def move_down(view: OutlineView) -> None:
    """Move the selection down one place (out of its list at the end)."""
    _move(view, lambda nodes: ops.plan_move_down(view.outline_model.essay, nodes))


def indent(view: OutlineView) -> None:
    """Put the selection under the sibling above it."""
    _move(view, lambda nodes: ops.plan_indent(view.outline_model.essay, nodes))


def outdent(view: OutlineView) -> None:
    """Make the selection siblings of its parent."""
    _move(view, lambda nodes: ops.plan_outdent(view.outline_model.essay, nodes))


def add_sibling(view: OutlineView) -> None:
    """A new node of the same kind after the current one, edited in place."""
    essay = view.outline_model.essay
    node = view.current_node()
    made: list[Node] = []

    def plan() -> Change:
        if node is None:
            change, new = ops.plan_new_child(essay, None)
        else:
            change, new = ops.plan_new_sibling(essay, node)
        made.append(new)
        return change

    if _push(view, plan):
        _edit_new(view, made[0])


def add_child(view: OutlineView) -> None:
    """A new last child of the current node, of the likely kind."""
    essay = view.outline_model.essay
    node = view.current_node()
    made: list[Node] = []

    def plan() -> Change:
        change, new = ops.plan_new_child(essay, node)
        made.append(new)
        return change

    if _push(view, plan):
        _edit_new(view, made[0])


def _edit_new(view: OutlineView, node: Node) -> None:
    view.select_nodes([node])
    index = view.outline_model.index_for_node(node)
    view.scrollTo(index)
    view.edit(index)


def delete_selected(view: OutlineView) -> None:
    """Delete the selected nodes with what they hold (undoable)."""
    nodes = view.selected_nodes()
    if nodes:
        _push(view, lambda: ops.plan_delete(view.outline_model.essay, nodes))


def rename(view: OutlineView) -> None:
    """Edit the current node's line in place."""
    index = view.currentIndex()
    if index.isValid():
        view.edit(index)


def change_kind(view: OutlineView, kind: NodeKind) -> None:
    """Give the selected nodes another kind, as one step."""
    nodes = view.selected_nodes()
    essay = view.outline_model.essay

    def plan() -> Change | None:
        changes = [c for c in (ops.plan_set(essay, n, "kind", kind.value) for n in nodes)
                   if c is not None]
        if len(changes) <= 1:
            return changes[0] if changes else None
        return Batch(tuple(changes), QT_TRANSLATE_NOOP("Change", "Change Kind"))

    if nodes and _push(view, plan):
        view.select_nodes(nodes)
