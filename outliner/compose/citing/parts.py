"""Pieces every style builds its entries from: names, titles, dates, pages,
links, and the punctuation that joins them.

Italics are the model's inline markup (``*Title*``); quotation marks are
the curly ones the finished essay prints.
"""

from __future__ import annotations

import re

from outliner.core.sources import DateParts, Name, date_parts

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


def clean(text: str) -> str:
    """One line: runs of white space become one space."""
    return " ".join(text.split())


def italic(text: str) -> str:
    """``text`` in the model's italics markup (empty stays empty)."""
    text = clean(text)
    return f"*{text}*" if text else ""


def ends_with_stop(text: str) -> bool:
    """True when ``text`` already ends a sentence (also inside marks or italics)."""
    bare = text.rstrip("*”’\"' ")
    return bare.endswith((".", "?", "!", "…"))


def period(text: str) -> str:
    """``text`` closed with a period unless it already ends with a stop
    ("Kazuo." stays, "Who?" stays, "*Who?*" stays)."""
    text = text.strip()
    if not text:
        return ""
    return text if ends_with_stop(text) else text + "."


def quoted(title: str, stop: str) -> str:
    """A title in quotation marks with ``stop`` ("." or ",") inside the
    closing mark, unless the title ends with its own ? or !."""
    title = clean(title)
    if not title:
        return ""
    if title.endswith(("?", "!")) or (stop == "." and ends_with_stop(title)):
        return f"“{title}”"
    return f"“{title}{stop}”"


def sentences(*parts: str) -> str:
    """The non-empty parts, each ending with a period, joined by spaces."""
    return " ".join(period(part) for part in parts if part.strip())


def commas(*parts: str) -> str:
    """The non-empty parts joined by ", " (only a space after a part that
    already ends with its comma, as “Title,” does)."""
    out = ""
    for part in (p.strip() for p in parts):
        if not part:
            continue
        if out:
            out += " " if out.endswith((",", ",”", ",’")) else ", "
        out += part
    return out


# -- names ------------------------------------------------------------------------


def named(names: tuple[Name, ...]) -> tuple[Name, ...]:
    """The names with something in them."""
    return tuple(n for n in names if not n.is_empty())


def family_first(name: Name) -> str:
    """"Ishiguro, Kazuo"; an organisation is its name alone."""
    family, given = clean(name.family), clean(name.given)
    return f"{family}, {given}" if family and given else family or given


def given_first(name: Name) -> str:
    """"Kazuo Ishiguro"."""
    return " ".join(part for part in (clean(name.given), clean(name.family)) if part)


def initials(given: str) -> str:
    """"Kazuo" -> "K.", "Mary Ann" -> "M. A.", "Jean-Paul" -> "J.-P.",
    "J.R.R." -> "J. R. R."; a word already an initial stays one."""
    out: list[str] = []
    for word in clean(given.replace(".", ". ")).split():
        hyphened = [part for part in word.split("-") if part]
        letters = [part[0].upper() + "." for part in hyphened if part[0].isalpha()]
        if letters:
            out.append("-".join(letters))
    return " ".join(out)


def organisation_publishes(authors: tuple[Name, ...], publisher: str) -> bool:
    """The only author is an organisation that is also the publisher (MLA
    and APA then name it once, as the publisher)."""
    names = named(authors)
    return (len(names) == 1 and not clean(names[0].given)
            and clean(names[0].family).casefold() == clean(publisher).casefold())


def family(name: Name) -> str:
    """The name a citation uses: the family name (an organisation's name)."""
    return clean(name.family) or clean(name.given)


def and_list(items: list[str], conjunction: str = "and", serial: bool = True) -> str:
    """"A", "A and B", "A, B, and C" (``serial``: the comma before the last)."""
    if len(items) <= 1:
        return "".join(items)
    if len(items) == 2:
        return f"{items[0]} {conjunction} {items[1]}"
    last = f", {conjunction} " if serial else f" {conjunction} "
    return ", ".join(items[:-1]) + last + items[-1]


# -- dates, numbers, pages, links ---------------------------------------------------


def parts_of(text: str) -> DateParts:
    return date_parts(text)


