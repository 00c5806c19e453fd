"""The bridge from core changes to Qt's undo stack."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from outliner.core.changes import Change, SetFields
from outliner.core.essay import Essay
from outliner.ui.translations import translate

#: QUndoCommand id shared by all mergeable field edits.
_MERGE_ID = 1001


class ChangeCommand(QUndoCommand):
    """One undoable step: a core change and its inverse.

    The change has already been applied when the command is made (so a
    refused change never reaches the stack); the first ``redo`` that
    ``QUndoStack.push`` calls therefore does nothing.
    """

    def __init__(self, essay: Essay, change: Change, inverse: Change) -> None:
        # The history shows the step in the window's language; the core
        # marks its labels ("Move Up"), a label the window made is kept.
        super().__init__(translate("Change", change.label))
        self._essay = essay
        self._change = change
        self._inverse = inverse
        self._applied = True

    @property
    def change(self) -> Change:
        """The forward change this step makes."""
        return self._change

    def redo(self) -> None:
        if self._applied:
            return
        self._inverse = self._change.apply(self._essay)
        self._applied = True

    def undo(self) -> None:
        self._change = self._inverse.apply(self._essay)
        self._applied = False

    def id(self) -> int:
        if isinstance(self._change, SetFields) and self._change.merge_key:
            return _MERGE_ID
        return -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Typing in one field merges into a single step."""
        if not isinstance(other, ChangeCommand):
            return False
        mine, theirs = self._change, other._change
        if not (isinstance(mine, SetFields) and isinstance(theirs, SetFields)):
            return False
        if not mine.merge_key or mine.merge_key != theirs.merge_key:
            return False
        # Keep our inverse (the value before typing began); redo sets theirs.
        self._change = theirs
        return True
