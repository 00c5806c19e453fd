"""What an export does not load: the drafter (unless it drafts), the archive
reader (unless a template is read), uuid and socket (ids and the host name
come from os). Each cost milliseconds of every command."""

from __future__ import annotations

import re
import socket
import subprocess
import sys
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from outliner.core.essay import new_id
from outliner.core.sources import new_source_id
from outliner.core.text import count_words
from outliner.io.essay.file import save_essay
from outliner.io.essay.lock_info import host_name
from tests.support.helpers import small_essay

CHILD = """
import sys
from outliner.cli import main
status = main(sys.argv[1:])
wanted = ["outliner.compose.drafting", "outliner.io.archive", "uuid", "socket"]
print("loaded:", status, *(name for name in wanted if name in sys.modules))
"""


def _export(*args: str) -> list[str]:
    done = subprocess.run([sys.executable, "-c", CHILD, "export", *args], capture_output=True,
                          text=True, timeout=120, check=True)
    return done.stdout.split("loaded:")[1].split()


def test_an_export_loads_only_what_it_uses(tmp_path: Path) -> None:
    source = tmp_path / "e.essay"
    save_essay(small_essay(), source)
    assert _export(str(source), "-o", str(tmp_path / "e.docx")) == ["0"]
    drafted = _export(str(source), "-o", str(tmp_path / "d.docx"), "--unwritten", "draft")
    assert drafted == ["0", "outliner.compose.drafting"]


def test_the_host_name_is_the_one_socket_gives() -> None:
    assert host_name() == socket.gethostname()


def test_ids_are_short_random_hex() -> None:
    ids = {new_id() for _ in range(2000)}
    assert len(ids) == 2000
    assert all(re.fullmatch(r"[0-9a-f]{12}", i) for i in ids)
    sources = {new_source_id() for _ in range(500)}
    assert len(sources) == 500
    assert all(re.fullmatch(r"src-[0-9a-f]{8}", s) for s in sources)


@given(st.text(max_size=200))
def test_words_are_at_least_a_character_apart(text: str) -> None:
    # what lets the manuscript skip counting a short quotation's words
    assert count_words(text) <= (len(text) + 1) // 2
