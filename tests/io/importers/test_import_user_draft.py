"""The real user's draft: the first file anyone opens must import exactly."""

from __future__ import annotations

from pathlib import Path

import pytest

from outliner.cli import format_tree, main
from outliner.core.essay import Essay, NodeKind
from outliner.core.rules import tree_errors
from outliner.io import open_document
from outliner.io.importers.text import parse_text_with_report, read_text_file

K = NodeKind

THESIS = (
    "In Never Let Me Go, Kazuo Ishiguro uses symbolism to show how the clones will be "
    "proletariats despite their attempts at assimilating and being accepted within the "
    "mainstream society."
)


def test_user_draft_has_intro_two_bodies_and_nothing_else(user_draft: Path) -> None:
    essay = read_text_file(user_draft)
    print(format_tree(essay))  # shown with -s: the tree a person would see
    assert [n.kind for n in essay.outline] == [K.INTRO, K.BODY, K.BODY]
    assert tree_errors(essay.outline) == []
    assert essay.sources == []
    assert essay.meta.title == ""


def test_user_draft_intro(user_draft: Path) -> None:
    intro = read_text_file(user_draft).outline[0]
    first_line = user_draft.read_text(encoding="utf-8").split("\n")[0].strip()
    assert intro.prose == first_line
    assert intro.text == (
        "At the beginning of the novel Never Let Me Go, the readers are introduced to "
        "clones, replicates of humans who were created to donate their organs."
    )
    assert [(c.kind, c.text) for c in intro.children] == [(K.THESIS, THESIS)]


def test_user_draft_first_body_is_written_prose_with_cited_quotes(user_draft: Path) -> None:
    body = read_text_file(user_draft).outline[1]
    assert body.text == (
        "Kathy’s only connection with the outside world disappeared when the tape she "
        "bought at the monthly Sales at Hailsham vanished."
    )
    assert body.prose.startswith(body.text)
    assert body.prose.endswith("symbolized by the disappearance of Kathy’s tape.")
    # The stray space after “ is tidied and the quotation closed by ’ is mended.
    assert "“important to [them]" in body.prose
    assert "meant to [her]” (74)" in body.prose
    assert "“normal” society" in body.prose
    quotes = [(c.kind, c.text, c.cite) for c in body.children]
    assert quotes == [
        (K.QUOTE, "important to [them] because that was how [they] got hold of things "
                  "from outside", "41"),
        (K.QUOTE, "it had something to do with it being a secret, just how much it had "
                  "meant to [her]", "74"),
    ]  # the scare quote “ normal” has no citation, so it is no quote node


def test_user_draft_second_body_is_an_outline(user_draft: Path) -> None:
    body = read_text_file(user_draft).outline[2]
    assert body.text == "clones ask for the deferral but discover it’s just a rumor"
    assert body.prose == ""
    got = [(c.kind, c.text, c.cite, len(c.children)) for c in body.children]
    assert got == [
        (K.QUOTE, "Is it the case, then, that deferrals don’t exist? There’s nothing you "
                  "can do?", "258", 0),
        (K.QUOTE, "There’s no truth in the rumour. I’m sorry. I truly am.", "258", 0),
        (K.NOTE, "once the clones enter the outside society, they are still classified in "
                 "a different group from regular people.", "", 0),
        (K.NOTE, "they try to ask for a deferral, giving Kathy and Tommy a few more years "
                 "to spend togethers", "", 0),
        (K.NOTE, "once again, they build up this hope (just like Kathy having the tape) but "
                 "are let down", "", 0),
        (K.NOTE, "no matter how much they try to be like real humans, something is always "
                 "standing in their way (1) the disappearance of the tape and 2) the "
                 "nonexistent deferral)", "", 0),
    ]


def test_user_draft_labels_consumed_are_only_structure(user_draft: Path) -> None:
    _, report = parse_text_with_report(user_draft.read_text(encoding="utf-8"))
    assert report.labels == ["2nd body paragraph:", "Quote:", "-", "-", "-", "-"]


def test_user_draft_opens_through_open_document_and_show(
    user_draft: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    essay = open_document(user_draft)
    assert len(essay) == 12  # intro, thesis, 2 bodies, 4 quotes, 4 notes
    assert main(["show", str(user_draft)]) == 0
    out = capsys.readouterr().out
    assert "  thesis: In Never Let Me Go" in out
    assert "  quote: “There’s no truth in the rumour. I’m sorry. I truly am.” (258)" in out


def test_user_draft_with_blank_lines_and_crlf_imports_the_same(user_draft: Path) -> None:
    text = user_draft.read_text(encoding="utf-8")
    spaced = "\r\n\r\n".join(text.split("\n")).replace(
        "a few more years to \r\n\r\nspend", "a few more years to \r\nspend")
    assert shape(parse_text_with_report(spaced)[0]) == shape(read_text_file(user_draft))


def shape(essay: Essay) -> list[tuple[int, str, str, str, str]]:
    """Everything about the imported tree except the random ids."""
    return [(n.depth(), n.kind.value, n.text, n.cite, n.prose) for n in essay.walk()]


def test_user_draft_with_a_conclusion_written_right_after_the_notes(user_draft: Path) -> None:
    conclusion = (
        "In conclusion, the tape and the deferral both show that the clones can hope "
        "for a place in society but are never given one, however hard they try to belong.")
    text = user_draft.read_text(encoding="utf-8") + "\n" + conclusion
    essay = parse_text_with_report(text)[0]
    assert [n.kind for n in essay.outline] == [K.INTRO, K.BODY, K.BODY, K.CONCLUSION]
    assert essay.outline[3].prose == conclusion
    assert shape(essay)[:-1] == shape(read_text_file(user_draft))
