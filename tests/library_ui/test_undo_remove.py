"""Removing an article at once, and putting it back whole with Undo (status bar, Edit, Ctrl+Z)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from tests.chapter_text import chapter_text
from wocdesk.briefing.keypoints import mark_sentence
from wocdesk.library.store import Library
from wocdesk.library.study_data import VocabularyEntry
from wocdesk.model.text import BiText, DisplayMode
from wocdesk.ui.app.language import set_interface_language
from wocdesk.ui.library.undo import UNDO_ACTION_ID


def chapters(library: Library, folder: Path, name: str, count: int) -> int:
    path = folder / name
    path.write_text(chapter_text(count, 3), encoding="utf-8")
    article_id = library.import_file(path).article_id
    assert article_id is not None
    return article_id


def studied(library: Library, article_id: int) -> tuple[Any, ...]:
    """Give the article a key point, a saved word and an outline; return what it holds."""
    article = library.article(article_id)
    passage = list(article.passages())[2].id
    library.key_points(article_id).add(mark_sentence(article, passage, "en", 0))
    library.vocabulary.add(VocabularyEntry("创新", article_id=article_id, passage_id=passage))
    library.outlines.set(article_id, 'name = "mine"\n')
    return holdings(library, article_id)


def holdings(library: Library, article_id: int) -> tuple[Any, ...]:
    return (
        library.summary(article_id),
        library.article(article_id),
        library.key_points(article_id).load(),
        [(e.id, e.word) for e in library.vocabulary.entries(article_id=article_id)],
        library.outlines.of(article_id),
        library.search("chapter", article_id=article_id),
    )


def ids(library: Library) -> list[int]:
    return [s.id for s in library.list_articles()]


def activate(window: Any, qtbot: Any) -> None:
    window.activateWindow()  # shortcuts go to the active window
    qtbot.waitUntil(window.isActiveWindow)


def test_delete_removes_at_once_and_the_status_bar_undoes_it_whole(
    make_library_window, library: Library, tmp_path: Path, qtbot
) -> None:
    other = chapters(library, tmp_path, "notes.txt", 3)
    library.rename(other, BiText(zh="专利笔记", en="Notes on patents"))
    kept = studied(library, other)
    window = make_library_window()
    controller = window.library
    controller.show_library()
    panel = controller.panel
    panel.select_article(other)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert ids(library) == [1] and panel.visible_ids() == [1]
    assert QApplication.activeModalWidget() is None  # nothing asked
    offer = controller.undo.offer
    assert offer.isVisible() and offer.parent() is window.statusBar()
    title = kept[0].title.en
    assert controller.undo.label.text() == "Removed from the library: Notes on patents"
    assert controller.undo.button.text() == "&Undo"
    assert window.action_registry[UNDO_ACTION_ID].isEnabled()
    qtbot.mouseClick(controller.undo.button, Qt.MouseButton.LeftButton)
    assert ids(library) == [1, other]
    assert holdings(library, other) == kept
    assert panel.visible_ids() == [1, other] and panel.current_id() == other
    assert not offer.isVisible()
    assert window.statusBar().currentMessage() == f"Back in the library: {title}"
    assert not window.action_registry[UNDO_ACTION_ID].isEnabled()


def test_ctrl_z_undoes_removals_in_the_library_view_only(
    make_library_window, library: Library, tmp_path: Path, qtbot
) -> None:
    first = chapters(library, tmp_path, "first.txt", 2)
    second = chapters(library, tmp_path, "second.txt", 3)
    window = make_library_window()
    controller = window.library
    action = window.action_registry[UNDO_ACTION_ID]
    assert window.findChild(QWidget, "library-undo-offer") is None  # not made at start
    assert window.menu("edit").actions()[0] is action  # Undo leads the Edit menu
    assert action.shortcut().toString() == "Ctrl+Z"
    controller.show_library()
    panel = controller.panel
    assert controller.remove_article(first) and controller.remove_article(second)
    assert ids(library) == [1] and controller.undo.count == 2
    activate(window, qtbot)
    window.view.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ids(library) == [1]  # the reader has the keyboard: not the library's Ctrl+Z
    panel.field.setFocus()
    qtbot.keyClicks(panel.field, "chap")
    qtbot.keyClick(panel.field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert panel.field.text() == "" and ids(library) == [1]  # the field undoes its typing
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ids(library) == [1, second]  # the last removed first
    qtbot.keyClick(panel.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ids(library) == [1, first, second] and not action.isEnabled()
    qtbot.keyClick(panel.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ids(library) == [1, first, second]


def test_ctrl_z_in_the_start_page_field_undoes_the_removal_of_the_article_read(
    make_library_window, library: Library, tmp_path: Path, qtbot
) -> None:
    other = chapters(library, tmp_path, "notes.txt", 3)
    window = make_library_window(other)
    controller = window.library
    activate(window, qtbot)
    assert controller.remove_article(other)
    field = controller.panel.field
    assert controller.home.showing and QApplication.focusWidget() is field
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ids(library) == [1, other]  # the field had nothing of its own to undo
    assert not controller.home.showing and controller.places.current_id == other


def test_undoing_the_removal_of_the_article_read_reopens_it_at_its_place(
    make_library_window, library: Library, tmp_path: Path
) -> None:
    other = chapters(library, tmp_path, "notes.txt", 4)
    window = make_library_window(other)
    controller = window.library
    passages = [p.id for p in window.state.article.passages()]
    window.jump_to_passage(passages[7])
    window.set_mode("zh-en")
    window.set_zoom(2)
    assert controller.remove_article(other)
    assert controller.home.showing and controller.places.current_id is None
    window.action_registry[UNDO_ACTION_ID].trigger()  # Edit ▸ Undo Remove from Library
    assert not controller.home.showing and controller.places.current_id == other
    assert window.state.article.title == library.summary(other).title
    assert window.top_paragraph_id() == passages[7]
    assert (window.mode, window.view.zoom) == (DisplayMode.ZH_EN, 2)


def test_an_article_that_cannot_be_put_back_stays_ready_to_undo(
    make_library_window, library: Library, tmp_path: Path, qtbot
) -> None:
    other = chapters(library, tmp_path, "notes.txt", 2)
    kept = studied(library, other)
    window = make_library_window()
    controller = window.library
    controller.remove_article(other)
    library.connection.execute(
        "CREATE TEMP TRIGGER full BEFORE INSERT ON outlines "
        "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"
    )
    assert controller.undo.undo() is None
    box = window.findChild(QMessageBox, "library-error")
    qtbot.waitUntil(lambda: box.isVisible())
    assert box.windowTitle() == "Cannot put the article back"
    assert "disk is full" in box.text() and "Traceback" not in box.text()
    assert ids(library) == [1] and controller.undo.count == 1
    box.close()
    library.connection.execute("DROP TRIGGER full")
    assert controller.undo.undo() == other
    assert holdings(library, other) == kept


def test_the_offer_and_the_menu_speak_chinese(
    make_library_window, library: Library, tmp_path: Path
) -> None:
    other = chapters(library, tmp_path, "notes.txt", 2)
    library.rename(other, BiText(zh="笔记", en="Notes"))
    window = make_library_window()
    controller = window.library
    controller.remove_article(other)
    set_interface_language("zh")
    assert controller.undo.label.text() == "已从文库中移除：笔记"
    assert controller.undo.button.text() == "撤销(&U)"
    assert window.action_registry[UNDO_ACTION_ID].text() == "撤销从文库移除(&U)"
    controller.undo.undo()
    assert window.statusBar().currentMessage() == "已放回文库：笔记"


def test_a_long_title_is_cut_short_in_the_offer(
    make_library_window, library: Library, tmp_path: Path
) -> None:
    other = chapters(library, tmp_path, "notes.txt", 2)
    long_title = "A very long title about patents " * 8
    library.rename(other, BiText(en=long_title.strip()))
    window = make_library_window()
    controller = window.library
    controller.remove_article(other)
    label = controller.undo.label
    assert label.text().startswith("Removed from the library: A very long title")
    assert label.text().endswith("…") and len(label.text()) < len(long_title)
    assert label.toolTip() == long_title.strip()


def test_the_title_bar_names_the_library_while_its_page_shows(
    make_library_window, library: Library, tmp_path: Path
) -> None:
    other = chapters(library, tmp_path, "notes.txt", 3)
    library.rename(other, BiText(zh="专利笔记", en="Notes on patents"))
    window = make_library_window(other)
    controller = window.library
    assert window.windowTitle() == "Notes on patents — wocdesk"
    assert controller.remove_article(other)  # the article read gives way to the page
    assert controller.home.showing and window.windowTitle() == "Library — wocdesk"
    set_interface_language("zh")
    assert window.windowTitle() == "文库 — wocdesk"
    window.action_registry[UNDO_ACTION_ID].trigger()  # back, in its own mode (English)
    assert not controller.home.showing and window.windowTitle() == "Notes on patents — wocdesk"
