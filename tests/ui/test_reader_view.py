"""The reading pane in the window: kept place across modes, literal text, reveal, notes, zoom."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QPoint, Qt

from wocdesk.content.article_file.loader import parse_article
from wocdesk.model.text import DisplayMode

MODES = list(DisplayMode)


def test_mode_switch_keeps_top_paragraph_in_every_section(window, article):
    view = window.view
    for section in article.sections:
        for passage in section.passages:
            for before, after in itertools.permutations(MODES, 2):
                for fraction in (0.0, 0.6):
                    window.set_mode(before)
                    view.restore_position(passage.id, fraction)
                    assert window.top_paragraph_id() == passage.id
                    window.set_mode(after)
                    assert window.top_paragraph_id() == passage.id, (passage.id, before, after)


def test_mode_switch_keeps_place_inside_a_long_paragraph(window):
    view = window.view
    window.set_mode("en")
    view.restore_position("p-keys", 0.5)
    window.set_mode("zh-en")
    passage, fraction = view.reading_position()
    assert passage == "p-keys"
    assert 0.4 < fraction < 0.6
    assert window.state.position.passage_id == "p-keys"


def test_show_section_puts_its_heading_at_the_top(window, article):
    for section in article.sections:
        window.show_section(section.id)
        assert window.current_section_id() == section.id
        assert window.top_paragraph_id() == section.passages[0].id
        row = window.view.document.index.section_rows[section.id]
        assert window.view.top_row == (row, 0.0)


def test_modes_show_the_right_languages(window, article):
    zh = article.passage("p-exchange").zh
    en = article.passage("p-exchange").en
    window.set_mode("zh")
    text = window.view.shown_text()
    assert zh in text and en not in text
    window.set_mode("en")
    text = window.view.shown_text()
    assert en in text and zh not in text
    window.set_mode("en-zh")
    text = window.view.shown_text()
    assert en in text and zh in text
    assert text.index(en) < text.index(zh)  # the leading language comes first (left)


def test_both_languages_are_two_columns(window):
    window.set_mode("zh-en")
    doc = window.view.document
    for row in doc.index.passage_rows:
        assert {block.column for block in doc.layout(row).blocks} == {0, 1}


def test_one_language_line_gets_a_note_not_hidden(window, article):
    window.set_mode("en")
    text = window.view.shown_text()
    assert article.passage("p-read-more").zh in text
    assert "[Only in Chinese in the original]" in text
    window.set_mode("zh-en")
    assert "(The original has no English for this line.)" in window.view.shown_text()


ESCAPE_ARTICLE = """
format = 1
id = "escape-test"
title = { zh = "测试 <i>标题</i>", en = "Test <i>title</i> & more" }
[event]
name = { zh = "活动", en = "Event" }
[[sections]]
id = "one"
title = { zh = "第一节 <b>", en = "Section <b> one" }
[[sections.passages]]
id = "p-one"
zh = "粗体 <b>不是粗体</b> & 符号 &amp;"
en = "Bold <b>not bold</b> & an ampersand &amp; <a href='x'>link</a>"
"""


@pytest.mark.parametrize("mode", MODES)
def test_markup_in_article_text_shows_literally(make_window, mode):
    article = parse_article(ESCAPE_ARTICLE)
    window = make_window(article, mode)
    lines = window.view.shown_text().split("\n")
    for lang in mode.languages:
        assert article.passage("p-one").text.get(lang) in lines  # the whole text, as is
    assert "&amp;" in "\n".join(lines)


def test_reveal_other_language_of_the_paragraph_the_status_bar_names(window, article, qtbot):
    window.set_mode("zh")
    window.view.restore_position("p-waves")
    en = article.passage("p-waves").en
    assert en not in window.view.shown_text()
    # Clicking another paragraph does not change which one T acts on: the one at the top.
    row = window.view.document.index.passage_rows[article.passage_number("p-eastward")]
    y = round(window.view.row_top_in_view(row)) + 10
    if y < window.view.viewport().height():
        qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(300, y))
    assert "2" in window.position_label.text()  # paragraph 2: p-waves
    window.reveal_current()
    assert en in window.view.shown_text()
    assert article.passage("p-eastward").en not in window.view.shown_text()
    assert window.top_paragraph_id() == "p-waves"
    window.reveal_current()
    assert en not in window.view.shown_text()


def test_reveal_by_clicking_the_mark(window, article, qtbot):
    window.set_mode("en")
    window.view.restore_position("p-practice")
    row = window.view.document.index.passage_rows[article.passage_number("p-practice")]
    mark = window.view.document.layout(row).blocks[0].mark
    point = mark.center().toPoint() + QPoint(0, round(window.view.row_top_in_view(row)))
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert article.passage("p-practice").zh in window.view.shown_text()


def test_zoom_changes_size_and_keeps_place(window):
    view = window.view
    view.restore_position("p-eastward")
    size = view.reading_style.point_size
    window.action_registry["zoom-in"].trigger()
    assert view.reading_style.point_size > size
    assert window.top_paragraph_id() == "p-eastward"
    window.action_registry["zoom-reset"].trigger()
    assert view.reading_style.point_size == size
    for _ in range(40):
        window.action_registry["zoom-out"].trigger()
    assert view.reading_style.px >= 11  # Chinese stays readable
    floor = view.reading_style.point_size
    window.action_registry["zoom-in"].trigger()
    assert view.reading_style.point_size > floor  # one step back up, not six
    assert view.zoom == view.min_zoom + 1


def test_palette_change_re_renders_in_the_new_colours(window, qapp):
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette(window.view.palette())
    palette.setColor(QPalette.ColorRole.Base, QColor("#101010"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#eeeeee"))
    window.view.restore_position("p-keys")
    window.view.setPalette(palette)
    assert window.view.reading_style.text.name() == "#eeeeee"
    assert window.top_paragraph_id() == "p-keys"


def test_markup_in_titles_stays_literal_outside_the_pane(make_window):
    from PySide6.QtGui import QTextDocument

    from wocdesk.ui.app.plain_text import literal_markup

    window = make_window(parse_article(ESCAPE_ARTICLE), "en")
    label = window.section_label
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert "Section <b> one" in label.text()
    shown = QTextDocument()
    shown.setHtml(literal_markup("Bold <b>x</b> & y"))
    assert shown.toPlainText() == "Bold <b>x</b> & y"
    every = "<a href='x'>\"1 & 2\"</a>\n&amp; 中文“引号”\n"
    shown.setHtml(literal_markup(every))
    assert shown.toPlainText() == every


def test_switching_modes_does_not_resize_the_reading_view(window, qapp):
    """The status bar is as tall in English as in Chinese: the view is not laid out twice."""
    heights = set()
    for mode in ("zh", "en", "zh-en", "en", "zh"):
        window.set_mode(mode)
        qapp.processEvents()  # the window's layout follows its widgets' new sizes
        heights.add(window.view.viewport().height())
    assert len(heights) == 1
