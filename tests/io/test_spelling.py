"""The spelling engine: hunspell through enchant, the pure-Python fallback,
the personal dictionary."""

from __future__ import annotations

from pathlib import Path

import pytest

from outliner.core.essay import Essay, Meta, Node, NodeKind
from outliner.io import spelling as spelling_io
from outliner.io.check_report import check_essay, spelling_check
from outliner.io.spelling import PERSONAL_FILE, PersonalDictionary, Speller


def test_the_fallback_works_when_enchant_has_no_dictionary(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(spelling_io, "_enchant_dictionary", lambda language: None)
    speller = Speller("en-US")
    assert speller.engine == "pyspellchecker"
    assert speller.known("together") and not speller.known("togethers")
    assert speller.known("don't") and speller.known("don’t".replace("’", "'"))
    assert "together" in speller.suggest("togethers")


def test_british_spelling_passes_in_en_gb_on_the_fallback() -> None:
    british = Speller("en-GB", use_enchant=False)
    assert british.known("colour") and british.known("realise") and british.known("centre")
    assert not british.known("togethers")


def test_hunspell_tells_us_from_gb_where_installed() -> None:
    if spelling_io._enchant_dictionary("en-GB") is None:
        pytest.skip("no hunspell en-GB dictionary for enchant on this machine")
    assert Speller("en-GB").engine == "hunspell"
    assert Speller("en-GB").known("colour") and not Speller("en-US").known("colour")


def test_the_personal_dictionary_is_kept_in_the_folder_given(tmp_path: Path) -> None:
    folder = tmp_path / "data" / "spelling"
    speller = Speller("en-US", folder, use_enchant=False)
    assert not speller.known("togethers")
    speller.add_personal("togethers")
    assert speller.known("togethers")
    assert (folder / PERSONAL_FILE).read_text(encoding="utf-8") == "togethers\n"
    assert Speller("en-US", folder, use_enchant=False).known("togethers")


def test_an_unreadable_personal_dictionary_is_no_dictionary(tmp_path: Path) -> None:
    (tmp_path / PERSONAL_FILE).mkdir()  # a folder where the file should be
    assert PersonalDictionary(tmp_path).words == set()
    assert PersonalDictionary(None).words == set()


def test_the_essay_word_list_and_language_come_from_the_essay() -> None:
    essay = Essay(meta=Meta(title="T", author="A", instructor="I", course="C", date="d",
                            language="en-GB", words=("togethers",)),
                  outline=[Node(NodeKind.NOTE, "spend togethers in colour", id="n")])
    check = spelling_check(essay, None, use_enchant=False)
    assert check.speller.known("colour")  # type: ignore[attr-defined]
    assert not [f for f in check_essay(essay, check) if f.finding.kind == "spelling"]


def test_with_neither_engine_installed_spelling_says_nothing(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    real_import = builtins.__import__

    def no_engines(name: str, *args: object, **kwargs: object) -> object:
        if name in ("enchant", "spellchecker"):
            raise ImportError(f"No module named {name!r}")
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "__import__", no_engines)
    speller = Speller("en-US")
    assert speller.engine == "none"
    assert speller.known("togethers") and speller.suggest("togethers") == []
