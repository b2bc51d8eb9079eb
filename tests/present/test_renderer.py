"""The slide renderer: draws the plan's lines inside the plan's boxes, chart and table included."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from tests.present.sample_deck import make_deck
from wocdesk.deck.model import Paragraph, Slide, TextBox
from wocdesk.ui.slides.chart import format_value, nice_axis


def _render(deck, slide, width=1920):
    from wocdesk.ui.slides.renderer import SlideRenderer

    renderer = SlideRenderer(deck)
    image = QImage(width, round(width * 9 / 16), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("black"))
    trace: list = []
    painter = QPainter(image)
    renderer.paint(painter, slide, QRectF(0, 0, image.width(), image.height()), trace)
    painter.end()
    return image, trace


def _colours(image: QImage, step: int = 7) -> set[int]:
    return {
        image.pixel(x, y)
        for x in range(0, image.width(), step)
        for y in range(0, image.height(), step)
    }


@pytest.mark.parametrize("mode", ["zh", "en", "zh-en", "en-zh"])
def test_every_slide_draws_something_and_every_planned_line(qapp, mode):
    deck = make_deck(mode)
    for slide in deck.slides:
        image, trace = _render(deck, slide, 960)
        assert len(_colours(image)) > 3, f"slide {slide.number} looks blank"
        planned = [
            line
            for box in slide.boxes
            if isinstance(box, TextBox)
            for p in box.paragraphs
            for line in p.lines
        ]
        drawn = [d.text for d in trace if not d.box.startswith("table")]
        assert drawn == planned


@pytest.mark.parametrize("mode", ["zh", "en", "zh-en"])
def test_drawn_lines_stay_inside_their_boxes(qapp, mode):
    deck = make_deck(mode)
    for slide in deck.slides:
        _, trace = _render(deck, slide)
        assert trace
        for line in trace:
            limit = line.limit.adjusted(-0.5, -0.5, 0.5, 0.5)
            assert limit.contains(QRectF(line.x, line.y, line.width, line.height)), line


def test_a_line_wider_than_its_box_is_condensed_not_rewrapped(qapp):
    from PySide6.QtGui import QFontMetricsF

    from wocdesk.ui.slides.fonts import SlideFonts

    deck = make_deck("en")
    text = "A line the planner measured narrower than Qt does"
    box = TextBox(
        x=10, y=10, w=120, h=40, paragraphs=(Paragraph(text, "en", 20, (text,)),), name="tight"
    )
    slide = Slide(number=1, kind="x", title="t", boxes=(box,))
    image, trace = _render(deck, slide, 960)
    assert [d.text for d in trace] == [text]
    assert trace[0].width <= 120 - 2 * box.inset + 1e-6
    fonts = SlideFonts(deck.fonts, 96.0)
    assert (
        QFontMetricsF(fonts.font("en", 20), image).horizontalAdvance(text) > 120
    )  # really too wide
    # nothing is painted right of the box
    scale = 960 / 960
    right = round((box.x + box.w) * scale) + 2
    assert {image.pixel(x, y) for x in range(right, 400) for y in range(10, 50)} == {
        QColor("white").rgba()
    }


def _faces(font, text):
    from PySide6.QtGui import QTextLayout

    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return [run.rawFont().familyName() for run in layout.glyphRuns()]


def test_chinese_takes_a_chinese_face_and_latin_the_latin_one(qapp):
    from wocdesk.ui.slides.fonts import SlideFonts

    fonts = SlideFonts(make_deck("zh").fonts, 96.0)
    faces = _faces(fonts.font("zh", 20), "议程 Agenda")
    assert any("CJK" in face or "SC" in face for face in faces), faces
    assert any("Liberation" in face for face in faces), faces


def test_value_formats_and_axis():
    assert format_value(0.7, "0%") == "70%"
    assert format_value(0.125, "0.0%") == "12.5%"
    assert format_value(12345, "#,##0") == "12,345"
    assert format_value(3.14159, "0.00") == "3.14"
    from wocdesk.ui.slides.chart import axis_top

    assert axis_top(make_deck("en").slides[2].boxes[-1]) == 1.0  # percentages: 0 to 100%
    top, step = nice_axis(0.7)
    assert top >= 0.7 and abs(top / step - round(top / step)) < 1e-9 and 3 <= top / step <= 8


def test_chart_bars_grow_with_values(qapp):
    deck = make_deck("en")
    image, _ = _render(deck, deck.slides[2], 960)
    bar = QColor("#1F4E79").rgb()

    def bar_height(x: int) -> int:
        return sum(1 for y in range(120, 540) if image.pixel(x, y) & 0xFFFFFF == bar & 0xFFFFFF)

    # three columns in the chart box (x 60..560): heights rise 50% → 60% → 70%
    columns = [x for x in range(60, 560) if bar_height(x) > 20]
    groups: list[list[int]] = []
    for x in columns:
        if groups and x - groups[-1][-1] <= 1:
            groups[-1].append(x)
        else:
            groups.append([x])
    heights = [bar_height(g[len(g) // 2]) for g in groups]
    assert len(heights) == 3 and heights[0] < heights[1] < heights[2]
    assert abs(heights[0] / heights[2] - 5 / 7) < 0.05
