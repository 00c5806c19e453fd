"""What opening a window does not load: the AI drafter's network modules
(the feature is off by default) and the book matcher and readers (until a
book is attached). Each cost tens of milliseconds of every start."""

from __future__ import annotations

import os
import subprocess
import sys

CHILD = """
import sys
from pathlib import Path
import tempfile
from PySide6.QtCore import QSettings
from outliner.ui.app import make_application
from outliner.ui.main_window import MainWindow
app = make_application()
folder = Path(tempfile.mkdtemp())
settings = QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat)
window = MainWindow(None, settings=settings, recovery_folder=folder / "r", offer_recovery=False)
window.show()
app.processEvents()
wanted = ["http.client", "ssl", "outliner.compose.ai.drafter", "outliner.core.quote_match",
          "outliner.core.book_index", "outliner.io.books.pdf", "pypdf"]
print(" ".join(name for name in wanted if name in sys.modules))
"""


def test_a_new_window_loads_neither_the_network_nor_the_book_matcher() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True,
                          timeout=120, env=env, check=True)
    loaded = done.stdout.split()
    # The drafter module itself is light; only its network modules are deferred.
    assert [name for name in loaded if name != "outliner.compose.ai.drafter"] == []
