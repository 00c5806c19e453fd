"""What the core and compose report, worded in the window's language: node
names ("Párrafo de desarrollo 2"), check findings and their kinds, word
counts against a target.

The command line and exported reports keep the English the lower layers
write; the window rebuilds each text here from its parts (a kind and a
number, a marked message and its values), so nothing is translated by
matching whole English sentences.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from outliner.compose.checks.finding import KIND_NAMES, Finding, Value
from outliner.compose.checks.length import Progress
from outliner.core.essay import Essay, Node, NodeKind
from outliner.core.translatable import Filled
from outliner.ui.translations import kind_label, translate

#: How much of a note's or quotation's text names it (as io/read_result.py).
NAME_CHARS = 40


def number_text(number: int) -> str:
    """A number as the window's language writes it ("1,250", "1.250")."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:  # no language: as the English texts write it
        return f"{number:,}"
    return locale.toString(number)


def paragraph_name(kind: NodeKind, body_number: int) -> str:
    """"Body paragraph 2" (``body_number`` counts bodies among their
    siblings); the kind's name for any other kind."""
    if kind is NodeKind.BODY:
        return translate("Messages", "{kind} {number}").format(
            kind=kind_label(kind), number=body_number)
    return kind_label(kind)


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= NAME_CHARS else text[:NAME_CHARS - 1].rstrip() + "…"


def node_name(essay: Essay, node: Node) -> str:
    """A node as the window names it: "Introducción", "Párrafo de desarrollo
    2", or a kind and the start of its text for sections, quotations and
    notes (io/read_result.node_name in English)."""
    if node.kind is NodeKind.BODY:
        bodies = [n for n in essay.siblings(node) if n.kind is NodeKind.BODY]
        number = next((i for i, n in enumerate(bodies, 1) if n is node), 1)
        return paragraph_name(node.kind, number)
    if node.kind in (NodeKind.SECTION, NodeKind.QUOTE, NodeKind.NOTE):
        text = _short(node.text)
        if text:
            return translate("Messages", "{kind} “{text}”").format(
                kind=kind_label(node.kind), text=text)
    return kind_label(node.kind)


def essay_name() -> str:
    """What names a finding about the whole essay."""
    return translate("Messages", "Essay")


def listed(words: tuple[str, ...]) -> str:
    """"a", "a and b", "a, b and c" in the window's language."""
    if len(words) <= 1:
        return "".join(words)
    return translate("Messages", "{first} and {last}").format(
        first=", ".join(words[:-1]), last=words[-1])


def _value(value: Value) -> str:
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return number_text(value)
    if isinstance(value, tuple):
        return listed(tuple(translate("Check", word) for word in value))
    return value


def finding_message(finding: Finding) -> str:
    """A check's message in the window's language (its English words when
    the finding was made without a marked text)."""
    if not finding.text:
        return finding.message
    values = {name: _value(value) for name, value in finding.values}
    return translate("Check", finding.text).format(**values)


def filled_text(text: str, context: str) -> str:
    """A message the core wrote in English (a refusal's reason) in the
    window's language: a Filled text is worded again from its marked text
    and values; a fixed one is looked up in ``context``."""
    if isinstance(text, Filled):
        values = {name: filled_text(value, text.context) for name, value in text.values}
        return translate(text.context, text.text).format(**values)
    return translate(context, text)


def refusal(error: Exception) -> str:
    """Why the outline refused a change (a TreeError), for the status bar."""
    reason = error.args[0] if error.args and isinstance(error.args[0], str) else str(error)
    return filled_text(reason, "TreeError")


def check_kind(kind: str) -> str:
    """A finding's kind ("thesis") in the window's language."""
    return translate("CheckKind", KIND_NAMES.get(kind, kind))


def progress_text(progress: Progress) -> str:
    """"450 / 1,000 words (45%)", or "450 words" with no target, in the
    window's language (compose's Progress.text in English)."""
    if not progress.target:
        return translate("Messages", "{words} words").format(words=number_text(progress.words))
    return translate("Messages", "{words} / {target} words ({percent}%)").format(
        words=number_text(progress.words), target=number_text(progress.target),
        percent=progress.percent)


__all__ = ["check_kind", "essay_name", "filled_text", "finding_message", "listed", "node_name",
           "number_text", "paragraph_name", "progress_text", "refusal"]
