"""An exported outline (Markdown, plain text, Word) imports back with every word.

Text that looks like structure to the importer ("Works Cited", "Quote:",
"Thesis -", "> ...", "# ...", "- ...", "1. ...", "*bold*") is escaped by the
exporters and read back as text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, note, settings
from hypothesis import strategies as st

from outliner.core.essay import Essay, Meta, Node, NodeKind, Source
from outliner.core.inline import parse, render
from outliner.core.quotations import tidy_quote_text
from outliner.core.rules import can_contain, tree_errors
from outliner.io.exporters.options import ExportOptions
from outliner.io.formats import export_essay
from outliner.io.importers.prose import split_sentences
from outliner.io.importers.text import read_text_file
from outliner.io.importers.word import import_docx

K = NodeKind
_WORD = re.compile(r"[^\W_]+")


def via(suffix: str) -> Callable[[Essay, Path], Essay]:
    """Export the outline to a file with ``suffix`` and import that file again."""

    def round_trip(essay: Essay, folder: Path) -> Essay:
        path = folder / f"outline{suffix}"
        export_essay(essay, path, ExportOptions(mode="outline"))
        return import_docx(path) if suffix == ".docx" else read_text_file(path)

    return round_trip


FORMATS = {"md": via(".md"), "txt": via(".txt"), "docx": via(".docx")}


def tree(essay: Essay) -> list[tuple[int, str, str, str, str]]:
    return [(n.depth(), n.kind.value, n.text, n.cite, n.prose) for n in essay.walk()]


# -- the reproduced cases ----------------------------------------------------------


def labelled() -> Essay:
    """A title, a note and a source that read like the importer's labels."""
    return Essay(
        meta=Meta(title="Quote:"),
        sources=[Source("Thesis -"), Source("Ishiguro, Kazuo. Never Let Me Go. Vintage, 2006.")],
        outline=[
            Node(K.INTRO, "Hailsham", children=[Node(K.THESIS, "Memory is a home.")]),
            Node(K.BODY, "Quote -", children=[
                Node(K.NOTE, "Works Cited"),
                Node(K.NOTE, "Thesis: not the thesis", children=[Node(K.NOTE, "# not a heading")]),
                Node(K.NOTE, "1. not numbered"),
                Node(K.NOTE, "- not a bullet"),
            ]),
            Node(K.CONCLUSION, "Introduction"),
        ],
    )


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_label_like_words_come_back_as_text(tmp_path: Path, fmt: str) -> None:
    essay = labelled()
    back = FORMATS[fmt](essay, tmp_path)
    assert back.meta.title == "Quote:"
    assert [s.text for s in back.sources] == [s.text for s in essay.sources]
    assert tree(back) == tree(essay)


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_prose_that_starts_like_markdown_stays_prose(tmp_path: Path, fmt: str) -> None:
    prose = ("> Kathy looks back on Hailsham from the end of her time as a carer, "
             "and # every memory is *sorted* like a **keepsake** \\ backslash included.")
    essay = Essay(meta=Meta(title="Memory"), outline=[
        Node(K.INTRO, "Hook", children=[Node(K.THESIS, "The thesis.")]),
        Node(K.BODY, "The tape", prose=prose),
    ])
    back = FORMATS[fmt](essay, tmp_path)
    assert tree(back) == tree(essay)


def test_the_reported_draft_survives_export_and_reimport(tmp_path: Path) -> None:
    draft = tmp_path / "r1.txt"
    draft.write_text("Quote -Works Cited\n")
    essay = read_text_file(draft)
    assert tree(essay) == [(0, "body", "", "", ""), (1, "note", "Works Cited", "", "")]
    for fmt, round_trip in FORMATS.items():
        assert tree(round_trip(essay, tmp_path)) == tree(essay), fmt


