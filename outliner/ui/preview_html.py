"""The preview's HTML: the manuscript, as the exports print it, like a page.

What the essay says comes from :func:`build_manuscript`, so the preview
shows the paragraphs the Word and text exports write, in their order and
with their typography. A paragraph not written yet is the exports' marked
placeholder (its "[Not written yet: …]" flag over its claim and notes) in a
dashed, shaded box, as the Word essay sets it. On top of that, for the writer
only: a paragraph the drafter wrote from notes (when the export is told to
draft) sits in a muted box marked "not drafted yet" with its outline under
the draft, and an empty paragraph or one left out of the essay shows where
it stands.

Classes mark what the essay prints (``section``, ``prose``, ``block``,
``loose``, ``unwritten``, ``unwritten-item``, ``source``); the boxes' own
lines carry none.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from outliner.compose.manuscript import (
    Block,
    FrontMatter,
    LeftOut,
    Line,
    LooseItem,
    LooseNotes,
    Manuscript,
    Paragraph,
    Placeholder,
    SectionHeading,
    build_manuscript,
)
from outliner.core.essay import Essay, Node, NodeKind
from outliner.core.inline import parse
from outliner.core.text import quotation_line
from outliner.io.exporters.word_styles import RULES
from outliner.ui.messages import node_name
from outliner.ui.node_editor import SERIF_FAMILIES
from outliner.ui.translations import translate

K = NodeKind

#: The placeholder's shading on a light page, as in the Word essay (a dark
#: theme passes its own, a shade of its base colour).
UNWRITTEN_SHADING = "#f2f2f2"


def anchor_of(node_id: str) -> str:
    """The HTML anchor where a node's block starts in the preview."""
    return f"n-{node_id}"


def anchored_ids(manuscript: Manuscript) -> set[str]:
    """Ids of the nodes that have an anchor in the preview."""
    ids: set[str] = set()
    for block in manuscript.blocks:
        if isinstance(block, LooseNotes):
            ids.update(item.node_id for item in block.items)
        else:
            ids.add(block.node_id)
    return ids


def essay_html(essay: Essay, muted: str = "gray", shade: str = UNWRITTEN_SHADING) -> str:
    """The essay as HTML, in its own style."""
    return manuscript_html(build_manuscript(essay), essay, muted, shade=shade)


@dataclass(frozen=True)
class Fragment:
    """One piece of the preview: the HTML of one manuscript block (or the
    front matter, or the sources) and the nodes it shows, for scrolling."""

    node_ids: tuple[str, ...]
    #: The ids the full page (``manuscript_html``) gives an anchor.
    anchor_ids: tuple[str, ...]
    html: str


def manuscript_html(
    manuscript: Manuscript, essay: Essay, muted: str = "gray", *, outlines: bool = True,
    shade: str = UNWRITTEN_SHADING,
) -> str:
    """``manuscript`` as HTML; ``essay`` gives the outline shown under each
    drafted paragraph (``outlines`` False: the draft alone, which lays out in
    half the time on a very long essay); ``shade`` fills the placeholders' box."""
    parts: list[str] = []
    for fragment in manuscript_fragments(manuscript, essay, muted, outlines=outlines,
                                         shade=shade):
        parts.extend(f'<a name="{anchor_of(i)}"></a>' for i in fragment.anchor_ids)
        parts.append(fragment.html)
    return page_html("".join(parts))


def page_html(body: str) -> str:
    """A whole page around ``body``, with the preview's style sheet."""
    return f"<html><head><style>{_STYLE}</style></head><body>{body}</body></html>"


