"""Making a writer's notes into sentences without adding content.

Everything here changes only form: bullet marks and outline labels go,
spacing is tidied, the first letter is capitalised, "i" becomes "I", an end
stop is added, a fragment gets a light frame ("Another detail is ..."), and
a list of items becomes a series "x, y, and z". The writer's words and
spelling stay as typed.
"""

from __future__ import annotations

import re

#: Bullets and numbering a line may start with: "-", "•", "1.", "(2)", "a)",
#: "(b)", "iv.". A single letter with a period is NOT a mark: "B. F. Skinner",
#: "A. Smith" and "e. coli" start with the writer's words (the importer has
#: already read real outline labels such as "A." off the line).
_BULLET = re.compile(
    r"^\s*(?:[-*•·◦▪‣–—+>]+|\(?\d{1,3}[.)]|\(?[a-hA-H]\)|\(?(?:ii|iii|iv|vi)[.)]|\(?v\))"
    r"(?=\s|$)\s*"
)
_BULLET_TIGHT = re.compile(r"^\s*[-*•·◦▪‣–—+>]+(?=\w)")
#: Outline labels a draft may use: "Quote:", "Note:", "2nd body paragraph:" ...
_LABEL = re.compile(
    r"^\s*(?:(?:\d+(?:st|nd|rd|th)\s+)?(?:body\s+paragraph|body|paragraph)(?:\s*#?\d+)?"
    r"|quotes?|quotations?|notes?|claim|topic\s+sentence|thesis(?:\s+statement)?|hook"
    r"|evidence|analysis|commentary|background|intro(?:duction)?|conclusion"
    r"|concluding\s+sentence|point|explanation|ts|cd|cm)\s*[:–—]\s*",
    re.IGNORECASE,
)
#: "i" on its own (or in i'm, i've ...) is the pronoun.
_LONE_I = re.compile(r"(?<![\w.'’\-])i(?=['’](?:m|ve|ll|d)\b|[\s,;:!?)]|$)")
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([,;:.!?])")


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


#: Auxiliaries: a word list holding one of these is a clause, not a list.
_AUXILIARIES = _word_set("""
is are was were be been being am has have had do does did can could will would
shall should may might must isn't aren't wasn't weren't don't doesn't didn't can't
won't wouldn't couldn't shouldn't it's that's there's he's she's they're we're
""")
#: Words that show a note is a clause (it has a verb), not a bare noun phrase.
_VERBISH = _AUXILIARIES | _word_set("""
show shows reveal reveals suggest suggests seem seems become becomes feel feels
know knows try tries ask asks want wants think thinks make makes go goes get gets
give gives take takes find finds see sees say says tell tells learn learns
discover discovers realize realizes realise realises build builds let lets keep
keeps stand stands live lives die dies mean means represent represents symbolize
symbolizes symbolise symbolises describe describes explain explains hope hopes
believe believes leave leaves come comes enter enters need needs use uses
fail fails remain remains lose loses love loves break breaks hide hides lie lies
change changes matter matters end ends begin begins grow grows fall falls run runs
wait waits look looks accept accepts refuse refuses fight fights belong belongs
happen happens start starts stay stays turn turns win wins hurt hurts
suffer suffers sing sings drive drives care cares cry cries fear fears dream dreams
remember remembers forget forgets return returns donate donates complete completes
escape escapes search searches seek seeks miss misses read reads write writes draw
draws paint paints work works talk talks walk walks play plays meet meets struggle
struggles lack lacks wish wishes
never always cannot often
""")
_SUBJECTS = _word_set("i we they he she it you")
_DETERMINERS = _word_set("""
the a an this that these those his her their its our my your one another some
many each every all no both several
""")
#: Capitalised function words that may be lower-cased after a transition.
COMMON_STARTS = _word_set("""
the a an this that these those they them their there it its he she his her we
our you your one once no not all some many most each every when while after
before if as at in on of for to with by from into through because since despite
although though even only both either neither another other such what which who
how why where so but and or yet still then here
""")

_FRAMES = ("One detail is {}.", "Another detail is {}.", "There is also {}.",
           "Consider, too, {}.", "One more point is {}.")


