"""Shared fixtures. Qt runs offscreen unless a test starts its own X server."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
#: The real user's draft, present on the developers' machines and in CI.
USER_DRAFT = REPO.parent / "shared" / "samples" / "never-let-me-go-draft.txt"


@pytest.fixture
def user_draft() -> Path:
    """The user's draft; the test is skipped where the shared folder is absent."""
    if not USER_DRAFT.is_file():
        pytest.skip(f"the user's draft is not here ({USER_DRAFT}); it lives in ../shared")
    return USER_DRAFT
