"""The window's language: Spanish when asked for, English otherwise; the
translation files in step with the code; the export's words the style's.

The translation files are checked against the code itself (every literal
passed to ``self.tr``, ``translate`` or ``QT_TRANSLATE_NOOP``, read with
``ast``), because lupdate silently skips a call whose count is not a plain
name. Tests that run pyside6-lupdate or pyside6-lrelease skip where those
tools are not installed.
"""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import docx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QDialogButtonBox

from outliner.core.essay import KIND_LABELS, CitationStyle, Meta, NodeKind, Source
from outliner.ui.clipboard import _Counts
from outliner.ui.dialogs.export import ExportDialog
from outliner.ui.translations import Installed, install_translators, kind_label, moment_text
from tests.support.helpers import small_essay

REPO = Path(__file__).resolve().parents[2]
PACKAGE = REPO / "outliner"
TRANSLATIONS = REPO / "resources" / "translations"
TEMPLATE = TRANSLATIONS / "essay_outliner.ts"
SPANISH = TRANSLATIONS / "essay_outliner_es.ts"

#: The modules whose words the Spanish catalogue must translate completely:
#: every module of the package (the ui's, and the core, compose and io
#: modules that mark words the window shows).
WRAPPED = tuple(str(p.relative_to(PACKAGE)) for p in sorted(PACKAGE.rglob("*.py"))
                if "__pycache__" not in p.parts)


# -- the strings the code marks -----------------------------------------------


@dataclass(frozen=True)
class Marked:
    context: str
    source: str
    comment: str = ""
    numerus: bool = False


