"""Hard-wrapping a draft the way the tools writers paste from do.

``fold_s`` is GNU ``fold -s -w WIDTH``: it counts bytes, keeps the space it
breaks after at the end of the line, and moves a word that would end exactly
at the width. ``wrap_lines`` is Python's textwrap (what most mail clients do),
optionally with a hanging indent under a bullet's text.
"""

from __future__ import annotations

import re
import textwrap

_BULLET_MARK = re.compile(r"^(\s*)((?:[-*•]|\d+[.)]|[A-Za-z][.)])[ \t]+)")


def fold_s(text: str, width: int) -> str:
    """``text`` as ``fold -s -w width`` prints it (UTF-8, counting bytes)."""
    out: list[str] = []
    for line in text.split("\n"):
        buffer = b""
        for char in line:
            data = char.encode("utf-8")
            if len(buffer) + len(data) > width:
                blank = max(buffer.rfind(b" "), buffer.rfind(b"\t"))
                if blank >= 0:
                    out.append(buffer[: blank + 1].decode("utf-8"))
                    buffer = buffer[blank + 1 :]
                else:
                    out.append(buffer.decode("utf-8"))
                    buffer = b""
            buffer += data
        out.append(buffer.decode("utf-8"))
    return "\n".join(out)


def wrap_line(line: str, width: int, *, hanging: bool) -> list[str]:
    """One line wrapped at ``width``; a bullet's later lines go under its text
    when ``hanging``, under its mark otherwise."""
    if len(line) <= width:
        return [line]
    indent = line[: len(line) - len(line.lstrip())]
    mark = _BULLET_MARK.match(line)
    later = indent + (" " * len(mark.group(2)) if mark and hanging else "")
    return textwrap.wrap(line.lstrip(), width, initial_indent=indent, subsequent_indent=later,
                         break_long_words=False)


def wrap_lines(text: str, width: int, *, hanging: bool = False) -> str:
    """Every line of ``text`` longer than ``width`` wrapped with textwrap."""
    return "\n".join(
        piece for line in text.split("\n") for piece in wrap_line(line, width, hanging=hanging))


__all__ = ["fold_s", "wrap_line", "wrap_lines"]