def year_of(text: str) -> str:
    """The year of a date, or the date as given when it has none ("" for none)."""
    parts = date_parts(text)
    return str(parts.year) if parts.year is not None else parts.text


def month_day_year(text: str) -> str:
    """"March 5, 2020", "March 2020", "2020" (Chicago, APA order)."""
    parts = date_parts(text)
    if parts.year is None:
        return parts.text
    if parts.month is None:
        return str(parts.year)
    month = MONTHS[parts.month - 1]
    if parts.day is None:
        return f"{month} {parts.year}"
    return f"{month} {parts.day}, {parts.year}"


def ordinal(number: int) -> str:
    """1st, 2nd, 3rd, 4th, 11th, 21st."""
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(
        number % 10, "th")
    return f"{number}{suffix}"


_EDITION_NUMBER = re.compile(r"^(\d+)(?:st|nd|rd|th)?(?:\s*(?:ed\.?|edition))?$", re.IGNORECASE)
#: "ed." or "edition" as a word of its own at the end ("Revised" keeps its "ed").
_EDITION_WORD = re.compile(r"\s*\b(?:ed\.?|edition)$", re.IGNORECASE)


def edition(text: str) -> str:
    """"2", "2nd" or "2nd edition" -> "2nd ed."; "Revised" -> "Revised ed."."""
    text = clean(text)
    if not text:
        return ""
    if m := _EDITION_NUMBER.match(text):
        return f"{ordinal(int(m[1]))} ed."
    return _EDITION_WORD.sub("", text) + " ed."


_PAGE_PREFIX = re.compile(r"^(?:pp?\.|pages?|pg\.?)\s*", re.IGNORECASE)
_RANGE = re.compile(r"^(\w+)\s*(?:-|–|—|--)\s*(\w+)$")


def bare_pages(text: str) -> str:
    """The pages without a "p."/"pp." in front, a range with an en dash."""
    text = clean(text)
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1].strip()
    text = _PAGE_PREFIX.sub("", text).strip()
    if m := _RANGE.match(text):
        return f"{m[1]}–{m[2]}"
    return text


def is_page_number(text: str) -> bool:
    """A page or a range of pages (not "para. 4", "chap. 2" or a time)."""
    return bool(re.fullmatch(r"[A-Za-z]?\d+[a-z]?(?:–[A-Za-z]?\d+[a-z]?)?|[ivxlcdm]+",
                             text, re.IGNORECASE))


def is_range(pages: str) -> bool:
    return "–" in pages or "," in pages