def test_escapes_are_written_only_where_needed(tmp_path: Path) -> None:
    essay = labelled()
    export_essay(essay, tmp_path / "o.md")
    markdown = (tmp_path / "o.md").read_text()
    assert "# Quote\\:\n" in markdown  # CommonMark's own escape: readers show "Quote:"
    assert "- \\Works Cited\n" in markdown
    assert "- Thesis\\: not the thesis\n  - \\# not a heading\n" in markdown
    assert "- 1\\. not numbered\n- \\- not a bullet\n" in markdown
    assert "\nThesis \\-\n" in markdown
    assert "\nIshiguro, Kazuo. Never Let Me Go. Vintage, 2006.\n" in markdown
    export_essay(essay, tmp_path / "o.txt")
    text = (tmp_path / "o.txt").read_text()
    assert text.startswith("Title: Quote:\n")  # after a label nothing needs escaping
    assert "  - \\Works Cited\n" in text
    assert "\n\\Thesis -\n" in text


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_a_quotation_with_no_cite_yet_stays_a_quotation(tmp_path: Path, fmt: str) -> None:
    essay = Essay(meta=Meta(title="Quotes"), outline=[
        Node(K.INTRO, "Hook", children=[Node(K.THESIS, "A claim to prove.")]),
        Node(K.BODY, "The tape", children=[
            Node(K.QUOTE, "the page is still to find"),
            Node(K.NOTE, "a note after it, with “a scare quote” in it", children=[
                Node(K.QUOTE, "a deeper one"),
                Node(K.NOTE, "and a sub-note"),
            ]),
            Node(K.QUOTE, "a cited one", cite="41"),
        ]),
    ])
    assert tree(FORMATS[fmt](essay, tmp_path)) == tree(essay)


def test_markdown_escapes_what_commonmark_would_read_as_code_html_or_links(
    tmp_path: Path,
) -> None:
    notes = ["use `code`", "<b>bold</b> and a < b", "Pride & Prejudice", "a &amp; b",
             "[a](b)", "[sic]", "snake_case", "C:\\Users"]
    essay = Essay(outline=[Node(K.BODY, "claim", children=[Node(K.NOTE, t) for t in notes])])
    export_essay(essay, tmp_path / "o.md")
    lines = (tmp_path / "o.md").read_text().splitlines()[2:]
    assert lines == ["- use \\`code\\`", "- \\<b>bold\\</b> and a < b", "- Pride & Prejudice",
                     "- a \\&amp; b", "- \\[a](b)", "- [sic]", "- snake_case", "- C:\\Users"]
    assert tree(read_text_file(tmp_path / "o.md")) == tree(essay)


def sectioned() -> Essay:
    return Essay(meta=Meta(title="Sections"), outline=[
        Node(K.SECTION, "Background", children=[
            Node(K.NOTE, "a loose note"),
            Node(K.INTRO, "Hook", children=[Node(K.THESIS, "A claim to prove.")]),
        ]),
        Node(K.SECTION, "Section: named like the label", children=[
            Node(K.BODY, "First point", children=[Node(K.QUOTE, "said so", cite="9")]),
        ]),
    ])


def test_plain_text_sections_come_back_as_sections(tmp_path: Path) -> None:
    essay = sectioned()
    export_essay(essay, tmp_path / "o.txt")
    text = (tmp_path / "o.txt").read_text()
    assert "\n\nSection: Background\n\n  - a loose note\n\nIntroduction: Hook\n" in text
    assert "\n\nSection: Section: named like the label\n" in text
    assert tree(via(".txt")(essay, tmp_path)) == tree(essay)


def test_deep_sections_stay_sections_in_markdown(tmp_path: Path) -> None:
    inner = Node(K.BODY, "deepest point", children=[Node(K.NOTE, "a note")])
    for depth in range(6, 0, -1):
        inner = Node(K.SECTION, f"level {depth}", children=[inner])
    essay = Essay(meta=Meta(title="Deep"), outline=[inner])
    export_essay(essay, tmp_path / "o.md")
    assert "####### " not in (tmp_path / "o.md").read_text()  # Markdown has six levels
    back = via(".md")(essay, tmp_path)
    assert [(n.kind, n.text) for n in back.walk()] == [(n.kind, n.text) for n in essay.walk()]


def test_a_bare_thesis_label_does_not_take_a_later_paragraphs_words(tmp_path: Path) -> None:
    from outliner.io.importers.text import parse_text

    essay = parse_text("Thesis:\n\nBody paragraph 1: the tape\n\n- a note\n")
    assert tree(essay) == [(0, "thesis", "", "", ""), (0, "body", "the tape", "", ""),
                           (1, "note", "a note", "", "")]


