"""The main window's actions, menus and toolbar.

Built once per window from what the window already holds (its document's
file actions, the tree's actions, the docks). Strings keep the window's
translation context, "MainWindow", where they were first translated.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QStyle, QToolBar

from outliner.io import formats
from outliner.ui.clipboard import build_clipboard_actions
from outliner.ui.dialogs.help import add_shortcut_tooltips, show_about
from outliner.ui.find_dialog import install_find
from outliner.ui.focus_mode import FocusMode
from outliner.ui.icons import drawn_icon
from outliner.ui.identity import APPLICATION
from outliner.ui.inline_format import add_format_actions, toggle_focused
from outliner.ui.outline.levels import LEVELS
from outliner.ui.pane_cycle import install_pane_cycle
from outliner.ui.start_page import TEMPLATES
from outliner.ui.translations import format_word, translate

if TYPE_CHECKING:
    from outliner.ui.main_window import MainWindow

#: The tree's actions in the order the Outline menu and toolbar show them.
TREE_ACTIONS: tuple[str, ...] = (
    "move_up", "move_down", "indent", "outdent", "add_sibling", "add_child", "delete", "rename")

#: Fallback icons (theme name, QStyle icon) for actions without their own.
ICONS: dict[str, tuple[str, QStyle.StandardPixmap]] = {
    "new": ("document-new", QStyle.StandardPixmap.SP_FileIcon),
    "open": ("document-open", QStyle.StandardPixmap.SP_DialogOpenButton),
    "save": ("document-save", QStyle.StandardPixmap.SP_DialogSaveButton),
    "undo": ("edit-undo", QStyle.StandardPixmap.SP_ArrowBack),
    "redo": ("edit-redo", QStyle.StandardPixmap.SP_ArrowForward),
    "move_up": ("go-up", QStyle.StandardPixmap.SP_ArrowUp),
    "move_down": ("go-down", QStyle.StandardPixmap.SP_ArrowDown),
    "indent": ("format-indent-more", QStyle.StandardPixmap.SP_ArrowRight),
    "outdent": ("format-indent-less", QStyle.StandardPixmap.SP_ArrowLeft),
    "add_sibling": ("list-add", QStyle.StandardPixmap.SP_FileDialogNewFolder),
    "add_child": ("list-add", QStyle.StandardPixmap.SP_FileDialogNewFolder),
    "delete": ("edit-delete", QStyle.StandardPixmap.SP_TrashIcon),
    "export": ("document-export", QStyle.StandardPixmap.SP_DriveFDIcon),
    "draft": ("document-edit", QStyle.StandardPixmap.SP_FileDialogDetailedView),
}

_FALLBACK_KEYS: dict[QKeySequence.StandardKey, list[QKeySequence]] = {
    QKeySequence.StandardKey.Quit: [QKeySequence("Ctrl+Q")],
}

Key = QKeySequence | QKeySequence.StandardKey | str | None


def window_icon(window: MainWindow, name: str) -> QIcon:
    """The theme's icon for ``name``, else the drawn one, else the style's."""
    theme, fallback = ICONS[name]
    if QIcon.hasThemeIcon(theme):
        return QIcon.fromTheme(theme)
    drawn = drawn_icon(name, window.palette())
    return drawn if not drawn.isNull() else window.style().standardIcon(fallback)


def add_action(window: MainWindow, name: str, text: str, slot: Callable[[], object],
               key: Key = None, tip: str = "") -> QAction:
    """An action of the window, entered in ``actions_by_name`` as ``name``."""
    action = QAction(text, window)
    if name in ICONS:
        action.setIcon(window_icon(window, name))
    if isinstance(key, QKeySequence.StandardKey):
        # Some platforms bind no key to Quit; Ctrl+Q is what people expect.
        bindings = QKeySequence.keyBindings(key) or _FALLBACK_KEYS.get(key, [])
        action.setShortcuts(bindings)
    elif key is not None:
        action.setShortcuts([QKeySequence(key)])
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(tip.rstrip("."))
    action.triggered.connect(lambda _checked=False: slot())
    window.actions_by_name[name] = action
    return action


def build_actions(window: MainWindow) -> None:
    """The window's own actions (File, Essay, Help, Undo and Redo)."""
    SK = QKeySequence.StandardKey
    w = window

    def a(name: str, text: str, slot: Callable[[], object], key: Key = None,
          tip: str = "") -> None:
        add_action(w, name, text, slot, key, tip)

    a("new", translate("MainWindow", "&New"), w.files.new_file, SK.New,
      translate("MainWindow",
                "Start a new essay: blank, from a template or from a pasted draft."))
    a("new_clipboard", translate("MainWindow", "New from &Clipboard"),
      w.new_essay.from_clipboard, None,
      translate("MainWindow",
                "Import the draft on the clipboard, as a text or Markdown file is imported."))
    for item in TEMPLATES:
        a(f"template_{item.key}", item.shown_title(),
          partial(w.new_essay.from_template, item.key), None, item.shown_blurb())
    a("open", translate("MainWindow", "&Open…"), w.files.open_file, SK.Open,
      translate("MainWindow", "Open an essay or import a draft."))
    a("save", translate("MainWindow", "&Save"), w.files.save, SK.Save,
      translate("MainWindow", "Save the essay."))
    a("save_as", translate("MainWindow", "Save &As…"), w.files.save_as, SK.SaveAs,
      translate("MainWindow", "Save the essay under a new name."))
    a("properties", translate("MainWindow", "Essay &Properties…"), w.edit_properties,
      "Ctrl+Alt+P",
      translate("MainWindow", "Title, author, course, date, citation style and sources."))
    a("sources", translate("MainWindow", "&Sources…"), w.edit_sources, "Ctrl+Alt+S",
      translate("MainWindow",
                "The works the essay cites: add, edit, remove (also from BibTeX, CSL-JSON, "
                "RIS with `outliner sources add`)."))
    a("close", translate("MainWindow", "&Close"), w.close, SK.Close,
      translate("MainWindow", "Close this window."))
    a("quit", translate("MainWindow", "&Quit"), QApplication.closeAllWindows, SK.Quit,
      translate("MainWindow", "Quit {name}.").format(name=APPLICATION))
    a("shortcuts", translate("MainWindow", "&Keyboard Shortcuts"), w.show_shortcuts,
      SK.HelpContents, translate("MainWindow", "Every keyboard shortcut."))
    a("about", translate("MainWindow", "&About {name}").format(name=APPLICATION),
      lambda: show_about(w))
    undo = w.undo_group.createUndoAction(w, translate("MainWindow", "&Undo"))
    undo.setShortcuts(QKeySequence.keyBindings(SK.Undo))
    undo.setIcon(window_icon(w, "undo"))
    redo = w.undo_group.createRedoAction(w, translate("MainWindow", "&Redo"))
    redo.setShortcuts(QKeySequence.keyBindings(SK.Redo))
    redo.setIcon(window_icon(w, "redo"))
    for action in (undo, redo):
        action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    w.actions_by_name["undo"] = undo
    w.actions_by_name["redo"] = redo
    tree = w.view.actions
    if "filter" in tree and tree["filter"].shortcut().isEmpty():
        tree["filter"].setShortcuts(QKeySequence.keyBindings(SK.Find))
    for name in TREE_ACTIONS:
        if name in tree and tree[name].icon().isNull() and name in ICONS:
            tree[name].setIcon(window_icon(w, name))


