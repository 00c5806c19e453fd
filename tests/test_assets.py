"""outliner.assets: which resources folder the running package reads."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import outliner
from outliner import assets

REPO = Path(__file__).resolve().parent.parent
PACKAGE = Path(outliner.__file__).resolve().parent


@pytest.fixture(autouse=True)
def _fresh() -> Iterator[None]:
    assets.resources.cache_clear()
    yield
    assets.resources.cache_clear()


def _answer(monkeypatch: pytest.MonkeyPatch, found: Path | None) -> None:
    def files(name: str) -> Path:
        assert name == "outliner.resources"
        if found is None:
            raise ModuleNotFoundError(name)
        return found

    monkeypatch.setattr(assets, "files", files)


def test_this_checkout_reads_its_own_top_level_folder() -> None:
    assert assets.resources() == REPO / "resources"
    assert assets.resource_path("icons", "body.svg") == REPO / "resources" / "icons" / "body.svg"
    assert assets.resource_path("sample-essay.txt").is_file()


def test_an_installed_package_reads_the_folder_inside_it(
        monkeypatch: pytest.MonkeyPatch) -> None:
    _answer(monkeypatch, PACKAGE / "resources")  # where a wheel puts it
    assert assets.resources() == PACKAGE / "resources"


def test_a_source_tree_that_is_not_installed_reads_the_folder_beside_it(
        monkeypatch: pytest.MonkeyPatch) -> None:
    _answer(monkeypatch, None)
    assert assets.resources() == PACKAGE.parent / "resources"


def test_another_checkouts_editable_install_is_not_believed(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _answer(monkeypatch, tmp_path / "elsewhere" / "resources")
    assert assets.resources() == PACKAGE.parent / "resources"


def test_a_missing_file_is_a_path_that_does_not_exist() -> None:
    assert not assets.resource_path("icons", "no-such-icon.svg").exists()
