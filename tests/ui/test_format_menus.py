"""The window's file menus come from the format registry (io/formats.py)."""

from __future__ import annotations

from outliner.io import formats
from outliner.ui import file_actions
from tests.ui.test_main_window import WindowFactory, window_factory

__all__ = ["window_factory"]


def test_file_export_has_one_entry_per_writable_format(window_factory: WindowFactory) -> None:
    window = window_factory()
    for fmt in formats.writable():
        action = window.actions_by_name[f"export_{fmt.key}"]
        assert action.text() == fmt.menu_text
        assert fmt.name in action.toolTip() or fmt.name in action.statusTip()


def test_the_open_filter_lists_every_readable_suffix() -> None:
    for suffix in formats.suffixes(formats.readable()):
        assert f"*{suffix}" in file_actions.open_filter()
    assert file_actions.open_filter().startswith("Essays (*.essay);;Drafts (")
