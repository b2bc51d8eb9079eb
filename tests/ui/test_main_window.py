"""The window: opening place, keys, contents following the reader, key points, find, files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from wocdesk.ui.app.actions import ActionSpec


def test_opens_at_the_first_section(window, article):
    assert window.current_section_id() == article.sections[0].id
    assert window.section_list.current_section_id() == article.sections[0].id
    assert window.view.verticalScrollBar().value() == 0  # the title is in view
    assert "1" in window.section_label.text()


def test_ctrl_1_2_3_switch_modes_and_keep_the_place(window, qtbot):
    window.show_section("keys")
    window.view.setFocus()
    for keys, mode in (("Ctrl+2", "en"), ("Ctrl+3", "en-zh"), ("Ctrl+1", "zh")):
        sequence = QKeySequence(keys)
        combo = sequence[0]
        qtbot.keyClick(window.view, combo.key(), combo.keyboardModifiers())
        assert window.mode.value == mode
        assert window.top_paragraph_id() == "p-keys"


def test_previous_and_next_section_by_keyboard(window, qtbot, article):
    ids = [s.id for s in article.sections]
    qtbot.keyClick(window.view, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section_id() == ids[1]
    qtbot.keyClick(window.view, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section_id() == ids[2]
    qtbot.keyClick(window.view, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section_id() == ids[1]


def test_contents_follow_scrolling(window, article):
    view = window.view
    for passage in article.passages():
        view.restore_position(passage.id, 0.2)
        assert window.section_list.current_section_id() == passage.section_id
    view.verticalScrollBar().setValue(0)
    assert window.section_list.current_section_id() == article.sections[0].id


def test_contents_jump_to_a_section(window, article):
    list_widget = window.section_list
    list_widget.section_chosen.emit("voices")
    assert window.top_paragraph_id() == article.section("voices").passages[0].id
    assert list_widget.current_section_id() == "voices"


def test_contents_titles_follow_the_article_language(window, article):
    assert window.section_list.titles() == [s.title.zh for s in article.sections]
    window.set_mode("en-zh")
    assert window.section_list.titles() == [s.title.en for s in article.sections]


def test_key_point_jumps_to_its_paragraph_and_highlights_it(window, article):
    entries = window.key_points.entries()
    names = [text for text, _ in entries]
    assert all(t.name.zh in names for t in article.trends)
    assert all(k.name.zh in names for k in article.keys)
    assert "50%" in " ".join(names) and "70%" in " ".join(names)
    target = next(pid for text, pid in entries if text == article.trends[2].name.zh)
    window.key_points.passage_chosen.emit(target)
    assert window.top_paragraph_id() == "p-enterprise"
    assert window.view.flashed()
    window.view.clear_flash()
    assert not window.view.flashed()


def test_key_points_follow_the_article_language(window, article):
    window.set_mode("en")
    names = [text for text, _ in window.key_points.entries()]
    assert article.keys[0].name.en in names
    assert "Five keys" in [
        window.key_points.topLevelItem(i).text(0)
        for i in range(window.key_points.topLevelItemCount())
    ]


def test_find_in_the_shown_language(window, qtbot):
    window.action_registry["find"].trigger()
    assert window.find_bar.isVisible()
    window.find_bar.field.setText("创新")
    assert window.find_matches() > 3
    assert "1" in window.find_bar.count_label.text()
    first = window.finder.current
    assert window.view.selected_text() == "创新"
    window.action_registry["find-next"].trigger()
    assert window.finder.current > first  # further on in the text (row, column, offset)
    assert window.view.selected_text() == "创新"
    window.action_registry["find-previous"].trigger()
    assert window.finder.current == first


def test_find_counts_and_offers_the_hidden_language(window, qtbot):
    window.action_registry["find"].trigger()
    qtbot.keyClicks(window.find_bar.field, "Sony")
    assert window.find_matches() == 0
    button = window.find_bar.other_button
    assert button.isVisibleTo(window) and "1" in button.text()
    button.click()
    assert window.mode.is_bilingual
    assert window.find_matches() == 1
    assert window.view.selected_text() == "Sony"


def test_escape_closes_the_find_bar(window, qtbot):
    window.action_registry["find"].trigger()
    window.find_bar.field.setText("北京")
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible()


def test_every_action_is_in_a_menu_and_menus_cover_keys(window):
    in_menus: set[str] = set()

    def walk(menu: QMenu) -> None:
        for action in menu.actions():
            in_menus.add(action.objectName())
            if action.menu() is not None:
                walk(action.menu())

    for menu in window.menus.values():
        walk(menu)
    for action_id in window.action_registry.actions:
        assert f"action-{action_id}" in in_menus
    shortcuts = {
        a.shortcut().toString() for a in window.action_registry.actions.values() if a.shortcut()
    }
    assert {"Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+PgUp", "Ctrl+PgDown", "Ctrl+0"} <= shortcuts


def test_controls_have_accessible_names(window):
    for widget in (window.view, window.section_list, window.key_points, window.find_bar.field):
        assert widget.accessibleName()


def test_later_features_can_add_actions_and_hooks(window, qtbot):
    called = []
    action = window.add_action(
        "file",
        "export",
        ActionSpec("Export slides…", shortcuts=("Ctrl+E",)),
        lambda: called.append(1),
    )
    actions = window.menu("file").actions()
    assert actions.index(action) < actions.index(window.action_registry["quit"])
    window.add_action("view", "present", ActionSpec("Present", shortcuts=("F5",)))
    assert window.action_registry["present"] in window.menu("view").actions()
    action.trigger()
    assert called == [1]
    seen = []
    window.call_after_first_show(lambda w: seen.append(w))
    qtbot.waitUntil(lambda: seen == [window])


def test_first_shown_runs_once(make_window, article, qtbot):
    from wocdesk.ui.reader.main_window import MainWindow

    window = MainWindow(article, "en")
    qtbot.addWidget(window)
    runs = []
    window.call_after_first_show(lambda w: runs.append(1))
    with qtbot.waitSignal(window.first_shown):
        window.show()
    window.hide()
    window.show()
    qtbot.wait(20)
    assert runs == [1]
    assert window.key_points.topLevelItemCount() > 0


def test_bad_file_gets_a_dialog_and_the_article_stays(window, tmp_path, monkeypatch):
    reports = []
    monkeypatch.setattr(
        "wocdesk.ui.reader.open_article.report_bad_article",
        lambda parent, error: reports.append(str(error)),
    )
    bad = tmp_path / "broken.toml"
    bad.write_text("format = 1\nid = [\n", encoding="utf-8")
    before = window.article
    assert not window.open_article_file(bad)
    assert window.article is before
    assert len(reports) == 1 and "broken.toml" in reports[0]


def test_opens_a_raw_bilingual_text_and_back_to_the_bundled(window, seed_text, tmp_path: Path):
    raw = tmp_path / "post.txt"
    raw.write_text(seed_text, encoding="utf-8")
    assert window.open_article_file(raw)
    assert window.article.id != "frontier-tech-china-practice"
    assert window.section_list.section_count() == len(window.article.sections)
    window.action_registry["open-bundled"].trigger()
    assert window.article.id == "frontier-tech-china-practice"


def test_find_in_both_languages_when_both_are_shown(make_window, article):
    window = make_window(article, "zh-en")
    window.open_find()
    window.find_bar.field.setText("Sony")
    assert window.find_matches() == 1
    window.find_bar.field.setText("索尼")
    assert window.find_matches() == 1
    assert not window.find_bar.other_button.isVisibleTo(window)


def test_previous_section_goes_to_the_start_of_this_one_first(window):
    window.view.restore_position("p-exchange", 0.5)
    window.previous_section()
    assert window.top_paragraph_id() == "p-eastward"  # the start of the trends section
    window.previous_section()
    assert window.current_section_id() == "waves"


def test_article_without_highlights_says_so(window, seed_text, tmp_path: Path):
    raw = tmp_path / "post.txt"
    raw.write_text(seed_text, encoding="utf-8")
    window.open_article_file(raw)
    window.key_points.ensure_filled()
    assert window.key_points.entries() == []
    # ours, so in the interface language (English here), not the reading language (Chinese)
    assert window.key_points.topLevelItem(0).text(0) == "This article has no key points."


def test_the_embedding_api_is_importable_from_wocdesk_ui(window):
    import wocdesk.ui as ui
    from wocdesk.ui.reader.main_window import MainWindow

    assert ui.MainWindow is MainWindow and isinstance(window, ui.MainWindow)
    assert ui.ActionSpec is ActionSpec
    assert isinstance(window.state, ui.ReaderState)
    assert ui.set_interface_language("en") == "en"
