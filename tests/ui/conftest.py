"""The window's tests run with the app's English catalogue installed, as the
app itself always starts (ui/app.make_application): English plural forms
("1 word", "2 words") come from essay_outliner_en.qm, not from the code."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from outliner.ui.translations import install_translators


@pytest.fixture(autouse=True, scope="session")
def english_catalogue(qapp: Any) -> Iterator[None]:
    installed = install_translators("en")
    yield
    installed.remove()