def test_a_line_of_many_escaped_bullets_is_read_without_recursion() -> None:
    from outliner.io.export_escapes import markdown_line
    from outliner.io.importers.lines import classify

    text = "- " * 20000 + "x"
    line = markdown_line(text, "- ")
    read = classify(0, "- " + line, markdown=True)
    assert read.text == " ".join(text.split())


# -- any text in every field ---------------------------------------------------------

#: Pieces that look like structure to the importer, mixed with plain words.
TRICKY = (
    "Works Cited", "References", "Bibliography", "Quote:", "Quotes -", "Evidence:",
    "Thesis", "Thesis:", "Thesis -", "Introduction", "Intro:", "Body 2", "Body paragraph 3:",
    "Conclusion", "In conclusion,", "Title:", "Name:", "Teacher:", "Class:", "Date:",
    "Topic sentence:", "Claim:", "- ", "-", "* ", "*", "**", "+ ", "• ", "1. ", "2) ", "a) ",
    "I. ", "II.", "(1) ", "# ", "## ", "#", "> ", ">", "_", "__", "\\", "\\\\", "---", "***",
    "===", "“", "”", '"', "(", ")", "(41)", ":", "–", "—", "Ultimately", "  ", "\t", "\n",
    "\n\n", "\n- ", "\n# ", "\n> ", "\nWorks Cited\n", "`", "[", "]", "<b>", "&amp;",
)
WORDS = st.sampled_from((
    "hope", "memory", "Hailsham", "tape", "rumour", "clones", "Kathy", "Tommy", "art",
    "gallery", "carers", "Norfolk", "secret", "2006", "41", "ocean", "é", "ß", "日本",
))
PIECE = st.one_of(st.sampled_from(TRICKY), WORDS, st.text(max_size=4))
ANY_TEXT = st.lists(PIECE, max_size=6).map(lambda pieces: " ".join(pieces))


@st.composite
def children(draw: st.DrawFn, parent: NodeKind | None, depth: int) -> list[Node]:
    """A legal list of children for ``parent``, with any text in every field."""
    allowed = [k for k in NodeKind if can_contain(parent, k)]
    if not allowed or depth > 3:
        return []
    nodes = []
    for _ in range(draw(st.integers(0, 3))):
        kind = draw(st.sampled_from(allowed))
        node = Node(kind, draw(ANY_TEXT), cite=draw(ANY_TEXT), prose=draw(ANY_TEXT),
                    children=draw(children(kind, depth + 1)))
        nodes.append(node)
    return nodes


@st.composite
def any_essays(draw: st.DrawFn) -> Essay:
    meta = Meta(*(draw(ANY_TEXT) for _ in range(5)))
    sources = [Source(draw(ANY_TEXT)) for _ in range(draw(st.integers(0, 3)))]
    return Essay(meta, sources, draw(children(None, 0)))


def describe(essay: Essay) -> str:
    """Everything about an essay, for a failing example's report."""
    rows = [repr(vars(essay.meta)), *(repr(row) for row in tree(essay)),
            *(repr(s.text) for s in essay.sources)]
    return "\n".join(rows)


def words(*texts: str) -> list[str]:
    return [w for text in texts for w in _WORD.findall(text)]


def outline_words(essay: Essay) -> list[str]:
    return words(*(value for n in essay.walk() for value in (n.text, n.cite, n.prose)))


def outline_words_but_theses(essay: Essay) -> list[str]:
    """The outline's words in order, leaving out the theses: the importer
    puts a "Thesis:" line into the introduction wherever it stands."""
    return words(*(value for n in essay.walk() if n.kind is not K.THESIS
                   for value in (n.text, n.cite, n.prose)))


def all_words(essay: Essay) -> Counter[str]:
    meta = essay.meta
    return Counter(words(meta.title, meta.author, meta.instructor, meta.course, meta.date,
                         *(s.text for s in essay.sources))) + Counter(outline_words(essay))


