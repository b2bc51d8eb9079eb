"""Benchmark: what the window icon adds to start-up, and how printing a long text runs.

    python tests/benchmarks/bench_desktop.py            # under X (DISPLAY set) or offscreen

Start-up: fresh processes alternately with and without the icon hook, each timing from before
the QApplication is made until the shown window has been painted (the icon's pixmaps are read
and, under X, sent to the window manager on show). Printing: the 200-chapter text in both
languages to a PDF from the window, the longest stall of the event loop meanwhile (a 10 ms timer
that should keep firing) and the total time, against laying the same text out in one piece.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RUNS = 9

STARTUP = r"""
import sys, time
start = time.perf_counter()
import wocdesk.ui
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
if sys.argv[1] == "icon":
    from wocdesk.ui.desktop.icon import install_application_icon
    install_application_icon(app)
from wocdesk.ui.app.fonts import register_fonts
from wocdesk.ui.reader.main_window import MainWindow
import wocdesk
register_fonts()
window = MainWindow(wocdesk.load_article(), "en")
window.resize(1200, 800)
window.show()
app.processEvents()
window.repaint()
app.processEvents()
print(time.perf_counter() - start)
"""


def startup(with_icon: bool) -> float:
    """Seconds from start to the painted window, in a fresh process."""
    out = subprocess.run(
        [sys.executable, "-c", STARTUP, "icon" if with_icon else "plain"],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    ).stdout
    return float(out.strip().splitlines()[-1])


def printing() -> None:
    """Print the 200-chapter text from the window; report the longest stall of the loop."""
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QSizeF, QTimer
    from PySide6.QtGui import QPdfWriter
    from PySide6.QtWidgets import QApplication

    import wocdesk
    import wocdesk.ui
    from tests.desktop.long_text import long_article
    from wocdesk.model.text import DisplayMode
    from wocdesk.ui.app.fonts import register_fonts
    from wocdesk.ui.printing.document import printable_html
    from wocdesk.ui.printing.menu import print_controller
    from wocdesk.ui.printing.pages import layout_document, set_margins
    from wocdesk.ui.printing.pdf import print_fonts
    from wocdesk.ui.reader.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    register_fonts()
    book = long_article(wocdesk.load_article())
    window = MainWindow(book, "zh-en")
    window.show()
    app.processEvents()
    controller = print_controller(window)
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    timer.start()
    target = Path(os.environ.get("TMPDIR", "/tmp")) / "wocdesk-bench-book.pdf"
    start = time.perf_counter()
    controller.export_pdf(target)
    while controller.is_busy():
        app.processEvents()
        time.sleep(0.001)
    total = time.perf_counter() - start
    timer.stop()
    fonts = print_fonts()
    writer = QPdfWriter(str(target))
    set_margins(writer)
    one = time.perf_counter()
    document = layout_document(printable_html(book, DisplayMode.ZH_EN, fonts), fonts, writer)
    document.setPageSize(QSizeF(writer.width(), writer.height()))
    document.pageCount()
    one = time.perf_counter() - one
    target.unlink(missing_ok=True)
    print(
        f"print 200 chapters zh-en: {controller.last_pages} pages in {total:.2f} s; "
        f"longest event-loop stall {max(gaps) * 1000:.0f} ms "
        f"(laying the text out in one piece would stall it {one * 1000:.0f} ms)"
    )
    window.close()


def main() -> None:
    """Run both measures and print them."""
    if not os.environ.get("DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    plain, icon = [], []
    for _ in range(RUNS):
        plain.append(startup(False))
        icon.append(startup(True))
    a, b = statistics.median(plain), statistics.median(icon)
    platform = "xcb" if os.environ.get("DISPLAY") else "offscreen"
    print(
        f"start-up to painted window ({platform}, median of {RUNS}): without icon "
        f"{a * 1000:.0f} ms, with icon {b * 1000:.0f} ms, ratio {b / a:.3f}"
    )
    printing()


if __name__ == "__main__":
    main()
