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
    LooseNotes,
    Manuscript,
    Paragraph,
    Placeholder,
    SectionHeading,
    build_manuscript,
)
from outliner.core.essay import Essay, Node, NodeKind
from outliner.core.text import quotation_line
from outliner.io.exporters.word_xml import emphasis_spans
from outliner.ui.node_editor import SERIF_FAMILIES

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
    fragments = [Fragment((), (), "".join(_front(manuscript.front, muted)))]
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
        fragments.append(Fragment((), (), "".join(
            [f'<h2 align="center" class="sources">{escape(sources.heading)}</h2>',
             *(f'<p class="source">{_italics(e.printed)}</p>' for e in sources.entries)])))
    return fragments


def _block_html(block: Block, essay: Essay, muted: str, outlines: bool, shade: str,
                unwritten: set[str]) -> str:
    """One manuscript block as HTML."""
    if isinstance(block, LooseNotes):
        return "".join(f'<p class="loose" style="margin-left: {20 + 24 * item.depth}px;">'
                       f"• {escape(item.text)}</p>" for item in block.items)
    if isinstance(block, SectionHeading):
        level = min(block.level + 1, 4)
        return f'<h{level} class="section">{escape(block.text)}</h{level}>'
    if isinstance(block, Paragraph):
        node = essay.find(block.node_id)
        lines = _lines_html(block.lines)
        if block.drafted and node is not None:
            outline = _outline_html(node, muted) if outlines else ""
            return _box("NOT DRAFTED YET — WRITTEN FROM THE OUTLINE", muted, lines + outline)
        return lines
    if isinstance(block, Placeholder):
        return _placeholder_html(block, muted, shade)
    assert isinstance(block, LeftOut)
    if block.node_id in unwritten:
        return _box(f"{escape(block.label.upper())} — NOT WRITTEN YET, LEFT OUT "
                    "OF THE ESSAY", muted, "<p>Write it, or export it with its "
                    "notes or drafted.</p>")
    return _box(f"{escape(block.label.upper())} — EMPTY, LEFT OUT OF THE "
                "ESSAY", muted, "<p>Give it a claim, notes or prose.</p>")


def _front(front: FrontMatter, muted: str) -> list[str]:
    lines = "<br>".join(escape(line) for line in front.lines)
    head = [f'<p class="head">{lines}</p>'] if lines else []
    if front.title:
        title = f'<h1 align="center">{escape(front.title)}</h1>'
    else:  # a reminder, in the muted colour, not a title the essay has
        title = f'<h1 align="center"><font color="{muted}">No title yet</font></h1>'
    return [title, *head] if front.title_first else [*head, title]


def _italics(entry: str) -> str:
    """A source entry with its *titles* in italics, as the Word essay sets them."""
    return "".join(f"<i>{escape(piece)}</i>" if italic else escape(piece)
                   for piece, italic in emphasis_spans(entry))


def _lines_html(lines: tuple[Line, ...]) -> str:
    out: list[str] = []
    for line in lines:
        if line.block_quote:
            out.append(f'<p class="block">{escape(line.text)}</p>')
        elif line.continues:
            out.append(f'<p class="prose" style="text-indent: 0px;">{escape(line.text)}</p>')
        else:
            out.append(f'<p class="prose">{escape(line.text)}</p>')
    return "".join(out)


def _placeholder_html(block: Placeholder, muted: str, shade: str) -> str:
    """The exports' placeholder: shaded, dashed, the flag bold, the outline a list."""
    items = "".join(
        f'<p class="unwritten-item" style="margin-left: {18 + 22 * item.depth}px;">'
        f"• {escape(item.text)}</p>" for item in block.items)
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
    claim = escape(node.text.strip()) or "(no claim yet)"
    body = (f'<p style="color: {muted}; font-size: 9pt; letter-spacing: 1px;">THE OUTLINE</p>'
            f"<p><b>{claim}</b></p>")
    for child in node.children:
        if child.kind is K.THESIS:
            body += f"<p><b>Thesis:</b> {escape(child.text.strip())}</p>"
    rest = [c for c in node.children if c.kind is not K.THESIS]
    return body + (_outline_items(rest) if rest else "")


def _outline_items(nodes: list[Node]) -> str:
    items = []
    for node in nodes:
        if node.kind is K.QUOTE:
            line = f"<i>{escape(quotation_line(node.text.strip(), node.cite))}</i>"
        else:
            line = escape(node.text.strip()) or "…"
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
    " h1 { font-size: 17pt; font-weight: 600; margin-bottom: 14px; }"
    " ul { margin-top: 0px; } li { margin-bottom: 4px; line-height: 130%; }"
    " p.unwritten { margin-bottom: 4px; }"
    " p.unwritten-item { line-height: 115%; margin-bottom: 3px; }"
)
