"""SIGTERM while the window exports: the process stops at once and leaves no ``.part`` file."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# A window's export whose writing is held half-way (the part exists, partly written) while the
# main thread sits idle in Qt's event loop, as it does while a real export runs.
CHILD = """
import sys, threading, time
from pathlib import Path
from wocdesk.ui.app.startup import start_application
app = start_application(offscreen=True)
import wocdesk
from wocdesk.content.files import write_atomically
from wocdesk.ui.export.worker import ExportJob, start_export
from wocdesk.model.text import DisplayMode

def held_write(deck, path, template=None, progress=None):
    def write(part):
        with open(part, "wb") as handle:
            handle.write(b"half a deck")
            handle.flush()
            print("writing", part, flush=True)
            time.sleep(120)
    return write_atomically(path, write)

import wocdesk.deck
wocdesk.deck.write_pptx = held_write  # the worker looks it up when it runs
job = ExportJob(mode=DisplayMode.EN, destination=Path(sys.argv[1]))
thread, worker = start_export(wocdesk.load_article(), job)
thread.start()
app.exec()
"""


@pytest.mark.skipif(not hasattr(signal, "SIGTERM") or os.name != "posix", reason="POSIX signals")
@pytest.mark.parametrize("signal_number", [signal.SIGTERM, signal.SIGINT])
def test_a_stop_signal_during_an_export_leaves_no_part(tmp_path, signal_number):
    target = tmp_path / "deck.pptx"
    target.write_bytes(b"the deck from before")
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(target)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
    )
    try:
        assert child.stdout is not None
        line = child.stdout.readline()
        assert line.startswith("writing "), child.stderr.read() if child.stderr else line
        part = Path(line.split(" ", 1)[1].strip())
        assert part.exists()
        time.sleep(0.2)  # the main thread is back in Qt's event loop
        child.send_signal(signal_number)
        code = child.wait(timeout=15)  # without the wake-up, Python never sees the signal
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert code == -signal_number, child.stderr.read() if child.stderr else code
    assert not part.exists()
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")]
    assert target.read_bytes() == b"the deck from before"
