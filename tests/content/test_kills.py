"""Kill ``wocdesk import`` at random moments: the existing file stays whole, no part is left."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from longtext import long_raw_text

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]
KILLS = 30
SIGNALS = (signal.SIGTERM, signal.SIGINT, signal.SIGKILL)


def _parts(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p.name.endswith(".part")]


def _start(source: Path, output: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-m", "wocdesk", "import", str(source), "-o", str(output)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )


def test_thirty_kills_at_random_moments_never_cost_the_file(tmp_path: Path) -> None:
    source = tmp_path / "long.txt"
    source.write_text(long_raw_text(), encoding="utf-8")
    output = tmp_path / "article.toml"
    old = "# the user's previous article\n" + (ROOT / "resources" / "articles").joinpath(
        "frontier-tech-china-practice.toml"
    ).read_text(encoding="utf-8")
    output.write_text(old, encoding="utf-8")

    started = time.monotonic()
    assert _start(source, output).wait(timeout=120) == 0
    duration = time.monotonic() - started
    new = output.read_text(encoding="utf-8")
    assert new != old and new.startswith("# Imported by wocdesk")
    output.write_text(old, encoding="utf-8")

    rng = random.Random(20261129)
    mid_write = 0  # signals sent while a part existed
    for number in range(KILLS):
        stop = SIGNALS[number % len(SIGNALS)]
        process = _start(source, output)
        if number % 2:  # a random moment of the whole run
            time.sleep(rng.uniform(0.0, duration))
        else:  # a random moment of the write itself, the few ms a part exists
            deadline = time.monotonic() + duration * 2
            while (
                not any(f".{process.pid}-" in p.name for p in _parts(tmp_path))
                and process.poll() is None
                and time.monotonic() < deadline
            ):
                time.sleep(0.0002)
            time.sleep(rng.uniform(0.0, 0.004))
        if process.poll() is None:
            mid_write += any(f".{process.pid}-" in p.name for p in _parts(tmp_path))
            process.send_signal(stop)
        process.wait(timeout=120)
        content = output.read_text(encoding="utf-8")
        assert content in (old, new), f"kill {number} ({stop.name}) left a damaged file"
        if stop != signal.SIGKILL:  # parts of an earlier SIGKILL may wait for the next full run
            own = [p for p in _parts(tmp_path) if f".{process.pid}-" in p.name]
            assert own == [], f"{stop.name} left {own}"
    # The next run after a SIGKILL removes the parts that killed processes left behind.
    assert _start(source, output).wait(timeout=120) == 0
    assert output.read_text(encoding="utf-8") == new
    assert _parts(tmp_path) == []
    assert mid_write >= KILLS // 4, f"only {mid_write} signals arrived during a write"
    print(f"{mid_write} of {KILLS} signals arrived during a write")
