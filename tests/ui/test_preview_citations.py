"""The preview shows the manuscript as the page prints it: citations in the
chosen style, Chicago's footnotes at the end, the title as the Word essay
sets it (the body's size; bold only in APA)."""

from __future__ import annotations

import re

import pytest

from outliner.compose.manuscript import build_manuscript
from outliner.core.essay import CitationStyle, Essay, Meta, Node, NodeKind
from outliner.core.sources import Name, Source, SourceType
from outliner.ui.preview_html import essay_html, manuscript_html

BOOK = Source(type=SourceType.BOOK, authors=(Name("Ishiguro", "Kazuo"),),
              title="Never Let Me Go", publisher="Vintage International", place="New York",
              date="2006")
PROSE = "Kathy calls the Sales “important” (41). Later she loses the tape (p. 74)."


def essay(style: CitationStyle) -> Essay:
    return Essay(Meta(title="Distance", author="Dana", style=style), [BOOK],
                 [Node(NodeKind.BODY, "Claim", prose=PROSE)])


def test_mla_and_apa_previews_cite_as_the_style_does() -> None:
    assert "“important” (Ishiguro 41)." in essay_html(essay(CitationStyle.MLA))
    assert "(Ishiguro, 2006, p. 74)." in essay_html(essay(CitationStyle.APA))


def test_the_chicago_preview_has_footnotes_at_the_end() -> None:
    html = essay_html(essay(CitationStyle.CHICAGO))
    assert "(41)" not in html and "(p. 74)" not in html
    assert "“important.”<sup" in html and "the tape.<sup" in html
    notes = re.findall(r'<p class="footnote">(.*?)</p>', html)
    assert notes == [
        "<sup>1</sup> Kazuo Ishiguro, <i>Never Let Me Go</i> (New York: Vintage "
        "International, 2006), 41.",
        "<sup>2</sup> Ishiguro, <i>Never Let Me Go</i>, 74.",
    ]
    assert html.index('<p class="footnote">') > html.index("Bibliography")


@pytest.mark.parametrize("style, bold", [(CitationStyle.MLA, False), (CitationStyle.APA, True),
                                         (CitationStyle.CHICAGO, False)])
def test_the_title_is_bold_only_where_the_style_sets_it(style: CitationStyle, bold: bool) -> None:
    the_essay = essay(style)
    html = manuscript_html(build_manuscript(the_essay), the_essay)
    title = re.search(r'<p class="title" align="center">(.*?)</p>', html)
    assert title is not None
    assert (title.group(1) == "<b>Distance</b>") is bold
    assert "<h1" not in html  # no heading size: the page sets the title at the body's size
