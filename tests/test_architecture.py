"""The package layout is the architecture: dependencies point down, never up,
and never round in a circle.

Every module of ``outliner/`` is parsed with :mod:`ast`; its imports (at
module level and inside functions alike, but not those under
``if TYPE_CHECKING:``) are the edges of the module graph. The layers, lowest
first: the package root and assets, core, compose, io, ui, cli. A module may
import its own layer or a lower one; core and io never import Qt; and the
graph has no cycles. The checks are plain functions so that the synthetic
trees at the bottom can show each one fails on a planted mistake.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import REPO

PACKAGE = REPO / "outliner"

#: Lowest first. A module belongs to the layer of the longest prefix it has.
LAYERS: tuple[tuple[str, ...], ...] = (
    ("outliner", "outliner.assets"),
    ("outliner.core",),
    ("outliner.compose",),
    ("outliner.io",),
    ("outliner.ui",),
    ("outliner.cli", "outliner.__main__"),
)
#: Layers (by their first name) that must not import Qt.
NO_QT = ("outliner.core", "outliner.compose", "outliner.io")


def module_files(root: Path, package: str) -> dict[str, Path]:
    """Every module under ``root`` (the folder of ``package``) by dotted name;
    a package's ``__init__.py`` is the package itself."""
    modules: dict[str, Path] = {}
    for path in sorted(root.rglob("*.py")):
        parts = list(path.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        modules[".".join([package, *parts])] = path
    return modules


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _imports(tree: ast.AST) -> Iterator[ast.Import | ast.ImportFrom]:
    """The import statements anywhere in ``tree``, skipping the bodies of
    ``if TYPE_CHECKING:`` (their ``else:`` still counts)."""
    stack: list[ast.AST] = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            stack.extend(node.orelse)
            continue
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node
        stack.extend(ast.iter_child_nodes(node))


def imported_names(module: str, path: Path) -> set[str]:
    """The dotted names ``module`` imports (absolute, relative imports resolved;
    ``from a import b`` names ``a.b`` as well as ``a``: a module or a name,
    the caller keeps whichever is a module)."""
    is_package = path.name == "__init__.py"
    names: set[str] = set()
    for node in _imports(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
            continue
        base = node.module or ""
        if node.level:
            parts = module.split(".")
            keep = len(parts) - node.level + (1 if is_package else 0)
            base = ".".join(parts[:keep] + ([base] if base else []))
        names.add(base)
        names.update(f"{base}.{alias.name}" for alias in node.names)
    return names


def import_graph(root: Path, package: str) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """(edges between the package's own modules, every name each module imports)."""
    files = module_files(root, package)
    edges: dict[str, set[str]] = {}
    raw: dict[str, set[str]] = {}
    for module, path in files.items():
        raw[module] = imported_names(module, path)
        edges[module] = {name for name in raw[module] if name in files and name != module}
    return edges, raw


def layer_of(module: str) -> int:
    best, best_len = -1, -1
    for index, names in enumerate(LAYERS):
        for name in names:
            if (module == name or module.startswith(name + ".")) and len(name) > best_len:
                best, best_len = index, len(name)
    return best


def upward_imports(edges: dict[str, set[str]]) -> list[str]:
    """"a -> b" for each import of a higher layer."""
    return sorted(f"{a} -> {b}" for a, targets in edges.items() for b in targets
                  if layer_of(b) > layer_of(a))


def qt_imports(raw: dict[str, set[str]]) -> list[str]:
    return sorted(f"{module} -> {name}" for module, names in raw.items() for name in names
                  if name.split(".")[0] == "PySide6"
                  and any(module == p or module.startswith(p + ".") for p in NO_QT))


def find_cycle(edges: dict[str, set[str]]) -> list[str] | None:
    """One cycle as [a, b, ..., a], or None (iterative depth-first search)."""
    state: dict[str, int] = {}  # 1 on the current path, 2 done
    for start in sorted(edges):
        if state.get(start):
            continue
        path: list[str] = [start]
        todo: list[Iterator[str]] = [iter(sorted(edges[start]))]
        state[start] = 1
        while todo:
            nxt = next(todo[-1], None)
            if nxt is None:
                state[path.pop()] = 2
                todo.pop()
            elif state.get(nxt) == 1:
                return [*path[path.index(nxt):], nxt]
            elif not state.get(nxt):
                state[nxt] = 1
                path.append(nxt)
                todo.append(iter(sorted(edges.get(nxt, ()))))
    return None


# --- the real package -------------------------------------------------------

EDGES, RAW = import_graph(PACKAGE, "outliner")


def test_every_module_has_a_layer() -> None:
    assert [m for m in EDGES if layer_of(m) < 0] == []
    # the layout really was read: one module from each layer
    for names in LAYERS:
        assert any(layer_of(m) == LAYERS.index(names) for m in EDGES), names


def test_no_module_imports_a_higher_layer() -> None:
    assert upward_imports(EDGES) == []


def test_core_compose_and_io_do_not_import_qt() -> None:
    assert qt_imports(RAW) == []


def test_the_module_graph_has_no_cycles() -> None:
    cycle = find_cycle(EDGES)
    assert cycle is None, "import cycle: " + " -> ".join(cycle or [])


def test_every_package_folder_has_an_init() -> None:
    """setup.py lists packages with find_packages: a folder without
    ``__init__.py`` would be left out of the wheel."""
    missing = [str(d.relative_to(REPO)) for d in PACKAGE.rglob("*")
               if d.is_dir() and d.name != "__pycache__" and any(d.glob("*.py"))
               and not (d / "__init__.py").exists()]
    assert missing == []


# --- the checks themselves, on planted mistakes ----------------------------

def _tree(tmp_path: Path, files: dict[str, str]) -> tuple[dict[str, set[str]],
                                                          dict[str, set[str]]]:
    root = tmp_path / "outliner"
    for name, text in {"__init__.py": "", **files}.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        for parent in path.relative_to(root).parents:
            (root / parent / "__init__.py").touch()
        path.write_text(text, encoding="utf-8")
    return import_graph(root, "outliner")


def test_a_planted_upward_import_is_found(tmp_path: Path) -> None:
    edges, _ = _tree(tmp_path, {
        "core/model.py": "def f():\n    from outliner.ui.window import W\n",
        "ui/window.py": "from outliner.core import model\n",
    })
    assert upward_imports(edges) == ["outliner.core.model -> outliner.ui.window"]


def test_relative_and_package_imports_resolve(tmp_path: Path) -> None:
    edges, _ = _tree(tmp_path, {
        "io/a.py": "from . import b\nfrom .b import thing\n",
        "io/b.py": "thing = 1\n",
        "io/__init__.py": "from .a import *\n",
    })
    assert edges["outliner.io.a"] == {"outliner.io", "outliner.io.b"}
    assert edges["outliner.io"] == {"outliner.io.a"}


def test_type_checking_imports_are_skipped(tmp_path: Path) -> None:
    edges, raw = _tree(tmp_path, {
        "core/model.py": ("from typing import TYPE_CHECKING\n"
                          "if TYPE_CHECKING:\n    from outliner.ui.window import W\n"
                          "    from PySide6.QtCore import QObject\n"),
        "ui/window.py": "",
    })
    assert upward_imports(edges) == []
    assert qt_imports(raw) == []


def test_qt_in_io_is_found(tmp_path: Path) -> None:
    _, raw = _tree(tmp_path, {"io/reader.py": "def f():\n    import PySide6.QtCore\n"})
    assert qt_imports(raw) == ["outliner.io.reader -> PySide6.QtCore"]


@pytest.mark.parametrize("inside_function", [False, True])
def test_a_planted_cycle_is_reported(tmp_path: Path, inside_function: bool) -> None:
    late = "def f():\n    from outliner.ui import a\n" if inside_function else (
        "from outliner.ui import a\n")
    edges, _ = _tree(tmp_path, {
        "ui/a.py": "import outliner.ui.b\n",
        "ui/b.py": "from outliner.ui.c import x\n",
        "ui/c.py": late + "x = 1\n",
    })
    assert upward_imports(edges) == []
    assert find_cycle(edges) == ["outliner.ui.a", "outliner.ui.b", "outliner.ui.c",
                                 "outliner.ui.a"]
