""".essay files with absurd numbers and structures are refused with one short
DocumentError naming the file: versions thousands of digits long, huge
integers, floats and NaN where whole numbers belong, JSON nested 100,000
deep, megabyte-long keys and ids, and lists of millions of bad items."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from outliner.cli import main
from outliner.io.errors import DocumentError
from outliner.io.essay.file import load_essay

HEAD = '{"format": "essay-outliner", "version": 1'


def refusal(tmp_path: Path, text: str) -> str:
    """The message load_essay gives for a file holding ``text``; checks it
    names the file, is one line and is short whatever the input's size."""
    path = tmp_path / "bad.essay"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DocumentError) as info:
        load_essay(path)
    message = str(info.value)
    assert message.startswith(f"{path}: ")
    assert "\n" not in message and len(message) < len(str(path)) + 250
    return message[len(str(path)) + 2:]


@pytest.mark.parametrize("digits", [5_000, 4_000, 101])
def test_a_version_thousands_of_digits_long(tmp_path: Path, digits: int) -> None:
    """5,000 digits used to raise a raw ValueError (Python converts at most
    4,300); 4,000 digits gave a message 4,000 characters long."""
    problem = refusal(tmp_path, f'{{"format": "essay-outliner", "version": {"9" * digits}}}')
    assert problem == (f"has an impossible format version (a number {digits} digits long); "
                       "this program reads format version 1 to 4")


def test_a_large_but_convertible_version(tmp_path: Path) -> None:
    problem = refusal(tmp_path, '{"format": "essay-outliner", "version": 12345678901234}')
    assert problem.startswith("has an impossible format version (12345678901234)")


@pytest.mark.parametrize(("literal", "shown"), [
    ("1.0", "1.0"), ("1e400", "inf"), ("NaN", "nan"), ("-Infinity", "-inf"), ("2.5", "2.5"),
])
def test_floats_and_nan_as_version(tmp_path: Path, literal: str, shown: str) -> None:
    problem = refusal(tmp_path, f'{{"format": "essay-outliner", "version": {literal}}}')
    assert problem == f"has a format version that is not a whole number: {shown}"


@pytest.mark.parametrize(("field", "expected"), [
    ('"outline": [{"id": "a", "kind": "body", "text": NUMBER}]',
     "outline[0].text: must be text, not a number 5000 digits long"),
    ('"outline": [{"id": "a", "kind": "body", "children": NUMBER}]',
     "outline[0].children: must be a list, not a number 5000 digits long"),
    ('"meta": {"style": NUMBER}',
     "meta.style: a number 5000 digits long is not one of mla, apa or chicago"),
    ('"sources": [{"text": NUMBER}]',
     "sources[0].text: must be text, not a number 5000 digits long"),
])
def test_a_huge_integer_anywhere_is_placed(tmp_path: Path, field: str, expected: str) -> None:
    number = "7" * 5_000
    assert refusal(tmp_path, f"{HEAD}, {field.replace('NUMBER', number)}}}") == expected


def test_nan_and_floats_where_text_belongs(tmp_path: Path) -> None:
    assert refusal(tmp_path, f'{HEAD}, "sources": [{{"text": NaN}}]}}') == (
        "sources[0].text: must be text, not nan")
    assert refusal(tmp_path, f'{HEAD}, "meta": {{"title": 1e999}}}}') == (
        "meta.title: must be text, not inf")


@pytest.mark.parametrize("where", ["top", "meta", "kind", "children"])
def test_json_nested_100000_deep(tmp_path: Path, where: str) -> None:
    deep = "[" * 100_000 + "]" * 100_000
    text = {
        "top": deep,
        "meta": f'{HEAD}, "meta": {deep}}}',
        "kind": f'{HEAD}, "outline": [{{"id": "a", "kind": {deep}}}]}}',
        "children": f'{HEAD}, "outline": [{{"id": "a", "kind": "body", "children": {deep}}}]}}',
    }[where]
    assert refusal(tmp_path, text) == "is nested too deeply to be an essay file"


def test_megabyte_long_keys_and_ids_give_short_messages(tmp_path: Path) -> None:
    """The duplicate key, the duplicate id and an unknown key used to be
    quoted whole: a message five million characters long."""
    long = "k" * 5_000_000
    problem = refusal(tmp_path, f'{HEAD}, "{long}": 1, "{long}": 2}}')
    assert problem.startswith("is not a valid essay file: the key 'kkk")
    assert problem.endswith("… appears twice in one object")
    problem = refusal(tmp_path, f'{HEAD}, "{long}": 1}}')
    assert problem.endswith("…: is not a field this version knows")
    node = {"id": long, "kind": "body"}
    problem = refusal(tmp_path, json.dumps({"format": "essay-outliner", "version": 1,
                                            "outline": [node, node]}))
    assert problem.startswith("outline[1]: the id 'kkk")
    assert problem.endswith("… is already used at outline[0]; ids must be unique")
    node = {"id": long, "kind": "quote"}
    problem = refusal(tmp_path, json.dumps({"format": "essay-outliner", "version": 1,
                                            "outline": [node]}))
    assert "breaks the outline rules" in problem


def test_a_list_of_many_bad_items_stops_at_the_first(tmp_path: Path) -> None:
    """Collecting one error per item made two million bad items take a
    minute and gigabytes; the message names the first one only."""
    items = ",".join(["1"] * 200_000)
    assert refusal(tmp_path, f'{HEAD}, "outline": [{items}]}}') == (
        "outline[0]: must be an object, not 1")


def test_the_cli_says_it_in_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "v.essay"
    path.write_text(f'{{"format": "essay-outliner", "version": {"9" * 5000}}}')
    assert main(["show", str(path)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and str(path) in err[0] and "impossible format version" in err[0]
