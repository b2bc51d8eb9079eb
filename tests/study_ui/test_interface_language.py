"""The study aids speak the interface language and switch with it, live."""

from __future__ import annotations

from wocdesk.ui.app.language import set_interface_language
from wocdesk.ui.reading.rows import Source


def test_actions_popup_and_panel_switch_live(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    study = window.study
    aids = study.aids
    text = window.article.passage("p-keys").zh
    aids.lookup.show_at(Source("passage", "p-keys", "zh"), text.index("金钥匙"))
    study.show_vocabulary(True)
    panel = aids.attach_panel()
    assert study.actions["pinyin"].text() == "Pin&yin"
    set_interface_language("zh")
    assert study.actions["pinyin"].text() == "拼音(&Y)"
    assert study.actions["pinyin"].toolTip() == "在中文上方显示拼音 (Ctrl+Shift+P)"
    assert study.actions["next-word"].text() == "下一个词(&W)"
    assert study.dock.windowTitle() == "生词本"
    assert aids.lookup.popup.save.text() == "保存词语"
    assert aids.lookup.popup.note.text() == "词典中没有此词；按其组成部分：金 + 钥匙"
    assert panel.tree.headerItem().text(0) == "词语"
    assert panel.export_button.text() == "导出…"
    set_interface_language("en")
    assert aids.lookup.popup.note.text() == "Not in the dictionary; by its parts: 金 + 钥匙"
    assert panel.tree.headerItem().text(2) == "Meaning"


def test_the_keys_clash_with_no_other_action(window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QAction, QKeySequence

    seen: dict[str, str] = {}
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            name = key.toString(QKeySequence.SequenceFormat.PortableText)
            assert name not in seen, (name, seen.get(name), action.objectName())
            seen[name] = action.objectName()
    for key in ("Ctrl+Shift+P", "Ctrl+Shift+V", "Shift+T", "N", "B", "S"):
        assert key in seen


def test_the_docks_tab_buttons_follow_the_language(window) -> None:  # type: ignore[no-untyped-def]
    """Qt names a dock tab bar's buttons once, when it makes the bar: they are named again."""
    from PySide6.QtWidgets import QAbstractButton, QTabBar

    def names() -> list[str]:
        return sorted(
            button.accessibleName()
            for bar in window.findChildren(QTabBar)
            for button in bar.findChildren(QAbstractButton)
            if button.objectName() in ("ScrollLeftButton", "ScrollRightButton")
        )

    window.study.show_vocabulary(True)  # a tab beside the key points
    assert names() == ["Scroll Left", "Scroll Right"]
    set_interface_language("zh")
    chinese = names()
    assert len(chinese) == 2 and not any("Scroll" in name for name in chinese), chinese
    set_interface_language("en")
    assert names() == ["Scroll Left", "Scroll Right"]
