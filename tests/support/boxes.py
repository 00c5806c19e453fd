"""Answering the next message box a window puts up, as a person would:
clicking one of its buttons (by standard button or text) or pressing
Escape, noting what the box said and offered."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

#: Answer a box by pressing Escape instead of a button.
ESCAPE = "<escape>"


class NextBox:
    """Click ``button`` on the next message box that comes up."""

    def __init__(self, button: QMessageBox.StandardButton | str) -> None:
        self.button = button
        self.seen: list[tuple[str, str, str]] = []  # title, text, informative text
        self.buttons: list[str] = []
        self.default: str | None = None
        self._timer = QTimer()
        self._timer.setInterval(20)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def _tick(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isVisible():
            return
        self._timer.stop()
        self.seen.append((box.windowTitle(), box.text(), box.informativeText()))
        self.buttons = [b.text() for b in box.buttons()]
        default = box.defaultButton()
        self.default = default.text() if default is not None else None
        QTimer.singleShot(0, lambda: self._answer(box))

    def _answer(self, box: QMessageBox) -> None:
        if self.button == ESCAPE:
            box.reject()
            return
        # Looked up now: a static question's box may lay out its buttons anew.
        if isinstance(self.button, str):
            [chosen] = [b for b in box.buttons() if b.text() == self.button]
            chosen.click()
            return
        found = box.button(self.button)
        assert found is not None, self.button
        found.click()

    def stop(self) -> None:
        self._timer.stop()
