"""The manuscript: what the finished essay says, computed once, and the
preview, the Word essay, the Markdown essay and the text essay all carrying it."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from outliner.compose.draft_memo import DraftMemo
from outliner.compose.drafting import EssayDrafts
from outliner.compose.manuscript import (
    LeftOut,
    LooseNotes,
    Manuscript,
    Paragraph,
    Placeholder,
    SectionHeading,
    build_manuscript,
    unwritten_paragraphs,
)
from outliner.compose.unwritten import Unwritten
from outliner.core.essay import CitationStyle, Essay, Meta, Node, NodeKind, Source
from outliner.core.names import node_name
from outliner.io.exporters.options import ExportOptions
from outliner.io.formats import export_essay
from outliner.ui.preview import essay_html
from tests.support.helpers import small_essay

K = NodeKind
LONG = ("we were told we were special and we believed it for years long after the evidence "
        "ran the other way because believing it was easier than asking what the guardians "
        "meant when they said our lives were set out for us")  # 41 words: a block quotation


def full_meta(style: CitationStyle = CitationStyle.MLA) -> Meta:
    return Meta(title="Hope and Loss", author="Jordan Q. Reyes", instructor="Dr. Alvarez",
                course="English 101", date="2026-03-09", style=style)


# -- reading each output back as (role, text) -------------------------------------
#
# Normalised so the four can be compared: runs of whitespace become one space,
# and each format's markup is taken off (Markdown "#", "- ", "> "; the text
# export's list dash and block-quotation indent; the preview's bullet and HTML
# escapes). Roles: "heading" (a section), "text" (a printed paragraph),
# "block" (a block quotation), "item" (a note outside any paragraph), "flag"
# and "pitem" (an unwritten paragraph's "[Not written yet: …]" and its
# outline). Plain text cannot tell a heading from a paragraph, so there both
# are "text".


def _norm(text: str) -> str:
    return " ".join(text.split())


def expected(manuscript: Manuscript) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for block in manuscript.blocks:
        if isinstance(block, SectionHeading):
            out.append(("heading", _norm(block.text)))
        elif isinstance(block, Paragraph):
            out.extend(("block" if line.block_quote else "text", _norm(line.text))
                       for line in block.lines)
        elif isinstance(block, LooseNotes):
            out.extend(("item", _norm(item.text)) for item in block.items)
        elif isinstance(block, Placeholder):
            out.append(("flag", _norm(block.heading)))
            out.extend(("pitem", _norm(item.text)) for item in block.items)
    return out


_WORD_ROLES = {"Body Text": "text", "Block Quotation": "block", "List Bullet": "item",
               "Not Written Yet": "flag", "Not Written Yet Note": "pitem"}


def word_blocks(path: Path) -> list[tuple[str, str]]:
    from docx.oxml.ns import qn
    from docx.text.paragraph import Paragraph as WordParagraph

    document = docx.Document(str(path))
    out: list[tuple[str, str]] = []
    for element in document.element.body.iter(qn("w:p")):  # table cells too, in order
        p = WordParagraph(element, document)
        role = "heading" if p.style.name.startswith("Heading ") else _WORD_ROLES.get(p.style.name)
        if role is not None:
            text = p.text.removeprefix("•\t") if role == "pitem" else p.text
            out.append((role, _norm(text)))
    return out


_PREVIEW_ROLES = {"section": "heading", "prose": "text", "block": "block", "loose": "item",
                  "unwritten": "flag", "unwritten-item": "pitem"}


class _PreviewReader(HTMLParser):
    """Text of the elements the preview marks as printed."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, str]] = []
        self._open: tuple[str, str] | None = None  # (tag, role)
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        role = _PREVIEW_ROLES.get(dict(attrs).get("class") or "")
        if role is not None:
            self._open, self._text = (tag, role), []

    def handle_endtag(self, tag: str) -> None:
        if self._open is not None and tag == self._open[0]:
            text = "".join(self._text)
            if self._open[1] in ("item", "pitem"):
                text = text.removeprefix("• ")
            self.found.append((self._open[1], _norm(text)))
            self._open = None

    def handle_data(self, data: str) -> None:
        if self._open is not None:
            self._text.append(data)


