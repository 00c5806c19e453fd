"""A conclusion exists."""

from __future__ import annotations

from collections.abc import Iterator

from outliner.compose.checks.finding import Finding
from outliner.core.essay import Essay, NodeKind


def check(essay: Essay) -> Iterator[Finding]:
    if not any(n.kind is NodeKind.CONCLUSION for n in essay.walk()):
        yield Finding("conclusion", None, "no conclusion")
