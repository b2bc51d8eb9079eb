"""Shared by the window benchmarks: medians, running the event loop until idle, timed key presses.

A measure runs from the key press until the event loop is idle and the window repainted, and
fails when the reading view itself was not repainted (repainting a window does not repaint a
scroll area's viewport).
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def medians(samples: list[tuple[float, float]]) -> tuple[float, float]:
    """Median wall time and median CPU time of this process, in ms."""
    return median_ms([wall for wall, _ in samples]), median_ms([cpu for _, cpu in samples])


def settle_after_show(app) -> None:  # type: ignore[no-untyped-def]
    """Let the work scheduled after the window appears (preloading) finish first."""
    end = time.perf_counter() + 0.8
    while time.perf_counter() < end:
        app.processEvents()


def idle(app) -> None:  # type: ignore[no-untyped-def]
    """Process events until the loop is idle: a zero timer fires after what is pending."""
    from PySide6.QtCore import QTimer

    for _ in range(3):  # events posted while processing are processed on the next turns
        fired: list[bool] = []
        QTimer.singleShot(0, lambda done=fired: done.append(True))
        while not fired:
            app.processEvents()


class PaintCounter:
    """Counts the paint events of a widget (a measure must include the view's painting)."""

    def __init__(self, widget) -> None:  # type: ignore[no-untyped-def]
        from PySide6.QtCore import QEvent, QObject

        counter = self

        class Filter(QObject):
            def eventFilter(self, _watched, event):  # type: ignore[no-untyped-def]
                if event.type() == QEvent.Type.Paint:
                    counter.count += 1
                return False

        self.count = 0
        self._filter = Filter()
        widget.installEventFilter(self._filter)


def timed(
    app, window, action: Callable[[], None], painted: PaintCounter | None = None
) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """Seconds from ``action`` (a key press) until idle and the window repainted: wall, CPU.

    The CPU time of this process is printed beside the wall time: on a shared machine it tells
    what the work costs when other processes take turns on the cores. Repainting a window does
    not repaint the reading view's viewport (Qt paints a child only when it was marked for
    update): with ``painted``, the measure fails unless the view did.
    """
    before = painted.count if painted is not None else 0
    start, cpu = time.perf_counter(), time.process_time()
    action()
    idle(app)
    window.repaint()
    elapsed, used = time.perf_counter() - start, time.process_time() - cpu
    if painted is not None and painted.count == before:
        raise AssertionError("the reading view was not repainted by the measured action")
    return elapsed, used