def preview_blocks(html: str) -> list[tuple[str, str]]:
    reader = _PreviewReader()
    reader.feed(html)
    return reader.found


def text_blocks(text: str, sources_heading: str, *, markdown: bool,
                front_blocks: int) -> list[tuple[str, str]]:
    blocks = text.rstrip("\n").split("\n\n")
    heading = f"## {sources_heading}" if markdown else sources_heading
    end = len(blocks) - blocks[::-1].index(heading) - 1  # the last one: the sources
    out: list[tuple[str, str]] = []
    for block in blocks[front_blocks:end]:
        lines = block.split("\n")
        flag = block.removeprefix("**").removesuffix("**") if markdown else block
        if flag.startswith("[Not written yet: ") and flag.endswith("]"):
            out.append(("flag", _norm(flag)))
        elif all(line.lstrip().startswith("- ") for line in lines):
            role = "pitem" if out and out[-1][0] == "flag" else "item"
            out.extend((role, _norm(line.lstrip()[2:])) for line in lines)
        elif markdown and block.startswith("#"):
            out.append(("heading", _norm(block.lstrip("#"))))
        elif markdown and block.startswith("> "):
            out.append(("block", _norm(block[2:])))
        elif not markdown and block.startswith("    "):
            out.append(("block", _norm(block)))
        else:
            out.append(("text", _norm(block)))
    return out


def all_outputs(essay: Essay, tmp_path: Path,
                policy: Unwritten = Unwritten.NOTES) -> dict[str, Any]:
    """Every rendering of ``essay`` in its own style, read back, and the notes."""
    from outliner.ui.preview_html import manuscript_html

    options = ExportOptions(mode="essay", unwritten=policy)
    manuscript = build_manuscript(essay, unwritten=policy)
    heading = manuscript.sources.heading
    front = sum(1 for part in (essay.meta.title, essay.meta.author) if part.strip())
    html = essay_html(essay) if policy is Unwritten.NOTES else manuscript_html(manuscript, essay)
    out: dict[str, Any] = {"preview": preview_blocks(html)}
    notes: dict[str, list[str]] = {}
    warnings: dict[str, list[str]] = {}
    for name in ("essay.docx", "essay.md", "essay.txt"):
        path = tmp_path / name
        report = export_essay(essay, path, options)
        notes[name], warnings[name] = report.notes, report.warnings
        if name.endswith(".docx"):
            out[name] = word_blocks(path)
        else:
            out[name] = text_blocks(path.read_text(encoding="utf-8"), heading,
                                    markdown=name.endswith(".md"), front_blocks=front)
    out["notes"], out["warnings"] = notes, warnings
    return out


def assert_same_everywhere(essay: Essay, tmp_path: Path,
                           policy: Unwritten = Unwritten.NOTES) -> Manuscript:
    manuscript = build_manuscript(essay, unwritten=policy)
    want = expected(manuscript)
    got = all_outputs(essay, tmp_path, policy)
    assert got["preview"] == want
    assert got["essay.docx"] == want
    assert got["essay.md"] == want
    plain = [("text" if role == "heading" else role, text) for role, text in want]
    assert got["essay.txt"] == plain
    for notes in got["notes"].values():
        assert notes == list(manuscript.notes)
    for warnings in got["warnings"].values():
        assert warnings == list(manuscript.warnings)
    return manuscript


# -- the disagreements, resolved once ---------------------------------------------


def test_a_sections_prose_is_kept_in_every_output(tmp_path: Path) -> None:
    essay = Essay(meta=full_meta(), sources=[Source("Ishiguro, Kazuo. A Book.")], outline=[
        Node(K.SECTION, "Setting", prose="Hailsham is a school.", id="s", children=[
            Node(K.BODY, "Claim", prose="A written body.")]),
    ])
    manuscript = assert_same_everywhere(essay, tmp_path)
    kinds = [(type(b).__name__, b.node_id) for b in manuscript.blocks
             if not isinstance(b, LooseNotes)]
    assert kinds[:2] == [("SectionHeading", "s"), ("Paragraph", "s")]
    assert expected(manuscript) == [("heading", "Setting"), ("text", "Hailsham is a school."),
                                    ("text", "A written body.")]


