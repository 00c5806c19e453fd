"""View > Next Pane (F6, Ctrl+Tab) and Previous Pane (Shift+F6, Ctrl+Shift+Tab).

The outline takes Tab and Shift+Tab for Indent and Outdent, so from the
tree Tab never moves the keyboard on; these keys do, from anywhere: outline,
editor, preview, then the Checks, Undo History and import report where they
are shown. The order is the window's, left to right; hidden panes (focus
mode, a closed dock) are skipped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from outliner.ui.main_window import MainWindow

NEXT_KEYS = ("F6", "Ctrl+Tab")
PREVIOUS_KEYS = ("Shift+F6", "Ctrl+Shift+Tab")


def panes(window: MainWindow) -> list[tuple[QWidget, QWidget]]:
    """Each pane shown now, with the widget that takes the keyboard in it."""
    editor = window.editor
    field = next((w for w in (editor.text_edit, editor.prose_edit, editor.kind_combo)
                  if w.isVisible()), None)
    candidates: list[tuple[QWidget, QWidget | None]] = [
        (window.pane, window.view),
        (editor, field),
        (window.preview_dock, window.preview),
        (window.checks_dock, window.checks_panel.list),
        (window.history_dock, window.undo_view),
        (window.import_report, window.import_report.rows),
    ]
    return [(pane, target) for pane, target in candidates
            if target is not None and pane.isVisible() and target.isVisible()]


def move_to_pane(window: MainWindow, step: int) -> QWidget | None:
    """Put the keyboard in the next (``step`` 1) or previous (-1) pane;
    the widget given it, or None when no pane is shown."""
    shown = panes(window)
    if not shown:
        return None
    focused = QApplication.focusWidget()
    here = next((i for i, (pane, _target) in enumerate(shown)
                 if focused is not None and (focused is pane or pane.isAncestorOf(focused))),
                None)
    # From outside every pane (the toolbar, say) the first or the last.
    start = -1 if step > 0 else 0
    chosen = ((start if here is None else here) + step) % len(shown)
    target = shown[chosen][1]
    target.setFocus(Qt.FocusReason.TabFocusReason if step > 0
                    else Qt.FocusReason.BacktabFocusReason)
    return target


def install_pane_cycle(window: MainWindow) -> list[QAction]:
    """The two actions, for the View menu (window-wide keys)."""
    translate = QCoreApplication.translate
    made: list[QAction] = []
    for step, text, tip, keys in (
            (1, translate("PaneCycle", "Next &Pane"),
             translate("PaneCycle", "Put the keyboard in the next pane: outline, editor, "
                                    "preview"), NEXT_KEYS),
            (-1, translate("PaneCycle", "Previous P&ane"),
             translate("PaneCycle", "Put the keyboard in the previous pane"), PREVIOUS_KEYS)):
        action = QAction(text, window)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setStatusTip(tip + ".")
        action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False, s=step: move_to_pane(window, s))
        window.addAction(action)
        made.append(action)
    return made


__all__ = ["NEXT_KEYS", "PREVIOUS_KEYS", "install_pane_cycle", "move_to_pane", "panes"]
