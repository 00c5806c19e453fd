"""OPML written by other outliners imports with nothing lost; hostile OPML
is refused with one clear line naming the file."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from outliner.core.essay import Essay
from outliner.core.rules import MAX_DEPTH, tree_errors
from outliner.io.errors import DocumentError
from outliner.io.formats import format_for_reading, open_document_with_report
from outliner.io.importers.opml import essay_from_opml
from outliner.io.reading import OPML_IMPORT

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "opml"
_WORD = re.compile(r"[^\W_]+")
#: Structure words the importer may take as a kind instead of text.
_LABEL_WORDS = {"introduction", "body", "paragraph", "conclusion", "thesis", "works", "cited"}


def shown(essay: Essay) -> list[str]:
    return [f"{'  ' * n.depth()}{n.kind.value}: {n.text}"
            + (f" ({n.cite})" if n.cite else "") + (f" | {n.prose}" if n.prose else "")
            for n in essay.walk()]


def words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def essay_words(essay: Essay) -> list[str]:
    meta = essay.meta
    found = [w for text in (meta.title, meta.author, meta.instructor, meta.course, meta.date)
             for w in words(text)]
    found += [w for s in essay.sources for w in words(s.text)]
    for node in essay.walk():
        found += words(node.text) + words(node.cite) + words(node.prose)
    return found


def attribute_words(path: Path) -> list[str]:
    """Every word of every text and _note attribute and of the head's title."""
    from lxml import etree  # type: ignore[import-untyped]

    root = etree.parse(str(path)).getroot()
    found = words(root.findtext("head/title") or "")
    for element in root.iter("outline"):
        found += words(element.get("text", "")) + words(element.get("_note", ""))
    return found


def test_opml_is_one_registry_format() -> None:
    assert format_for_reading(Path("x.OPML")).key == "opml"


def test_a_workflowy_outline_becomes_an_essay() -> None:
    result = open_document_with_report(FIXTURES / "workflowy-essay.opml")
    essay = result.essay
    assert tree_errors(essay.outline) == []
    assert shown(essay) == [
        "section: Memory essay",
        "  intro:  | Kathy H. looks back on Hailsham from the end of her time as a carer."
        "\n\nEvery memory she keeps is a way of keeping the people in it.",
        "    note: hook: the tape Kathy loses and finds again",
        "    thesis: Ishiguro shows that memory is the only home the clones are allowed.",
        "  body: Hailsham's lessons make the students look away",
        "    quote: told and not told (81)",
        "    note: Miss Lucy is the only guardian who tries to tell them",
        "      note: she is let go soon after",
        "    note: key idea: not knowing protects the guardians",
        "  body: the Cottages",
        "  conclusion: ",
        "    note: memory as home",
    ]
    assert [s.text for s in essay.sources] == ["Ishiguro, Kazuo. *Never Let Me Go*. Vintage, 2006."]
    report = [line.message for line in result.report()]
    assert "attributes this app does not keep were left out: _complete (1)" in report
    assert "read as a section: it holds paragraphs" in report
    assert "formatting tags (<b>, <i>…) taken off 1 item; the words are kept" in report
    assert "1 empty item left out" in report
    assert ("11 items had no kind of this app's: each kind was read from where the item sits "
            "and what it says") in report


def test_a_dynalist_outline_keeps_every_note() -> None:
    result = open_document_with_report(FIXTURES / "dynalist-notes.opml")
    essay = result.essay
    assert essay.meta.title == "Frankenstein ideas"
    assert shown(essay) == [
        "body: Victor runs from what he made | He leaves the creature alone on its first night.",
        "  note: **ambition** without care",
        "    note: Walton as a mirror",
        "      note: Walton turns back; Victor never did.",
        "      note: That is the frame of the whole novel.",
        "  quote: I was benevolent and good; misery made me a fiend (103)",
        "  note: said to Victor on the glacier",
        "body: The creature learns to read",
        "  note: Paradise Lost",
        "thesis: knowledge without love isolates",
    ]


@pytest.mark.parametrize("name", ["workflowy-essay.opml", "dynalist-notes.opml"])
def test_no_word_of_another_outliners_file_is_lost(name: str) -> None:
    essay = open_document_with_report(FIXTURES / name).essay
    kept = essay_words(essay)
    for word in attribute_words(FIXTURES / name):
        if word in kept:
            kept.remove(word)
        else:
            # a label's words ("Body 1:"), or a formatting tag's name
            assert word in _LABEL_WORDS or word.isdigit() or word in ("b", "i"), word


