"""What a format's reader hands back: the essay, and what the person should
know about how the file was read.

``notes`` say how the file itself was read (lines decoded as Windows-1252);
``findings`` say what the importer decided or assumed about the essay
("thesis: the last sentence of the introduction"), each naming the node it
is about when there is one. The window shows both in its import report
panel and ``outliner import`` prints them, through :func:`report_lines`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from outliner.core.essay import KIND_LABELS, Essay, Node, NodeKind
from outliner.io.importers.lines import Finding

#: How much of a note's or quotation's text names it ("Note “Date: 4 May…”").
_NAME_CHARS = 40


@dataclass
class ReadResult:
    """A file read by a format's reader (io/formats.py)."""

    essay: Essay
    notes: list[str] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)

    def report(self) -> list[Finding]:
        """Everything to tell the person, notes first (they are about the
        file), then the findings in the order the importer made them."""
        return [*(Finding(note) for note in self.notes), *self.findings]


@dataclass(frozen=True)
class ReportLine:
    """One line of the import report: the node it is about (None when it is
    about the whole draft, or its node is gone), that node's name and the message."""

    message: str
    node: Node | None = None
    node_name: str = ""

    @property
    def text(self) -> str:
        """"Introduction — no thesis sentence found", or the message alone
        (a dash, not a colon: messages often start with "thesis:")."""
        if not self.node_name:
            return self.message
        named, _, rest = self.message.partition(":")
        if rest and named.strip().lower() == self.node_name.lower():
            return f"{self.node_name}: {rest.strip()}"  # not "Thesis — thesis: …"
        return f"{self.node_name} — {self.message}"


def report_lines(result: ReadResult) -> list[ReportLine]:
    """The report of ``result`` with each finding's node looked up and named."""
    lines: list[ReportLine] = []
    for finding in result.report():
        node = result.essay.find(finding.node_id) if finding.node_id else None
        if node is None:
            lines.append(ReportLine(finding.message))
        else:
            lines.append(ReportLine(finding.message, node, node_name(result.essay, node)))
    return lines


def node_name(essay: Essay, node: Node) -> str:
    """A node as the window names it: "Introduction", "Body paragraph 2",
    "Thesis", or a kind and the start of its text for sections, quotations
    and notes (there are many of those)."""
    label = KIND_LABELS[node.kind]
    if node.kind is NodeKind.BODY:
        bodies = [n for n in essay.siblings(node) if n.kind is NodeKind.BODY]
        number = next(i for i, n in enumerate(bodies, 1) if n is node)
        return f"{label} {number}"
    if node.kind in (NodeKind.SECTION, NodeKind.QUOTE, NodeKind.NOTE):
        text = " ".join(node.text.split())
        if len(text) > _NAME_CHARS:
            text = text[:_NAME_CHARS - 1].rstrip() + "…"
        return f"{label} “{text}”" if text else label
    return label