def is_subsequence(part: list[str], whole: list[str]) -> bool:
    rest = iter(whole)
    return all(word in rest for word in part)


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(essay=any_essays(), fmt=st.sampled_from(sorted(FORMATS)))
def test_any_text_in_any_field_comes_back_with_every_word_in_order(
    tmp_path: Path, essay: Essay, fmt: str
) -> None:
    if not all_words(essay):
        return  # nothing to export: the importers refuse an empty file
    back = FORMATS[fmt](essay, tmp_path)
    note(f"{describe(essay)}\n->\n{describe(back)}")
    assert not all_words(essay) - all_words(back), "words lost"
    assert is_subsequence(outline_words_but_theses(essay), outline_words(back)), "order changed"
    assert tree_errors(back.outline) == []


# -- the same tree -----------------------------------------------------------------
#
# What the formats cannot carry, and so is left out of (or normalised in) the
# generated outlines below, each a rule of the importer for drafts people type:
# - whitespace: a line's runs of spaces are one space; Markdown and plain text
#   write a paragraph's prose on one line (Word keeps its lines);
# - a paragraph's prose shorter than about two sentences reads as a note, and
#   a heading that reads as written prose with nothing under it as the prose:
#   prose here is long, paragraph lines short; a paragraph with prose and no
#   line takes the prose's first sentence as its line (Word keeps it empty);
# - quotation marks in prose and notes make quote nodes, and a quotation needs
#   a citation (or a "Quote:" label) to be one: only quotations carry marks,
#   and a cite is a locator or none (a quotation's trailing comma goes, as in
#   “…,” she said);
# - a "Thesis:" line belongs to the introduction, a bare "Thesis:" takes the
#   next line, and an empty note or section has no line (Word skips an empty
#   paragraph): theses sit in introductions, and they, notes and sections have words;
# - Markdown sections end only at the next heading, so a section's own notes
#   come before its paragraphs; plain text has no heading levels, so there
#   sections come back side by side (see ``side_by_side``);
# - Word prints the sources' quotation marks curly: sources have none.

PLAIN_TRICKY = tuple(t for t in TRICKY if not set(t) & set("“”\"()"))
PLAIN_PIECE = st.one_of(st.sampled_from(PLAIN_TRICKY), WORDS,
                        st.text(st.characters(exclude_characters="“”„\"'’‘()",
                                              exclude_categories=("Cc", "Cs")), max_size=4))
LINE = st.lists(PLAIN_PIECE, min_size=1, max_size=5).map(" ".join).filter(
    lambda t: bool(t.strip()) and len(t) < 60)
PROSE = st.lists(st.one_of(PLAIN_PIECE, WORDS), min_size=30, max_size=40).map(" ".join).filter(
    lambda t: len(" ".join(t.split())) >= 130)
LOCATOR = st.one_of(st.integers(1, 400).map(str),
                    st.sampled_from(("", "p. 4", "Shelley 58", "xii")))


@st.composite
def items(draw: st.DrawFn, depth: int) -> list[Node]:
    nodes = []
    for _ in range(draw(st.integers(0, 3 if depth < 2 else 0))):
        if draw(st.booleans()):
            nodes.append(Node(K.QUOTE, draw(LINE), cite=draw(LOCATOR)))
        else:
            nodes.append(Node(K.NOTE, draw(LINE), children=draw(items(depth + 1))))
    return nodes


@st.composite
def paragraph(draw: st.DrawFn, kind: NodeKind) -> Node:
    node = Node(kind, draw(st.one_of(st.just(""), LINE)), children=draw(items(0)))
    if draw(st.booleans()):
        node.prose = draw(PROSE)
    if kind is K.INTRO:
        thesis = Node(K.THESIS, draw(LINE))
        thesis.parent = node
        node.children.insert(draw(st.integers(0, len(node.children))), thesis)
    return node


@st.composite
def outline(draw: st.DrawFn, depth: int = 0) -> list[Node]:
    nodes = [draw(paragraph(K.INTRO))] if depth == 0 else []
    for _ in range(draw(st.integers(0, 3))):
        if depth < 2 and draw(st.integers(0, 4)) == 0:
            nodes.append(Node(K.SECTION, draw(LINE),
                              children=draw(items(1)) + draw(outline(depth + 1))))
        else:
            nodes.append(draw(paragraph(K.BODY)))
    if depth == 0 and draw(st.booleans()):
        nodes.append(draw(paragraph(K.CONCLUSION)))
    return nodes


