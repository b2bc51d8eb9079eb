"""Fixtures for the desktop tests: shown windows with settings in a temporary folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture
def make_window(qtbot, tmp_path: Path) -> Iterator:  # type: ignore[no-untyped-def, type-arg]
    """A factory of shown main windows (article, mode), closed after the test."""
    from PySide6.QtCore import QSettings

    import wocdesk.ui  # noqa: F401  (guards None's reference count before any Qt call)
    from wocdesk.ui.app.fonts import register_fonts
    from wocdesk.ui.reader.main_window import MainWindow

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    register_fonts()
    made = []

    def make(article, mode="zh", size=(1000, 700)):  # type: ignore[no-untyped-def]
        window = MainWindow(article, mode, None)
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        made.append(window)
        return window

    yield make
    for window in made:
        window.close()
