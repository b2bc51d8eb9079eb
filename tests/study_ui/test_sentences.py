"""Aligned sentences: the sentence pointed at and its counterpart light up; Shift+T peeks."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from tests.study_ui.conftest import settle
from wocdesk.ui.reading.formats import TextRange
from wocdesk.ui.reading.rows import Source
from wocdesk.ui.study.pointer import HOLD_MS
from wocdesk.ui.study.sentences import SENTENCE_LAYER

SECOND_ENGLISH = "Much of the current innovation is largely driven by enterprises."
ITS_CHINESE = "现在的创新很大程度上都是企业在带动。"


def _point(window, passage_id: str, text: str, lang: str, nth: int = 3) -> QPoint:  # type: ignore[no-untyped-def]
    passage_text = window.article.passage(passage_id).text.get(lang)
    at = passage_text.index(text) + nth
    source = Source("passage", passage_id, lang)
    window.view.ensure_visible(TextRange(source, at, 1))
    return window.view.text_rects(TextRange(source, at, 1))[0].center().toPoint()


def _lit(window, passage_id: str, lang: str) -> list[str]:  # type: ignore[no-untyped-def]
    text = window.article.passage(passage_id).text.get(lang)
    spans = window.view._layers.spans_for(SENTENCE_LAYER, Source("passage", passage_id, lang))
    return [text[start : start + length] for start, length, _fmt in spans]


def test_pointing_at_an_english_sentence_lights_its_chinese(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.show_section("trends")
    QTest.mouseMove(window.view.viewport(), _point(window, "p-enterprise", SECOND_ENGLISH, "en"))
    settle(qtbot)
    assert _lit(window, "p-enterprise", "en") == [SECOND_ENGLISH]
    assert _lit(window, "p-enterprise", "zh") == [ITS_CHINESE]
    assert window.study.aids.sentences.lit_texts() == {"en": SECOND_ENGLISH, "zh": ITS_CHINESE}


def test_pointing_at_chinese_lights_its_english_and_moving_on_follows(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.show_section("trends")
    QTest.mouseMove(window.view.viewport(), _point(window, "p-enterprise", ITS_CHINESE, "zh"))
    settle(qtbot)
    assert _lit(window, "p-enterprise", "en") == [SECOND_ENGLISH]
    first = window.article.passage("p-enterprise").en.split(". ")[0]
    QTest.mouseMove(window.view.viewport(), _point(window, "p-enterprise", first, "en"))
    settle(qtbot)
    assert _lit(window, "p-enterprise", "en") == [first + "."]
    assert _lit(window, "p-enterprise", "zh")[0].startswith("第三个趋势")


def test_a_translator_merging_sentences_lights_all_of_them(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The event's first paragraph: three Chinese sentences against three English, one link."""
    QTest.mouseMove(window.view.viewport(), _point(window, "p-event", "On February", "en"))
    settle(qtbot)
    assert len(_lit(window, "p-event", "zh")) == 3


def test_the_word_looked_up_keeps_its_sentence_lit_off_the_text(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.show_section("trends")
    point = _point(window, "p-enterprise", ITS_CHINESE, "zh")
    QTest.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    settle(qtbot)
    window.view.hovered.emit(None)  # the mouse leaves the text
    settle(qtbot)
    assert _lit(window, "p-enterprise", "en") == [SECOND_ENGLISH]
    QTest.keyClick(window, Qt.Key.Key_B)  # the previous word is in the first sentence
    QTest.keyClick(window, Qt.Key.Key_B)
    QTest.keyClick(window, Qt.Key.Key_B)
    settle(qtbot)
    assert _lit(window, "p-enterprise", "zh")[0].startswith("第三个趋势")


def test_one_language_shown_lights_nothing_until_revealed(make_window, article, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window(article, "en")
    window.show_section("trends")
    point = _point(window, "p-enterprise", SECOND_ENGLISH, "en")
    QTest.mouseMove(window.view.viewport(), point)
    settle(qtbot)
    assert _lit(window, "p-enterprise", "zh") == []
    window.view.toggle_reveal("p-enterprise")
    settle(qtbot)
    QTest.mouseMove(window.view.viewport(), point + QPoint(1, 0))
    settle(qtbot)
    assert _lit(window, "p-enterprise", "zh") == [ITS_CHINESE]


def test_shift_t_shows_the_sentence_counterpart_under_it(make_window, article, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window(article, "en")
    window.show_section("trends")
    peek = window.study.aids.peek
    point = _point(window, "p-enterprise", SECOND_ENGLISH, "en")
    QTest.mouseMove(window.view.viewport(), point)
    settle(qtbot)
    doc = window.view.document
    row = doc.index.passage_rows[article.passage_number("p-enterprise")]
    height, top = doc.layout(row).height, window.view.scroll_y()
    QTest.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ShiftModifier)
    settle(qtbot)
    assert peek.is_open and peek.text == ITS_CHINESE
    assert (doc.layout(row).height, window.view.scroll_y()) == (height, top)  # nothing moved
    assert peek.bubble.geometry().top() > window.view.viewport().mapTo(window.view, point).y()
    assert window.view.revealed == frozenset()  # ⇄ is untouched
    QTest.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ShiftModifier)
    assert not peek.is_open


def test_click_and_hold_shows_the_counterpart_until_released(make_window, article, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window(article, "zh")
    window.show_section("trends")
    peek = window.study.aids.peek
    point = _point(window, "p-enterprise", ITS_CHINESE, "zh")
    port = window.view.viewport()
    QTest.mousePress(port, Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(lambda: peek.is_open, timeout=HOLD_MS + 2000)
    assert peek.text == SECOND_ENGLISH
    QTest.mouseRelease(port, Qt.MouseButton.LeftButton, pos=point)
    settle(qtbot)
    assert not peek.is_open
    assert not window.study.aids.lookup.is_open  # a hold is no click


def test_escape_closes_the_counterpart(make_window, article, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window(article, "zh")
    window.show_section("trends")
    QTest.mouseMove(window.view.viewport(), _point(window, "p-enterprise", ITS_CHINESE, "zh"))
    QTest.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ShiftModifier)
    settle(qtbot)
    assert window.study.aids.peek.is_open
    QTest.keyClick(window.view, Qt.Key.Key_Escape)
    assert not window.study.aids.peek.is_open
