"""File > Export > OPML Outline and File > Open of an .opml file in the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from outliner.core.essay import Essay
from outliner.io.formats import open_document
from tests.ui.test_files_ui import answer_save_dialog
from tests.ui.test_main_window import WindowFactory, saved_small_essay, window_factory

__all__ = ["window_factory"]


def tree(essay: Essay) -> list[tuple[int, str, str, str, str]]:
    return [(n.depth(), n.kind.value, n.text, n.cite, n.prose) for n in essay.walk()]


def test_export_opml_then_open_it_gives_the_same_tree(
        window_factory: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window = window_factory(saved_small_essay(tmp_path))
    target = tmp_path / "exported"
    proposals = answer_save_dialog(monkeypatch, target)
    assert window.actions_by_name["export_opml"].text() == "&OPML Outline…"
    window.actions_by_name["export_opml"].trigger()
    assert proposals and proposals[0].endswith(".opml")
    written = tmp_path / "exported.opml"  # the suffix is added
    assert tree(open_document(written)) == tree(window.document.essay)

    original = tree(window.document.essay)
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *_a: (str(written), "OPML outlines (*.opml)"))
    window.actions_by_name["open"].trigger()
    assert window.display_name == "exported"
    assert window.document.path is None  # imported into an untitled essay
    assert tree(window.document.essay) == original
