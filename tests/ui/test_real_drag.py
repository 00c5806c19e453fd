"""Real drags with a real pointer: Xvfb, xcb and xdotool.

Calling dropMimeData in a test exercises only half of a drag; the other half
(how the view ends a move) only runs when Qt itself runs the drag. Each case
runs this module as a script in a subprocess on a private X server, so the
rest of the test session stays offscreen. The script shows an OutlineView of
a 16-node essay, drives the mouse from a thread with xdotool while the Qt
event loop runs, then writes the tree before, after the drop and after one
undo as JSON.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.xvfb import missing_tools, xvfb_display

REPO = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.xvfb

#: name: (nodes selected before the drag, node pressed, target node, where on
#: the target: "above" = a pixel or two below its top edge, "on" = its middle)
SCENARIOS: dict[str, tuple[list[str], str, str, str]] = {
    "body_up_between": (["b3"], "b3", "b1", "above"),
    "quote_down_across_parents": (["q1"], "q1", "n3", "above"),
    "note_onto_body": (["n5"], "n5", "b1", "on"),
    "two_notes_up": (["n3", "n4"], "n3", "q1", "above"),
    "body_onto_quote": (["b2"], "b2", "q3", "on"),
}

#: What each scenario must leave: parent id ("" = top level) -> its children.
EXPECTED: dict[str, dict[str, list[str]]] = {
    "body_up_between": {"": ["intro", "b3", "b1", "b2", "concl"],
                        "b3": ["q3", "n5"]},
    "quote_down_across_parents": {"b1": ["n1", "n2"], "b2": ["q2", "q1", "n3", "n4"]},
    "note_onto_body": {"b1": ["q1", "n1", "n2", "n5"], "b3": ["q3"]},
    "two_notes_up": {"b1": ["n3", "n4", "q1", "n1", "n2"], "b2": ["q2"]},
    "body_onto_quote": {},  # refused: nothing changes
}


# -- the test side ---------------------------------------------------------------


@pytest.fixture(scope="module")
def display() -> Iterator[str]:
    reason = missing_tools()
    if reason:
        pytest.skip(f"real drags need an X server and xdotool: {reason}")
    with xvfb_display() as name:
        yield name


def run_scenario(display: str, name: str, tmp_path: Path) -> dict[str, object]:
    out = tmp_path / f"{name}.json"
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb")
    env.pop("WAYLAND_DISPLAY", None)
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.test_real_drag", name, str(out)],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=120, check=False,
    )
    assert done.returncode == 0, f"drag script failed:\n{done.stdout}\n{done.stderr}"
    result: dict[str, object] = json.loads(out.read_text())
    return result


def children_map(tree: list[list[object]]) -> dict[str, list[str]]:
    """parent id -> child ids, from the dumped rows (depth, id, parent, ...)."""
    result: dict[str, list[str]] = {}
    for row in tree:
        result.setdefault(str(row[2]), []).append(str(row[1]))
    return result


@pytest.mark.parametrize("name", list(SCENARIOS))
def test_real_drag_moves_the_node_and_loses_nothing(
    display: str, name: str, tmp_path: Path
) -> None:
    result = run_scenario(display, name, tmp_path)
    before, after, undone = result["before"], result["after"], result["undone"]
    assert isinstance(before, list) and isinstance(after, list) and isinstance(undone, list)
    # The pitfall: a view ending the move itself deleted other rows (12 became 9).
    assert result["count_before"] == result["count_after"] == 16
    assert result["model_rows_after"] == 16
    assert result["undo_error"] == ""
    assert result["indicator_during"] and not result["indicator_after"]
    assert sorted(r[1] for r in after) == sorted(r[1] for r in before)
    moved = children_map(after)
    expected = EXPECTED[name]
    if expected:
        for parent, kids in expected.items():
            assert moved[parent] == kids, (parent, moved)
        assert result["steps"] == 1  # one drop, one undo step
        assert result["selected"] == SCENARIOS[name][0]  # the dragged nodes stay selected
        assert undone == before  # one undo restores the original exactly
    else:
        assert after == before
        assert result["steps"] == 0


# -- the script side (runs under xcb in the subprocess) -------------------------


def _drive(script: list[str]) -> None:
    subprocess.run(["xdotool", *script], check=True)


def main(name: str, out: Path) -> None:
    """Show the view, drag with the real pointer, dump the trees."""
    from PySide6.QtCore import QEventLoop, QModelIndex, QPoint, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from outliner.core.essay import Essay
    from outliner.ui.document import Document
    from outliner.ui.outline.view import OutlineView
    from tests.ui.test_outline_model import big_essay

    app = QApplication([])

    def dump(essay: Essay) -> list[list[object]]:
        return [[n.depth(), n.id, n.parent.id if n.parent else "", n.kind.value,
                 n.text, n.cite, n.prose] for n in essay.walk()]

    document = Document(big_essay())
    view = OutlineView(document)
    view.setWindowTitle("drag test")
    view.resize(560, 700)
    view.move(30, 30)
    view.show()
    QTest.qWaitForWindowExposed(view)
    QTest.qWait(200)

    selected, pressed, target, where = SCENARIOS[name]
    essay = document.essay
    model = view.outline_model
    view.select_nodes([essay.node(i) for i in selected])
    source_rect = view.visualRect(model.index_for_node(essay.node(pressed)))
    target_rect = view.visualRect(model.index_for_node(essay.node(target)))
    start = view.viewport().mapToGlobal(QPoint(source_rect.left() + 30, source_rect.center().y()))
    y = target_rect.top() + 2 if where == "above" else target_rect.center().y()
    end = view.viewport().mapToGlobal(QPoint(target_rect.left() + 30, y))
    before = dump(essay)

    script = ["mousemove", str(start.x()), str(start.y()), "sleep", "0.3",
              "mousedown", "1", "sleep", "0.2"]
    steps = 12
    for i in range(1, steps + 1):
        x = start.x() + (end.x() - start.x()) * i // steps
        yy = start.y() + (end.y() - start.y()) * i // steps
        script += ["mousemove", str(x), str(yy), "sleep", "0.06"]
    # Settle on the target so the view computes the drop position there.
    script += ["mousemove", str(end.x()), str(end.y() + 1), "sleep", "0.2",
               "mousemove", str(end.x()), str(end.y()), "sleep", "0.3", "mouseup", "1"]
    driver = threading.Thread(target=_drive, args=(script,), daemon=True)

    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(50)
    # The view draws the drop indicator with a style of its own, on only
    # while something is dragged over it.
    indicator_seen: list[bool] = []

    def check() -> None:
        indicator_seen.append(view.style() is view._indicator_style)
        if not driver.is_alive():
            loop.quit()

    poll.timeout.connect(check)
    driver.start()
    poll.start()
    loop.exec()
    poll.stop()
    QTest.qWait(300)  # let the drop's queued work finish

    def model_rows(parent: QModelIndex) -> int:
        return sum(1 + model_rows(model.index(r, 0, parent)) for r in range(model.rowCount(parent)))

    result = {
        "before": before,
        "after": dump(essay),
        "count_before": len(before),
        "count_after": len(essay),
        "model_rows_after": model_rows(QModelIndex()),
        "steps": document.undo_stack.count(),
        "selected": [n.id for n in view.selected_nodes()],
        "indicator_during": any(indicator_seen),
        "indicator_after": view.style() is view._indicator_style,
    }
    try:
        if document.undo_stack.count():
            document.undo_stack.undo()
        result["undo_error"] = ""
    except Exception as exc:  # reported to the test, which says what went wrong
        result["undo_error"] = str(exc)
    result["undone"] = dump(essay)
    out.write_text(json.dumps(result))
    view.close()
    app.processEvents()


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]))
