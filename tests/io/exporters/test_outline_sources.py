"""Outline exports list a source with fields by its entry (never a blank
line), and it imports back as that entry."""

from __future__ import annotations

from pathlib import Path

import pytest

from outliner.cli import format_tree
from outliner.core.essay import Essay, Node, NodeKind
from outliner.core.sources import Source
from outliner.io import formats, open_document_with_report
from outliner.io.exporters.options import ExportOptions
from tests.support.sources import ISHIGURO

ENTRY = "Ishiguro, Kazuo. *Never Let Me Go*. Vintage International, 2006."


@pytest.mark.parametrize("suffix", [".md", ".txt", ".docx"])
def test_outline_export_writes_the_entry_of_a_source_with_fields(tmp_path: Path,
                                                                 suffix: str) -> None:
    essay = Essay(sources=[Source("Typed, as typed."), ISHIGURO],
                  outline=[Node(NodeKind.BODY, "claim")])
    path = tmp_path / f"outline{suffix}"
    formats.export_essay(essay, path, ExportOptions(mode="outline"))
    back = open_document_with_report(path).essay
    assert [s.text for s in back.sources] == ["Typed, as typed.", ENTRY]


def test_show_prints_the_entry() -> None:
    essay = Essay(sources=[ISHIGURO])
    assert format_tree(essay).splitlines()[-2:] == ["sources:", f"  {ENTRY}"]
