"""The spelling dictionary: hunspell's through enchant when the system has
it for the language, else pyspellchecker (pure Python), so spell check
works on a fresh machine; plus the writer's personal dictionary, a text
file of one word a line in a folder the caller names (the app passes its
data folder; nothing here looks folders up).

Answers are cached per word: asking about a word twice costs a dict lookup.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Protocol

from outliner.io.atomic import atomic_write
from outliner.io.errors import DocumentError
from outliner.io.reading import PERSONAL_DICTIONARY, read_limited

#: The personal dictionary's file name inside the folder it is kept in.
PERSONAL_FILE = "dictionary.txt"

#: British endings and the American forms pyspellchecker knows instead.
_GB_TO_US = ((re.compile(r"our(s|ed|ing|ite|ites)?$"), r"or\1"),
             (re.compile(r"is(e|es|ed|ing|ation|ations)$"), r"iz\1"),
             (re.compile(r"ys(e|es|ed|ing)$"), r"yz\1"),
             (re.compile(r"tre(s)?$"), r"ter\1"),
             (re.compile(r"ll(ed|ing|er|ers)$"), r"l\1"),
             (re.compile(r"ogue(s)?$"), r"og\1"))


class Dictionary(Protocol):
    def check(self, word: str) -> bool: ...
    def suggest(self, word: str) -> list[str]: ...


class _Fallback:
    """pyspellchecker's English list (it does not tell US from GB spelling:
    for en-GB a word also passes when its American form does)."""

    def __init__(self, language: str) -> None:
        from spellchecker import SpellChecker

        self._checker = SpellChecker(language="en")
        self._british = language == "en-GB"

    def check(self, word: str) -> bool:
        lower = word.lower()
        if self._checker.known([lower]):
            return True
        if self._british:
            for pattern, american in _GB_TO_US:
                us = pattern.sub(american, lower)
                if us != lower and self._checker.known([us]):
                    return True
        return False

    def suggest(self, word: str) -> list[str]:
        candidates = self._checker.candidates(word.lower()) or set()
        ranked = sorted(candidates, key=lambda w: -self._checker.word_usage_frequency(w))
        return [w for w in ranked if w != word.lower()][:8]


def _enchant_dictionary(language: str) -> Dictionary | None:
    """enchant's dictionary for ``language`` ("en-US" → en_US), or None when
    enchant, its C library or the dictionary is missing."""
    try:
        import enchant
    except (ImportError, OSError):  # no libenchant on this machine
        return None
    tag = language.replace("-", "_")
    try:
        if not enchant.dict_exists(tag):
            return None
        return enchant.Dict(tag)  # type: ignore[no-any-return]
    except enchant.errors.Error:
        return None


class _NoDictionary:
    """Neither engine is installed (a broken install): every word passes,
    so spell check says nothing rather than everything."""

    def check(self, word: str) -> bool:
        return True

    def suggest(self, word: str) -> list[str]:
        return []


def open_dictionary(language: str, use_enchant: bool = True) -> tuple[Dictionary, str]:
    """The dictionary for ``language`` and the name of the engine behind it
    ("hunspell", "pyspellchecker", or "none")."""
    found = _enchant_dictionary(language) if use_enchant else None
    if found is not None:
        return found, "hunspell"
    try:
        return _Fallback(language), "pyspellchecker"
    except ImportError:
        return _NoDictionary(), "none"


class PersonalDictionary:
    """The writer's own words, kept in ``folder``/dictionary.txt."""

    def __init__(self, folder: Path | None) -> None:
        self.path = folder / PERSONAL_FILE if folder is not None else None
        self.words: set[str] = set()
        if self.path is not None and self.path.is_file():
            try:
                text = read_limited(self.path, PERSONAL_DICTIONARY).decode("utf-8", "replace")
            except (OSError, DocumentError):
                text = ""  # unreadable: spell check still works without it
            self.words = {line.strip() for line in text.splitlines() if line.strip()}

    def __contains__(self, word: str) -> bool:
        return word in self.words or word.lower() in self.words

    def add(self, word: str) -> None:
        """Keep ``word``; OSError when the folder cannot be written."""
        word = word.strip()
        if not word or word in self.words:
            return
        self.words.add(word)
        if self.path is not None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            data = "".join(f"{w}\n" for w in sorted(self.words)).encode("utf-8")
            atomic_write(self.path, data)


class Speller:
    """A language's dictionary and the personal one, with cached answers."""

    def __init__(self, language: str = "en-US", personal_folder: Path | None = None,
                 use_enchant: bool = True) -> None:
        self.language = language
        self.dictionary, self.engine = open_dictionary(language, use_enchant)
        self.personal = PersonalDictionary(personal_folder)
        self._known: dict[str, bool] = {}

    def known(self, word: str) -> bool:
        answer = self._known.get(word)
        if answer is None:
            answer = word in self.personal or self._check(word)
            self._known[word] = answer
        return answer

    def _check(self, word: str) -> bool:
        try:
            return self.dictionary.check(word) or (
                "'" in word and self.dictionary.check(word.replace("'", "’")))
        except ValueError:  # enchant refuses some strings (e.g. empty)
            return True

    def suggest(self, word: str) -> list[str]:
        try:
            return self.dictionary.suggest(word)[:8]
        except ValueError:
            return []

    def add_personal(self, word: str) -> None:
        """Add ``word`` to the personal dictionary (kept on disk)."""
        self.personal.add(word)
        self.accept(word)

    def accept(self, word: str) -> None:
        """Take ``word`` as spelled right from now on (another speller added
        it to the personal dictionary file this one shares)."""
        self.personal.words.add(word.strip())
        self._known[word.strip()] = True
