"""View ▸ Pinyin: syllables read by word, above their characters, in every mode and zoom."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter
from PySide6.QtTest import QTest

from tests.study_ui.conftest import settle
from wocdesk.ui.study.pinyin.layer import MIN_RUBY_PX
from wocdesk.ui.study.pinyin.tones import contrast, tone_colour

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _blocks(window, passage_id: str, lang: str = "zh"):  # type: ignore[no-untyped-def]
    doc = window.view.document
    row = doc.index.passage_rows[window.article.passage_number(passage_id)]
    return [b for b in doc.layout(row).blocks if b.block.lang == lang and b.block.source]


def _pinyin_on(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    QTest.keyClick(window, Qt.Key.Key_P, CTRL_SHIFT)
    settle(qtbot)
    assert window.study.actions["pinyin"].isChecked()


def test_the_key_turns_pinyin_on_and_off_keeping_the_place(make_window, article, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window(article, "zh")
    window.view.restore_position("p-keys", 0.4)
    top = window.view.reading_position()[0]
    block = _blocks(window, "p-government")[0]
    plain_pitch = block.pitch
    _pinyin_on(window, qtbot)
    block = _blocks(window, "p-government")[0]
    assert block.pitch > plain_pitch  # room above every line
    assert window.view.reading_position()[0] == top
    QTest.keyClick(window, Qt.Key.Key_P, CTRL_SHIFT)
    settle(qtbot)
    assert not window.study.actions["pinyin"].isChecked()
    assert _blocks(window, "p-government")[0].pitch == plain_pitch
    assert window.view.reading_position()[0] == top


def test_words_are_read_in_context(make_window, article, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window(article, "zh")
    _pinyin_on(window, qtbot)
    readings = {}
    for passage_id, word in (("p-government", "一如既往地"), ("p-event", "举行")):
        block = _blocks(window, passage_id)[0]
        start = article.passage(passage_id).zh.index(word) + block.block.source_start
        by_char = {s.char: s.text for s in window.study.aids.pinyin.syllables(block)}
        readings[word] = [by_char[start + n] for n in range(len(word))]
    assert readings["一如既往地"][-1] == "de"
    assert readings["举行"] == ["jǔ", "xíng"]


def test_yi_and_bu_read_as_the_terminal_reads_them(make_window, article, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The ruby and ``wocdesk text --pinyin`` give 一 and 不 the same, spoken, tones."""
    window = make_window(article, "zh")
    _pinyin_on(window, qtbot)
    cases = (
        ("p-keys", "一座", ["yí", "zuò"]),
        ("p-eastward", "第一个", ["dì", "yī", "gè"]),
        ("p-exchange", "一个", ["yí", "gè"]),
        ("p-exchange", "不是", ["bú", "shì"]),
        ("p-government", "一如既往", ["yì", "rú", "jì", "wǎng"]),
    )
    for passage_id, word, expected in cases:
        block = _blocks(window, passage_id)[0]
        start = article.passage(passage_id).zh.index(word) + block.block.source_start
        by_char = {s.char: s.text for s in window.study.aids.pinyin.syllables(block)}
        assert [by_char[start + n] for n in range(len(word))] == expected, word


@pytest.mark.parametrize("mode", ["zh", "zh-en", "en-zh"])
def test_syllables_sit_above_their_characters(make_window, article, qtbot, mode) -> None:  # type: ignore[no-untyped-def]
    window = make_window(article, mode)
    _pinyin_on(window, qtbot)
    pinyin = window.study.aids.pinyin
    drifts = []
    for passage in article.passages():
        for block in _blocks(window, passage.id):
            ruby = pinyin.ruby_face(block.face)
            han_top = -QFontMetricsF(block.face.font).tightBoundingRect("厚量中").top()
            ink_bottom = ruby.metrics.tightBoundingRect("gjpqy").bottom()
            syllables = pinyin.syllables(block)
            assert len(syllables) == sum(1 for c in passage.zh or "" if "\u4e00" <= c <= "\u9fff")
            for syllable in syllables:
                char = block.char_rects(syllable.char, 1)[0]
                baseline = char.top() + block.pitch - block.face.pitch + block.face.first_baseline
                assert syllable.y + ink_bottom <= baseline - han_top + 0.5  # above the glyph
                assert syllable.y - ruby.ink_top >= char.top() - 0.5  # inside its own line
                width = ruby.metrics.horizontalAdvance(syllable.text) * syllable.scale
                drifts.append(abs(syllable.x + width / 2 - char.center().x()) / char.width())
    assert max(drifts) <= 1.0
    assert sum(d <= 0.3 for d in drifts) / len(drifts) >= 0.85


