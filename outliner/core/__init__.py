"""The essay model and its tree operations: pure Python, no Qt, no file I/O."""

from outliner.core.essay import (
    PARAGRAPH_KINDS,
    CitationStyle,
    Essay,
    EssayListener,
    Meta,
    Node,
    NodeKind,
    new_id,
)
from outliner.core.rules import TreeError, can_contain, placement_error
from outliner.core.sources import Name, Source, SourceType

__all__ = [
    "PARAGRAPH_KINDS",
    "CitationStyle",
    "Essay",
    "EssayListener",
    "Meta",
    "Name",
    "Node",
    "NodeKind",
    "Source",
    "SourceType",
    "TreeError",
    "can_contain",
    "new_id",
    "placement_error",
]