def test_an_empty_body_is_left_out_everywhere_and_numbering_counts_it(tmp_path: Path) -> None:
    essay = Essay(meta=full_meta(), sources=[Source("A source.")], outline=[
        Node(K.INTRO, "Opening", prose="An opening."),
        Node(K.BODY, "", id="empty"),
        Node(K.BODY, "Second claim", id="b2", children=[Node(K.NOTE, "a note")]),
    ])
    manuscript = assert_same_everywhere(essay, tmp_path, Unwritten.DRAFT)
    assert manuscript.left_out == [LeftOut("empty", K.BODY, "Body paragraph 1")]
    body = next(p for p in manuscript.paragraphs if p.node_id == "b2")
    assert body.label == "Body paragraph 2" and body.drafted
    assert manuscript.notes == ("Body paragraph 1 is empty; it was left out.",)
    assert manuscript.warnings == (
        "Not written yet: Body paragraph 2. Drafted from its notes by the built-in drafter, "
        "not written by you: read the draft before handing the essay in.",)


def test_the_preview_prints_quotations_as_the_word_essay_does(tmp_path: Path) -> None:
    essay = Essay(meta=full_meta(), sources=[Source("A source.")], outline=[
        Node(K.BODY, "Claim", prose='Kathy says "it was over." (41) It\'s done.')])
    manuscript = assert_same_everywhere(essay, tmp_path)
    assert expected(manuscript) == [("text", "Kathy says “it was over” (41). It’s done.")]
    assert "“it was over” (41)." in essay_html(essay)


def test_drafted_and_written_paragraphs() -> None:
    essay = small_essay()
    manuscript = build_manuscript(essay, unwritten=Unwritten.DRAFT)
    by_id = {p.node_id: p for p in manuscript.paragraphs}
    assert not by_id["intro"].drafted and by_id["intro"].lines[0].text == "An opening paragraph."
    assert by_id["b1"].drafted and by_id["b1"].label == "Body paragraph 1"
    assert by_id["b1"].lines[0].text.startswith("First claim.")
    assert "“a quotation” (12)" in by_id["b1"].lines[0].text
    assert by_id["concl"].drafted and by_id["concl"].kind is K.CONCLUSION
    assert [p.node_id for p in manuscript.paragraphs] == ["intro", "b1", "b2", "concl"]


def test_a_long_quotation_is_a_block_and_the_paragraph_continues(tmp_path: Path) -> None:
    essay = Essay(meta=full_meta(), sources=[Source("A source.")], outline=[
        Node(K.BODY, "Claim", prose=f"She says “{LONG}” (42). The paragraph goes on.")])
    manuscript = assert_same_everywhere(essay, tmp_path)
    lines = manuscript.paragraphs[0].lines
    assert [(line.text, line.block_quote, line.continues) for line in lines] == [
        ("She says", False, False), (f"{LONG}. (42)", True, False),
        ("The paragraph goes on.", False, True)]


def test_loose_notes_stay_where_they_stand(tmp_path: Path) -> None:
    essay = Essay(meta=full_meta(), sources=[Source("A source.")], outline=[
        Node(K.SECTION, "Loose ends", children=[
            Node(K.NOTE, "an idea", children=[Node(K.QUOTE, "proof.", cite="5")]),
            Node(K.BODY, "Claim", prose="Written."),
            Node(K.NOTE, "after the body"),
        ]),
        Node(K.QUOTE, "a quotation at the top", cite="7"),  # not allowed, but kept if read
    ])
    manuscript = assert_same_everywhere(essay, tmp_path)
    assert expected(manuscript) == [
        ("heading", "Loose ends"), ("item", "an idea"), ("item", "“proof” (5)."),
        ("text", "Written."), ("item", "after the body"),
        ("item", "“a quotation at the top” (7)")]
    assert [i.depth for b in manuscript.blocks if isinstance(b, LooseNotes)
            for i in b.items] == [0, 1, 0, 0]
    assert manuscript.notes == (
        "The section “Loose ends” holds notes outside any paragraph; they were written "
        "out as a list.",
        "Notes outside any paragraph and section were written out as a list where they stand.",
    )


