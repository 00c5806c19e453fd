"""The Export to Word dialog and the paragraphs not written yet: it names
them and offers to draft them now (each reviewed in Draft from Notes, one
undoable change each), to export them as a marked placeholder, or to leave
them out; nothing generated goes in without that choice."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml.ns import qn
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QLabel

from outliner.compose.unwritten import Unwritten
from outliner.core.essay import Essay, Meta
from outliner.ui.dialogs.draft import DraftDialog
from outliner.ui.dialogs.export import KEY_UNWRITTEN, ExportDialog
from outliner.ui.document import Document
from tests.support.helpers import small_essay


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def an_essay() -> Essay:
    essay = small_essay()  # the intro has prose; both bodies and the conclusion do not
    essay.meta = Meta(title="Hope", author="Jo Reyes")
    return essay


def make(qtbot: Any, settings: QSettings, essay: Essay, document: Document | None,
         out: Path) -> ExportDialog:
    dialog = ExportDialog(essay, settings, document=document)
    qtbot.addWidget(dialog)
    dialog.ask_to_open = lambda report: False  # type: ignore[method-assign]
    dialog.path_edit.setText(str(out))
    return dialog


def body_text(path: Path) -> str:
    return "\n".join("".join(t.text or "" for t in p.iter(qn("w:t")))
                     for p in docx.Document(str(path)).element.body.iter(qn("w:p")))


def test_it_names_the_unwritten_paragraphs_and_defaults_to_placeholders(
    qtbot: Any, settings: QSettings, tmp_path: Path
) -> None:
    essay = an_essay()
    dialog = make(qtbot, settings, essay, Document(essay), tmp_path / "out.docx")
    assert not dialog.unwritten_box.isHidden()
    names = dialog.unwritten_box.findChild(QLabel, "unwrittenNames")
    assert names is not None
    assert names.text() == "No prose yet: Body paragraph 1, Body paragraph 2, Conclusion."
    assert dialog.unwritten_choice() is Unwritten.NOTES
    assert dialog.options().unwritten is Unwritten.NOTES
    assert dialog.export()
    text = body_text(tmp_path / "out.docx")
    assert "[Not written yet: Body paragraph 1]" in text and "This shows" not in text
    assert dialog.report is not None and dialog.report.unwritten == [
        "Body paragraph 1", "Body paragraph 2", "Conclusion"]
    assert settings.value(KEY_UNWRITTEN) == "notes"


def test_a_written_essay_shows_no_choice(qtbot: Any, settings: QSettings,
                                         tmp_path: Path) -> None:
    essay = an_essay()
    for node in essay.walk():
        if node.kind.value in ("body", "conclusion"):
            node.prose = "Written by hand."
    dialog = make(qtbot, settings, essay, Document(essay), tmp_path / "out.docx")
    assert dialog.unwritten_box.isHidden() and dialog.unwritten == []
    assert dialog.export() and settings.value(KEY_UNWRITTEN) is None  # never shown, not kept


def test_leave_them_out_is_remembered(qtbot: Any, settings: QSettings, tmp_path: Path) -> None:
    essay = an_essay()
    dialog = make(qtbot, settings, essay, Document(essay), tmp_path / "out.docx")
    dialog.unwritten_buttons[Unwritten.OMIT].click()
    assert dialog.options().unwritten is Unwritten.OMIT
    assert dialog.export()
    text = body_text(tmp_path / "out.docx")
    assert "First claim" not in text and "Not written yet" not in text
    again = make(qtbot, settings, an_essay(), None, tmp_path / "again.docx")
    assert again.unwritten_choice() is Unwritten.OMIT


def test_draft_now_reviews_each_paragraph_and_each_accept_is_undoable(
    qtbot: Any, settings: QSettings, tmp_path: Path
) -> None:
    essay = an_essay()
    document = Document(essay)
    dialog = make(qtbot, settings, essay, document, tmp_path / "out.docx")
    dialog.unwritten_buttons[Unwritten.DRAFT].click()
    assert dialog.options().unwritten is Unwritten.NOTES  # the exporter never drafts itself
    reviewed: list[tuple[str, str]] = []

    def review(draft: QDialog) -> bool:
        assert isinstance(draft, DraftDialog)
        reviewed.append((draft.windowTitle(), draft.node.id))
        if draft.node.id == "b2":  # the writer discards this one
            draft.reject()
            return False
        draft.editor.setPlainText(draft.editor.toPlainText() + " Checked by me.")
        draft.accept()
        return True

    dialog.review_draft = review
    assert dialog.export()
    assert reviewed == [
        ("Draft from Notes — Body paragraph 1 (1 of 3)", "b1"),
        ("Draft from Notes — Body paragraph 2 (2 of 3)", "b2"),
        ("Draft from Notes — Conclusion (3 of 3)", "concl"),
    ]
    assert essay.node("b1").prose.endswith("Checked by me.")
    assert essay.node("b2").prose == ""
    text = body_text(tmp_path / "out.docx")
    assert "Checked by me." in text  # the reviewed drafts, as accepted
    assert "[Not written yet: Body paragraph 2]" in text  # the discarded one stays flagged
    assert dialog.report is not None and dialog.report.unwritten == ["Body paragraph 2"]
    assert document.undo_stack.count() == 2  # one undoable change per accepted draft
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert essay.node("b1").prose == "" and essay.node("concl").prose == ""


def test_without_a_document_drafting_is_not_offered(
    qtbot: Any, settings: QSettings, tmp_path: Path
) -> None:
    settings.setValue(KEY_UNWRITTEN, "draft")
    dialog = make(qtbot, settings, an_essay(), None, tmp_path / "out.docx")
    assert not dialog.unwritten_buttons[Unwritten.DRAFT].isEnabled()
    assert dialog.unwritten_choice() is Unwritten.NOTES


def test_the_outline_mode_needs_no_choice(qtbot: Any, settings: QSettings,
                                          tmp_path: Path) -> None:
    essay = an_essay()
    dialog = make(qtbot, settings, essay, Document(essay), tmp_path / "out.docx")
    dialog.mode_box.setCurrentIndex(dialog.mode_box.findData("outline"))
    assert not dialog.unwritten_box.isEnabled()
    dialog.unwritten_buttons[Unwritten.DRAFT].setChecked(True)
    drafted: list[QDialog] = []
    dialog.review_draft = lambda d: drafted.append(d) or True  # type: ignore[func-returns-value]
    assert dialog.export() and drafted == []  # no drafting for the outline


def test_the_paragraphs_are_named_as_the_editor_names_them(qtbot: Any) -> None:
    """The names in the dialog (and the command's warning) are the editor's
    headings, with the section a paragraph sits in."""
    from outliner.compose.manuscript import build_manuscript
    from outliner.core.essay import Node, NodeKind
    from outliner.ui.node_editor import NodeEditor

    K = NodeKind
    essay = Essay(outline=[
        Node(K.INTRO, "Opening", id="i"),
        Node(K.BODY, "Top claim", id="b1"),
        Node(K.SECTION, "Later", children=[
            Node(K.BODY, "Written", prose="Done."),
            Node(K.BODY, "Second in the section", id="s2")]),
        Node(K.CONCLUSION, "Closing", id="c"),
    ])
    editor = NodeEditor(Document(essay))
    qtbot.addWidget(editor)
    names = {p.node_id: p.name for p in build_manuscript(essay).unwritten}
    assert names == {"i": "Introduction", "b1": "Body paragraph 1",
                     "s2": "Body paragraph 2 in section “Later”", "c": "Conclusion"}
    for node_id, name in names.items():
        editor.set_node(essay.node(node_id))
        heading, _, section = name.partition(" in section ")
        assert editor.heading.text() == heading
        if section:
            assert editor.where.text() == f"In section: {section.strip('“”')}"


def test_the_exported_message_says_what_became_of_them_first(
    qtbot: Any, settings: QSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from outliner.io.exporters.options import ExportReport

    settings.setValue(KEY_UNWRITTEN, "something else")  # an unknown value: the default
    dialog = ExportDialog(an_essay(), settings)
    qtbot.addWidget(dialog)
    assert dialog.unwritten_choice() is Unwritten.NOTES
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.informativeText()))
    report = ExportReport(path=tmp_path / "x.docx", notes=["A note."],
                          warnings=["Not written yet: Conclusion. Left out of the essay."])
    assert not dialog.ask_to_open(report)
    assert shown == ["• Not written yet: Conclusion. Left out of the essay.\n• A note."]
