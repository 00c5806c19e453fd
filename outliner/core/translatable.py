"""The marker for words the window translates but the core defines.

The core never imports Qt, yet some of its words reach people through the
window (a node kind's name, a source field's label). Wrapping such a word in
``QT_TRANSLATE_NOOP("Context", "Word")`` changes nothing here: it returns the
word as written, so files, exports and the command line keep the English
words. Qt's ``pyside6-lupdate`` recognises the call by its name and puts the
word in the translation template under that context; the window then shows
``QCoreApplication.translate("Context", word)`` (see
:mod:`outliner.ui.translations`).
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate knows
    """``text`` unchanged; the call only marks it for translation in ``context``."""
    del context  # read by lupdate, not at run time
    return text



class Filled(str):
    """A marked text with its ``{name}`` placeholders filled in: the English
    message itself (a ``str`` wherever one is expected, as an exception's
    reason), which also keeps the marked text, its context and the values,
    so the window can word the same message in its own language. A value
    that is itself a marked word of ``context`` is translated there too."""

    context: str
    text: str
    values: tuple[tuple[str, str], ...]

    def __new__(cls, context: str, text: str, **values: object) -> Filled:
        # A value that is itself Filled stays so: the window words it too.
        shown = {name: v if isinstance(v, str) else str(v) for name, v in values.items()}
        filled = super().__new__(cls, text.format(**shown))
        filled.context, filled.text, filled.values = context, text, tuple(shown.items())
        return filled


__all__ = ["QT_TRANSLATE_NOOP", "Filled"]
