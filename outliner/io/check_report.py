"""Running the essay checks with a real dictionary, and naming each
finding's node as the window names it; shared by ``outliner check`` and the
window's Checks panel."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from outliner.compose.checks import Finding, SpellingCheck, run_checks
from outliner.core.essay import Essay
from outliner.core.names import node_name
from outliner.io.spelling import Speller

#: How a finding about the whole essay names its "node".
ESSAY_NAME = "Essay"


@dataclass(frozen=True)
class NamedFinding:
    """A finding with its node's name ("Body paragraph 2"; "Essay": none)."""

    finding: Finding
    node_name: str

    @property
    def line(self) -> str:
        """"kind: node: message", as ``outliner check`` prints it."""
        return f"{self.finding.kind}: {self.node_name}: {self.finding.message}"

    def as_json(self) -> dict[str, Any]:
        return {"kind": self.finding.kind, "node": self.finding.node_id,
                "name": self.node_name, "message": self.finding.message}


def spelling_check(essay: Essay, personal_folder: Path | None = None,
                   use_enchant: bool = True) -> SpellingCheck:
    """A spelling check in the essay's language with its word list."""
    speller = Speller(essay.meta.language, personal_folder, use_enchant)
    return SpellingCheck(speller, essay.meta.words)


def name_findings(essay: Essay, findings: list[Finding]) -> list[NamedFinding]:
    named: list[NamedFinding] = []
    for finding in findings:
        node = essay.find(finding.node_id) if finding.node_id else None
        named.append(NamedFinding(finding, node_name(essay, node) if node else ESSAY_NAME))
    return named


def check_essay(essay: Essay, spelling: SpellingCheck | None,
                extra: Sequence[Finding] = ()) -> list[NamedFinding]:
    """Every finding about ``essay``, each with its node's name; ``extra``
    (the window's verdicts against books) after the checks' own."""
    return name_findings(essay, [*run_checks(essay, spelling), *extra])
