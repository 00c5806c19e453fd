"""How each citation style lays the essay out, and the named Word styles that
carry it.

Formatting lives in named styles (Normal, Title, Heading n, Body Text,
Block Quotation, Bibliography Entry, Essay Heading Block …) rather than on
every paragraph, so the writer can restyle the whole essay in Word. With a
template the template's own styles win: only the styles it lacks are added.
python-docx is imported lazily by the callers; this module only touches the
objects it is given.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from outliner.compose.essay_styles import STYLE_WORDS
from outliner.compose.essay_styles import format_date as format_style_date
from outliner.compose.essay_styles import parse_date as parse_date  # re-exported
from outliner.core.essay import CitationStyle


@dataclass(frozen=True)
class HeadingLook:
    """How one heading level looks in a style."""

    align: str  # "left" | "center"
    bold: bool
    italic: bool = False


@dataclass(frozen=True)
class StyleRules:
    """Everything that differs between MLA, APA and Chicago."""

    name: str
    font: str = "Times New Roman"
    size_pt: int = 12
    line_spacing: float = 2.0
    margin_in: float = 1.0
    title_bold: bool = False
    title_page: bool = False  # APA: a separate title page
    heading_block: bool = True  # MLA: four lines flush left on page one
    running_surname: bool = True  # "Surname 7" in the header
    sources_heading: str = "Works Cited"
    sources_heading_bold: bool = False
    date_format: str = "dmy"  # "dmy": 9 March 2026; "mdy": March 9, 2026
    headings: tuple[HeadingLook, ...] = field(default_factory=tuple)
    #: Block quotations and bibliography entries single-spaced with a blank
    #: line around them (Turabian 9, A.1.3: Chicago student papers).
    single_spaced_blocks: bool = False

    def heading(self, level: int) -> HeadingLook:
        """The look of heading ``level`` (1-based); deeper levels repeat the last."""
        return self.headings[min(level, len(self.headings)) - 1]


# Names, dates and the sources heading are content: the essay's styles decide them.
_MLA, _APA, _CHICAGO = (STYLE_WORDS[CitationStyle.MLA], STYLE_WORDS[CitationStyle.APA],
                         STYLE_WORDS[CitationStyle.CHICAGO])

RULES: dict[CitationStyle, StyleRules] = {
    CitationStyle.MLA: StyleRules(
        name=_MLA.name,
        sources_heading=_MLA.sources_heading,
        date_format=_MLA.date_format,
        headings=(HeadingLook("left", True), HeadingLook("left", False, True)),
    ),
    CitationStyle.APA: StyleRules(
        name=_APA.name,
        title_bold=True,
        title_page=True,
        heading_block=False,
        running_surname=False,
        sources_heading=_APA.sources_heading,
        sources_heading_bold=True,
        date_format=_APA.date_format,
        headings=(
            HeadingLook("center", True),
            HeadingLook("left", True),
            HeadingLook("left", True, True),
        ),
    ),
    CitationStyle.CHICAGO: StyleRules(
        name=_CHICAGO.name,
        heading_block=False,  # the title, then a centred byline
        running_surname=False,
        sources_heading=_CHICAGO.sources_heading,
        date_format=_CHICAGO.date_format,
        single_spaced_blocks=True,
        headings=(HeadingLook("center", True), HeadingLook("center", False)),
    ),
}

# -- dates --------------------------------------------------------------------


def format_date(text: str, rules: StyleRules) -> str:
    """The date as the style writes it; text that is not a date is kept as written."""
    return format_style_date(text, rules.date_format)


def surname(author: str) -> str:
    """The last word of the author's name ("Kathy H. Smith" -> "Smith")."""
    words = author.replace(",", " ").split()
    return words[-1] if words else ""


# -- named styles ---------------------------------------------------------------

#: Names of the styles the exporter uses.
BODY = "Body Text"
BLOCK_QUOTE = "Block Quotation"
BIB_ENTRY = "Bibliography Entry"
BIB_HEADING = "Bibliography Heading"
HEADING_BLOCK = "Essay Heading Block"
TITLE = "Title"
NORMAL = "Normal"
HEADER = "Header"
LIST_BULLET = "List Bullet"
LIST_PARAGRAPH = "List Paragraph"
#: A paragraph not written yet: its flag and its outline, in a shaded box.
UNWRITTEN_HEADING = "Not Written Yet"
UNWRITTEN_ITEM = "Not Written Yet Note"


