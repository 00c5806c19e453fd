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


__all__ = ["QT_TRANSLATE_NOOP"]
