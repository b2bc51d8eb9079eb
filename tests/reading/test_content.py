"""What the reading view shows: languages per mode, notes, header, reveal and ⇄, the measure."""

from __future__ import annotations

import pytest

from wocdesk.content.article_file.loader import parse_article
from wocdesk.model.text import DisplayMode
from wocdesk.ui.reading.rows import Mark, Role, RowKind

MODES = list(DisplayMode)


def shown_texts(view, first=0, last=None):  # type: ignore[no-untyped-def]
    """The blocks' texts of rows ``first`` to ``last``, as the view lays them out."""
    doc = view.document
    last = len(doc) - 1 if last is None else last
    return [b.block.text for r in range(first, last + 1) for b in doc.layout(r).blocks]


def test_modes_show_the_right_languages_leading_on_the_left(make_view, article):
    passage = article.passage("p-exchange")
    view = make_view(article)
    for mode in MODES:
        view.set_mode(mode)
        row = view.document.index.passage_rows[article.passage_number("p-exchange")]
        laid = view.document.layout(row)
        texts = [b.block.text for b in laid.blocks]
        assert texts == [passage.text.get(lang) for lang in mode.languages]
        if mode.is_bilingual:
            left, right = laid.blocks
            assert left.x + laid.columns.width < right.x  # the leading language on the left


def test_both_languages_align_paragraph_by_paragraph(make_view, text):
    view = make_view(text, "zh-en")
    doc = view.document
    for row in range(1, min(len(doc), 60)):
        laid = doc.layout(row)
        if doc.index.rows[row].kind != RowKind.PASSAGE:
            continue
        cells = {b.column for b in laid.blocks}
        assert cells == {0, 1}
        # the row is as tall as its taller cell
        tallest = max(b.y + b.height for b in laid.blocks)
        assert laid.height >= tallest


def test_first_baselines_of_a_row_line_up_and_the_gutter_is_comfortable(make_view, article):
    view = make_view(article, "zh-en", size=(1300, 800))
    doc = view.document
    style = view.reading_style
    for row in range(len(doc)):
        laid = doc.layout(row)
        firsts = {}
        for block in laid.blocks:
            if block.column not in firsts:
                base = block.y + block.face.first_baseline + block.pitch - block.face.pitch
                firsts[block.column] = base
        if len(firsts) == 2:
            assert abs(firsts[0] - firsts[1]) < 0.5, doc.index.rows[row]
    columns = doc.columns
    gutter = columns.xs[1] - (columns.xs[0] + columns.width)
    assert gutter >= 1.9 * style.em


def test_measure_and_line_height_are_comfortable(make_view, article):
    view = make_view(article, "zh", size=(1400, 800))
    style = view.reading_style
    row = view.document.index.passage_rows[article.passage_number("p-keys")]
    block = view.document.layout(row).blocks[0]
    first = block.layout.lineAt(0)
    assert 33 <= first.textLength() <= 37  # about 36 Chinese characters a line
    assert 1.5 <= block.pitch / style.px <= 1.7  # Chinese at a line height of about 1.6
    view.set_mode(DisplayMode.EN)
    block = view.document.layout(row).blocks[0]
    assert 60 <= block.layout.lineAt(0).textLength() <= 85  # about 70 Latin letters


def test_one_language_lines_stay_with_a_quiet_note(make_view, article):
    view = make_view(article, "en")
    passage = article.passage("p-read-more")
    row = view.document.index.passage_rows[article.passage_number("p-read-more")]
    (block,) = view.document.layout(row).blocks
    assert block.block.text.endswith(passage.zh)
    assert block.block.text.startswith("[Only in Chinese in the original]")
    assert block.block.spans[0].muted
    view.set_mode(DisplayMode.ZH_EN)
    texts = [b.block.text for b in view.document.layout(row).blocks]
    assert texts == [passage.zh, "(The original has no English for this line.)"]
    assert view.document.layout(row).blocks[1].block.role == Role.NOTE


