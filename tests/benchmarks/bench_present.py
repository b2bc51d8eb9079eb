"""Benchmark of the show: next slide and language switch, from key press to repaint done.

Run: QT_QPA_PLATFORM=offscreen PYTHONPATH=. python tests/benchmarks/bench_present.py
Prints medians in ms and ratios against baselines measured in the same run: a bare repaint of
the show (nothing changed) and drawing one slide from scratch at 1920x1080 (no cache).
Target (issue 5): median <= 16 ms for next slide and for language switch.
"""

from __future__ import annotations

import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

ROUNDS = 60
IDLE_S = 0.03  # the pause between two key presses, when the show draws ahead


def _idle(app: QApplication) -> None:
    end = time.perf_counter() + IDLE_S
    while time.perf_counter() < end:
        app.processEvents()


def _timed(app: QApplication, action) -> float:  # type: ignore[no-untyped-def]
    _idle(app)
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def main() -> None:
    """Measure and print."""
    app = QApplication.instance() or QApplication([])
    import wocdesk
    from wocdesk.deck import plan_deck
    from wocdesk.model.text import DisplayMode
    from wocdesk.ui.show.deck_source import DeckSource
    from wocdesk.ui.show.show_window import ShowWindow
    from wocdesk.ui.slides.renderer import SlideRenderer

    article = wocdesk.load_article()
    plan_start = time.perf_counter()
    plan_deck(article, lang="zh-en")
    plan_ms = (time.perf_counter() - plan_start) * 1000

    show = ShowWindow(DeckSource.for_article(article), DisplayMode.EN)
    show.setGeometry(0, 0, 1920, 1080)
    show.show()
    show.repaint()

    def key(k: Qt.Key) -> None:
        QTest.keyClick(show, k)
        show.repaint()

    baseline_repaint = [_timed(app, show.repaint) for _ in range(ROUNDS)]
    renderer = SlideRenderer(show.deck)
    image = QImage(1920, 1080, QImage.Format.Format_ARGB32_Premultiplied)

    def draw_cold() -> None:
        image.fill(QColor("white"))
        painter = QPainter(image)
        renderer.paint(painter, show.deck.slides[4], QRectF(0, 0, 1920, 1080))
        painter.end()

    baseline_draw = [_timed(app, draw_cold) for _ in range(ROUNDS)]

    next_times = []
    for _ in range(ROUNDS):
        if show.index == len(show.deck.slides) - 1:
            key(Qt.Key.Key_Home)
        next_times.append(_timed(app, lambda: key(Qt.Key.Key_Right)))

    first_switches = [_timed(app, lambda: key(Qt.Key.Key_L)) for _ in range(4)]
    switch_times = []
    for round_index in range(ROUNDS):
        if round_index % 4 == 0:
            key(Qt.Key.Key_Right if show.index < len(show.deck.slides) - 1 else Qt.Key.Key_Home)
        switch_times.append(_timed(app, lambda: key(Qt.Key.Key_L)))

    med = statistics.median
    base = med(baseline_repaint)
    print(f"plan_deck zh-en (once per mode, cached): {plan_ms:.1f} ms")
    print(f"baseline: bare repaint of the show:     {base:.2f} ms")
    print(f"baseline: one slide drawn from scratch: {med(baseline_draw):.2f} ms at 1920x1080")
    for name, times in (("next slide", next_times), ("language switch (L)", switch_times)):
        m = med(times)
        verdict = "OK" if m <= 16 else "OVER"
        print(
            f"{name:>22}: median {m:.2f} ms, p90 {sorted(times)[int(len(times) * 0.9)]:.2f} ms "
            f"({m / base:.1f}x bare repaint, {m / med(baseline_draw):.2f}x cold draw) "
            f"target <= 16 ms: {verdict}"
        )
    firsts = ", ".join(f"{t:.1f}" for t in first_switches)
    print(f"first switch into each mode (planned ahead while idle): {firsts} ms")
    show.close()


if __name__ == "__main__":
    main()