def manuscript_fragments(
    manuscript: Manuscript, essay: Essay, muted: str = "gray", *, outlines: bool = True,
    shade: str = UNWRITTEN_SHADING,
) -> list[Fragment]:
    """``manuscript_html`` in pieces, one per block, in order (the preview
    replaces only the pieces that changed)."""
    fragments = [Fragment((), (), "".join(_front(manuscript.front, muted, manuscript)))]
    unwritten = {paragraph.node_id for paragraph in manuscript.unwritten}
    for block in manuscript.blocks:
        if isinstance(block, LooseNotes):
            ids = tuple(item.node_id for item in block.items)
            tops = tuple(item.node_id for item in block.items if item.depth == 0)
        else:
            ids = tops = (block.node_id,)
        html = _block_html(block, essay, muted, outlines, shade, unwritten)
        fragments.append(Fragment(ids, tops, html))
    sources = manuscript.sources
    if sources.entries:
        heading = _weight(escape(sources.heading), RULES[manuscript.style].sources_heading_bold)
        fragments.append(Fragment((), (), "".join(
            [f'<p align="center" class="sources">{heading}</p>',
             *(f'<p class="source">{rich(e.printed)}</p>' for e in sources.entries)])))
    notes = footnotes_html(manuscript)
    if notes:
        fragments.append(Fragment((), (), notes))
    return fragments


def _block_html(block: Block, essay: Essay, muted: str, outlines: bool, shade: str,
                unwritten: set[str]) -> str:
    """One manuscript block as HTML."""
    if isinstance(block, LooseNotes):
        return "".join(f'<p class="loose" style="margin-left: {20 + 24 * item.depth}px;">'
                       f"• {_line_text_html(item)}</p>" for item in block.items)
    if isinstance(block, SectionHeading):
        level = min(block.level + 1, 4)
        return f'<h{level} class="section">{rich(block.text)}</h{level}>'
    if isinstance(block, Paragraph):
        node = essay.find(block.node_id)
        lines = _lines_html(block.lines)
        if block.drafted and node is not None:
            outline = _outline_html(node, muted) if outlines else ""
            flag = translate("Preview", "Not drafted yet — written from the outline")
            return _box(escape(flag.upper()), muted, lines + outline)
        return lines
    if isinstance(block, Placeholder):
        return _placeholder_html(block, muted, shade)
    assert isinstance(block, LeftOut)
    left_out = essay.find(block.node_id)
    name = node_name(essay, left_out) if left_out is not None else block.label
    if block.node_id in unwritten:
        flag = translate("Preview", "{name} — not written yet, left out of the essay")
        hint = translate("Preview", "Write it, or export it with its notes or drafted.")
    else:
        flag = translate("Preview", "{name} — empty, left out of the essay")
        hint = translate("Preview", "Give it a claim, notes or prose.")
    return _box(escape(flag.format(name=name).upper()), muted, f"<p>{escape(hint)}</p>")


def _front(front: FrontMatter, muted: str, manuscript: Manuscript) -> list[str]:
    rules = RULES[manuscript.style]
    lines = "<br>".join(rich(line) for line in front.lines)
    # As the Word essay sets them: MLA's heading block flush left, the
    # others' byline centred; the title the body's size, bold only in APA.
    align = "left" if rules.heading_block else "center"
    head = [f'<p class="head" align="{align}">{lines}</p>'] if lines else []
    # Without a title, a reminder (never the essay's title). Translated outside
    # the f-string: lupdate does not look inside one.
    reminder = escape(translate("Preview", "No title yet"))
    title_text = rich(front.title) if front.title else (
        f'<font color="{muted}">{reminder}</font>')
    title = f'<p class="title" align="center">{_weight(title_text, rules.title_bold)}</p>'
    return [title, *head] if front.title_first else [*head, title]


def _weight(html: str, bold: bool) -> str:
    """``html`` bold when the style sets it so (a title, the sources heading)."""
    return f"<b>{html}</b>" if bold else html


def rich(text: str) -> str:
    """Text in the model's inline markup as HTML: *italic* and **bold** set
    so, as the Word essay sets them; everything else escaped."""
    out = []
    for span in parse(text):
        piece = escape(span.text)
        if span.italic:
            piece = f"<i>{piece}</i>"
        if span.bold:
            piece = f"<b>{piece}</b>"
        out.append(piece)
    return "".join(out)


def _lines_html(lines: tuple[Line, ...]) -> str:
    out: list[str] = []
    for line in lines:
        text = _line_text_html(line)
        if line.block_quote:
            out.append(f'<p class="block">{text}</p>')
        elif line.continues:
            out.append(f'<p class="prose" style="text-indent: 0px;">{text}</p>')
        else:
            out.append(f'<p class="prose">{text}</p>')
    return "".join(out)