def _text(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    return func.attr if isinstance(func, ast.Attribute) else ""


def marked_in(path: Path) -> set[Marked]:
    """Every string ``path`` marks for translation, as lupdate should see it."""
    found: set[Marked] = set()

    def visit(node: ast.AST, cls: str) -> None:
        if isinstance(node, ast.ClassDef):
            cls = node.name
        if isinstance(node, ast.Call):
            name, args = _name(node.func), node.args
            arg = [*args, None, None, None, None]
            if name == "tr" and isinstance(node.func, ast.Attribute) and _text(arg[0]):
                found.add(Marked(cls, _text(arg[0]) or "", _text(arg[1]) or "", len(args) >= 3))
            elif name in ("translate", "QT_TRANSLATE_NOOP") and _text(arg[0]) and _text(arg[1]):
                found.add(Marked(_text(arg[0]) or "", _text(arg[1]) or "", _text(arg[2]) or "",
                                 name == "translate" and len(args) >= 4))
        for child in ast.iter_child_nodes(node):
            visit(child, cls)

    visit(ast.parse(path.read_text(encoding="utf-8")), "")
    return found


def marked_everywhere() -> set[Marked]:
    return {m for path in sorted(PACKAGE.rglob("*.py")) if "__pycache__" not in path.parts
            for m in marked_in(path)}


@dataclass(frozen=True)
class Entry:
    marked: Marked
    finished: bool
    forms: tuple[str, ...]


def catalogue(path: Path) -> dict[Marked, Entry]:
    """The live (not vanished or obsolete) messages of a .ts file."""
    entries: dict[Marked, Entry] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            kind = translation.get("type")
            if kind in ("vanished", "obsolete"):
                continue
            numerus = message.get("numerus") == "yes"
            marked = Marked(name, message.findtext("source") or "",
                            message.findtext("comment") or "", numerus)
            forms = (tuple(f.text or "" for f in translation.iter("numerusform")) if numerus
                     else (translation.text or "",))
            entries[marked] = Entry(marked, kind != "unfinished", forms)
    return entries


def test_the_template_holds_every_marked_string_and_no_other() -> None:
    in_code = marked_everywhere()
    in_template = set(catalogue(TEMPLATE))
    assert in_code - in_template == set(), "run `make translations` (or lupdate skipped a call)"
    assert in_template - in_code == set(), "run `make translations`: the template is stale"


def test_spanish_is_complete_for_the_wrapped_files() -> None:
    spanish = catalogue(SPANISH)
    wanted = {m for f in WRAPPED for m in marked_in(PACKAGE / f)}
    assert len(wanted) > 500  # the list above is read, not empty
    assert {"ui/main_window.py", "ui/start_page.py", "compose/checks/thesis.py"} <= set(WRAPPED)
    missing = [m for m in wanted if m not in spanish or not spanish[m].finished]
    assert missing == []
    for marked in wanted:
        entry = spanish[marked]
        assert all(form.strip() for form in entry.forms), marked
        for form in entry.forms:
            # The same {placeholders} (str.format fills them in after translation).
            assert set(re.findall(r"{\w+}", form)) == set(re.findall(r"{\w+}", marked.source))
            # A mnemonic stays a mnemonic: one & in, one & out.
            assert form.replace("&&", "").count("&") == marked.source.replace("&&", "").count("&")
        if marked.numerus:
            assert len(entry.forms) == 2 and all("%n" in form for form in entry.forms), marked


def test_english_has_both_forms_of_every_plural() -> None:
    # Without them a count reads "1 node(s)" in the English window.
    plurals = {m for m in marked_everywhere() if m.numerus}
    english = catalogue(TRANSLATIONS / "essay_outliner_en.ts")
    assert plurals and plurals <= set(english)
    for marked in plurals:
        entry = english[marked]
        assert entry.finished and len(entry.forms) == 2, marked
        assert all(form.strip() and "%n" in form and "(s)" not in form for form in entry.forms)


def test_core_words_are_marked_and_stay_english_in_the_core() -> None:
    kinds = {m.source for m in marked_in(PACKAGE / "core" / "essay.py") if m.context == "NodeKind"}
    assert kinds == set(KIND_LABELS.values())
    assert KIND_LABELS[NodeKind.THESIS] == "Thesis"  # files and exports read the core's words


# -- the tools ----------------------------------------------------------------


def _tool(name: str) -> Path:
    for folder in (Path(sys.executable).parent, *map(Path, os.get_exec_path())):
        if (folder / name).is_file():
            return folder / name
    pytest.skip(f"{name} is not installed (PySide6's tools)")


def test_lupdate_finds_the_core_words_through_the_plain_marker(tmp_path: Path) -> None:
    out = tmp_path / "core.ts"
    subprocess.run([str(_tool("pyside6-lupdate")), "-extensions", "py", "-locations", "none",
                    str(PACKAGE / "core"), "-ts", str(out)],
                   check=True, capture_output=True, timeout=120)
    found = {(m.context, m.source) for m in catalogue(out)}
    assert ("NodeKind", "Thesis") in found
    assert ("NodeKind", "Body paragraph") in found
    assert ("SourceType", "Journal article") in found
    assert ("SourceField", "Publisher") in found


def test_lupdate_over_the_package_gives_the_committed_template(tmp_path: Path) -> None:
    out = tmp_path / "all.ts"
    subprocess.run([str(_tool("pyside6-lupdate")), "-extensions", "py", "-locations", "none",
                    "-source-language", "en", "-no-obsolete", str(PACKAGE), "-ts", str(out)],
                   check=True, capture_output=True, timeout=300)
    assert set(catalogue(out)) == set(catalogue(TEMPLATE))


@pytest.mark.parametrize("language", ["es", "en"])
def test_the_committed_qm_is_compiled_from_the_committed_ts(tmp_path: Path,
                                                           language: str) -> None:
    ts = TRANSLATIONS / f"essay_outliner_{language}.ts"
    out = tmp_path / f"{language}.qm"
    subprocess.run([str(_tool("pyside6-lrelease")), str(ts), "-qm", str(out)],
                   check=True, capture_output=True, timeout=120)
    committed = TRANSLATIONS / f"essay_outliner_{language}.qm"
    assert out.read_bytes() == committed.read_bytes(), "run `make translations`"


def test_no_bare_catalogue_that_every_locale_would_fall_back_to() -> None:
    assert sorted(p.name for p in TRANSLATIONS.glob("*.qm")) == [
        "essay_outliner_en.qm", "essay_outliner_es.qm"]


# -- the window in a language -----------------------------------------------------


@pytest.fixture
def spanish(qapp: Any) -> Iterator[Installed]:
    installed = install_translators("es")
    yield installed
    installed.remove()


@pytest.fixture
def french(qapp: Any) -> Iterator[Installed]:
    installed = install_translators("fr")
    yield installed
    installed.remove()


def _settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def _essay() -> Any:
    essay = small_essay()
    essay.meta = Meta(title="Hope and Loss", author="Jo Reyes", style=CitationStyle.MLA)
    essay.sources = [Source("Ishiguro, Kazuo. Never Let Me Go. Vintage, 2006."),
                     Source("Shelley, Mary. Frankenstein. Penguin Classics, 2003.")]
    return essay


def _dialog(qtbot: Any, tmp_path: Path) -> ExportDialog:
    dialog = ExportDialog(_essay(), _settings(tmp_path))
    qtbot.addWidget(dialog)
    dialog.ask_to_open = lambda report: False  # type: ignore[method-assign]
    return dialog


def _cancel(dialog: ExportDialog) -> str:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).text()


