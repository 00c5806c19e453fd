"""The node editor underlines misspellings with the same highlighter that
sets italics (a document shows one highlighter's formats)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from outliner.core.essay import Essay, Node, NodeKind
from outliner.io import spelling as spelling_io
from outliner.ui.document import Document
from outliner.ui.node_editor import NodeEditor
from outliner.ui.spelling import SpellingService

K = NodeKind
WAVY = QTextCharFormat.UnderlineStyle.SpellCheckUnderline


@pytest.fixture
def service(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> SpellingService:
    # The pure-Python engine: the same answer on every machine.
    monkeypatch.setattr(spelling_io, "_enchant_dictionary", lambda language: None)
    return SpellingService(tmp_path / "spelling")


def formatted(edit: QPlainTextEdit) -> list[tuple[str, bool, bool]]:
    """Each character of the first block: itself, underlined, italic."""
    block = edit.document().firstBlock()
    text = block.text()
    marks = [(False, False)] * len(text)
    for r in block.layout().formats():
        for i in range(r.start, r.start + r.length):
            marks[i] = (r.format.underlineStyle() == WAVY, r.format.fontItalic())
    return [(ch, u, it) for ch, (u, it) in zip(text, marks, strict=True)]


def underlined_words(edit: QPlainTextEdit) -> list[str]:
    words, current = [], ""
    for ch, underline, _ in formatted(edit):
        if underline:
            current += ch
        elif current:
            words.append(current)
            current = ""
    return [*words, current] if current else words


def editor_on(qtbot: QtBot, node: Node, essay: Essay, service: SpellingService) -> NodeEditor:
    editor = NodeEditor(Document(essay))
    qtbot.addWidget(editor)
    editor.set_spelling(service)
    editor.set_node(node)
    return editor


def test_the_prose_editor_underlines_a_misspelling_but_not_a_quotation(
        qtbot: QtBot, service: SpellingService) -> None:
    body = Node(K.BODY, "They spend togethers", prose=(
        "They want to spend togethers the years left, “spend togethers” (3), "
        "and *togethers* is still wrong."))
    editor = editor_on(qtbot, body, Essay(outline=[body]), service)
    assert underlined_words(editor.prose_edit) == ["togethers", "togethers"]
    assert underlined_words(editor.text_edit) == ["togethers"]
    # the italic word keeps its italics under the underline
    italic_underlined = [ch for ch, u, it in formatted(editor.prose_edit) if u and it]
    assert "".join(italic_underlined) == "togethers"


def test_a_quotation_node_is_never_underlined(qtbot: QtBot, service: SpellingService) -> None:
    quote = Node(K.QUOTE, "they spend togethers", cite="3")
    body = Node(K.BODY, "Claim", children=[quote])
    editor = editor_on(qtbot, quote, Essay(outline=[body]), service)
    assert underlined_words(editor.text_edit) == []
    editor.set_node(body)  # another kind: checked again
    editor.text_edit.setPlainText("Claim togethers")
    assert underlined_words(editor.text_edit) == ["togethers"]


def test_spelling_off_underlines_nothing(qtbot: QtBot, service: SpellingService) -> None:
    note = Node(K.NOTE, "spend togethers")
    editor = editor_on(qtbot, note, Essay(outline=[Node(K.BODY, "b", children=[note])]), service)
    assert underlined_words(editor.text_edit) == ["togethers"]
    editor.set_spelling(None)
    assert underlined_words(editor.text_edit) == []
