"""File ▸ Open: hostile files get a dialog, never a traceback; large ones open off the UI thread."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from longtext import long_raw_text
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication

from wocdesk.ui.app.language import set_interface_language
from wocdesk.ui.reader.open_article import ArticleOpener


def hostile_files(folder: Path, article_toml: str) -> dict[str, Path]:
    """Files ``wocdesk text`` refuses, each for its own reason."""
    files: dict[str, Path] = {}
    folder.mkdir()
    deep = folder / "deep.toml"
    deep.write_text("format = 1\nid = " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    files["deep nesting"] = deep
    wrong = folder / "wrong-type.toml"
    wrong.write_text(
        article_toml.replace('before = "p-event"', "before = { table = 1 }", 1), encoding="utf-8"
    )
    files["a table where text belongs"] = wrong
    if hasattr(os, "mkfifo"):
        pipe = folder / "pipe.toml"
        os.mkfifo(pipe)
        files["a named pipe"] = pipe
    if Path("/dev/zero").exists():
        files["an endless device"] = Path("/dev/zero")
    big = folder / "huge.txt"
    with open(big, "wb") as handle:
        handle.truncate(60 * 1024 * 1024)  # sparse: refused by its size, never read
    files["too large"] = big
    binary = folder / "binary.txt"
    binary.write_bytes(bytes(range(256)) * 20)
    files["not UTF-8"] = binary
    empty = folder / "empty.txt"
    empty.write_bytes(b"")
    files["empty"] = empty
    loop = folder / "loop.toml"
    loop.symlink_to(loop.name)
    files["a link to itself"] = loop
    files["a folder"] = folder
    return files


@pytest.fixture
def article_toml() -> str:
    from wocdesk.resources import resource

    path = resource("articles", "frontier-tech-china-practice.toml")
    text = Path(str(path)).read_text(encoding="utf-8")
    assert 'before = "p-event"' in text
    return text


def open_through_the_menu(window, qtbot, monkeypatch, path: Path):  # type: ignore[no-untyped-def]
    """File ▸ Open with ``path`` chosen in the file dialog; wait until it is done."""
    monkeypatch.setattr("wocdesk.ui.reader.main_window.ask_article_path", lambda *_a: path)
    window.opening.last_report = None
    window.action_registry["open"].trigger()
    qtbot.waitUntil(lambda: not window.opening.opener.is_busy(), timeout=30000)
    qtbot.wait(10)  # the result is delivered through the event loop


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_each_hostile_file_gets_a_dialog(window, qtbot, monkeypatch, tmp_path, article_toml, lang):
    set_interface_language(lang)
    before = window.article
    for reason, path in hostile_files(tmp_path / "files", article_toml).items():
        open_through_the_menu(window, qtbot, monkeypatch, path)
        box = window.opening.last_report
        assert box is not None, f"{reason}: no dialog"
        detail = box.informativeText()
        assert path.name in detail, (reason, detail)
        assert "Traceback" not in detail and "Error:" not in detail, (reason, detail)
        if lang == "zh":
            assert "无法打开" in box.windowTitle() or "无法" in box.text(), reason
        assert window.article is before, reason
        box.close()


@pytest.fixture(scope="module")
def large_text(tmp_path_factory) -> Path:  # type: ignore[no-untyped-def]
    """A book of 1,000 chapters (about 15 MB): reading and importing it takes a while."""
    path = tmp_path_factory.mktemp("large") / "book.txt"
    path.write_text(long_raw_text(chapters=1000), encoding="utf-8")
    assert path.stat().st_size > 10_000_000
    return path


@pytest.fixture
def chapters_text(tmp_path) -> Path:  # type: ignore[no-untyped-def]
    from chapter_text import chapter_text

    path = tmp_path / "book.txt"
    path.write_text(chapter_text(20), encoding="utf-8")
    return path


def test_a_large_file_is_read_off_the_main_thread(qtbot, large_text):
    """While the book is read and imported, the event loop keeps running (a timer ticks)."""
    holder = QObject()
    opener = ArticleOpener(holder)
    ticks: list[int] = []
    timer = QTimer(interval=5)
    timer.timeout.connect(lambda: ticks.append(1))
    results: list[object] = []
    busy: list[bool] = []
    opener.opened.connect(lambda article, _notes: results.append((article, len(ticks))))
    opener.busy.connect(busy.append)
    timer.start()
    assert opener.open(large_text)  # returns at once
    assert opener.is_busy()
    qtbot.waitUntil(lambda: bool(results), timeout=60000)
    timer.stop()
    article, ticks_while_loading = results[0]  # type: ignore[misc]
    assert len(article.sections) > 1000  # type: ignore[attr-defined]
    assert ticks_while_loading >= 5, "the event loop was blocked while the file was read"
    qtbot.waitUntil(lambda: not opener.is_busy(), timeout=10000)
    assert busy == [True, False]  # the busy state was shown, then cleared


def test_the_window_shows_it_is_busy(window, qtbot, monkeypatch, chapters_text):
    seen: list[tuple[str, bool]] = []
    window.opening.opener._busy_timer.setInterval(0)  # busy at once, however quick the file

    def on_busy(busy: bool) -> None:
        cursor = QApplication.overrideCursor()
        seen.append(
            (window.statusBar().currentMessage(), cursor is not None and busy)
            if busy
            else ("", cursor is None)
        )
        if cursor is not None and busy:
            assert cursor.shape() == Qt.CursorShape.BusyCursor

    window.opening.opener.busy.connect(on_busy)
    open_through_the_menu(window, qtbot, monkeypatch, chapters_text)
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=30000)
    assert seen[0][0].startswith("Opening book.txt") and seen[0][1]
    assert seen[1][1]  # the cursor is back
    assert len(window.article.sections) >= 20


def test_a_second_open_while_busy_is_refused(qtbot, large_text):
    opener = ArticleOpener()
    assert opener.open(large_text)
    assert not opener.open(large_text)
    opener.wait()
    qtbot.waitUntil(lambda: not opener.is_busy(), timeout=10000)


def test_closing_the_window_while_a_file_opens(
    make_window, article, qtbot, monkeypatch, large_text
):
    """Closing waits for the file being read (no thread destroyed mid-way, no deadlock)."""
    window = make_window(article, "en")
    monkeypatch.setattr("wocdesk.ui.reader.main_window.ask_article_path", lambda *_a: large_text)
    window.action_registry["open"].trigger()
    assert window.opening.opener.is_busy()
    before = window.article
    window.close()  # returns once the reading thread has ended
    assert not window.opening.opener._thread or window.opening.opener._thread.isFinished()
    qtbot.waitUntil(lambda: not window.opening.opener.is_busy(), timeout=10000)
    assert window.article is before  # what was being opened is not shown in a closed window
