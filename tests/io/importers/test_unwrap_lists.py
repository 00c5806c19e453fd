"""A numbered item after a quotation is the list's next item, not a wrapped citation."""

from __future__ import annotations

from outliner.io.importers.text import parse_text


def test_a_count_that_goes_on_after_a_quotation_is_a_list_item() -> None:
    draft = (
        "I. Greed\n"
        "A. The parties leave nothing behind.\n"
        "(1) He arrives late, in the rain.\n"
        "(a) He says \"the poor son-of-a-bitch.\"\n"
        "(2) He knew the books were real.\n"
    )
    texts = [node.text for node in parse_text(draft).walk()]
    assert "He knew the books were real." in texts
    assert not any(text.endswith("(2) He knew the books were real.") for text in texts if
                   text != "He knew the books were real.")


def test_a_quotations_page_pushed_to_the_next_line_is_still_joined() -> None:
    draft = (
        "Kathy keeps the tape because it is \"how we got hold of things from outside\"\n"
        "(41) and she never forgets it. The tape stands for the world beyond the\n"
        "school and for every hope the students have of reaching it one day.\n"
    )
    quotes = [node for node in parse_text(draft).walk() if node.kind == "quote"]
    assert [(q.text, q.cite) for q in quotes] == [("how we got hold of things from outside", "41")]
