"""The shape of the package where import-linter's contracts (pyproject.toml) cannot say it.

The layers, who may import Qt, python-pptx and the command line, and the absence of package
cycles in the window are contracts, checked by ``lint-imports``. Here: that no module of the
window takes part in an import cycle (imports inside functions count), the size rules, and what
the commands import at run time.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import grimp
import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "wocdesk"
UI = PACKAGE / "ui"
MAX_MODULE_LINES = 400
MAX_FOLDER_MODULES = 15


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _cycles(graph: grimp.ImportGraph, modules: set[str]) -> list[list[str]]:
    """The strongly connected groups (Tarjan) of more than one module, or importing itself."""
    edges = {m: sorted(graph.find_modules_directly_imported_by(m) & modules) for m in modules}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for target in edges[module]:
            if target not in index:
                visit(target)
                low[module] = min(low[module], low[target])
            elif target in on_stack:
                low[module] = min(low[module], index[target])
        if low[module] == index[module]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == module:
                    break
            if len(group) > 1 or module in edges[module]:
                found.append(sorted(group))

    for module in sorted(modules):
        if module not in index:
            visit(module)
    return found


def test_no_import_cycles_in_the_window() -> None:
    graph = grimp.build_graph("wocdesk", exclude_type_checking_imports=True, cache_dir=None)
    ui = {m for m in graph.modules if m == "wocdesk.ui" or m.startswith("wocdesk.ui.")}
    assert "wocdesk.ui.reader.main_window" in ui
    assert _cycles(graph, ui) == []


def test_the_cycle_finder_sees_imports_inside_functions() -> None:
    graph = grimp.ImportGraph()
    for name in ("a", "a.one", "a.two", "a.three"):
        graph.add_module(name)
    graph.add_import(importer="a.one", imported="a.two", line_number=3, line_contents="import")
    graph.add_import(importer="a.two", imported="a.one", line_number=9, line_contents="import")
    graph.add_import(importer="a.three", imported="a.one", line_number=1, line_contents="import")
    assert _cycles(graph, {"a.one", "a.two", "a.three"}) == [["a.one", "a.two"]]


def test_modules_are_small_and_folders_few() -> None:
    long = {
        str(path.relative_to(PACKAGE)): lines
        for path in PACKAGE.rglob("*.py")
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES
    }
    assert not long, f"modules over {MAX_MODULE_LINES} lines: {long}"
    crowded = {
        str(folder.relative_to(PACKAGE)): count
        for folder in [PACKAGE, *(p for p in PACKAGE.rglob("*") if p.is_dir())]
        if folder.name != "__pycache__"
        if (count := len(list(folder.glob("*.py")))) > MAX_FOLDER_MODULES
    }
    assert not crowded, f"folders over {MAX_FOLDER_MODULES} modules: {crowded}"


@pytest.mark.parametrize(
    "args",
    [["text", "--lang", "en"], ["--version"], ["import", "--help"]],
)
def test_commands_other_than_the_window_load_no_qt(args: list[str]) -> None:
    code = (
        "import sys\n"
        "from wocdesk.cli.main import main\n"
        "try:\n"
        f"    main({args!r})\n"
        "except SystemExit:\n"
        "    pass\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "sys.stderr.write(repr(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stderr.strip().endswith("[]"), result.stderr[-300:]
