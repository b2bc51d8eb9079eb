"""Using the reading view: keys, wheel, mouse selection and copy, ⇄, hit-testing, formats."""

from __future__ import annotations

import random

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QTextCharFormat, QWheelEvent
from PySide6.QtWidgets import QApplication

from wocdesk.model.text import DisplayMode
from wocdesk.ui.reading.formats import FormatSpan, TextRange
from wocdesk.ui.reading.rows import Source


def passage_row(view, passage_id):  # type: ignore[no-untyped-def]
    return view.document.index.passage_rows[view.article.passage_number(passage_id)]


def char_center(view, passage_id, lang, offset):  # type: ignore[no-untyped-def]
    rects = view.text_rects(TextRange(Source("passage", passage_id, lang), offset, 1))
    return rects[0].center()


def test_keys_scroll_by_line_page_and_to_the_ends(make_view, text, qtbot):
    view = make_view(text, "en")
    bar = view.verticalScrollBar()
    start = view.scroll_y()
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert view.scroll_y() == start + bar.pageStep()
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert view.scroll_y() == start + 2 * bar.pageStep()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.scroll_y() == start + 2 * bar.pageStep() + bar.singleStep()
    qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_PageUp)
    assert view.scroll_y() == start + bar.pageStep()
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert view.scroll_y() == view.max_scroll()
    assert view.top_paragraph_id() == list(text.passages())[-1].id
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert view.scroll_y() == 0


