"""Benchmark the reader: mode switch and section jump (call to repaint done), and start-up.

Run from the repository root: ``QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_reader.py``.
Start-up compares the whole process of ``wocdesk --screenshot`` with a minimal PySide6 script
(a QMainWindow with a list and a QTextBrowser holding the same text, saving a screenshot),
both measured in this run, alternating, and prints the ratio.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

BUDGET_MS = 16.0
STARTUP_RUNS = 9

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


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def bench_interaction() -> None:
    from PySide6.QtWidgets import QApplication, QTextBrowser

    import wocdesk
    from wocdesk.content.plain_text import render_text
    from wocdesk.model.text import DisplayMode
    from wocdesk.ui.app.fonts import register_fonts
    from wocdesk.ui.reader.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    register_fonts()
    article = wocdesk.load_article()
    window = MainWindow(article, "zh")
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    viewport = window.view.viewport()
    modes = [DisplayMode.EN, DisplayMode.ZH_EN, DisplayMode.EN_ZH, DisplayMode.ZH]
    sections = [s.id for s in article.sections]
    switch: list[float] = []
    jump: list[float] = []
    kept = 0
    passages = [p.id for p in article.passages()]
    for round_ in range(25):
        for mode in modes:
            window.view.restore_position(passages[round_ % len(passages)], 0.3)
            top = window.top_paragraph_id()
            start = time.perf_counter()
            window.set_mode(mode)
            viewport.repaint()
            switch.append(time.perf_counter() - start)
            kept += window.top_paragraph_id() == top
        for section in sections:
            start = time.perf_counter()
            window.show_section(section)
            viewport.repaint()
            jump.append(time.perf_counter() - start)

    # Baseline: the same text, both languages, put into a plain QTextBrowser and repainted.
    browser = QTextBrowser()
    browser.resize(760, 700)
    browser.show()
    texts = [render_text(article, mode) for mode in modes]
    plain: list[float] = []
    for _round in range(25):
        for text in texts:
            start = time.perf_counter()
            browser.setPlainText(text)
            browser.viewport().repaint()
            plain.append(time.perf_counter() - start)
    base = median_ms(plain)
    print(
        f"mode switch:   median {median_ms(switch):6.2f} ms  (budget {BUDGET_MS:.0f} ms: "
        f"{median_ms(switch) / BUDGET_MS:.2f}x; plain QTextBrowser setPlainText {base:.2f} ms: "
        f"{median_ms(switch) / base:.2f}x)  place kept {kept}/{len(switch)}"
    )
    print(
        f"section jump:  median {median_ms(jump):6.2f} ms  (budget {BUDGET_MS:.0f} ms: "
        f"{median_ms(jump) / BUDGET_MS:.2f}x)"
    )
    window.close()


def bench_startup(mode: str | None) -> None:
    """``wocdesk --screenshot`` (in ``mode``, default: the system's) against the minimal script."""
    import compileall

    import wocdesk
    from wocdesk.content.plain_text import render_text
    from wocdesk.i18n import system_language
    from wocdesk.model.text import DisplayMode, parse_mode

    # An installed wheel has its bytecode compiled; a checkout under PYTHONDONTWRITEBYTECODE
    # would otherwise compile every module on every start.
    compileall.compile_dir(str(ROOT / "wocdesk"), quiet=1)
    shown = parse_mode(mode) if mode else DisplayMode.for_lang(system_language())
    article = wocdesk.load_article()
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        (tmp / "titles.txt").write_text(
            "\n".join(s.title.best(shown.leading) for s in article.sections), encoding="utf-8"
        )
        (tmp / "text.txt").write_text(render_text(article, shown), encoding="utf-8")
        (tmp / "minimal.py").write_text(MINIMAL, encoding="utf-8")
        env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
        ours = [sys.executable, "-m", "wocdesk", "--screenshot", str(tmp / "wocdesk.png")]
        if mode:
            ours += ["--lang", mode]
        commands = {
            "minimal": [
                sys.executable,
                str(tmp / "minimal.py"),
                str(tmp / "titles.txt"),
                str(tmp / "text.txt"),
                str(tmp / "minimal.png"),
            ],
            "wocdesk": ours,
        }
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(STARTUP_RUNS):
            for name, command in commands.items():
                start = time.perf_counter()
                subprocess.run(command, env=env, check=True, capture_output=True)
                times[name].append(time.perf_counter() - start)
    base = median_ms(times["minimal"])
    mine = median_ms(times["wocdesk"])
    label = "wocdesk --screenshot FILE" + (f" --lang {mode}" if mode else "")
    print(
        f"start-up, {label}: minimal PySide6 {base:.0f} ms, wocdesk {mine:.0f} ms "
        f"(medians of {STARTUP_RUNS}): {mine / base:.2f}x  (limit 1.5x, aim 1.3x)"
    )


if __name__ == "__main__":
    bench_interaction()
    bench_startup(None)
    bench_startup("zh-en")
