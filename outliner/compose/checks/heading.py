"""The heading-block fields the chosen style needs (MLA: name, instructor,
course, date), and a title."""

from __future__ import annotations

from collections.abc import Iterator

from outliner.compose.checks.finding import Finding, found
from outliner.compose.essay_styles import STYLE_WORDS
from outliner.core.essay import Essay
from outliner.core.translatable import QT_TRANSLATE_NOOP

#: How each heading field is called in a message.
_FIELD_NAMES = {"author": QT_TRANSLATE_NOOP("Check", "your name"),
                "instructor": QT_TRANSLATE_NOOP("Check", "the instructor"),
                "course": QT_TRANSLATE_NOOP("Check", "the course"),
                "date": QT_TRANSLATE_NOOP("Check", "the date"),
                "affiliation": QT_TRANSLATE_NOOP("Check", "the school or department")}


def check(essay: Essay) -> Iterator[Finding]:
    meta = essay.meta
    if not meta.title.strip():
        yield found("heading", None, QT_TRANSLATE_NOOP("Check", "no title (Essay Properties)"))
    words = STYLE_WORDS[meta.style]
    missing = tuple(_FIELD_NAMES[name] for name in words.heading_fields
                    if not str(getattr(meta, name)).strip())
    if missing:
        yield found("heading", None,
            QT_TRANSLATE_NOOP("Check", "{style} asks for {fields} (Essay Properties)"),
            style=words.name, fields=missing)
