"""The preview rewrites only the blocks that changed, and the page it keeps
is the page ``setHtml`` of the whole essay gives."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from outliner.compose.manuscript import build_manuscript
from outliner.core.essay import Essay
from outliner.core.ops import plan_set
from outliner.io.importers.text import load_sample_essay
from outliner.ui.document import Document
from outliner.ui.preview import Preview
from outliner.ui.preview_html import Fragment, manuscript_fragments, page_html
from outliner.ui.preview_page import FragmentPage


def _fragments(essay: Essay) -> list[Fragment]:
    return manuscript_fragments(build_manuscript(essay), essay)


def _drain(page: FragmentPage) -> None:
    while page.pending:
        page.step()


def _whole(fragments: list[Fragment]) -> QTextDocument:
    """The page as one ``setHtml``, without anchors."""
    document = QTextDocument()
    document.setHtml(page_html("".join(f.html for f in fragments)))
    return document


POOL = _fragments(load_sample_essay())
EDITS = st.lists(st.tuples(st.sampled_from(["reword", "swap", "insert", "delete"]),
                           st.integers(0, 100), st.integers(0, len(POOL) - 1)), max_size=12)


def test_pieces_make_the_page_setHtml_makes(qtbot: QtBot) -> None:
    document = QTextDocument()
    FragmentPage(document).show(POOL)
    assert document.toHtml() == _whole(POOL).toHtml()


@settings(max_examples=80, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(EDITS, st.integers(1, 8))
def test_after_any_edits_the_page_equals_a_whole_render(
        qtbot: QtBot, edits: list[tuple[str, int, int]], chunk: int) -> None:
    document = QTextDocument()
    page = FragmentPage(document, chunk)
    shown = list(POOL)
    page.show(shown)
    _drain(page)
    for action, where, pick in edits:
        shown = list(shown)
        at = where % len(shown)
        if action == "reword":  # new words in the same block (what typing does)
            old = shown[at]
            words = " the very " if pick % 2 else " THE "  # in text, never in markup
            shown[at] = Fragment(old.node_ids, old.anchor_ids,
                                 old.html.replace(" the ", words, 1 + pick % 3))
        elif action == "swap":  # another block in its place
            shown[at] = POOL[pick]
        elif action == "insert":
            shown.insert(at, POOL[pick])
        elif len(shown) > 1:
            del shown[at]
        page.show(shown)
        if edits.index((action, where, pick)) % 2:  # sometimes edit mid-way through a render
            _drain(page)
            assert document.toHtml() == _whole(shown).toHtml()
    _drain(page)
    assert document.toHtml() == _whole(shown).toHtml()


def test_a_fragment_starts_where_its_text_does(qtbot: QtBot) -> None:
    document = QTextDocument()
    page = FragmentPage(document)
    page.show(POOL)
    for fragment in POOL:
        for node_id in fragment.node_ids:
            position = page.position_of(node_id)
            assert position is not None
            alone = QTextDocument()
            alone.setHtml(page_html(fragment.html))
            first_line = next(line for line in alone.toPlainText().splitlines() if line)
            assert first_line in document.toPlainText()[position:position + len(first_line) + 2]


def test_typing_rewrites_one_block_and_matches_a_fresh_preview(qtbot: QtBot) -> None:
    essay = load_sample_essay()
    document = Document(essay)
    preview = Preview(document)
    qtbot.addWidget(preview)
    preview.show()
    preview.rebuild()
    body = next(n for n in essay.walk() if n.prose.strip())
    document.push(plan_set(essay, body, "prose", body.prose + " One more sentence."))
    preview.rebuild()
    assert preview.page.last_written == 1
    fresh = Preview(Document(essay))
    qtbot.addWidget(fresh)
    fresh.show()
    fresh.rebuild()
    assert preview.toHtml() == fresh.toHtml()
    assert "One more sentence." in preview.toPlainText()


def test_a_long_render_goes_in_chunks(qtbot: QtBot) -> None:
    document = QTextDocument()
    page = FragmentPage(document, chunk=2)
    page.show(POOL)
    steps = 1
    assert page.pending and page.last_written == 2
    while page.pending:
        page.step()
        steps += 1
        # The chunk and the neighbours rewritten with it (tables pull them in).
        assert page.last_written < len(POOL)
    assert steps >= 3
    assert document.toHtml() == _whole(POOL).toHtml()


def test_a_block_added_or_removed_rewrites_only_its_neighbourhood(qtbot: QtBot) -> None:
    document = QTextDocument()
    page = FragmentPage(document)
    page.show(POOL)
    grown = [*POOL[:2], POOL[1], *POOL[2:]]
    page.show(grown)
    assert 1 <= page.last_written <= 3
    page.show(POOL)
    assert 1 <= page.last_written <= 3
    assert document.toHtml() == _whole(POOL).toHtml()


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.integers(0, len(POOL) - 1), min_size=1, max_size=40), st.integers(1, 6))
def test_a_long_render_adds_each_chunk_without_starting_over(
        qtbot: QtBot, picks: list[int], chunk: int) -> None:
    # Any mix of tables (an unwritten paragraph's outline is one) and other
    # blocks: each step writes one chunk more, never the page again.
    shown = [POOL[0], *(POOL[i] for i in picks)]
    document = QTextDocument()
    page = FragmentPage(document, chunk)
    page.show(shown)
    while page.pending:
        page.step()
        assert page.last_written <= chunk
    assert document.toHtml() == _whole(shown).toHtml()
