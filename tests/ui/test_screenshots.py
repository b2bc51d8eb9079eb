"""``--screenshot`` of the window and of a slide: PNG or JPEG by name, one line on a full disk."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
JPEG_MAGIC = b"\xff\xd8\xff"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def environment() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}


def wocdesk(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "wocdesk", *args],
        capture_output=True,
        text=True,
        env=environment(),
        timeout=120,
        check=False,
    )


def image_size(path: Path) -> tuple[int, int]:
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    assert not image.isNull()
    return image.width(), image.height()


@pytest.mark.parametrize("name", ["window.jpg", "window.JPEG"])
def test_the_window_as_a_jpeg(tmp_path, name, qapp):
    target = tmp_path / name
    result = wocdesk("--screenshot", str(target), "--size", "640x420")
    assert result.returncode == 0, result.stderr
    assert target.read_bytes()[:3] == JPEG_MAGIC
    assert image_size(target) == (640, 420)


def test_a_slide_as_a_jpeg_and_as_a_png(tmp_path, qapp):
    jpeg, png = tmp_path / "slide.jpg", tmp_path / "slide.png"
    for target in (jpeg, png):
        result = wocdesk("present", "--lang", "en", "--slide", "2", "--screenshot", str(target))
        assert result.returncode == 0, result.stderr
    assert jpeg.read_bytes()[:3] == JPEG_MAGIC and png.read_bytes()[:8] == PNG_MAGIC
    assert image_size(jpeg) == image_size(png) == (1920, 1080)


@pytest.mark.parametrize("command", [[], ["present", "--lang", "en"]])
def test_other_image_formats_are_refused_in_one_line(tmp_path, command):
    target = tmp_path / "shot.gif"
    result = wocdesk(*command, "--screenshot", str(target))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert "shot.gif" in result.stderr and ".png, .jpg or .jpeg" in result.stderr
    assert not target.exists()


def test_the_refusal_in_chinese(tmp_path):
    result = wocdesk("--ui-lang", "zh", "--screenshot", str(tmp_path / "shot.bmp"))
    assert result.returncode == 2 and "PNG" in result.stderr and "只" in result.stderr


def _small_disk_available() -> bool:
    return os.geteuid() == 0 and shutil.which("unshare") is not None


@pytest.mark.skipif(not _small_disk_available(), reason="a small tmpfs needs root and unshare")
@pytest.mark.parametrize("command", [[], ["present", "--lang", "en"]])
def test_a_full_disk_gets_only_our_line(tmp_path, command):
    disk = tmp_path / "disk"
    disk.mkdir()
    code, err = tmp_path / "code", tmp_path / "err"
    args = " ".join([sys.executable, "-m", "wocdesk", *command, "--screenshot", f"{disk}/x.png"])
    script = (
        f"set -e; mount -t tmpfs -o size=64k tmpfs {disk}; "
        f"printf old > {disk}/x.png; "
        f"{args} 2> {err} || echo $? > {code}; "
        f"cat {disk}/x.png > {tmp_path}/kept; ls -a {disk} > {tmp_path}/listing"
    )
    probe = subprocess.run(
        ["unshare", "--mount", "--propagation", "private", "sh", "-c", script],
        capture_output=True,
        text=True,
        env=environment(),
        timeout=120,
        check=False,
    )
    if probe.returncode != 0 and not code.exists():
        pytest.skip(f"cannot mount a tmpfs here: {probe.stderr.strip()}")
    stderr = err.read_text()
    assert code.read_text().strip() == "2", stderr
    assert stderr.count("\n") == 1, stderr  # no libpng line before ours
    assert stderr.startswith("wocdesk: --screenshot: ") and "x.png" in stderr
    assert "libpng" not in stderr
    assert (tmp_path / "kept").read_text() == "old"  # the file that was there stays
    assert ".part" not in (tmp_path / "listing").read_text()
