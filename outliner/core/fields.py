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

K = NodeKind


@dataclass(frozen=True)
class Field:
    """A field's label and the placeholder text that explains it."""

    label: str
    hint: str


#: The ``text`` field (the node's line in the outline), per kind.
LINE_FIELDS: dict[NodeKind, Field] = {
    K.INTRO: Field("Opening sentence",
                   "The sentence that opens your essay, as a note in the outline. Once the "
                   "introduction below is written, the essay prints that instead"),
    K.THESIS: Field("Thesis", "The one claim the whole essay argues, in a sentence"),
    K.BODY: Field("Claim", "This paragraph's topic sentence: what it argues, in a line. "
                           "The essay prints the paragraph below once it is written"),
    K.QUOTE: Field("Quoted words", "The words exactly as the source has them, without "
                                   "quotation marks"),
    K.NOTE: Field("Note", "A point, detail or idea to use in this paragraph"),
    K.CONCLUSION: Field("Closing claim", "What the essay has shown, in a line: the point the "
                                         "conclusion drives home"),
    K.SECTION: Field("Heading", "The section's heading, printed above its paragraphs"),
}

#: A quotation's ``cite`` field.
CITE_FIELD = Field("Page", "Page or locator, e.g. 258 (the citation adds the author)")

#: A paragraph's ``prose`` field, per paragraph kind.
PROSE_FIELDS: dict[NodeKind, Field] = {
    K.INTRO: Field("Introduction as written",
                   "Write the introduction here, opening sentence and thesis included: "
                   "this is what the essay prints. Until you do, it shows the outline."),
    K.BODY: Field("Paragraph as written",
                  "Write the paragraph here, quotations and all: this is what the essay "
                  "prints. Until you do, it shows the outline."),
    K.CONCLUSION: Field("Conclusion as written",
                        "Write the conclusion here: this is what the essay prints. Until "
                        "you do, it shows the outline."),
}


def line_note(kind: NodeKind, written: bool) -> str:
    """Under a paragraph's line, what the essay does with it ("" for other kinds)."""
    if kind not in PROSE_FIELDS:
        return ""
    what = {K.INTRO: "introduction", K.BODY: "paragraph", K.CONCLUSION: "conclusion"}[kind]
    if written:
        return f"Outline only: the essay prints the {what} as written below."
    return f"Not written yet: the essay shows this line and the notes until the {what} is."
