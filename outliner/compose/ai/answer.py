"""The paragraph inside a model's answer, found in time linear in its size.

A hostile (or broken) server decides what the answer holds, and Python's
regular expressions hold the interpreter lock the window also needs: every
step here is one left-to-right pass, so no answer can make it backtrack.
"""

from __future__ import annotations

import re


def clean_answer(content: str) -> str:
    """The paragraph from a model's answer: reasoning blocks and wrapping
    quotation marks or code fences removed, whitespace tidied.

    Every step is one left-to-right pass (finditer over a fixed tag, a fence
    at either end, whitespace runs matched once), so a hostile answer costs
    time in proportion to its size: no pattern here can backtrack."""
    text = _drop_think_blocks(content).strip()
    opening = _FENCE_OPEN.match(text)
    if opening:
        text = text[opening.end():]
    if text.endswith("```"):  # what "\s*```$" removed, without rescanning spaces
        text = text[:-3].rstrip()
    text = _BLANKS.sub(" ", text)
    text = _SPACES.sub(lambda m: " " if "\n" in m.group() else m.group(), text).strip()
    if len(text) > 1 and text[0] == '"' and text[-1] == '"' and '"' not in text[1:-1]:
        text = text[1:-1].strip()
    return text


_THINK_TAG = re.compile(r"<(/?)think>", re.IGNORECASE)
_FENCE_OPEN = re.compile(r"```\w*\s*")  # only ever tried at position 0
_BLANKS = re.compile(r"[ \t]+")
_SPACES = re.compile(r"\s+")


def _drop_think_blocks(content: str) -> str:
    """``content`` without each <think> and the first </think> after it (an
    unclosed one stays), as re.sub(r"<think>.*?</think>") did, in one pass."""
    kept: list[str] = []
    position = 0  # end of what has been copied or dropped
    opened = -1  # start of the open block, -1 outside one
    for tag in _THINK_TAG.finditer(content):
        if opened < 0 and not tag.group(1):
            opened = tag.start()
        elif opened >= 0 and tag.group(1):
            kept.append(content[position:opened])
            position, opened = tag.end(), -1
    kept.append(content[position:])
    return "".join(kept)


__all__ = ["clean_answer"]
