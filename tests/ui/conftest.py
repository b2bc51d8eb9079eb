"""Fixtures for the window tests: settings in a temporary folder, the bundled font, windows."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

import wocdesk.ui  # noqa: F401  (guards None's reference count before any Qt call)


@pytest.fixture(autouse=True)
def temporary_settings(tmp_path: Path) -> Iterator[Path]:
    """Every test reads and writes its settings under ``tmp_path`` (napari's pattern)."""
    folder = tmp_path / "settings"
    folder.mkdir()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder


@pytest.fixture
def fonts(qapp):  # type: ignore[no-untyped-def]
    """The bundled Chinese font, registered."""
    from wocdesk.ui.app.fonts import register_fonts

    return register_fonts()


@pytest.fixture
def make_window(qtbot, fonts):  # type: ignore[no-untyped-def]
    """A factory of shown main windows (article, mode), closed after the test."""
    from wocdesk.ui.reader.main_window import MainWindow

    made = []

    def make(article, mode="zh", settings=None, size=(1000, 700)):  # type: ignore[no-untyped-def]
        window = MainWindow(article, mode, settings)
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        made.append(window)
        return window

    yield make
    for window in made:
        window.settings = None
        window.close()


@pytest.fixture
def window(make_window, article):  # type: ignore[no-untyped-def]
    """The bundled article in Chinese, shown."""
    return make_window(article, "zh")
