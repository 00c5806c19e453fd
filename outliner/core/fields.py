"""What each of a node's fields is for, per kind, as the editor labels them
and an unwritten paragraph's placeholder lists them.

A paragraph's line is part of the outline, not of the essay: the essay
prints the paragraph's prose once it is written, and its line and notes
until then. The labels and hints say so, so an introduction's opening
sentence is not mistaken for a second copy of the essay's first line.
"""

from __future__ import annotations

from dataclasses import dataclass

from outliner.core.essay import NodeKind
from outliner.core.translatable import QT_TRANSLATE_NOOP

K = NodeKind


@dataclass(frozen=True)
class Field:
    """A field's label and the placeholder text that explains it (marked: the
    window translates them, the export's placeholders keep the English)."""

    label: str
    hint: str


#: The ``text`` field (the node's line in the outline), per kind.
LINE_FIELDS: dict[NodeKind, Field] = {
    K.INTRO: Field(
        QT_TRANSLATE_NOOP("Field", "Opening sentence"),
        QT_TRANSLATE_NOOP("Field", "The sentence that opens your essay, as a note in the "
                          "outline. Once the introduction below is written, the essay prints "
                          "that instead")),
    K.THESIS: Field(
        QT_TRANSLATE_NOOP("Field", "Thesis"),
        QT_TRANSLATE_NOOP("Field", "The one claim the whole essay argues, in a sentence")),
    K.BODY: Field(
        QT_TRANSLATE_NOOP("Field", "Claim"),
        QT_TRANSLATE_NOOP("Field", "This paragraph's topic sentence: what it argues, in a "
                          "line. The essay prints the paragraph below once it is written")),
    K.QUOTE: Field(
        QT_TRANSLATE_NOOP("Field", "Quoted words"),
        QT_TRANSLATE_NOOP("Field", "The words exactly as the source has them, without "
                          "quotation marks")),
    K.NOTE: Field(
        QT_TRANSLATE_NOOP("Field", "Note"),
        QT_TRANSLATE_NOOP("Field", "A point, detail or idea to use in this paragraph")),
    K.CONCLUSION: Field(
        QT_TRANSLATE_NOOP("Field", "Closing claim"),
        QT_TRANSLATE_NOOP("Field", "What the essay has shown, in a line: the point the "
                          "conclusion drives home")),
    K.SECTION: Field(
        QT_TRANSLATE_NOOP("Field", "Heading"),
        QT_TRANSLATE_NOOP("Field", "The section's heading, printed above its paragraphs")),
}

#: A quotation's ``cite`` field.
CITE_FIELD = Field(
    QT_TRANSLATE_NOOP("Field", "Page"),
    QT_TRANSLATE_NOOP("Field", "Page or locator, e.g. 258 (the citation adds the author)"))

#: A paragraph's ``prose`` field, per paragraph kind.
PROSE_FIELDS: dict[NodeKind, Field] = {
    K.INTRO: Field(
        QT_TRANSLATE_NOOP("Field", "Introduction as written"),
        QT_TRANSLATE_NOOP("Field", "Write the introduction here, opening sentence and thesis "
                          "included: this is what the essay prints. Until you do, it shows "
                          "the outline.")),
    K.BODY: Field(
        QT_TRANSLATE_NOOP("Field", "Paragraph as written"),
        QT_TRANSLATE_NOOP("Field", "Write the paragraph here, quotations and all: this is what "
                          "the essay prints. Until you do, it shows the outline.")),
    K.CONCLUSION: Field(
        QT_TRANSLATE_NOOP("Field", "Conclusion as written"),
        QT_TRANSLATE_NOOP("Field", "Write the conclusion here: this is what the essay prints. "
                          "Until you do, it shows the outline.")),
}


#: Under a paragraph's line, what the essay does with it: (written, not yet).
_LINE_NOTES: dict[NodeKind, tuple[str, str]] = {
    K.INTRO: (QT_TRANSLATE_NOOP("Field", "Outline only: the essay prints the introduction as "
                                "written below."),
              QT_TRANSLATE_NOOP("Field", "Not written yet: the essay shows this line and the "
                                "notes until the introduction is.")),
    K.BODY: (QT_TRANSLATE_NOOP("Field", "Outline only: the essay prints the paragraph as "
                               "written below."),
             QT_TRANSLATE_NOOP("Field", "Not written yet: the essay shows this line and the "
                               "notes until the paragraph is.")),
    K.CONCLUSION: (QT_TRANSLATE_NOOP("Field", "Outline only: the essay prints the conclusion "
                                     "as written below."),
                   QT_TRANSLATE_NOOP("Field", "Not written yet: the essay shows this line and "
                                     "the notes until the conclusion is.")),
}


def line_note(kind: NodeKind, written: bool) -> str:
    """Under a paragraph's line, what the essay does with it ("" for other kinds)."""
    notes = _LINE_NOTES.get(kind)
    if notes is None:
        return ""
    return notes[0] if written else notes[1]