def test_the_export_dialog_in_spanish(spanish: Installed, qtbot: Any, tmp_path: Path) -> None:
    assert spanish.language == "es"
    assert len(spanish.translators) == 2  # the app's and Qt's own
    dialog = _dialog(qtbot, tmp_path)
    assert dialog.windowTitle() == "Exportar a Word"
    assert _cancel(dialog) == "Cancelar"  # Qt's own translation
    assert dialog.export_button.text() == "Exportar"
    assert dialog.style_box.itemText(0) == "El estilo del ensayo (MLA)"
    assert kind_label(NodeKind.THESIS) == "Tesis"
    assert {kind_label(k) for k in NodeKind}.isdisjoint(KIND_LABELS.values())


def test_english_where_there_is_no_translation(french: Installed, qtbot: Any,
                                               tmp_path: Path) -> None:
    assert french.language == "en"
    dialog = _dialog(qtbot, tmp_path)
    assert dialog.windowTitle() == "Export to Word"
    assert _cancel(dialog) == "Cancel"  # not Qt's French beside English words
    assert kind_label(NodeKind.THESIS) == "Thesis"


@settings(max_examples=30, deadline=None)
@given(count=st.integers(min_value=0, max_value=10**6))
def test_counts_read_naturally_in_english(qapp: Any, count: int) -> None:
    installed = install_translators("en")
    try:
        assert _Counts().copied(count) == (
            "Copied 1 node." if count == 1 else f"Copied {count} nodes.")
    finally:
        installed.remove()


@settings(max_examples=30, deadline=None)
@given(count=st.integers(min_value=0, max_value=10**6))
def test_counts_read_naturally_in_spanish(qapp: Any, count: int) -> None:
    installed = install_translators("es")
    try:
        assert _Counts().copied(count) == (
            "Se copió 1 elemento." if count == 1 else f"Se copiaron {count} elementos.")
    finally:
        installed.remove()


@pytest.mark.parametrize(("style", "heading"), [
    (CitationStyle.MLA, "Works Cited"), (CitationStyle.APA, "References"),
    (CitationStyle.CHICAGO, "Bibliography")])