def test_a_moved_item_of_ours_takes_a_kind_that_may_sit_there() -> None:
    data = b"""<opml version="2.0"><body>
      <outline text="&#8220;moved to the top&#8221; (12)" essayKind="quote" essayCite="12"/>
      <outline text="Body paragraph 1: claim" essayKind="body">
        <outline text="Thesis: under a body" essayKind="thesis"/>
        <outline text="added in Dynalist" _note="with a note"/>
      </outline></body></opml>"""
    result = essay_from_opml(data, Path("m.opml"))
    assert tree_errors(result.essay.outline) == []
    assert shown(result.essay) == [
        "body: “moved to the top” (12) (12)",
        "body: claim",
        "  note: Thesis: under a body",
        "  note: added in Dynalist",
        "    note: with a note",
    ]
    assert [f.message for f in result.findings][:2] == [
        "read as a body: a quote cannot sit here", "read as a note: a thesis cannot sit here"]


def test_a_works_cited_inside_the_one_top_item_is_the_sources() -> None:
    data = b"""<opml version="2.0"><body><outline text="My essay">
      <outline text="Introduction"/><outline text="Body 1: claim"/>
      <outline text="References"><outline text="Ishiguro, Kazuo. Never Let Me Go."
        _note="Vintage, 2006."/></outline>
      </outline></body></opml>"""
    essay = essay_from_opml(data, Path("s.opml")).essay
    assert shown(essay) == ["section: My essay", "  intro: ", "  body: claim"]
    assert [s.text for s in essay.sources] == ["Ishiguro, Kazuo. Never Let Me Go. Vintage, 2006."]


def test_heading_labels_at_the_top_fill_the_heading() -> None:
    data = b"""<opml version="2.0"><head/><body>
      <outline text="Name: Jo March"/><outline text="Course: English 11"/>
      <outline text="Introduction: Hook"/><outline text="Date: not heading any more"/>
      </body></opml>"""
    essay = essay_from_opml(data, Path("h.opml")).essay
    assert (essay.meta.author, essay.meta.course) == ("Jo March", "English 11")
    assert shown(essay) == ["intro: Hook", "body: Date: not heading any more"]


def test_nesting_past_the_rules_limit_comes_up_to_the_deepest_level() -> None:
    depth = MAX_DEPTH + 5
    data = ("<opml><body>" + "".join(f'<outline text="n{i}">' for i in range(depth))
            + "</outline>" * depth + "</body></opml>").encode()
    result = essay_from_opml(data, Path("deep.opml"))
    essay = result.essay
    assert tree_errors(essay.outline) == []
    assert [n.text for n in essay.walk()] == [f"n{i}" for i in range(depth)]
    assert max(n.depth() for n in essay.walk()) == MAX_DEPTH - 1
    assert "5 items nested deeper than 64 levels were placed at the deepest level" in [
        f.message for f in result.findings]


