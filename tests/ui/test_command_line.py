"""``wocdesk --screenshot`` and the window options; the one-line message when Qt cannot load."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run_wocdesk(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "wocdesk", *args],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
        check=False,
    )


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_screenshot_writes_a_png(tmp_path: Path):
    target = tmp_path / "window.png"
    result = run_wocdesk(
        "--screenshot", str(target), "--size", "640x420", "--lang", "zh-en", "--section", "keys"
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert png_size(target) == (640, 420)
    assert target.stat().st_size > 10_000  # a real rendering, not an empty image


def test_screenshot_with_the_chinese_interface(tmp_path: Path):
    target = tmp_path / "zh.png"
    result = run_wocdesk("--screenshot", str(target), "--ui-lang", "zh", "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert png_size(target) == (1280, 800)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--size", "big"], "--size"),
        (["--lang", "fr"], "--lang"),
        (["--ui-lang", "fr"], "--ui-lang"),
        (["--section", "nowhere"], "--section"),
        (["--article", "/no/such/file.toml"], "/no/such/file.toml"),
    ],
)
def test_bad_options_get_one_line(tmp_path: Path, args, message):
    target = tmp_path / "x.png"
    result = run_wocdesk("--screenshot", str(target), *args)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and message in result.stderr
    assert not target.exists()


def test_screenshot_into_a_missing_folder(tmp_path: Path):
    result = run_wocdesk("--screenshot", str(tmp_path / "nope" / "x.png"))
    assert result.returncode == 2
    assert "does not exist" in result.stderr


def test_no_display_gets_one_line_instead_of_an_abort():
    result = run_wocdesk(env={"QT_QPA_PLATFORM": "", "DISPLAY": "", "WAYLAND_DISPLAY": ""})
    if not sys.platform.startswith("linux"):
        pytest.skip("the check is for Linux")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert "wocdesk text" in result.stderr


def test_window_module_does_not_import_qt_until_needed():
    code = (
        "import sys, wocdesk.cli.main as m; m.build_parser(); import wocdesk.ui.reader.launch; "
        "print(any(k.startswith('PySide6') for k in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        check=True,
    )
    assert result.stdout.strip() == "False"
