"""The live interface language: every visible string changes, Qt's own strings too, and back."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QAbstractButton, QDockWidget, QLabel, QLineEdit, QMenu, QWidget

from wocdesk.i18n import interface_language
from wocdesk.ui import set_interface_language


def visible_strings(window) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Every string the interface shows, keyed by where it is (literal language names left out)."""
    strings: dict[str, str] = {"window title": window.windowTitle()}
    for action_id, action in window.action_registry.actions.items():
        if window.action_registry.specs[action_id].literal:
            strings[f"{action_id} tooltip"] = action.toolTip()
            continue
        strings[f"{action_id} text"] = action.text()
        strings[f"{action_id} tooltip"] = action.toolTip()
    for menu in window.findChildren(QMenu):
        if menu.title():
            strings[f"menu {menu.objectName()}"] = menu.title()
    for dock in window.findChildren(QDockWidget):
        strings[f"dock {dock.objectName()}"] = dock.windowTitle()
    for widget in window.findChildren(QWidget):
        name = widget.objectName() or type(widget).__name__
        if widget.accessibleName():
            strings[f"{name} accessible name"] = widget.accessibleName()
        if widget.toolTip():
            strings[f"{name} tooltip"] = widget.toolTip()
        if isinstance(widget, QLineEdit) and widget.placeholderText():
            strings[f"{name} placeholder"] = widget.placeholderText()
    for label in window.findChildren(QLabel):
        if label.text() and label.objectName() != "qt_toolbar_ext_button":
            strings[f"label {id(label)}"] = label.text()
    for button in window.findChildren(QAbstractButton):
        literal = {"×", "中文", "English"}
        if button.text() and button.text() not in literal and button.isVisibleTo(window):
            strings[f"button {id(button)}"] = button.text()
    if window.toolbar is not None:
        strings["toolbar"] = window.toolbar.windowTitle()
    return strings


def test_interface_switch_changes_every_visible_string(window):
    window.action_registry["find"].trigger()
    window.find_bar.field.setText("创新")
    before = visible_strings(window)
    set_interface_language("zh")
    after = visible_strings(window)
    assert set(before) == set(after)
    unchanged = {k: v for k, v in before.items() if after[k] == v}
    # The window title and section label hold the article's own (Chinese) title.
    unchanged.pop("window title", None)
    assert not unchanged, unchanged
    assert after["menu menu-file"] == "文件(&F)"
    set_interface_language("en")
    assert visible_strings(window) == before


def test_interface_language_from_the_menu(window):
    window.action_registry["ui-zh"].trigger()
    assert interface_language() == "zh"
    assert window.keys_dock.windowTitle() == "要点"
    assert window.action_registry["ui-zh"].isChecked()
    window.action_registry["ui-en"].trigger()
    assert interface_language() == "en"
    assert window.keys_dock.windowTitle() == "Key points"


def test_qt_own_strings_follow(window):
    def cancel() -> str:
        return QCoreApplication.translate("QPlatformTheme", "Cancel")

    assert cancel() == "Cancel"
    set_interface_language("zh")
    assert cancel() == "取消"
    set_interface_language("en")
    assert cancel() == "Cancel"


def test_status_bar_and_find_counts_are_translated(window):
    window.action_registry["find"].trigger()
    window.find_bar.field.setText("Sony")
    window.finder.finish()  # counted as you type, after a short pause
    set_interface_language("zh")
    assert "共" in window.position_label.text()
    assert "英语" in window.find_bar.other_button.text()


def test_article_mode_is_separate_from_the_interface(window):
    window.set_mode("en")
    set_interface_language("zh")
    assert window.mode.value == "en"
    assert window.section_list.titles()[0] == "The event"


def _system_locale(monkeypatch, name: str) -> None:
    """Make Qt's system locale ``name`` (Qt reads the environment once, so patch Qt itself)."""
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale(name)))


def test_follow_the_system(window, monkeypatch):
    _system_locale(monkeypatch, "zh_CN")
    window.action_registry["ui-system"].trigger()
    assert interface_language() == "zh"
    assert window.action_registry["ui-system"].isChecked()


def test_the_system_language_is_the_first_of_qts_ui_languages_we_have(monkeypatch):
    from wocdesk.ui.app.language import system_language

    for name, expected in (("zh_TW", "zh"), ("zh_CN", "zh"), ("en_GB", "en"), ("fr_FR", "en")):
        _system_locale(monkeypatch, name)
        assert system_language() == expected, name


def test_dates_follow_the_interface_language(window, article):
    from wocdesk.ui.app.about import about_text

    assert "February 23, 2024" in about_text(article)
    set_interface_language("zh")
    text = about_text(article)
    assert "2024年2月23日" in text and "北京" in text


def test_a_closed_show_is_left_out_of_the_switch(window, qtbot):
    from PySide6.QtCore import QEvent

    show = window.presenter.present()
    assert show is not None
    with qtbot.waitSignal(show.closed, timeout=1000):
        show.close()  # deleted on close: its retranslation goes with it
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    set_interface_language("zh")
    assert window.keys_dock.windowTitle() == "要点"
