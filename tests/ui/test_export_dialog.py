"""The Export to Word dialog, offscreen, exporting real files."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import docx
import pytest
from PySide6.QtCore import QSettings, QUrl
from PySide6.QtWidgets import QMessageBox

from outliner.core.essay import CitationStyle, Meta, Source
from outliner.io.exporters.options import ExportReport
from outliner.ui.dialogs.export import KEY_FOLDER, ExportDialog
from tests.support.helpers import small_essay


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def essay() -> Any:
    e = small_essay()
    e.meta = Meta(title="Hope: and Loss?", author="Jo Reyes")
    e.sources = [Source("Ishiguro, Kazuo. Never Let Me Go. Vintage, 2006.")]
    return e


def make(qtbot: Any, settings: QSettings, answer: bool = False, **kw: Any) -> ExportDialog:
    dialog = ExportDialog(essay(), settings, **kw)
    qtbot.addWidget(dialog)
    opened: list[QUrl] = []
    dialog.open_url = lambda url: opened.append(url) or True  # type: ignore[assignment]
    dialog.opened = opened  # type: ignore[attr-defined]
    dialog.ask_to_open = lambda report: answer  # type: ignore[method-assign]
    return dialog


def test_defaults_and_suggested_name(qtbot: Any, settings: QSettings, tmp_path: Path) -> None:
    settings.setValue(KEY_FOLDER, str(tmp_path))
    dialog = make(qtbot, settings)
    options = dialog.options()
    assert (options.mode, options.style, options.template) == ("essay", None, None)
    assert dialog.output_path() == tmp_path / "Hope and Loss.docx"  # no : or ? in names
    assert "MLA" in dialog.style_box.currentText()


def test_export_writes_file_offers_to_open_and_remembers(
        qtbot: Any, settings: QSettings, tmp_path: Path) -> None:
    dialog = make(qtbot, settings, answer=True)
    dialog.path_edit.setText(str(tmp_path / "mine"))  # .docx is added
    dialog.mode_box.setCurrentIndex(dialog.mode_box.findData("outline"))
    dialog.style_box.setCurrentIndex(dialog.style_box.findData("apa"))
    assert dialog.export()
    out = tmp_path / "mine.docx"
    assert out.is_file() and dialog.result() == ExportDialog.DialogCode.Accepted
    assert isinstance(dialog.report, ExportReport) and dialog.report.path == out
    assert dialog.opened == [QUrl.fromLocalFile(str(out))]  # type: ignore[attr-defined]
    text = [p.text for p in docx.Document(str(out)).paragraphs]
    assert "Introduction: Opening" in text and "References" in text
    again = make(qtbot, settings)
    assert again.options().mode == "outline"
    assert again.options().style is CitationStyle.APA
    assert again.output_path().parent == tmp_path


def test_declining_to_open_opens_nothing(qtbot: Any, settings: QSettings,
                                         tmp_path: Path) -> None:
    dialog = make(qtbot, settings, answer=False)
    dialog.path_edit.setText(str(tmp_path / "e.docx"))
    assert dialog.export()
    assert dialog.opened == []  # type: ignore[attr-defined]
    assert "Hope: and Loss?" in [p.text for p in docx.Document(str(tmp_path / "e.docx")).paragraphs]


def test_template_is_used_and_remembered(qtbot: Any, settings: QSettings,
                                         tmp_path: Path) -> None:
    template = tmp_path / "ref.docx"
    ref = docx.Document()
    ref.styles["Normal"].font.name = "Georgia"
    ref.save(str(template))
    dialog = make(qtbot, settings)
    dialog.path_edit.setText(str(tmp_path / "t.docx"))
    dialog.template_edit.setText(str(template))
    assert dialog.export()
    assert docx.Document(str(tmp_path / "t.docx")).styles["Normal"].font.name == "Georgia"
    assert make(qtbot, settings).template_edit.text() == str(template)
    template.unlink()  # a template that is gone is not offered again
    assert make(qtbot, settings).template_edit.text() == ""


def test_failure_shows_the_reason_and_stays_open(qtbot: Any, settings: QSettings,
                                                 tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text: shown.append(text))
    bad = tmp_path / "bad.docx"
    bad.write_text("not Word")
    dialog = make(qtbot, settings)
    dialog.path_edit.setText(str(tmp_path / "x.docx"))
    dialog.template_edit.setText(str(bad))
    dialog.show()
    assert not dialog.export()
    assert shown and str(bad) in shown[0]
    assert dialog.isVisible() and dialog.report is None
    assert not (tmp_path / "x.docx").exists()
    assert settings.value("export/word/template") is None  # nothing remembered


def test_export_button_needs_a_path(qtbot: Any, settings: QSettings) -> None:
    dialog = make(qtbot, settings)
    dialog.path_edit.setText("   ")
    assert not dialog.export_button.isEnabled()
    dialog.path_edit.setText("x.docx")
    assert dialog.export_button.isEnabled()


def test_the_real_question_box_lists_notes(qtbot: Any, settings: QSettings,
                                           tmp_path: Path) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    dialog = ExportDialog(essay(), settings)
    qtbot.addWidget(dialog)
    seen: list[str] = []

    def click_open() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.informativeText())
        button = next(b for b in box.buttons() if "Open" in b.text())
        button.click()

    report = ExportReport(path=tmp_path / "r.docx", notes=["Paragraph 4 was drafted."])
    QTimer.singleShot(0, click_open)
    assert dialog.ask_to_open(report)
    assert seen == ["• Paragraph 4 was drafted."]


def test_styles_are_named_as_in_essay_properties(qtbot: Any, settings: QSettings) -> None:
    from outliner.ui.dialogs.properties import PropertiesDialog

    chicago = essay()
    chicago.meta.style = CitationStyle.CHICAGO
    dialog = ExportDialog(chicago, settings)
    qtbot.addWidget(dialog)
    properties = PropertiesDialog(chicago)
    qtbot.addWidget(properties)
    box, combo = dialog.style_box, properties.style_combo
    named = {str(box.itemData(i)): box.itemText(i) for i in range(1, box.count())}
    assert named == {str(combo.itemData(i)): combo.itemText(i) for i in range(combo.count())}
    assert box.itemText(0) == "The essay's style (Chicago)"
