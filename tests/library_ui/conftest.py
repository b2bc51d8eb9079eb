"""Fixtures for the library in the window: a private library and settings, a window with it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

import wocdesk.ui  # noqa: F401  (guards None's reference count before any Qt call)
from wocdesk.library.store import Library


@pytest.fixture(autouse=True)
def private_library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test has its own library file (and so its own instance socket name)."""
    path = tmp_path / "library" / "library.sqlite3"
    monkeypatch.setenv("WOCDESK_LIBRARY", str(path))
    return path


@pytest.fixture(autouse=True)
def temporary_settings(tmp_path: Path) -> Path:
    """Settings under ``tmp_path``."""
    folder = tmp_path / "settings"
    folder.mkdir()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    return folder


@pytest.fixture
def library(private_library: Path) -> Iterator[Library]:
    """The test's library, open (the bundled article is in it as 1)."""
    opened = Library.open(private_library)
    yield opened
    opened.close()


@pytest.fixture
def ten_files(tmp_path: Path, seed_text: str) -> list[Path]:
    """Ten articles to import: raw texts, TOML, Word and web pages."""
    from tests.library_ui.samples import make_ten

    return make_ten(tmp_path / "drop", seed_text)


@pytest.fixture
def make_library_window(qtbot: Any, library: Library) -> Iterator[Callable[..., Any]]:
    """A factory of shown windows with the library installed, on article ``article_id``."""
    from wocdesk.ui.app.fonts import register_fonts
    from wocdesk.ui.app.settings import Settings
    from wocdesk.ui.library.launching import install_library
    from wocdesk.ui.reader.main_window import MainWindow

    register_fonts()
    made: list[Any] = []

    def make(
        article_id: int = 1,
        mode: str = "en",
        home: bool = False,
        settings: Settings | None = None,
        size: tuple[int, int] = (1100, 720),
    ) -> Any:
        window = MainWindow(library.article(article_id), mode, settings)
        qtbot.addWidget(window)
        controller = install_library(window, library, settings, remember=True)
        if settings is not None:
            window.restore_state_from(settings)
        controller.start(None if home else article_id, home)
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        window.library = controller  # for the tests
        made.append(window)
        return window

    yield make
    for window in made:
        window.library.imports.stop()
        window.settings = None
        window.close()
