"""The .essay file: round trips, its exact layout, refusing bad files, migrations, schema."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from outliner.core.essay import CitationStyle, Essay, Meta, Node, NodeKind, Source
from outliner.core.rules import can_contain, tree_errors
from outliner.io.errors import DocumentError
from outliner.io.essay import migrations
from outliner.io.essay.file import (
    essay_from_json,
    essay_to_json,
    load_essay,
    save_essay,
)
from outliner.io.essay.schema import essay_json_schema_text, utf8_safe
from outliner.io.reading import ESSAY_FILE
from tests.conftest import FIXTURES, REPO
from tests.support.helpers import shape, small_essay

K = NodeKind
ESSAY_FIXTURES = FIXTURES / "essay"


def everything(essay: Essay) -> tuple[object, ...]:
    """All an .essay file stores: the tree, meta and sources."""
    return (shape(essay), vars(essay.meta), [s.text for s in essay.sources])


# -- round trip and layout ---------------------------------------------------


def test_save_then_load_gives_the_same_essay(tmp_path: Path) -> None:
    essay = small_essay()
    essay.meta = Meta(title="Títle “quoted”", author="Ana", instructor="Dr. B",
                      course="ENG 101", date="1 May 2026", style=CitationStyle.CHICAGO)
    essay.sources = [Source("Ishiguro, Kazuo. Never Let Me Go. Vintage, 2006.")]
    path = tmp_path / "essay.essay"
    save_essay(essay, path)
    assert everything(load_essay(path)) == everything(essay)


def test_file_layout_is_stable_for_version_control(tmp_path: Path) -> None:
    essay = small_essay()
    essay.meta.title = "Ünïcode — kept"
    text = essay_to_json(essay)
    data = json.loads(text)
    assert list(data) == ["format", "version", "meta", "sources", "outline"]
    assert data["format"] == "essay-outliner" and data["version"] == 4
    assert list(data["meta"]) == ["title", "author", "instructor", "course", "date", "style",
                                  "affiliation", "word_target", "language", "words"]
    assert text.endswith("}\n") and not text.endswith("\n\n")
    assert '\n  "version": 4,\n' in text  # two-space indent
    assert "Ünïcode — kept" in text  # not \u-escaped
    # Saving what was loaded writes the same bytes: no churn in diffs.
    assert essay_to_json(essay_from_json(text, tmp_path / "x.essay")) == text


def test_cite_and_prose_are_written_where_they_apply_or_hold_text() -> None:
    essay = Essay(outline=[
        Node(K.BODY, "claim", id="b", children=[
            Node(K.QUOTE, "q", id="q"),
            Node(K.NOTE, "plain note", id="n"),
            Node(K.NOTE, "was a quote", cite="41", id="n2"),
        ]),
        Node(K.SECTION, "part", prose="prose kept after a kind change", id="s"),
    ])
    nodes = {n["id"]: n for n in _walk(json.loads(essay_to_json(essay))["outline"])}
    assert list(nodes["b"]) == ["id", "kind", "text", "prose", "children"]
    assert list(nodes["q"]) == ["id", "kind", "text", "cite", "children"]
    assert list(nodes["n"]) == ["id", "kind", "text", "children"]
    assert nodes["n2"]["cite"] == "41"
    assert nodes["s"]["prose"] == "prose kept after a kind change"


def _walk(nodes: list[dict[str, object]]) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for node in nodes:
        out.append(node)
        children = node["children"]
        assert isinstance(children, list)
        out.extend(_walk(children))
    return out


def test_save_keeps_the_previous_version_as_bak(tmp_path: Path) -> None:
    path = tmp_path / "essay.essay"
    first = small_essay()
    save_essay(first, path)
    first_bytes = path.read_bytes()
    second = small_essay()
    second.meta.title = "Second save"
    save_essay(second, path)
    assert (tmp_path / "essay.essay.bak").read_bytes() == first_bytes
    assert load_essay(path).meta.title == "Second save"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["essay.essay", "essay.essay.bak"]


def test_save_into_a_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="does not exist") as info:
        save_essay(small_essay(), tmp_path / "nowhere" / "essay.essay")
    assert info.value.path == tmp_path / "nowhere" / "essay.essay"


def test_lone_surrogates_become_replacement_characters_and_nothing_else_changes(
    tmp_path: Path,
) -> None:
    essay = Essay(outline=[Node(K.BODY, "a\ud800b", prose="\ud83d\ude00 x \udfff", id="b")])
    essay.meta.title = "ok\udc80"
    path = tmp_path / "s.essay"
    save_essay(essay, path)
    loaded = load_essay(path)
    assert loaded.node("b").text == "a\ufffdb"
    assert loaded.node("b").prose == "😀 x \ufffd"  # a split pair is joined, not lost
    assert loaded.meta.title == "ok\ufffd"


def test_an_id_utf8_cannot_hold_gets_a_fresh_unique_id(tmp_path: Path) -> None:
    essay = Essay(outline=[Node(K.BODY, "one", id="\ud800"), Node(K.BODY, "two", id="\udc00"),
                           Node(K.BODY, "three", id="kept")])
    save_essay(essay, tmp_path / "ids.essay")
    ids = [n.id for n in load_essay(tmp_path / "ids.essay").walk()]
    assert ids[2] == "kept" and len(set(ids)) == 3
    assert all(len(i) == 12 for i in ids[:2])


def test_surrogates_escaped_in_json_are_read_and_saved_safely(tmp_path: Path) -> None:
    text = essay_to_json(Essay(outline=[Node(K.BODY, "PLACEHOLDER", id="b")]))
    essay = essay_from_json(text.replace("PLACEHOLDER", "x\\ud800y"), tmp_path / "a.essay")
    assert essay.node("b").text == "x\ud800y"
    save_essay(essay, tmp_path / "b.essay")
    assert load_essay(tmp_path / "b.essay").node("b").text == "x\ufffdy"


# -- property: any text, any legal tree shape --------------------------------

ANY_CHAR = st.one_of(st.characters(), st.characters(categories=["Cs", "Cc"]))
ANY_TEXT = st.text(ANY_CHAR, max_size=30)


@st.composite
def trees(draw: st.DrawFn, parent_kind: NodeKind | None = None, depth: int = 0) -> list[Node]:
    """A legal list of children for ``parent_kind``, with arbitrary text."""
    allowed = [k for k in NodeKind if can_contain(parent_kind, k)]
    if not allowed or depth > 3:
        return []
    nodes = []
    for _ in range(draw(st.integers(0, 3))):
        kind = draw(st.sampled_from(allowed))
        nodes.append(Node(
            kind, draw(ANY_TEXT), cite=draw(ANY_TEXT), prose=draw(ANY_TEXT),
            children=draw(trees(kind, depth + 1)), id=draw(st.text(max_size=6)),
        ))
    return nodes


@st.composite
def essays(draw: st.DrawFn) -> Essay:
    outline = draw(trees())
    for number, node in enumerate(n for top in outline for n in top.walk()):
        node.id = f"{node.id}#{number}"  # arbitrary but unique
    meta = Meta(*(draw(ANY_TEXT) for _ in range(5)), style=draw(st.sampled_from(CitationStyle)))
    sources = [Source(t) for t in draw(st.lists(ANY_TEXT, max_size=3))]
    return Essay(meta, sources, outline)


def _safe_everything(essay: Essay) -> tuple[object, ...]:
    tree = [tuple(utf8_safe(v) if isinstance(v, str) else v for v in row) for row in shape(essay)]
    meta = {k: utf8_safe(v) if isinstance(v, str) else v for k, v in vars(essay.meta).items()}
    return (tree, meta, [utf8_safe(s.text) for s in essay.sources])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(essay=essays())
def test_round_trip_keeps_any_text_and_any_legal_tree(essay: Essay) -> None:
    assert tree_errors(essay.outline) == []
    text = essay_to_json(essay)
    text.encode("utf-8")  # always encodable
    loaded = essay_from_json(text, Path("prop.essay"))
    assert everything(loaded) == _safe_everything(essay)
    assert essay_to_json(loaded) == text


# -- refusing bad files --------------------------------------------------------

BAD_FILES = {
    "bad-empty.essay": "is empty",
    "bad-binary.essay": "binary data",
    "bad-truncated.essay": "looks truncated",
    "bad-not-json.essay": r"is not valid JSON \(Expecting value at line 1, column 1\)",
    "bad-latin1.essay": r"is not UTF-8 text \(byte 0xeb",
    "bad-wrong-format.essay": 'is not an Essay Outliner file .*"format": "essay-outliner"',
    "bad-newer-version.essay": (
        r"was written by a newer Essay Outliner \(format version 5\); "
        r"this version reads up to 4$"
    ),
    "bad-no-version.essay": "has no format version",
    "bad-kind.essay": (
        r"outline\[1\]\.children\[0\]\.kind: 'quotation' is not one of intro, thesis, "
        r"body, quote, note, conclusion or section$"
    ),
    "bad-duplicate-ids.essay": (
        r"outline\[1\]\.children\[0\]: the id 'n1' is already used at outline\[0\]\.children\[0\]"
    ),
    "bad-placement.essay": (
        r"outline\[0\]\.children\[0\]\.children\[0\] \(note 'n1', “a note hidden inside a "
        r"quotation”\) breaks the outline rules: Nothing can go inside a quotation\."
    ),
    "bad-duplicate-key.essay": "the key 'text' appears twice",
    "bad-unknown-field.essay": r"outline\[0\]\.colour: is not a field this version knows",
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_files_are_refused_with_one_clear_line(name: str, tmp_path: Path) -> None:
    path = tmp_path / name
    original = (ESSAY_FIXTURES / name).read_bytes()
    path.write_bytes(original)
    with pytest.raises(DocumentError, match=BAD_FILES[name]) as info:
        load_essay(path)
    message = str(info.value)
    assert message.startswith(f"{path}: ")
    assert "\n" not in message and "Traceback" not in message
    assert path.read_bytes() == original  # never touched
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]


def test_every_bad_fixture_is_covered() -> None:
    on_disk = {p.name for p in ESSAY_FIXTURES.glob("bad-*.essay")}
    assert on_disk == set(BAD_FILES)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("[1, 2, 3]", "is not an Essay Outliner file"),
        ('"just a string"', "is not an Essay Outliner file"),
        ('{"format": "something-else", "version": 1}', "its format is 'something-else'"),
        ('{"format": "essay-outliner", "version": "1"}', "not a whole number: '1'"),
        ('{"format": "essay-outliner", "version": true}', "not a whole number: True"),
        ('{"format": "essay-outliner", "version": 0}', "versions start at 1"),
        ('{"format": "essay-outliner", "version": 1, "outline": {}}',
         r"^x\.essay: outline: must be a list, not \{\}$"),
        ('{"format": "essay-outliner", "version": 1, "meta": {"style": "harvard"}}',
         "meta.style: 'harvard' is not one of mla, apa or chicago"),
        ('{"format": "essay-outliner", "version": 1, "outline": [{"id": "a"}]}',
         r"outline\[0\]\.kind: is missing"),
        ('{"format": "essay-outliner", "version": 1, "outline": '
         '[{"id": "", "kind": "body"}]}', r"outline\[0\]\.id: must not be empty"),
        ('{"format": "essay-outliner", "version": 1, "outline": '
         '[{"id": "a", "kind": "body", "text": 5}]}', r"outline\[0\]\.text: must be text, not 5"),
        ('{"format": "essay-outliner", "version": 1, "meta": {"title": 5, "style": "x"}}',
         r"meta\.title: must be text, not 5 \(and 1 more problem\)"),
        # a list stops at its first bad item (bounded time on millions of them)
        ('{"format": "essay-outliner", "version": 2, "sources": [{}, {}]}',
         r"sources\[0\]\.id: is missing$"),
        ('{"format": "essay-outliner", "version": 1, "outline": '
         '[{"id": "q", "kind": "quote"}]}', "A quotation cannot go inside the top level"),
        ("[" * 100_000, "nested too deeply|truncated"),
        ('{"format": "essay-outliner", "version": 1, "outline": [' + '{"id": "x", "kind": "note"'
         ', "children": [' * 2000 + "]}" * 2000 + "]}", "nested too deeply"),
        ('{"format": "essay-outliner", "version": 1, "outline": [{"id": "b", "kind": "body", '
         '"children": ['
         + "".join(f'{{"id": "n{i}", "kind": "note", "children": [' for i in range(400))
         + "]}" * 401 + "]}", r"^x\.essay: is nested too deeply to be an essay file$"),
    ],
)
def test_invalid_content_is_refused_clearly(text: str, problem: str) -> None:
    with pytest.raises(DocumentError, match=problem) as info:
        essay_from_json(text, Path("x.essay"))
    assert "\n" not in str(info.value)


def test_a_bom_from_an_editor_is_tolerated(tmp_path: Path) -> None:
    path = tmp_path / "bom.essay"
    path.write_bytes(b"\xef\xbb\xbf" + essay_to_json(small_essay()).encode("utf-8"))
    assert shape(load_essay(path)) == shape(small_essay())


def test_missing_file_and_folder_are_refused(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="no such file"):
        load_essay(tmp_path / "absent.essay")
    with pytest.raises(DocumentError, match="is a folder"):
        load_essay(tmp_path)


def test_whitespace_only_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "blank.essay"
    path.write_text("  \n\t\n")
    with pytest.raises(DocumentError, match="holds only blank space"):
        load_essay(path)


def test_huge_files_are_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.essay"
    with path.open("wb") as handle:  # sparse: takes no disk space
        handle.truncate(ESSAY_FILE.max_bytes + 1)
    with pytest.raises(DocumentError, match=r"too large .*limit is 200 MB"):
        load_essay(path)
    assert path.stat().st_size == ESSAY_FILE.max_bytes + 1


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_device_that_never_ends_is_refused_not_read_forever(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from outliner.io.essay import file as essay_file
    from outliner.io.reading import FileKind

    small = FileKind(ESSAY_FILE.what, 4096)
    monkeypatch.setattr(essay_file, "ESSAY_FILE", small)  # keeps the test fast
    with pytest.raises(DocumentError, match="is a device, not a regular file"):
        load_essay(Path("/dev/zero"))  # refused before a byte is read


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="file permissions do not stop root")
def test_unreadable_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "locked.essay"
    path.write_text(essay_to_json(small_essay()))
    path.chmod(0)
    with pytest.raises(DocumentError, match="cannot be read"):
        load_essay(path)


# -- versions and migrations ---------------------------------------------------


def test_a_fixture_exists_and_loads_for_every_format_version() -> None:
    # Bumping CURRENT_VERSION without adding tests/fixtures/essay/vN.essay fails here.
    for version in range(1, migrations.CURRENT_VERSION + 1):
        fixture = ESSAY_FIXTURES / f"v{version}.essay"
        assert fixture.is_file(), f"add {fixture} for format version {version}"
        assert json.loads(fixture.read_text(encoding="utf-8"))["version"] == version
        essay = load_essay(fixture)
        assert essay.meta.title == "Fire and Ice in Jane Eyre"
        assert essay.meta.style is CitationStyle.MLA
        assert [s.text for s in essay.sources] == [
            "Brontë, Charlotte. Jane Eyre. 1847. Penguin Classics, 2006."]
        assert [(n.depth(), n.kind.value, n.id) for n in essay.walk()] == [
            (0, "intro", "intro"), (1, "thesis", "thesis"),
            (0, "body", "body-1"), (1, "quote", "q-discord"), (1, "note", "n-redroom"),
            (2, "note", "n-lowood"),
            (0, "section", "sec-thornfield"), (1, "body", "body-2"), (2, "quote", "q-flame"),
            (2, "note", "n-bertha"),
            (0, "conclusion", "conclusion"),
        ]
        assert essay.node("q-discord").cite == "19"
        assert essay.node("n-bertha").cite == "p. 321"  # kept after a kind change
        assert essay.node("intro").prose.startswith("Jane grows up")


def test_the_current_version_fixture_is_exactly_what_saving_writes() -> None:
    fixture = ESSAY_FIXTURES / f"v{migrations.CURRENT_VERSION}.essay"
    text = fixture.read_text(encoding="utf-8")
    assert essay_to_json(essay_from_json(text, fixture)) == text


def test_older_files_run_through_registered_migrations(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []

    def rename_title(data: migrations.RawFile) -> migrations.RawFile:
        calls.append(data["version"])
        data["meta"]["title"] = "Migrated: " + data["meta"]["title"]
        return data

    monkeypatch.setattr(migrations, "CURRENT_VERSION", 5)
    monkeypatch.setitem(migrations.MIGRATIONS, 4, rename_title)
    essay = load_essay(ESSAY_FIXTURES / "v1.essay")
    assert calls == [4]  # after the real steps 1 -> 2 -> 3 -> 4
    assert essay.meta.title == "Migrated: Fire and Ice in Jane Eyre"
    assert migrations.migrate({"version": 5}, 5) == {"version": 5}  # current: no step runs
    assert calls == [4]


def test_a_missing_migration_step_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(migrations, "CURRENT_VERSION", 5)
    monkeypatch.setitem(migrations.MIGRATIONS, 2, lambda data: data)
    with pytest.raises(DocumentError, match="has format version 4, and this program has no way"):
        load_essay(ESSAY_FIXTURES / "v1.essay")


# -- JSON Schema -------------------------------------------------------------------


def test_committed_schema_matches_the_models() -> None:
    committed = (REPO / "docs" / "essay.schema.json").read_text(encoding="utf-8")
    assert committed == essay_json_schema_text(), (
        "docs/essay.schema.json is out of date; regenerate it with "
        "`.venv/bin/python scripts/write_schema.py`"
    )
    schema = json.loads(committed)
    assert list(schema["properties"]) == ["format", "version", "meta", "sources", "outline"]
    kinds = schema["$defs"]["NodeKind"]["enum"]
    assert kinds == [k.value for k in NodeKind]


def test_version_3_keeps_word_targets_language_and_the_essay_word_list() -> None:
    essay = load_essay(ESSAY_FIXTURES / "v3.essay")
    assert essay.meta.word_target == 1000
    assert essay.meta.language == "en-GB"
    assert essay.meta.words == ("Lowood",)
    assert essay.node("body-1").target == 250
    assert essay.node("body-2").target == 0
    older = load_essay(ESSAY_FIXTURES / "v2.essay")  # defaults for a version-2 file
    assert (older.meta.word_target, older.meta.language, older.meta.words) == (0, "en-US", ())


def test_a_negative_word_target_or_unknown_language_is_refused(tmp_path: Path) -> None:
    text = (ESSAY_FIXTURES / "v3.essay").read_text(encoding="utf-8")
    for bad in (text.replace('"word_target": 1000', '"word_target": -5'),
                text.replace('"language": "en-GB"', '"language": "klingon"')):
        path = tmp_path / "bad.essay"
        path.write_text(bad, encoding="utf-8")
        with pytest.raises(DocumentError):
            load_essay(path)
