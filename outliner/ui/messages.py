"""What the core and compose report, worded in the window's language: node
names ("Párrafo de desarrollo 2"), check findings and their kinds, word
counts against a target.

The command line and exported reports keep the English the lower layers
write; the window rebuilds each text here from its parts (a kind and a
number, a marked message and its values), so nothing is translated by
matching whole English sentences.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject

from outliner.compose.checks.finding import KIND_NAMES, Finding, Value
from outliner.compose.checks.length import Progress
from outliner.core.essay import Essay, Node, NodeKind
from outliner.core.names import NAME_CHARS, body_number
from outliner.core.text import quoted_short
from outliner.core.translatable import Filled
from outliner.core.words import Counted, WordCount
from outliner.ui.translations import kind_label, translate

if TYPE_CHECKING:
    from outliner.io.read_result import ReportLine


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


def in_section(name: str, heading: str) -> str:
    """``name`` inside the section headed ``heading`` ("" : the name alone)."""
    if not heading.strip():
        return name
    return translate("Messages", "{name} in section {heading}").format(
        name=name, heading=quoted_short(heading, NAME_CHARS))


def node_paragraph_name(essay: Essay, node: Node) -> str:
    """"Introducción", "Párrafo de desarrollo 2"; for other kinds, the kind."""
    number = body_number(essay, node) if node.kind is NodeKind.BODY else 0
    return paragraph_name(node.kind, number)


def node_name(essay: Essay, node: Node) -> str:
    """A node as the window names it, as core/names.node_name does in
    English: "Párrafo de desarrollo 2 en la sección “Escenario”", or a kind
    and the start of its text for sections, quotations and notes."""
    if node.kind in (NodeKind.SECTION, NodeKind.QUOTE, NodeKind.NOTE):
        if not node.text.strip():
            return kind_label(node.kind)
        return translate("Messages", "{kind} {text}").format(
            kind=kind_label(node.kind), text=quoted_short(node.text, NAME_CHARS))
    parent = node.parent
    heading = parent.text if parent is not None and parent.kind is NodeKind.SECTION else ""
    return in_section(node_paragraph_name(essay, node), heading)


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


def report_text(line: ReportLine, essay: Essay | None) -> str:
    """A line of the import report in the window's language, as
    io/read_result.ReportLine.text words it in English: "Tesis: la última
    oración de la introducción", "Introducción — …", or the message alone."""
    message = filled_text(line.message, "Import")
    if line.node is None:
        return message
    if essay is None or line.node not in essay:
        return line.text
    name = node_name(essay, line.node)
    named, _, rest = message.partition(":")
    if rest and named.strip().lower() == name.lower():
        return f"{name}: {rest.strip()}"  # not "Tesis — tesis: …"
    return f"{name} — {message}"


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


def _grouped(text: str, count: int) -> str:
    # %n writes the bare number; the window's locale groups its digits.
    return text.replace(str(count), number_text(count), 1)


class _Words(QObject):
    """Word counts as the window words them (a QObject: lupdate finds plural
    forms only in ``self.tr``); core/words.py says the same in English."""

    def words(self, count: int) -> str:
        return _grouped(self.tr("%n word(s)", "", count), count)

    def drafted(self, words: int, target: int) -> str:
        if target:
            return self.tr("drafted · {words} / {target} words").format(
                words=number_text(words), target=number_text(target))
        return _grouped(self.tr("drafted · %n word(s)", "", words), words)

    def unwritten(self, words: int, target: int) -> str:
        text = _grouped(self.tr("unwritten · %n word(s) of notes", "", words), words)
        if target:
            text += self.tr(" · target {target}").format(target=number_text(target))
        return text

    def short(self, counted: WordCount) -> str:
        words = self.words(counted.words)
        if counted.counted is Counted.PROSE:
            return self.tr("{words} of prose").format(words=words)
        if counted.counted is Counted.NOTES:
            return self.tr("unwritten: {words} of notes").format(words=words)
        if counted.replaced:
            return self.tr("{words}, not in the essay's count").format(words=words)
        return words

    def explained(self, counted: WordCount) -> str:
        words = self.words(counted.words)
        if counted.counted is Counted.PROSE:
            text = self.tr("{words}: the prose of this paragraph and the quotations in it (its "
                           "notes are not counted: the prose stands in for them)")
        elif counted.counted is Counted.NOTES:
            text = self.tr("unwritten: {words} of notes (its line, notes and quotations, "
                           "which the essay shows until the paragraph is written)")
        else:
            text = self.tr("{words}: this {kind} and what it holds")
        text = text.format(words=words, kind=kind_label(counted.kind).lower())
        if counted.replaced:
            text += self.tr("; not in the essay's count: the paragraph's prose stands in for "
                            "its notes")
        return text

    def selection(self, count: int) -> str:
        return self.tr("{words}: each written paragraph's prose (quotations in it included), "
                       "each unwritten one's notes, the line of anything else").format(
                           words=self.words(count))

    def essay(self, count: int) -> str:
        return self.tr("{words} in the essay: its title, each written paragraph's prose "
                       "(quotations in it included), each unwritten one's notes").format(
                           words=self.words(count))


def paragraph_words(counted: WordCount, target: int) -> str:
    """A paragraph row's words: "drafted · 82 words", "unwritten · 40 words
    of notes · target 100"."""
    if counted.counted is Counted.PROSE:
        return _Words().drafted(counted.words, target)
    return _Words().unwritten(counted.words, target)


def count_short(counted: WordCount) -> str:
    """"82 words of prose", "unwritten: 40 words of notes", "12 words"."""
    return _Words().short(counted)


def count_explained(counted: WordCount) -> str:
    """What a node's count counts, for a tooltip."""
    return _Words().explained(counted)


def selection_explained(count: int) -> str:
    """The status bar's tooltip over more than one node."""
    return _Words().selection(count)


def essay_explained(count: int) -> str:
    """The essay's count, for a tooltip."""
    return _Words().essay(count)


__all__ = ["check_kind", "count_explained", "count_short", "essay_explained", "essay_name",
           "filled_text", "finding_message", "in_section", "listed", "node_name",
           "node_paragraph_name", "number_text", "paragraph_name", "paragraph_words",
           "progress_text", "refusal", "report_text",
           "selection_explained"]
