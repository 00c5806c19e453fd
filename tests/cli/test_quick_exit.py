"""The ``outliner`` command leaves at once after a command, without tearing
the interpreter down, and loses nothing by it: every line of output, the
exit status, the exit handlers, a thread still at work; the window's exit is
the ordinary one."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from outliner.cli import main
from outliner.core.essay import Node, NodeKind
from outliner.io.essay.file import save_essay
from tests.support.helpers import small_essay

#: Buffered output, as a person's shell gives it (this environment may set
#: PYTHONUNBUFFERED, under which the final flush would never matter).
BUFFERED = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}


def _child(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          env=BUFFERED,
                          encoding="utf-8", timeout=120)


def _long_essay(folder: Path) -> Path:
    essay = small_essay()
    paragraph = essay.node("b1")
    for number in range(400):  # more output than one pipe buffer holds
        note = Node(NodeKind.NOTE, f"note number {number} " + "word " * 30)
        note.parent = paragraph
        paragraph.children.append(note)
    path = folder / "long.essay"
    save_essay(essay, path)
    return path


def test_every_line_a_command_prints_reaches_a_pipe(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _long_essay(tmp_path)
    done = subprocess.run([sys.executable, "-m", "outliner", "show", str(path)], env=BUFFERED,
                          capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert done.returncode == 0, done.stderr
    assert main(["show", str(path)]) == 0
    expected = capsys.readouterr().out
    assert len(expected) > 65536
    assert done.stdout == expected


def test_each_exit_status_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "e.essay"
    save_essay(small_essay(), path)
    run = [sys.executable, "-m", "outliner"]
    statuses = {
        "ok": subprocess.run([*run, "stats", str(path)], capture_output=True, timeout=120),
        "bad file": subprocess.run([*run, "show", str(tmp_path / "none.essay")],
                                   capture_output=True, timeout=120),
        "usage": subprocess.run([*run, "export", str(path)], capture_output=True, timeout=120),
    }
    assert {name: done.returncode for name, done in statuses.items()} == {
        "ok": 0, "bad file": 1, "usage": 2}
    assert b"none.essay" in statuses["bad file"].stderr


#: Each sets ``marker`` (argv[1]) to a word in its own way, then runs
#: ``outliner stats`` on argv[2].
BEFORE_STATS = {
    "ran": "atexit.register(lambda: marker.write_text('ran', encoding='utf-8'))",
    "done": ("threading.Thread(target=lambda: (time.sleep(0.5),"
             " marker.write_text('done', encoding='utf-8'))).start()"),
}
STATS_AFTER = """
import atexit, sys, threading, time
from pathlib import Path
from outliner.cli import console_main
marker = Path(sys.argv[1])
{setup}
sys.argv = ["outliner", "stats", sys.argv[2]]
console_main()
"""


@pytest.mark.parametrize("word", list(BEFORE_STATS))
def test_exit_handlers_run_and_a_thread_at_work_is_waited_for(tmp_path: Path, word: str) -> None:
    path = tmp_path / "e.essay"
    save_essay(small_essay(), path)
    marker = tmp_path / "marker"
    done = _child(STATS_AFTER.format(setup=BEFORE_STATS[word]), str(marker), str(path))
    assert done.returncode == 0, done.stderr
    assert marker.read_text(encoding="utf-8") == word
    assert "words" in done.stdout.lower()


TEARDOWN = """
import sys
from outliner.cli import console_main
class Witness:
    def __del__(self):
        print("torn down")
witness = Witness()  # freed when the interpreter tears the modules down
sys.argv = ["outliner", *sys.argv[1:]]
console_main()
"""


def test_a_command_skips_the_teardown_and_no_command_keeps_it(tmp_path: Path) -> None:
    path = tmp_path / "e.essay"
    save_essay(small_essay(), path)
    command = _child(TEARDOWN, "stats", str(path))
    assert command.returncode == 0, command.stderr
    assert "torn down" not in command.stdout
    version = _child(TEARDOWN, "--version")  # the top parser, as the window's way out
    assert version.returncode == 0, version.stderr
    assert "torn down" in version.stdout


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full on this system")
def test_output_that_cannot_be_written_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "e.essay"
    save_essay(small_essay(), path)
    with open("/dev/full", "w", encoding="utf-8") as full:
        done = subprocess.run([sys.executable, "-m", "outliner", "show", str(path)],
                              stdout=full, stderr=subprocess.PIPE, text=True, env=BUFFERED,
                              timeout=120)
    assert done.returncode == 120
    assert done.stderr.startswith("outliner: error: the output could not be written")
    assert "Traceback" not in done.stderr


NO_STREAMS = """
import sys
from outliner.cli import console_main
sys.argv = ["outliner", "stats", sys.argv[1]]
sys.stdout = sys.stderr = None  # a windowed build has no console streams
console_main()
"""


def test_a_windowed_build_without_streams_keeps_the_status(tmp_path: Path) -> None:
    path = tmp_path / "e.essay"
    save_essay(small_essay(), path)
    assert _child(NO_STREAMS, str(path)).returncode == 0
