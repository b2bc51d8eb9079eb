"""The notes overlay (N): opaque, lines of a readable length, a gap between the languages."""

from __future__ import annotations

from itertools import pairwise

import pytest
from PySide6.QtGui import QColor

from wocdesk.model.text import DisplayMode
from wocdesk.ui.show import notes_overlay, show_overlays
from wocdesk.ui.show.notes_overlay import PANEL


@pytest.fixture
def real_show(qtbot, article):  # type: ignore[no-untyped-def]
    from wocdesk.ui.show.deck_source import DeckSource
    from wocdesk.ui.show.show_window import ShowWindow

    show = ShowWindow(DeckSource.for_article(article), DisplayMode.ZH_EN, 2)
    show.resize(1920, 1080)
    qtbot.addWidget(show)
    show.show()
    return show


def unit_of(show) -> float:  # type: ignore[no-untyped-def]
    return max(show.height() / 45.0, 11.0)


def test_the_panel_is_opaque(real_show):
    real_show.toggle_notes()
    image = real_show.grab().toImage()
    panel, body, _paragraphs = show_overlays.notes_geometry(real_show, unit_of(real_show))
    # Beside the text column, over the slide: only the panel's colour, nothing of the slide.
    for x in (10, int(body.left()) - 20, int(body.right()) + 20, real_show.width() - 10):
        for y in (int(panel.top()) + 5, int(panel.center().y()), int(panel.bottom()) - 5):
            assert QColor(image.pixel(x, y)).rgb() == PANEL.rgb(), (x, y)
    assert PANEL.alpha() == 255


def test_lines_keep_a_readable_measure(real_show):
    notes = real_show.slide.notes
    assert "\n" in notes  # a bilingual deck: Chinese, then English
    _panel, _body, flow = show_overlays.notes_geometry(real_show, unit_of(real_show))
    paragraphs = flow.paragraphs
    chinese = max((p for p in paragraphs if p.chinese), key=lambda p: len(p.text))
    english = max((p for p in paragraphs if not p.chinese), key=lambda p: len(p.text))
    lines = chinese.line_texts()
    assert len(lines) >= 3
    assert all(len(line) <= 38 for line in lines), lines
    assert all(len(line) >= 30 for line in lines[:-1]), lines
    lines = english.line_texts()
    assert len(lines) >= 3
    assert all(len(line.strip()) <= 78 for line in lines), lines
    assert all(len(line.strip()) >= 55 for line in lines[:-1]), lines


def test_a_gap_between_the_languages(real_show):
    _panel, _body, flow = show_overlays.notes_geometry(real_show, unit_of(real_show))
    paragraphs = flow.paragraphs
    line_height = paragraphs[0].layout.lineAt(0).height()
    changes, same = [], []
    for before, after in pairwise(paragraphs):
        gap = after.top - before.bottom
        (changes if before.chinese != after.chinese else same).append(gap)
    assert changes and same
    assert min(changes) >= line_height * 0.8, (changes, line_height)
    assert min(changes) > max(same)  # the languages stand apart more than their paragraphs


def test_long_notes_use_columns_before_shrinking(real_show):
    """Notes that do not fit one column run into a second at a readable size, within the panel."""
    unit = unit_of(real_show)
    panel, body, flow = show_overlays.notes_geometry(real_show, unit)
    assert flow.columns == 2 and flow.font.pixelSize() >= unit * 0.75
    assert panel.height() <= real_show.height() * show_overlays.NOTES_SHARE + 1
    assert body.width() <= real_show.width()
    columns = {column for _p, _i, column, _top in flow.placed}
    assert columns == {0, 1}
    assert all(top + flow.font.pixelSize() <= body.height() + 1 for *_x, top in flow.placed)


def test_very_long_notes_shrink_but_not_below_the_minimum(real_show):
    from PySide6.QtCore import QRectF

    long = "\n".join([real_show.slide.notes] * 6)
    box = QRectF(0, 0, 1800, 1080 * show_overlays.NOTES_SHARE)
    flow = notes_overlay.fit_notes(long, real_show.overlay_font(), 24, 12, box)
    assert 12 <= flow.font.pixelSize() < 24


def test_script_detection():
    assert notes_overlay.is_chinese("世界知识产权组织中国办事处主任刘华表示,当前世界")
    assert notes_overlay.is_chinese("在全球十大顶级科技集群当中,东亚独占6席(Eastward)。")
    assert not notes_overlay.is_chinese("Ms. Liu Hua, Director of the WIPO Office in China")
