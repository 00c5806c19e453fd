"""Generated outlines for the importer's property tests.

An outline here is a tree of items, each marked with the mark kind its
level uses (Roman numerals, letters, numbers, bracketed marks, bullets),
indented or not, with paragraph headings and a "Thesis:" line between its
top-level items. Every line has words of its own ("w12 w13"), so a test can
tell from a node's first word which line it came from.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from hypothesis import strategies as st

from outliner.core.roman import to_roman

#: How each kind of mark numbers its n-th item (n from 1).
MARKS: dict[str, Callable[[int], str]] = {
    "roman": lambda n: f"{to_roman(n)}.",
    "upper": lambda n: f"{chr(64 + n)}.",
    "arabic": lambda n: f"{n}.",
    "arabic)": lambda n: f"{n})",
    "lower": lambda n: f"{chr(96 + n)}.",
    "(arabic)": lambda n: f"({n})",
    "(lower)": lambda n: f"({chr(96 + n)})",
    "dash": lambda n: "-",
    "star": lambda n: "*",
    "bullet": lambda n: "•",
}
#: Kinds in the order a standard outline ranks them (bullets have no rank).
RANKED = ["roman", "upper", "arabic", "lower", "(arabic)", "(lower)"]
BULLETS = ["dash", "star", "bullet"]
#: "1." and "1)" are one family, as in the importer.
_FAMILY = {"arabic)": "arabic"}

INDENTS: dict[str, Callable[[int], str]] = {
    "none": lambda depth: "",
    "two spaces": lambda depth: "  " * depth,
    "four spaces": lambda depth: "    " * depth,
    "tabs": lambda depth: "\t" * depth,
    # Four spaces a level, a bullet now and then one column further in.
    "sloppy": lambda depth: "    " * depth,
}
HEADINGS = ["Introduction", "Body paragraph 1", "2nd body paragraph:", "Conclusion"]


@dataclass
class Item:
    """One line of the outline that is an item: its first word and its parent's."""

    word: str
    depth: int
    parent: str | None  # the parent item's first word
    context: str  # "none", "heading" or "thesis": what the item's top-level item follows
    kind: str  # its mark's kind (a key of MARKS)


@dataclass
class Outline:
    """A generated draft and what each of its lines is."""

    text: str
    items: list[Item] = field(default_factory=list)
    thesis_word: str | None = None


@st.composite
def outlines(draw: st.DrawFn, *, markdown: bool = False) -> Outline:
    indent_name = draw(st.sampled_from(sorted(INDENTS)))
    indent = INDENTS[indent_name]
    kinds = _level_kinds(draw, indented=indent_name != "none")
    counter = iter(range(1, 10_000))
    lines: list[str] = []
    outline = Outline("")

    def words() -> str:
        first = next(counter)
        return f"w{first} w{next(counter)}"

    if draw(st.booleans()):
        lines.append(f"Title: {words()}")
    context = "none"  # what the top-level items come after
    top = [0]  # top-level items so far: their count runs on across headings
    thesis_done = False
    headings_done: set[str] = set()
    for _ in range(draw(st.integers(1, 4))):  # groups of top-level items
        before = draw(st.sampled_from(["nothing", "heading", "thesis"]))
        if before == "thesis" and not thesis_done and context in ("none", "intro"):
            text = words()
            lines.append(f"Thesis: {text}")
            outline.thesis_word = text.split()[0]
            thesis_done = True
            context = "intro" if context == "intro" else "thesis"
        elif before == "heading":
            options = [h for h in HEADINGS if h not in headings_done
                       and not (h == "Introduction" and (thesis_done or headings_done))]
            if options:
                heading = draw(st.sampled_from(options))
                headings_done.add(heading)
                lines.append(("## " + heading.rstrip(":")) if markdown else heading)
                context = "intro" if heading == "Introduction" else "heading"
        extra = draw(st.sampled_from(["", "", "note", "topic", "subheading"]))
        if extra == "note":  # a short line of its own
            lines.append(words())
        elif extra == "topic":
            lines.append(f"Topic sentence: {words()}")
        elif extra == "subheading" and markdown:
            lines.append(f"### {words()}")
        _items(draw, lines, outline, kinds, indent, words, context, depth=0, parent=None,
               top=top)
        if kinds[0] == "roman":  # "II." is a body paragraph: a thesis after it moves up
            context = "heading"
    outline.text = "\n".join(lines) + "\n"
    return outline


def _level_kinds(draw: st.DrawFn, *, indented: bool) -> list[str]:
    """A mark kind for each of four levels. Without indentation only the
    marks tell the levels apart, so they rank the way a standard outline does."""
    if indented:
        rest = [k for k in MARKS if k != "roman"]
        return [draw(st.sampled_from(list(MARKS)))] + [draw(st.sampled_from(rest))
                                                      for _ in range(3)]
    ranked = sorted(draw(st.sets(st.sampled_from(RANKED), min_size=0, max_size=4)),
                    key=RANKED.index)
    bullets = draw(st.permutations(BULLETS))
    pool = ranked + list(bullets)
    kinds: list[str] = []
    families: set[str] = set()
    for kind in draw(st.permutations(pool)):
        if len(kinds) == 4:
            break
        if _FAMILY.get(kind, kind) in families or (kind == "roman" and kinds):
            continue
        kinds.append(kind)
        families.add(_FAMILY.get(kind, kind))
    ranked_order = [k for k in kinds if k in RANKED]
    ranked_sorted = iter(sorted(ranked_order, key=RANKED.index))
    return [next(ranked_sorted) if k in RANKED else k for k in kinds]


def _items(draw: st.DrawFn, lines: list[str], outline: Outline, kinds: list[str],
           indent: Callable[[int], str], words: Callable[[], str], context: str,
           *, depth: int, parent: str | None, top: list[int]) -> None:
    # A Roman outline has "I." and "II." (one "I." alone reads as a letter).
    least = 2 if depth == 0 and kinds[0] == "roman" and not top[0] else int(depth == 0)
    count = draw(st.integers(least, 3 if depth else 4))
    for n in range(1, count + 1):
        text = words()
        if depth == 0:
            top[0] += 1
        mark = MARKS[kinds[depth]](top[0] if depth == 0 else n)
        jitter = " " if indent is INDENTS["sloppy"] and depth and draw(st.booleans()) else ""
        lines.append(f"{indent(depth)}{jitter}{mark} {text}")
        word = text.split()[0]
        outline.items.append(Item(word, depth, parent, context, kinds[depth]))
        if depth < len(kinds) - 1 and draw(st.integers(0, 2)) == 0:
            _items(draw, lines, outline, kinds, indent, words, context,
                   depth=depth + 1, parent=word, top=top)