@dataclass
class StyleIds:
    """Style ids (which may differ from names in a localised template) by role."""

    ids: dict[str, str] = field(default_factory=dict)

    def __getitem__(self, name: str) -> str:
        return self.ids[name]

    def heading(self, level: int) -> str:
        return self.ids[f"Heading {min(max(level, 1), 9)}"]


def _set_fonts(rpr: Any, font: str) -> None:
    from docx.oxml.ns import qn

    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, fonts)
    for attr in list(fonts.attrib):
        del fonts.attrib[attr]  # theme fonts would win over the named font
    for which in ("ascii", "hAnsi", "eastAsia", "cs"):
        fonts.set(qn(f"w:{which}"), font)


def _clear_look(style: Any) -> None:
    """Drop a built-in style's colours, theme fonts, sizes, borders and
    spacing, keeping what makes it structural (outline level, keep-with-next)."""
    from docx.oxml.ns import qn

    element = style.element
    for tag in ("w:rPr", "w:pPr"):
        props = element.find(qn(tag))
        if props is None:
            continue
        keep = {qn("w:outlineLvl"), qn("w:keepNext"), qn("w:keepLines"), qn("w:numPr")}
        for child in list(props):
            if child.tag not in keep:
                props.remove(child)


def _paragraph_style(doc: Any, known: dict[str, Any], name: str,
                     from_template: bool) -> tuple[Any, bool]:
    """The named paragraph style, added (based on Normal) when missing.
    Returns (style, is_ours): a template's own style is left as it is.
    ``known`` maps style names to styles (one pass over the styles part is
    much cheaper than a lookup per name)."""
    from docx.enum.style import WD_STYLE_TYPE

    style = known.get(name)
    if style is not None:
        return style, not from_template
    style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = known.get(NORMAL) or doc.styles[NORMAL]
    style.quick_style = True
    known[name] = style
    return style, True


def prepare_styles(doc: Any, rules: StyleRules, *, outline: bool, from_template: bool) -> StyleIds:
    """Make every style the export uses exist and look as ``rules`` say.

    Without a template the default template's styles are reset to the
    citation style's look; with one, only styles the template lacks are added.
    """
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
    from docx.oxml.ns import qn
    from docx.shared import Inches, Pt, RGBColor

    align = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
             "right": WD_ALIGN_PARAGRAPH.RIGHT}
    spacing = 1.15 if outline else rules.line_spacing
    ids = StyleIds()

    def look(style: Any, *, bold: bool | None = None, italic: bool | None = None,
             alignment: str | None = None, first_line: float | None = None,
             left: float | None = None, hanging: float | None = None) -> None:
        _clear_look(style)
        fmt = style.paragraph_format
        fmt.line_spacing_rule = WD_LINE_SPACING.MULTIPLE
        fmt.line_spacing = spacing
        fmt.space_before = Pt(0)
        fmt.space_after = Pt(4 if outline else 0)
        if alignment:
            fmt.alignment = align[alignment]
        if first_line is not None:
            fmt.first_line_indent = Inches(first_line)
        if left is not None:
            fmt.left_indent = Inches(left)
        if hanging is not None:
            fmt.left_indent = Inches(hanging)
            fmt.first_line_indent = Inches(-hanging)
        font = style.font
        font.size = Pt(rules.size_pt)
        font.color.rgb = RGBColor(0, 0, 0)
        font.bold = bold
        font.italic = italic
        _set_fonts(style.element.get_or_add_rPr(), rules.font)

    if not from_template:
        _reset_defaults(doc, rules)
    known = {style.name: style for style in doc.styles
             if style.element.get(qn("w:type")) == "paragraph"}
    names = [NORMAL, TITLE, BODY, BLOCK_QUOTE, BIB_ENTRY, BIB_HEADING, HEADING_BLOCK,
             HEADER, LIST_BULLET, LIST_PARAGRAPH] + [f"Heading {n}" for n in range(1, 10)]
    if not outline:
        names += [UNWRITTEN_HEADING, UNWRITTEN_ITEM]
    for name in names:
        style, ours = _paragraph_style(doc, known, name, from_template)
        ids.ids[name] = style.style_id
        if not ours:
            continue
        if name == NORMAL:
            look(style)
        elif name == TITLE:
            look(style, bold=rules.title_bold, alignment="center")
            style.paragraph_format.keep_with_next = True
        elif name == BODY:
            look(style, first_line=0.5)
        elif name == BLOCK_QUOTE:
            look(style, left=0.5, first_line=0)
            if not outline:
                _single_spaced(style, rules, before=True)
        elif name == BIB_ENTRY:
            look(style, hanging=0.5)
            if not outline:
                _single_spaced(style, rules, before=False)
        elif name == BIB_HEADING:
            look(style, bold=rules.sources_heading_bold, alignment="center")
            style.paragraph_format.keep_with_next = True
            style.paragraph_format.page_break_before = not outline
        elif name == HEADING_BLOCK:
            look(style, alignment="left", first_line=0)
        elif name == HEADER:
            look(style, alignment="right")
            style.paragraph_format.line_spacing = 1.0
        elif name in (LIST_BULLET, LIST_PARAGRAPH):
            look(style)
        elif name in (UNWRITTEN_HEADING, UNWRITTEN_ITEM):
            # Single-spaced notes in a box: plainly not the essay's prose.
            look(style, bold=name == UNWRITTEN_HEADING, first_line=0)
            style.paragraph_format.line_spacing = 1.0
            style.paragraph_format.space_after = Pt(3)
            style.paragraph_format.keep_with_next = name == UNWRITTEN_HEADING
        else:
            level = int(name.rsplit(" ", 1)[1])
            heading = rules.heading(level)
            if outline:
                heading = HeadingLook("left", level <= 2)
            look(style, bold=heading.bold, italic=heading.italic, alignment=heading.align)
            style.paragraph_format.keep_with_next = True
            ppr = style.element.get_or_add_pPr()
            if ppr.find(qn("w:outlineLvl")) is None:
                lvl = ppr.makeelement(qn("w:outlineLvl"), {qn("w:val"): str(level - 1)})
                ppr.append(lvl)
        style.hidden = False
        style.unhide_when_used = False
    if not from_template:
        _quiet_theme_fonts(doc, rules, names)
    _drop_styles_copy(doc)
    return ids


