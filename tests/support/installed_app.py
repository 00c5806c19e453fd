"""Run by tests/test_wheel_install.py with the interpreter of a fresh virtual
environment, from a folder outside the repository: starts the installed app
the way the ``outliner`` command does (no file: the sample essay) and prints
what it shows as JSON. Never imported from the source tree."""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtTest import QTest

import outliner
from outliner.assets import resources
from outliner.core.essay import NodeKind
from outliner.ui.app import app_settings, make_application
from outliner.ui.icons import kind_icon
from outliner.ui.main_window import MainWindow


def drawn(icon: QIcon) -> bool:
    """The icon paints something: not null, and some pixel is not transparent."""
    if icon.isNull():
        return False
    image = icon.pixmap(16, 16).toImage()
    return any(image.pixelColor(x, y).alpha() > 0
               for x in range(image.width()) for y in range(image.height()))


def main() -> int:
    app = make_application()
    window = MainWindow(None, settings=app_settings(), offer_recovery=False)
    window.show()
    exposed = QTest.qWaitForWindowExposed(window, 20_000)
    model = window.view.model()
    rows = [model.index(row, 0) for row in range(model.rowCount())]
    report = {
        "outliner": outliner.__file__,
        "resources": str(resources()),
        "exposed": exposed,
        "title": window.windowTitle(),
        "nodes": len(window.document.essay),
        "kind_icons": {kind.value: drawn(kind_icon(kind)) for kind in NodeKind},
        "row_icons": [drawn(icon) if isinstance(icon, QIcon) else False
                      for icon in (index.data(Qt.ItemDataRole.DecorationRole) for index in rows)],
    }
    window.close()
    app.processEvents()
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