def _line_text_html(line: Line | LooseItem) -> str:
    """A printed line, its footnote references (Chicago) raised."""
    if not line.notes:
        return _text_html(line.text)
    return "".join(_text_html(piece) if isinstance(piece, str)
                   else f'<sup class="noteref">{piece.number}</sup>'
                   for piece in line.pieces())


def _text_html(text: str) -> str:
    return rich(text)


def footnotes_html(manuscript: Manuscript) -> str:
    """Chicago's footnotes at the end of the preview, under a short rule, as
    the page sets them at its foot; "" when there are none."""
    notes = manuscript.footnotes
    if not notes:
        return ""
    items = "".join(f'<p class="footnote"><sup>{note.number}</sup> {rich(note.text)}</p>'
                    for note in notes)
    return f'<table width="30%" cellspacing="0" cellpadding="0"><tr><td ' \
        f'style="border-top: 1px solid;">&nbsp;</td></tr></table>{items}'



def _placeholder_html(block: Placeholder, muted: str, shade: str) -> str:
    """The exports' placeholder: shaded, dashed, the flag bold, the outline a list."""
    items = "".join(
        f'<p class="unwritten-item" style="margin-left: {18 + 22 * item.depth}px;">'
        f"• {_line_text_html(item)}</p>" for item in block.items)
    return (
        f'<table width="100%" cellspacing="0" cellpadding="10" border="1" '
        f'bgcolor="{shade}" style="margin: 4px 0 16px 0; border-style: dashed; '
        f'border-color: {muted};"><tr><td>'
        f'<p class="unwritten"><b>{escape(block.heading)}</b></p>{items}</td></tr></table>'
    )


def _box(title: str, muted: str, body: str) -> str:
    return (
        f'<table width="100%" cellspacing="0" cellpadding="12" border="1" '
        f'style="margin: 4px 0 16px 0; border-style: dashed; border-color: {muted};">'
        f'<tr><td><p style="color: {muted}; font-size: 9pt; letter-spacing: 1px;">'
        f"{title}</p>{body}</td></tr></table>"
    )


def _outline_html(node: Node, muted: str) -> str:
    """A drafted paragraph's outline, under its draft: the claim, thesis, notes."""
    claim = rich(node.text.strip()) or escape(translate("Preview", "(no claim yet)"))
    heading = escape(translate("Preview", "The outline").upper())
    body = (f'<p style="color: {muted}; font-size: 9pt; letter-spacing: 1px;">{heading}</p>'
            f"<p><b>{claim}</b></p>")
    for child in node.children:
        if child.kind is K.THESIS:
            thesis = escape(translate("Preview", "Thesis:"))
            body += f"<p><b>{thesis}</b> {rich(child.text.strip())}</p>"
    rest = [c for c in node.children if c.kind is not K.THESIS]
    return body + (_outline_items(rest) if rest else "")


def _outline_items(nodes: list[Node]) -> str:
    items = []
    for node in nodes:
        if node.kind is K.QUOTE:
            line = f"<i>{rich(quotation_line(node.text.strip(), node.cite))}</i>"
        else:
            line = rich(node.text.strip()) or "…"
        inner = _outline_items(node.children) if node.children else ""
        items.append(f"<li>{line}{inner}</li>")
    return f"<ul>{''.join(items)}</ul>"


_FAMILIES = ", ".join(f"'{f}'" if " " in f else f for f in SERIF_FAMILIES)
_STYLE = (
    f"body {{ font-family: {_FAMILIES}; font-size: 13pt; }}"
    " p { line-height: 150%; margin-bottom: 10px; }"
    " p.prose { text-indent: 28px; }"
    " p.block { margin-left: 56px; }"
    " p.source { margin-left: 28px; text-indent: -28px; }"
    " p.title { margin-top: 14px; margin-bottom: 14px; }"  # the body's size, as on the page
    " p.sources { margin-top: 28px; }"
    " p.footnote { font-size: 11pt; line-height: 115%; margin-bottom: 6px; text-indent: 28px; }"
    " ul { margin-top: 0px; } li { margin-bottom: 4px; line-height: 130%; }"
    " p.unwritten { margin-bottom: 4px; }"
    " p.unwritten-item { line-height: 115%; margin-bottom: 3px; }"
)
