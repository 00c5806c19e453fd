"""The spell highlighter and its context menu, offscreen, on both engines."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QMenu, QPlainTextEdit
from pytestqt.qtbot import QtBot

from outliner.core.essay import Essay, Meta, NodeKind
from outliner.io import spelling as spelling_io
from outliner.ui.spelling import SpellHighlighter, SpellingService, add_spelling_actions

TEXT = "time to spend togethers, “spend togethers” (3), and *togethers* too"


@pytest.fixture(params=["hunspell", "pyspellchecker"])
def service(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch,
            tmp_path: Path) -> SpellingService:
    if request.param == "pyspellchecker":  # enchant without a dictionary
        monkeypatch.setattr(spelling_io, "_enchant_dictionary", lambda language: None)
    elif spelling_io._enchant_dictionary("en-US") is None:
        pytest.skip("no hunspell dictionary for enchant on this machine")
    made = SpellingService(tmp_path / "spelling")
    assert made.speller("en-US").engine == request.param
    return made


def underlined(edit: QPlainTextEdit) -> list[str]:
    """The underlined stretches of the first block, as the highlighter set them."""
    block = edit.document().firstBlock()
    text = block.text()
    return [text[r.start:r.start + r.length] for r in block.layout().formats()
            if r.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline]


def editor(qtbot: QtBot, service: SpellingService, essay: Essay,
           kind: NodeKind) -> tuple[QPlainTextEdit, SpellHighlighter]:
    edit = QPlainTextEdit()
    qtbot.addWidget(edit)
    highlighter = SpellHighlighter(edit.document(), lambda: service.check_for(essay),
                                   lambda: kind)
    edit.setPlainText(TEXT)
    return edit, highlighter


def test_togethers_is_underlined_but_never_inside_a_quotation(
        qtbot: QtBot, service: SpellingService) -> None:
    edit, _ = editor(qtbot, service, Essay(), NodeKind.NOTE)
    assert underlined(edit) == ["togethers", "togethers"]  # not the quoted one, not the *
    block = edit.document().firstBlock()
    starts = [r.start for r in block.layout().formats()]
    assert starts == [TEXT.index("togethers"), TEXT.index("*togethers*") + 1]


def test_a_quotation_node_is_never_underlined(qtbot: QtBot, service: SpellingService) -> None:
    edit, _ = editor(qtbot, service, Essay(), NodeKind.QUOTE)
    assert underlined(edit) == []


def test_context_menu_suggests_replaces_and_adds_to_the_dictionary(
        qtbot: QtBot, service: SpellingService, tmp_path: Path) -> None:
    essay = Essay()
    edit, _highlighter = editor(qtbot, service, essay, NodeKind.NOTE)
    edit.resize(600, 200)
    edit.show()
    qtbot.waitExposed(edit)
    cursor = QTextCursor(edit.document())
    cursor.setPosition(TEXT.index("togethers") + 3)
    pos = edit.cursorRect(cursor).center()
    menu = QMenu()
    menu.addAction("Copy")
    assert add_spelling_actions(menu, edit, pos, NodeKind.NOTE, service, essay, lambda w: None)
    texts = [a.text() for a in menu.actions()]
    assert texts[0] == "together" and texts[-1] == "Copy"
    assert "Add to Dictionary" in texts and "Add to Essay Word List" in texts
    next(a for a in menu.actions() if a.text() == "Add to Dictionary").trigger()
    assert underlined(edit) == []
    assert (tmp_path / "spelling" / "dictionary.txt").read_text() == "togethers\n"
    plain = QMenu()
    start = QTextCursor(edit.document())
    start.setPosition(1)  # on "time": nothing to offer
    assert not add_spelling_actions(plain, edit, edit.cursorRect(start).center(),
                                    NodeKind.NOTE, service, essay, lambda w: None)
    assert plain.actions() == []


def test_a_suggestion_replaces_the_word_and_the_essay_word_list_is_used(
        qtbot: QtBot, service: SpellingService) -> None:
    essay = Essay(meta=Meta(language="en-US"))
    edit, _ = editor(qtbot, service, essay, NodeKind.NOTE)
    edit.show()
    qtbot.waitExposed(edit)
    cursor = QTextCursor(edit.document())
    cursor.setPosition(TEXT.index("togethers") + 1)
    menu = QMenu()
    added: list[str] = []
    add_spelling_actions(menu, edit, edit.cursorRect(cursor).center(), NodeKind.NOTE,
                         service, essay, added.append)
    next(a for a in menu.actions() if a.text() == "Add to Essay Word List").trigger()
    assert added == ["togethers"]
    menu.actions()[0].trigger()  # the first suggestion, "together"
    assert edit.toPlainText().startswith("time to spend together, ")
    essay.set_words(("togethers",))
    edit.document().findChildren(SpellHighlighter)[0].rehighlight()
    assert underlined(edit) == []
