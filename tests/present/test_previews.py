"""The export dialog's slide previews: same renderer, debounced re-planning, errors shown."""

from __future__ import annotations

from tests.present.sample_deck import make_deck
from wocdesk.errors import WocdeskError


def test_previews_wait_for_a_pause_then_draw_every_slide(qtbot):
    from wocdesk.ui.slide_previews import SlidePreviews

    strip = SlidePreviews()
    qtbot.addWidget(strip)
    calls: list[str] = []

    def factory(mode):
        def plan():
            calls.append(mode)
            return make_deck(mode, extra=2)

        return plan

    for mode in ("zh", "en", "zh-en"):  # three changes in quick succession: one plan
        strip.request(factory(mode))
    assert strip.is_pending() and calls == []
    with qtbot.waitSignal(strip.rendered, timeout=2000) as blocker:
        pass
    assert calls == ["zh-en"]
    assert blocker.args == [6] and strip.list.count() == 6
    assert strip.list.item(0).toolTip() == "前沿科技中国实践故事会"
    icon = strip.list.item(2).icon().pixmap(strip.list.iconSize()).toImage()
    colours = {
        icon.pixel(x, y) for x in range(0, icon.width(), 5) for y in range(0, icon.height(), 5)
    }
    assert len(colours) > 3


def test_a_planning_error_is_shown_in_the_strip(qtbot):
    from wocdesk.ui.slide_previews import SlidePreviews

    strip = SlidePreviews()
    qtbot.addWidget(strip)

    def broken():
        raise WocdeskError("deck.toml: slide 2: unknown kind 'x'")

    strip.request(broken)
    strip.refresh_now()
    assert strip.list.count() == 0 and "slide 2" in strip.status.text()
