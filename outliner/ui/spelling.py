"""Spell check in the window: the dictionaries (one per language, shared by
every editor and the Checks panel), the misspelled ranges of a block of
text, a QSyntaxHighlighter that underlines them, and the context-menu
entries (suggestions, Add to Dictionary, Add to Essay Word List).

Quotations are never underlined (the writer must not "correct" a quoted
text): a quotation node not at all, quotations inside other text skipped.
Ranges are cached per text, so a keystroke only checks the block it changed.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QMenu, QPlainTextEdit

from outliner.compose.checks import SpellingCheck
from outliner.compose.checks.spelling import Range
from outliner.core.changes import SetWords
from outliner.core.essay import Essay, NodeKind
from outliner.io.spelling import Speller
from outliner.ui.document import Document
from outliner.ui.translations import translate

#: How many suggestions the context menu offers.
MAX_SUGGESTIONS = 6


class SpellingService:
    """The window's dictionaries: a speller per language with the personal
    dictionary in ``personal_folder``, and a check per essay word list."""

    def __init__(self, personal_folder: Path | None, use_enchant: bool = True) -> None:
        self.personal_folder = personal_folder
        self.use_enchant = use_enchant
        self._spellers: dict[str, Speller] = {}
        self._check: SpellingCheck | None = None
        self._check_key: tuple[str, tuple[str, ...]] = ("", ())

    def speller(self, language: str) -> Speller:
        if language not in self._spellers:
            self._spellers[language] = Speller(language, self.personal_folder,
                                               self.use_enchant)
        return self._spellers[language]

    def check_for(self, essay: Essay) -> SpellingCheck:
        """The check for ``essay``'s language and word list (kept while they
        stay the same, so its cache stays warm)."""
        key = (essay.meta.language, essay.meta.words)
        if self._check is None or key != self._check_key:
            self._check = SpellingCheck(self.speller(key[0]), key[1])
            self._check_key = key
        return self._check

    def add_to_dictionary(self, language: str, word: str) -> None:
        """Keep ``word`` in the personal dictionary (every language's speller
        reads the same file, so each is told)."""
        try:
            self.speller(language).personal.add(word)  # OSError: cannot be written
        finally:  # accepted this session either way
            for speller in self._spellers.values():
                speller.accept(word)
            self._check = None  # cached ranges may hold the word


def misspelled_ranges(text: str, kind: NodeKind | None,
                      check: SpellingCheck | None) -> tuple[Range, ...]:
    """The misspelled (start, end) ranges of a block of ``text`` in a node
    of ``kind``: none in a quotation node, none inside quotation marks, and
    never covering the inline marks ``*``."""
    if check is None or kind is NodeKind.QUOTE:
        return ()
    return check.misspelled(text)


def misspelling_format() -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
    fmt.setUnderlineColor(QColor(Qt.GlobalColor.red))
    return fmt


class SpellHighlighter(QSyntaxHighlighter):
    """Underlines misspelled words of a text document in red. ``check`` and
    ``kind`` are asked on every block, so a node or language change only
    needs :meth:`rehighlight`."""

    def __init__(self, document: QTextDocument, check: Callable[[], SpellingCheck | None],
                 kind: Callable[[], NodeKind | None]) -> None:
        super().__init__(document)
        self._check = check
        self._kind = kind
        self._format = misspelling_format()

    def highlightBlock(self, text: str) -> None:
        for start, end in misspelled_ranges(text, self._kind(), self._check()):
            self.setFormat(start, end - start, self._format)


def misspelling_at(edit: QPlainTextEdit, pos: QPoint, kind: NodeKind | None,
                   check: SpellingCheck | None) -> QTextCursor | None:
    """A cursor selecting the misspelled word under ``pos``, or None."""
    cursor = edit.cursorForPosition(pos)
    block = cursor.block()
    offset = cursor.position() - block.position()
    for start, end in misspelled_ranges(block.text(), kind, check):
        if start <= offset <= end:
            word = QTextCursor(block)
            word.setPosition(block.position() + start)
            word.setPosition(block.position() + end, QTextCursor.MoveMode.KeepAnchor)
            return word
    return None


def add_spelling_actions(menu: QMenu, edit: QPlainTextEdit, pos: QPoint,
                         kind: NodeKind | None, service: SpellingService, essay: Essay,
                         add_essay_word: Callable[[str], object]) -> bool:
    """Put suggestions, Add to Dictionary and Add to Essay Word List at the
    top of ``menu`` when ``pos`` is on a misspelled word; False when not."""
    check = service.check_for(essay)
    cursor = misspelling_at(edit, pos, kind, check)
    if cursor is None:
        return False
    word = cursor.selectedText()
    first = menu.actions()[0] if menu.actions() else None
    entries = []
    for suggestion in check.speller.suggest(word)[:MAX_SUGGESTIONS]:
        action = menu.addAction(suggestion)
        action.triggered.connect(lambda _=False, s=suggestion: _replace(edit, cursor, s))
        entries.append(action)
    if not entries:
        none = menu.addAction(translate("Spelling", "(no suggestions)"))
        none.setEnabled(False)
        entries.append(none)
    def to_dictionary() -> None:
        # A folder that cannot be written: the word is still accepted this session.
        with contextlib.suppress(OSError):
            service.add_to_dictionary(essay.meta.language, word)
        _rehighlight(edit)

    def to_word_list() -> None:
        add_essay_word(word)
        _rehighlight(edit)

    add = menu.addAction(translate("Spelling", "Add to Dictionary"))
    add.triggered.connect(to_dictionary)
    add_essay = menu.addAction(translate("Spelling", "Add to Essay Word List"))
    add_essay.triggered.connect(to_word_list)
    entries += [add, add_essay, menu.addSeparator()]
    if first is not None:
        for action in entries:
            menu.removeAction(action)
        menu.insertActions(first, entries)
    return True


def _replace(edit: QPlainTextEdit, cursor: QTextCursor, text: str) -> None:
    # Through the editor's own cursor, so its textChanged pushes the edit.
    edit.setTextCursor(cursor)
    edit.textCursor().insertText(text)


def _rehighlight(edit: QPlainTextEdit) -> None:
    for highlighter in edit.document().findChildren(QSyntaxHighlighter):
        highlighter.rehighlight()


def add_essay_word(document: Document, word: str) -> None:
    """Add ``word`` to the essay's word list as one undoable step."""
    words = document.essay.meta.words
    if word not in words:
        document.push(SetWords((*words, word)))
