"""An open document: the essay, where it lives, and its one undo stack."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from outliner.core.changes import Change
from outliner.core.essay import Essay
from outliner.core.rules import TreeError
from outliner.core.word_tally import WordTally
from outliner.ui.messages import refusal
from outliner.ui.undo import ChangeCommand


class Document(QObject):
    """Every change to the essay goes through ``push`` onto one undo stack."""

    #: A change was refused; the argument says why, for the status bar.
    refused = Signal(str)
    #: The essay changed (a push, an undo or a redo).
    changed = Signal()

    def __init__(self, essay: Essay, path: Path | None = None,
                 parent: QObject | None = None, *, source: Path | None = None) -> None:
        super().__init__(parent)
        self.essay = essay
        self.path = path
        #: The file this essay was imported from: exports never write over it.
        self.source = source
        #: Word counts kept per node, for the status bar and the preview.
        self.words = WordTally()
        self.undo_stack = QUndoStack(self)
        # A bound slot (not a lambda) is disconnected before the stack is
        # destroyed with us, so its last clear() cannot reach a dead object.
        self.undo_stack.indexChanged.connect(self._index_changed)

    def _index_changed(self, _index: int) -> None:
        self.changed.emit()

    def push(self, change: Change | None) -> bool:
        """Apply ``change`` as one undoable step; False (and ``refused``) when
        the rules forbid it, in which case nothing changed."""
        if change is None:
            return False
        try:
            inverse = change.apply(self.essay)
        except TreeError as exc:
            self.refused.emit(refusal(exc))  # in the window's language
            return False
        self.undo_stack.push(ChangeCommand(self.essay, change, inverse))
        return True

    @property
    def modified(self) -> bool:
        """Unsaved changes exist."""
        return not self.undo_stack.isClean()
