"""The show's keys: navigation, jumping, language cycling, blanking, notes, closing."""

from __future__ import annotations

from PySide6.QtCore import Qt

K = Qt.Key


def test_next_and_previous_keys(qtbot, show):
    for key in (K.Key_Right, K.Key_Space, K.Key_PageDown):
        qtbot.keyClick(show, key)
    assert show.index == 3
    for key in (K.Key_Left, K.Key_PageUp, K.Key_Backspace):
        qtbot.keyClick(show, key)
    assert show.index == 0
    qtbot.keyClick(show, K.Key_Left)
    assert show.index == 0  # stays on the first slide


def test_click_moves_on_and_right_click_back(qtbot, show):
    qtbot.mouseClick(show, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(show, Qt.MouseButton.LeftButton)
    assert show.index == 2
    qtbot.mouseClick(show, Qt.MouseButton.RightButton)
    assert show.index == 1


def test_home_end_and_last_slide_stays(qtbot, show):
    qtbot.keyClick(show, K.Key_End)
    last = len(show.deck.slides) - 1
    assert show.index == last
    qtbot.keyClick(show, K.Key_Right)
    assert show.index == last
    qtbot.keyClick(show, K.Key_Home)
    assert show.index == 0


def test_number_then_enter_jumps(qtbot, show):
    qtbot.keyClicks(show, "10")
    assert show.digits == "10"
    qtbot.keyClick(show, K.Key_Return)
    assert show.index == 9 and show.digits == ""
    qtbot.keyClick(show, K.Key_3)
    qtbot.keyClick(show, K.Key_Enter)
    assert show.index == 2


def test_number_past_the_end_says_so_and_stays(qtbot, show):
    qtbot.keyClick(show, K.Key_Right)
    qtbot.keyClicks(show, "99")
    qtbot.keyClick(show, K.Key_Return)
    assert show.index == 1
    assert "99" in show.message and "12" in show.message
    assert show.jump(0) is False and show.index == 1


def test_language_cycles_and_keeps_the_slide(qtbot, show, source):
    qtbot.keyClick(show, K.Key_End)
    qtbot.keyClick(show, K.Key_Left)
    index = show.index
    seen = []
    for _ in range(4):
        qtbot.keyClick(show, K.Key_L)
        seen.append(show.mode.value)
        assert show.index == index
    assert seen == ["zh-en", "en-zh", "zh", "en"]
    # each mode is planned once, then cached
    assert sorted(source.calls) == ["en", "en-zh", "zh", "zh-en"]
    qtbot.keyClick(show, K.Key_L)
    assert source.calls.count("zh-en") == 1


def test_language_switch_redraws_the_other_language(qtbot, show):
    qtbot.keyClick(show, K.Key_Right)
    qtbot.keyClick(show, K.Key_L)
    qtbot.keyClick(show, K.Key_L)
    qtbot.keyClick(show, K.Key_L)
    assert show.mode.value == "zh"
    assert show.slide.title == "议程"


def test_blank_toggles_and_navigation_unblanks(qtbot, show):
    qtbot.keyClick(show, K.Key_B)
    assert show.blanked
    image = show.grab().toImage()
    assert {image.pixel(x, y) for x in range(0, 960, 97) for y in range(0, 540, 53)} == {0xFF000000}
    qtbot.keyClick(show, K.Key_B)
    assert not show.blanked
    qtbot.keyClick(show, K.Key_B)
    qtbot.keyClick(show, K.Key_Right)
    assert not show.blanked and show.index == 1


def test_notes_overlay_toggles_and_shows_the_notes(qtbot, show, monkeypatch):
    from wocdesk.ui.show import show_overlays

    drawn: list[str] = []
    original = show_overlays.notes_text
    monkeypatch.setattr(
        show_overlays, "notes_text", lambda s: drawn.append(original(s)) or original(s)
    )
    qtbot.keyClick(show, K.Key_Right)
    before = show.grab().toImage()
    qtbot.keyClick(show, K.Key_N)
    assert show.notes_visible
    after = show.grab().toImage()
    assert drawn and drawn[-1] == "notes 2 en"
    assert before != after  # the overlay is drawn
    qtbot.keyClick(show, K.Key_N)
    assert not show.notes_visible


def test_escape_closes_and_says_so(qtbot, show):
    with qtbot.waitSignal(show.closed, timeout=1000):
        qtbot.keyClick(show, K.Key_Escape)
    assert not show.isVisible()


def test_escape_first_cancels_a_typed_number(qtbot, show):
    qtbot.keyClicks(show, "4")
    qtbot.keyClick(show, K.Key_Escape)
    assert show.isVisible() and show.digits == ""


def test_language_switch_maps_continuation_slides():
    from dataclasses import replace

    from tests.present.sample_deck import make_deck
    from wocdesk.ui.show.deck_source import map_index

    en = make_deck("en", extra=3)
    zh = make_deck("zh", extra=3)
    agenda = zh.slides[1]
    more = replace(agenda, title=agenda.title + " (续)")
    zh = replace(zh, slides=(*zh.slides[:2], more, *zh.slides[2:]))  # zh needs two agenda slides
    assert map_index(en, 1, zh) == 1
    assert map_index(en, 2, zh) == 3  # the chart slide comes one later in Chinese
    assert map_index(en, 6, zh) == 7
    assert map_index(zh, 2, en) == 1  # the continuation maps back to its first slide
    assert map_index(zh, 3, en) == 2
    assert map_index(zh, 7, en) == 6


def test_mouse_wheel_moves_one_slide_per_notch(qtbot, show):
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent

    def wheel(dy: int) -> None:
        event = QWheelEvent(
            QPointF(10, 10),
            QPointF(10, 10),
            QPoint(0, 0),
            QPoint(0, dy),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        show.wheelEvent(event)

    wheel(-120)
    wheel(-240)
    assert show.index == 3
    wheel(120)
    assert show.index == 2
    wheel(-60)  # half a notch: nothing yet
    assert show.index == 2


def test_superscript_digits_are_not_slide_numbers(qtbot, show):
    start = show.index
    assert not show.handle_key(int(K.Key_twosuperior), "²")
    assert show.digits == ""
    qtbot.keyClick(show, K.Key_Return)  # no number typed: Enter moves on by one
    assert show.index == start + 1
