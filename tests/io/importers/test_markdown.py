"""Markdown drafts are read as CommonMark reads them (importers/markdown.py).

Each construct below arrived verbatim in the essay before the drafts went
through markdown-it; the essay's own labels are still the line classifier's.
"""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from outliner.core.essay import Essay
from outliner.io.formats import get, open_document
from outliner.io.importers.text import parse_text, parse_text_with_report

MARKUP = re.compile(r"`|\[[^\]]*\]\([^)]*\)|</?[A-Za-z][^>]*>|<!--|&#?\w+;")


def rows(essay: Essay) -> list[tuple[int, str, str]]:
    return [(node.depth(), node.kind.value, node.text) for node in essay.walk()]


def texts(essay: Essay) -> str:
    parts = [essay.meta.title, *(s.text for s in essay.sources)]
    parts += [t for node in essay.walk() for t in (node.text, node.prose, node.cite)]
    return "\n".join(parts)


def read(markdown: str) -> Essay:
    return parse_text(markdown, markdown=True)


def test_a_link_keeps_its_text_and_its_address() -> None:
    essay = read('Intro: see [the town archive](https://example.org/a "Archive") first.\n')
    assert rows(essay) == [
        (0, "intro", "see the town archive (Archive: https://example.org/a) first.")]


def test_a_links_address_is_kept_as_typed_not_url_encoded() -> None:
    essay = read("Intro: the [café menu](</menú del día>) and [x][r].\n\n[r]: <a b> 'T&amp;C'\n")
    assert rows(essay) == [
        (0, "intro", "the café menu (/menú del día) and x (T&C: a b)."),
        (1, "note", "r: a b 'T&C'"),
    ]


def test_an_autolink_is_its_address_once() -> None:
    essay = read("Intro: write to <https://example.org/desk> soon.\n")
    assert rows(essay) == [(0, "intro", "write to https://example.org/desk soon.")]


def test_entities_decode() -> None:
    essay = read("Intro: a pause &mdash; then salt &amp; pepper &#169; 1990.\n")
    assert rows(essay) == [(0, "intro", "a pause — then salt & pepper © 1990.")]


def test_a_code_span_keeps_its_text_without_backticks() -> None:
    essay = read("Intro: the robot only says `hello, world` twice.\n")
    assert rows(essay) == [(0, "intro", "the robot only says hello, world twice.")]


def test_html_tags_go_and_their_text_stays() -> None:
    essay = read("Intro: one<br>two and <b>bold</b> <span class='x'>plain</span>.\n")
    assert rows(essay) == [(0, "intro", "one two and bold plain.")]


def test_an_html_block_keeps_its_text_and_its_words_apart() -> None:
    essay = read("Intro: the hook.\n\n<div>first<b>second</b> and <i>third</i></div>\n")
    assert rows(essay) == [(0, "intro", "the hook."), (1, "note", "first second and third")]


def test_an_html_comment_becomes_a_note_under_its_paragraph() -> None:
    essay = read("Intro: the hook <!-- check the date --> sentence.\n\n"
                 "<!-- rewrite the ending -->\n")
    assert rows(essay) == [
        (0, "intro", "the hook sentence."),
        (1, "note", "check the date"),
        (1, "note", "rewrite the ending"),
    ]


def test_markup_between_letters_comes_off_as_commonmark_reads_it() -> None:
    """"room`42`" is "room42" to every CommonMark reader, "x&#65;y" is "xAy":
    no markup is left in the text, and the words are the ones a reader sees."""
    essay = read("Intro: room`42` and x&#65;y read as one word.\n")
    assert rows(essay) == [(0, "intro", "room42 and xAy read as one word.")]
    # A link's text touching a word keeps a space: its address follows it.
    essay = read("Intro: see[the map](m.png)now and mail<a@b.org>today.\n")
    # An autolink is its own text and touches its neighbours as typed.
    assert rows(essay) == [(0, "intro", "see the map (m.png)now and maila@b.orgtoday.")]


