"""A conclusion exists."""

from __future__ import annotations

from collections.abc import Iterator

from outliner.compose.checks.finding import Finding, found
from outliner.core.essay import Essay, NodeKind
from outliner.core.translatable import QT_TRANSLATE_NOOP


def check(essay: Essay) -> Iterator[Finding]:
    if not any(n.kind is NodeKind.CONCLUSION for n in essay.walk()):
        yield found("conclusion", None, QT_TRANSLATE_NOOP("Check", "no conclusion"))
