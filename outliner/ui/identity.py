"""The application's names: what QSettings files it under and what its
windows are called. A leaf module, so the window and the dialogs can name the
app without importing the code that starts it (ui/app)."""

from __future__ import annotations

from outliner import APP_NAME

ORGANIZATION = "EssayOutliner"
APPLICATION = APP_NAME
