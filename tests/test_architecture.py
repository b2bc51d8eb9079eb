"""The layering rule: only ``wocdesk.ui`` imports Qt; commands other than the window load none."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "wocdesk"
QT_MODULES = ("PySide6", "shiboken6")
# Only these modules of wocdesk/deck draw with python-pptx; the plan itself is plain data.
PPTX_WRITERS = {
    "pptx_writer.py",
    "pptx_text.py",
    "pptx_template.py",
    "pptx_check.py",
    "pptx_figures.py",
    "pptx_package.py",
    "preload.py",
}


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_no_qt_import_outside_ui() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if "ui" in path.relative_to(PACKAGE).parts:
            continue
        if any(name.split(".")[0] in QT_MODULES for name in _imports(path)):
            offenders.append(str(path.relative_to(PACKAGE)))
    assert not offenders, f"Qt imported outside wocdesk/ui: {offenders}"


def test_only_the_writers_import_python_pptx() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if path.name in PPTX_WRITERS and path.parent.name == "deck":
            continue
        if any(name.split(".")[0] in ("pptx", "lxml") for name in _imports(path)):
            offenders.append(str(path.relative_to(PACKAGE)))
    assert not offenders, f"python-pptx imported outside the deck writers: {offenders}"


def test_model_imports_no_qt_and_no_pptx() -> None:
    for path in (PACKAGE / "model").rglob("*.py"):
        roots = {name.split(".")[0] for name in _imports(path)}
        assert not roots & {"PySide6", "pptx", "babel"}, path


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
