"""The presenter view and starting a show: follows the show, notes, timer, screens."""

from __future__ import annotations

from PySide6.QtCore import Qt

from wocdesk.model.text import DisplayMode
from wocdesk.ui.show.presenter_view import format_elapsed


def test_presenter_view_follows_the_show(qtbot, show):
    from wocdesk.ui.show.presenter_view import PresenterView

    view = PresenterView(show)
    qtbot.addWidget(view)
    assert view.current.slide is show.slide
    assert view.upcoming.slide is show.deck.slides[1]
    qtbot.keyClick(view, Qt.Key.Key_Right)  # keys typed in the view drive the show
    assert show.index == 1
    assert view.current.slide is show.slide and view.notes.toPlainText() == "notes 2 en"
    assert "2" in view.position.text() and "12" in view.position.text()
    qtbot.keyClick(view, Qt.Key.Key_L)
    assert view.notes.toPlainText() == "notes 2 zh"
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert view.upcoming.slide is None and "end" in view.next_label.text()


def test_presenter_view_speaks_chinese(qtbot, show):
    from wocdesk.i18n import set_interface_language
    from wocdesk.ui.show.presenter_view import PresenterView

    view = PresenterView(show)
    qtbot.addWidget(view)
    set_interface_language("zh")
    view.retranslate_ui()
    assert view.notes_label.text() != "Notes"


def test_elapsed_format():
    assert format_elapsed(0) == "00:00"
    assert format_elapsed(61_500) == "01:01"
    assert format_elapsed(3_725_000) == "1:02:05"


def test_closing_the_view_ends_the_show(qtbot, show):
    from wocdesk.ui.show.presenter_view import PresenterView

    view = PresenterView(show)
    qtbot.addWidget(view)
    view.show()
    with qtbot.waitSignal(show.closed, timeout=1000):
        view.close()
    assert not show.isVisible()


def test_start_show_on_one_screen_returns_to_the_reader(qtbot, source, article):
    from PySide6.QtWidgets import QMainWindow

    from wocdesk.ui.show.start import start_show

    reader = QMainWindow()
    qtbot.addWidget(reader)
    reader.show()
    show = start_show(reader, article, DisplayMode.ZH, source=source, slide=2, full_screen=False)
    assert show.isVisible() and show.mode.value == "zh" and show.index == 2
    assert show.presenter_view is None  # one screen: N overlay instead
    with qtbot.waitSignal(show.closed, timeout=1000):
        qtbot.keyClick(show, Qt.Key.Key_Escape)
    assert reader.isVisible()


def test_two_screens_put_the_show_on_the_second(monkeypatch, qapp):
    from wocdesk.ui.show import start

    class Screen:
        pass

    home, other = Screen(), Screen()
    monkeypatch.setattr(start.QGuiApplication, "screens", staticmethod(lambda: [home, other]))
    assert start.pick_screens(home) == (other, home)
    monkeypatch.setattr(start.QGuiApplication, "screens", staticmethod(lambda: [home]))
    assert start.pick_screens(home) == (home, None)


def test_every_presenter_string_has_its_chinese_in_the_catalog():
    import json
    from pathlib import Path

    from wocdesk.i18n import gettext_in

    ours = json.loads((Path(__file__).parent / "zh_catalog.json").read_text(encoding="utf-8"))
    for message, chinese in ours.items():
        assert gettext_in("zh", message) == chinese, message
