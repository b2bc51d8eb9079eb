"""Benchmark the study aids in the window: pinyin on, the lookup popup, a sentence lit.

Run from the repository root:
``QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_study_ui.py`` (``--quick``: fewer
rounds). Every figure is a median from the key press (a QTest key click on the window) or the
event (the hover timer firing, the mouse moving onto a sentence) until the event loop is idle
and the window repainted, with the reading view's repaint checked, and is printed with its
ratio to a baseline measured in the same process (the machine is shared):

- pinyin on (Ctrl+Shift+P), data loaded and the place's pinyin read ahead: ≤ 16 ms on the
  bundled article; at book scale (``tests/longtext.py``, 200 chapters) no slower than a mode
  switch (Ctrl+1 / Ctrl+3) measured in the same window;
- the lookup popup, from the hover timer firing to the popup shown: ≤ 50 ms;
- a sentence and its counterpart lit as the mouse moves onto it (both languages): for the record.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from measuring import PaintCounter, idle, median_ms  # noqa: E402
from measuring import timed as timed_with_cpu  # noqa: E402

PINYIN_BUDGET_MS = 16.0
POPUP_BUDGET_MS = 50.0
ROUNDS = 10


def wait_for_study_thread(app) -> None:  # type: ignore[no-untyped-def]
    """Let the study thread finish what it was given and its results arrive."""
    from wocdesk.ui.study import worker

    for _ in range(3):
        worker.wait_idle(120)
        end = time.perf_counter() + 0.05
        while time.perf_counter() < end:
            app.processEvents()


def timed(app, window, action: Callable[[], None], painted: PaintCounter | None = None) -> float:  # type: ignore[no-untyped-def]
    """Seconds from ``action`` until idle and the window repainted (the view repainted too)."""
    return timed_with_cpu(app, window, action, painted)[0]


def ready_window(app, article, mode: str):  # type: ignore[no-untyped-def]
    """A shown window on ``article`` with its study data loaded."""
    from wocdesk.ui.reader.main_window import MainWindow

    window = MainWindow(article, mode)
    window.resize(1280, 800)
    window.show()
    idle(app)
    window.study.aids.data.start()
    wait_for_study_thread(app)
    window.repaint()
    return window


def bench_pinyin(app, name: str, article, rounds: int) -> dict[str, float]:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window = ready_window(app, article, "zh")
    view = window.view
    painted = PaintCounter(view.viewport())
    passages = [p.id for p in article.passages()]
    ctrl = Qt.KeyboardModifier.ControlModifier
    both = ctrl | Qt.KeyboardModifier.ShiftModifier
    bare, switch, on, off, cold = [], [], [], [], []
    for round_ in range(rounds):
        place = passages[(round_ * 997) % len(passages)]
        view.restore_position(place, 0.3)
        idle(app)
        time.sleep(0.3)  # the reader rests: the pinyin around the place is read ahead
        idle(app)
        wait_for_study_thread(app)
        bare.append(timed(app, window, lambda: None))
        for key in (Qt.Key.Key_3, Qt.Key.Key_1):
            press = lambda k=key: QTest.keyClick(window, k, ctrl)  # noqa: E731
            switch.append(timed(app, window, press, painted))
        top = view.reading_position()[0]
        on.append(timed(app, window, lambda: QTest.keyClick(window, Qt.Key.Key_P, both), painted))
        assert window.study.aids.pinyin.enabled and view.reading_position()[0] == top
        off.append(timed(app, window, lambda: QTest.keyClick(window, Qt.Key.Key_P, both), painted))
        # Straight after a jump, before the place's pinyin is read ahead or placed.
        far = passages[(round_ * 1733 + 500) % len(passages)]
        view.restore_position(far, 0.0)
        idle(app)
        from wocdesk.study.pinyin import text_pinyin

        text_pinyin.cache_clear()
        cold.append(timed(app, window, lambda: QTest.keyClick(window, Qt.Key.Key_P, both), painted))
        timed(app, window, lambda: QTest.keyClick(window, Qt.Key.Key_P, both), painted)
    figures = {
        "bare": median_ms(bare),
        "switch": median_ms(switch),
        "on": median_ms(on),
        "off": median_ms(off),
        "cold": median_ms(cold),
    }
    on_, switch_, bare_ = figures["on"], figures["switch"], figures["bare"]
    print(
        f"{name:>9}: pinyin on {on_:5.1f} ms ({on_ / switch_:.2f}x a mode switch of "
        f"{switch_:.1f} ms; {on_ / bare_:.1f}x a bare repaint of {bare_:.1f} ms), off "
        f"{figures['off']:.1f} ms; on straight after a jump {figures['cold']:.1f} ms"
    )
    window.close()
    return figures


def bench_popup(app, article, rounds: int) -> dict[str, float]:  # type: ignore[no-untyped-def]
    from wocdesk.study.segment import chinese_words
    from wocdesk.ui.reading.rows import Source

    window = ready_window(app, article, "zh-en")
    view = window.view
    lookup = window.study.aids.lookup
    painted = PaintCounter(view.viewport())
    places = []
    for passage in list(article.passages())[:6]:
        if passage.zh:
            for span in chinese_words(passage.zh)[:8]:
                places.append((Source("passage", passage.id, "zh"), span.start))
    bare, shown = [], []
    for round_ in range(rounds):
        for number, (source, offset) in enumerate(places[round_ % 4 :: 4]):
            view.restore_position(source.ident, 0.0)
            lookup.close()
            idle(app)
            bare.append(timed(app, window, lambda: None))

            def fire(source=source, offset=offset) -> None:  # type: ignore[no-untyped-def]
                lookup._pending = (source, offset)  # the mouse rests there
                lookup._on_hover_timer()  # the hover timer fires

            shown.append(timed(app, window, fire, painted))
            assert lookup.is_open and lookup.popup.word, (number, source, offset)
    popup, base = median_ms(shown), median_ms(bare)
    print(
        f"   popup: hover timer to shown {popup:5.1f} ms (budget {POPUP_BUDGET_MS:.0f}; "
        f"{popup / base:.1f}x a bare repaint of {base:.1f} ms; {len(shown)} words)"
    )
    window.close()
    return {"popup": popup, "bare": base}


def bench_sentence(app, article, rounds: int) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QPoint
    from PySide6.QtTest import QTest

    from wocdesk.ui.reading.formats import TextRange
    from wocdesk.ui.reading.rows import Source

    window = ready_window(app, article, "zh-en")
    view = window.view
    painted = PaintCounter(view.viewport())
    window.show_section("trends")
    idle(app)
    passage = article.passage("p-enterprise")
    starts = [0, passage.en.index("Much of"), passage.en.index("For example")]
    points = []
    for start in starts:
        rects = view.text_rects(TextRange(Source("passage", passage.id, "en"), start + 2, 1))
        points.append(rects[0].center().toPoint())
    for point in points:  # the section's alignment is computed once, on the study thread
        QTest.mouseMove(view.viewport(), point)
        wait_for_study_thread(app)
    lit, bare = [], []
    for round_ in range(rounds * 3):
        point = points[round_ % len(points)]
        bare.append(timed(app, window, lambda: None))
        lit.append(timed(app, window, lambda p=point: QTest.mouseMove(view.viewport(), p), painted))
        QTest.mouseMove(view.viewport(), QPoint(2, 2))
        idle(app)
    print(
        f"sentence: lit as the mouse moves onto it {median_ms(lit):5.1f} ms "
        f"({median_ms(lit) / median_ms(bare):.1f}x a bare repaint of {median_ms(bare):.1f} ms)"
    )
    window.close()


def bench_overhead(app, article, rounds: int) -> None:  # type: ignore[no-untyped-def]
    """What the study aids add to opening the window and to a mode switch (pinyin off)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    import wocdesk.ui.reader.main_window as window_module
    from wocdesk.ui.study.install import install_study_aids

    def without(_window):  # type: ignore[no-untyped-def]
        return None

    opened: dict[str, list[float]] = {"with": [], "without": []}
    switched: dict[str, list[float]] = {"with": [], "without": []}
    ctrl = Qt.KeyboardModifier.ControlModifier
    for _round in range(rounds):
        for label, install in (("with", install_study_aids), ("without", without)):
            window_module.install_study_aids = install  # type: ignore[assignment]
            start = time.perf_counter()
            window = window_module.MainWindow(article, "zh")
            window.resize(1280, 800)
            window.show()
            idle(app)
            window.repaint()
            opened[label].append(time.perf_counter() - start)
            if label == "with":
                window.study.aids.data.start()
                wait_for_study_thread(app)
            painted = PaintCounter(window.view.viewport())
            for key in (Qt.Key.Key_3, Qt.Key.Key_2, Qt.Key.Key_1):
                press = lambda k=key, w=window: QTest.keyClick(w, k, ctrl)  # noqa: E731
                switched[label].append(timed(app, window, press, painted))
            window.close()
            window.deleteLater()
            idle(app)
    built: list[float] = []
    installed: list[float] = []
    window_module.install_study_aids = without  # type: ignore[assignment]
    for _round in range(rounds * 2):
        start = time.perf_counter()
        window = window_module.MainWindow(article, "zh")
        middle = time.perf_counter()
        install_study_aids(window)
        built.append(middle - start)
        installed.append(time.perf_counter() - middle)
        window.deleteLater()
        idle(app)
    window_module.install_study_aids = install_study_aids  # type: ignore[assignment]
    print(
        f"  installing in the window: {median_ms(installed):.2f} ms beside "
        f"{median_ms(built):.1f} ms for the rest of the window's constructor"
    )
    for name, samples in (("window open to painted", opened), ("mode switch", switched)):
        on, off = median_ms(samples["with"]), median_ms(samples["without"])
        print(
            f"{name:>22}: {on:5.1f} ms with the study aids, {off:5.1f} ms without ({on / off:.2f}x)"
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
    small = bench_pinyin(app, "bundled", bundled, rounds)
    large = bench_pinyin(app, "200 ch.", long_text, rounds)
    popup = bench_popup(app, bundled, rounds)
    bench_sentence(app, bundled, rounds)
    bench_overhead(app, bundled, rounds)
    verdicts = [
        ("pinyin on, bundled article ≤ 16 ms", small["on"] <= PINYIN_BUDGET_MS),
        ("pinyin on at book scale ≤ a mode switch", large["on"] <= large["switch"]),
        ("popup ≤ 50 ms", popup["popup"] <= POPUP_BUDGET_MS),
    ]
    for label, ok in verdicts:
        print(f"{'ok  ' if ok else 'OVER'} {label}")


if __name__ == "__main__":
    main()
