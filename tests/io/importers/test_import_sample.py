"""The sample essay the app opens with no file: it imports to a fixed shape."""

from __future__ import annotations

from outliner.core.rules import tree_errors
from outliner.io.importers.text import load_sample_essay, parse_text_with_report, sample_essay_path
from tests.conftest import REPO


def test_sample_essay_lives_in_resources_at_the_repository_root() -> None:
    assert sample_essay_path() == REPO / "resources" / "sample-essay.txt"
    assert sample_essay_path().is_file()


def test_sample_essay_has_the_mixed_shape_of_a_real_draft() -> None:
    essay = load_sample_essay()
    assert tree_errors(essay.outline) == []
    meta = essay.meta
    assert (meta.title, meta.author, meta.instructor, meta.course, meta.date) == (
        "What Knowledge Costs in Frankenstein", "Sam Rivera", "Ms. Okafor", "English 11",
        "3 March 2025")
    shape = [(n.depth(), n.kind.value, n.text, n.cite, bool(n.prose)) for n in essay.walk()]
    assert shape == [
        (0, "intro", "Mary Shelley wrote Frankenstein as a ghost story, but it reads today as "
                     "a warning about ambition.", "", True),
        (1, "thesis", "In Frankenstein, Shelley shows that knowledge pursued without love or "
                      "responsibility leaves both the creator and the creature alone.", "", False),
        (0, "body", "Victor treats discovery as a race he must win in secret.", "", True),
        (1, "quote", "learn from me, if not by my precepts, at least by my example, how "
                     "dangerous is the acquirement of knowledge", "52", False),
        (1, "quote", "the beauty of the dream vanished, and breathless horror and disgust "
                     "filled my heart", "58", False),
        (0, "body", "the creature learns that knowledge shows him everything he lacks", "",
         False),
        (1, "quote", "Everywhere I see bliss, from which I alone am irrevocably excluded",
         "103", False),
        (1, "quote", "I was benevolent and good; misery made me a fiend", "103", False),
        (1, "note", "he learns to speak and read by watching the De Lacey family through a "
                    "gap in the wall", "", False),
        (1, "note", "reading Paradise Lost, he compares himself to Adam and then to Satan, "
                    "because he has no creator who cares for him", "", False),
        (1, "note", "each new thing he understands makes his loneliness sharper, not lighter",
         "", False),
        (1, "note", "the De Laceys run from him just as Victor did", "", False),
        (0, "conclusion", "knowledge is dangerous when it is pursued alone", "", False),
        (1, "note", "Victor and the creature both suffer because knowledge came to them "
                    "without anyone to share it", "", False),
        (1, "note", "Shelley asks readers to weigh what discoveries cost the people they "
                    "leave behind", "", False),
    ]
    assert [s.text for s in essay.sources] == [
        "Shelley, Mary. Frankenstein; or, The Modern Prometheus. 1818. Edited by Maurice "
        "Hindle, Penguin Classics, 2003."
    ]


def test_sample_essay_uses_the_same_labels_as_the_users_draft() -> None:
    text = sample_essay_path().read_text(encoding="utf-8")
    _, report = parse_text_with_report(text)
    assert report.labels == [
        "Title:", "Name:", "Teacher:", "Class:", "Date:", "2nd body paragraph:", "Quote:",
        "-", "-", "-", "-", "Conclusion:", "-", "-", "Works Cited",
    ]
