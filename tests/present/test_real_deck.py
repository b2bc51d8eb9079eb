"""The show draws the planner's real deck: every language, every slide, text inside its boxes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from wocdesk.deck.model import TableBox, TextBox
from wocdesk.model.text import DisplayMode

MODES = ["zh", "en", "zh-en", "en-zh"]


@pytest.fixture(scope="module")
def decks(article):
    from wocdesk.deck import plan_deck

    return {mode: plan_deck(article, lang=mode) for mode in MODES}


@pytest.mark.parametrize("mode", MODES)
def test_every_planned_line_is_drawn_inside_its_box(qapp, decks, mode):
    from wocdesk.ui.slides.renderer import SlideRenderer

    deck = decks[mode]
    renderer = SlideRenderer(deck)
    image = QImage(1920, 1080, QImage.Format.Format_ARGB32_Premultiplied)
    for slide in deck.slides:
        image.fill(QColor("black"))
        trace: list = []
        painter = QPainter(image)
        renderer.paint(painter, slide, QRectF(0, 0, 1920, 1080), trace)
        painter.end()
        planned = [
            line
            for box in slide.boxes
            if isinstance(box, TextBox)
            for p in box.paragraphs
            for line in p.lines
        ] + [
            line
            for box in slide.boxes
            if isinstance(box, TableBox)
            for row in box.rows
            for cell in row
            for p in cell.paragraphs
            for line in p.lines
        ]
        assert sorted(d.text for d in trace) == sorted(planned), slide.number
        for line in trace:
            limit = line.limit.adjusted(-0.5, -0.5, 0.5, 0.5)
            inside = limit.contains(QRectF(line.x, line.y, line.width, line.height))
            assert inside, (mode, slide.number, line.box, line.text)
        colours = {image.pixel(x, y) for x in range(0, 1920, 23) for y in range(0, 1080, 23)}
        assert len(colours) > 4, f"{mode} slide {slide.number} looks blank"


def test_language_cycle_keeps_the_outline_slide_on_the_real_deck(qtbot, article):
    from wocdesk.ui.show.deck_source import DeckSource
    from wocdesk.ui.show.show_window import ShowWindow

    show = ShowWindow(DeckSource.for_article(article), DisplayMode.ZH)
    qtbot.addWidget(show)
    show.resize(960, 540)
    for index in range(len(show.deck.slides)):
        show.go_to(index)
        kind = show.slide.kind
        for _ in range(4):
            show.cycle_language()
            assert show.slide.kind == kind
        assert show.index == index


@pytest.mark.parametrize("mode", MODES)
def test_qt_measures_every_planned_line_within_its_box(qapp, decks, mode):
    """Independent of the renderer's drawing: the deck's faces in Qt fit the planner's breaks."""
    from wocdesk.ui.slides.fonts import SlideFonts

    deck = decks[mode]
    fonts = SlideFonts(deck.fonts, 96.0)
    checked = 0
    for slide in deck.slides:
        frames = []
        for box in slide.boxes:
            if isinstance(box, TextBox):
                frames.append((box.w - 2 * box.inset, box.paragraphs))
            elif isinstance(box, TableBox):
                for row in box.rows:
                    for width, cell in zip(box.col_widths, row, strict=False):
                        frames.append((width - 2 * box.inset, cell.paragraphs))
        for width, paragraphs in frames:
            for p in paragraphs:
                metrics = fonts.metrics(p.lang, p.size, p.bold, p.italic)
                for line in p.lines:
                    assert metrics.horizontalAdvance(line) <= width + 0.5, (slide.number, line)
                    checked += 1
    assert checked > 40
