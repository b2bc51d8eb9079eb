"""Benchmark opening the reader, whole process to first paint: start-up and the 200-chapter text.

Run from the repository root: ``python tests/benchmarks/bench_startup.py`` (offscreen).

- ``wocdesk --screenshot FILE`` against a minimal PySide6 script (a QMainWindow with a list and a
  QTextBrowser holding the same text, saving a screenshot), alternating in this run: the ratio
  (limit 1.5x, aim 1.3x).
- ``wocdesk --screenshot FILE --article long.txt`` (the 200-chapter raw text of
  ``tests/longtext.py``, imported, laid out as far as the first screen) against the bundled
  article: time (limit 2x) and peak memory (limit 2x).
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

RUNS = 9

MINIMAL = """
import sys
from PySide6.QtWidgets import QApplication, QListWidget, QMainWindow, QSplitter, QTextBrowser
app = QApplication(sys.argv[:1])
window = QMainWindow()
splitter = QSplitter()
titles = QListWidget()
titles.addItems(open(sys.argv[1], encoding="utf-8").read().split("\\n")[:7])
browser = QTextBrowser()
browser.setPlainText(open(sys.argv[2], encoding="utf-8").read())
splitter.addWidget(titles)
splitter.addWidget(browser)
window.setCentralWidget(splitter)
window.resize(1280, 800)
window.show()
app.processEvents()
window.grab().save(sys.argv[3])
"""

# Runs wocdesk's command line and reports the process's peak resident memory on stderr.
WITH_PEAK = """
import atexit, resource, runpy, sys
atexit.register(lambda: sys.stderr.write(
    f"PEAK {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}\\n"))
sys.argv = ["wocdesk", *sys.argv[1:]]
runpy.run_module("wocdesk", run_name="__main__")
"""


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def children_cpu() -> float:
    """CPU seconds (user and system) of the finished child processes so far."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def run(command: list[str], env: dict[str, str]) -> tuple[float, float, int]:
    """Wall and CPU seconds the command took, and its peak memory in KiB (0 when not said)."""
    cpu_before = children_cpu()
    start = time.perf_counter()
    done = subprocess.run(command, env=env, check=True, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    cpu = children_cpu() - cpu_before
    peak = [line for line in done.stderr.splitlines() if line.startswith("PEAK ")]
    return elapsed, cpu, int(peak[-1].split()[1]) if peak else 0


def main() -> None:
    import compileall

    from longtext import long_raw_text

    import wocdesk
    from wocdesk.content.plain_text import render_text
    from wocdesk.i18n import system_language
    from wocdesk.model.text import DisplayMode

    # An installed wheel has its bytecode compiled; a checkout under PYTHONDONTWRITEBYTECODE
    # would otherwise compile every module on every start.
    compileall.compile_dir(str(ROOT / "wocdesk"), quiet=1)
    shown = DisplayMode.for_lang(system_language())
    article = wocdesk.load_article()
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        (tmp / "titles.txt").write_text(
            "\n".join(s.title.best(shown.leading) for s in article.sections), encoding="utf-8"
        )
        (tmp / "text.txt").write_text(render_text(article, shown), encoding="utf-8")
        (tmp / "minimal.py").write_text(MINIMAL, encoding="utf-8")
        (tmp / "peak.py").write_text(WITH_PEAK, encoding="utf-8")
        (tmp / "long.txt").write_text(long_raw_text(), encoding="utf-8")
        env = {
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_CONFIG_HOME": str(tmp / "config"),
            "XDG_CACHE_HOME": str(tmp / "cache"),
            "XDG_DATA_HOME": str(tmp / "data"),
        }
        ours = [sys.executable, str(tmp / "peak.py"), "--screenshot", str(tmp / "w.png")]
        commands = {
            "minimal": [
                sys.executable,
                *(str(tmp / name) for name in ("minimal.py", "titles.txt", "text.txt", "m.png")),
            ],
            "bundled": ours,
            "long": [*ours, "--article", str(tmp / "long.txt")],
        }
        times: dict[str, list[float]] = {name: [] for name in commands}
        cpus: dict[str, list[float]] = {name: [] for name in commands}
        peaks: dict[str, list[int]] = {name: [] for name in commands}
        for _ in range(RUNS):
            for name, command in commands.items():
                elapsed, cpu, peak = run(command, env)
                times[name].append(elapsed)
                cpus[name].append(cpu)
                peaks[name].append(peak)
    base, small, large = (median_ms(times[n]) for n in ("minimal", "bundled", "long"))
    base_cpu, small_cpu, large_cpu = (median_ms(cpus[n]) for n in ("minimal", "bundled", "long"))
    small_peak = statistics.median(peaks["bundled"]) / 1024
    large_peak = statistics.median(peaks["long"]) / 1024
    print(f"Opening the reader, whole process to first paint (medians of {RUNS}):")
    print(
        f"  wocdesk --screenshot: {small:.0f} ms against a minimal PySide6 window with the same"
        f" text, {base:.0f} ms: {small / base:.2f}x (limit 1.5x, aim 1.3x)"
    )
    print(
        f"    CPU time of the same runs (steadier on a shared machine): {small_cpu:.0f} ms against"
        f" {base_cpu:.0f} ms: {small_cpu / base_cpu:.2f}x"
    )
    print(
        f"  the 200-chapter text (--article long.txt, 3 MB, imported): {large:.0f} ms, "
        f"{large / small:.2f}x the bundled article (limit 2x); CPU {large_cpu:.0f} ms, "
        f"{large_cpu / small_cpu:.2f}x"
    )
    print(
        f"  peak memory: bundled {small_peak:.0f} MiB, 200 chapters {large_peak:.0f} MiB: "
        f"{large_peak / small_peak:.2f}x (limit 2x)"
    )


if __name__ == "__main__":
    main()
