"""Importing from the window: drops, progress, the same file twice, bad files, File ▸ Open."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QMimeData, Qt, QTimer
from PySide6.QtTest import QTest

from tests.library_ui.dropping import drop_files, drop_mime, drop_target
from tests.library_ui.modal import answer
from wocdesk.library.duplicates import Duplicate
from wocdesk.library.store import Library


def wait_imports(qtbot, window, timeout: int = 60_000) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not window.library.imports.is_busy(), timeout=timeout)


def test_ten_files_dropped_on_the_window_are_imported_and_each_is_reported(
    make_library_window, library: Library, ten_files: list[Path], qtbot
) -> None:
    window = make_library_window()
    target = drop_target(window, window.rect().center())
    assert target is window or window.view.isAncestorOf(target)  # dropped on the text
    assert drop_files(window, ten_files[:9])
    contents = window.contents_dock
    on_contents = contents.mapTo(window, contents.rect().center())
    assert drop_files(window, ten_files[9:], on_contents)  # anywhere in the window
    wait_imports(qtbot, window)
    articles = library.list_articles()
    assert len(articles) == 11
    assert {a.file_name for a in articles[1:]} == {path.name for path in ten_files}
    summary = window.library.imports.summary
    assert summary is not None and summary.isVisible() and not summary.isModal()
    lines = summary.lines()
    assert len(lines) == 10  # the two batches, the latest first
    assert all(": added as " in line for line in lines)
    post = next(line for line in lines if line.startswith("post.txt:"))
    assert "2 sections, 10 passages, 2 one-language lines, 7 page leftovers set aside" in post
    assert "not used: 1 picture" in next(
        line for line in lines if line.startswith("report-with-picture.docx")
    )
    page = next(line for line in lines if line.startswith("wechat-post.html"))
    assert "page leftover" in page and "not used:" in page
    assert summary.heading.text() == "10 files imported"
    assert window.statusBar().currentMessage() == "1 file imported"  # the last batch
    assert window.library.panel.visible_ids() == [a.id for a in articles]
    assert window.library.dock.isVisible()  # the new articles are shown


def test_the_same_file_again_asks_to_replace_it_or_keep_both(
    make_library_window, library: Library, ten_files: list[Path], qtbot
) -> None:
    first = library.import_file(ten_files[2]).article_id
    window = make_library_window()
    answer("duplicate-question", "duplicate-keep-both")
    drop_files(window, [ten_files[2]])
    wait_imports(qtbot, window)
    assert [a.file_name for a in library.list_articles()][1:] == ["chapters-3.txt"] * 2
    assert window.library.imports.summary.lines()[0].startswith("chapters-3.txt: added as 3")
    answer("duplicate-question", "duplicate-replace")
    drop_files(window, [ten_files[2]])
    wait_imports(qtbot, window)
    assert len(library.list_articles()) == 3
    assert window.library.imports.summary.lines()[0].startswith("chapters-3.txt: replaced 3")
    answer("duplicate-question", "duplicate-skip")
    drop_files(window, [ten_files[2]])
    wait_imports(qtbot, window)
    assert len(library.list_articles()) == 3
    line = window.library.imports.summary.lines()[0]
    assert line.startswith("chapters-3.txt: already in the library as 3")
    assert first == 2


def test_bad_files_get_one_line_each_and_add_nothing(
    make_library_window, library: Library, ten_files: list[Path], qtbot, tmp_path: Path
) -> None:
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("第一段\nFirst paragraph\n".encode() + b"caf\xe9\n")
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 this is no Word file")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    folder = tmp_path / "a folder"
    folder.mkdir()
    window = make_library_window()
    drop_files(window, [latin, broken, ten_files[0], empty, folder])
    wait_imports(qtbot, window)
    assert len(library.list_articles()) == 2  # the good one only
    lines = window.library.imports.summary.lines()
    assert len(lines) == 5
    for path, line in zip([latin, broken, ten_files[0], empty, folder], lines, strict=True):
        assert str(path.name) in line
        assert "\n" not in line and "Traceback" not in line and "Error" not in line
    assert "latin1.txt:3: is not UTF-8 text" in lines[0]
    assert window.statusBar().currentMessage() == "1 file imported; 4 could not be used"


def test_a_long_text_is_imported_off_the_main_thread_with_progress(
    make_library_window, library: Library, qtbot, tmp_path: Path
) -> None:
    from tests.longtext import long_raw_text

    path = tmp_path / "long.txt"
    path.write_text(long_raw_text(), encoding="utf-8")
    assert path.stat().st_size > 3_000_000
    window = make_library_window()
    flow = window.library.imports
    ticks: list[bool] = []
    seen: list[tuple[bool, str]] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(flow.is_busy()))
    timer.timeout.connect(lambda: seen.append((flow.bar.isVisible(), flow.label.text())))
    timer.start()
    drop_files(window, [path])
    worker = flow.worker
    assert worker is not None
    wait_imports(qtbot, window)
    timer.stop()
    assert worker.thread_id is not None and worker.thread_id != threading.get_ident()
    assert ticks.count(True) >= 2  # the window's event loop ran during the import
    assert (True, "Importing long.txt (1 of 1)…") in seen
    assert not flow.bar.isVisible()
    assert library.list_articles()[-1].passages > 3000


def test_file_open_imports_then_opens_and_the_same_file_just_opens(
    make_library_window, library: Library, ten_files: list[Path], qtbot
) -> None:
    window = make_library_window()
    controller = window.library
    controller.imports.ask = lambda *_: (_ for _ in ()).throw(AssertionError("asked"))
    controller.open_files([ten_files[6]])
    wait_imports(qtbot, window)
    opened = controller.places.current_id
    assert opened == 2 and window.state.article.title == library.summary(2).title
    controller.open_article(1)
    controller.open_files([ten_files[6]])
    wait_imports(qtbot, window)
    assert controller.places.current_id == 2 and len(library.list_articles()) == 2
    assert window.statusBar().currentMessage().startswith("report.docx: already in the library")


def test_dragging_text_or_web_links_is_not_taken(make_library_window) -> None:
    window = make_library_window()
    mime = QMimeData()
    mime.setText("知识产权")
    assert not drop_mime(window, mime)
    assert window.library.imports.is_busy() is False


def test_imports_run_one_batch_after_the_other(
    make_library_window, library: Library, ten_files: list[Path], qtbot
) -> None:
    window = make_library_window()
    flow = window.library.imports
    flow.import_files(ten_files[:3])
    flow.import_files(ten_files[3:5])
    assert flow.is_busy()
    wait_imports(qtbot, window)
    assert len(library.list_articles()) == 6
    assert Duplicate.ASK.value == "ask"


def test_the_import_button_asks_for_files_and_remembers_the_folder(
    make_library_window, library: Library, ten_files: list[Path], qtbot, monkeypatch
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog

    from wocdesk.ui.app.settings import Settings
    from wocdesk.ui.library.memory import LAST_FOLDER

    asked: list[str] = []

    def choose(_parent, _title, folder, _filters):  # type: ignore[no-untyped-def]
        asked.append(folder)
        if len(asked) > 1:
            return [], ""  # cancelled
        return [str(ten_files[0]), str(ten_files[6])], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", choose)
    settings = Settings()
    window = make_library_window(settings=settings)
    window.library.show_library()
    qtbot.mouseClick(window.library.panel.import_button, Qt.MouseButton.LeftButton)
    wait_imports(qtbot, window)
    assert asked == [str(Path.home())]
    assert [a.file_name for a in library.list_articles()][1:] == ["post.txt", "report.docx"]
    assert settings.get(LAST_FOLDER) == str(ten_files[0].parent)
    window.action_registry["library-import"].trigger()
    assert asked[-1] == str(ten_files[0].parent)
    assert not window.library.imports.is_busy()


def test_the_summary_closed_with_escape_starts_afresh_at_the_next_import(
    make_library_window, library: Library, ten_files: list[Path], qtbot
) -> None:
    window = make_library_window()
    window.library.import_files(ten_files[:1])
    wait_imports(qtbot, window)
    summary = window.library.imports.summary
    assert summary is not None and summary.isVisible()
    QTest.keyClick(summary, Qt.Key.Key_Escape)
    assert not summary.isVisible()
    window.library.import_files(ten_files[1:2])
    wait_imports(qtbot, window)
    assert summary.isVisible()
    assert len(summary.lines()) == 1 and summary.lines()[0].startswith(ten_files[1].name + ":")
    assert summary.heading.text() == "1 file imported"
