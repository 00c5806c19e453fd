"""`outliner draft` run as a real command in a subprocess."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from outliner.core.essay import Essay, Node, NodeKind

K = NodeKind
Q1 = "“Is it the case, then, that deferrals don’t exist? There’s nothing you can do?” (258)."
Q2 = "“There’s no truth in the rumour. I’m sorry. I truly am” (258)."


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "outliner", "draft", *map(str, args)],
        capture_output=True, text=True, timeout=120, check=False,
    )


def load(path: Path) -> Essay:
    from outliner.io.essay.file import load_essay

    return load_essay(path)


def save(essay: Essay, path: Path) -> None:
    from outliner.io.essay.file import save_essay

    save_essay(essay, path)


def second_body(essay: Essay) -> Node:
    return [n for n in essay.walk() if n.kind is K.BODY][1]


def test_draft_the_users_draft(user_draft: Path, tmp_path: Path) -> None:
    out = tmp_path / "essay.essay"
    result = run(user_draft, "-o", out)
    assert result.returncode == 0, result.stderr
    body = second_body(load(out))
    assert body.prose.startswith("Clones ask for the deferral but discover it’s just a rumor.")
    assert Q1 in body.prose and Q2 in body.prose
    assert "togethers" in body.prose
    assert Q1 in result.stdout  # it prints what it wrote
    assert "already has prose; leaving it." in result.stdout  # the prose paragraphs
    assert f"Saved {out}." in result.stdout
    # The notes stay under the paragraph, so it can be redrafted.
    assert any(c.kind is K.NOTE for c in body.children)


def test_existing_prose_is_never_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "e.essay"
    save(Essay(outline=[
        Node(K.BODY, "first claim", prose="My own words.", id="b1",
             children=[Node(K.NOTE, "a note")]),
        Node(K.BODY, "second claim", id="b2", children=[Node(K.NOTE, "another note")]),
    ]), path)
    result = run(path, "--paragraph", "1")
    assert result.returncode == 0, result.stderr
    assert "Body paragraph 1 already has prose; leaving it." in result.stdout
    essay = load(path)
    assert essay.node("b1").prose == "My own words."
    assert essay.node("b2").prose == ""
    result = run(path, "--paragraph", "2")
    assert result.returncode == 0, result.stderr
    assert load(path).node("b2").prose.startswith("Second claim.")
    assert load(path).node("b1").prose == "My own words."


def test_out_of_range_paragraph_is_a_usage_error(tmp_path: Path) -> None:
    path = tmp_path / "e.essay"
    save(Essay(outline=[Node(K.BODY, "claim", id="b")]), path)
    before = path.read_bytes()
    result = run(path, "--paragraph", "5")
    assert result.returncode == 2
    assert "no paragraph 5; this essay has 1 paragraph" in result.stderr
    assert "Traceback" not in result.stderr
    assert path.read_bytes() == before


def test_a_text_draft_needs_an_essay_output(tmp_path: Path) -> None:
    draft = tmp_path / "d.txt"
    draft.write_text("Body: a claim\n- a note\n", encoding="utf-8")
    result = run(draft)
    assert result.returncode == 2
    assert ".essay" in result.stderr
    assert draft.read_text(encoding="utf-8") == "Body: a claim\n- a note\n"
