"""The Word essay's body: the manuscript rendered as WordprocessingML.

Everything about content (which paragraphs, in what order, their words,
the notes to report) comes from :func:`build_manuscript`; this module only
chooses the named styles and the layout (the APA title page, the page break
before the sources, the first-line indent after a block quotation).
"""

from __future__ import annotations

from outliner.compose.manuscript import (
    FrontMatter,
    LeftOut,
    Line,
    LooseItem,
    LooseNotes,
    Manuscript,
    Paragraph,
    Placeholder,
    SectionHeading,
    SourceList,
)
from outliner.io.exporters.word_styles import (
    BIB_ENTRY,
    BIB_HEADING,
    BLOCK_QUOTE,
    BODY,
    HEADING_BLOCK,
    LIST_BULLET,
    NORMAL,
    TITLE,
    StyleIds,
    StyleRules,
)
from outliner.io.exporters.word_unwritten import placeholder_xml
from outliner.io.exporters.word_xml import (
    clean_line,
    page_break_xml,
    paragraph_xml,
    rich_runs_xml,
    run_xml,
    xml_safe,
)


def manuscript_xml(manuscript: Manuscript, rules: StyleRules, ids: StyleIds) -> str:
    """The finished essay's paragraphs as one XML fragment."""
    parts = front_matter_xml(manuscript.front, rules, ids)
    for block in manuscript.blocks:
        if isinstance(block, SectionHeading):
            runs = rich_runs_xml(clean_line(block.text))
            parts.append(paragraph_xml(ids.heading(block.level), runs))
        elif isinstance(block, Paragraph):
            parts.extend(lines_xml(block.lines, ids))
        elif isinstance(block, LooseNotes):
            parts.extend(paragraph_xml(ids[LIST_BULLET], _item_runs(item, ids))
                         for item in block.items)
        elif isinstance(block, Placeholder):
            parts.append(placeholder_xml(block, ids))
        else:
            assert isinstance(block, LeftOut)  # nothing to print; the notes say so
    parts.extend(works_cited_xml(manuscript.sources, ids))
    return "".join(parts)


def front_matter_xml(front: FrontMatter, rules: StyleRules, ids: StyleIds) -> list[str]:
    """The heading lines and the title as the style lays them out."""
    title = clean_line(front.title)
    lines = [clean_line(line) for line in front.lines]
    parts: list[str] = []
    if rules.title_page:  # APA student paper: title page, then the title again
        parts.extend(paragraph_xml(ids[NORMAL], "") for _ in range(3))
        if title:
            parts.append(paragraph_xml(ids[TITLE], rich_runs_xml(title)))
        parts.append(paragraph_xml(ids[NORMAL], ""))
        parts.extend(paragraph_xml(ids[HEADING_BLOCK], rich_runs_xml(line), align="center")
                     for line in lines)
        if title:
            parts.append(paragraph_xml(ids[TITLE], rich_runs_xml(title), page_break_before=True))
        else:
            parts.append(page_break_xml())
        return parts
    # MLA: the heading block flush left, then the title; Chicago: the title,
    # then a centred byline (the order is the manuscript's, the look the style's)
    align = None if rules.heading_block else "center"
    block = [paragraph_xml(ids[HEADING_BLOCK], rich_runs_xml(line), align=align) for line in lines]
    heading = [paragraph_xml(ids[TITLE], rich_runs_xml(title))] if title else []
    return heading + block if front.title_first else block + heading


def lines_xml(lines: tuple[Line, ...], ids: StyleIds) -> list[str]:
    """Body paragraphs and block quotations; after a block quotation the
    writer's paragraph carries on without a new first-line indent."""
    out: list[str] = []
    for line in lines:
        runs = _line_runs(line, ids)
        if line.block_quote:
            out.append(paragraph_xml(ids[BLOCK_QUOTE], runs))
        else:
            out.append(paragraph_xml(ids[BODY], runs, first_line=0 if line.continues else None))
    return out


def _line_runs(line: Line, ids: StyleIds) -> str:
    """A body line's runs, with its footnote references (Chicago)."""
    if not line.notes:
        return _text_runs(line.text)
    from outliner.io.exporters.word_notes import FOOTNOTE_REFERENCE, runs_with_notes

    return runs_with_notes(line.pieces(), _text_runs, ids.ids.get(FOOTNOTE_REFERENCE, ""))


def _item_runs(item: LooseItem, ids: StyleIds) -> str:
    """A list item's runs, with its footnote references (Chicago)."""
    if not item.notes:
        return _text_runs(clean_line(item.text))
    from outliner.io.exporters.word_notes import FOOTNOTE_REFERENCE, runs_with_notes

    return runs_with_notes(item.pieces(), _text_runs, ids.ids.get(FOOTNOTE_REFERENCE, ""))


def _text_runs(text: str) -> str:
    """Text in the model's inline markup as runs: *italic* and **bold** set."""
    return rich_runs_xml(xml_safe(text))


def works_cited_xml(sources: SourceList, ids: StyleIds) -> list[str]:
    """The sources page (its heading style breaks the page), or nothing."""
    if not sources.entries:
        return []
    parts = [paragraph_xml(ids[BIB_HEADING], run_xml(sources.heading))]
    parts.extend(paragraph_xml(ids[BIB_ENTRY], rich_runs_xml(clean_line(entry.printed)))
                 for entry in sources.entries)
    return parts
