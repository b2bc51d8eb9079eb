"""The notes overlay (N): opaque, lines of a readable length, a gap between the languages."""

from __future__ import annotations

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
    _panel, _body, paragraphs = show_overlays.notes_geometry(real_show, unit_of(real_show))
    chinese = [p for p in paragraphs if p.chinese]
    english = [p for p in paragraphs if not p.chinese]
    assert chinese and english
    for paragraph in chinese:
        lines = paragraph.line_texts()
        assert len(lines) >= 3
        assert all(len(line) <= 38 for line in lines), lines
        assert all(len(line) >= 30 for line in lines[:-1]), lines
    for paragraph in english:
        lines = paragraph.line_texts()
        assert all(len(line.strip()) <= 78 for line in lines), lines
        assert all(len(line.strip()) >= 55 for line in lines[:-1]), lines


def test_a_gap_between_the_languages(real_show):
    _panel, _body, paragraphs = show_overlays.notes_geometry(real_show, unit_of(real_show))
    first, second = paragraphs[0], paragraphs[1]
    assert first.chinese and not second.chinese
    line_height = first.layout.lineAt(0).height()
    gap = second.top - first.bottom
    normal = first.layout.lineAt(1).y() - first.layout.lineAt(0).y() - line_height
    assert gap >= normal + line_height * 0.8, (gap, line_height)


def test_long_notes_shrink_within_the_panel(real_show):
    long = "\n".join([real_show.slide.notes] * 4)
    font = real_show.overlay_font()
    from PySide6.QtCore import QRectF

    box = QRectF(0, 0, 1800, 1080 * show_overlays.NOTES_SHARE)
    paragraphs, fitted = notes_overlay.fit_notes(long, font, 24, show_overlays.MIN_NOTES_PX, box)
    assert fitted.pixelSize() < 24
    assert paragraphs[-1].bottom <= box.height() or fitted.pixelSize() <= 12


def test_script_detection():
    assert notes_overlay.is_chinese("世界知识产权组织中国办事处主任刘华表示,当前世界")
    assert notes_overlay.is_chinese("在全球十大顶级科技集群当中,东亚独占6席(Eastward)。")
    assert not notes_overlay.is_chinese("Ms. Liu Hua, Director of the WIPO Office in China")
