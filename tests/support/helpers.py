"""Builders shared by the tests."""

from __future__ import annotations

from outliner.core.essay import Essay, Node, NodeKind

K = NodeKind


def small_essay() -> Essay:
    """Intro with thesis, two bodies with quotes and notes, a conclusion."""
    return Essay(
        outline=[
            Node(K.INTRO, "Opening", prose="An opening paragraph.", id="intro",
                 children=[Node(K.THESIS, "The thesis.", id="thesis")]),
            Node(K.BODY, "First claim", id="b1", children=[
                Node(K.QUOTE, "a quotation", cite="12", id="q1"),
                Node(K.NOTE, "a note", id="n1",
                     children=[Node(K.NOTE, "a sub-note", id="n1a")]),
            ]),
            Node(K.BODY, "Second claim", id="b2", children=[
                Node(K.QUOTE, "another quotation", cite="34", id="q2"),
                Node(K.NOTE, "second note", id="n2"),
            ]),
            Node(K.CONCLUSION, "Closing", id="concl"),
        ]
    )


def shape(essay: Essay) -> list[tuple[int, str, str, str, str, str]]:
    """Everything about the tree that a change could alter, in order."""
    return [(n.depth(), n.id, n.kind.value, n.text, n.cite, n.prose) for n in essay.walk()]
