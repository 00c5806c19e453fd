"""The application's names: what QSettings files it under, what its data
folder and its windows are called. A leaf module, so the window and the
dialogs can name the app without importing the code that starts it (ui/app).

Settings and data live under names without spaces
(``~/.config/essay-outliner/essay-outliner.conf``); the names before them are
kept only so the first start can move the old files (ui/legacy_names.py)."""

from __future__ import annotations

from outliner import APP_ID, APP_NAME

#: The name people read (window titles, the About box).
APPLICATION = APP_NAME
#: QSettings' organization and application names: the folders and the file.
ORGANIZATION = "essay-outliner"
SETTINGS_NAME = "essay-outliner"
#: What earlier versions called them (a settings file and folder with spaces).
OLD_ORGANIZATION = "EssayOutliner"
OLD_SETTINGS_NAME = "Essay Outliner"

__all__ = ["APPLICATION", "APP_ID", "OLD_ORGANIZATION", "OLD_SETTINGS_NAME", "ORGANIZATION",
           "SETTINGS_NAME"]
