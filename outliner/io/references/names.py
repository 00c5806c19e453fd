"""Names and small values as reference files hold them."""

from __future__ import annotations

from outliner.core.sources import Name


def split_name(text: str) -> Name:
    """"Ishiguro, Kazuo" or "Kazuo Ishiguro" as family and given names; a
    name of one word (or an organisation) is a family name alone."""
    text = " ".join(text.split()).strip(" ,")
    if "," in text:
        family, given = text.split(",", 1)
        return Name(family.strip(), given.strip(" ,"))
    words = text.split()
    if len(words) <= 1:
        return Name(text)
    return Name(words[-1], " ".join(words[:-1]))


def as_text(value: object) -> str | None:
    """A string or a number as text (reference files write volumes and years
    both ways); None for anything else."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        return " ".join(value.split())
    if isinstance(value, int | float):
        return str(int(value)) if float(value).is_integer() else str(value)
    return None


def iso_date(year: object, month: object = None, day: object = None) -> str:
    """"2006", "2020-03", "2020-03-05" from whatever parts are numbers."""
    parts: list[int] = []
    for part in (year, month, day):
        text = as_text(part)
        if text is None or not text.isdigit():
            break
        parts.append(int(text))
    if not parts:
        return ""
    out = f"{parts[0]:04d}"
    for part in parts[1:]:
        out += f"-{part:02d}"
    return out
