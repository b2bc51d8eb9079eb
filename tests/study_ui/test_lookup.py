"""Word lookup: hover or click a Chinese word, read its senses, step word by word, Esc."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from tests.study_ui.conftest import settle
from wocdesk.ui.reading.formats import TextRange
from wocdesk.ui.reading.rows import Source
from wocdesk.ui.study.lookup import HOVER_MS, WORD_LAYER


def _point(window, passage_id, word, lang="zh", last=False, nth=1) -> QPoint:  # type: ignore[no-untyped-def]
    """The middle of the word's ``nth`` character (its last one for a shorter word)."""
    text = window.article.passage(passage_id).text.get(lang)
    at = text.rindex(word) if last else text.index(word)
    source = Source("passage", passage_id, lang)
    window.view.ensure_visible(TextRange(source, at, len(word)))
    rects = window.view.text_rects(TextRange(source, at + min(nth, len(word) - 1), 1))
    return rects[0].center().toPoint()


def _hover(window, qtbot, point: QPoint) -> None:  # type: ignore[no-untyped-def]
    QTest.mouseMove(window.view.viewport(), point)
    qtbot.waitUntil(lambda: window.study.aids.lookup.is_open, timeout=3000)


def test_hovering_a_word_shows_its_senses(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    lookup = window.study.aids.lookup
    point = _point(window, "p-event", "知识产权", last=True)
    QTest.mouseMove(window.view.viewport(), point)
    qtbot.wait(HOVER_MS // 3)
    assert not lookup.is_open  # it waits for the mouse to rest
    qtbot.waitUntil(lambda: lookup.is_open, timeout=3000)
    popup = lookup.popup
    assert popup.word == "知识产权"
    assert popup.pinyin.text() == "zhī shí chǎn quán"
    assert "intellectual property rights (law)" in popup.senses
    assert popup.traditional.text() == "[知識產權]"
    text = window.article.passage("p-event").zh
    at = text.rindex("知识产权")
    layer = window.view._layers.spans_for(WORD_LAYER, Source("passage", "p-event", "zh"))
    assert [(start, length) for start, length, fmt in layer] == [(at, 4)]
    assert layer[0][2].fontUnderline()
    assert window.focusWidget() is window.view  # the popup never takes the keyboard


def test_the_context_reading_comes_first(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    _hover(window, qtbot, _point(window, "p-government", "地对", nth=0))
    popup = window.study.aids.lookup.popup
    assert popup.word == "地"
    assert popup.pinyin.text() == "de"
    assert popup.senses[0] == "-ly"
    assert popup.sense_count > 4 and popup.more.isVisibleTo(popup)
    assert len(popup.senses) == 4
    popup.more.click()
    assert len(popup.senses) == popup.sense_count
    assert popup.more.text() == "Fewer"


def test_the_popup_reads_yi_as_the_ruby_does(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """一 before 座 (a 4th tone) is yí in the popup too."""
    _hover(window, qtbot, _point(window, "p-keys", "一座", nth=0))
    popup = window.study.aids.lookup.popup
    assert (popup.word, popup.pinyin.text()) == ("一座", "yí zuò")
    _hover(window, qtbot, _point(window, "p-exchange", "不是", nth=0))
    assert (popup.word, popup.pinyin.text()) == ("不是", "bú shì")


def test_a_word_the_dictionary_lacks_is_shown_by_its_parts(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    _hover(window, qtbot, _point(window, "p-keys", "金钥匙"))
    popup = window.study.aids.lookup.popup
    assert popup.word == "金钥匙"
    assert "金 + 钥匙" in popup.note.text()
    assert any("key" in sense for sense in popup.senses)


def test_the_popup_goes_when_the_mouse_leaves_the_text_but_not_into_it(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    lookup = window.study.aids.lookup
    _hover(window, qtbot, _point(window, "p-event", "知识产权", last=True))
    popup = lookup.popup
    # Into the popup: it stays.
    QTest.mouseMove(popup, popup.rect().center())
    popup.pointer_inside.emit(True)
    qtbot.wait(600)
    assert lookup.is_open
    popup.pointer_inside.emit(False)
    window.view.hovered.emit(None)
    qtbot.waitUntil(lambda: not lookup.is_open, timeout=2000)
    assert window.view._layers.spans_for(WORD_LAYER, Source("passage", "p-event", "zh")) == []


def test_a_click_pins_the_popup_until_escape(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    lookup = window.study.aids.lookup
    point = _point(window, "p-waves", "创新浪潮")
    QTest.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(lambda: lookup.is_open, timeout=1000)
    assert lookup.pinned and lookup.popup.word
    window.view.hovered.emit(None)
    qtbot.wait(600)
    assert lookup.is_open
    QTest.keyClick(window.view, Qt.Key.Key_Escape)
    assert not lookup.is_open


def test_n_and_b_step_from_word_to_word(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    lookup = window.study.aids.lookup
    _hover(window, qtbot, _point(window, "p-event", "知识产权", last=True))
    QTest.keyClick(window, Qt.Key.Key_N)
    assert lookup.popup.word == "助力"
    QTest.keyClick(window, Qt.Key.Key_N)
    assert lookup.popup.word == "创新"
    QTest.keyClick(window, Qt.Key.Key_B)
    QTest.keyClick(window, Qt.Key.Key_B)
    assert lookup.popup.word == "知识产权"
    assert lookup.pinned


def test_n_goes_on_into_the_next_paragraph_and_starts_at_the_top(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    lookup = window.study.aids.lookup
    window.view.restore_position("p-waves")
    settle(qtbot)
    QTest.keyClick(window, Qt.Key.Key_N)  # nothing looked up: the first word at the top
    assert lookup.current.source.ident == "p-waves"
    assert lookup.popup.word == "世界知识产权组织"
    text = window.article.passage("p-event").zh
    lookup.show_at(Source("passage", "p-event", "zh"), text.index("发展。"))
    QTest.keyClick(window, Qt.Key.Key_N)
    assert lookup.current.source.ident == "p-waves"


def test_english_words_have_no_popup(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    QTest.mouseMove(window.view.viewport(), _point(window, "p-event", "Beijing", "en"))
    qtbot.wait(HOVER_MS + 200)
    assert not window.study.aids.lookup.is_open


def test_while_the_dictionary_loads_the_popup_says_so(window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from wocdesk.ui.study.data import StudyData

    data = window.study.aids.data
    monkeypatch.setattr(StudyData, "dictionary", property(lambda self: None))
    _hover(window, qtbot, _point(window, "p-event", "知识产权", last=True))
    popup = window.study.aids.lookup.popup
    assert popup.note.text() == "Loading the dictionary…"
    assert not popup.save.isEnabled() and popup.senses == []
    monkeypatch.undo()
    data.dictionary_ready.emit()
    assert "intellectual property rights (law)" in popup.senses
    assert popup.save.isEnabled() and not popup.note.isVisibleTo(popup)


def test_a_popup_that_grows_stays_clear_of_its_word(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Shown above a word near the bottom, it is placed again when it grows."""
    view = window.view
    lookup = window.study.aids.lookup
    source = Source("passage", "p-government", "zh")
    word = TextRange(source, window.article.passage("p-government").zh.index("地对"), 1)
    view.ensure_visible(word)
    view.scroll_by(view.text_rects(word)[0].top() - view.viewport().height() + 40)
    lookup.show_at(source, word.start)
    popup = lookup.popup

    def clear() -> bool:
        box = view.text_rects(word)[0].translated(view.viewport().pos())
        return not popup.geometry().intersects(box.toAlignedRect())

    assert clear() and popup.geometry().top() < view.text_rects(word)[0].top()
    popup.more.click()
    assert clear()
    popup.say("Saved to the vocabulary.")
    assert clear()


def test_the_first_hover_builds_the_aids_and_looks_up(make_window, article, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QCursor

    QCursor.setPos(-500, -500)  # the mouse of earlier tests is not over the new window
    window = make_window(article, "zh-en", load=False)
    qtbot.wait(50)
    assert not window.study.built  # nothing of it at start-up
    QTest.mouseMove(window.view.viewport(), _point(window, "p-event", "知识产权", last=True))
    assert window.study.built
    qtbot.waitUntil(lambda: window.study.aids.lookup.popup.word == "知识产权", timeout=5000)


def test_the_aids_are_built_and_loaded_a_moment_after_the_first_paint(
    make_window, article, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from wocdesk.ui.study import install

    monkeypatch.setattr(install, "LOAD_DELAY_MS", 30)
    window = make_window(article, "zh", load=False)
    qtbot.waitUntil(lambda: window.study.built and window.study.aids.data.started, timeout=3000)
