"""Render the reader with its study aids offscreen and save the README's picture.

Writes resources/screenshots/study-aids.png: the bundled article in both languages with pinyin
on, the mouse resting on 知识产权 (its popup shown, its sentence and the English that
translates it lit). Run from the repository: python resources/screenshots/make_study_screenshot.py
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
os.environ["QT_QPA_PLATFORM"] = "offscreen"


def main() -> None:
    from PySide6.QtTest import QTest

    import wocdesk
    from wocdesk.ui.app.language import set_interface_language
    from wocdesk.ui.app.startup import start_application
    from wocdesk.ui.reader.main_window import MainWindow
    from wocdesk.ui.reading.formats import TextRange
    from wocdesk.ui.reading.rows import Source
    from wocdesk.ui.study import worker

    app = start_application(offscreen=True)
    set_interface_language("en")

    def settle(seconds: float = 0.2) -> None:
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            app.processEvents()
        worker.wait_idle(60)
        app.processEvents()

    window = MainWindow(wocdesk.load_article(), "zh-en")
    window.resize(1280, 800)
    window.show()
    settle()
    window.study.aids.data.start()
    settle()
    window.study.set_pinyin(True)
    window.show_section("event")
    settle()
    view = window.view
    text = window.article.passage("p-event").zh or ""
    word = TextRange(Source("passage", "p-event", "zh"), text.rindex("知识产权") + 1, 1)
    QTest.mouseMove(view.viewport(), view.text_rects(word)[0].center().toPoint())
    settle(0.6)
    assert window.study.aids.lookup.popup.word == "知识产权"
    window.grab().save(str(HERE / "study-aids.png"))


if __name__ == "__main__":
    main()
