"""The reader window offers the briefing: File ▸ Export slides… (Ctrl+E) and View ▸ Present (F5)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from wocdesk.ui.export.export_action import EXPORT_ACTION_ID, export_action
from wocdesk.ui.show.present_action import PRESENT_ACTION_ID, install_present_action


def test_export_and_present_are_in_the_menus_with_their_keys(window) -> None:  # type: ignore[no-untyped-def]
    export = export_action(window)
    assert export in window.menu("file").actions()
    assert export.shortcut() == QKeySequence("Ctrl+E")
    present = window.action_registry.actions[PRESENT_ACTION_ID]
    assert present in window.menu("view").actions()
    assert present.shortcut() == QKeySequence("F5")
    assert install_present_action(window, window.presenter) is present  # idempotent: one F5
    f5 = [a for a in window.findChildren(type(present)) if a.shortcut() == QKeySequence("F5")]
    assert len(f5) == 1


def test_ctrl_e_opens_the_export_dialog_with_previews(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = window.export_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.article is window.article
    assert dialog.mode() == "zh"  # the first time, the language being read
    assert not dialog.thumbnails.isHidden()  # the previews fill the dialog's thumbnail spot
    export_action(window).trigger()
    assert window.export_dialog is dialog  # one dialog, raised again
    dialog.close()


def test_export_action_follows_the_interface_language(window) -> None:  # type: ignore[no-untyped-def]
    from wocdesk.ui.app.language import set_interface_language

    set_interface_language("zh")
    try:
        assert export_action(window).text() == "导出幻灯片(&E)…"
    finally:
        set_interface_language("en")
    assert export_action(window).text() == "&Export Slides…"
    assert EXPORT_ACTION_ID == "export-slides"


def test_every_key_triggers_exactly_one_action(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QAction

    owners: dict[str, list[str]] = {}
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            owners.setdefault(key.toString(), []).append(action.objectName())
    ambiguous = {key: names for key, names in owners.items() if len(names) > 1}
    assert not ambiguous  # Qt triggers nothing for a key bound twice
    fired: list[bool] = []
    action = window.action_registry.actions["find-next"]
    action.triggered.connect(lambda *_: fired.append(True))
    qtbot.keyClick(window.view, Qt.Key.Key_F3)
    assert fired == [True]


def test_find_follows_a_new_layout_and_a_new_article(window) -> None:  # type: ignore[no-untyped-def]
    from wocdesk.ui.reading.rows import source_text

    def found() -> list[str]:
        search = finder.search
        assert search is not None
        matches = [search.match(n) for n in range(len(search))]
        return [
            source_text(window.article, m.source)[m.start : m.start + m.length] for m in matches
        ]

    window.set_mode("en")
    window.open_find()
    finder = window.finder
    finder.panel.field.setText("innovation")
    finder.finish()
    before = finder.matches()
    assert before > 0
    window.view.toggle_reveal("p-event")  # laid out anew; the revealed Chinese has none
    assert finder.matches() == before
    assert all(text.casefold() == "innovation" for text in found())
    window.open_bundled_article()  # another article object: searched again
    finder.finish()
    assert finder.matches() == before
    assert all(text.casefold() == "innovation" for text in found())


def test_a_new_article_gets_a_new_export_dialog(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    first = window.open_export_dialog()
    window.open_bundled_article()
    second = window.open_export_dialog()
    assert second is not first and second.article is window.article
    assert not first.isVisible()


def test_f5_during_a_show_returns_to_it(window) -> None:  # type: ignore[no-untyped-def]
    show = window.presenter.present()
    assert show is not None
    try:
        assert window.presenter.present() is show
    finally:
        show.close()
