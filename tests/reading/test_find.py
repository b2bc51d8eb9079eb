"""Find over the whole text: counts, the hidden language, next and previous, the match list."""

from __future__ import annotations

import pytest

from wocdesk.model.text import DisplayMode
from wocdesk.ui.find.search import Search, fold
from wocdesk.ui.reading.rows import RowIndex


@pytest.fixture
def finder(make_view, qtbot):  # type: ignore[no-untyped-def]
    """A view with a find panel under it, wired like the window does (show other → both)."""
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from wocdesk.ui.find.controller import FindController
    from wocdesk.ui.find.panel import FindPanel

    kept = []

    def make(article, mode="zh"):  # type: ignore[no-untyped-def]
        view = make_view(article, mode)
        host = QWidget()
        kept.append(host)
        qtbot.addWidget(host)
        box = QVBoxLayout(host)
        panel = FindPanel(host)
        box.addWidget(panel)
        host.show()

        def both() -> None:
            lead = view.mode.leading
            view.set_mode(DisplayMode(f"{lead}-{'en' if lead == 'zh' else 'zh'}"))

        controller = FindController(view, panel, both)
        panel.open_bar()
        return view, panel, controller

    yield make
    kept.clear()


def brute_count(article, langs, needle):  # type: ignore[no-untyped-def]
    """Matches of ``needle`` in the passages and titles, counted without the view."""
    needle = needle.casefold()
    texts = [article.title] + [s.title for s in article.sections]
    texts += [p.text for p in article.passages()]
    return sum((t.get(lang) or "").casefold().count(needle) for t in texts for lang in langs)


def test_find_counts_every_match_and_walks_through_them(finder, text, qtbot):
    view, panel, controller = finder(text, "zh-en")
    panel.field.setText("创新")
    controller.finish()
    assert controller.matches() == brute_count(text, ("zh", "en"), "创新")
    assert "of" in panel.count_text() and not panel.count_text().endswith("…")
    first = controller.current
    assert first is not None and view.selected_text() == "创新"
    controller.next()
    assert controller.current != first
    assert (controller.current.row, controller.current.start) >= (first.row, first.start)
    controller.previous()
    assert controller.current == first


def test_find_is_case_insensitive_and_maps_folded_offsets_back(article):
    folded = fold("Straße STRASSE")
    assert folded.text == "strasse strasse"
    index = RowIndex(article)
    search = Search(article, index, DisplayMode.EN, "INNOVATION")
    while not search.done:
        search.step(1.0)
    assert len(search) == brute_count(article, ("en",), "innovation")
    match = search.match(0)
    text = article.passage(match.source.ident).text.en if match.source.kind == "passage" else ""
    if text:
        assert text[match.start : match.start + match.length].casefold() == "innovation"


def test_next_jumps_to_a_match_far_off_screen(finder, long_text, qtbot):
    view, panel, controller = finder(long_text, "en")
    panel.field.setText("Sony")
    qtbot.waitUntil(lambda: controller.current is not None, timeout=3000)
    controller.finish()
    for _ in range(5):
        controller.next()
        rects = view.text_rects(_range(controller.current))
        assert rects, "the current match is laid out"
        assert rects[0].top() >= 0 and rects[0].bottom() <= view.viewport().height()
        assert view.selected_text() == "Sony"
    # jump from the first to the last match: across the whole text
    controller.go_to(0)
    controller.previous()
    assert controller.current == controller.search.match(len(controller.search) - 1)
    assert long_text.passage_number(view.top_paragraph_id()) > 3000  # near the end


def _range(match):  # type: ignore[no-untyped-def]
    from wocdesk.ui.reading.formats import TextRange

    return TextRange(match.source, match.start, match.length)


def test_find_starts_from_the_readers_place(finder, long_text, qtbot):
    view, panel, controller = finder(long_text, "en")
    view.restore_position(view.passage_ids()[2000])
    panel.field.setText("Sony")
    qtbot.waitUntil(lambda: controller.current is not None, timeout=3000)
    number = long_text.passage_number(controller.current.source.ident)
    assert number >= 2000  # the first match after where the reader is, not at the start


def test_hidden_language_is_counted_and_shown_on_demand(finder, article, qtbot):
    view, panel, controller = finder(article, "zh")
    qtbot.keyClicks(panel.field, "Sony")
    qtbot.waitUntil(lambda: controller.search is not None and controller.search.done, timeout=3000)
    assert controller.matches() == 0
    assert panel.other_button.isVisibleTo(panel) and "1" in panel.other_button.text()
    panel.other_button.click()
    controller.finish()
    assert view.mode.is_bilingual
    assert controller.matches() == 1
    assert view.selected_text() == "Sony"


def test_a_string_with_no_match_clears_the_old_selection(finder, article, qtbot):
    view, panel, controller = finder(article, "en")
    panel.field.setText("Beijing")
    qtbot.waitUntil(lambda: view.selected_text() == "Beijing", timeout=3000)
    panel.field.setText("xyzzy")
    qtbot.waitUntil(lambda: controller.search.needle == "xyzzy" and controller.search.done)
    assert view.selected_text() == ""
    assert controller.current is None
    assert panel.count_text() == "No matches"


def test_typing_is_debounced_and_the_long_text_is_searched_in_slices(finder, long_text, qtbot):
    _view, panel, controller = finder(long_text, "en")
    started = []
    original = controller.start
    controller.start = lambda jump=True: (started.append(jump), original(jump))[1]
    qtbot.keyClicks(panel.field, "the")
    qtbot.waitUntil(lambda: controller.search is not None and controller.current is not None)
    assert len(started) == 1  # one search for the three letters typed quickly
    assert not controller.search.done  # the first matches are there before the whole count
    assert panel.count_text().endswith("…")
    qtbot.waitUntil(lambda: controller.search.done, timeout=10000)
    assert controller.matches() == brute_count(long_text, ("en",), "the")
    assert not panel.count_text().endswith("…")


def test_mode_switch_keeps_the_current_match_and_the_place(finder, article, qtbot):
    view, panel, controller = finder(article, "zh-en")
    panel.field.setText("Sony")
    controller.finish()
    top = view.top_paragraph_id()
    view.set_mode(DisplayMode.EN_ZH)
    controller.finish()
    assert view.selected_text() == "Sony"
    assert view.top_paragraph_id() == top


def test_match_list_lists_every_match_and_goes_there(finder, long_text, qtbot):
    view, panel, controller = finder(long_text, "zh")
    panel.field.setText("索尼")
    controller.finish()
    assert panel.model.rowCount() == controller.matches() > 10
    panel.list_button.click()
    assert panel.list.isVisibleTo(panel)
    row = panel.model.rowCount() - 3
    assert "[索尼]" in panel.model.index(row).data()
    panel.match_chosen.emit(row)
    assert controller.current == controller.search.match(row)
    assert view.selected_text() == "索尼"


def test_closing_the_bar_clears_the_highlights(finder, article, qtbot):
    view, panel, controller = finder(article, "en")
    panel.field.setText("WIPO")
    controller.finish()
    assert view._layers.names() == ["find"]
    panel.close_bar()
    assert view._layers.names() == []