def build_menus(window: MainWindow) -> None:
    """File, Edit, Format, Outline, Essay, View and Help."""
    w = window
    acts = w.actions_by_name
    bar = w.menuBar()
    file_menu = bar.addMenu(translate("MainWindow", "&File"))
    file_menu.addAction(acts["new"])
    templates = file_menu.addMenu(translate("MainWindow", "New from &Template"))
    templates.addActions([acts[f"template_{item.key}"] for item in TEMPLATES])
    file_menu.addActions([acts["new_clipboard"], acts["open"]])
    w.recent_menu = file_menu.addMenu(translate("MainWindow", "Open &Recent"))
    w.recent_menu.aboutToShow.connect(lambda: w.files.fill_recent_menu(w.recent_menu))
    file_menu.addSeparator()
    file_menu.addActions([acts["save"], acts["save_as"]])
    w.export_menu = _export_menu(w, file_menu)
    file_menu.addSeparator()
    file_menu.addSeparator()
    file_menu.addActions([acts["close"], acts["quit"]])

    edit_menu = bar.addMenu(translate("MainWindow", "&Edit"))
    w.edit_menu = edit_menu
    edit_menu.addActions([acts["undo"], acts["redo"]])
    edit_menu.addSeparator()
    edit_menu.addActions(build_clipboard_actions(w))
    edit_menu.addSeparator()
    edit_menu.addActions(install_find(w))
    if "filter" in w.view.actions:
        edit_menu.addSeparator()
        edit_menu.addAction(w.view.actions["filter"])

    _format_menu(w)
    w.outline_menu = _outline_menu(w)

    essay_menu = bar.addMenu(translate("MainWindow", "E&ssay"))
    essay_menu.addActions([acts["properties"], acts["sources"]])

    view_menu = bar.addMenu(translate("MainWindow", "&View"))
    for name in ("expand_all", "collapse_all"):
        if name in w.view.actions:
            view_menu.addAction(w.view.actions[name])
    _levels_menu(w, view_menu)
    view_menu.addSeparator()
    w.focus_mode = FocusMode(w)
    view_menu.addAction(w.focus_mode.action)
    acts["focus_mode"] = w.focus_mode.action
    view_menu.addSeparator()
    preview = w.preview_dock.toggleViewAction()
    preview.setText(translate("MainWindow", "&Preview"))
    preview.setShortcut(QKeySequence("Ctrl+Alt+V"))
    history = w.history_dock.toggleViewAction()
    history.setText(translate("MainWindow", "Undo &History"))
    history.setShortcut(QKeySequence("Ctrl+Alt+H"))
    checks = w.checks_dock.toggleViewAction()
    checks.setText(translate("MainWindow", "&Checks"))
    checks.setShortcut(QKeySequence("Ctrl+Alt+K"))
    view_menu.addActions([preview, history, checks])
    acts["toggle_preview"] = preview
    acts["toggle_history"] = history
    acts["toggle_checks"] = checks
    _pane_keys(w, view_menu)

    help_menu = bar.addMenu(translate("MainWindow", "&Help"))
    help_menu.addActions([acts["shortcuts"], acts["about"]])


