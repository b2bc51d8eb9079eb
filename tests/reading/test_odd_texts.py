"""Odd texts: no passages, empty sections, line breaks, astral characters, one huge passage."""

from __future__ import annotations

from PySide6.QtCore import Qt

from wocdesk.model.article import Article, Event, Passage, Section
from wocdesk.model.text import BiText, DisplayMode
from wocdesk.ui.reading.formats import TextRange
from wocdesk.ui.reading.rows import Source
from wocdesk.ui.reading.text_offsets import Utf16Offsets


def make(sections):  # type: ignore[no-untyped-def]
    title = BiText("标题", "Title")
    return Article("odd", title, Event(BiText("活动", "Event")), tuple(sections))


def test_an_article_without_passages_opens_and_scrolls(make_view, qtbot):
    article = make([Section("empty", BiText("空", "Empty"), ())])
    view = make_view(article, "zh-en")
    assert view.reading_position() == ("", 0.0)
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    qtbot.keyClick(view, Qt.Key.Key_End)
    view.set_mode(DisplayMode.EN)
    assert view.top_paragraph_id() == ""


def test_empty_sections_belong_to_the_next_passage(make_view):
    article = make(
        [
            Section("part", BiText("第一部分", "Part one"), (), level=1),
            Section(
                "ch", BiText("第一章", "Chapter one"), (Passage("p1", BiText("甲", "A")),), level=2
            ),
            Section("tail", BiText("附录", "Appendix"), (), level=1),
        ]
    )
    view = make_view(article, "en")
    view.scroll_to_section("part")
    assert view.top_paragraph_id() == "p1"
    view.scroll_to_section("tail")
    assert view.top_paragraph_id() == "p1"  # a heading after the last passage: the last one


def test_line_breaks_inside_a_passage_break_lines(make_view):
    article = make([Section("s", BiText("节", "S"), (Passage("p", BiText("一\n二", "one\ntwo")),))])
    view = make_view(article, "en")
    row = view.document.index.passage_rows[0]
    block = view.document.layout(row).blocks[0]
    assert block.lines == 2
    view.select_range(TextRange(Source("passage", "p", "en"), 0, 7))
    assert view.selected_text() == "one\ntwo"


def test_characters_beyond_the_basic_plane_keep_their_offsets(make_view):
    text = "𠀀𠀁甲乙丙丁" * 8
    offsets = Utf16Offsets(text)
    assert offsets.to_qt(2) == 4 and offsets.from_qt(4) == 2 and offsets.from_qt(5) == 3
    assert offsets.from_qt(3) == 1  # the middle of a pair: the character it belongs to
    article = make([Section("s", BiText("节", "S"), (Passage("p", BiText(text, "A B C")),))])
    view = make_view(article, "zh")
    at = text.index("丙", 10)
    rects = view.text_rects(TextRange(Source("passage", "p", "zh"), at, 1))
    hit = view.hit_test(rects[0].center())
    assert hit is not None and hit.source_offset in (at, at + 1)
    view.select_range(TextRange(Source("passage", "p", "zh"), 0, 3))
    assert view.selected_text() == "𠀀𠀁甲"


def test_a_passage_taller_than_the_screen_scrolls_line_by_line(make_view, qtbot):
    huge = " ".join(f"word{n}" for n in range(4000))
    article = make([Section("s", BiText("节", "S"), (Passage("p", BiText(None, huge)),))])
    view = make_view(article, "en", size=(700, 400))
    row = view.document.index.passage_rows[0]
    assert view.document.layout(row).height > 10 * view.viewport().height()
    for _ in range(5):
        qtbot.keyClick(view, Qt.Key.Key_PageDown)
    passage, fraction = view.reading_position()
    assert passage == "p" and 0 < fraction < 1
    view.set_mode(DisplayMode.ZH)  # the passage is English only: a note, then the English
    assert view.reading_position()[0] == "p"
    assert abs(view.reading_position()[1] - fraction) < 0.05
