"""F5 in the reader: presents the briefing in the reading language; Esc returns to reading."""

from __future__ import annotations

from PySide6.QtCore import Qt


def _settings(tmp_path, **values):
    from PySide6.QtCore import QSettings

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    for key, value in values.items():
        settings.setValue(f"export/{key}", value)
    return settings


def test_present_uses_the_readers_outline_and_the_notes_chosen_for_export(qtbot, article, tmp_path):
    from wocdesk.resources import default_outline_path
    from wocdesk.ui.outline.briefing import briefing_for
    from wocdesk.ui.reader.main_window import MainWindow
    from wocdesk.ui.show.present_action import remembered_deck_choices

    assert remembered_deck_choices(_settings(tmp_path)) == (None, None)
    mine = tmp_path / "mine.toml"
    text = default_outline_path().read_text(encoding="utf-8")
    mine.write_text(text.replace("· Briefing", "· My talk", 1), encoding="utf-8")
    settings = _settings(tmp_path, outline=str(mine), notes="both")
    assert remembered_deck_choices(settings) == (str(mine), "both")
    window = MainWindow(article, "en")
    qtbot.addWidget(window)
    briefing_for(window.state).outline.load_file(mine)  # chosen in the export dialog or panel
    show = window.presenter.present(settings=settings)
    assert show is not None
    assert show.deck.title.endswith("My talk")
    assert set(show.deck.notes_langs) == {"zh", "en"}
    show.close()


def test_f5_presents_and_esc_returns_to_the_same_place(qtbot, article):
    from wocdesk.ui.reader.main_window import MainWindow
    from wocdesk.ui.show.present_action import install_present_action

    window = MainWindow(article, "zh")
    qtbot.addWidget(window)
    action = install_present_action(window, window.presenter)
    assert action in window.menu("view").actions()
    assert action.shortcut().toString() == "F5"
    window.show()
    window.show_section("trends")
    place = window.top_paragraph_id()

    action.trigger()
    show = window.present_show
    assert show is not None and show.isVisible()
    assert show.mode.value == "zh" and show.index == 0
    assert show.slide.title == show.source.deck("zh").slides[0].title
    qtbot.keyClick(show, Qt.Key.Key_Right)
    qtbot.keyClick(show, Qt.Key.Key_Right)
    qtbot.keyClick(show, Qt.Key.Key_L)  # zh → en, same slide
    assert show.mode.value == "en" and show.index == 2
    with qtbot.waitSignal(show.closed, timeout=1000):
        qtbot.keyClick(show, Qt.Key.Key_Escape)
    assert window.present_show is None
    assert window.isVisible() and window.top_paragraph_id() == place and window.mode.value == "zh"


def test_a_bad_outline_is_reported_not_raised(qtbot, article, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from wocdesk.ui.outline.briefing import briefing_for
    from wocdesk.ui.reader.main_window import MainWindow

    bad = tmp_path / "deck.toml"
    bad.write_text("this is = = not toml", encoding="utf-8")
    window = MainWindow(article, "en")
    qtbot.addWidget(window)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: shown.append(a[2])))
    briefing_for(window.state).outline.load_file(bad)
    assert window.presenter.present(settings=_settings(tmp_path)) is None
    assert shown and "deck.toml" in shown[0]


def test_opening_another_article_ends_the_show_of_the_previous_one(qtbot, article):
    from wocdesk.ui.reader.main_window import MainWindow

    window = MainWindow(article, "en")
    qtbot.addWidget(window)
    window.show()
    show = window.presenter.present()
    assert show is not None and window.present_show is show
    with qtbot.waitSignal(show.closed, timeout=1000):
        window.open_bundled_article()
    assert window.present_show is None and window.isVisible()
