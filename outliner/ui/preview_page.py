"""The preview's page as pieces: a QTextDocument written one fragment (one
manuscript block) at a time, so that a change rewrites only the fragments
that differ instead of parsing and laying out the whole essay again.

Each fragment is parsed alone (``setHtml`` of a small page, the preview's
style sheet with it) and copied in; the page remembers where each starts,
which also serves to scroll to a node (no per-node ``<a name>`` anchors: they
make Qt's layout superlinear). Written this way the page is the same
document ``setHtml`` of the whole page gives (the tests compare them).
"""

from __future__ import annotations

from PySide6.QtGui import QTextCursor, QTextDocument, QTextDocumentFragment

from outliner.ui.preview_html import Fragment, page_html

#: Fragments written per step when many are added at the end (about 20 ms
#: of work on the development machine, so a key typed meanwhile waits little).
CHUNK = 40


class FragmentPage:
    """Keeps ``document`` showing a list of fragments, editing it in place."""

    def __init__(self, document: QTextDocument, chunk: int = CHUNK) -> None:
        self.document = document
        document.setUndoRedoEnabled(False)  # an undo history of a preview is wasted work
        self.chunk = chunk
        self._target: list[Fragment] = []  # what the page is to show
        self._fragments: list[Fragment] = []  # what it shows now
        self._starts: list[int] = []  # where each fragment starts in the document
        self._shown: set[str] = set()
        #: Fragments are still to be written (call ``step``).
        self.pending = False
        #: Fragments written by the last ``show`` (all of them on a full build).
        self.last_written = 0

    def show(self, fragments: list[Fragment]) -> None:
        """Make the document show ``fragments``, rewriting only what changed.
        A long run of fragments to add at the end (the first render of a
        long essay) is written ``chunk`` at a time: ``pending`` is then True
        and each ``step`` writes the next chunk."""
        self._target = list(fragments)
        self._shown = {i for fragment in fragments for i in fragment.node_ids}
        self.step()

    def step(self) -> None:
        """Write what is still to be written, or its next chunk."""
        old, new = self._fragments, self._target
        self.pending = False
        if not old or not new:
            self._build(new, self.chunk)
            return
        if len(old) < len(new) and all(
                a.html == b.html for a, b in zip(old, new[:len(old)], strict=True)):
            # A long render going on (or a page that only grew): add the next
            # chunk at the end. (Rewriting from the last fragment that is no
            # table would build the page afresh at every step when every
            # fragment is one: an outline of unwritten paragraphs.)
            self._append(new[len(old):len(old) + self.chunk])
            self.pending = len(self._fragments) < len(new)
            if not self.pending:
                self._fragments = list(new)  # the same page; ids may be new
            return
        run = _changed_run([f.html for f in old], [f.html for f in new])
        if run is None:
            self._fragments = list(new)  # the same page; ids may be new
            self.last_written = 0
            return
        first, old_end, new_end = run
        if first == 0:  # the front matter changed (or all): build afresh
            # (Going on with a long render, past what is written already:
            # each build writes more than the last, so the render ends.)
            self._build(new, len(old) + self.chunk if old_end == len(old) else self.chunk)
            return
        if old_end == len(old) and new_end > old_end + self.chunk:
            # Nothing after the run: the rest can wait. (Each step adds a
            # chunk to the page, so the render ends.)
            new_end = old_end + self.chunk
            self.pending = True
        self._replace(first, old_end, new[first:new_end])
        self._fragments = new if not self.pending else [*old[:first], *new[first:new_end]]

    def position_of(self, node_id: str) -> int | None:
        """Where the fragment showing ``node_id`` starts, if one does."""
        for fragment, start in zip(self._fragments, self._starts, strict=True):
            if node_id in fragment.node_ids:
                return start
        return None

    def span_of(self, node_id: str) -> tuple[int, int] | None:
        """Where the fragment showing ``node_id`` starts and ends, if one does."""
        ends = [*self._starts[1:], self.document.characterCount() - 1]
        for fragment, start, end in zip(self._fragments, self._starts, ends, strict=True):
            if node_id in fragment.node_ids:
                return start, max(start, end - 1)
        return None

    def shown_ids(self) -> set[str]:
        """Ids of every node some fragment shows."""
        return self._shown

    def _build(self, fragments: list[Fragment], limit: int) -> None:
        if len(fragments) > limit:
            fragments = fragments[:limit]
            self.pending = True
        self.document.clear()
        cursor = QTextCursor(self.document)
        cursor.beginEditBlock()
        self._starts = _write(cursor, fragments, after_table=None)
        cursor.endEditBlock()
        self._fragments = list(fragments)
        self.last_written = len(fragments)

    def _append(self, fragments: list[Fragment]) -> None:
        """Write ``fragments`` after the last one shown."""
        doc = self.document
        cursor = QTextCursor(doc)
        cursor.beginEditBlock()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        after_table = _table(self._fragments[-1].html)
        if not after_table and not _table(fragments[0].html):
            cursor.insertBlock()  # the paragraph break a full build puts here
        starts = _write(cursor, fragments, after_table=after_table)
        cursor.endEditBlock()
        self._starts.extend(starts)
        self._fragments = [*self._fragments, *fragments]
        self.last_written = len(fragments)

    def _replace(self, first: int, end: int, fragments: list[Fragment]) -> None:
        """Put ``fragments`` where old fragments ``first`` to ``end`` stood.
        ``_changed_run`` makes the run start and end between two fragments
        that are no tables, so each side is one paragraph break, as in a
        full build."""
        doc = self.document
        length = doc.characterCount()
        stop = self._starts[end] - 1 if end < len(self._starts) else length - 1
        cursor = QTextCursor(doc)
        cursor.beginEditBlock()
        cursor.setPosition(self._starts[first])
        cursor.setPosition(stop, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        starts = _write(cursor, fragments, after_table=False)
        cursor.endEditBlock()
        shift = doc.characterCount() - length
        self._starts[first:end] = starts
        for i in range(first + len(starts), len(self._starts)):
            self._starts[i] += shift
        self.last_written = len(fragments)


def _write(cursor: QTextCursor, fragments: list[Fragment], *,
           after_table: bool | None) -> list[int]:
    """Copy ``fragments`` in at ``cursor``, which stands in an empty
    paragraph (``after_table`` None: the page's first; False: after a
    paragraph break). Where each starts."""
    starts: list[int] = []
    previous_table = after_table is None or after_table
    for index, fragment in enumerate(fragments):
        table = _table(fragment.html)
        # A table is copied in with an empty paragraph before and after it;
        # the one after it is where the next fragment goes, and the one
        # before it is the end of the fragment before.
        if index and not table and not previous_table:
            cursor.insertBlock()
        start = cursor.position()
        piece = QTextDocument()
        piece.setHtml(page_html(fragment.html))
        cursor.insertFragment(QTextDocumentFragment(piece))
        if not table:
            # Copying merges the first paragraph into the one at the cursor,
            # which keeps its own format: give it the fragment's.
            head = QTextCursor(cursor.document())
            head.setPosition(start)
            head.setBlockFormat(piece.begin().blockFormat())
            head.setBlockCharFormat(piece.begin().charFormat())
        starts.append(start)
        previous_table = table
    return starts


def _changed_run(old: list[str], new: list[str]) -> tuple[int, int, int] | None:
    """The run of fragments that differs, as (first, end in old, end in new),
    widened so that neither it nor its neighbours on either side are tables
    (only ``Fragment.html`` starting with ``<table`` counts); None when
    nothing differs."""
    limit = min(len(old), len(new))
    first = 0
    while first < limit and old[first] == new[first]:
        first += 1
    if first == len(old) == len(new):
        return None
    tail = 0
    while tail < limit - first and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    old_end, new_end = len(old) - tail, len(new) - tail

    # Both runs non-empty (a pure insertion or deletion rewrites a neighbour
    # too), each starting and ending at a paragraph break between fragments
    # that are no tables.
    while first > 0 and (first in (old_end, new_end) or _table(old[first])
                         or _table(new[first]) or _table(new[first - 1])):
        first -= 1
    while old_end < len(old) and (first in (old_end, new_end) or _table(old[old_end - 1])
                                  or _table(new[new_end - 1]) or _table(new[new_end])):
        old_end, new_end = old_end + 1, new_end + 1
    return first, old_end, new_end


def _table(html: str) -> bool:
    return html.startswith("<table")
