"""Sources of every type, written for the golden tests of the citation
styles (invented works, except the issue's example, Ishiguro's novel).

Titles holding proper nouns are typed in sentence case, as Zotero keeps
them: APA prints them so, MLA and Chicago raise them to title case."""

from __future__ import annotations

from outliner.core.sources import Name, Source, SourceType

T = SourceType
N = Name

ISHIGURO = Source(type=T.BOOK, authors=(N("Ishiguro", "Kazuo"),), title="Never Let Me Go",
                  publisher="Vintage International", place="New York", date="2006")

SAMPLES: dict[str, Source] = {
    "book": ISHIGURO,
    "book, two authors, edition": Source(
        type=T.BOOK, authors=(N("Ward", "Geoffrey C."), N("Burns", "Ken")),
        title="The War: An Intimate History, 1941–1945", publisher="Knopf",
        place="New York", date="2007", edition="2"),
    "edited book": Source(
        type=T.BOOK, editors=(N("Hunter", "J. Paul"),), title="Frankenstein",
        publisher="W. W. Norton", place="New York", date="2012"),
    "chapter": Source(
        type=T.CHAPTER, authors=(N("Okafor", "Chinwe"),),
        editors=(N("Reyes", "Lena"), N("Park", "Min-jun")), title="Memory and the Clone Novel",
        container="Reading Ishiguro today", publisher="Harbor Press", place="Boston",
        date="2019", pages="45-67"),
    "journal article": Source(
        type=T.JOURNAL, authors=(N("Delgado", "Rosa"), N("Chen", "Wei"), N("Ivanova", "Mila")),
        title="Cold rooms and hot tempers: Weather in Jane Eyre",
        container="Victorian Fiction Review", volume="12", issue="3", date="2021",
        pages="201-219", doi="10.1234/vfr.2021.12.3.201"),
    "newspaper article": Source(
        type=T.PERIODICAL, authors=(N("Moreau", "Claire"),), title="What Clones Can Teach Us",
        container="The Daily Ledger", date="2020-03-05",
        url="https://www.dailyledger.example/clones"),
    "web page": Source(
        type=T.WEB, authors=(N("Singh", "Arjun"),), title="How to Read a Novel Slowly",
        container="The Reading Room", date="2023-11-14",
        url="https://readingroom.example/slow", accessed="2026-02-01"),
    "film": Source(
        type=T.FILM, authors=(N("Romanek", "Mark"),), title="Never Let Me Go",
        publisher="Fox Searchlight Pictures", date="2010"),
    "other, organisation as author and publisher": Source(
        type=T.OTHER, authors=(N("Bureau of Fictional Statistics"),),
        title="Annual Report on Reading", publisher="Bureau of Fictional Statistics",
        date="2024", url="https://bfs.example/report"),
}
