"""``wocdesk`` as a process: no cyclic garbage collection where it only costs time.

Run as the process (``main()`` without arguments), every command ends with ``gc.freeze()``, so
that the interpreter's last collections do not walk objects the exit frees anyway, and
``export`` runs without the cyclic collector (it frees nothing there: the same peak memory);
called with arguments (as tests and the window's code do), ``main`` leaves the collector alone.
"""

from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path

from wocdesk.cli.main import main

PROBE = (
    "import atexit, gc, sys\n"
    "atexit.register(lambda: print('frozen', gc.get_freeze_count() > 0, gc.isenabled()))\n"
    "sys.argv = ['wocdesk', *sys.argv[1:]]\n"
    "from wocdesk.cli.main import main\n"
    "raise SystemExit(main())\n"
)


def _probe(*arguments: str) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-c", PROBE, *arguments],
        capture_output=True,
        text=True,
        env={"LANG": "en_US.UTF-8", "PATH": "/usr/bin:/bin"},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.split()[-3:]


def test_an_export_runs_without_the_cycle_collector_and_freezes_before_exit(
    tmp_path: Path,
) -> None:
    out = tmp_path / "deck.pptx"
    assert _probe("export", "--lang", "en", "-o", str(out)) == ["frozen", "True", "False"]
    assert out.stat().st_size > 10_000


def test_other_commands_keep_the_collector_and_freeze_before_exit() -> None:
    assert _probe("--version") == ["frozen", "True", "True"]


def test_main_called_with_arguments_leaves_the_collector_alone(tmp_path: Path) -> None:
    before = gc.get_freeze_count()
    assert main(["export", "--lang", "en", "-o", str(tmp_path / "deck.pptx")]) == 0
    assert gc.get_freeze_count() == before
    assert gc.isenabled()
