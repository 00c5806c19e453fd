"""The whole window in Spanish: menus, start page, status bar, undo steps,
the Checks panel, refusals and node names; English where no translation is
installed; and no window word left outside Qt's translation functions.

The core, compose and the command line keep their English words: the
window words them again from their marked parts (ui/messages.py).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QSettings

from outliner.compose.checks import run_checks
from outliner.compose.checks.length import Progress
from outliner.core.changes import Insert
from outliner.core.essay import Essay, Node, NodeKind
from outliner.core.ops import plan_move_up
from outliner.core.rules import TreeError, kind_error
from outliner.ui.main_window import MainWindow
from outliner.ui.messages import (
    count_short,
    filled_text,
    finding_message,
    node_name,
    number_text,
    progress_text,
    refusal,
)
from outliner.ui.translations import Installed, install_translators

PACKAGE = Path(__file__).resolve().parents[2] / "outliner"

#: Widget calls whose first arguments a person reads.
SHOWN = {"setText", "setToolTip", "setStatusTip", "setWindowTitle", "setPlaceholderText",
         "addMenu", "QAction", "QLabel", "QPushButton", "addItem", "showMessage", "setTitle",
         "QDockWidget", "QToolBar", "addAction", "addButton", "addRow", "setEmptyLabel",
         "QListWidgetItem", "QCheckBox", "QRadioButton", "QGroupBox", "setInformativeText",
         "setAccessibleName", "setAccessibleDescription", "warning", "information", "question",
         "critical", "setLabelText", "setHorizontalHeaderLabels", "QTableWidgetItem",
         "show_error", "getOpenFileName", "getSaveFileName", "QProgressDialog", "QToolButton",
         "setSpecialValueText", "setSuffix", "setPrefix"}


@pytest.fixture
def spanish(qapp: Any) -> Iterator[Installed]:
    installed = install_translators("es")
    yield installed
    installed.remove()


@pytest.fixture
def english(qapp: Any) -> Iterator[Installed]:
    installed = install_translators("en")
    yield installed
    installed.remove()


@pytest.fixture
def window(qtbot: Any, tmp_path: Path, spanish: Installed,
           monkeypatch: Any) -> Iterator[MainWindow]:
    import outliner.ui.file_actions as file_actions

    monkeypatch.setattr(file_actions, "ask_save_changes", lambda _parent, _name: "discard")
    settings_file = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    made = MainWindow(settings=settings_file, recovery_folder=tmp_path / "recovery",
                      offer_recovery=False)
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    yield made
    made.close()


def _menus(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_the_menus_are_spanish(window: MainWindow) -> None:
    assert _menus(window) == ["&Archivo", "&Editar", "&Formato", "Es&quema", "En&sayo", "&Ver",
                              "A&yuda"]
    acts = window.actions_by_name
    assert acts["open"].text() == "&Abrir…"
    assert acts["save_as"].text() == "Guardar c&omo…"
    assert acts["export_word"].text() == "Documento de &Word…"
    assert acts["toggle_checks"].text() == "Comp&robaciones"
    assert acts["italic"].text() == "&Cursiva"
    assert acts["template_five-paragraph"].text() == "Ensayo de cinco párrafos"
    assert window.checks_dock.windowTitle() == "Comprobaciones"
    assert window.preview_dock.windowTitle() == "Vista previa"
    assert acts["draft"].text() == "&Redactar desde las notas…"


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def _clashes(title: str, actions: list[Any]) -> list[str]:
    """Menus (and their submenus) where two entries share an Alt key."""
    keys: dict[str, list[str]] = {}
    clashes = []
    for action in actions:
        if action.menu() is not None:
            action.menu().aboutToShow.emit()  # a menu filled on opening
            clashes += _clashes(action.text(), action.menu().actions())
        key = _mnemonic(action.text())
        if key and not action.isSeparator():
            keys.setdefault(key, []).append(action.text())
    return clashes + [f"{title}: {texts}" for texts in keys.values() if len(texts) > 1]


def test_each_spanish_menu_gives_every_entry_its_own_key(window: MainWindow) -> None:
    assert _clashes("menu bar", window.menuBar().actions()) == []


def test_the_start_page_is_spanish(window: MainWindow) -> None:
    window.files.new_file()
    assert window.on_start_page
    page = window.start_page
    assert page.buttons["open"].text() == "Abrir un borrador…"
    assert page.buttons["blank"].text() == "Ensayo en blanco"
    assert page.buttons["template:argumentative"].text() == "Ensayo argumentativo"
    assert page.recent_list.item(0).text() == "Aquí aparecen los archivos que abres o guardas."
    window.new_essay.sample()
    assert window.windowTitle().startswith("Ensayo de ejemplo")


def test_the_status_bar_is_spanish(window: MainWindow) -> None:
    essay = window.document.essay
    window._update_words()
    assert window.words_label.text().endswith(" palabras")
    assert window.words_label.toolTip().split(":")[0].endswith("en el ensayo")
    window.view.select_nodes([essay.outline[0]])
    assert window.selection_label.text().startswith("Selección: ")
    assert window.selection_label.text().endswith(" en 1 elemento")


def test_undo_steps_and_refusals_are_spanish(window: MainWindow) -> None:
    essay = window.document.essay
    body = next(n for n in essay.outline if n.kind is NodeKind.BODY)
    refused: list[str] = []
    window.document.refused.connect(refused.append)
    assert window.document.push(plan_move_up(essay, [body]))
    assert window.actions_by_name["undo"].text() == "&Deshacer Subir"
    quote = next(n for n in essay.walk() if n.kind is NodeKind.QUOTE)
    # The rules refuse it when the change is applied: the status bar's words.
    assert not window.document.push(Insert(((quote.id, 0, Node(NodeKind.BODY, "")),)))
    assert refused == ["Nada puede ir dentro de una cita."]
    assert not window.document.push(Insert(((body.id, 0, Node(NodeKind.THESIS, "")),)))
    assert refused[-1] == "Una tesis no puede ir dentro de un párrafo de desarrollo."


def test_the_checks_panel_is_spanish(window: MainWindow, qtbot: Any) -> None:
    essay = Essay(outline=[Node(NodeKind.INTRO, ""), Node(NodeKind.BODY, ""),
                           Node(NodeKind.BODY, "")])
    window.document.essay.outline[:] = []  # the panel reads the document it is given
    from outliner.ui.document import Document

    window.checks_panel.set_document(Document(essay))
    window.checks_panel.run_now()
    rows = [window.checks_panel.list.item(i).text()
            for i in range(window.checks_panel.list.count())]
    assert "Ensayo: no hay tesis" in rows
    assert "Ensayo: no hay conclusión" in rows
    assert "Párrafo de desarrollo 2: no hay afirmación (la idea del párrafo)" in rows
    assert all("paragraph" not in row and "thesis" not in row for row in rows)
    tip = window.checks_panel.list.item(rows.index("Ensayo: no hay tesis")).toolTip()
    assert tip == "tesis: Ensayo: no hay tesis"


def test_the_english_words_stay_for_files_and_the_command_line(spanish: Installed) -> None:
    essay = Essay(outline=[Node(NodeKind.BODY, "")])
    messages = {f.message for f in run_checks(essay)}
    assert "no thesis" in messages  # compose and `outliner check` keep the English
    assert {finding_message(f) for f in run_checks(essay)} >= {"no hay tesis"}
    reason = kind_error(NodeKind.BODY, NodeKind.THESIS)
    assert reason == "A thesis cannot go inside a body paragraph."
    assert filled_text(reason or "", "TreeError") == (
        "Una tesis no puede ir dentro de un párrafo de desarrollo.")
    assert refusal(TreeError(reason)) == filled_text(reason or "", "TreeError")


def test_names_in_spanish_count_body_paragraphs(spanish: Installed) -> None:
    section = Node(NodeKind.SECTION, "Later")
    essay = Essay(outline=[Node(NodeKind.INTRO, ""), Node(NodeKind.BODY, ""), section])
    second = Node(NodeKind.BODY, "")
    section.children.append(second)
    second.parent = section
    assert node_name(essay, essay.outline[1]) == "Párrafo de desarrollo 1"
    assert node_name(essay, second) == "Párrafo de desarrollo 1 de la sección “Later”"
    assert node_name(essay, section) == "Sección “Later”"
    assert node_name(essay, essay.outline[0]) == "Introducción"


@settings(max_examples=25, deadline=None)
@given(words=st.integers(min_value=0, max_value=10**6),
       target=st.integers(min_value=0, max_value=10**6))
def test_progress_reads_as_before_in_english(qapp: Any, words: int, target: int) -> None:
    installed = install_translators("en")
    try:
        # The window's text is compose's English text, digit for digit.
        assert progress_text(Progress(words, target)) == Progress(words, target).text()
    finally:
        installed.remove()


@settings(max_examples=25, deadline=None)
@given(count=st.integers(min_value=0, max_value=10**6))
def test_word_counts_in_spanish(qapp: Any, count: int) -> None:
    from outliner.core.words import Counted, WordCount

    installed = install_translators("es")
    try:
        shown = count_short(WordCount(count, Counted.PROSE, NodeKind.BODY))
        unit = "palabra" if count == 1 else "palabras"
        assert shown == f"{number_text(count)} {unit} de texto"
    finally:
        installed.remove()


def test_english_window_where_there_is_no_translation(english: Installed, qtbot: Any,
                                                      tmp_path: Path) -> None:
    settings_file = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    made = MainWindow(settings=settings_file, recovery_folder=tmp_path / "r",
                      offer_recovery=False)
    qtbot.addWidget(made)
    assert _menus(made) == ["&File", "&Edit", "F&ormat", "&Outline", "E&ssay", "&View", "&Help"]
    made.document.undo_stack.setClean()
    made.close()


# -- no window word outside the translation functions ---------------------------


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    return func.attr if isinstance(func, ast.Attribute) else ""


def _has_words(node: ast.expr) -> bool:
    """A literal (or f-string) with letters outside markup and key names."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
    elif isinstance(node, ast.JoinedStr):
        text = "".join(v.value for v in node.values
                       if isinstance(v, ast.Constant) and isinstance(v.value, str))
    else:
        return False
    plain = re.sub(r"<[^>]*>", "", text)
    return any(c.isalpha() for c in plain) and not plain.startswith("Ctrl+")


