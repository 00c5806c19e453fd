"""Essay > Sources: list, add, edit and remove entries, each change one
undoable step on the document's stack; Essay Properties keeps entries with
fields and edits the affiliation."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMenu

from outliner.core.essay import Essay
from outliner.core.sources import Name, Source, SourceType
from outliner.ui.dialogs.properties import PropertiesDialog
from outliner.ui.dialogs.sources import SourcesDialog
from outliner.ui.document import Document
from tests.ui.test_main_window import WindowFactory, saved_small_essay, window_factory

__all__ = ["window_factory"]  # the fixture, used by name

TYPED = "Brontë, Charlotte.  *Jane Eyre*. 1847."
BOOK = Source(type=SourceType.BOOK, authors=(Name("Ishiguro", "Kazuo"),),
              title="Never Let Me Go", publisher="Vintage International", date="2006",
              id="src-book")


def dialog_on(qtbot: Any, sources: list[Source]) -> tuple[SourcesDialog, Document]:
    document = Document(Essay(sources=sources))
    dialog = SourcesDialog(document)
    qtbot.addWidget(dialog)
    return dialog, document


def test_the_list_shows_entries_as_the_style_prints_them(qtbot: Any) -> None:
    dialog, _ = dialog_on(qtbot, [Source(TYPED, id="t"), BOOK])
    lines = [dialog.entries.item(i).text() for i in range(dialog.entries.count())]
    assert lines == ["Brontë, Charlotte. *Jane Eyre*. 1847.".replace("*", ""),
                     "Ishiguro, Kazuo. Never Let Me Go. Vintage International, 2006."]
    assert dialog.type_combo.currentData() == ""  # the first, free text, is shown
    assert dialog.text_edit.toPlainText() == TYPED  # exactly as typed
    dialog.entries.setCurrentRow(1)
    assert dialog.type_combo.currentData() == "book"
    assert dialog.authors_edit.toPlainText() == "Ishiguro, Kazuo"
    assert dialog.field_edits["publisher"].text() == "Vintage International"
    assert "<i>Never Let Me Go</i>" in dialog.printed.text()


def test_add_fill_in_and_remove_are_each_one_undo_step(qtbot: Any) -> None:
    dialog, document = dialog_on(qtbot, [Source(TYPED, id="t")])
    stack = document.undo_stack
    dialog.add_source()
    assert stack.count() == 1 and stack.undoText() == "Add Source"
    assert len(document.essay.sources) == 2 and dialog.entries.currentRow() == 1
    dialog.authors_edit.setPlainText("Ishiguro, Kazuo")
    dialog.field_edits["title"].setText("Never Let Me Go")
    dialog.field_edits["date"].setText("2006")
    assert dialog.apply_button.isEnabled()
    dialog.apply_edit()
    assert stack.count() == 2 and stack.undoText() == "Edit Source"
    added = document.essay.sources[1]
    assert (added.type, added.authors, added.title) == (
        SourceType.BOOK, (Name("Ishiguro", "Kazuo"),), "Never Let Me Go")
    assert not dialog.apply_button.isEnabled()
    dialog.remove_source()
    assert stack.count() == 3 and [s.id for s in document.essay.sources] == ["t"]
    stack.undo()  # the removed entry comes back, and the dialog shows it
    assert document.essay.sources[1] == added
    assert dialog.entries.count() == 2
    stack.undo()
    stack.undo()
    assert [s.text for s in document.essay.sources] == [TYPED]
    assert dialog.entries.count() == 1


def test_switching_entries_or_closing_keeps_what_was_typed(qtbot: Any) -> None:
    dialog, document = dialog_on(qtbot, [Source(TYPED, id="t"), BOOK])
    dialog.text_edit.setPlainText(TYPED + " Penguin, 2006.")
    dialog.entries.setCurrentRow(1)  # leaving the entry applies it
    assert document.essay.sources[0].text == TYPED + " Penguin, 2006."
    dialog.field_edits["edition"].setText("2")
    dialog.accept()  # closing applies too
    assert document.essay.sources[1].edition == "2"
    assert document.undo_stack.count() == 2


def test_changing_a_type_to_free_text_prints_the_text(qtbot: Any) -> None:
    dialog, document = dialog_on(qtbot, [BOOK])
    dialog.text_edit.setPlainText("My own entry.")
    dialog.type_combo.setCurrentIndex(dialog.type_combo.findData(""))
    assert not dialog.field_edits["title"].isEnabled()
    dialog.apply_edit()
    [entry] = document.essay.sources
    assert entry == Source("My own entry.") and entry.id == BOOK.id
    document.undo_stack.undo()
    assert document.essay.sources == [BOOK]


def test_move_changes_the_order(qtbot: Any) -> None:
    dialog, document = dialog_on(qtbot, [Source("A.", id="a"), Source("B.", id="b")])
    dialog.move_source(+1)
    assert [s.id for s in document.essay.sources] == ["b", "a"]
    assert dialog.entries.currentRow() == 1
    dialog.move_source(+1)  # already last: nothing
    assert document.undo_stack.count() == 1


def test_essay_menu_opens_sources(window_factory: WindowFactory, tmp_path: Path,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    window = window_factory(saved_small_essay(tmp_path))
    menus = {a.text().replace("&", ""): a.menu() for a in window.menuBar().actions()}
    essay_menu = menus["Essay"]
    assert isinstance(essay_menu, QMenu)
    assert [a.text() for a in essay_menu.actions()] == ["Essay &Properties…", "&Sources…"]
    shown: list[SourcesDialog] = []

    def exec_(dialog: SourcesDialog) -> int:
        shown.append(dialog)
        dialog.add_source()
        return 0

    monkeypatch.setattr(SourcesDialog, "exec", exec_)
    window.actions_by_name["sources"].trigger()
    assert shown and window.document.undo_stack.undoText() == "Add Source"
    assert window.isWindowModified()


def test_properties_keeps_entries_with_fields_and_sets_the_affiliation(qtbot: Any) -> None:
    essay = Essay(sources=[Source(TYPED, id="t"), BOOK])
    dialog = PropertiesDialog(essay)
    qtbot.addWidget(dialog)
    assert dialog.sources_list.item(1).text() == (
        "Ishiguro, Kazuo. Never Let Me Go. Vintage International, 2006.")
    dialog.sources_list.item(0).setText("Brontë, Charlotte. Jane Eyre.")
    dialog.affiliation_edit.setText("Department of English, Lakeside High School")
    change = dialog.change()
    assert change is not None
    change.apply(essay)
    assert essay.sources[1] is BOOK  # untouched
    assert (essay.sources[0].text, essay.sources[0].id) == ("Brontë, Charlotte. Jane Eyre.", "t")
    assert essay.meta.affiliation == "Department of English, Lakeside High School"


def test_sources_dialog_screenshot(qtbot: Any, tmp_path: Path) -> None:
    dialog, _ = dialog_on(qtbot, [Source(TYPED, id="t"), BOOK])
    dialog.show()
    dialog.entries.setCurrentRow(1)
    image = dialog.grab().toImage()
    assert image.width() > 600 and image.height() > 400
    assert not image.isNull()
