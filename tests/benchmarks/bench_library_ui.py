"""Benchmark the library in the window, each figure beside a baseline measured in the same run.

Library: 200 articles the size of the bundled one plus one 200-chapter text
(tests/library/corpus.py), imported first. The window is offscreen, 1280x800.

1. The Library view opening: Ctrl+L sent to the window (QTest), events processed until idle,
   the window repainted (budget 50 ms), vs a plain QTableView over a QStandardItemModel of the
   same 201 rows, shown in a dock the same way. Also the start page (the library shown in
   place of the reading view).
2. Search as you type: the search the field runs once typing pauses, to the repainted window
   (budget 100 ms), vs the library's search and per-article count alone.
3. Importing a 3 MB text from the window: the longest the window's event loop waits (a 10 ms
   timer's largest gap) during the import, vs the same timer while idle.
4. The one-instance check at start-up: handing over to a window that is not there and
   listening, vs the whole start-up of ``wocdesk --screenshot`` (and the QtNetwork import).

Run: PYTHONPATH=. python tests/benchmarks/bench_library_ui.py
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.library.corpus import article_variant, chapters_text  # noqa: E402

RUNS = 15
WORDS = ("知识产权", "capacity", "创新", "innovation")


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def build(folder: Path) -> Path:
    from wocdesk.library.models import Duplicate
    from wocdesk.library.store import Library

    path = folder / "library.sqlite3"
    sources = folder / "sources"
    sources.mkdir()
    with Library.open(path) as library:
        for number in range(1, 201):
            file = sources / f"article-{number}.txt"
            file.write_text(article_variant(number), encoding="utf-8")
            library.import_file(file, Duplicate.KEEP_BOTH)
        long_text = sources / "chapters-200.txt"
        long_text.write_text(chapters_text(200), encoding="utf-8")
        library.import_file(long_text, Duplicate.KEEP_BOTH)
    return path


def idle(app: object) -> None:
    """Process events until none are left (posted ones included)."""
    from PySide6.QtCore import QCoreApplication

    for _ in range(5):
        QCoreApplication.sendPostedEvents()
        QCoreApplication.processEvents()


def timed(action: Callable[[], None], window: object, app: object) -> float:
    start = time.perf_counter()
    action()
    idle(app)
    window.repaint()  # type: ignore[attr-defined]
    return time.perf_counter() - start


def bench_view(path: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QDockWidget, QTableView

    from wocdesk.library.store import Library
    from wocdesk.ui.app.fonts import register_fonts
    from wocdesk.ui.library.launching import install_library
    from wocdesk.ui.reader.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    register_fonts()
    library = Library.open(path)
    window = MainWindow(library.article(1), "en")
    controller = install_library(window, library, None, remember=False)
    controller.start(1)
    window.resize(1280, 800)
    window.show()
    idle(app)
    ours: list[float] = []
    for _ in range(RUNS):
        ours.append(
            timed(
                lambda: QTest.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier),
                window,
                app,
            )
        )
        assert controller.dock.isVisible() and controller.panel.model.rowCount() == 202
        QTest.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        idle(app)
        assert not controller.dock.isVisible()

    rows = [
        [
            s.title.best("en"),
            s.source.best("en") or s.file_name,
            str(s.date or ""),
            str(s.passages),
            "",
        ]
        for s in library.list_articles()
    ]
    dock = QDockWidget("Plain table", window)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    dock.hide()
    idle(app)

    def plain_table() -> None:
        model = QStandardItemModel(len(rows), 5)
        for number, row in enumerate(rows):
            for column, text in enumerate(row):
                model.setItem(number, column, QStandardItem(text))
        table = QTableView()
        table.setModel(model)
        dock.setWidget(table)
        dock.show()

    base: list[float] = []
    for _ in range(RUNS):
        base.append(timed(plain_table, window, app))
        dock.hide()
        idle(app)
    page: list[float] = []
    for _ in range(RUNS):
        page.append(timed(controller.show_home, window, app))
        controller.home.leave()
        idle(app)
    print(
        f"Library view, Ctrl+L to repainted (202 articles): median {median_ms(ours):.1f} ms "
        f"(budget 50 ms); a plain QTableView of the same rows in a dock {median_ms(base):.1f} ms: "
        f"{median_ms(ours) / median_ms(base):.2f}x"
    )
    print(
        f"start page (library in place of the reading view): median {median_ms(page):.1f} ms "
        f"({median_ms(page) / median_ms(base):.2f}x the plain table)"
    )

    # Search as you type.
    controller.show_library()
    idle(app)
    panel = controller.panel
    for word in WORDS:
        typed: list[float] = []
        alone: list[float] = []
        for _ in range(RUNS):
            panel.field.setText(word)
            typed.append(timed(panel.run_search, window, app))
            panel.field.setText("")
            panel.run_search()
            idle(app)
            start = time.perf_counter()
            library.search(word, 50)
            library.count_by_article(word)
            alone.append(time.perf_counter() - start)
        hits = library.count(word)
        print(
            f"search {word!r} ({hits} passages), search to repainted window: median "
            f"{median_ms(typed):.1f} ms (budget 100 ms); the library's search and count alone "
            f"{median_ms(alone):.1f} ms: {median_ms(typed) / median_ms(alone):.2f}x"
        )
    bench_import_stall(window, controller, app)
    window.close()
    library.close()


def bench_import_stall(window: object, controller: object, app: object) -> None:
    from PySide6.QtCore import QElapsedTimer, QTimer

    from tests.longtext import long_raw_text

    folder = Path(tempfile.mkdtemp(prefix="wocdesk-bench-"))
    path = folder / "long.txt"
    path.write_text(long_raw_text(), encoding="utf-8")

    def gaps(run: Callable[[], bool]) -> list[float]:
        clock = QElapsedTimer()
        clock.start()
        found: list[float] = []
        last = [clock.elapsed()]

        def tick() -> None:
            now = clock.elapsed()
            found.append(now - last[0])
            last[0] = now

        timer = QTimer()
        timer.setInterval(10)
        timer.timeout.connect(tick)
        timer.start()
        while run():
            app.processEvents()  # type: ignore[attr-defined]
            time.sleep(0.001)
        timer.stop()
        return found

    started = time.perf_counter()
    controller.imports.import_files([path])  # type: ignore[attr-defined]
    during = gaps(controller.imports.is_busy)  # type: ignore[attr-defined]
    seconds = time.perf_counter() - started
    end = time.perf_counter() + seconds
    idle_gaps = gaps(lambda: time.perf_counter() < end)
    size = path.stat().st_size / 2**20
    print(
        f"importing a {size:.1f} MB text from the window: {seconds:.2f} s off the main thread; "
        f"longest wait of the window's event loop {max(during):.0f} ms (median tick "
        f"{statistics.median(during):.0f} ms) vs {max(idle_gaps):.0f} ms idle"
    )


def bench_instance_check() -> None:
    code = (
        "import time, sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "import wocdesk.ui, wocdesk.library.resolve\n"  # imported by any start-up anyway
        "t0 = time.perf_counter()\n"
        "import PySide6.QtNetwork\n"
        "t1 = time.perf_counter()\n"
        "from wocdesk.ui.library import instance\n"
        "t2 = time.perf_counter()\n"
        "request = instance.make_request()\n"
        "name = instance.instance_name(sys.argv[1])\n"
        "assert not instance.hand_over(name, request)\n"
        "t3 = time.perf_counter()\n"
        "app = QApplication([])\n"
        "server = instance.InstanceServer(name)\n"
        "t4 = time.perf_counter()\n"
        "assert server.listen()\n"
        "t5 = time.perf_counter()\n"
        "server.close()\n"
        "print(*(round((b - a) * 1000, 3) for a, b in ((t0, t1), (t1, t2), (t2, t3), (t4, t5))))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    parts: list[list[float]] = [[], [], [], []]
    startups = []
    folder = Path(tempfile.mkdtemp(prefix="wocdesk-bench-"))
    shot = folder / "shot.png"
    for run in range(7):
        out = subprocess.run(
            [sys.executable, "-c", code, str(folder / f"lib-{run}.sqlite3")],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        ).stdout.split()
        for part, value in zip(parts, out, strict=True):
            part.append(float(value))
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "wocdesk", "--screenshot", str(shot)],
            capture_output=True,
            env=env,
            check=True,
        )
        startups.append((time.perf_counter() - start) * 1000)
    network, module, check, listen = (statistics.median(part) for part in parts)
    total = network + module + check + listen
    whole = statistics.median(startups)
    print(
        f"one-instance check at start-up: QtNetwork imported {network:.1f} ms, the instance "
        f"module {module:.1f} ms, handing over to no window {check:.2f} ms, listening "
        f"{listen:.2f} ms: {total:.1f} ms, {total / whole:.1%} of a {whole:.0f} ms "
        "wocdesk --screenshot start-up (which does neither)"
    )


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="wocdesk-bench-"))
    started = time.perf_counter()
    path = build(folder)
    print(f"library of 201 articles built in {time.perf_counter() - started:.0f} s")
    bench_view(path)
    bench_instance_check()


if __name__ == "__main__":
    main()
