"""Search across the library as you type: hits with snippets, a click opens at the passage."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument

from wocdesk.library.search import SearchHit
from wocdesk.library.store import Library
from wocdesk.ui.app.language import set_interface_language
from wocdesk.ui.library.view.hits import HTML_ROLE
from wocdesk.ui.library.view.snippet_html import hit_html, marked

HOSTILE = (
    "知识产权<b>笔记</b>\nNotes <i>on</i> IP\n\n"
    '世界知识产权组织<script>alert("x")</script>&amp;中国办事处。\n'
    'The <a href="x">WIPO</a> Office & its capacity-building <img src=x>.\n'
)


def import_text(library: Library, folder: Path, name: str, text: str) -> int:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    outcome = library.import_file(path)
    assert outcome.article_id is not None
    return outcome.article_id


def test_typing_searches_after_a_pause_and_lists_hits_in_both_languages(
    make_library_window, qtbot
) -> None:
    window = make_library_window()
    controller = window.library
    controller.show_library()
    panel = controller.panel
    searched: list[str] = []
    panel.searched.connect(searched.append)
    for character in "知识产权":  # as an input method commits them (QTest types ASCII only)
        panel.field.insert(character)
    assert searched == []  # nothing while typing
    qtbot.waitUntil(lambda: searched == ["知识产权"], timeout=2000)
    hits = panel.hits_model.hits()
    assert hits and all("知识产权" in (h.snippets["zh"].text) for h in hits)
    first = hits[0].snippets["zh"]
    start, end = first.spans[0]
    assert first.text[start:end] == "知识产权"
    assert panel.hits_box.isVisible()
    assert panel.hits_label.text().startswith("“知识产权”: ")
    assert f"{len(hits)} passages in 1 article" in panel.hits_label.text()
    panel.field.clear()
    qtbot.keyClicks(panel.field, "capacity")
    qtbot.waitUntil(lambda: searched[-1] == "capacity", timeout=2000)
    english = panel.hits_model.hits()
    assert english
    text = english[0].snippets["en"].text
    assert any(text[s:e].lower() == "capacity" for s, e in english[0].snippets["en"].spans)
    assert "en" in english[0].languages and english[0].snippets["zh"].text  # both shown


def test_the_article_text_is_escaped_never_interpreted(
    make_library_window, library: Library, tmp_path: Path
) -> None:
    import_text(library, tmp_path, "hostile.txt", HOSTILE)
    window = make_library_window()
    controller = window.library
    controller.show_library()
    panel = controller.panel
    panel.search_now("办事处")
    hit = next(h for h in panel.hits_model.hits() if "script" in h.snippets["zh"].text)
    rich = panel.hits_model.index(panel.hits_model.hits().index(hit)).data(HTML_ROLE)
    assert "</script>" not in rich and "&lt;/script&gt;" in rich
    assert "<img" not in rich and "&lt;img" in rich
    document = QTextDocument()
    document.setHtml(rich)
    shown = document.toPlainText()
    assert '")</script>&amp;中国办事处。' in shown  # the characters themselves
    assert '<a href="x">WIPO</a> Office &' in shown


def test_marks_wrap_the_matches_and_escape_around_them() -> None:
    assert marked("a<b>c", [(1, 4)], "m") == 'a<span style="m">&lt;b&gt;</span>c'
    assert marked("abc", [(0, 1), (2, 3)], "m") == (
        '<span style="m">a</span>b<span style="m">c</span>'
    )


def test_a_hit_heading_follows_the_interface_language(library: Library) -> None:
    hit: SearchHit = library.search("知识产权", 1)[0]
    english = hit_html(hit, "m", "#777")
    assert html.escape(hit.article_title.en or "") in english and "passage" in english
    set_interface_language("zh")
    chinese = hit_html(hit, "m", "#777")
    assert html.escape(hit.article_title.zh or "") in chinese and "第" in chinese


def test_a_click_on_a_hit_opens_its_article_at_the_passage_with_the_match_highlighted(
    make_library_window, library: Library, tmp_path: Path, qtbot, seed_text: str
) -> None:
    from tests.chapter_text import chapter_text

    other = import_text(library, tmp_path, "chapters.txt", chapter_text(12, 4))
    window = make_library_window(1)
    controller = window.library
    controller.show_library()
    panel = controller.panel
    panel.search_now("capacity")
    row = next(
        i
        for i, h in enumerate(panel.hits_model.hits())
        if h.article_id == other and h.passage_number > 20
    )
    hit = panel.hits_model.hit(row)
    rect = panel.hits_view.visualRect(panel.hits_model.index(row))
    panel.hits_view.scrollTo(panel.hits_model.index(row))
    rect = panel.hits_view.visualRect(panel.hits_model.index(row))
    qtbot.mouseClick(panel.hits_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert controller.places.current_id == other
    assert window.state.position.passage_id == hit.passage_id
    assert window.top_paragraph_id() == hit.passage_id
    assert window.view.flashed()
    assert window.view.selected_text().lower() == "capacity"  # the match, as find selects it


def test_enter_in_the_field_opens_the_best_hit(make_library_window, qtbot) -> None:
    window = make_library_window()
    controller = window.library
    controller.show_library()
    panel = controller.panel
    qtbot.keyClicks(panel.field, "Sora")
    qtbot.keyClick(panel.field, Qt.Key.Key_Return)
    best = panel.hits_model.hit(0)
    assert window.state.position.passage_id == best.passage_id


def test_a_match_in_the_language_not_shown_switches_to_both(make_library_window) -> None:
    window = make_library_window(1, mode="en")
    controller = window.library
    controller.show_library()
    panel = controller.panel
    panel.search_now("知识产权")
    hit = next(h for h in panel.hits_model.hits() if h.article_id == 1)
    assert hit.languages == ("zh",)
    assert controller.open_hit(hit)
    assert window.mode.is_bilingual and window.mode.leading == "en"
    assert window.view.selected_text() == "知识产权"
