"""The reader state: its signals, and every widget of the window following it (no pushing)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from wocdesk.model.article import Article, Passage, Section
from wocdesk.model.text import DisplayMode
from wocdesk.ui.state import ReaderState, ReadingPosition, start_of


def long_article(article: Article, sections: int = 200) -> Article:
    """A 200-section text made from the bundled passages (ids made unique per copy)."""
    made = []
    originals = article.sections
    for number in range(sections):
        source = originals[number % len(originals)]
        section_id = f"{source.id}-{number}"
        passages = tuple(Passage(f"{p.id}-{number}", p.text, section_id) for p in source.passages)
        made.append(Section(section_id, source.title, passages))
    return replace(article, id="long-text", sections=tuple(made), trends=(), keys=(), figures=())


def test_signals_fire_on_real_changes_only(qtbot, article):
    state = ReaderState(article, DisplayMode.ZH)
    assert state.position == start_of(article) == ReadingPosition("p-event", -1.0)
    with qtbot.assertNotEmitted(state.mode_changed):
        state.set_mode(DisplayMode.ZH)
    with qtbot.waitSignal(state.mode_changed) as mode:
        state.set_mode(DisplayMode.EN_ZH)
    assert mode.args == [DisplayMode.EN_ZH] and state.mode is DisplayMode.EN_ZH
    with qtbot.waitSignal(state.position_changed) as moved:
        state.set_position("p-keys", 0.25)
    assert moved.args == ["p-keys", 0.25]
    with qtbot.assertNotEmitted(state.position_changed):
        state.set_position("p-keys", 0.25)
    with pytest.raises(KeyError):
        state.set_position("p-nowhere")
    assert state.position == ("p-keys", 0.25)


def test_a_new_article_starts_at_its_top(qtbot, article):
    state = ReaderState(article)
    state.set_position("p-keys")
    other = long_article(article, 3)
    with qtbot.waitSignals([state.article_changed, state.position_changed]):
        state.set_article(other)
    assert state.article is other and state.position == start_of(other)


def test_the_view_reports_where_the_reader_is(window):
    window.view.restore_position("p-exchange", 0.5)  # as scrolling does
    passage, offset = window.state.position
    assert passage == "p-exchange" and 0.45 < offset < 0.55
    assert window.section_list.current_section_id() == "trends"
    window.view.verticalScrollBar().setValue(0)
    assert window.state.position == ("p-event", -1.0)


def test_every_widget_follows_the_state(window, article):
    state = window.state
    state.set_position("p-keys")
    assert window.view.top_paragraph_id() == "p-keys"
    assert window.section_list.current_section_id() == "keys"
    assert article.section("keys").title.zh in window.section_label.text()
    state.set_mode(DisplayMode.EN)
    assert window.view.top_paragraph_id() == "p-keys"
    assert window.section_list.titles()[0] == article.sections[0].title.en
    assert article.keys[0].name.en in [text for text, _ in window.key_points.entries()]
    assert article.section("keys").title.en in window.section_label.text()
    assert window.action_registry["mode-en"].isChecked()
    assert window.windowTitle().startswith(article.title.en)


def test_a_long_text_is_followed_to_its_last_section(make_window, article):
    text = long_article(article)
    window = make_window(text, "en")
    assert window.section_list.section_count() == 200
    last = text.sections[-1]
    window.show_section(last.id)
    assert window.view.top_paragraph_id() == last.passages[0].id
    assert window.section_list.current_section_id() == last.id
    assert "Section 200 of 200" in window.section_label.text()
    window.set_article(article)
    assert window.section_list.section_count() == len(article.sections)
    assert window.view.verticalScrollBar().value() == 0
    assert window.state.position == start_of(article)