def test_loose_notes_before_a_paragraph_are_reported_too() -> None:
    essay = Essay(meta=full_meta(), sources=[Source("A source.")], outline=[
        Node(K.SECTION, "", children=[Node(K.NOTE, "first"), Node(K.BODY, "", prose="Text.")]),
        Node(K.SECTION, "Empty notes", children=[Node(K.NOTE, ""), Node(K.QUOTE, " ")]),
    ])
    manuscript = build_manuscript(essay)
    # an untitled section's note is reported; notes with no words print nothing and need none
    assert manuscript.notes == ("A section holds notes outside any paragraph; they were "
                                "written out as a list.",)


def test_a_top_level_thesis_is_written_once() -> None:
    thesis = Node(K.THESIS, "Lost objects show lost futures.", id="t")
    essay = Essay(outline=[Node(K.INTRO, "Opening", children=[Node(K.NOTE, "a school")]),
                           thesis, Node(K.BODY, "The tape", prose="The tape matters.")])
    drafted = build_manuscript(essay, unwritten=Unwritten.DRAFT)
    assert "t" not in {p.node_id for p in drafted.paragraphs}  # in the intro's draft
    assert drafted.paragraphs[0].lines[0].text.endswith("Lost objects show lost futures.")
    # not drafted: the intro is a placeholder and the thesis the writer typed stands alone
    for policy in (Unwritten.NOTES, Unwritten.OMIT):
        shown = build_manuscript(essay, unwritten=policy)
        assert [p.node_id for p in shown.paragraphs][:1] == ["t"]
    essay.outline[0].prose = "Kathy remembers."
    written = build_manuscript(essay)
    assert [p.label for p in written.paragraphs if p.node_id == "t"] == ["Thesis"]


@pytest.mark.parametrize(("style", "heading", "front", "title_first"), [
    (CitationStyle.MLA, "Works Cited",
     ("Jordan Q. Reyes", "Dr. Alvarez", "English 101", "9 March 2026"), False),
    (CitationStyle.APA, "References",
     ("Jordan Q. Reyes", "English 101", "Dr. Alvarez", "March 9, 2026"), True),
    (CitationStyle.CHICAGO, "Bibliography",
     ("Jordan Q. Reyes", "English 101", "Dr. Alvarez", "March 9, 2026"), True),
])
def test_front_matter_and_sources_follow_the_style(
    style: CitationStyle, heading: str, front: tuple[str, ...], title_first: bool
) -> None:
    typed = ["The Zoo. \"A Poem.\"", "  ", "*Brown*, Ann. A Book.", "An Apple. Cat."]
    essay = Essay(meta=full_meta(CitationStyle.MLA), sources=[Source(t) for t in typed])
    manuscript = build_manuscript(essay, style)
    assert manuscript.front.lines == front and manuscript.front.title == "Hope and Loss"
    assert manuscript.front.title_first is title_first
    assert manuscript.sources.heading == heading
    assert [e.typed for e in manuscript.sources.entries] == [
        "An Apple. Cat.", "*Brown*, Ann. A Book.", "The Zoo. \"A Poem.\""]  # as typed
    assert manuscript.sources.entries[2].printed == "The Zoo. “A Poem.”"


def test_missing_metadata_and_sources_are_reported() -> None:
    essay = Essay(meta=Meta(title="T", course="English"), outline=[
        Node(K.BODY, "Claim", prose="Text.")])
    notes = build_manuscript(essay, CitationStyle.APA).notes
    assert notes == (  # the APA title page's affiliation line is asked for too
        "APA: no author, affiliation, instructor, date in the essay's properties; left out "
        "of the heading (fill them in under Essay Properties).",
        "No sources: the References page was left out (add sources under Essay > Sources).",
    )
    mla = build_manuscript(essay, CitationStyle.MLA).notes[0]
    assert "affiliation" not in mla  # MLA's heading has no such line