def untranslated(path: Path) -> list[str]:
    """Words ``path`` hands a widget without a translation function."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and _name(node.func) in SHOWN:
            for arg in node.args[:3]:
                if _has_words(arg):
                    found.append(f"{path.name}:{node.lineno}: {ast.unparse(arg)[:60]}")
    return found


def test_the_window_hands_widgets_no_untranslated_words() -> None:
    ui = PACKAGE / "ui"
    files = sorted(ui.rglob("*.py"))
    assert len(files) > 40
    assert [line for path in files for line in untranslated(path)] == []


def test_the_scan_sees_a_bare_word(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text('label.setText("Hello")\nlabel.setText(self.tr("Hi"))\n'
                      'box.setWindowTitle(f"Saved {name}")\nlabel.setText("<b></b>")\n')
    assert [line.split(": ", 1)[1] for line in untranslated(sample)] == [
        "'Hello'", "f'Saved {name}'"]


def test_the_import_report_is_spanish(spanish: Installed) -> None:
    from outliner.io.importers.text import parse_text_with_report
    from outliner.io.read_result import ReadResult, report_lines
    from outliner.ui.messages import report_text

    draft = ("Memory shapes every choice the characters make in the novel, and the "
             "novel asks what a life is worth. Hope keeps them going.\n\n"
             "Kathy remembers Hailsham as a place of small kindnesses and strict rules.\n\n"
             "In the end the novel shows that memory is all they can keep.\n")
    essay, report = parse_text_with_report(draft)
    lines = report_lines(ReadResult(essay, report.notes, report.findings))
    english = [line.text for line in lines]
    assert "Thesis: the last sentence of the introduction" in english  # what the CLI prints
    spanish = [report_text(line, essay) for line in lines]
    assert "Tesis: la última oración de la introducción" in spanish
    assert "Conclusión: el último párrafo" in spanish
    assert len(spanish) == len(english) and not set(spanish) & set(english)


def _dialog_keys(dialog: Any) -> dict[str, list[str]]:
    from PySide6.QtWidgets import QAbstractButton, QLabel

    keys: dict[str, list[str]] = {}
    for widget in [*dialog.findChildren(QAbstractButton), *dialog.findChildren(QLabel)]:
        if isinstance(widget, QLabel) and widget.buddy() is None:
            continue
        key = _mnemonic(widget.text())
        if key:
            keys.setdefault(key, []).append(widget.text())
    return {key: texts for key, texts in keys.items() if len(texts) > 1}


def test_the_sources_dialog_gives_every_button_its_own_key(window: MainWindow) -> None:
    from outliner.ui.dialogs.sources import SourcesDialog

    dialog = SourcesDialog(window.document, window, books=window.books)
    assert dialog.book_box.attach_button.text() == "Ad&juntar libro…"
    assert _dialog_keys(dialog) == {}
    dialog.reject()


def test_the_english_sources_dialog_gives_every_button_its_own_key(
        english: Installed, qtbot: Any, tmp_path: Path) -> None:
    from outliner.ui.dialogs.sources import SourcesDialog

    made = MainWindow(settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
                      recovery_folder=tmp_path / "recovery", offer_recovery=False)
    qtbot.addWidget(made)
    dialog = SourcesDialog(made.document, made, books=made.books)
    assert dialog.book_box.attach_button.text() == "Attac&h Book…"
    assert _dialog_keys(dialog) == {}
    dialog.reject()
