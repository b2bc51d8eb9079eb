"""The contents: sections nested by level, a filter, the current section followed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from wocdesk.ui.reader.contents import ContentsPanel


@pytest.fixture
def contents(qtbot, qapp):  # type: ignore[no-untyped-def]
    def make(article, lang="en"):  # type: ignore[no-untyped-def]
        panel = ContentsPanel(article, lang)
        qtbot.addWidget(panel)
        panel.resize(260, 500)
        panel.show()
        return panel

    return make


def test_sections_nest_by_level(contents, long_text):
    panel = contents(long_text)
    proxy = panel.proxy
    assert proxy.rowCount() == 200  # the chapters
    first = proxy.index(0, 0)
    assert first.data() == "Chapter 1: Frontier tech"
    assert proxy.rowCount(first) == 2
    assert proxy.index(1, 0, first).data() == "Chapter 1, part 2"
    assert panel.section_count() == 600


def test_a_flat_article_is_a_flat_list(contents, article):
    panel = contents(article, "zh")
    assert panel.proxy.rowCount() == len(article.sections)
    assert panel.titles() == [s.title.zh for s in article.sections]


def test_titles_follow_the_language(contents, article):
    panel = contents(article, "zh")
    panel.set_language("en")
    assert panel.titles() == [s.title.en for s in article.sections]


def test_filter_keeps_matches_and_their_chapters_in_either_language(contents, long_text, qtbot):
    panel = contents(long_text)
    qtbot.keyClicks(panel.filter, "part 2")
    titles = panel.titles()
    assert len([t for t in titles if t.endswith("part 2")]) == 200
    assert "Chapter 7: Frontier tech" in titles  # the parent of a match stays
    assert not any(t.endswith("part 1") for t in titles)
    panel.filter.clear()
    panel.filter.setText("第十二章")  # the other language's titles match too
    assert "Chapter 12: Frontier tech" in panel.titles()
    assert len(panel.titles()) == 3
    panel.filter.clear()
    assert len(panel.titles()) == 600


def test_enter_in_the_filter_goes_to_the_first_match(contents, long_text, qtbot):
    panel = contents(long_text)
    chosen = []
    panel.section_chosen.connect(chosen.append)
    qtbot.keyClicks(panel.filter, "Chapter 150, part 2")
    qtbot.keyClick(panel.filter, Qt.Key.Key_Return)
    assert chosen == ["c150-s2"]


def test_the_current_section_is_followed_and_its_chapter_opened(contents, long_text):
    panel = contents(long_text)
    chosen = []
    panel.section_chosen.connect(chosen.append)
    panel.set_current_section("c120-s1")
    assert panel.current_section_id() == "c120-s1"
    index = panel.tree.currentIndex()
    assert panel.tree.isExpanded(index.parent())
    assert chosen == []  # following the reader does not send the reader anywhere
    panel.tree.clicked.emit(panel.proxy.index(3, 0, QModelIndex()))
    assert chosen == ["c4"]


def test_contents_have_accessible_names(contents, article):
    panel = contents(article)
    assert panel.tree.accessibleName() and panel.filter.accessibleName()
