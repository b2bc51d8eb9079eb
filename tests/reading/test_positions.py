"""The reader's place: kept to the line across modes, zoom and sizes; honest scroll bar."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QFontInfo

from wocdesk.model.text import DisplayMode
from wocdesk.ui.reading.rows import Role

MODES = list(DisplayMode)
EXAMPLES = settings(
    max_examples=60,
    deadline=None,
    derandomize=True,  # the same positions on every run
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)


def top_line_passage(view) -> str:  # type: ignore[no-untyped-def]
    """The passage whose text is at the top of the view, found by hit-testing the top line."""
    from PySide6.QtCore import QPointF

    doc = view.document
    x = doc.columns.xs[0] + 5
    y = 1.0
    while y < view.viewport().height():
        hit = view.hit_test(QPointF(x, y))
        if hit is not None and hit.on_text:
            return doc.index.rows[hit.point.row].passage_id
        y += 4
    return ""


def test_every_passage_keeps_its_place_across_every_mode_switch(make_view, article):
    view = make_view(article)
    for passage in article.passages():
        for before, after in itertools.permutations(MODES, 2):
            for fraction in (0.0, 0.6):
                view.set_mode(before)
                view.restore_position(passage.id, fraction)
                assert view.top_paragraph_id() == passage.id
                view.set_mode(after)
                assert view.top_paragraph_id() == passage.id, (passage.id, before, after)


@pytest.fixture
def long_view(make_view, long_text):  # type: ignore[no-untyped-def]
    """One view of the long text for all the examples of a test."""
    return make_view(long_text)


@EXAMPLES
@given(
    share=st.floats(min_value=0.0, max_value=0.999),
    fraction=st.floats(min_value=0.0, max_value=0.95),
    modes=st.permutations(MODES),
)
def test_random_places_of_the_long_text_are_kept_in_every_mode(long_view, share, fraction, modes):
    view = long_view
    passages = view.passage_ids()
    passage_id = passages[int(share * len(passages))]
    view.set_mode(modes[0])
    view.restore_position(passage_id, fraction)
    placed, kept = view.reading_position()
    assert placed == passage_id
    for mode in modes[1:]:
        view.set_mode(mode)
        top, now = view.reading_position()
        assert top == passage_id, (mode, fraction)
        assert abs(now - kept) < 0.02  # the same share of the paragraph: the same line
        assert view.top_paragraph_id() == passage_id


def test_place_inside_a_long_paragraph_is_kept(make_view, article):
    view = make_view(article, "en")
    view.restore_position("p-keys", 0.5)
    view.set_mode(DisplayMode.ZH_EN)
    passage, fraction = view.reading_position()
    assert passage == "p-keys"
    assert 0.4 < fraction < 0.6


def test_section_heading_comes_to_the_top(make_view, text):
    view = make_view(text)
    sections = text.sections if len(text.sections) < 20 else text.sections[::37]
    for section in sections:
        view.scroll_to_section(section.id)
        row = view.document.index.section_rows[section.id]
        assert view.document.row_at(view.scroll_y()) == row
        first = next(s for s in text.sections[text.sections.index(section) :] if s.passages)
        assert view.top_paragraph_id() == first.passages[0].id


def test_zoom_keeps_the_place_and_stops_at_readable_chinese(make_view, text):
    view = make_view(text)
    target = list(text.passages())[len(list(text.passages())) // 2].id
    view.restore_position(target, 0.3)
    px = view.reading_style.px
    view.set_zoom(3)
    assert view.reading_style.px > px
    assert view.top_paragraph_id() == target
    view.set_zoom(-40)
    assert view.zoom == view.min_zoom
    chinese = view.reading_style.face("zh", Role.TEXT).font
    assert QFontInfo(chinese).pixelSize() >= 11
    view.set_zoom(view.zoom - 1)  # already at the floor: nothing changes
    assert view.zoom == view.min_zoom
    assert view.top_paragraph_id() == target


def test_resizing_keeps_the_place(make_view, text):
    view = make_view(text, "zh-en")
    target = list(text.passages())[-3].id
    view.restore_position(target, 0.5)
    for size in ((700, 500), (1300, 900), (900, 640)):
        view.resize(*size)
        assert view.top_paragraph_id() == target


def test_the_bar_reflects_the_whole_text_and_measuring_moves_nothing(make_view, long_text, qtbot):
    view = make_view(long_text, "en")
    doc = view.document
    middle = view.passage_ids()[len(view.passage_ids()) // 2]
    view.restore_position(middle, 0.25)
    bar = view.verticalScrollBar()
    before_total = doc.total
    assert 0.4 < bar.value() / bar.maximum() < 0.6  # the middle of the text, by the bar
    top_row = view.top_row
    shown = top_line_passage(view)
    while not doc.refine(0.05, 0):
        pass
    view._scroller.sync_bar()  # what the idle timer does after each slice
    assert view.top_row == top_row
    assert view.reading_position()[0] == middle
    assert top_line_passage(view) == shown
    assert abs(before_total - doc.total) / doc.total < 0.1  # estimates were honest
    assert bar.maximum() == round(view.max_scroll())
    assert 0.4 < bar.value() / bar.maximum() < 0.6


def test_measuring_runs_when_the_reader_pauses(make_view, long_text, qtbot):
    view = make_view(long_text, "zh")
    assert not view.measured()
    assert len(view.document._layouts) < 40
    with qtbot.waitSignal(view.measuring, timeout=5000, check_params_cb=lambda p: p == 100):
        pass
    assert view.measured()
