"""Roman numerals, as outlines number their parts ("II.") and citations
their chapters and acts ("Act II, Scene i")."""

from __future__ import annotations

_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
_PARTS = (
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
)


def roman_value(numeral: str, letters: str = "IVXLCDM") -> int:
    """The value of a well-formed Roman numeral (either case) written with
    ``letters`` only; 0 for anything else ("IIII", "mild", "VX")."""
    numeral = numeral.upper()
    if not numeral or any(ch not in letters for ch in numeral):
        return 0
    total = 0
    for i, ch in enumerate(numeral):
        value = _VALUES[ch]
        nxt = _VALUES[numeral[i + 1]] if i + 1 < len(numeral) else 0
        total += -value if value < nxt else value
    return total if to_roman(total) == numeral else 0


def to_roman(value: int) -> str:
    """``value`` as an upper-case Roman numeral ("" for 0)."""
    out = []
    for amount, symbol in _PARTS:
        while value >= amount:
            out.append(symbol)
            value -= amount
    return "".join(out)


__all__ = ["roman_value", "to_roman"]