def tidy(text: str) -> str:
    """Collapse whitespace, drop spaces before punctuation, fix a lone "i"."""
    text = re.sub(r"\s+", " ", text).strip()
    text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
    text = re.sub(r"([“(\[])\s+", r"\1", text)
    return _LONE_I.sub("I", text)


#: The marks a check ignores: bullet symbols, "1." / "(2)" numbering and
#: "a)" / "(b)" letters. Kept apart from ``_BULLET`` on purpose, so that a
#: check can notice words the note cleaner drops by mistake.
_MARK = re.compile(r"^\s*(?:[-*•·◦▪‣–—+>]+|\(?\d{1,3}[.)]|\(?[a-zA-Z]\)|\(?[ivx]{1,4}\))\s*")


def strip_bullets(text: str) -> str:
    """``text`` with only its leading bullet marks, numbering and outline
    labels ("Note:") removed, no other cleaning: what a check compares a
    draft against."""
    for _ in range(3):
        before = text
        text = _LABEL.sub("", _MARK.sub("", text, count=1), count=1)
        if text == before:
            break
    return text.strip()


def clean_note(text: str) -> str:
    """The note's words: bullets, numbering and outline labels removed, tidied."""
    text = tidy(text)
    for _ in range(3):  # "- Note: 1) ..." carries several marks
        before = text
        text = _BULLET.sub("", text, count=1)
        text = _BULLET_TIGHT.sub("", text, count=1)
        text = _LABEL.sub("", text, count=1)
        if text == before:
            break
    return text.strip()


def capitalize_first(text: str) -> str:
    """Upper-case the first letter (after any opening quotation mark or bracket)."""
    for i, ch in enumerate(text):
        if ch.isalpha():
            return text[:i] + ch.upper() + text[i + 1:]
        if ch.isdigit():
            return text
    return text


def lower_first_word(text: str) -> str:
    """Lower-case the first word when it is a common word ("The" -> "the"),
    so a transition can go in front; names and "I" stay as typed."""
    match = re.match(r"([A-Za-z]+)", text)
    if match and len(match.group(1)) == 1 and text[1:2] == ".":
        return text  # "A. Smith": an initial, not the article
    if match and match.group(1).lower() in COMMON_STARTS and match.group(1) != "I":
        return text[0].lower() + text[1:]
    return text


def end_stop(text: str) -> str:
    """Make sure the text ends with . ? or ! (inside a closing mark if it has one)."""
    text = text.rstrip()
    stripped = text.rstrip(",;:–—- ")
    if stripped != text:
        text = stripped
    if not text:
        return text
    core = text.rstrip("”\"’)]")
    if core.endswith((".", "?", "!", "…")):
        return text
    if text[-1] in "”\"":
        # American style: the stop goes inside the closing quotation mark.
        return text[:-1] + "." + text[-1]
    return text + "."


_COMMA_OPENERS = re.compile(
    r"^(for example|for instance|moreover|furthermore|in addition|additionally|therefore|"
    r"consequently|nevertheless|nonetheless|in fact|as a result|in the end|ultimately|"
    r"overall|in conclusion|on the other hand|in contrast|in particular|specifically|"
    r"likewise|similarly)(?=\s+\w)",
    re.IGNORECASE,
)


def comma_after_opener(text: str) -> str:
    """"For example Kathy ..." -> "For example, Kathy ..." (punctuation only)."""
    return _COMMA_OPENERS.sub(r"\1,", text, count=1)


def sentence(text: str) -> str:
    """A capitalised sentence with an end stop (empty text stays empty)."""
    text = comma_after_opener(tidy(text))
    return end_stop(capitalize_first(text)) if text else ""


def is_fragment(text: str) -> bool:
    """True for a short noun phrase without a verb ("the loss of the tape",
    "Tommy's animals", "hope"): such a note needs a frame to be a sentence.
    Without a dictionary this is a guess; when unsure it says no, because a
    frame around a real clause ("One detail is Bob sings.") reads worse than
    a clause left as the writer typed it."""
    words = re.findall(r"[\w’']+", text.lower())
    if not words or len(words) > 10:
        return False
    if len(words) == 1:
        return words[0].replace("’", "'") not in _AUXILIARIES
    # A verb-like word right after "the", "their", "of" ... is a noun ("of hope").
    verbs = [w for i, w in enumerate(words)
             if w.replace("’", "'") in _VERBISH
             and not (i > 0 and (words[i - 1] in _DETERMINERS or words[i - 1] == "of"))]
    if verbs:
        return False
    if words[0] in _SUBJECTS and len(words) > 1:
        return False
    if any(len(w) > 4 and w.endswith("ed") for w in words):
        return False
    noun_phrase_start = (
        len(words) == 1
        or words[0] in _DETERMINERS
        or words[0].endswith(("'s", "’s"))
        or (len(words) >= 3 and "of" in words[1:3])
    )
    return noun_phrase_start


