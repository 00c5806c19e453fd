"""The roles a prose draft leaves unsaid: which paragraph concludes, and what
the importer assumed about thesis and conclusion (findings the writer sees).
"""

from __future__ import annotations

from outliner.core.essay import Node, NodeKind
from outliner.core.translatable import QT_TRANSLATE_NOOP
from outliner.io.importers.lines import ImportReport
from outliner.io.importers.prose import opens_like_a_body, reads_as_conclusion

K = NodeKind

#: Written paragraphs an essay needs before its last is read as the conclusion
#: without saying so: introduction, at least one body, conclusion.
CONCLUDED_ESSAY = 3


def find_conclusion(paragraphs: list[Node], written: set[int]) -> tuple[Node | None, bool]:
    """The essay's conclusion among its ``paragraphs`` (in order), and
    whether it was found rather than named.

    One the draft names wins. Otherwise the last paragraph becomes the
    conclusion when it is bare prose (its id in ``written``) and opens like a
    conclusion ("In conclusion", "Ultimately"), or ends an essay of three or
    more written paragraphs, unless it opens like a body paragraph ("Another
    ...", "Furthermore") or holds notes (it is still being planned).
    """
    named = next((p for p in paragraphs if p.kind is K.CONCLUSION), None)
    if named is not None:
        return named, False
    if not paragraphs or id(paragraphs[-1]) not in written or paragraphs[-1].kind is not K.BODY:
        return None, False
    last = paragraphs[-1]
    prose_paragraphs = sum(1 for p in paragraphs if p.prose)
    planned = any(c.kind is K.NOTE for c in last.children)
    ends_an_essay = (prose_paragraphs >= CONCLUDED_ESSAY and not planned
                     and not opens_like_a_body(last.prose))
    if reads_as_conclusion(last.prose) or ends_an_essay:
        last.kind = K.CONCLUSION
        return last, True
    return None, False


def report_roles(
    report: ImportReport, paragraphs: list[Node], theses: list[Node],
    conclusion: Node | None, *, found: bool,
) -> None:
    """Record what the writer should check: each thesis the importer took
    from an introduction's last sentence, a conclusion it found, or that
    the essay has none."""
    for thesis in theses:
        if thesis.parent is not None and thesis.parent.kind is K.INTRO:
            report.decide(QT_TRANSLATE_NOOP(
                "Import", "thesis: the last sentence of the introduction"), thesis)
    if found:
        report.decide(QT_TRANSLATE_NOOP("Import", "conclusion: the last paragraph"), conclusion)
    elif conclusion is None and paragraphs:
        report.decide(QT_TRANSLATE_NOOP("Import", "no conclusion found"))


__all__ = ["CONCLUDED_ESSAY", "find_conclusion", "report_roles"]
