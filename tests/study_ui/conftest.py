"""Fixtures for the study aids in the window: settings and the library in temporary folders."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

import wocdesk.ui  # noqa: F401  (guards None's reference count before any Qt call)


@pytest.fixture(autouse=True)
def private_places(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Settings and the library of every test live under ``tmp_path``."""
    folder = tmp_path / "settings"
    folder.mkdir()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    library = tmp_path / "library.sqlite3"
    monkeypatch.setenv("WOCDESK_LIBRARY", str(library))
    yield library


@pytest.fixture
def fonts(qapp):  # type: ignore[no-untyped-def]
    """The bundled Chinese font, registered."""
    from wocdesk.ui.app.fonts import register_fonts

    return register_fonts()


@pytest.fixture
def make_view(qtbot, fonts):  # type: ignore[no-untyped-def]
    """A factory of shown reading views (article, mode, size)."""
    from wocdesk.model.text import DisplayMode
    from wocdesk.ui.reading.view import ReadingView

    def make(article, mode="zh", size=(900, 640)):  # type: ignore[no-untyped-def]
        view = ReadingView(article, DisplayMode(mode))
        qtbot.addWidget(view)
        view.resize(*size)
        view.show()
        qtbot.waitExposed(view)
        return view

    return make


def settle(qtbot, ms: int = 0) -> None:  # type: ignore[no-untyped-def]
    """Let the study thread finish and its results arrive, then process events."""
    from wocdesk.ui.study import worker

    for _ in range(3):
        assert worker.wait_idle(120)
        qtbot.wait(max(ms, 10))


@pytest.fixture
def make_window(qtbot, fonts):  # type: ignore[no-untyped-def]
    """A factory of shown main windows with their study aids built and their data loaded."""
    from wocdesk.ui.reader.main_window import MainWindow

    made = []

    def make(article, mode="zh", settings=None, size=(1200, 800), load=True):  # type: ignore[no-untyped-def]
        window = MainWindow(article, mode, settings)
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        made.append(window)
        if load:
            window.study.aids.data.start()
            settle(qtbot)
        return window

    yield make
    for window in made:
        window.settings = None
        window.close()


@pytest.fixture
def window(make_window, article):  # type: ignore[no-untyped-def]
    """The bundled article in both languages, its study data loaded."""
    return make_window(article, "zh-en")
