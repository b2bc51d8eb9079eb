"""The contents: sections nested by level, a filter, the section at the top followed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from wocdesk.model.text import DisplayMode
from wocdesk.ui.reader.contents import ContentsPanel
from wocdesk.ui.state import ReaderState


@pytest.fixture
def contents(qtbot, qapp):  # type: ignore[no-untyped-def]
    def make(article, mode="en"):  # type: ignore[no-untyped-def]
        state = ReaderState(article, DisplayMode(mode))
        panel = ContentsPanel(state)
        qtbot.addWidget(panel)
        panel.resize(260, 500)
        panel.show()
        return panel, state

    return make


def section_titled(article, start: str):  # type: ignore[no-untyped-def]
    return next(s for s in article.sections if (s.title.en or "").startswith(start))


def test_sections_nest_by_level(contents, long_text):
    panel, _state = contents(long_text)
    proxy = panel.proxy
    assert proxy.rowCount() == 200  # the chapters
    first = proxy.index(0, 0)
    assert first.data().startswith("Chapter 1 ")
    assert proxy.rowCount(first) == 2
    assert proxy.index(1, 0, first).data().startswith("1.2 ")
    assert panel.section_count() == len(long_text.sections) == 600


def test_a_flat_article_is_a_flat_list(contents, article):
    panel, _state = contents(article, "zh")
    assert panel.proxy.rowCount() == len(article.sections)
    assert panel.titles() == [s.title.zh for s in article.sections]


def test_titles_follow_the_reading_language(contents, article):
    panel, state = contents(article, "zh")
    state.set_mode(DisplayMode.EN_ZH)
    assert panel.titles() == [s.title.en for s in article.sections]


def test_filter_keeps_matches_and_their_chapters_in_either_language(contents, long_text, qtbot):
    panel, _state = contents(long_text)
    qtbot.keyClicks(panel.filter, "12.2 ")
    titles = panel.titles()
    assert [t.split()[0] for t in titles] == ["Chapter", "12.2", "Chapter", "112.2"]
    assert titles[0].startswith("Chapter 12 ") and titles[2].startswith("Chapter 112 ")
    panel.filter.clear()
    panel.filter.setText("第12章")  # the other language's titles match too
    assert [t.split()[:2] for t in panel.titles()] == [["Chapter", "12"]]
    panel.filter.clear()
    assert len(panel.titles()) == 600


def test_enter_in_the_filter_goes_to_the_first_match(contents, long_text, qtbot):
    panel, _state = contents(long_text)
    chosen = []
    panel.section_chosen.connect(chosen.append)
    qtbot.keyClicks(panel.filter, "150.2 ")
    qtbot.keyClick(panel.filter, Qt.Key.Key_Return)
    assert chosen == [section_titled(long_text, "150.2 ").id]


def test_the_section_at_the_top_is_followed_and_its_chapter_opened(contents, long_text):
    panel, state = contents(long_text)
    chosen = []
    panel.section_chosen.connect(chosen.append)
    target = section_titled(long_text, "120.1 ")
    state.set_position(target.passages[3].id, 0.5)  # as the reader scrolls
    assert panel.current_section_id() == target.id
    index = panel.tree.currentIndex()
    assert panel.tree.isExpanded(index.parent())
    assert panel.tree.viewport().rect().intersects(panel.tree.visualRect(index))  # in view
    assert chosen == []  # following the reader sends the reader nowhere
    panel.tree.clicked.emit(panel.proxy.index(3, 0, QModelIndex()))
    assert chosen == [section_titled(long_text, "Chapter 4 ").id]


def test_a_new_article_is_listed(contents, article, long_text):
    panel, state = contents(article)
    state.set_article(long_text)
    assert panel.proxy.rowCount() == 200
    assert panel.current_section_id() == long_text.sections[0].id


def test_contents_have_accessible_names(contents, article):
    panel, _state = contents(article)
    assert panel.tree.accessibleName() and panel.filter.accessibleName()


def test_nested_titles_follow_the_language_when_shown(contents, long_text, qtbot):
    panel, state = contents(long_text, "zh")
    target = section_titled(long_text, "7.2 ")
    state.set_position(target.passages[0].id)  # opens chapter 7
    state.set_mode(DisplayMode.EN)
    index = panel.tree.currentIndex()
    assert index.data() == target.title.en  # an open chapter's sections: at once
    closed = panel.proxy.index(150, 0)
    chapter_9 = panel.proxy.index(8, 0)
    panel.tree.expand(chapter_9)  # opened later: titled then
    assert panel.proxy.index(0, 0, chapter_9).data() == section_titled(long_text, "9.1 ").title.en
    qtbot.wait(400)  # and the closed ones when the reader pauses
    assert panel.proxy.index(1, 0, closed).data() == section_titled(long_text, "151.2 ").title.en
    assert not any("第" in t for t in panel.titles())
