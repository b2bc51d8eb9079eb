"""Add to briefing in the reader: the selection, else the sentence clicked, else the passage."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from wocdesk.briefing.sentences import sentences
from wocdesk.briefing.store import store_for
from wocdesk.ui.outline.briefing import briefing_for
from wocdesk.ui.reading.formats import TextRange
from wocdesk.ui.reading.rows import Source
from wocdesk.ui.reading.selection import TextPoint


def shown(qtbot, window, passage_id: str) -> None:  # type: ignore[no-untyped-def]
    """Scroll the passage to the top and let the view lay it out."""
    window.jump_to_passage(passage_id)
    qtbot.wait(20)


def select(qtbot, window, passage, text: str, lang: str = "en") -> None:  # type: ignore[no-untyped-def]
    """Select ``text`` of ``passage`` in the reading view, as a mouse drag would."""
    shown(qtbot, window, passage.id)
    start = passage.text.get(lang).index(text)
    assert window.view.select_range(
        TextRange(Source("passage", passage.id, lang), start, len(text))
    )


def point_of(window, passage, offset: int, lang: str = "en") -> QPoint:  # type: ignore[no-untyped-def]
    """The viewport point of a character of a passage."""
    rects = window.view.text_rects(TextRange(Source("passage", passage.id, lang), offset, 1))
    assert rects, (passage.id, offset)
    return rects[0].center().toPoint()


def click(qtbot, window, passage, offset: int, lang: str = "en") -> None:  # type: ignore[no-untyped-def]
    """Click on a character of a passage (no selection: the click is where the reader is)."""
    shown(qtbot, window, passage.id)
    QTest.mouseClick(
        window.view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=point_of(window, passage, offset, lang),
    )


def ctrl_b(qtbot, window) -> None:
    qtbot.keyClick(window.view, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)


def test_ctrl_b_keeps_the_selected_sentence_as_a_key_point(
    make_window, seed_article, qtbot
) -> None:
    window = make_window(seed_article, "en")
    passage = list(seed_article.passages())[1]
    sentence = sentences(passage.en)[1]
    select(qtbot, window, passage, sentence)
    ctrl_b(qtbot, window)
    stored = store_for(seed_article).load().points
    assert [(p.passage_id, p.lang, p.text) for p in stored] == [(passage.id, "en", sentence)]
    assert passage.en[stored[0].start : stored[0].end] == sentence
    assert sentence[:40] in window.statusBar().currentMessage()


def test_a_selection_in_chinese_is_marked_in_chinese(make_window, seed_article, qtbot) -> None:
    window = make_window(seed_article, "zh-en")
    passage = list(seed_article.passages())[2]
    sentence = sentences(passage.zh)[0]
    select(qtbot, window, passage, sentence, "zh")
    ctrl_b(qtbot, window)
    point = store_for(seed_article).load().points[0]
    assert (point.lang, point.text, point.start) == ("zh", sentence, passage.zh.index(sentence))


def test_a_selection_running_into_the_next_passage_stops_at_its_end(
    make_window, seed_article, qtbot
) -> None:
    window = make_window(seed_article, "en")
    first, second = list(seed_article.passages())[:2]
    shown(qtbot, window, first.id)
    doc = window.view.document
    last = sentences(first.en)[-1]
    row1, block1, base1 = doc.locate(Source("passage", first.id, "en"))
    row2, block2, base2 = doc.locate(Source("passage", second.id, "en"))
    begin = TextPoint(row1, block1, base1 + first.en.index(last))
    end = TextPoint(row2, block2, base2 + len(sentences(second.en)[0]))
    window.view.selection.select(begin, end)
    ctrl_b(qtbot, window)
    point = store_for(seed_article).load().points[0]
    assert point.passage_id == first.id and point.text == sentences(first.en)[-1]


def test_without_a_selection_the_sentence_clicked_is_marked(
    make_window, seed_article, qtbot
) -> None:
    window = make_window(seed_article, "en")
    passage = next(seed_article.passages())
    sentence = sentences(passage.en)[1]
    click(qtbot, window, passage, passage.en.index(sentence) + 5)
    ctrl_b(qtbot, window)
    assert [p.text for p in store_for(seed_article).load().points] == [sentence]


def test_with_nothing_chosen_the_passage_being_read_is_marked(
    make_window, seed_article, qtbot
) -> None:
    window = make_window(seed_article, "en")
    passages = list(seed_article.passages())
    window.jump_to_passage(passages[3].id)
    ctrl_b(qtbot, window)
    point = store_for(seed_article).load().points[0]
    assert point.passage_id == window.view.current_passage_id()
    assert point.text == seed_article.passage(point.passage_id).en.strip()


def test_a_span_marked_twice_is_kept_once(make_window, seed_article, qtbot) -> None:
    window = make_window(seed_article, "en")
    passage = next(seed_article.passages())
    sentence = sentences(passage.en)[0]
    for _ in range(2):
        select(qtbot, window, passage, sentence)
        ctrl_b(qtbot, window)
    assert len(store_for(seed_article).load().points) == 1


def test_the_context_menu_offers_add_to_briefing_for_the_sentence_under_the_pointer(
    make_window, seed_article, qtbot
) -> None:
    window = make_window(seed_article, "en")
    passage = list(seed_article.passages())[1]
    sentence = sentences(passage.en)[2]
    shown(qtbot, window, passage.id)
    point = point_of(window, passage, passage.en.index(sentence) + 3)
    adder = window.outline_feature.adder
    menu = adder.context_menu(point)
    texts = [a.text() for a in menu.actions()]
    assert "Add to &Briefing" in texts and any("Copy" in t for t in texts)
    action = next(a for a in menu.actions() if a.objectName() == "context-add-to-briefing")
    action.trigger()
    assert [p.text for p in store_for(seed_article).load().points] == [sentence]


def test_marked_points_show_in_the_key_points_panel_and_jump(
    make_window, seed_article, qtbot
) -> None:
    window = make_window(seed_article, "en")
    passage = list(seed_article.passages())[4]
    sentence = sentences(passage.en)[0]
    select(qtbot, window, passage, sentence)
    ctrl_b(qtbot, window)
    window.key_points.ensure_filled()
    entries = window.key_points.entries()
    assert (sentence, passage.id) in entries
    group = window.key_points.topLevelItem(window.key_points.topLevelItemCount() - 1)
    assert group.text(0) == "Marked by you"
    window.key_points.itemClicked.emit(group.child(0), 0)
    assert window.top_paragraph_id() == passage.id


def test_a_titled_point_shows_its_title_in_the_panel_and_on_its_slide(
    make_window, seed_article, qtbot
) -> None:
    from wocdesk.deck import plan_deck
    from wocdesk.model.text import BiText

    window = make_window(seed_article, "en")
    passage = next(seed_article.passages())
    select(qtbot, window, passage, sentences(passage.en)[0])
    ctrl_b(qtbot, window)
    briefing = briefing_for(window.state)
    point = briefing.points.points.points[0]
    briefing.points.retitle(point.id, BiText("北京的活动", "The Beijing event"))
    assert ("The Beijing event", point.passage_id) in window.key_points.entries()
    deck = plan_deck(seed_article, briefing.outline.usable_outline(), lang="en")
    words = [p.text for s in deck.slides for b in s.boxes for p in getattr(b, "paragraphs", ())]
    assert "The Beijing event" in words


def test_a_selection_cutting_words_keeps_them_whole(make_window, seed_article, qtbot) -> None:
    window = make_window(seed_article, "en")
    passage = list(seed_article.passages())[1]
    sentence = sentences(passage.en)[0]  # "Ms. Liu Hua, … changes unseen in a century."
    shown(qtbot, window, passage.id)
    cut = TextRange(Source("passage", passage.id, "en"), 1, len(sentence) - 6)  # "s. … a cent"
    assert window.view.select_range(cut)
    ctrl_b(qtbot, window)
    assert store_for(seed_article).load().points[0].text == sentence[:-1]  # all but the full stop


def test_marked_points_are_drawn_in_the_reading_view(make_window, seed_article, qtbot) -> None:
    window = make_window(seed_article, "en")
    qtbot.waitUntil(lambda: window.outline_feature.marks is not None)  # after the first paint
    marks = window.outline_feature.marks
    assert marks.ranges == {}
    passage = list(seed_article.passages())[1]
    sentence = sentences(passage.en)[1]
    select(qtbot, window, passage, sentence)
    ctrl_b(qtbot, window)
    source = Source("passage", passage.id, "en")
    assert marks.ranges == {source: [(passage.en.index(sentence), len(sentence))]}
    point = store_for(seed_article).load().points[0]
    briefing_for(window.state).points.remove(point.id)
    assert marks.ranges == {}


def test_points_stored_before_the_window_opens_show_in_the_panel_and_the_view(
    make_window, seed_article, qtbot
) -> None:
    from wocdesk.briefing.keypoints import mark_sentence

    passage = list(seed_article.passages())[2]
    sentence = sentences(passage.en)[0]
    store_for(seed_article).add(mark_sentence(seed_article, passage.id, "en", 0))
    window = make_window(seed_article, "en")
    qtbot.waitUntil(lambda: window.outline_feature.marks is not None)  # after the first paint
    source = Source("passage", passage.id, "en")
    assert window.outline_feature.marks.ranges == {
        source: [(passage.en.index(sentence), len(sentence))]
    }
    panel = window.key_points
    group = panel.topLevelItem(panel.topLevelItemCount() - 1)
    assert (group.text(0), group.child(0).text(0)) == ("Marked by you", sentence)


def test_the_panel_follows_the_first_point_marked_by_itself(
    make_window, seed_article, qtbot
) -> None:
    window = make_window(seed_article, "en")
    qtbot.waitUntil(lambda: window.outline_feature.marks is not None)  # after the first paint
    panel = window.key_points

    def groups() -> list[str]:
        return [panel.topLevelItem(i).text(0) for i in range(panel.topLevelItemCount())]

    assert groups() == ["This article has no key points."]  # the raw seed has no highlights
    passage = list(seed_article.passages())[4]
    sentence = sentences(passage.en)[0]
    select(qtbot, window, passage, sentence)
    ctrl_b(qtbot, window)
    assert groups() == ["Marked by you"]  # no one asked the panel to fill again
    assert panel.topLevelItem(0).child(0).text(0) == sentence
