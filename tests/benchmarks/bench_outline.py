"""Benchmark the outline panel and Add to briefing on the 200-chapter text, key press to idle.

Run from the repository root:
``QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_outline.py``.
Every figure is a key pressed on the window (QTest) until the event loop is idle (thumbnails
of the visible rows drawn) and the window repainted. Baselines, in the same run and window:
a mode switch (Ctrl+2 / Ctrl+1, the reader re-laying out the same text) and the same action on
the published post (10 passages).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="wocdesk-bench-data-")
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="wocdesk-bench-config-")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

ROUNDS = 7


def idle(app, window) -> None:  # type: ignore[no-untyped-def]
    """Process events until nothing is pending (thumbnails included), then repaint."""
    feature = window.outline_feature
    while True:
        app.processEvents()
        panel = feature.panel
        if panel is None or not panel.thumbnails.pending():
            app.processEvents()
            if panel is None or not panel.thumbnails.pending():
                break
    window.repaint()


def timed(app, window, action: Callable[[], None]) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    action()
    idle(app, window)
    return (time.perf_counter() - start) * 1000


def make_window(app, article):  # type: ignore[no-untyped-def]
    from wocdesk.ui.reader.main_window import MainWindow

    window = MainWindow(article, "en")
    window.resize(1400, 900)
    window.show()
    window.activateWindow()
    idle(app, window)
    return window


def key(window, name: str, ctrl: bool = False, shift: bool = False) -> Callable[[], None]:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    mods = Qt.KeyboardModifier.NoModifier
    if ctrl:
        mods |= Qt.KeyboardModifier.ControlModifier
    if shift:
        mods |= Qt.KeyboardModifier.ShiftModifier
    return lambda: QTest.keyClick(window, getattr(Qt.Key, f"Key_{name}"), mods)


def bench(label: str, article) -> dict[str, float]:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from wocdesk.briefing.sentences import sentence_spans
    from wocdesk.briefing.store import store_for
    from wocdesk.ui.reading.formats import TextRange
    from wocdesk.ui.reading.rows import Source

    app = QApplication.instance()
    results: dict[str, list[float]] = {k: [] for k in ("mode", "open", "mark", "page", "title")}
    passages = [p for p in article.passages() if p.en][:ROUNDS]
    for round_ in range(ROUNDS):
        store = store_for(article)
        store.save(store.load().__class__(article.id))  # no key points to start with
        window = make_window(app, article)
        results["mode"].append(timed(app, window, key(window, "2", ctrl=True)))
        timed(app, window, key(window, "1", ctrl=True))
        timed(app, window, key(window, "2", ctrl=True))
        results["open"].append(timed(app, window, key(window, "O", ctrl=True, shift=True)))
        passage = passages[round_]
        start, end = sentence_spans(passage.en)[0]
        window.jump_to_passage(passage.id)
        idle(app, window)
        window.view.select_range(TextRange(Source("passage", passage.id, "en"), start, end - start))
        idle(app, window)
        results["mark"].append(timed(app, window, key(window, "B", ctrl=True)))
        panel = window.outline_feature.panel
        panel.slides.setFocus()
        bar, page = panel.slides.verticalScrollBar(), panel.slides.viewport().height()
        results["page"].append(timed(app, window, lambda: bar.setValue(bar.value() + page)))  # noqa: B023
        panel.select_row(2)
        field = panel.editor.title.fields["en"]
        field.setText(f"Edited {round_}")
        results["title"].append(timed(app, window, field.editingFinished.emit))
        slides = len(window.outline_feature.briefing.outline.slides)
        window.outline_feature.briefing.outline.discard()
        window.close()
        window.deleteLater()
        app.processEvents()
    medians = {k: statistics.median(v) for k, v in results.items()}
    print(f"\n{label}: {len(list(article.passages()))} passages, {slides} outline slides")
    for name, text in (
        ("mode", "mode switch Ctrl+2 (baseline)"),
        ("open", "View ▸ Outline, first open (Ctrl+Shift+O)"),
        ("mark", "Add to briefing (Ctrl+B), panel open"),
        ("page", "slide list scrolled by a page"),
        ("title", "slide title edited (field left)"),
    ):
        ratio = medians[name] / medians["mode"]
        print(f"  {text:45s} {medians[name]:8.1f} ms  ({ratio:4.1f}x the mode switch)")
    return medians


def main() -> None:
    from longtext import long_raw_text
    from PySide6.QtWidgets import QApplication

    from wocdesk.content.importing.importer import import_text
    from wocdesk.content.opening import open_article
    from wocdesk.ui.app.fonts import register_fonts

    app = QApplication.instance() or QApplication([])
    register_fonts()
    folder = Path(tempfile.mkdtemp(prefix="wocdesk-bench-"))
    seed = folder / "post.txt"
    seed.write_text((ROOT / "tests" / "data" / "seed.txt").read_text(encoding="utf-8"), "utf-8")
    short = bench("the published post", open_article(seed))
    long = bench("the 200-chapter text", import_text(long_raw_text(), "long"))
    print("\n200-chapter text against the post, same run:")
    for name in ("open", "mark", "page", "title"):
        print(f"  {name:6s} {long[name] / short[name]:5.1f}x")
    del app


if __name__ == "__main__":
    main()
