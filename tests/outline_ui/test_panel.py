"""The outline panel: built on first show, slides with lazy thumbnails, edits, keys, problems."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor

from wocdesk.deck import plan_deck
from wocdesk.deck.model import ChartBox
from wocdesk.resources import default_outline_path
from wocdesk.ui.outline.briefing import briefing_for
from wocdesk.ui.outline.panel.slide_list import PROBLEM_ROLE


def open_panel(window, qtbot):  # type: ignore[no-untyped-def]
    feature = window.outline_feature
    feature.toggle.trigger()
    panel = feature.panel
    assert panel is not None
    qtbot.waitUntil(lambda: panel.thumbnails.drawn > 0 and not panel.thumbnails.pending())
    return panel


def test_the_panel_is_built_on_first_show_only(make_window, seed_article, qtbot) -> None:
    window = make_window(seed_article, "en")
    feature = window.outline_feature
    assert feature.panel is None and feature.dock.isHidden()
    assert feature.toggle in window.menu("view").actions() and not feature.toggle.isChecked()
    panel = open_panel(window, qtbot)
    assert feature.dock.isVisible() and feature.toggle.isChecked()
    assert panel.model.rowCount() == len(briefing_for(window.state).outline.slides)
    feature.toggle.trigger()
    assert feature.dock.isHidden()


def test_rows_show_number_kind_and_title_with_a_drawn_thumbnail(make_window, seed_article, qtbot):
    window = make_window(seed_article, "en")
    panel = open_panel(window, qtbot)
    model = panel.model
    first = model.data(model.index(0), Qt.ItemDataRole.DisplayRole)
    assert first == "1 · Title slide\nWIPO China: Frontier Technology China’s Practice"
    assert model.data(model.index(1), Qt.ItemDataRole.DisplayRole).startswith("2 · Agenda")
    image = model.data(model.index(0), Qt.ItemDataRole.DecorationRole).toImage()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, 80, 7)}
    assert len(colours) > 3  # a drawn slide, not the flat placeholder


def test_a_long_text_draws_only_the_visible_rows(make_window, qtbot) -> None:
    from tests.longtext import long_raw_text
    from wocdesk.content.importing.importer import import_text

    article = import_text(long_raw_text(), "long")
    window = make_window(article, "en")
    panel = open_panel(window, qtbot)
    rows = panel.model.rowCount()
    assert rows > 1000
    first = panel.thumbnails.drawn
    assert first < 30  # what fits on screen, not hundreds
    panel.slides.scrollToBottom()
    qtbot.waitUntil(lambda: panel.thumbnails.drawn > first and not panel.thumbnails.pending())
    assert panel.thumbnails.drawn < 60
    last = panel.model.index(rows - 1)
    assert panel.thumbnails.cached(rows - 1) is not None and panel.slides.is_row_visible(last.row())


def test_a_title_edited_in_the_panel_is_the_outlines(make_window, seed_article, qtbot) -> None:
    window = make_window(seed_article, "en")
    panel = open_panel(window, qtbot)
    panel.select_row(2)
    field = panel.editor.title.fields["en"]
    field.setText("What the event was about")
    field.editingFinished.emit()
    document = briefing_for(window.state).outline
    assert document.slides[2].title.en == "What the event was about"
    label = panel.model.data(panel.model.index(2), Qt.ItemDataRole.DisplayRole)
    assert label.endswith("What the event was about")
    assert "edited, not saved" in panel.source.text()
    deck = plan_deck(window.article, document.usable_outline(), lang="en")
    assert "What the event was about" in [s.title for s in deck.slides]


def test_a_slide_becomes_a_chart_of_pasted_numbers(make_window, seed_article, qtbot) -> None:
    window = make_window(seed_article, "zh")
    panel = open_panel(window, qtbot)
    panel.select_row(2)
    editor = panel.editor
    index = editor.kind_box.findData("chart")
    editor.kind_box.setCurrentIndex(index)
    editor.kind_box.activated.emit(index)
    document = briefing_for(window.state).outline
    assert document.slides[2].kind == "chart"
    grid = editor.pages["figure"].grid
    assert editor.stack.currentWidget() is editor.pages["figure"] and grid.isVisibleTo(editor)
    grid.paste_text("Year\tShare\n2004\t50%\n2014\t60%\n2024\t70%\n")
    data = document.slides[2].keys["data"]
    assert data == {"labels": ["2004", "2014", "2024"], "values": [50, 60, 70], "unit": "percent"}
    deck = plan_deck(window.article, document.usable_outline(), lang="zh")
    chart = next(b for s in deck.slides for b in s.boxes if isinstance(b, ChartBox))
    assert chart.categories == ("2004", "2014", "2024") and chart.series[0].values == (
        0.5,
        0.6,
        0.7,
    )


def test_a_value_that_is_not_a_number_is_refused_with_a_message(make_window, seed_article, qtbot):
    window = make_window(seed_article, "en")
    panel = open_panel(window, qtbot)
    document = briefing_for(window.state).outline
    panel.select_row(2)
    document.set_kind(2, "table")
    panel.editor.refresh()
    grid = panel.editor.pages["figure"].grid
    grid.paste_text("a\t1\nb\tlots\n")
    assert document.slides[2].keys["data"]["values"] == [0, 0, 0]  # unchanged
    assert grid.message.text() == "Row 2: “lots” is not a number"


def test_keys_move_remove_and_add_slides(make_window, seed_article, qtbot) -> None:
    window = make_window(seed_article, "en")
    panel = open_panel(window, qtbot)
    document = briefing_for(window.state).outline
    kinds = [s.kind for s in document.slides]
    panel.select_row(1)
    panel.slides.setFocus()
    qtbot.keyClick(panel.slides, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert [s.kind for s in document.slides][1:3] == [kinds[2], kinds[1]]
    assert panel.slides.current_row() == 2
    qtbot.keyClick(panel.slides, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert [s.kind for s in document.slides] == kinds
    qtbot.keyClick(panel.slides, Qt.Key.Key_Delete)
    assert [s.kind for s in document.slides] == kinds[:1] + kinds[2:]
    window.jump_to_passage("p-7")
    qtbot.keyClick(panel.slides, Qt.Key.Key_Insert)
    added = document.slides[panel.slides.current_row()]
    assert added.kind == "points" and added.keys["items"] == [{"passage": "p-7"}]


def test_rows_are_dragged_to_reorder(make_window, seed_article, qtbot) -> None:
    from PySide6.QtWidgets import QAbstractItemView

    window = make_window(seed_article, "en")
    panel = open_panel(window, qtbot)
    view, model = panel.slides, panel.model
    assert view.dragDropMode() == QAbstractItemView.DragDropMode.InternalMove
    assert model.flags(model.index(2)) & Qt.ItemFlag.ItemIsDragEnabled
    assert model.flags(QModelIndex()) & Qt.ItemFlag.ItemIsDropEnabled
    document = briefing_for(window.state).outline
    titles = [s.kind for s in document.slides]
    assert model.moveRow(QModelIndex(), 4, QModelIndex(), 0)  # what QListView does on a drop
    assert [s.kind for s in document.slides] == [titles[4], *titles[:4], *titles[5:]]


def test_slides_naming_what_the_article_lacks_are_marked(make_window, seed_article, qtbot):
    window = make_window(seed_article, "en")
    panel = open_panel(window, qtbot)
    document = briefing_for(window.state).outline
    document.load_file(default_outline_path())
    model = panel.model
    first = model.index(0)
    assert model.data(first, PROBLEM_ROLE) is True
    assert model.data(first, Qt.ItemDataRole.ForegroundRole) == QColor("#B42318")
    assert model.data(first, Qt.ItemDataRole.DisplayRole).startswith("⚠ 1 · ")
    assert "no passage 'p-event'" in model.data(first, Qt.ItemDataRole.ToolTipRole)
    assert panel.problem.text() == document.first_problem() and not panel.problem.isHidden()
    panel.select_row(0)
    assert "p-event" in panel.editor.problems.text()
    panel.buttons["own"].click()
    assert document.first_problem() == "" and panel.problem.isHidden()
    assert not model.data(model.index(0), PROBLEM_ROLE)


def test_save_as_writes_the_toml(make_window, seed_article, qtbot, tmp_path, monkeypatch):
    from wocdesk.deck.outlines.outline import load_outline
    from wocdesk.ui.outline import saving

    window = make_window(seed_article, "en")
    panel = open_panel(window, qtbot)
    target = tmp_path / "deck.toml"
    monkeypatch.setattr(saving, "ask_path", lambda parent, suggested: target)
    document = briefing_for(window.state).outline
    document.set_kind(2, "quote")
    panel.buttons["save"].click()
    assert load_outline(target).slides[2].kind == "quote"
    assert panel.source.text().startswith("deck.toml") and "edited" not in panel.source.text()


def test_a_key_point_retitled_grouped_and_removed_in_the_panel(make_window, seed_article, qtbot):
    from wocdesk.briefing.sentences import sentence_spans
    from wocdesk.briefing.store import store_for

    window = make_window(seed_article, "en")
    book = briefing_for(window.state).points
    passages = [p for p in seed_article.passages() if p.en][:2]
    for passage in passages:
        book.mark(passage.id, "en", *sentence_spans(passage.en)[0])
    panel = open_panel(window, qtbot)
    editor = panel.points
    assert editor.table.rowCount() == 2
    editor.table.item(0, 2).setText("The event")
    assert store_for(seed_article).load().points[0].title.en == "The event"
    editor.new_group.click()
    group = store_for(seed_article).load().groups[0]
    box = editor.table.cellWidget(1, 3)
    box.setCurrentIndex(box.findData(group.id))
    assert store_for(seed_article).load().points[1].group == group.id
    slides = briefing_for(window.state).outline.slides
    grouped = next(s for s in slides if s.title is not None and s.title.en == group.title.en)
    second = store_for(seed_article).load().points[1].id
    assert grouped.kind == "points" and grouped.keys["items"] == [{"point": second}]
    editor.table.setCurrentCell(0, 0)
    editor.down_button.click()
    assert [p.passage_id for p in store_for(seed_article).load().points] == [
        passages[1].id,
        passages[0].id,
    ]
    editor.table.setCurrentCell(1, 0)
    editor.remove_button.click()
    assert [p.passage_id for p in store_for(seed_article).load().points] == [passages[1].id]


def test_the_panel_follows_the_interface_language(make_window, seed_article, qtbot):
    from wocdesk.ui.app.language import set_interface_language

    window = make_window(seed_article, "en")
    panel = open_panel(window, qtbot)
    set_interface_language("zh")
    try:
        assert panel.tabs.tabText(0) == "幻灯片"
        assert window.outline_feature.dock.windowTitle() == "大纲"
        label = panel.model.data(panel.model.index(1), Qt.ItemDataRole.DisplayRole)
        assert label.startswith("2 · 议程")
    finally:
        set_interface_language("en")
    assert panel.tabs.tabText(0) == "Slides"
