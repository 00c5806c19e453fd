"""Files dropped on the window open in it.

An event filter on the window and on the text editors' viewports: a text
field would otherwise take a dropped file as its path typed in. Drags that
carry no local file (a row of the outline, selected text) pass untouched.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject, Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent


def local_files(mime: QMimeData | None) -> list[Path]:
    """The local files a drag carries, in order."""
    if mime is None or not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


class FileDrop(QObject):
    """Hands the files of a drop to ``open_files`` (which asks about unsaved
    changes and names a file it cannot open)."""

    def __init__(self, open_files: Callable[[list[Path]], object],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._open_files = open_files

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QDragEnterEvent | QDragMoveEvent):
            if local_files(event.mimeData()):
                event.setDropAction(Qt.DropAction.CopyAction)
                event.accept()
                return True
            return False
        if isinstance(event, QDropEvent) and event.type() == QEvent.Type.Drop:
            files = local_files(event.mimeData())
            if not files:
                return False
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            # After the drop is done: opening may ask questions, and the
            # program the file came from waits while the drop is handled.
            QTimer.singleShot(0, lambda: self._open_files(files))
            return True
        return False