def test_the_export_keeps_the_styles_own_words_in_spanish(
        spanish: Installed, qtbot: Any, tmp_path: Path, style: CitationStyle,
        heading: str) -> None:
    dialog = _dialog(qtbot, tmp_path)
    dialog.style_box.setCurrentIndex(dialog.style_box.findData(style.value))
    dialog.path_edit.setText(str(tmp_path / "essay.docx"))
    assert dialog.windowTitle() == "Exportar a Word"  # the window is in Spanish
    assert dialog.export()
    text = [p.text for p in docx.Document(str(tmp_path / "essay.docx")).paragraphs]
    assert heading in text
    spanish_words = {"Obras citadas", "Referencias", "Bibliografía", "Tesis", "Introducción"}
    assert not spanish_words & set(text)


def _started(env: dict[str, str]) -> str:
    """The export dialog's title in a fresh app started with ``env``."""
    script = ("from outliner.ui.app import make_application\n"
              "app = make_application(['outliner'])\n"
              "from PySide6.QtCore import QSettings\n"
              "from outliner.core.essay import Essay\n"
              "from outliner.ui.dialogs.export import ExportDialog\n"
              "from PySide6.QtWidgets import QDialogButtonBox as B\n"
              "d = ExportDialog(Essay(), QSettings('x.ini', QSettings.Format.IniFormat))\n"
              "print(d.windowTitle(), '|', d.buttons.button(B.StandardButton.Cancel).text())\n")
    keep = {k: v for k, v in os.environ.items()
            if k not in ("LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "OUTLINER_LANG")}
    done = subprocess.run([sys.executable, "-c", script], env={**keep, **env}, cwd=REPO,
                          capture_output=True, text=True, timeout=120, check=True)
    return done.stdout.strip().splitlines()[-1]


@pytest.mark.parametrize(("env", "shown"), [
    ({"LANG": "es_ES.UTF-8"}, "Exportar a Word | Cancelar"),
    ({"LC_ALL": "es_MX.UTF-8"}, "Exportar a Word | Cancelar"),
    # The first language of LANGUAGE that the app has; Qt's own follows it.
    ({"LANG": "fr_FR.UTF-8", "LANGUAGE": "fr:es"}, "Exportar a Word | Cancelar"),
    ({"LANG": "fr_FR.UTF-8"}, "Export to Word | Cancel"),
    ({"LANG": "C.UTF-8"}, "Export to Word | Cancel"),
    ({"LANG": "es_ES.UTF-8", "OUTLINER_LANG": "en"}, "Export to Word | Cancel"),
    ({"LANG": "C.UTF-8", "OUTLINER_LANG": "es"}, "Exportar a Word | Cancelar"),
])
def test_the_started_app_follows_the_locale(env: dict[str, str], shown: str) -> None:
    assert _started({"QT_QPA_PLATFORM": "offscreen", **env}) == shown


def test_a_missing_translations_folder_leaves_english(qapp: Any, monkeypatch: Any,
                                                       tmp_path: Path) -> None:
    import outliner.ui.translations as translations

    monkeypatch.setattr(translations, "translations_dir", lambda: tmp_path / "none")
    installed = install_translators("es")
    try:
        assert installed.language == "en"
        assert installed.translators == []
    finally:
        installed.remove()



@settings(max_examples=30, deadline=None)
@given(moment=st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2200, 1, 1)))
def test_dates_in_english_read_as_before(qapp: Any, moment: datetime) -> None:
    # An English locale writes the prompts' dates as they always were
    # (Python's strftime runs in the C locale: English month names).
    before = QLocale()
    QLocale.setDefault(QLocale("en_US"))  # en_GB writes "Sept"
    try:
        assert moment_text(moment) == moment.strftime("%d %b %Y, %H:%M")
        assert moment_text(moment, seconds=True) == moment.strftime("%d %b %Y, %H:%M:%S")
    finally:
        QLocale.setDefault(before)


def test_dates_in_spanish_and_the_default_locale_given_back(qapp: Any) -> None:
    before = QLocale().name()
    installed = install_translators("es")
    try:
        assert moment_text(datetime(2026, 12, 2, 7, 1, 5)) == "02 dic 2026, 07:01"
    finally:
        installed.remove()
    assert QLocale().name() == before
