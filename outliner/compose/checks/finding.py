"""One thing an essay still needs: what kind of check found it, the node it
is about (None: the whole essay) and a message for the writer.

The message is English (``outliner check`` and reports print it as it is);
each check also keeps the message before its values were filled in, marked
with ``QT_TRANSLATE_NOOP("Check", ...)``, and the values, so the window can
show the same message in its own language."""

from __future__ import annotations

from dataclasses import dataclass, field

from outliner.core.translatable import QT_TRANSLATE_NOOP

#: A value filled into a message: words as written, a count, or a list of
#: marked words (joined "a, b and c"; the window translates each).
Value = str | int | tuple[str, ...]

#: The kinds of finding, as a person reads them (the window translates).
KIND_NAMES: dict[str, str] = {
    "heading": QT_TRANSLATE_NOOP("CheckKind", "heading"),
    "thesis": QT_TRANSLATE_NOOP("CheckKind", "thesis"),
    "claim": QT_TRANSLATE_NOOP("CheckKind", "claim"),
    "evidence": QT_TRANSLATE_NOOP("CheckKind", "evidence"),
    "discussion": QT_TRANSLATE_NOOP("CheckKind", "discussion"),
    "sandwich": QT_TRANSLATE_NOOP("CheckKind", "sandwich"),
    "unwritten": QT_TRANSLATE_NOOP("CheckKind", "unwritten"),
    "citation": QT_TRANSLATE_NOOP("CheckKind", "citation"),
    "sources": QT_TRANSLATE_NOOP("CheckKind", "sources"),
    "conclusion": QT_TRANSLATE_NOOP("CheckKind", "conclusion"),
    "length": QT_TRANSLATE_NOOP("CheckKind", "length"),
    "spelling": QT_TRANSLATE_NOOP("CheckKind", "spelling"),
    "book": QT_TRANSLATE_NOOP("CheckKind", "against the book"),
}


@dataclass(frozen=True)
class Finding:
    """A check's result. ``message`` never repeats the node's name: the
    window and ``outliner check`` put that in front of it."""

    kind: str
    node_id: str | None
    message: str
    #: ``message`` before ``values`` were filled in ("" : the message itself).
    text: str = field(default="", compare=False)
    values: tuple[tuple[str, Value], ...] = field(default=(), compare=False)


def listed(words: tuple[str, ...], conjunction: str = "and") -> str:
    """"a", "a and b", "a, b and c"."""
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + f" {conjunction} " + words[-1]


def english(value: Value) -> str:
    """A value as the English message writes it ("1,250")."""
    if isinstance(value, bool):  # never a count
        return str(value)
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, tuple):
        return listed(value)
    return value


def found(kind: str, node_id: str | None, text: str, **values: Value) -> Finding:
    """A finding whose ``text`` (marked for translation) has ``{name}``
    placeholders filled in from ``values``."""
    message = text.format(**{name: english(v) for name, v in values.items()})
    return Finding(kind, node_id, message, text, tuple(values.items()))


__all__ = ["KIND_NAMES", "Finding", "Value", "english", "found", "listed"]
