"""Paragraphs with no prose yet: what the finished essay does with them.

Nothing generated goes into an export unless the writer chose it, so the
manuscript is built with an explicit :class:`Unwritten` policy:

- ``notes`` (the default): the paragraph is printed as a marked placeholder,
  "[Not written yet: Body paragraph 2]" over its claim and notes as a list,
  so a teacher and the student both read it as unfinished;
- ``draft``: the built-in drafter writes it from its notes (the window has
  the writer review each draft in Draft from Notes first, so by export time
  those are the writer's prose; the command line says it drafted them);
- ``omit``: it is left out.

Paragraphs are named as the window names them: "Body paragraph N" counts the
body paragraphs among its siblings (the editor's heading), and a paragraph
inside a section says which.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from outliner.core.essay import NodeKind
from outliner.core.fields import LINE_FIELDS
from outliner.core.names import in_section, paragraph_label

K = NodeKind

#: The flag every placeholder carries, in every output.
NOT_WRITTEN = "Not written yet"

#: What the field a paragraph's text holds is called (as the editor labels it).
TEXT_LABELS: dict[NodeKind, str] = {kind: LINE_FIELDS[kind].label
                                    for kind in (K.INTRO, K.BODY, K.CONCLUSION)}


class Unwritten(StrEnum):
    """What the export does with a paragraph that has no prose."""

    NOTES = "notes"
    DRAFT = "draft"
    OMIT = "omit"


@dataclass(frozen=True)
class UnwrittenParagraph:
    """A paragraph with an outline (a claim or notes) and no prose."""

    node_id: str
    name: str  # as the window names it: "Body paragraph 2", "… in section “Setting”"


def window_name(kind: NodeKind, body_number: int, section: str) -> str:
    """"Body paragraph 2" (``body_number`` counts bodies among its siblings),
    "Introduction", …; inside a section: "Body paragraph 1 in section “Setting”"."""
    return in_section(paragraph_label(kind, body_number), section)  # as core/names.py


def placeholder_heading(name: str) -> str:
    """The bracketed flag over a placeholder: "[Not written yet: Body paragraph 2]"."""
    return f"[{NOT_WRITTEN}: {name}]"


def warning_line(names: list[str], policy: Unwritten) -> str:
    """One line naming the unwritten paragraphs and what the export did with them."""
    listed = ", ".join(names)
    one = len(names) == 1
    if policy is Unwritten.DRAFT:
        return (f"{NOT_WRITTEN}: {listed}. Drafted from {'its' if one else 'their'} notes by "
                "the built-in drafter, not written by you: read "
                f"{'the draft' if one else 'the drafts'} before handing the essay in.")
    if policy is Unwritten.OMIT:
        return f"{NOT_WRITTEN}: {listed}. Left out of the essay."
    what = "a marked placeholder" if one else "marked placeholders"
    return (f"{NOT_WRITTEN}: {listed}. Exported as {what} (the claim and notes, "
            f"flagged “{NOT_WRITTEN}”), not as prose.")


__all__ = [
    "NOT_WRITTEN",
    "TEXT_LABELS",
    "Unwritten",
    "UnwrittenParagraph",
    "placeholder_heading",
    "warning_line",
    "window_name",
]
