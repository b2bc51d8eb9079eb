"""Each article keeps its own place, mode and zoom; wocdesk comes back to the last one."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from tests.chapter_text import chapter_text
from wocdesk.library.models import (
    offset_from_share,
    place_at,
    share_from_offset,
)
from wocdesk.library.store import Library
from wocdesk.model.text import DisplayMode
from wocdesk.ui.app.settings import Settings
from wocdesk.ui.library.controller import LibraryController
from wocdesk.ui.library.memory import LAST_ARTICLE


@pytest.mark.parametrize("share", [0.0, 0.25, 0.5, 0.999, -1.0, -0.5, -0.0001])
def test_a_share_of_a_passage_survives_the_library(share: float) -> None:
    stored = offset_from_share(share)
    assert stored >= 0
    assert share_from_offset(stored) == pytest.approx(share, abs=1e-4)


def chapters(library: Library, folder: Path, name: str, count: int) -> int:
    path = folder / name
    path.write_text(chapter_text(count, 4), encoding="utf-8")
    article_id = library.import_file(path).article_id
    assert article_id is not None
    return article_id


def test_switching_articles_keeps_each_ones_place_mode_and_zoom(
    make_library_window, library: Library, tmp_path: Path
) -> None:
    first = chapters(library, tmp_path, "first.txt", 10)
    second = chapters(library, tmp_path, "second.txt", 12)
    window = make_library_window(first)
    controller = window.library
    passages = [p.id for p in window.state.article.passages()]
    window.jump_to_passage(passages[17])
    window.set_mode("zh-en")
    window.set_zoom(3)
    controller.open_article(second)
    assert window.state.article.title == library.summary(second).title
    stored = library.place(first)
    assert stored is not None and stored.passage_id == passages[17]
    assert (stored.mode, stored.zoom) == (DisplayMode.ZH_EN, 3)
    other = [p.id for p in window.state.article.passages()]
    window.jump_to_passage(other[30])
    window.set_mode("zh")
    window.set_zoom(-2)
    controller.open_article(first)
    assert window.top_paragraph_id() == passages[17]
    assert (window.mode, window.view.zoom) == (DisplayMode.ZH_EN, 3)
    controller.open_article(second)
    assert window.top_paragraph_id() == other[30]
    assert (window.mode, window.view.zoom) == (DisplayMode.ZH, -2)
    assert library.recent(1)[0].id == second


def test_the_bundled_article_keeps_its_place_too_when_its_menu_entry_opens_it(
    make_library_window, library: Library, tmp_path: Path, qtbot
) -> None:
    other = chapters(library, tmp_path, "other.txt", 3)
    window = make_library_window(1)
    bundled = [p.id for p in window.state.article.passages()]
    window.jump_to_passage(bundled[6])
    window.set_zoom(2)
    window.library.open_article(other)
    assert library.place(1) is not None and library.place(1).passage_id == bundled[6]
    window.action_registry["open-bundled"].trigger()
    qtbot.waitUntil(lambda: window.top_paragraph_id() == bundled[6])
    assert window.library.places.current_id == 1
    assert window.view.zoom == 2


def test_closing_the_window_saves_the_place_and_the_article(
    make_library_window, library: Library, tmp_path: Path
) -> None:
    article = chapters(library, tmp_path, "chapters.txt", 6)
    settings = Settings()
    window = make_library_window(article, settings=settings)
    passages = [p.id for p in window.state.article.passages()]
    window.jump_to_passage(passages[9])
    window.close()
    assert settings.get(LAST_ARTICLE) == article
    place = library.place(article)
    assert place is not None and place.passage_id == passages[9]


def test_a_screenshot_run_writes_no_place(library: Library, qtbot, tmp_path: Path) -> None:
    from wocdesk.ui.library.launching import install_library
    from wocdesk.ui.reader.main_window import MainWindow

    library.set_place(1, place_at("p-keys", 0.0, DisplayMode.ZH, 1))
    window = MainWindow(library.article(1), "en", None)
    qtbot.addWidget(window)
    controller = install_library(window, library, None, remember=False)
    controller.start(1)
    assert window.top_paragraph_id() == "p-keys" and window.mode is DisplayMode.ZH
    window.jump_to_passage(next(window.state.article.passages()).id)
    window.close()
    assert library.place(1).passage_id == "p-keys"


def run_window_then(hook: Callable[[Any], None], **options: Any) -> int:
    """``run_window`` in this process; ``hook(window)`` runs once it shows, then it closes.

    Only a window made by this ``run_window`` is used; should the event loop not end once it
    is closed, the test fails instead of waiting for ever.
    """
    from wocdesk.ui.reader.launch import run_window
    from wocdesk.ui.reader.main_window import MainWindow

    before = {id(w) for w in QApplication.topLevelWidgets()}
    failures: list[BaseException] = []

    def go() -> None:
        windows = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, MainWindow) and w.isVisible() and id(w) not in before
        ]
        if not windows:
            QTimer.singleShot(10, go)
            return
        window = windows[-1]
        try:
            hook(window)
        except BaseException as error:  # re-raised once the event loop has returned
            failures.append(error)
        finally:
            window.close()
            window.deleteLater()
            QTimer.singleShot(5000, stuck)

    def stuck() -> None:
        shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        left = [(type(w).__name__, w.objectName()) for w in shown]
        failures.append(AssertionError(f"the event loop went on; windows left: {left}"))
        QApplication.quit()

    QTimer.singleShot(0, go)
    code = run_window(**options)
    if failures:
        raise failures[0]
    return code


def controller_of(window: Any) -> LibraryController:
    controller = window.findChild(LibraryController)
    assert controller is not None
    return controller


def test_wocdesk_comes_back_to_the_same_place_in_the_same_article(
    qapp, library: Library, tmp_path: Path
) -> None:
    ids = [chapters(library, tmp_path, f"c{n}.txt", n + 4) for n in range(3)]
    seen: dict[str, Any] = {}

    def first_run(window: Any) -> None:
        controller = controller_of(window)
        assert controller.home.showing  # several articles, none opened yet: the library
        controller.open_article(ids[1])
        passages = [p.id for p in window.state.article.passages()]
        window.jump_to_passage(passages[11])
        window.set_mode("en-zh")
        window.set_zoom(1)
        seen["passage"] = passages[11]

    def second_run(window: Any) -> None:
        controller = controller_of(window)
        seen["again"] = (
            controller.places.current_id,
            window.top_paragraph_id(),
            window.mode,
            window.view.zoom,
            controller.home.showing,
        )

    assert run_window_then(first_run) == 0
    assert run_window_then(second_run) == 0
    assert seen["again"] == (ids[1], seen["passage"], DisplayMode.EN_ZH, 1, False)


def test_an_explicit_mode_wins_over_the_article_s_own(qapp, library: Library) -> None:
    library.set_place(1, place_at("p-keys", 0.0, DisplayMode.ZH, 0))
    seen: list[Any] = []
    run_window_then(
        lambda window: seen.append((window.mode, window.top_paragraph_id())),
        article="1",
        mode=DisplayMode.EN,
    )
    assert seen == [(DisplayMode.EN, "p-keys")]
