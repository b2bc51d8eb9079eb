"""The Library view: every article listed, sorted, filtered; open, rename and remove."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.chapter_text import chapter_text
from tests.library_ui.modal import when_shown
from wocdesk.i18n import format_number
from wocdesk.library.models import place_at
from wocdesk.library.store import Library
from wocdesk.model.text import BiText
from wocdesk.ui.app.language import set_interface_language
from wocdesk.ui.library.view.table_model import COLUMNS

NOTES = (
    "专利笔记\nNotes on patents\n\n发明专利申请量继续增长。\n"
    "Applications for invention patents keep growing.\n"
)


def add_text(library: Library, folder: Path, name: str, text: str) -> int:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    outcome = library.import_file(path)
    assert outcome.article_id is not None
    return outcome.article_id


def column_texts(panel: Any, column: str) -> list[str]:
    proxy, number = panel.proxy, COLUMNS.index(column)
    return [proxy.index(row, number).data() for row in range(proxy.rowCount())]


def test_every_article_is_listed_with_its_title_in_the_interface_language(
    make_library_window, library: Library, tmp_path: Path, seed_text: str
) -> None:
    add_text(library, tmp_path, "chapters.txt", chapter_text(3, 2))
    window = make_library_window()
    window.library.show_library()
    panel = window.library.panel
    assert window.library.dock.isVisible()
    assert panel.visible_ids() == [1, 2]
    bundled = library.summary(1)
    assert column_texts(panel, "title")[0] == bundled.title.en
    assert column_texts(panel, "date")[0] == "Feb 23, 2024"
    assert column_texts(panel, "size") == ["10 passages", "6 passages"]
    assert panel.count_label.text() == "2 articles"
    set_interface_language("zh")
    assert column_texts(panel, "title")[0] == bundled.title.zh
    assert column_texts(panel, "date")[0] == "2024年2月23日"
    assert panel.model.headerData(0, Qt.Orientation.Horizontal) == "标题"
    assert window.library.dock.windowTitle() == "文库"


def test_sizes_are_formatted_with_the_locale_digit_grouping(
    make_library_window, library: Library, tmp_path: Path
) -> None:
    article = add_text(library, tmp_path, "long.txt", chapter_text(250, 5))
    window = make_library_window()
    window.library.show_library()
    passages = library.summary(article).passages
    assert passages >= 1000
    assert column_texts(window.library.panel, "size")[1] == f"{passages:,} passages"
    set_interface_language("zh")
    assert column_texts(window.library.panel, "size")[1] == f"{format_number(passages)} 段"


def test_each_column_sorts(make_library_window, library: Library, tmp_path: Path) -> None:
    small = add_text(library, tmp_path, "b-small.txt", NOTES)
    large = add_text(library, tmp_path, "a-large.txt", chapter_text(4, 3))
    library.rename(small, BiText("乙", "Beta"))
    library.rename(large, BiText("甲", "Alpha"))
    last_passage = list(library.article(large).passages())[-1].id
    library.set_place(large, place_at(last_passage, 0.0, None, 0))
    window = make_library_window()
    window.library.show_library()
    panel = window.library.panel
    header = panel.table.horizontalHeader()
    assert panel.visible_ids() == [1, small, large]  # the library's order until asked
    panel.table.sortByColumn(COLUMNS.index("title"), Qt.SortOrder.AscendingOrder)
    assert panel.visible_ids() == [large, small, 1]  # Alpha, Beta, WIPO…
    panel.table.sortByColumn(COLUMNS.index("size"), Qt.SortOrder.DescendingOrder)
    assert panel.visible_ids() == [large, 1, small]
    panel.table.sortByColumn(COLUMNS.index("date"), Qt.SortOrder.DescendingOrder)
    assert panel.visible_ids()[0] == 1  # the only dated one
    panel.table.sortByColumn(COLUMNS.index("progress"), Qt.SortOrder.DescendingOrder)
    assert panel.visible_ids()[0] == large
    assert column_texts(panel, "progress")[0] == "100%"
    assert header.sortIndicatorSection() == COLUMNS.index("progress")


def test_the_filter_keeps_titles_sources_files_and_articles_whose_text_matches(
    make_library_window, library: Library, tmp_path: Path, qtbot
) -> None:
    other = add_text(library, tmp_path, "notes.txt", NOTES)
    window = make_library_window()
    window.library.show_library()
    panel = window.library.panel
    qtbot.keyClicks(panel.field, "notes")
    qtbot.waitUntil(lambda: panel.query == "notes")
    assert panel.visible_ids() == [other]  # by its file name
    assert panel.count_label.text() == "1 of 2 articles"
    panel.field.setText("WIPO")
    qtbot.waitUntil(lambda: panel.query == "WIPO")
    assert panel.visible_ids() == [1]
    panel.search_now("growing")
    assert panel.visible_ids() == [other]  # by its text
    panel.search_now("")
    assert panel.visible_ids() == [1, other]
    assert not panel.hits_box.isVisible()


def test_enter_and_double_click_open_the_article(
    make_library_window, library: Library, tmp_path: Path, qtbot
) -> None:
    other = add_text(library, tmp_path, "notes.txt", NOTES)
    window = make_library_window()
    controller = window.library
    controller.show_library()
    panel = controller.panel
    panel.select_article(other)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert controller.places.current_id == other
    assert window.state.article.title == library.summary(other).title
    panel.select_article(1)
    rect = panel.table.visualRect(panel.table.currentIndex())
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert controller.places.current_id == other  # one click only selects
    qtbot.mouseDClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert controller.places.current_id == 1
    assert window.state.article.title == library.summary(1).title


def test_delete_removes_at_once_but_never_the_bundled_article(
    make_library_window, library: Library, tmp_path: Path, qtbot
) -> None:
    other = add_text(library, tmp_path, "notes.txt", NOTES)
    window = make_library_window()
    controller = window.library
    controller.show_library()
    panel = controller.panel
    panel.select_article(1)
    assert not panel.remove_action.isEnabled()
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert [a.id for a in library.list_articles()] == [1, other]
    panel.select_article(other)
    assert panel.remove_action.isEnabled()
    assert panel.remove_action.text().startswith("Re&move from Library\t")  # no question
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert [a.id for a in library.list_articles()] == [1]
    assert panel.visible_ids() == [1]
    assert QApplication.activeModalWidget() is None


def test_removing_the_article_being_read_shows_the_library_page(
    make_library_window, library: Library, tmp_path: Path
) -> None:
    other = add_text(library, tmp_path, "notes.txt", NOTES)
    window = make_library_window(other)
    controller = window.library
    assert controller.places.current_id == other
    assert controller.remove_article(other)
    assert controller.home.showing
    assert window.centralWidget() is controller.home.page
    assert not window.contents_dock.isVisible()
    assert controller.places.current_id is None
    controller.open_article(1)
    assert not controller.home.showing
    assert window.centralWidget().isAncestorOf(window.view)
    assert window.contents_dock.isVisible()


def test_f2_renames_in_both_languages(
    make_library_window, library: Library, tmp_path: Path, qtbot
) -> None:
    other = add_text(library, tmp_path, "notes.txt", NOTES)
    window = make_library_window(other)
    controller = window.library
    controller.show_library()
    panel = controller.panel
    panel.select_article(other)

    def fill(dialog: Any) -> None:
        dialog.zh_field.setText("发明笔记")
        dialog.en_field.setText("Notes on inventions")
        dialog.accept()

    when_shown("rename-dialog", fill)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_F2)
    assert library.summary(other).title == BiText("发明笔记", "Notes on inventions")
    assert "Notes on inventions" in column_texts(panel, "title")
    assert window.windowTitle().startswith("Notes on inventions")
    set_interface_language("zh")
    assert "发明笔记" in column_texts(panel, "title")


def test_the_page_never_stays_behind_as_a_window_of_its_own(
    make_library_window, library: Library, tmp_path: Path, qtbot
) -> None:
    from PySide6.QtWidgets import QApplication

    other = add_text(library, tmp_path, "notes.txt", NOTES)
    window = make_library_window(other)
    controller = window.library
    controller.remove_article(other)
    controller.open_article(1)  # at once: the layout's queued show has not run yet
    qtbot.wait(20)
    page = controller.home.page
    assert not page.isVisible() and not page.isWindow()
    assert page not in [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def test_ctrl_l_brings_the_library_up_and_then_puts_it_away(make_library_window, qtbot) -> None:
    from PySide6.QtWidgets import QApplication

    window = make_library_window()
    controller = window.library
    action = window.action_registry["library"]
    assert not controller.dock.isVisible() and not action.isChecked()
    window.activateWindow()  # shortcuts go to the active window
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert controller.dock.isVisible() and action.isChecked()
    assert QApplication.focusWidget() is controller.panel.field
    window.view.setFocus()  # reading: the library is there, the keyboard is not
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert controller.dock.isVisible()  # not hidden: the field has the keyboard again
    assert QApplication.focusWidget() is controller.panel.field
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert controller.dock.isHidden() and not action.isChecked()


def test_the_view_is_built_when_first_shown_also_by_a_restored_dock(
    make_library_window, library: Library, tmp_path: Path, qtbot
) -> None:
    from wocdesk.ui.app.settings import Settings

    add_text(library, tmp_path, "notes.txt", NOTES)
    settings = Settings()
    window = make_library_window(settings=settings)
    assert window.library._panel is None  # nothing of the view while the window starts
    window.library.show_library()
    assert window.library._panel is not None
    window.close()  # the dock was open: the window's state says so
    again = make_library_window(settings=settings)
    qtbot.waitUntil(lambda: again.library._panel is not None)
    assert again.library.dock.isVisible() and again.library.panel.isVisible()
    assert again.library.panel.visible_ids() == [1, 2]
