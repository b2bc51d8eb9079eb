"""``wocdesk`` as a process: its objects are frozen out of the final garbage collections.

Run as the process (``main()`` without arguments), the command ends with ``gc.freeze()``, so
that the interpreter's last collections do not walk objects the exit frees anyway; called with
arguments (as tests and the window do), it leaves the collector alone.
"""

from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path

from wocdesk.cli.main import main

PROBE = (
    "import atexit, gc, sys\n"
    "atexit.register(lambda: print('frozen', gc.get_freeze_count() > 0))\n"
    "sys.argv = ['wocdesk', 'export', '--lang', 'en', '-o', sys.argv[1]]\n"
    "from wocdesk.cli.main import main\n"
    "raise SystemExit(main())\n"
)


def test_the_process_freezes_its_objects_before_exit(tmp_path: Path) -> None:
    out = tmp_path / "deck.pptx"
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(out)],
        capture_output=True,
        text=True,
        env={"WOCDESK_NO_CACHE": "1", "LANG": "en_US.UTF-8", "PATH": "/usr/bin:/bin"},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["frozen", "True"]
    assert out.stat().st_size > 10_000


def test_main_called_with_arguments_leaves_the_collector_alone(tmp_path: Path) -> None:
    before = gc.get_freeze_count()
    assert main(["export", "--lang", "en", "-o", str(tmp_path / "deck.pptx")]) == 0
    assert gc.get_freeze_count() == before
