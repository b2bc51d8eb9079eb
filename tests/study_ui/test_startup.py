"""Nothing of the study aids' data loads before the window's first paint; it loads after it.

Run in a fresh process, with pinyin left on in the settings (the case that wants the data
soonest): at the reading view's first paint no segmenter, pypinyin or dictionary is loaded;
a moment later they are, and the pinyin is drawn.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PROBE = r"""
import os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QEvent, QObject, QSettings
from wocdesk.ui.app.startup import start_application
app = start_application(offscreen=True)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, {folder!r})
from wocdesk.content.article_file.loader import load_article
from wocdesk.ui.app.settings import Settings
from wocdesk.ui.reader.main_window import MainWindow
from wocdesk.ui.study.install import PINYIN_SETTING

WATCHED = ("rjieba", "pypinyin", "genanki", "wocdesk.study.dictionary", "wocdesk.study.segment")
def loaded():
    return sorted(m for m in sys.modules if m.split(".")[0] in WATCHED or m in WATCHED)

settings = Settings()
settings.set(PINYIN_SETTING, True)
window = MainWindow(load_article(), "zh", settings)
window.resize(1000, 700)
at_paint = []
class Watch(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not at_paint:
            at_paint.append(loaded())
        return False
watch = Watch()
window.view.viewport().installEventFilter(watch)
window.show()
end = time.time() + 60
while time.time() < end:
    app.processEvents()
    study = window.study
    if study.built and study.aids.data.words_loaded and study.aids.data.dictionary is not None:
        break
    time.sleep(0.01)
aids = window.study.aids
print("AT_PAINT=" + repr(at_paint[0] if at_paint else None))
print("AFTER=" + repr(loaded()))
print("PINYIN=" + repr((aids.pinyin.enabled, aids.pinyin.is_ready())))
window.settings = None
"""


def test_study_data_loads_after_the_first_paint(tmp_path: Path) -> None:
    folder = tmp_path / "probe-settings"
    folder.mkdir()
    result = subprocess.run(
        [sys.executable, "-c", PROBE.format(folder=str(folder))],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "WOCDESK_LIBRARY": str(tmp_path / "lib.sqlite3")},
    )
    lines = dict(line.split("=", 1) for line in result.stdout.splitlines() if "=" in line)
    assert "AT_PAINT" in lines, result.stderr[-800:]
    assert eval(lines["AT_PAINT"]) == []
    after = eval(lines["AFTER"])
    assert {"rjieba", "pypinyin", "wocdesk.study.dictionary"} <= set(after)
    assert "genanki" not in after
    assert eval(lines["PINYIN"]) == (True, True)
