"""How an essay is written as OPML, shared by the OPML exporter and importer.

An OPML file is ``<opml><head>…</head><body><outline …/>…</body></opml>``;
each ``outline`` element is one node, nested as the tree is. What other
outliners (Workflowy, Dynalist, OmniOutliner) show is the ``text``
attribute and the ``_note`` attribute (Omni's, which most of them keep), so
those carry what a reader must see; the essay's own attributes carry what
only this app needs, and other outliners ignore them:

``text``
    the node's line, with the kind as a readable label where a plain
    outliner would otherwise lose it: "Introduction: hook", "Thesis: …",
    "Body paragraph 2: claim", "Conclusion: …" (the label alone when the line
    is empty); a quotation as “words” (cite). Notes and sections are their
    text as typed.
``_note``
    the node's prose (a paragraph's written-out text).
``essayKind``
    the node's kind (intro, thesis, body, quote, note, conclusion,
    section), or ``sources`` for the Works Cited item and ``source`` for
    each entry under it.
``essayCite``
    a quotation's cite (also a cite another kind kept from an earlier kind).

The head holds ``title`` (the essay's title), ``ownerName`` (its author, the
OPML field for it) and ``essayInstructor``, ``essayCourse``, ``essayDate``,
``essayStyle``. An item with ``essayKind`` is read back exactly (its label
taken off again by :func:`strip_label`); one without (a file another
outliner wrote, or an item added there) has its kind inferred
(``importers.opml_infer``).
"""

from __future__ import annotations

import re

from outliner.core.essay import KIND_LABELS, NodeKind
from outliner.core.text import quotation_line
from outliner.io.vocabulary import LABELS

KIND = "essayKind"
CITE = "essayCite"
NOTE = "_note"
TEXT = "text"
#: essayKind values that are not node kinds.
SOURCES = "sources"
SOURCE = "source"
#: Head elements: (Meta field, element name). Title and author use OPML's own.
HEAD_FIELDS: tuple[tuple[str, str], ...] = (
    ("title", "title"), ("author", "ownerName"), ("instructor", "essayInstructor"),
    ("course", "essayCourse"), ("date", "essayDate"), ("style", "essayStyle"),
)

#: Kinds whose line carries a label for other outliners.
LABELLED = frozenset({NodeKind.INTRO, NodeKind.THESIS, NodeKind.BODY, NodeKind.CONCLUSION})
_BODY_LABEL = re.compile(rf"^{re.escape(KIND_LABELS[NodeKind.BODY])} \d+")


def labelled_text(kind: NodeKind, text: str, cite: str = "", body_number: int = 0) -> str:
    """The ``text`` attribute of a node: "Body paragraph 2: claim", “words” (41)…"""
    if kind is NodeKind.QUOTE:
        return quotation_line(text, cite)
    if kind not in LABELLED:
        return text
    label = LABELS[kind]
    if kind is NodeKind.BODY:
        label = f"{label} {body_number}"
    return f"{label}: {text}" if text else label


def strip_label(kind: NodeKind, shown: str, cite: str = "") -> str:
    """The node's text from its ``text`` attribute (undoes :func:`labelled_text`).

    A line that no longer has the label (edited in another outliner) is
    kept as it is.
    """
    if kind is NodeKind.QUOTE:
        closing = f"” ({cite.strip()})" if cite.strip() else "”"
        if shown.startswith("“") and shown.endswith(closing) \
                and len(shown) >= 1 + len(closing):
            inner = shown[1:len(shown) - len(closing)]
            if quotation_line(inner, cite) == shown:
                return inner
        return shown
    if kind not in LABELLED:
        return shown
    if kind is NodeKind.BODY:
        found = _BODY_LABEL.match(shown)
        label = found.group(0) if found else None
    else:
        label = LABELS[kind]
    if label is None:
        return shown
    if shown == label:
        return ""
    if shown.startswith(label + ": "):
        return shown[len(label) + 2:]
    return shown