def test_the_markup_taken_out_is_reported() -> None:
    _, report = parse_text_with_report(
        "Intro: `code` and <i>words</i> &mdash; kept.\n\n```python\nx = 1\n```\n",
        markdown=True)
    assert report.labels == ["`", "<i>", "</i>", "&mdash;", "```python", "Intro:"]


def test_an_image_keeps_its_alt_text() -> None:
    essay = read("Intro: look at ![a map of the harbour](map.png) now.\n")
    assert rows(essay) == [(0, "intro", "look at a map of the harbour (map.png) now.")]


def test_a_number_inside_a_paragraph_keeps_its_number() -> None:
    """CommonMark: only a list starting at 1 may interrupt a paragraph."""
    essay = read("The old house has a door for every season and a window per day.\n"
                 "14.  The number of doors is 6.\n")
    assert "day. 14. The number of doors is 6." in essay.outline[0].prose


def test_hard_and_soft_breaks_are_spaces() -> None:
    essay = read("Intro\n\nThe storm came in from the west in the night and the boats were all "
                 "pulled up\\\nthe beach before dark, and the whole town sat up and waited for "
                 "the  \nmorning light to see what was left of the harbour wall. Nobody slept "
                 "at all.\n")
    assert essay.outline[0].prose == (
        "The storm came in from the west in the night and the boats were all pulled up the "
        "beach before dark, and the whole town sat up and waited for the morning light to see "
        "what was left of the harbour wall. Nobody slept at all.")


def test_emphasis_becomes_the_models_inline_markup_everywhere() -> None:
    essay = read("Intro: the *novel* is **long** and _quiet_ and __loud__.\n\n"
                 "Works Cited\n\n- Austen, Jane. _Emma_. 1815.\n")
    assert rows(essay)[0] == (0, "intro", "the *novel* is **long** and *quiet* and **loud**.")
    assert [s.text for s in essay.sources] == ["Austen, Jane. *Emma*. 1815."]


def test_a_code_block_is_text_not_structure() -> None:
    essay = read("Intro: the hook.\n\n```\n# not a heading\n- not a bullet\n```\n\n"
                 "    Thesis: not a label\n")
    assert rows(essay) == [
        (0, "intro", "the hook."),
        (1, "note", "# not a heading"),
        (1, "note", "- not a bullet"),
        (1, "note", "Thesis: not a label"),
    ]


def test_a_lazy_block_quote_line_stays_in_the_quotation() -> None:
    essay = read("Body 1: the storm\n\n> the sea rose over the wall\nand took the boats\n")
    assert rows(essay) == [
        (0, "body", "the storm"),
        (1, "quote", "the sea rose over the wall and took the boats"),
    ]


def test_a_link_reference_definition_keeps_its_words() -> None:
    essay = read("Intro: the [novel][n] matters.\n\n[n]: https://example.org/n\n"
                 "[spare]: https://example.org/unused\n")
    assert rows(essay) == [
        (0, "intro", "the novel (https://example.org/n) matters."),
        (1, "note", "n: https://example.org/n"),
        (1, "note", "spare: https://example.org/unused"),
    ]


def test_nested_and_numbered_lists_keep_their_levels() -> None:
    essay = read("Body 1: a point\n\n3. third\n4. fourth\n   - under fourth\n"
                 "     * deeper still\n")
    assert rows(essay) == [
        (0, "body", "a point"),
        (1, "note", "third"),
        (1, "note", "fourth"),
        (2, "note", "under fourth"),
        (3, "note", "deeper still"),
    ]


def test_the_essays_labels_are_still_read() -> None:
    essay = read("# The Tide\n\n## Introduction\n\nThe sea keeps time for the town.\n\n"
                 "**Thesis:** the tide is the town's clock.\n\n"
                 "## Body paragraph 1: the harbour\n\n- Quote: “the boats sat in mud” (4)\n")
    assert essay.meta.title == "The Tide"
    assert [row for row in rows(essay) if row[1] in ("thesis", "body", "quote")] == [
        (1, "thesis", "the tide is the town's clock."),
        (0, "body", "the harbour"),
        (1, "quote", "the boats sat in mud"),
    ]