def test_both_columns_keep_one_first_baseline(make_window, article, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window(article, "zh-en")
    _pinyin_on(window, qtbot)
    zh = _blocks(window, "p-waves", "zh")[0]
    en = _blocks(window, "p-waves", "en")[0]

    def first_baseline(block):  # type: ignore[no-untyped-def]
        return block.y + block.pitch - block.face.pitch + block.face.first_baseline

    assert zh.pitch > zh.face.pitch and en.pitch == en.face.pitch
    assert first_baseline(zh) == pytest.approx(first_baseline(en))


def test_readable_at_the_smallest_and_largest_zoom(make_window, article, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window(article, "zh")
    _pinyin_on(window, qtbot)
    pinyin = window.study.aids.pinyin
    for zoom in (window.view.min_zoom, 12):
        window.set_zoom(zoom)
        settle(qtbot)
        block = _blocks(window, "p-waves")[0]
        ruby = pinyin.ruby_face(block.face)
        assert ruby.font.pixelSize() >= MIN_RUBY_PX
        assert ruby.font.pixelSize() <= block.face.wide
        placed = sorted(pinyin.syllables(block), key=lambda s: (s.y, s.x))
        for left, right in itertools.pairwise(placed):
            if left.y == right.y:
                width = ruby.metrics.horizontalAdvance(left.text) * left.scale
                assert right.x >= left.x + width  # never overlapping


def _ink_rows(window, block) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """Pixels drawn in the band above the block's first line, and in the line itself."""
    view = window.view
    image = QImage(view.viewport().size(), QImage.Format.Format_RGB32)
    view.viewport().render(image)
    doc = view.document
    row = doc.index.passage_rows[window.article.passage_number(block.block.source.ident)]
    top = int(doc.top(row) - view.scroll_y() + block.y)
    background = image.pixel(2, max(0, top))
    band = range(top + 1, top + int(block.pitch - block.face.pitch) - 1)
    xs = range(int(block.x), int(block.x + 300))
    ink = sum(1 for y in band for x in xs if image.pixel(x, y) != background)
    return ink, len(band)


def test_the_pinyin_is_painted_in_the_room_above_the_line(make_window, article, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window(article, "zh")
    window.view.restore_position("p-waves")
    _pinyin_on(window, qtbot)
    ink, rows = _ink_rows(window, _blocks(window, "p-waves")[0])
    assert rows > 4 and ink > 100
    window.study.aids.pinyin.enabled = False  # the room stays, nothing is drawn in it
    window.view.viewport().update()
    ink, _rows = _ink_rows(window, _blocks(window, "p-waves")[0])
    assert ink == 0


def test_nothing_is_drawn_until_the_words_are_loaded(make_window, article, qtbot) -> None:  # type: ignore[no-untyped-def]
    from wocdesk.ui.study.pinyin.layer import PinyinDecorator

    window = make_window(article, "zh")
    _pinyin_on(window, qtbot)
    block = _blocks(window, "p-waves")[0]
    waiting = PinyinDecorator(window.view, lambda: False)
    waiting.enabled = True
    assert waiting.space_above(block.block, block.face) > 0  # the room is kept meanwhile
    image = QImage(400, 200, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    waiting.paint(painter, block, QPointF(0, 0))
    painter.end()
    assert image == _blank(400, 200)


def _blank(width: int, height: int) -> QImage:
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(0)
    return image


@pytest.mark.parametrize(("dark", "base"), [(False, "#ffffff"), (True, "#1e1e1e")])
def test_tone_colours_read_on_light_and_dark(dark: bool, base: str) -> None:
    for tone in (1, 2, 3, 4):
        colour = tone_colour(tone, dark)
        assert colour is not None and contrast(colour, QColor(base)) >= 4.5
    assert tone_colour(5, dark) is None  # the neutral tone keeps the muted colour


def _reddish(window) -> int:  # type: ignore[no-untyped-def]
    image = QImage(window.view.viewport().size(), QImage.Format.Format_RGB32)
    window.view.viewport().render(image)
    count = 0
    for y in range(image.height()):
        for x in range(0, image.width(), 2):
            colour = QColor(image.pixel(x, y))
            count += colour.red() > colour.green() + 60 and colour.red() > colour.blue() + 60
    return count


def test_tone_colours_follow_the_toggle(make_window, article, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window(article, "zh")
    window.view.restore_position("p-waves")
    _pinyin_on(window, qtbot)
    assert _reddish(window) == 0  # muted
    window.study.actions["tone-colours"].trigger()
    settle(qtbot)
    assert window.study.aids.pinyin.tone_colours
    assert _reddish(window) > 20  # first tones in red