def _pane_keys(window: MainWindow, view_menu: QMenu) -> None:
    """View > Toolbar, Next Pane (F6) and Previous Pane (Shift+F6), and
    what a screen reader calls the docks."""
    # The toolbar is built after the menus; its entry goes above this line.
    window.view_menu, window.panes_line = view_menu, view_menu.addSeparator()
    for action, name in zip(install_pane_cycle(window), ("next_pane", "previous_pane"),
                            strict=True):
        view_menu.addAction(action)
        window.actions_by_name[name] = action
    for dock, about in (
            (window.preview_dock, translate("MainWindow", "The essay as it will read")),
            (window.history_dock,
             translate("MainWindow", "Every change, to undo or redo back to")),
            (window.checks_dock, translate("MainWindow", "What the essay still needs"))):
        dock.setAccessibleName(dock.windowTitle())
        dock.setAccessibleDescription(about)
    window.undo_view.setAccessibleName(translate("MainWindow", "Undo history"))


def _format_menu(window: MainWindow) -> None:
    """Format > Italic / Bold: marks round the selection in any text field."""
    def apply(mark: str) -> bool:
        done = toggle_focused(mark, window.editor.toggle_mark)
        if not done:
            window.statusBar().showMessage(
                translate("MainWindow",
                          "Select words in a text field to set them in italics or bold."),
                4000)
        return done

    actions = add_format_actions(window, apply)
    window.actions_by_name.update(actions)
    window.menuBar().addMenu(translate("MainWindow", "F&ormat")).addActions(
        list(actions.values()))


