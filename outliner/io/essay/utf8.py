"""Text made safe for UTF-8, the one change saving makes to anything typed."""

from __future__ import annotations


def utf8_safe(text: str) -> str:
    """``text`` with lone surrogates replaced by U+FFFD (and split pairs joined).

    JSON's \\ud800 escapes can put surrogates into a str, but UTF-8 cannot
    encode a lone one; replacing it is the only change made to saved text.
    """
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return text
