"""Help: the keyboard shortcuts page (built from the real actions) and About."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMenu,
    QMenuBar,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from outliner import __version__
from outliner.ui.identity import APPLICATION
from outliner.ui.translations import translate


def _plain(text: str) -> str:
    """An action's text without its mnemonic ampersand and trailing dots."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(".…")


#: Keys found only on special keyboards; the table leaves them out.
_MEDIA_KEYS = frozenset({"New", "Open", "Save", "Close", "Undo", "Redo", "Copy", "Paste",
                         "Cut", "Find", "Help", "Back", "Forward", "Refresh"})


def _typeable(key: str) -> bool:
    """False for sequences that need a dedicated key (e.g. a "Save" key)."""
    return not any(part in _MEDIA_KEYS for part in key.split("+"))


def shortcut_rows(menu_bar: QMenuBar) -> list[tuple[str, str, str]]:
    """(menu, action, shortcuts) for every menu action that has a shortcut."""
    rows: list[tuple[str, str, str]] = []

    def visit(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            sub = action.menu()
            if isinstance(sub, QMenu):
                visit(sub, f"{path} › {_plain(sub.title())}")
                continue
            if action.isSeparator():
                continue
            keys = [text for k in action.shortcuts() if not k.isEmpty()
                    if _typeable(text := k.toString(QKeySequence.SequenceFormat.NativeText))]
            if keys:
                rows.append((path, _plain(action.text()), ", ".join(keys)))

    for action in menu_bar.actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            visit(menu, _plain(menu.title()))
    return rows


class ShortcutsDialog(QDialog):
    """A table of the shortcuts the menus really have."""

    def __init__(self, menu_bar: QMenuBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.resize(560, 620)
        rows = shortcut_rows(menu_bar)
        self.table = QTableWidget(len(rows), 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Menu"), self.tr("Command"), self.tr("Shortcut")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(text))
        intro = QLabel(self.tr("Every command with a shortcut, as the menus have it now."))
        intro.setWordWrap(True)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(box)


def add_shortcut_tooltips(actions: list[QAction]) -> None:
    """Tooltips that name the shortcut too, e.g. "Save (Ctrl+S)"."""
    for action in actions:
        key = action.shortcut()
        tip = action.toolTip() or _plain(action.text())
        if key.isEmpty():
            continue
        text = key.toString(QKeySequence.SequenceFormat.NativeText)
        if text not in tip:
            action.setToolTip(f"{tip} ({text})")


def show_about(parent: QWidget | None) -> None:
    """The About box, with the version from the package."""
    box = QMessageBox(parent)
    box.setWindowTitle(translate("About", "About {app}").format(app=APPLICATION))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(f"<h3>{APPLICATION} {__version__}</h3>")
    box.setInformativeText(translate("About",
        "Shape an essay as an outline — introduction and thesis, body paragraphs "
        "with their quotations and notes, conclusion — reorder it, draft paragraphs "
        "from your notes, and export it to Word, Markdown or plain text.<br><br>"
        "Released under the MIT licence."
    ))
    box.setIconPixmap(parent.windowIcon().pixmap(64, 64) if parent else box.iconPixmap())
    box.exec()