def test_paging_down_shows_the_next_screen_exactly(make_view, text, qtbot):
    view = make_view(text, "zh-en")
    view.restore_position(list(text.passages())[len(list(text.passages())) // 2].id)
    height = view.viewport().height()
    before = view.scroll_y()
    last_row_seen = view.document.row_at(before + height - 1)
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert view.document.row_at(view.scroll_y()) <= last_row_seen  # no row skipped


def test_the_top_paragraph_is_named_after_every_wheel_turn(make_view, text, qtbot):
    view = make_view(text, "zh")
    named = []
    view.top_passage_changed.connect(named.append)
    center = QPointF(view.viewport().rect().center())
    for _ in range(25):
        event = QWheelEvent(
            center,
            QPointF(view.viewport().mapToGlobal(center.toPoint())),
            QPoint(0, 0),
            QPoint(0, -120),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(view.viewport(), event)
        assert view.scroll_y() > 0
        if named:
            assert named[-1] == view.top_paragraph_id()
    assert len(named) >= 2


def test_drag_selects_across_passages_and_copies(make_view, article, qtbot):
    view = make_view(article, "en")
    view.restore_position("p-exchange")
    exchange, enterprise = article.passage("p-exchange").en, article.passage("p-enterprise").en
    start = char_center(view, "p-exchange", "en", len(exchange) - 12)
    end = char_center(view, "p-enterprise", "en", 10)
    port = view.viewport()
    qtbot.mousePress(port, Qt.MouseButton.LeftButton, pos=start.toPoint())
    qtbot.mouseMove(port, pos=end.toPoint())
    qtbot.mouseRelease(port, Qt.MouseButton.LeftButton, pos=end.toPoint())
    selected = view.selected_text()
    assert exchange[-10:] in selected and enterprise[:8] in selected
    assert selected.index(exchange[-10:]) < selected.index(enterprise[:8])
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == selected


def test_select_all_copies_the_whole_long_text(make_view, long_text, qtbot):
    view = make_view(long_text, "zh")
    qtbot.keyClick(view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    text = view.selected_text()
    passages = list(long_text.passages())
    assert passages[0].zh in text and passages[-1].zh in text
    assert text.count("\n") >= len(passages)


def test_double_click_selects_a_word(make_view, article, qtbot):
    view = make_view(article, "en")
    view.restore_position("p-enterprise")
    text = article.passage("p-enterprise").en
    at = text.index("Mitsubishi") + 3
    qtbot.mouseDClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=char_center(view, "p-enterprise", "en", at).toPoint(),
    )
    assert view.selected_text() == "Mitsubishi"


def test_clicking_the_mark_reveals_the_paragraph(make_view, article, qtbot):
    view = make_view(article, "en")
    view.restore_position("p-practice")
    row = passage_row(view, "p-practice")
    mark = view.document.layout(row).blocks[0].mark
    point = mark.center().toPoint() + QPoint(0, round(view.row_top_in_view(row)))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert "p-practice" in view.revealed
    texts = [b.block.text for b in view.document.layout(row).blocks]
    assert article.passage("p-practice").zh in texts


def test_hit_testing_finds_the_character_under_a_point(make_view, text):
    view = make_view(text, "zh-en")
    rng = random.Random(7)
    doc = view.document
    view.restore_position(list(text.passages())[len(list(text.passages())) // 3].id)
    checked = 0
    for row in range(doc.row_at(view.scroll_y()), doc.row_at(view.scroll_y() + 500)):
        for block in doc.layout(row).blocks:
            source = block.block.source
            if source is None or source.kind != "passage":
                continue
            length = len(block.block.text) - block.block.source_start
            for offset in rng.sample(range(length), min(6, length)):
                center = char_center(view, source.ident, source.lang, offset)
                if not 0 <= center.y() < view.viewport().height():
                    continue
                hit = view.hit_test(center)
                assert hit is not None and hit.on_text
                assert (hit.passage_id, hit.lang) == (source.ident, source.lang)
                # a point in a character's box hits the character or the edge after it
                assert hit.source_offset in (offset, offset + 1)
                checked += 1
    assert checked > 10


def test_format_layers_and_decorators_draw_over_ranges(make_view, article):
    view = make_view(article, "zh")
    view.restore_position("p-eastward")
    zh = article.passage("p-eastward").zh
    at = zh.index("东移")
    fmt = QTextCharFormat()
    fmt.setBackground(QColor("#ff0000"))
    view.set_formats(
        "study", [FormatSpan(TextRange(Source("passage", "p-eastward", "zh"), at, 2), fmt)]
    )
    row = passage_row(view, "p-eastward")
    block = view.document.layout(row).blocks[0]
    ranges = view._layers.ranges_for(block)
    assert [(r.start, r.length) for r in ranges] == [(at, 2)]
    image = view.viewport().grab().toImage()
    point = char_center(view, "p-eastward", "zh", at)
    assert image.pixelColor(point.toPoint() + QPoint(0, -7)).red() > 200
    view.clear_formats("study")
    assert view._layers.ranges_for(block) == []

    class Ruby:
        def __init__(self) -> None:
            self.painted: list[str] = []

        def space_above(self, block, face):  # type: ignore[no-untyped-def]
            return 9.0 if block.lang == "zh" and block.source is not None else 0.0

        def paint(self, painter, block, origin):  # type: ignore[no-untyped-def]
            self.painted.append(block.block.text)

    height = view.document.layout(row).height
    lines = view.document.layout(row).blocks[0].lines
    ruby = Ruby()
    view.add_decorator(ruby)
    assert view.top_paragraph_id() == "p-eastward"
    assert view.document.layout(row).height == height + 9.0 * lines
    view.grab()  # paints every row on screen
    assert zh in ruby.painted
    view.remove_decorator(ruby)
    assert view.document.layout(row).height == height


def test_flash_highlights_a_passage_briefly(make_view, article, qtbot):
    view = make_view(article, "en")
    view.restore_position("p-keys")
    view.flash_passage("p-keys")
    assert view.flashed()
    qtbot.waitUntil(lambda: not view.flashed(), timeout=3000)


def shown_matches_a_fresh_paint(view) -> bool:  # type: ignore[no-untyped-def]
    """What the screen shows (the backing store) is what painting the view afresh gives."""
    shown = view.windowHandle().screen().grabWindow(view.winId()).toImage()
    fresh = view.grab().toImage()
    width, height = fresh.width(), fresh.height()
    return shown.size() == fresh.size() and all(
        shown.pixel(x, y) == fresh.pixel(x, y)
        for x in range(0, width - 20, 3)
        for y in range(0, height, 2)
    )


def test_a_mode_switch_repaints_even_where_the_place_stays(make_view, article, qtbot):
    view = make_view(article, "zh", size=(800, 600))
    assert view.scroll_y() == 0
    for mode in ("en", "zh-en", "zh"):
        view.set_mode(DisplayMode(mode))
        QApplication.processEvents()
        assert view.scroll_y() == 0
        assert shown_matches_a_fresh_paint(view), mode


def test_scrolled_pixels_match_a_fresh_paint(make_view, long_text, qtbot):
    """Small scrolls move what is drawn and paint the strip uncovered: the result is exact."""
    view = make_view(long_text, "zh-en", size=(800, 600))
    center = QPointF(400, 300)
    for delta in (-120, -120, -240, 120, -360, -120):
        event = QWheelEvent(
            center,
            QPointF(view.viewport().mapToGlobal(center.toPoint())),
            QPoint(0, 0),
            QPoint(0, delta),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(view.viewport(), event)
        QApplication.processEvents()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    QApplication.processEvents()
    assert view.scroll_y() > 0
    assert shown_matches_a_fresh_paint(view)


def test_hover_says_which_character_is_under_the_mouse(make_view, article, qtbot):
    view = make_view(article, "zh-en")
    view.restore_position("p-exchange")
    seen = []
    view.hovered.connect(seen.append)
    en = article.passage("p-exchange").en
    at = en.index("collaboration") + 2
    qtbot.mouseMove(view.viewport(), pos=char_center(view, "p-exchange", "en", at).toPoint())
    hit = seen[-1]
    assert (hit.passage_id, hit.lang, hit.source_offset) == ("p-exchange", "en", at)
    assert hit.on_text
    zh = article.passage("p-exchange").zh
    at = zh.index("交流")
    qtbot.mouseMove(view.viewport(), pos=char_center(view, "p-exchange", "zh", at).toPoint())
    assert (seen[-1].passage_id, seen[-1].lang, seen[-1].source_offset) == ("p-exchange", "zh", at)
    QApplication.sendEvent(view, QEvent(QEvent.Type.Leave))
    assert seen[-1] is None
