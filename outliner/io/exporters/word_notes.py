"""Chicago's footnotes as real Word footnotes.

The body carries a ``w:footnoteReference`` run where each note's mark goes
(compose/restyle places it); the notes themselves go into a footnotes part
(word/footnotes.xml, with the separator and continuation separator notes
Word expects, its relationship and content type), in the named styles
"footnote text" and "footnote reference" so the writer can restyle them.
Word and LibreOffice set the notes at the foot of the page; pandoc reads them.

Note text carries the model's italics (``*Title*``); :func:`note_text_runs`
is the one place that turns it into runs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from outliner.compose.restyle import Note
from outliner.io.exporters.word_styles import StyleRules
from outliner.io.exporters.word_xml import W_NS, clean_line, paragraph_xml, rich_runs_xml

FOOTNOTE_TEXT = "footnote text"
FOOTNOTE_REFERENCE = "footnote reference"
_RT_FOOTNOTES = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes")
_CT_FOOTNOTES = (
    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml")
#: The two notes every footnotes part starts with (ids -1 and 0 are reserved).
_SEPARATORS = (
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" '
    'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing '
    'w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/>'
    "</w:r></w:p></w:footnote>"
)


def note_text_runs(text: str) -> str:
    """Runs for a note's text, its ``*titles*`` in italics."""
    return rich_runs_xml(clean_line(text))


def reference_run(note: Note, style_id: str) -> str:
    """The run that marks ``note`` in the body."""
    return (f'<w:r><w:rPr><w:rStyle w:val="{style_id}"/></w:rPr>'
            f'<w:footnoteReference w:id="{note.number}"/></w:r>')


def runs_with_notes(pieces: Sequence[str | Note], text_runs: Callable[[str], str],
                    style_id: str) -> str:
    """A line's runs (its ``pieces()``), each footnote reference where its
    mark goes; ``text_runs`` writes the runs of the text between them."""
    return "".join(text_runs(piece) if isinstance(piece, str)
                   else reference_run(piece, style_id) for piece in pieces)


def footnotes_xml(notes: Sequence[Note], text_id: str, reference_id: str) -> str:
    """The footnotes part: the separators, then each note in its style."""
    body = "".join(
        f'<w:footnote w:id="{note.number}">'
        + paragraph_xml(text_id, f'<w:r><w:rPr><w:rStyle w:val="{reference_id}"/></w:rPr>'
                        "<w:footnoteRef/></w:r>"
                        '<w:r><w:t xml:space="preserve"> </w:t></w:r>'
                        + note_text_runs(note.text))
        + "</w:footnote>"
        for note in notes)
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<w:footnotes xmlns:w="{W_NS}">{_SEPARATORS}{body}</w:footnotes>')


def note_styles(doc: Any, rules: StyleRules) -> tuple[str, str]:
    """The ids of the note text and reference styles, added when missing:
    single-spaced notes in the essay's font, a blank line apart, the first
    line indented; the reference raised."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Inches, Pt

    styles = {style.name.casefold(): style for style in doc.styles}
    text = styles.get(FOOTNOTE_TEXT)
    if text is None:
        text = doc.styles.add_style(FOOTNOTE_TEXT, WD_STYLE_TYPE.PARAGRAPH)
        text.base_style = doc.styles["Normal"]
        fmt = text.paragraph_format
        fmt.line_spacing = 1.0
        fmt.space_before = Pt(0)
        fmt.space_after = Pt(rules.size_pt - 2)
        fmt.first_line_indent = Inches(0.5)
        text.font.size = Pt(rules.size_pt - 2)
        text.font.name = rules.font
    reference = styles.get(FOOTNOTE_REFERENCE)
    if reference is None:
        reference = doc.styles.add_style(FOOTNOTE_REFERENCE, WD_STYLE_TYPE.CHARACTER)
        reference.font.superscript = True
    for style in (text, reference):
        style.hidden = False
        style.unhide_when_used = False
    return text.style_id, reference.style_id


def add_footnotes(doc: Any, notes: Sequence[Note], text_id: str, reference_id: str) -> None:
    """Put ``notes`` into the document's footnotes part (replacing a
    template's own notes, whose references went with its body)."""
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    blob = footnotes_xml(notes, text_id, reference_id).encode("utf-8")
    document = doc.part
    for rel in document.rels.values():
        if rel.reltype == _RT_FOOTNOTES and not rel.is_external:
            rel.target_part._blob = blob  # a template's part: a plain Part holds bytes
            if hasattr(rel.target_part, "_element"):  # an XmlPart: replace its tree
                from docx.oxml import parse_xml

                rel.target_part._element = parse_xml(blob)
            return
    part = Part(PackURI("/word/footnotes.xml"), _CT_FOOTNOTES, blob, document.package)
    document.relate_to(part, _RT_FOOTNOTES)