def series(items: list[str], conjunction: str = "and") -> str:
    """["x"] -> "x"; ["x", "y"] -> "x and y"; three or more -> "x, y, and z"."""
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    if len(items) == 2:
        return f"{items[0]} {conjunction} {items[1]}"
    return ", ".join(items[:-1]) + f", {conjunction} {items[-1]}"


def _conjunction(text: str) -> str:
    """"or" when the writer's list says "or", else "and"."""
    return "or" if re.search(r"\bor\b", text, re.IGNORECASE) and not re.search(
        r"\band\b", text, re.IGNORECASE) else "and"


def _strip_item(item: str) -> str:
    item = item.strip().rstrip(",;").strip()
    item = re.sub(r"\s+(?:and|or)$", "", item, flags=re.IGNORECASE).strip()
    item = re.sub(r"^(?:and|or)\s+", "", item, flags=re.IGNORECASE).strip()
    # A closing bracket left over from "(1) x and 2) y)".
    while item.endswith(")") and item.count(")") > item.count("("):
        item = item[:-1].rstrip()
    return item.rstrip(",;.").strip()


def list_items(text: str) -> list[str] | None:
    """The items of a note that is only a list ("x, y, z"), else None."""
    body = text.rstrip(".;")
    if "," not in body:
        return None
    parts = [p.strip() for p in body.split(",")]
    last = re.split(r"\s+(?:and|or)\s+", parts[-1], maxsplit=1, flags=re.IGNORECASE)
    parts = [*parts[:-1], *last]
    parts = [_strip_item(p) for p in parts]
    if len(parts) < 3 or not all(parts):
        return None
    if any(len(p.split()) > 4 or set(re.findall(r"[\w’']+", p.lower())) & _AUXILIARIES
           for p in parts):
        return None
    return parts


_ENUM_MARK = re.compile(r"(?:\(\s*)?(?<![\w.])(\d{1,2})[).](?=\s)\s*")


def split_enumeration(text: str) -> tuple[str, list[str]] | None:
    """A note with numbered items inside it, "head (1) x and 2) y)", as
    (head, [x, y]); None when it has no such numbering (1, 2, ...)."""
    marks = list(_ENUM_MARK.finditer(text))
    if len(marks) < 2 or [int(m.group(1)) for m in marks] != list(range(1, len(marks) + 1)):
        return None
    head = text[:marks[0].start()].rstrip(" ,;:–—-(").strip()
    items: list[str] = []
    for i, mark in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(text)
        items.append(_strip_item(text[mark.end():end]))
    if not all(items):
        return None
    return head, items


def frame_fragment(text: str, index: int) -> str:
    """A noun-phrase note in a light frame that adds no claim."""
    return _FRAMES[index % len(_FRAMES)].format(lower_first_word(text.rstrip(".")))


def note_sentence(
    text: str, fragment_index: int = 0, cleaned: bool = False, may_frame: bool = True
) -> tuple[str, bool]:
    """One note as a sentence; the flag says whether a frame was used (a framed
    sentence takes no transition in front). ``cleaned``: bullets and labels
    are already gone (cleaning twice would eat a leading "B." as a label)."""
    text = text if cleaned else clean_note(text)
    if not text:
        return "", False
    enumeration = split_enumeration(text)
    if enumeration is not None:
        head, items = enumeration
        joined = series(items, _conjunction(text[len(head):]))
        if head:
            return sentence(f"{head}: {joined}"), False
        return frame_fragment(joined, fragment_index), True
    listed = list_items(text) if may_frame else None
    if listed is not None:
        joined = series(listed, _conjunction(text))
        return sentence(f"Several things stand out: {joined}"), True
    if may_frame and is_fragment(text):
        return frame_fragment(text, fragment_index), True
    return sentence(text), False
