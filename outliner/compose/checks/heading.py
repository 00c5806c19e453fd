"""The heading-block fields the chosen style needs (MLA: name, instructor,
course, date), and a title."""

from __future__ import annotations

from collections.abc import Iterator

from outliner.compose.checks.finding import Finding
from outliner.compose.essay_styles import STYLE_WORDS
from outliner.core.essay import Essay

#: How each heading field is called in a message.
_FIELD_NAMES = {"author": "your name", "instructor": "the instructor", "course": "the course",
                "date": "the date", "affiliation": "the school or department"}


def _listed(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def check(essay: Essay) -> Iterator[Finding]:
    meta = essay.meta
    if not meta.title.strip():
        yield Finding("heading", None, "no title (Essay Properties)")
    words = STYLE_WORDS[meta.style]
    missing = [_FIELD_NAMES[name] for name in words.heading_fields
               if not str(getattr(meta, name)).strip()]
    if missing:
        yield Finding("heading", None,
                      f"{words.name} asks for {_listed(missing)} (Essay Properties)")
