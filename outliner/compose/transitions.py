"""Transition words: chosen by what a sentence does, never repeated in a paragraph."""

from __future__ import annotations

import re
from enum import StrEnum


class TransitionRole(StrEnum):
    """What a sentence does for the paragraph."""

    ADD = "add"
    CONTRAST = "contrast"
    EXAMPLE = "example"
    RESULT = "result"
    CONCLUDE = "conclude"


#: Transitions by role, in the order they are tried. "Yet" takes no comma.
TRANSITIONS: dict[TransitionRole, tuple[str, ...]] = {
    TransitionRole.ADD: ("Moreover,", "In addition,", "Also,", "Furthermore,", "Beyond that,",
               "Additionally,", "Besides,", "What is more,"),
    TransitionRole.CONTRAST: ("However,", "Yet", "Even so,", "Still,", "Nevertheless,",
                    "On the other hand,", "In contrast,"),
    TransitionRole.EXAMPLE: ("For example,", "For instance,", "In particular,", "To illustrate,",
                   "Specifically,"),
    TransitionRole.RESULT: ("As a result,", "Therefore,", "Consequently,", "Thus,",
                  "Because of this,"),
    TransitionRole.CONCLUDE: ("Ultimately,", "In the end,", "Overall,", "Taken together,",
                    "All in all,"),
}

#: Every transition the drafter may add, for checks.
ALL_TRANSITIONS: tuple[str, ...] = tuple(t for group in TRANSITIONS.values() for t in group)

#: Connecting words a writer's note may already start with: such a note gets
#: no second transition, and the drafter will not add the same one elsewhere.
_OPENERS = (
    "once again", "again", "also", "moreover", "furthermore", "however", "yet",
    "still", "for example", "for instance", "in addition", "additionally",
    "similarly", "likewise", "instead", "therefore", "thus", "ultimately",
    "in the end", "even so", "besides", "finally", "first", "firstly", "second",
    "secondly", "third", "thirdly", "next", "then", "meanwhile", "as a result",
    "consequently", "in contrast", "on the other hand", "nevertheless",
    "nonetheless", "in fact", "indeed", "after all", "overall", "in conclusion",
    "to conclude", "in short", "hence", "in particular", "specifically",
    "to illustrate", "beyond that", "what is more", "all in all", "taken together",
    "because of this", "lastly",
)
_OPENER_RE = re.compile(
    r"^(" + "|".join(sorted((re.escape(o) for o in _OPENERS), key=len, reverse=True))
    + r")\b", re.IGNORECASE,
)
#: A leading conjunction the drafter swaps for a transition of its role.
_LEADING_CONJUNCTION = re.compile(r"^(but|and|so)\s+(?=\S)", re.IGNORECASE)
_CONTRAST_START = re.compile(r"^(although|though|despite|in spite of|whereas)\b", re.I)
_EXAMPLE_START = re.compile(r"^(such as|e\.g\.|like when)\b", re.I)


def opener_of(text: str) -> str | None:
    """The connecting word(s) ``text`` already starts with, lower-cased, or None."""
    match = _OPENER_RE.match(text.strip())
    return match.group(1).lower() if match else None


def split_leading_conjunction(text: str) -> tuple[TransitionRole | None, str]:
    """("but they lose" -> CONTRAST, "they lose"); no conjunction -> (None, text)."""
    match = _LEADING_CONJUNCTION.match(text)
    if not match:
        return None, text
    role = {"but": TransitionRole.CONTRAST, "and": TransitionRole.ADD,
            "so": TransitionRole.RESULT}[match.group(1).lower()]
    return role, text[match.end():]


def role_of(text: str) -> TransitionRole:
    """Guess what a note does from how it starts."""
    if _CONTRAST_START.match(text):
        return TransitionRole.CONTRAST
    if _EXAMPLE_START.match(text):
        return TransitionRole.EXAMPLE
    return TransitionRole.ADD


class TransitionPicker:
    """Hands out transitions for one paragraph; none is given twice."""

    def __init__(self) -> None:
        self._used: set[str] = set()

    def reserve(self, text: str) -> None:
        """Mark the opener a writer's own sentence starts with as used."""
        opener = opener_of(text)
        if opener:
            self._used.add(opener)

    def pick(self, role: TransitionRole) -> str | None:
        """The first unused transition for ``role`` (then for ADD), or None."""
        for candidate_role in (role, TransitionRole.ADD):
            for transition in TRANSITIONS[candidate_role]:
                key = transition.rstrip(",").lower()
                if key not in self._used:
                    self._used.add(key)
                    return transition
        return None
