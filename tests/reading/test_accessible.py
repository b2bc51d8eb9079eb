"""What assistive technologies get of the reading view: its interface, text, caret and events."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAction

from wocdesk.model.article import Article, Event, Passage, Section
from wocdesk.model.text import BiText, DisplayMode
from wocdesk.ui.reading.accessible import factory, interface
from wocdesk.ui.reading.accessible.interface import ReadingAccessible

ROOT = Path(__file__).resolve().parents[2]
MODES = ["zh", "en", "zh-en", "en-zh"]


def text_of(view):  # type: ignore[no-untyped-def]
    """The view's text interface, as an assistive technology gets it (through Qt's C++ side)."""
    accessible = QAccessible.queryAccessibleInterface(view)
    assert isinstance(accessible, ReadingAccessible)
    text = accessible.textInterface()
    assert text is not None
    return text


def at_caret(text, length: int = 200) -> str:  # type: ignore[no-untyped-def]
    caret = text.cursorPosition()
    return str(text.text(caret, caret + length))


@pytest.fixture
def active(monkeypatch):  # type: ignore[no-untyped-def]
    """An assistive technology listening: the events the interface posts, recorded."""
    posted: list[tuple[QAccessible.Event, int | None]] = []

    def record(event) -> None:  # type: ignore[no-untyped-def]
        position = event.cursorPosition() if hasattr(event, "cursorPosition") else None
        posted.append((event.type(), position))

    monkeypatch.setattr(interface, "post", record)
    QAccessible.setActive(True)
    yield posted
    QAccessible.setActive(False)


def test_the_view_is_a_read_only_document_with_a_name(make_view, article, qtbot):
    view = make_view(article, "zh")
    view.setAccessibleName("Article")
    accessible = QAccessible.queryAccessibleInterface(view)
    assert isinstance(accessible, ReadingAccessible)
    assert QAccessible.queryAccessibleInterface(view) is accessible  # made once, kept by Qt
    assert accessible.role() == QAccessible.Role.Document
    name = accessible.text(QAccessible.Text.Name)
    assert name.startswith("Article") and article.title.zh in name
    assert accessible.text(QAccessible.Text.Description) == "The article in Chinese"
    view.set_mode(DisplayMode.EN_ZH)
    assert "English first" in accessible.text(QAccessible.Text.Description)
    assert article.title.en in accessible.text(QAccessible.Text.Name)
    state = accessible.state()
    assert state.readOnly and state.multiLine and state.focusable
    view.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    assert accessible.state().focused


@pytest.mark.parametrize("mode", MODES)
def test_the_text_is_what_the_view_shows_in_each_mode(make_view, text, mode):  # type: ignore[no-untyped-def]
    view = make_view(text, mode)
    access = text_of(view)
    count = access.characterCount()
    whole = access.text(0, count)
    assert whole == view.shown_text()
    passages = list(text.passages())
    first, last = passages[0].text, passages[-1].text
    languages = DisplayMode(mode).languages
    for passage in (first, last):
        for lang in ("zh", "en"):
            if lang in languages:
                assert passage.best(lang) in whole
    if mode in ("zh", "en"):
        other = "en" if mode == "zh" else "zh"
        assert first.best(other) not in whole
    else:
        lead, second = languages
        assert whole.index(first.best(lead)) < whole.index(first.best(second))
    assert access.text(count - 10, count) == whole[-10:]


def test_the_caret_is_at_the_row_at_the_top_and_follows_a_jump(make_view, text, qtbot):
    view = make_view(text, "zh-en")
    access = text_of(view)
    assert access.cursorPosition() == 0
    passage = list(text.passages())[len(list(text.passages())) * 2 // 3]
    view.restore_position(passage.id)
    caret_text = at_caret(access, 4000)
    assert passage.text.zh in caret_text and passage.text.en in caret_text
    assert access.cursorPosition() > 0
    section = text.sections[len(text.sections) // 2]
    view.scroll_to_section(section.id)
    assert at_caret(access).startswith(section.title.zh)
    before = access.cursorPosition()
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert access.cursorPosition() > before


def test_setting_the_caret_brings_off_screen_text_to_the_top(make_view, text):
    view = make_view(text, "en")
    access = text_of(view)
    passages = list(text.passages())
    passage = passages[len(passages) * 2 // 3]
    row = view.document.index.passage_rows[text.passage_number(passage.id)]
    offset = len(view.shown_text(0, row - 1)) + 1  # where the passage's row starts
    assert access.text(offset, offset + 20) == passage.text.en[:20]
    access.setCursorPosition(offset + 5)
    assert view.top_paragraph_id() == passage.id
    assert access.cursorPosition() == offset + 5  # where it was put, while the view stays
    access.scrollToSubstring(0, 5)
    assert view.scroll_y() == 0


def test_characters_have_their_boxes_on_screen_and_back(make_view, article):
    view = make_view(article, "zh")
    access = text_of(view)
    whole = access.text(0, access.characterCount())
    passage = next(iter(article.passages()))
    offset = whole.index(passage.text.zh) + 3
    box = access.characterRect(offset)
    assert box.width() > 0 and box.height() > 0
    assert view.viewport().rect().contains(view.viewport().mapFromGlobal(box.center()))
    assert access.offsetAtPoint(box.center()) == offset
    assert access.characterRect(len(whole) - 1).isEmpty()  # not laid out: no box
    access.addSelection(offset, offset + 4)
    assert view.selected_text() == passage.text.zh[3:7]
    access.removeSelection(0)
    assert view.selected_text() == ""


def test_offsets_are_qt_s_utf16_ones(make_view):
    astral = "𠀀𠀁甲乙"
    section = Section("s", BiText("节", "S"), (Passage("p", BiText(astral * 3, "A")),))
    article = Article("odd", BiText("标题", "Title"), Event(BiText("活动", "Event")), (section,))
    view = make_view(article, "zh")
    access = text_of(view)
    whole = view.shown_text()
    assert access.characterCount() == len(whole.encode("utf-16-le")) // 2
    start = len(whole[: whole.index(astral)].encode("utf-16-le")) // 2
    assert access.text(start, start + 5) == "𠀀𠀁甲"
    assert access.text(0, access.characterCount()) == whole


def test_moves_and_changes_are_announced_once(make_view, text, active):
    view = make_view(text, "zh")
    access = text_of(view)
    # A signal connected to a method of the view gives it a new meta-object, so Qt asks for
    # its interface again: the first one must go quiet, or each move would be said twice.
    action = QAction(view)
    action.triggered.connect(view.copy)
    access = text_of(view)
    active.clear()
    passage = list(text.passages())[len(list(text.passages())) // 2]
    view.restore_position(passage.id)
    carets = [p for kind, p in active if kind == QAccessible.Event.TextCaretMoved]
    assert carets == [access.cursorPosition()]
    assert passage.text.zh in at_caret(access, 4000)
    active.clear()
    view.scroll_by(1.0)  # the same row at the top: nothing to say
    assert active == []
    view.set_mode(DisplayMode.ZH_EN)
    kinds = [kind for kind, _position in active]
    assert QAccessible.Event.DescriptionChanged in kinds
    assert kinds.count(QAccessible.Event.TextCaretMoved) == 1
    assert passage.text.en in at_caret(access, 8000)


def test_nothing_is_announced_without_an_assistive_technology(make_view, article, monkeypatch):
    posted: list[object] = []
    monkeypatch.setattr(interface, "post", posted.append)
    assert not QAccessible.isActive()
    view = make_view(article, "zh")
    text_of(view)
    view.restore_position(list(article.passages())[-1].id)
    view.set_mode(DisplayMode.EN)
    assert posted == []


def test_no_interface_is_made_until_one_is_asked_for(make_view, article):
    made = len(factory._made)
    view = make_view(article, "zh-en")
    view.restore_position(list(article.passages())[3].id)
    view.set_mode(DisplayMode.EN)
    assert len(factory._made) == made
    text_of(view)
    assert len(factory._made) == made + 1
    assert type(view).__name__ == factory.VIEW_CLASS


def test_the_view_and_its_interfaces_close_cleanly_with_a_screen_reader():
    """Qt deletes the interfaces it keeps; Python must not have freed them first (a crash)."""
    script = textwrap.dedent(
        """
        import gc
        import wocdesk, wocdesk.ui
        from PySide6.QtGui import QAccessible, QAction
        from PySide6.QtWidgets import QApplication
        from wocdesk.model.text import DisplayMode
        from wocdesk.ui.reading.view import ReadingView

        app = QApplication([])
        QAccessible.setActive(True)
        view = ReadingView(wocdesk.load_article(), DisplayMode("zh"))
        view.show()
        app.processEvents()
        first = QAccessible.queryAccessibleInterface(view)
        action = QAction()
        action.triggered.connect(view.select_all)
        second = QAccessible.queryAccessibleInterface(view)
        assert first is not second and second.textInterface().characterCount() > 0
        del first, second
        view.deleteLater()
        app.processEvents()
        del view  # the view goes (Qt deletes its interfaces), then the application
        gc.collect()
        print("closed")
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "closed" in result.stdout


def test_start_up_makes_no_interface_and_loads_none_of_its_code(tmp_path):
    """Without an assistive technology the window opens as before: one call installs the factory."""
    probe = textwrap.dedent(
        """
        import sys
        from wocdesk.cli.main import main
        code = main(["--ui-lang", "en", "--screenshot", sys.argv[1]])
        from wocdesk.ui.reading.accessible import factory
        loaded = "wocdesk.ui.reading.accessible.interface" in sys.modules
        print(code, bool(factory._installed), len(factory._made), loaded)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", probe, str(tmp_path / "window.png")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "XDG_CONFIG_HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path)},
        timeout=120,
    )
    assert result.stdout.split() == ["0", "True", "0", "False"], result.stderr[-2000:]