def _levels_menu(window: MainWindow, view_menu: QMenu) -> None:
    """View > Outline Levels: Word's Alt+Shift+1…9, A, Plus and Minus."""
    tree = window.view.actions
    menu = view_menu.addMenu(translate("MainWindow", "Outline &Levels"))
    menu.addActions([tree[f"show_level_{n}"] for n in range(1, LEVELS + 1)])
    menu.addAction(tree["show_all_levels"])
    menu.addSeparator()
    menu.addActions([tree["expand_current"], tree["collapse_current"]])
    window.levels_menu = menu


def _export_menu(window: MainWindow, file_menu: QMenu) -> QMenu:
    """File > Export: one entry per format; Word plugs in here too."""
    menu = file_menu.addMenu(window_icon(window, "export"), translate("MainWindow", "&Export"))
    writable = formats.writable()
    for fmt in writable:
        text = format_word(fmt.menu_text) if fmt.menu_text else f"{format_word(fmt.title)}…"
        menu.addAction(add_action(
            window, f"export_{fmt.key}", text, _exporter(window, fmt.key), fmt.shortcut or None,
            translate("MainWindow", "Export the essay as {format}.").format(
                format=format_word(fmt.name))))
    first = writable[0]
    export = add_action(
        window, "export", translate("MainWindow", "Export"), _exporter(window, first.key),
        tip=translate("MainWindow", "Export the essay to {format} (more formats in the menu)."
                      ).format(format=format_word(first.title)))
    export.setMenu(menu)
    return menu


def _exporter(window: MainWindow, fmt: str) -> Callable[[], object]:
    def export() -> bool:
        return window.files.export(fmt)
    return export


def _outline_menu(window: MainWindow) -> QMenu:
    """The Outline menu: the tree's actions; drafting plugs in here."""
    menu = window.menuBar().addMenu(translate("MainWindow", "&Outline"))
    tree = window.view.actions
    for group in (TREE_ACTIONS[:4], TREE_ACTIONS[4:]):
        for name in group:
            if name in tree:
                menu.addAction(tree[name])
        menu.addSeparator()
    kind_menu = window.view.kind_menu()
    kind_menu.setTitle(translate("MainWindow", "Change &Kind"))
    menu.addMenu(kind_menu)
    return menu


def build_toolbar(window: MainWindow) -> None:
    """The main toolbar, and View > Toolbar to hide it."""
    bar = QToolBar(translate("MainWindow", "Main Toolbar"), window)
    bar.setObjectName("mainToolbar")
    bar.setMovable(False)
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    acts, tree = window.actions_by_name, window.view.actions
    own_groups: list[tuple[str, ...]] = [("new", "open", "save"), ("undo", "redo")]
    for names in own_groups:
        bar.addActions([acts[n] for n in names])
        bar.addSeparator()
    tree_groups: list[tuple[str, ...]] = [("move_up", "move_down", "indent", "outdent"),
                                          ("add_sibling", "delete")]
    for names in tree_groups:
        bar.addActions([tree[n] for n in names if n in tree])
        bar.addSeparator()
    bar.addAction(acts["export"])
    window.addToolBar(bar)
    window.toolbar = bar
    toggle = bar.toggleViewAction()
    toggle.setText(translate("MainWindow", "&Toolbar"))
    window.view_menu.insertAction(window.panes_line, toggle)
    acts["toggle_toolbar"] = toggle
    add_shortcut_tooltips([*acts.values(), *tree.values()])
