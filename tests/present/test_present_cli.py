"""``wocdesk present``: the screenshot of one slide, and slide numbers outside the deck."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.present.sample_deck import make_deck
from wocdesk.cli.main import main

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def fake_plan(monkeypatch):
    from wocdesk.cli.commands import present_command

    monkeypatch.setattr(
        present_command, "plan", lambda article, mode, outline, notes: make_deck(mode)
    )


def test_screenshot_writes_a_1920x1080_png(qapp, tmp_path, fake_plan, capsys):
    from PySide6.QtGui import QImage

    target = tmp_path / "s.png"
    assert main(["present", "--lang", "zh", "--slide", "3", "--screenshot", str(target)]) == 0
    image = QImage(str(target))
    assert (image.width(), image.height()) == (1920, 1080)
    assert len({image.pixel(x, y) for x in range(0, 1920, 37) for y in range(0, 1080, 37)}) > 3


@pytest.mark.parametrize("number", ["0", "5", "-1"])
def test_slide_outside_the_deck_is_one_line_and_exit_2(tmp_path, fake_plan, capsys, number):
    target = tmp_path / "s.png"
    assert main(["present", "--slide", number, "--screenshot", str(target)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"--slide {number}" in err and "1 to 4" in err
    assert not target.exists()


def test_bad_language_and_bad_destination(tmp_path, fake_plan, capsys):
    assert main(["present", "--lang", "fr", "--screenshot", str(tmp_path / "s.png")]) == 2
    assert "--lang" in capsys.readouterr().err
    assert main(["present", "--screenshot", str(tmp_path / "no" / "s.png")]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_the_command_module_imports_no_qt():
    code = (
        "import sys, wocdesk.cli.main as m; m.build_parser(); "
        "import wocdesk.cli.commands.present_command; "
        "print(any(n.startswith('PySide6') for n in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )
    assert out.stdout.strip() == "False"


SHOW_UNTIL_ESC = """
from PySide6.QtCore import QTimer, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

app = QApplication([])


def keys():
    (show,) = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    print(show.index + 1, show.mode.value, show.slide.title, flush=True)
    QTest.keyClick(show, Qt.Key.Key_L)
    print(show.index + 1, show.mode.value, show.slide.title, flush=True)
    QTest.keyClick(show, Qt.Key.Key_Escape)


QTimer.singleShot(200, keys)
from wocdesk.cli.main import main

print("exit", main(["present", "--lang", "zh", "--slide", "5"]))
"""


def test_present_runs_the_show_until_escape():
    import os

    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", SHOW_UNTIL_ESC],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=60,
    )
    lines = out.stdout.splitlines()
    assert lines[0].startswith("5 zh ")
    assert lines[1].startswith("5 en ")  # L: same slide, next language
    assert lines[-1] == "exit 0"
