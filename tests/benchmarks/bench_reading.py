"""Benchmark the reading view at book scale: the bundled article and a 200-chapter text.

Run from the repository root: ``QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_reading.py``
(``--quick`` for fewer rounds). Every figure is a median, measured from the key press (QTest key
click on the window) until the event loop is idle and the whole window is repainted; each is
printed with its ratio to a bare repaint of the same window measured in the same run (the
machine is shared and noisy), and against its budget:

- mode switch (Ctrl+1/2/3) and section jump (Ctrl+PgDown) ≤ 16 ms at both sizes (aim 8);
- scrolling one page (PgDown) ≤ 16 ms at both sizes;
- find of a common word in the 200-chapter text: first results ≤ 100 ms (from the last key);
- opening: the 200-chapter text to first paint ≤ 2x the bundled article (in this process, and
  whole process when the window's command line can open it), peak memory ≤ 2x.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

BUDGET_MS = 16.0
FIND_BUDGET_MS = 100.0
ROUNDS = 12


from measuring import PaintCounter, idle, median_ms, medians, settle_after_show, timed  # noqa: E402


def make_window(article, mode: str):  # type: ignore[no-untyped-def]
    """The reader window on ``article``."""
    from wocdesk.ui.reader.main_window import MainWindow

    window = MainWindow(article, mode)
    window.resize(1280, 800)
    return window


def bench_size(app, name: str, article, rounds: int) -> dict[str, float]:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window = make_window(article, "zh")
    window.show()
    settle_after_show(app)
    window.repaint()
    assert window.windowHandle().isExposed(), "an unexposed window does not repaint"
    view = window.view
    painted = PaintCounter(view.viewport())
    passages = [p.id for p in article.passages()]
    ctrl = Qt.KeyboardModifier.ControlModifier
    bare: list[tuple[float, float]] = []
    switch: list[tuple[float, float]] = []
    jump: list[tuple[float, float]] = []
    page: list[tuple[float, float]] = []
    kept = 0
    keys = [(Qt.Key.Key_2, "en"), (Qt.Key.Key_3, "en-zh"), (Qt.Key.Key_1, "zh")]
    for round_ in range(rounds):
        bare.append(timed(app, window, lambda: None))
        for key, _mode in keys:
            view.restore_position(passages[(round_ * 997) % len(passages)], 0.3)
            idle(app)
            top = window.top_paragraph_id()
            switch.append(
                timed(app, window, lambda k=key: QTest.keyClick(window, k, ctrl), painted)
            )
            kept += window.top_paragraph_id() == top
        # From the first sections (the bundled article is only a few screens long).
        view.restore_position(passages[(round_ * 5) % max(1, len(passages) - 40)])
        idle(app)
        for _ in range(3):
            jump.append(
                timed(
                    app,
                    window,
                    lambda: QTest.keyClick(window, Qt.Key.Key_PageDown, ctrl),
                    painted,
                )
            )
        view.setFocus()
        view.restore_position(passages[(round_ * 7) % max(1, len(passages) - 40)])
        idle(app)
        for _ in range(3):
            if view.scroll_y() + 2 * view.verticalScrollBar().pageStep() > view.max_scroll():
                view.scroll_by(-view.scroll_y())  # back to the top: a page down must move
                idle(app)
            page.append(
                timed(app, window, lambda: QTest.keyClick(view, Qt.Key.Key_PageDown), painted)
            )
    base, base_cpu = medians(bare)
    results = {"bare": base}
    for label, samples, budget in (
        ("mode switch", switch, BUDGET_MS),
        ("section jump", jump, BUDGET_MS),
        ("page down", page, BUDGET_MS),
    ):
        value, cpu = medians(samples)
        results[label] = value
        verdict = "ok" if value <= budget else "OVER"
        print(
            f"  {name:8} {label:13} {value:6.2f} ms, CPU {cpu:5.2f} ms  ({value / base:5.2f}x a "
            f"bare repaint of {base:.2f} ms, CPU {base_cpu:.2f}; budget {budget:.0f} ms: {verdict})"
        )
    print(f"  {name:8} place kept on {kept} of {len(switch)} switches")
    window.close()
    return results


def bench_find(app, article, rounds: int) -> None:  # type: ignore[no-untyped-def]
    """Typing a common word into the find field: first results, then the whole count."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window = make_window(article, "en")
    window.show()
    settle_after_show(app)
    bare = medians([timed(app, window, lambda: None) for _ in range(5)])[0]
    first, whole, counts = [], [], []
    for round_ in range(max(3, rounds // 2)):
        passages = window.view.passage_ids()
        window.view.restore_position(passages[(round_ * 431) % len(passages)])
        window.open_find()
        field = window.find_bar.field
        field.clear()
        idle(app)
        finder = window.finder
        QTest.keyClicks(field, "th")
        start = time.perf_counter()
        QTest.keyClick(field, Qt.Key.Key_E)
        while finder.current is None or finder.search.needle != "the":
            app.processEvents()
        window.repaint()
        first.append(time.perf_counter() - start)
        while not finder.search.done:
            app.processEvents()
        whole.append(time.perf_counter() - start)
        counts.append(finder.matches())
        window.find_bar.close_bar()
    value = median_ms(first)
    verdict = "ok" if value <= FIND_BUDGET_MS else "OVER"
    print(
        f"  find 'the' in the 200-chapter text: first results {value:.1f} ms "
        f"({value / bare:.1f}x a bare repaint; budget {FIND_BUDGET_MS:.0f} ms: {verdict}); "
        f"all {counts[0]} counted in {median_ms(whole):.0f} ms, in slices of a few ms"
    )
    window.close()


def bench_open(app, articles: dict[str, object]) -> None:  # type: ignore[no-untyped-def]
    """In this process: from building the window to its first paint done."""
    times: dict[str, list[float]] = {name: [] for name in articles}
    for _ in range(5):
        for name, article in articles.items():
            start = time.perf_counter()
            window = make_window(article, "zh")
            window.show()
            idle(app)
            window.repaint()
            times[name].append(time.perf_counter() - start)
            window.close()
            window.deleteLater()
            idle(app)
    small, large = median_ms(times["bundled"]), median_ms(times["long"])
    verdict = "ok" if large <= 2 * small else "OVER"
    print(
        f"  open to first paint, in process: bundled {small:.0f} ms, 200 chapters {large:.0f} ms"
        f" = {large / small:.2f}x (limit 2x: {verdict})"
    )


def main() -> None:
    from PySide6.QtWidgets import QApplication

    import wocdesk
    from tests.reading.long_article import long_article
    from wocdesk.ui.app.fonts import register_fonts

    rounds = 4 if "--quick" in sys.argv else ROUNDS
    app = QApplication.instance() or QApplication([])
    register_fonts()
    bundled, long_text = wocdesk.load_article(), long_article()
    print("Reading view, 1280x800, medians, key press to idle and window repainted:")
    bench_size(app, "bundled", bundled, rounds)
    bench_size(app, "200 ch.", long_text, rounds)
    bench_find(app, long_text, rounds)
    bench_open(app, {"bundled": bundled, "long": long_text})


if __name__ == "__main__":
    main()
