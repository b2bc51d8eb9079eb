"""Load python-pptx (and warm the planner's font) in a background thread, once."""

from __future__ import annotations

import threading

_started: list[threading.Thread] = []
_lock = threading.Lock()


def _load() -> None:
    import pptx.chart.data  # noqa: F401  (python-pptx, lxml and XlsxWriter for the chart)

    import wocdesk.deck.writer.pptx_file  # noqa: F401
    from wocdesk.deck.layout.measure import text_width

    text_width("中A", 12.0)
    text_width("中A", 12.0, bold=True)


def preload_pptx() -> threading.Thread:
    """Start importing the .pptx writer in a daemon thread (call after the window is shown)."""
    with _lock:
        if not _started:
            thread = threading.Thread(target=_load, name="wocdesk-preload-pptx", daemon=True)
            thread.start()
            _started.append(thread)
        return _started[0]
