"""Markdown and plain-text export: outline and essay modes, arbitrary text, re-import."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from outliner.compose.unwritten import Unwritten
from outliner.core.essay import CitationStyle, Essay, Meta, Node, NodeKind, Source
from outliner.io.escapes import markdown_to_markup, unescape_stars
from outliner.io.essay.file import load_essay
from outliner.io.essay.schema import utf8_safe
from outliner.io.exporters.options import ExportOptions, Mode
from outliner.io.formats import export_essay
from tests.conftest import FIXTURES
from tests.io.essay.test_essay_file import essays

K = NodeKind


def sample() -> Essay:
    """A half-written essay: intro with prose, two bodies in notes, a conclusion."""
    return Essay(
        meta=Meta(title="Memory in Never Let Me Go", author="Sam Lee", course="English 10"),
        sources=[Source("Ishiguro, Kazuo. Never Let Me Go. Vintage, 2006.")],
        outline=[
            Node(K.INTRO, "Clones raised at Hailsham", id="intro",
                 prose="Kathy remembers Hailsham as a kind of home.",
                 children=[Node(K.THESIS, "Ishiguro uses lost objects to show lost futures.",
                                id="thesis")]),
            Node(K.BODY, "The tape stands for a connection to the outside", id="b1", children=[
                Node(K.QUOTE, "how we got hold of things from outside", cite="41", id="q1"),
                Node(K.NOTE, "the Sales are the only window", id="n1",
                     children=[Node(K.NOTE, "items come to them, not the reverse", id="n1a")]),
            ]),
            Node(K.BODY, "The deferral is only a rumour", id="b2", children=[
                Node(K.QUOTE, "There's no truth in the rumour.", cite="258", id="q2"),
            ]),
            Node(K.CONCLUSION, "Hope is always let down", id="concl",
                 prose="In the end every hope is taken away."),
        ],
    )


def export(
    essay: Essay, path: Path, mode: Mode | None = None, style: CitationStyle | None = None,
    unwritten: Unwritten = Unwritten.NOTES,
) -> tuple[str, list[str]]:
    """Export through the dispatcher; the file's text and the report's notes
    (after its warnings)."""
    report = export_essay(essay, path, ExportOptions(mode=mode, style=style,
                                                     unwritten=unwritten))
    assert report.path == path
    return path.read_bytes().decode("utf-8"), report.warnings + report.notes


# -- outline mode -------------------------------------------------------------------


def test_markdown_outline_has_the_documented_shape(tmp_path: Path) -> None:
    text, notes = export(sample(), tmp_path / "out.md")
    assert notes == []
    assert text == (
        "Name: Sam Lee  \n"
        "Course: English 10\n"
        "\n"
        "# Memory in Never Let Me Go\n"
        "\n"
        "## Introduction: Clones raised at Hailsham\n"
        "\n"
        "Kathy remembers Hailsham as a kind of home.\n"
        "\n"
        "**Thesis:** Ishiguro uses lost objects to show lost futures.\n"
        "\n"
        "## Body paragraph 1: The tape stands for a connection to the outside\n"
        "\n"
        "- “how we got hold of things from outside” (41)\n"
        "- the Sales are the only window\n"
        "  - items come to them, not the reverse\n"
        "\n"
        "## Body paragraph 2: The deferral is only a rumour\n"
        "\n"
        "- “There's no truth in the rumour.” (258)\n"
        "\n"
        "## Conclusion: Hope is always let down\n"
        "\n"
        "In the end every hope is taken away.\n"
        "\n"
        "## Works Cited\n"
        "\n"
        "Ishiguro, Kazuo. Never Let Me Go. Vintage, 2006.\n"
    )


def test_text_outline_uses_plain_labels_and_indentation(tmp_path: Path) -> None:
    text, _ = export(sample(), tmp_path / "out.txt")
    assert text.startswith(
        "Title: Memory in Never Let Me Go\nName: Sam Lee\nCourse: English 10\n\n")
    assert "\n\nIntroduction: Clones raised at Hailsham\n\n" in text
    assert "\n  Thesis: Ishiguro uses lost objects to show lost futures.\n" in text
    assert (
        "Body paragraph 1: The tape stands for a connection to the outside\n\n"
        "  - “how we got hold of things from outside” (41)\n"
        "  - the Sales are the only window\n"
        "    - items come to them, not the reverse\n"
    ) in text
    assert "#" not in text and "**" not in text
    assert text.endswith("Works Cited\n\nIshiguro, Kazuo. Never Let Me Go. Vintage, 2006.\n")


def test_sections_nest_headings_and_keep_their_notes(tmp_path: Path) -> None:
    essay = Essay(outline=[
        Node(K.SECTION, "Part one", children=[
            Node(K.BODY, "inner claim", children=[Node(K.NOTE, "inner note")]),
            Node(K.SECTION, "Deeper", children=[Node(K.NOTE, "loose note")]),
        ]),
    ])
    text, _ = export(essay, tmp_path / "out.md")
    assert "## Part one\n\n### Body paragraph 1: inner claim\n\n- inner note\n" in text
    assert text.endswith("\n\n### Deeper\n\n- loose note\n")


def test_fields_kept_after_a_kind_change_are_exported(tmp_path: Path) -> None:
    essay = Essay(outline=[Node(K.BODY, "claim", children=[
        Node(K.NOTE, "was a quotation", cite="12"),
        Node(K.NOTE, "was a paragraph", prose="Its old prose."),
    ])])
    text, _ = export(essay, tmp_path / "out.md")
    assert "- was a quotation (12)\n- was a paragraph\n  Its old prose.\n" in text


@pytest.mark.parametrize(
    ("style", "heading"),
    [(CitationStyle.MLA, "Works Cited"), (CitationStyle.APA, "References"),
     (CitationStyle.CHICAGO, "Bibliography")],
)
def test_sources_heading_follows_the_style(
    tmp_path: Path, style: CitationStyle, heading: str
) -> None:
    text, _ = export(sample(), tmp_path / "out.md", style=style)
    assert f"\n## {heading}\n\nIshiguro, Kazuo." in text


def test_export_replaces_the_old_file_whole_and_leaves_no_temporary_files(
    tmp_path: Path,
) -> None:
    path = tmp_path / "out.markdown"
    path.write_text("old content\n")
    text, _ = export(sample(), path)
    assert text.startswith("Name: Sam Lee") and "old content" not in text
    # The replaced file is kept whole as .bak; no temporary file is left.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.markdown", "out.markdown.bak"]
    assert (tmp_path / "out.markdown.bak").read_text() == "old content\n"


# -- essay mode ------------------------------------------------------------------------


def test_essay_mode_writes_prose_and_flags_the_rest_with_their_notes(tmp_path: Path) -> None:
    text, notes = export(sample(), tmp_path / "essay.md", mode="essay")
    blocks = text.split("\n\n")
    assert blocks[2] == "Kathy remembers Hailsham as a kind of home."
    assert blocks[3:9] == [
        "**[Not written yet: Body paragraph 1]**",
        "- Claim: The tape stands for a connection to the outside\n"
        "  - “how we got hold of things from outside” (41)\n"
        "  - the Sales are the only window\n"
        "    - items come to them, not the reverse",
        "**[Not written yet: Body paragraph 2]**",
        "- Claim: The deferral is only a rumour\n  - “There’s no truth in the rumour” (258).",
        "In the end every hope is taken away.",
        "## Work Cited",  # one entry (MLA 9)
    ]
    assert "This shows" not in text  # nothing drafted
    assert notes[0] == (
        "Not written yet: Body paragraph 1, Body paragraph 2. Exported as marked "
        "placeholders (the claim and notes, flagged “Not written yet”), not as prose.")
    plain, _ = export(sample(), tmp_path / "essay.txt", mode="essay")
    assert "\n\n[Not written yet: Body paragraph 2]\n\n- Claim: The deferral" in plain
    omitted, warnings = export(sample(), tmp_path / "omit.md", mode="essay",
                               unwritten=Unwritten.OMIT)
    assert "Not written yet" not in omitted and "The tape" not in omitted
    assert warnings[0] == ("Not written yet: Body paragraph 1, Body paragraph 2. Left out of "
                           "the essay.")


def test_essay_mode_writes_prose_and_drafts_the_rest_when_asked(tmp_path: Path) -> None:
    text, notes = export(sample(), tmp_path / "essay.md", mode="essay",
                         unwritten=Unwritten.DRAFT)
    blocks = text.split("\n\n")
    assert blocks[0] == "Sam Lee  \nEnglish 10"
    assert blocks[1] == "# Memory in Never Let Me Go"
    assert blocks[2] == "Kathy remembers Hailsham as a kind of home."
    assert blocks[3].startswith("The tape stands for a connection to the outside.")
    assert "“how we got hold of things from outside” (41)" in blocks[3]
    assert "Sales are the only window" in blocks[3]  # the drafter may capitalise it
    # MLA: the period moves out; the apostrophe is curled as in the Word essay
    assert "“There’s no truth in the rumour” (258)." in blocks[4]
    assert blocks[5] == "In the end every hope is taken away."
    assert blocks[6:] == ["## Work Cited", "Ishiguro, Kazuo. Never Let Me Go. Vintage, 2006.\n"]
    assert "- " not in text and "Thesis:" not in text  # no outline marks in the essay
    assert notes == [  # the same notes as the Word essay's (one manuscript)
        "Not written yet: Body paragraph 1, Body paragraph 2. Drafted from their notes by "
        "the built-in drafter, not written by you: read the drafts before handing the "
        "essay in.",
        "MLA: no instructor, date in the essay's properties; left out of the heading "
        "(fill them in under Essay Properties).",
    ]


def test_essay_mode_as_plain_text(tmp_path: Path) -> None:
    text, notes = export(sample(), tmp_path / "essay.txt", mode="essay")
    assert text.startswith("Sam Lee\nEnglish 10\n\nMemory in Never Let Me Go\n\n")
    assert "#" not in text and "  \n" not in text
    assert len(notes) == 2


def test_essay_mode_reports_empty_paragraphs_and_loose_notes(tmp_path: Path) -> None:
    essay = Essay(outline=[
        Node(K.BODY, "", children=[]),
        Node(K.SECTION, "Background", children=[Node(K.NOTE, "a stray note")]),
        Node(K.THESIS, "A thesis standing alone."),
    ])
    text, notes = export(essay, tmp_path / "essay.md", mode="essay")
    assert text == "## Background\n\n- a stray note\n\nA thesis standing alone.\n"
    assert notes[1:] == [  # (notes[0]: no title, author… as in the Word essay)
        "Body paragraph 1 is empty; it was left out.",
        "The section “Background” holds notes outside any paragraph; they were written "
        "out as a list.",
        "No sources: the Works Cited page was left out (add sources under Essay > Sources).",
    ]


def test_the_fixture_essay_exports_in_every_mode(tmp_path: Path) -> None:
    essay = load_essay(FIXTURES / "essay" / "v1.essay")
    for name in ("o.md", "o.txt"):
        for mode in (None, "outline", "essay"):
            text, _ = export(essay, tmp_path / name, mode=mode)
            assert "Fire and Ice in Jane Eyre" in text
            assert "Brontë, Charlotte. Jane Eyre." in text
    outline, _ = export(essay, tmp_path / "o.md")
    assert "## Thornfield\n\n### Body paragraph 2: Fire stands for a passion" in outline


# -- arbitrary text ------------------------------------------------------------------------


#: Control characters are no words: the outline writes them as spaces (the
#: importer refuses a file that holds them as binary).
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(essay=essays(), markdown=st.booleans(), mode=st.sampled_from([None, "essay"]))
def test_arbitrary_text_never_breaks_an_export(
    tmp_path_factory: pytest.TempPathFactory, essay: Essay, markdown: bool, mode: Mode | None
) -> None:
    path = tmp_path_factory.mktemp("prop") / ("out.md" if markdown else "out.txt")
    text, _ = export(essay, path, mode=mode)  # writes valid UTF-8 whatever the text
    if mode is None:  # the outline shows every word of every node (escapes resolved;
        # they keep text that looks like structure from being read as it on re-import)
        # (Markdown keeps the inline markup's own star escapes: they are Markdown's too)
        text = markdown_to_markup(text) if markdown else unescape_stars(text)
        for node in essay.walk():
            for value in (node.text, node.cite, node.prose):
                for word in _CONTROLS.sub(" ", utf8_safe(value)).split():
                    assert word in text
    for source in essay.sources:
        typed = _CONTROLS.sub(" ", source.text) if mode is None else source.text
        for word in utf8_safe(typed).split():
            assert word in text


# -- the Markdown (and text) outline opens again as the same tree -----------------------------


def _content(essay: Essay) -> list[tuple[int, str, str, str, str]]:
    return [(n.depth(), n.kind.value, n.text, n.cite, n.prose) for n in essay.walk()]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_the_users_draft_survives_export_and_reimport(
    user_draft: Path, tmp_path: Path, suffix: str
) -> None:
    from outliner.io.importers.text import parse_text, read_text_file

    essay = read_text_file(user_draft)
    text, _ = export(essay, tmp_path / f"outline{suffix}")
    again = parse_text(text, markdown=suffix == ".md")
    assert _content(again) == _content(essay)
    assert vars(again.meta) == vars(essay.meta)


def test_the_fixture_essay_survives_markdown_export_and_reimport(tmp_path: Path) -> None:
    from outliner.io.importers.text import parse_text

    essay = load_essay(FIXTURES / "essay" / "v1.essay")
    text, _ = export(essay, tmp_path / "outline.md")
    again = parse_text(text, markdown=True)
    expected = _content(essay)
    # A note keeps a cite from its quotation days in its line; the importer
    # reads cites for quotations only, so it comes back inside the text.
    bertha = next(i for i, row in enumerate(expected) if row[2].startswith("Bertha"))
    expected[bertha] = (2, "note", "Bertha — fire without restraint (p. 321)", "", "")
    assert _content(again) == expected
    assert vars(again.meta) == vars(essay.meta)
    assert [s.text for s in again.sources] == [s.text for s in essay.sources]


WORDS = st.sampled_from((
    "hope", "memory", "tape", "rumour", "clones", "art", "gallery", "Norfolk", "carers",
    "guardians", "secret", "childhood", "future", "promise", "ocean", "letters", "cottage",
))
PHRASE = st.lists(WORDS, min_size=2, max_size=8).map(" ".join)


@st.composite
def outline_essays(draw: st.DrawFn) -> Essay:
    """Outlines as students write them: paragraphs of quotations and notes."""

    def items(depth: int) -> list[Node]:
        nodes = []
        for _ in range(draw(st.integers(0 if depth else 1, 3))):
            if draw(st.booleans()):
                nodes.append(Node(K.QUOTE, draw(PHRASE), cite=str(draw(st.integers(1, 400)))))
            else:
                children = items(depth + 1) if depth < 2 else []
                nodes.append(Node(K.NOTE, draw(PHRASE), children=children))
        return nodes

    outline = [Node(K.INTRO, draw(PHRASE), children=[Node(K.THESIS, draw(PHRASE) + ".")])]
    outline += [Node(K.BODY, draw(PHRASE), children=items(0))
                for _ in range(draw(st.integers(1, 4)))]
    outline.append(Node(K.CONCLUSION, draw(PHRASE), children=items(1)))
    return Essay(Meta(title=draw(PHRASE).title()), [], outline)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(essay=outline_essays(), markdown=st.booleans())
def test_exported_outlines_reimport_as_the_same_tree(
    tmp_path_factory: pytest.TempPathFactory, essay: Essay, markdown: bool
) -> None:
    from outliner.io.importers.text import parse_text

    path = tmp_path_factory.mktemp("md") / ("outline.md" if markdown else "outline.txt")
    text, _ = export(essay, path)
    again = parse_text(text, markdown=markdown)
    assert _content(again) == _content(essay)
    assert again.meta.title == essay.meta.title


def test_top_level_thesis_drafted_into_the_intro_is_written_once(tmp_path: Path) -> None:
    essay = Essay(outline=[
        Node(K.INTRO, "Clones raised at Hailsham", children=[Node(K.NOTE, "a school")]),
        Node(K.THESIS, "Ishiguro uses lost objects to show lost futures."),
        Node(K.BODY, "The tape", prose="The tape matters."),
    ])
    for name in ("essay.md", "essay.txt"):
        text, _ = export(essay, tmp_path / name, mode="essay")
        assert text.count("lost objects") == 1, text
    # a thesis with prose in the intro is not in any draft: it is kept
    essay.outline[0].prose = "Kathy remembers Hailsham."
    text, _ = export(essay, tmp_path / "kept.txt", mode="essay")
    assert text.count("lost objects") == 1, text


def test_essay_mode_prints_quotations_as_the_word_export_does(tmp_path: Path) -> None:
    essay = sample()
    essay.node("concl").prose = 'Kathy says "it was over." (41) Then “we were done.’ (42)'
    for name in ("essay.md", "essay.txt"):
        text, _ = export(essay, tmp_path / name, mode="essay")
        assert "Kathy says “it was over” (41). Then “we were done” (42)." in text, text
    # the outline keeps what was typed, so it imports back the same
    text, _ = export(essay, tmp_path / "outline.txt")
    assert 'Kathy says "it was over." (41)' in text


def test_plain_text_export_does_not_load_the_word_exporters() -> None:
    import subprocess
    import sys

    # (word_styles, which knows each style's sources heading, is plain data)
    word = "'outliner.io.exporters.word_outline', 'outliner.io.exporters.word'"
    code = ("import sys, outliner.io.exporters.text; "
            f"print(sorted(m for m in sys.modules if m in ({word}) or m.startswith('docx')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]", out.stdout