def test_escaped_structure_reads_as_text() -> None:
    essay = read("Intro: the hook\n\n- Thesis\\: not the thesis\n- \\# not a heading\n"
                 "- 1\\. not numbered\n- \\Works Cited\n- a `*` and 2\\*3\n")
    assert rows(essay) == [
        (0, "intro", "the hook"),
        (1, "note", "Thesis: not the thesis"),
        (1, "note", "# not a heading"),
        (1, "note", "1. not numbered"),
        (1, "note", "Works Cited"),
        (1, "note", "a * and 2\\*3"),  # the escaped star stays escaped: it shows "2*3"
    ]


def test_md_files_are_read_by_the_markdown_importer(tmp_path: Path) -> None:
    assert get("markdown").reader == "outliner.io.importers.markdown:read_document"
    path = tmp_path / "draft.md"
    path.write_text("Intro: salt &amp; `pepper`\n", encoding="utf-8")
    assert rows(open_document(path)) == [(0, "intro", "salt & pepper")]


# -- every word survives, in order ----------------------------------------

#: Words no essay label starts with, so none is consumed as structure.
WORDS = ("apple", "river", "stone", "cloud", "maple", "lantern", "orbit", "velvet",
         "quartz", "meadow", "copper", "harbour")
word = st.sampled_from(WORDS)
phrase = st.lists(word, min_size=1, max_size=4).map(" ".join)


@st.composite
def inline(draw: st.DrawFn) -> tuple[str, list[str]]:
    """(Markdown, its words in reading order)."""
    text = draw(phrase)
    shape = draw(st.sampled_from(["plain", "em", "strong", "code", "link", "image", "entity"]))
    md = {
        "plain": text,
        "em": f"*{text}*",
        "strong": f"**{text}**",
        "code": f"`{text}`",
        "link": f"[{text}](https://example.org/x)",
        "image": f"![{text}](pic.png)",
        "entity": f"{text} &amp;",
    }[shape]
    return md, text.split()


@st.composite
def block(draw: st.DrawFn) -> tuple[str, list[str]]:
    pieces = draw(st.lists(inline(), min_size=1, max_size=4))
    line = " ".join(md for md, _ in pieces)
    said = [w for _, ws in pieces for w in ws]
    shape = draw(st.sampled_from(["para", "heading", "bullet", "ordered", "quote", "nested"]))
    md = {
        "para": f"{line}.",
        "heading": f"## {line}",
        "bullet": f"- {line}",
        "ordered": f"{draw(st.integers(1, 30))}. {line}",
        "quote": f"> {line}",
        "nested": f"- {WORDS[0]}\n  - {line}",
    }[shape]
    if shape == "nested":
        said = [WORDS[0], *said]
    return md, said


def in_order(wanted: list[str], got: list[str]) -> bool:
    """Is ``wanted`` a subsequence of ``got``?"""
    rest = iter(got)
    return all(w in rest for w in wanted)


def essay_words(essay: Essay) -> list[str]:
    parts = [essay.meta.title]
    for node in essay.walk():
        parts.append(node.prose or node.text)  # prose holds the line's sentence
    return re.findall(r"[^\W_]+", "\n".join(parts).lower())


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(block(), min_size=1, max_size=8), st.sampled_from(["\n\n", "\n"]))
def test_the_words_of_any_markdown_draft_survive_in_order(
    blocks: list[tuple[str, list[str]]], gap: str
) -> None:
    draft = gap.join(md for md, _ in blocks) + "\n"
    wanted = [w for _, ws in blocks for w in ws]
    essay = read(draft)
    assert in_order(wanted, essay_words(essay)), draft
    assert not MARKUP.search(texts(essay)), draft