#: The relationship of Word 2013's copy of the styles kept for Word 2010.
STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"


def _drop_styles_copy(doc: Any) -> None:
    """Leave out the styles part's copy "with effects": the styles were just
    set in styles.xml, and a copy left as the template had it (Calibri, no
    double spacing) would disagree with them. Word writes a fresh one when
    it saves; a part nothing relates to is not saved."""
    rels = doc.part.rels
    for rid, rel in list(rels.items()):
        if rel.reltype == STYLES_WITH_EFFECTS:
            rels.pop(rid)


def _single_spaced(style: Any, rules: StyleRules, *, before: bool) -> None:
    """Single spacing and a blank line after (and ``before``), where the style wants it."""
    if not rules.single_spaced_blocks:
        return
    from docx.shared import Pt

    fmt = style.paragraph_format
    fmt.line_spacing = 1.0
    fmt.space_after = Pt(rules.size_pt)
    if before:
        fmt.space_before = Pt(rules.size_pt)


def _quiet_theme_fonts(doc: Any, rules: StyleRules, reset: list[str]) -> None:
    """The default template's character styles linked to the paragraph
    styles just reset ("Heading 1 Char" …) lose their colours and sizes, and
    no style keeps a theme font that would override the essay's font."""
    from docx.oxml.ns import qn

    linked = {f"{name} Char" for name in reset}
    for style in doc.styles:
        if style.name in linked:
            _clear_look(style)
        rpr = style.element.find(qn("w:rPr"))
        fonts = rpr.find(qn("w:rFonts")) if rpr is not None else None
        if fonts is not None and any(a.endswith("Theme") or a.endswith("theme")
                                     for a in fonts.attrib):
            _set_fonts(rpr, rules.font)


def _reset_defaults(doc: Any, rules: StyleRules) -> None:
    """Document defaults: the style's font, no theme fonts, no extra spacing."""
    from docx.oxml.ns import qn

    defaults = doc.styles.element.find(qn("w:docDefaults"))
    if defaults is None:
        return
    rpr = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
    if rpr is not None:
        _set_fonts(rpr, rules.font)
        for tag in ("w:sz", "w:szCs"):
            size = rpr.find(qn(tag))
            if size is not None:
                size.set(qn("w:val"), str(rules.size_pt * 2))
    ppr = defaults.find(f"{qn('w:pPrDefault')}/{qn('w:pPr')}")
    if ppr is not None:
        for spacing in ppr.findall(qn("w:spacing")):
            ppr.remove(spacing)


def setup_page(doc: Any, rules: StyleRules, *, from_template: bool) -> None:
    """Letter paper, the style's margins and a 0.5" header distance (a
    template keeps its own page setup)."""
    from docx.shared import Inches

    if from_template:
        return
    for section in doc.sections:
        section.page_width = Inches(8.5)
        section.page_height = Inches(11)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Inches(rules.margin_in))
        section.header_distance = Inches(0.5)
        section.footer_distance = Inches(0.5)