@st.composite
def student_essays(draw: st.DrawFn) -> Essay:
    short = st.one_of(st.just(""), LINE)
    meta = Meta(draw(short), draw(short), draw(short), draw(short), draw(short))
    sources = [Source(draw(LINE)) for _ in range(draw(st.integers(0, 3)))]
    return Essay(meta, sources, draw(outline()))


def first_difference(got: list[tuple[int, str, str, str, str]],
                     wanted: list[tuple[int, str, str, str, str]]) -> str:
    """Where two trees part, with the texts around the first different character."""
    for row, (a, b) in enumerate(zip(got, wanted, strict=False)):
        for field, (x, y) in enumerate(zip(a, b, strict=True)):
            if x != y:
                x, y = str(x), str(y)
                pairs = enumerate(zip(x, y, strict=False))
                at = next((i for i, (p, q) in pairs if p != q), min(len(x), len(y)))
                start = max(0, at - 30)
                return f"row {row} field {field}: {x[start:at + 30]!r} != {y[start:at + 30]!r}"
    return f"{len(got)} rows != {len(wanted)} rows"


def side_by_side(essay: Essay) -> list[Node]:
    """The top level as plain text reads it back: every section at the top,
    holding what follows it up to the next section."""
    top: list[Node] = []
    current: Node | None = None

    def place(node: Node) -> None:
        nonlocal current
        if node.kind is K.SECTION:
            current = Node(K.SECTION, node.text)
            top.append(current)
            for child in node.children:
                place(child)
        elif current is None:
            top.append(node)
        else:
            current.children.append(node)

    for node in essay.outline:
        place(node)
    return top


def expected(essay: Essay, fmt: str) -> list[tuple[int, str, str, str, str]]:
    def flat(text: str) -> str:
        return " ".join(text.split())

    outline = side_by_side(essay) if fmt == "txt" else essay.outline
    rows = []
    for row in tree(Essay(outline=[_copy(n) for n in outline])):
        depth, kind, text, cite, prose = row
        if fmt != "docx" and not text.strip() and prose.strip():
            text = split_sentences(flat(prose))[0]  # a paragraph's first sentence is its line
        if kind == "quote":
            text = tidy_quote_text(text)  # no trailing comma: “…,” she said
        if fmt == "docx":  # each line of prose its own paragraph in Word
            prose = "\n".join(filter(None, map(flat, re.split(r"\r\n?|[\n\v\f]", prose))))
        else:
            prose = flat(prose)
        if fmt == "docx":
            text, cite = word_spelling(flat(text)), word_spelling(flat(cite))
            prose = "\n".join(map(word_spelling, prose.split("\n")))
        rows.append((depth, kind, flat(text), flat(cite), prose))
    return rows


def word_spelling(text: str) -> str:
    """Text as Word gives it back: Word keeps what the inline markup shows
    (italic, bold, a star), not how it was spelled, so it comes back in the
    markup's shortest spelling (a ``\\*`` where no mark could be read is "*")."""
    return render(parse(text)) if "*" in text else text


def _copy(node: Node) -> Node:
    return Node(node.kind, node.text, node.cite, node.prose, [_copy(c) for c in node.children])


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                                 HealthCheck.filter_too_much])
@given(essay=student_essays(), fmt=st.sampled_from(sorted(FORMATS)))
def test_label_like_text_in_every_field_comes_back_as_the_same_tree(
    tmp_path: Path, essay: Essay, fmt: str
) -> None:
    back = FORMATS[fmt](essay, tmp_path)
    note(f"{describe(essay)}\n->\n{describe(back)}")
    assert tree(back) == expected(essay, fmt), first_difference(tree(back), expected(essay, fmt))
    spelled = word_spelling if fmt == "docx" else str
    flat_meta = {k: spelled(" ".join(v.split())) if isinstance(v, str) else v
                 for k, v in vars(essay.meta).items()}
    assert vars(back.meta) == flat_meta
    assert [s.text for s in back.sources] == [spelled(" ".join(s.text.split()))
                                              for s in essay.sources]
