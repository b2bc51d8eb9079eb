"""What the window opens on, files named on the command line, libraries that cannot be used."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.chapter_text import chapter_text
from tests.library_ui.test_instance import wocdesk_process
from tests.library_ui.test_places import controller_of, run_window_then
from wocdesk.library.store import Library
from wocdesk.ui.library.launching import choose_start, resolve_article


def add(library: Library, folder: Path, name: str) -> int:
    path = folder / name
    path.write_text(chapter_text(3, 2), encoding="utf-8")
    article_id = library.import_file(path).article_id
    assert article_id is not None
    return article_id


def test_a_new_library_opens_the_bundled_article(library: Library) -> None:
    start = choose_start(library, 0, library_page=False)
    assert (start.article_id, start.home) == (1, False)
    assert start.article is not None and start.article.id == library.summary(1).key


def test_several_articles_and_none_read_open_on_the_library(
    library: Library, tmp_path: Path
) -> None:
    other = add(library, tmp_path, "a.txt")
    assert choose_start(library, 0, False).home
    assert not choose_start(library, 0, False, page_if_several=False).home  # screenshots
    back = choose_start(library, other, False)
    assert (back.article_id, back.home) == (other, False)
    library.remove(other)
    assert choose_start(library, other, False).article_id == 1  # gone: the bundled one
    assert choose_start(library, 1, True).home  # --library


def test_a_file_named_is_imported_once_and_then_found(library: Library, tmp_path: Path) -> None:
    path = tmp_path / "post.txt"
    path.write_text(chapter_text(2, 2), encoding="utf-8")
    first = resolve_article(library, str(path), screenshot=False)
    again = resolve_article(library, str(path), screenshot=False)
    assert first.article_id == again.article_id == 2
    assert len(library.list_articles()) == 2
    shot = resolve_article(library, str(tmp_path / "post.txt"), screenshot=True)
    assert shot.article_id is None and shot.article is not None  # a screenshot imports nothing
    by_id = resolve_article(library, "#2", screenshot=False)
    assert by_id.article_id == 2


def test_a_bad_file_named_is_one_line_and_exit_2(tmp_path: Path, private_library: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00bad")
    process = wocdesk_process("--article", str(bad))
    _out, err = process.communicate(timeout=120)
    assert process.returncode == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "bad.txt:1: is not UTF-8 text" in lines[0]
    assert "Traceback" not in err
    with Library.open(private_library) as library:
        assert len(library.list_articles()) == 1


def test_an_unknown_id_is_one_line_and_exit_2() -> None:
    process = wocdesk_process("--article", "#42")
    _out, err = process.communicate(timeout=120)
    assert process.returncode == 2
    assert err.strip().endswith(
        "no such file, and no article 42 in the library (wocdesk library list shows them)"
    )


def test_wocdesk_file_opens_it_from_the_library(qapp, library: Library, tmp_path: Path) -> None:
    path = tmp_path / "post.txt"
    path.write_text(chapter_text(2, 2), encoding="utf-8")
    seen: list[int | None] = []
    run_window_then(lambda w: seen.append(controller_of(w).places.current_id), article=str(path))
    assert seen == [2] and library.summary(2).file_name == "post.txt"


def test_a_damaged_library_is_moved_aside_and_said_once_in_the_window(
    qapp, qtbot, private_library: Path
) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    private_library.parent.mkdir(parents=True, exist_ok=True)
    private_library.write_bytes(b"this is not a database" * 100)
    said: list[str] = []

    def look(window) -> None:  # type: ignore[no-untyped-def]
        qtbot.waitUntil(lambda: window.findChild(QMessageBox, "library-error") is not None)
        box = window.findChild(QMessageBox, "library-error")
        said.append(box.text())
        controller_of(window).show_notices()  # a second time: nothing new to say
        boxes = [w for w in QApplication.topLevelWidgets() if w.objectName() == "library-error"]
        said.append(str(len(boxes)))

    run_window_then(look)
    assert "the library was damaged; it was moved to" in said[0]
    assert said[1] == "1"
    assert list(private_library.parent.glob("library-damaged-*.sqlite3"))


def test_a_library_from_a_newer_wocdesk_is_refused_but_the_window_opens(
    qapp, qtbot, private_library: Path
) -> None:
    import sqlite3

    from PySide6.QtWidgets import QMessageBox

    with Library.open(private_library):
        pass
    with sqlite3.connect(private_library) as db:
        db.execute("PRAGMA user_version = 999")
    said: list[str] = []

    def look(window) -> None:  # type: ignore[no-untyped-def]
        from wocdesk.ui.library.controller import LibraryController

        qtbot.waitUntil(lambda: window.findChild(QMessageBox, "library-error") is not None)
        said.append(window.findChild(QMessageBox, "library-error").text())
        said.append(str(window.findChild(LibraryController) is None))

    run_window_then(look)
    assert "newer" in said[0] and said[1] == "True"  # the window opens without the library
    with sqlite3.connect(private_library) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == 999  # never rewritten


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_library_page_screenshot(lang: str, library: Library, tmp_path: Path) -> None:
    add(library, tmp_path, "a.txt")
    target = tmp_path / f"library-{lang}.png"
    process = wocdesk_process("--screenshot", str(target), "--library", "--ui-lang", lang)
    _out, err = process.communicate(timeout=120)
    assert process.returncode == 0, err
    assert target.stat().st_size > 10_000
