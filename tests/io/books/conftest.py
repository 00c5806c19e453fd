"""Books made once per test session (LibreOffice takes a second per PDF)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.books import filler, numbered_pdf

#: Pages of the book with printed numbers: 255 to 258.
FIRST_PRINTED = 255
PAGES = 4


@pytest.fixture(scope="session")
def printed_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A PDF whose pages print 255-258 in the footer and carry no page labels."""
    folder = tmp_path_factory.mktemp("printed")
    return numbered_pdf([(FIRST_PRINTED, [filler(page) for page in range(PAGES)])], folder)


@pytest.fixture(scope="session")
def excerpt_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A course-pack excerpt: pages 41-42, then 255-258 (two printed sequences)."""
    folder = tmp_path_factory.mktemp("excerpt")
    return numbered_pdf([(41, [filler(0), filler(1)]),
                         (255, [filler(page) for page in range(2, 6)])], folder)