def doi_link(doi: str) -> str:
    """A DOI as a link: https://doi.org/10.xxxx/..."""
    doi = clean(doi)
    if not doi:
        return ""
    doi = re.sub(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", "", doi, flags=re.IGNORECASE)
    return f"https://doi.org/{doi}"


def without_scheme(url: str) -> str:
    """A URL without http:// or https:// (MLA prints it so)."""
    return re.sub(r"^https?://", "", clean(url), flags=re.IGNORECASE)


# -- titles ------------------------------------------------------------------------

_SMALL = "a an and as at but by for from in into nor of on or over per so the to up via vs with yet"
_SMALL_WORDS = frozenset(_SMALL.split())
_WORD = re.compile(r"[^\s]+")


def _is_title_cased(words: list[str]) -> bool:
    """Every word of four letters or more starts with a capital: typed in
    title case (a title already in sentence case is left as typed)."""
    long_words = [w for w in words if len(w.strip("“”\"'()[]:;,.!?")) >= 4
                  and w.strip("“”\"'([")[:1].isalpha()]
    return bool(long_words) and all(w.strip("“”\"'([")[:1].isupper() for w in long_words)


def _keep_capital(word: str) -> bool:
    # Acronyms ("DNA", "U.S."), inner capitals ("iPhone", "McEwan") and "I".
    core = word.strip("“”\"'()[]:;,.!?")
    return core == "I" or (len(core) > 1 and any(c.isupper() for c in core[1:]))


def sentence_case(title: str) -> str:
    """APA's sentence case: capitals only for the first word, the first word
    after a colon, dash or question mark, acronyms and words with inner
    capitals. A title that is not in title case is kept as typed (it is
    taken as sentence case already, with its proper nouns)."""
    title = clean(title)
    words = _WORD.findall(title)
    if not _is_title_cased(words):
        return title
    out: list[str] = []
    capital_next = True
    for word in words:
        if capital_next:
            lead = len(word) - len(word.lstrip("“\"'(["))
            out.append(word[:lead] + word[lead:lead + 1].upper() + word[lead + 1:])
        elif _keep_capital(word):
            out.append(word)
        else:
            out.append(word.lower())
        capital_next = word.endswith((":", "?", "!", "—")) or word in ("—", "–")
    return " ".join(out)


#: Lower case inside a title in MLA's and Chicago's title case: articles,
#: prepositions, coordinating conjunctions, "to" and "as".
_LOWER = (
    "a an the and but for nor or so yet as to about above across after against along "
    "among around at before behind below beneath beside between beyond by down during "
    "except from in inside into like near of off on onto out outside over past per since "
    "through throughout till toward towards under underneath until up upon via with "
    "within without"
)
_LOWER_IN_TITLES = frozenset(_LOWER.split())


def title_case(title: str) -> str:
    """MLA's and Chicago's title case: every word capitalised except the
    small words above (which are capitalised first, last, and after a colon).
    Only capitals are added, so a proper noun, an acronym or "iPhone" stays
    as typed, and a title typed in sentence case comes out right."""
    words = clean(title).split(" ") if clean(title) else []
    out: list[str] = []
    for i, word in enumerate(words):
        lead = len(word) - len(word.lstrip("“‘\"'(["))
        core = word[lead:]
        bare = core.rstrip(":;,.!?”’\"')]").lower()
        starts = i == 0 or words[i - 1].endswith((":", "?", "!", "—")) or i == len(words) - 1
        as_typed = not core[:1].isalpha() or any(c.isupper() for c in core) or "/" in core
        if as_typed or (bare in _LOWER_IN_TITLES and not starts):
            out.append(word)
        else:
            parts = core.split("-")  # "self-respect" -> "Self-Respect"
            out.append(word[:lead] + "-".join(p[:1].upper() + p[1:] for p in parts))
    return " ".join(out)


def short_title(title: str) -> str:
    """Chicago's short title: the main title (before a colon), and when that
    is longer than four words, its first four words after a leading article."""
    main = clean(title).split(":")[0].strip()
    words = main.split()
    if len(words) <= 4:
        return main
    if words[0].lower() in ("a", "an", "the"):
        words = words[1:]
    words = words[:4]
    while len(words) > 1 and words[-1].lower().strip(",;") in _SMALL_WORDS:
        words.pop()  # "How to Read a" reads as "How to Read"
    return " ".join(words).rstrip(",;")


def shortened_range(pages: str, digits: int) -> str:
    """Inclusive numbers with the second shortened to at least ``digits``
    changed digits where the rest repeats (MLA, 2: 201–19; Chicago, per
    CMOS 9.64, 1: 101–8, 2: 321–28). Below 100, and at exact hundreds, in
    full. Anything but two plain numbers is kept."""
    m = re.fullmatch(r"(\d+)–(\d+)", pages)
    if not m:
        return pages
    first, second = m[1], m[2]
    if int(first) < 100 or len(second) != len(first) or int(first) % 100 == 0:
        return pages
    keep = 1 if digits == 1 and int(first) % 100 < 10 else 2
    same = 0
    while same < len(first) - keep and first[same] == second[same]:
        same += 1
    return f"{first}–{second[same:]}"


__all__ = [
    "MONTHS",
    "and_list",
    "bare_pages",
    "clean",
    "commas",
    "doi_link",
    "edition",
    "ends_with_stop",
    "family",
    "family_first",
    "given_first",
    "initials",
    "is_page_number",
    "is_range",
    "italic",
    "month_day_year",
    "named",
    "ordinal",
    "organisation_publishes",
    "parts_of",
    "period",
    "quoted",
    "sentence_case",
    "sentences",
    "short_title",
    "shortened_range",
    "title_case",
    "without_scheme",
    "year_of",
]
