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

from outliner.core.essay import Essay, Node
from outliner.core.names import node_name


@dataclass(frozen=True)
class Finding:
    """One thing the importer decided or assumed, for the writer to check
    ("thesis: the last sentence of the introduction", "12 wrapped lines
    joined"); ``node_id`` names the node it is about, when there is one.
    (Here, not in ``importers/lines.py``, so opening an .essay does not load
    the text importer.)"""

    message: str
    node_id: str | None = None


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
