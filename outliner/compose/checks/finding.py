"""One thing an essay still needs: what kind of check found it, the node it
is about (None: the whole essay) and a message for the writer."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Finding:
    """A check's result. ``message`` never repeats the node's name: the
    window and ``outliner check`` put that in front of it."""

    kind: str
    node_id: str | None
    message: str
