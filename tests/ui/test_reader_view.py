"""The reading pane: kept place across modes, escaping, reveal, notes, zoom."""

from __future__ import annotations

import itertools

import pytest

from wocdesk.content.loader import parse_article
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


def test_show_section_puts_its_heading_at_the_top(window, article):
    for section in article.sections:
        window.show_section(section.id)
        assert window.current_section_id() == section.id
        assert window.top_paragraph_id() == section.passages[0].id


def test_modes_show_the_right_languages(window, article):
    zh = article.passage("p-exchange").zh
    en = article.passage("p-exchange").en
    window.set_mode("zh")
    text = window.view.toPlainText()
    assert zh in text and en not in text
    window.set_mode("en")
    text = window.view.toPlainText()
    assert en in text and zh not in text
    window.set_mode("en-zh")
    text = window.view.toPlainText()
    assert en in text and zh in text
    assert text.index(en) < text.index(zh)  # the leading language comes first (left)


def test_bilingual_view_is_a_two_column_table(window):
    window.set_mode("zh-en")
    frames = window.view.document().rootFrame().childFrames()
    tables = [f for f in frames if f.__class__.__name__ == "QTextTable"]
    assert tables and all(t.columns() == 2 for t in tables)


def test_one_language_line_gets_a_note_not_hidden(window, article):
    window.set_mode("en")
    text = window.view.toPlainText()
    assert article.passage("p-read-more").zh in text
    assert "[Only in Chinese in the original]" in text
    window.set_mode("zh-en")
    assert "(The original has no English for this line.)" in window.view.toPlainText()


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
    text = window.view.toPlainText()
    for lang in mode.languages:
        assert article.passage("p-one").text.get(lang) in text
    assert "&amp;" in text
    # the markup did not become formatting or links either
    from PySide6.QtGui import QFont

    blocks = window.view.passage_blocks("p-one")
    assert "not bold" in "".join(b.text() for b in blocks) or "不是粗体" in blocks[0].text()
    for block in blocks:
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            assert fmt.fontWeight() <= QFont.Weight.Normal
            assert not fmt.anchorHref() or fmt.anchorHref().startswith("reveal:")
            it += 1


def test_reveal_other_language_of_one_paragraph(window, article):
    window.set_mode("zh")
    window.view.restore_position("p-waves")
    en = article.passage("p-waves").en
    assert en not in window.view.toPlainText()
    window.reveal_current()
    assert en in window.view.toPlainText()
    assert article.passage("p-event").en not in window.view.toPlainText()
    assert window.top_paragraph_id() == "p-waves"
    window.reveal_current()
    assert en not in window.view.toPlainText()


def test_reveal_by_clicking_the_link(window, article):
    from PySide6.QtCore import QUrl

    window.set_mode("en")
    window.view.anchorClicked.emit(QUrl("reveal:p-practice"))
    assert article.passage("p-practice").zh in window.view.toPlainText()


def test_zoom_changes_size_and_keeps_place(window):
    view = window.view
    view.restore_position("p-eastward")
    size = view.font().pointSizeF()
    window.action_registry["zoom-in"].trigger()
    assert view.font().pointSizeF() > size
    assert window.top_paragraph_id() == "p-eastward"
    window.action_registry["zoom-reset"].trigger()
    assert view.font().pointSizeF() == size
    for _ in range(40):
        window.action_registry["zoom-out"].trigger()
    assert view.font().pointSizeF() > 4


def test_palette_change_re_renders_in_the_new_colours(window, qapp):
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette(window.view.palette())
    palette.setColor(QPalette.ColorRole.Base, QColor("#101010"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#eeeeee"))
    window.view.restore_position("p-keys")
    window.view.setPalette(palette)
    assert window.view.render_style().text == "#eeeeee"
    assert "#eeeeee" in window.view.document().defaultStyleSheet() or "#eeeeee" in (
        window.view.toHtml()
    )
    assert window.top_paragraph_id() == "p-keys"


def test_markup_in_titles_stays_literal_outside_the_pane(make_window):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextDocument

    from wocdesk.ui.app.plain_text import literal_markup

    window = make_window(parse_article(ESCAPE_ARTICLE), "en")
    label = window.section_label
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert "Section <b> one" in label.text()
    shown = QTextDocument()
    shown.setHtml(literal_markup("Bold <b>x</b> & y"))
    assert shown.toPlainText() == "Bold <b>x</b> & y"