# -- hostile and broken files ------------------------------------------------------

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE opml [
 <!ENTITY a "lol lol lol lol lol lol lol lol lol lol">
 <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
 <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
 <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
]>
<opml version="2.0"><body><outline text="&d;"/></body></opml>"""
EXTERNAL = b"""<?xml version="1.0"?>
<!DOCTYPE opml [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<opml version="2.0"><body><outline text="&secret;"/></body></opml>"""
EXTERNAL_DTD = b"""<?xml version="1.0"?>
<!DOCTYPE opml SYSTEM "http://127.0.0.1:9/evil.dtd">
<opml version="2.0"><body><outline text="&undeclared;"/></body></opml>"""

HOSTILE: dict[str, tuple[bytes, str]] = {
    "billion-laughs": (BILLION_LAUGHS, r"declares XML entities .* it was not read, for safety"),
    "bomb-in-utf16": (BILLION_LAUGHS.replace(b'"1.0"?', b'"1.0" encoding="UTF-16"?')
                      .decode().encode("utf-16"), "declares XML entities"),
    "external-entity": (EXTERNAL, "declares XML entities"),
    "external-dtd": (EXTERNAL_DTD, r"refers to a DTD .* it was not read, for safety"),
    "binary": (bytes(range(256)) * 4, "is not an OPML outline: it is not well-formed XML"),
    "empty": (b"", "is not an OPML outline: it is not well-formed XML"),
    "plain-text": (b"Introduction\n- a note\n", "not well-formed XML"),
    "html": (b"<html><body><p>hi</p></body></html>",
             r"is not an OPML outline \(its root element is <html>, not <opml>\)"),
    "no-body": (b"<opml version='2.0'><head><title>x</title></head></opml>",
                "is not an OPML outline: it has no <body>"),
    "no-items": (b"<opml version='2.0'><head/><body/></opml>",
                 "the OPML outline has no items to import"),
    "truncated": (b"<opml version='2.0'><body><outline text='a'>", "not well-formed XML"),
    "too-deep-for-xml": (b"<opml><body>" + b"<outline text='x'>" * 300 + b"</outline>" * 300
                         + b"</body></opml>", "not well-formed XML"),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_files_are_refused_with_one_clear_line(name: str, tmp_path: Path) -> None:
    data, message = HOSTILE[name]
    path = tmp_path / f"{name}.opml"
    path.write_bytes(data)
    with pytest.raises(DocumentError, match=message) as info:
        open_document_with_report(path)
    text = str(info.value)
    assert text.startswith(f"{path}: ")
    assert "\n" not in text and "Traceback" not in text
    assert "root:" not in text  # nothing of /etc/passwd


def test_a_file_over_the_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.opml"
    with path.open("wb") as handle:
        handle.truncate(OPML_IMPORT.max_bytes + 1)
    with pytest.raises(DocumentError, match="is too large to be an OPML outline"):
        open_document_with_report(path)


# -- property: any outline another outliner writes loses no word -------------------

_FREE = st.text("qwz ", min_size=0, max_size=12)  # no label or tag has these letters alone
_LINE = st.one_of(
    _FREE,
    st.builds(lambda label, rest: f"{label}{rest}",
              st.sampled_from(["Introduction: ", "Body 2: ", "Conclusion", "Thesis: ",
                               "Section: ", "Works Cited", "Quote: ", "Name: ", "Title: ",
                               "“", "<b>"]),
              _FREE),
    st.builds(lambda words, cite: f"“{words}” ({cite})", _FREE, st.sampled_from(["4", "zz"])),
)


@st.composite
def foreign_items(draw: st.DrawFn, depth: int = 0) -> str:
    if depth > 4:
        return ""
    parts = []
    for _ in range(draw(st.integers(0, 3))):
        text = escape(draw(_LINE), {'"': "&quot;"})
        note = draw(st.one_of(st.none(), _FREE))
        note_attr = "" if note is None else f' _note="{escape(note)}"'
        inner = draw(foreign_items(depth + 1))
        parts.append(f'<outline text="{text}"{note_attr}>{inner}</outline>')
    return "".join(parts)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=foreign_items())
def test_any_foreign_outline_imports_by_the_rules_with_every_word(body: str) -> None:
    data = f'<opml version="2.0"><head><title>t</title></head><body>{body}</body></opml>'
    essay = essay_from_opml(data.encode(), Path("any.opml")).essay
    assert tree_errors(essay.outline) == []
    kept = Counter(essay_words(essay))
    wanted = Counter(w for w in words(_attribute_text(data)) if set(w) <= set("qwz"))
    assert not wanted - kept  # every free word of every text and _note is somewhere


def _attribute_text(data: str) -> str:
    from lxml import etree

    root = etree.fromstring(data.encode())
    return " ".join(e.get("text", "") + " " + e.get("_note", "") for e in root.iter("outline"))


def test_a_top_level_thesis_with_a_note_goes_into_an_introduction(tmp_path: Path) -> None:
    data = (b'<?xml version="1.0"?><opml version="2.0"><head/><body>'
            b'<outline text="Thesis: memory is home" _note="see chapter 3"/></body></opml>')
    essay = essay_from_opml(data, tmp_path / "t.opml").essay
    assert tree_errors(essay.outline) == []
    [intro] = essay.outline
    assert intro.kind == "intro"
    assert [(c.kind, c.text) for c in intro.children] == [
        ("thesis", "memory is home"), ("note", "see chapter 3")]
