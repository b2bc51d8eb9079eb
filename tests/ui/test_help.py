"""Help: About names the version; Keyboard Shortcuts lists every action's keys by menu, live."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from wocdesk import __version__
from wocdesk.ui.app.about import about_text
from wocdesk.ui.app.language import set_interface_language
from wocdesk.ui.app.shortcuts import on_every_keyboard, plain_name

NATIVE = QKeySequence.SequenceFormat.NativeText


def test_about_shows_the_version_in_both_languages(article):
    assert f"wocdesk {__version__}" in about_text(article)
    set_interface_language("zh")
    text = about_text(article)
    assert __version__ in text and "2024年2月23日" in text


def test_about_an_article_without_an_event(window, seed_text, tmp_path):
    raw = tmp_path / "post.txt"
    raw.write_text(seed_text, encoding="utf-8")
    assert window.open_article_file(raw)
    text = about_text(window.article)
    assert __version__ in text and "event of  in" not in text
    assert window.article.title.best("en") in text


def test_the_shortcuts_page_lists_every_action_with_its_keys(window):
    page = window.show_shortcuts()
    rows = page.rows()
    shown = {(name, keys) for _menu, name, keys in rows}
    for action_id, action in window.action_registry.actions.items():
        keys = ", ".join(k.toString(NATIVE) for k in action.shortcuts() if on_every_keyboard(k))
        assert (plain_name(action.text()), keys) in shown or any(
            name.endswith(plain_name(action.text())) and k == keys for name, k in shown
        ), action_id
    menus = [menu for menu, _name, _keys in rows]
    assert menus[0] == "File" and "Help" in menus
    assert ("File", "Open Article", QKeySequence("Ctrl+O").toString(NATIVE)) in rows
    assert ("View", "Present", "F5") in rows
    assert ("View", "Interface Language ▸ English", "") in rows
    assert ("Help", "Keyboard Shortcuts", "F1") in rows
    assert "Other" not in menus  # every action with keys is in a menu


def test_f1_opens_the_page(window, qtbot):
    window.activateWindow()
    qtbot.keyClick(window.view, QKeySequence("F1")[0].key())
    from wocdesk.ui.app.shortcuts import ShortcutsDialog

    page = window.findChild(ShortcutsDialog, "shortcuts-dialog")
    assert page is not None and page.isVisible()


def test_the_page_follows_the_interface_language_live(window):
    page = window.show_shortcuts()
    set_interface_language("zh")
    rows = page.rows()
    assert page.windowTitle() == "键盘快捷键"
    assert ("文件", "打开文章", QKeySequence("Ctrl+O").toString(NATIVE)) in rows
    assert all("&" not in name for _menu, name, _keys in rows)
    set_interface_language("en")
    assert page.rows()[0][0] == "File"


def test_an_action_added_later_appears(window):
    from wocdesk.ui.app.actions import ActionSpec

    window.add_action(
        "go", "test-extra", ActionSpec("&Somewhere Else", shortcuts=("Ctrl+Shift+Y",))
    )
    rows = window.show_shortcuts().rows()
    keys = QKeySequence("Ctrl+Shift+Y").toString(NATIVE)
    assert ("Go", "Somewhere Else", keys) in rows


def test_dedicated_keys_are_left_out():
    assert on_every_keyboard(QKeySequence("Ctrl+O"))
    assert on_every_keyboard(QKeySequence("Ctrl++"))
    assert on_every_keyboard(QKeySequence("Shift+F3"))
    assert on_every_keyboard(QKeySequence("Ctrl+PgDown"))
    assert not on_every_keyboard(QKeySequence("F16"))  # the Copy key of some X11 keyboards
    assert not on_every_keyboard(QKeySequence(Qt.Key.Key_Open))  # a dedicated "Open" key


def test_plain_names():
    assert plain_name("&Open Article…") == "Open Article"
    assert plain_name("打开文章(&O)…") == "打开文章"
    assert plain_name("Salt && &Pepper") == "Salt & Pepper"


def test_the_keys_stay_in_view_beside_a_long_entry(window, qtbot):
    from wocdesk.ui.app.actions import ActionSpec

    long_title = "WIPO China: Frontier Technology China’s Practice (long edition) " * 3
    window.add_action("go", "test-long", ActionSpec(long_title, shortcuts=("Ctrl+Shift+Y",)))
    page = window.show_shortcuts()
    qtbot.waitExposed(page)
    header = page.tree.header()
    keys = QKeySequence("Ctrl+Shift+Y").toString(NATIVE)
    assert header.sectionViewportPosition(1) + header.sectionSize(1) <= page.tree.viewport().width()
    assert header.sectionSize(1) > page.tree.fontMetrics().horizontalAdvance(keys)
    assert page.tree.horizontalScrollBar().maximum() == 0  # nothing to scroll to