def test_a_paragraph_the_drafter_fails_on_keeps_its_claim(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(self: EssayDrafts, node: Node) -> tuple[str, bool]:
        raise ValueError("boom")

    monkeypatch.setattr(EssayDrafts, "prose_or_draft", broken)
    manuscript = build_manuscript(Essay(outline=[Node(K.BODY, "The claim")]),
                                  unwritten=Unwritten.DRAFT)
    assert manuscript.paragraphs[0].lines[0].text == "The claim"
    assert any("Body paragraph 1 has no prose and could not be drafted (boom)" in n
               for n in manuscript.notes)


def test_the_draft_memo_redrafts_only_what_changed(monkeypatch: pytest.MonkeyPatch) -> None:
    from outliner.compose import drafting

    calls: list[str] = []
    real = drafting._draft

    def counting(node: Node, style: CitationStyle, thesis: Node | None) -> str:
        calls.append(node.id)
        return real(node, style, thesis)

    monkeypatch.setattr(drafting, "_draft", counting)
    essay, memo, draft = small_essay(), DraftMemo(), Unwritten.DRAFT
    assert build_manuscript(essay, memo=memo).unwritten and calls == []  # notes: no drafting
    first = build_manuscript(essay, memo=memo, unwritten=draft)
    assert calls == ["b1", "b2", "concl"]  # the intro has prose
    calls.clear()
    assert build_manuscript(essay, memo=memo, unwritten=draft) == first and calls == []
    essay.node("n2").text = "a changed note"
    changed = build_manuscript(essay, memo=memo, unwritten=draft)
    assert calls == ["b2"]
    assert changed == build_manuscript(essay, unwritten=draft)  # the same as drafting afresh
    assert "changed note" in next(p for p in changed.paragraphs if p.node_id == "b2").lines[0].text
    calls.clear()
    essay.node("thesis").text = "A new thesis."  # every draft ties back to it
    assert (build_manuscript(essay, memo=memo, unwritten=draft)
            == build_manuscript(essay, memo=None, unwritten=draft))
    assert calls[:3] == ["b1", "b2", "concl"]


# -- any essay: the four outputs carry the same paragraphs --------------------------

WORDS = ["Kathy", "remembers", "the", "tape", "Hailsham", "it's", "don't", "hope,", "lost.",
         '"we were special." (41)', "“What is it?” (Ishiguro 12)", "(just a remark)",
         '"normal"', "so", "Then"]
phrase = st.lists(st.sampled_from(WORDS), max_size=6).map(" ".join)
prose = st.one_of(
    st.just(""), st.just("  "), phrase,
    st.lists(phrase, min_size=1, max_size=3).map("\n".join),
    phrase.map(lambda p: f"{p} “{LONG}” (42). {p}"),
)
leaf_kind = st.sampled_from([K.NOTE, K.QUOTE])


@st.composite
def items(draw: st.DrawFn, depth: int = 0) -> Node:
    """A note or quotation, and (for a note) what it holds."""
    kind = draw(leaf_kind)
    node = Node(kind, draw(phrase), cite=draw(st.sampled_from(["", "41", "3-4"])))
    if kind is K.NOTE and depth < 2:
        node.children = draw(st.lists(items(depth + 1), max_size=2))
    return _adopted(node)


def _adopted(node: Node) -> Node:
    """``node`` as the parent of the children assigned to it after it was made."""
    for child in node.children:
        child.parent = node
    return node


@st.composite
def blocks(draw: st.DrawFn, depth: int = 0) -> Node:
    kinds = [K.INTRO, K.BODY, K.BODY, K.CONCLUSION, K.THESIS, K.NOTE, K.QUOTE]
    if depth < 2:
        kinds.append(K.SECTION)
    kind = draw(st.sampled_from(kinds))
    if kind in (K.NOTE, K.QUOTE):
        return draw(items())
    node = Node(kind, draw(phrase), prose=draw(prose))
    if kind is K.SECTION:
        node.children = draw(st.lists(blocks(depth + 1), max_size=3))
    elif kind is not K.THESIS:
        node.children = draw(st.lists(st.one_of(items(), st.builds(
            Node, st.just(K.THESIS), phrase)), max_size=3))
    return _adopted(node)


@st.composite
def varied_essays(draw: st.DrawFn) -> Essay:
    style = draw(st.sampled_from(CitationStyle))
    sources = [Source(t) for t in draw(st.lists(phrase.filter(str.strip), min_size=1,
                                                 max_size=2))]
    return Essay(meta=full_meta(style), sources=sources,
                 outline=draw(st.lists(blocks(), max_size=6)))


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(essay=varied_essays(), policy=st.sampled_from(Unwritten))
def test_every_output_carries_the_manuscripts_paragraphs(
    tmp_path: Path, essay: Essay, policy: Unwritten
) -> None:
    manuscript = assert_same_everywhere(essay, tmp_path, policy)
    # every paragraph node the essay prints is there once, in order, written or left out
    shown = [b.node_id for b in manuscript.blocks
             if isinstance(b, Paragraph | LeftOut | Placeholder)
             and b.kind in (K.INTRO, K.BODY, K.CONCLUSION)]
    visited = _paragraph_nodes(essay.outline)
    assert shown == [n.id for n in visited]
    # the writer's prose is printed word for word (typeset)
    printed = " ".join(text for _, text in expected(manuscript))
    for node in visited:
        for word in node.prose.split():
            assert word.strip("\"“”.,'’()") in printed.replace("’", "'")
    bodies = [b.label for b in manuscript.blocks
              if isinstance(b, Paragraph | LeftOut | Placeholder) and b.kind is K.BODY]
    # nothing drafted unless asked for; every unwritten paragraph named once
    assert any(p.drafted for p in manuscript.paragraphs) <= (policy is Unwritten.DRAFT)
    assert (policy is Unwritten.NOTES) <= (len(manuscript.placeholders)
                                          == len(manuscript.unwritten))
    assert len(manuscript.warnings) == (1 if manuscript.unwritten else 0)
    assert unwritten_paragraphs(essay) == manuscript.unwritten  # the dialog's quick look
    # named as the window and every report name them (core/names.py)
    assert bodies == [node_name(essay, n) for n in visited if n.kind is K.BODY]


def _paragraph_nodes(nodes: list[Node]) -> list[Node]:
    """Paragraph nodes at block level (inside sections, not inside notes)."""
    found: list[Node] = []
    for node in nodes:
        if node.kind in (K.INTRO, K.BODY, K.CONCLUSION):
            found.append(node)
        elif node.kind is K.SECTION:
            found.extend(_paragraph_nodes(node.children))
    return found


def test_the_preview_lists_the_sources_as_the_word_essay_does() -> None:
    essay = Essay(meta=full_meta(CitationStyle.CHICAGO), sources=[
        Source('Smith, Ann. "A Poem." 2001.'), Source("Ishiguro, Kazuo. *Never Let Me Go*.")])
    html = essay_html(essay)
    assert "Bibliography" in html
    first = html.index("Ishiguro, Kazuo. <i>Never Let Me Go</i>.")  # italics, no asterisks
    assert first < html.index("Smith, Ann. “A Poem.” 2001.")  # sorted, marks typeset


def test_the_preview_shows_a_drafts_outline_unless_told_not_to() -> None:
    from outliner.ui.preview_html import manuscript_html

    essay = small_essay()
    manuscript = build_manuscript(essay, unwritten=Unwritten.DRAFT)
    with_outline = manuscript_html(manuscript, essay)
    assert with_outline.count("NOT DRAFTED YET") == 3 and ">THE OUTLINE<" in with_outline
    assert "<b>Second claim</b>" in with_outline and "<ul>" in with_outline
    alone = manuscript_html(manuscript, essay, outlines=False)
    assert ">THE OUTLINE<" not in alone and "<b>Second claim</b>" not in alone
    assert "<ul>" not in alone
    assert preview_blocks(alone) == preview_blocks(with_outline) == expected(manuscript)