def test_header_has_title_date_and_source(make_view, article):
    view = make_view(article, "zh-en")
    header = [b.block.text for b in view.document.layout(0).blocks]
    assert article.title.zh in header and article.title.en in header
    assert any("2024年2月23日" in t for t in header)
    assert any("February 23, 2024" in t for t in header)
    assert any(article.source.en in t for t in header)


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
def test_markup_in_the_text_shows_literally(make_view, mode):
    article = parse_article(ESCAPE_ARTICLE)
    view = make_view(article, mode.value)
    texts = shown_texts(view)
    for lang in mode.languages:
        assert article.passage("p-one").text.get(lang) in texts
        assert article.section("one").title.get(lang) in texts


def test_reveal_shows_the_other_language_below_and_nothing_moves(make_view, text):
    view = make_view(text, "zh")
    passages = list(text.passages())
    target = passages[len(passages) // 2]
    view.restore_position(target.id, 0.0)
    row = view.document.index.passage_rows[text.passage_number(target.id)]
    y = view.scroll_y()
    view.toggle_reveal(view.current_passage_id())
    blocks = view.document.layout(row).blocks
    assert [b.block.text for b in blocks] == [target.zh, target.en]
    assert blocks[1].block.role == Role.REVEAL and blocks[1].block.mark == Mark.HIDE
    assert blocks[1].x > blocks[0].x  # indented under it
    assert view.scroll_y() == y and view.top_paragraph_id() == target.id
    view.toggle_reveal(target.id)
    assert [b.block.text for b in view.document.layout(row).blocks] == [target.zh]


def test_reveal_mark_never_takes_a_line_of_its_own(make_view, article):
    """The ⇄ after a paragraph whose last line is full stays on that line (in the margin)."""
    view = make_view(article, "zh", size=(900, 640))
    from PySide6.QtGui import QFontMetricsF

    full_lines = 0
    for width in range(560, 900, 7):  # widths at which some last line ends flush
        view.resize(width, 640)
        for passage in article.passages():
            if passage.zh is None or passage.en is None:
                continue
            row = view.document.index.passage_rows[article.passage_number(passage.id)]
            laid = view.document.layout(row)
            block = laid.blocks[0]
            last = block.layout.lineAt(block.lines - 1)
            mark = QFontMetricsF(block.face.font).horizontalAdvance("⇄")
            if last.naturalTextWidth() + mark + view.reading_style.mark_gap > laid.columns.width:
                full_lines += 1
                assert block.mark is not None
                box = block.line_box(block.lines - 1)
                assert box.top() <= block.mark.center().y() <= box.bottom()  # same line
                assert block.mark.left() >= block.x + last.naturalTextWidth()
                assert block.mark.right() < view.viewport().width()  # still in view
    assert full_lines > 0  # the case was met


def test_reveal_mark_has_a_tooltip(make_view, article, qtbot):
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    view = make_view(article, "zh")
    view.restore_position("p-exchange")
    row = view.document.index.passage_rows[article.passage_number("p-exchange")]
    mark = view.document.layout(row).blocks[0].mark
    assert mark is not None
    point = mark.center().toPoint() + QPoint(0, round(view.row_top_in_view(row)))
    event = QHelpEvent(QHelpEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point))
    assert view.viewportEvent(event)
    assert "English" in QToolTip.text()


def test_palette_change_redraws_in_the_new_colours_and_keeps_the_place(make_view, text):
    from PySide6.QtGui import QColor, QPalette

    view = make_view(text, "en")
    target = list(text.passages())[-4].id
    view.restore_position(target, 0.4)
    palette = QPalette(view.palette())
    palette.setColor(QPalette.ColorRole.Base, QColor("#101010"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#eeeeee"))
    view.setPalette(palette)
    assert view.reading_style.text.name() == "#eeeeee"
    assert view.top_paragraph_id() == target


def test_the_page_is_the_palette_base_colour(make_view, article):
    """The text sits on the base colour (white in a light theme), not the window's grey."""
    from PySide6.QtGui import QPalette

    view = make_view(article, "zh")
    port = view.viewport()
    assert port.backgroundRole() == QPalette.ColorRole.Base
    assert port.autoFillBackground()
