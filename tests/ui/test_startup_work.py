"""What the window leaves until it is needed: no command's module, no key point machinery.

Run as ``wocdesk --screenshot`` runs (a fresh process, the after-show work done before the
grab): an article without stored key points loads nothing of the key points' modules (nor
difflib, which only words errors); one with stored points loads them and shows them. The
start-up runs without Python's cyclic garbage collector, which is back once the window runs.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WATCHED = (
    "difflib",
    "tomli_w",
    "wocdesk.briefing.keypoints",
    "wocdesk.briefing.did_you_mean",
    "wocdesk.briefing.sentences",
    "wocdesk.briefing.toml_text",
    "wocdesk.cli.commands.",
)
PROBE = """
import sys
from wocdesk.cli.main import main
code = main(["--ui-lang", "en", "--screenshot", sys.argv[1]])
watched = {watched!r}
print(code, sorted(m for m in sys.modules if m.startswith(watched)))
"""


def screenshot_loads(tmp_path: Path, data: Path) -> tuple[str, list[str]]:
    """The exit code and the watched modules loaded by ``wocdesk --screenshot``."""
    result = subprocess.run(
        [sys.executable, "-c", PROBE.format(watched=WATCHED), str(tmp_path / "w.png")],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT), "XDG_DATA_HOME": str(data)},
        timeout=120,
        check=False,
    )
    code, _, loaded = result.stdout.strip().partition(" ")
    assert loaded, result.stderr[-800:]
    return code, eval(loaded)


def test_no_stored_points_no_key_point_modules(tmp_path: Path) -> None:
    code, loaded = screenshot_loads(tmp_path, tmp_path / "data")
    assert (code, loaded) == ("0", ["wocdesk.cli.commands.window_command"])


def test_stored_points_load_what_shows_them(
    tmp_path: Path, article, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from wocdesk.briefing.keypoints import mark_sentence
    from wocdesk.briefing.store import store_for

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    store_for(article).add(mark_sentence(article, "p-keys", "en", 0))
    code, loaded = screenshot_loads(tmp_path, tmp_path / "data")
    assert code == "0"
    assert {"wocdesk.briefing.keypoints", "wocdesk.briefing.sentences"} <= set(loaded)
    assert "difflib" not in loaded  # the points are fine: no message to word


def test_with_a_library_the_article_comes_from_it_without_the_file_readers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from wocdesk.library.store import Library

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    Library.open().close()  # a library as a second start finds it, the bundled article in it
    watched = ("wocdesk.content.article_file.loader", "wocdesk.library.sources", "tomllib")
    probe = PROBE.replace("watched = {watched!r}", f"watched = {watched!r}")
    result = subprocess.run(
        [sys.executable, "-c", probe, str(tmp_path / "w.png")],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT), "XDG_DATA_HOME": str(tmp_path / "data")},
        timeout=120,
        check=False,
    )
    assert result.stdout.split(" ", 1) == ["0", "[]\n"], result.stderr[-800:]


RUNNING = """
import gc, sys
from PySide6.QtWidgets import QApplication
def exec_(app):
    print(gc.isenabled(), gc.get_freeze_count() > 0)
    return 0
QApplication.exec = exec_  # the window's loop: say how the collector is, and end at once
from wocdesk.cli.main import main
sys.argv = ["wocdesk", "--ui-lang", "en"]
code = main()
print(code, gc.isenabled())
"""


def test_the_window_starts_without_the_garbage_collector_and_runs_with_it(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", RUNNING],
        capture_output=True,
        text=True,
        env={
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "XDG_DATA_HOME": str(tmp_path / "data"),
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
            "QT_QPA_PLATFORM": "offscreen",
        },
        timeout=120,
        check=False,
    )
    assert result.stdout.split() == ["True", "True", "0", "True"], result.stderr[-800:]


def test_collection_resumes_only_where_the_start_up_stopped_it() -> None:
    import gc

    from wocdesk.ui.app.startup import collect_garbage_from_now

    frozen = gc.get_freeze_count()
    collect_garbage_from_now()  # on already (a test's window): nothing frozen, nothing changed
    assert gc.isenabled() and gc.get_freeze_count() == frozen
    gc.disable()
    try:
        collect_garbage_from_now()
        assert gc.isenabled() and gc.get_freeze_count() > frozen
    finally:
        gc.enable()
        gc.unfreeze()
