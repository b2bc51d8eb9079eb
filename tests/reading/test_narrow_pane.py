"""Docks cannot squeeze the reading view until the second language's column falls off it."""

from __future__ import annotations

import pytest

from wocdesk.model.text import DisplayMode


@pytest.mark.parametrize("zoom", [0, 8])
def test_docks_leave_both_columns_in_view(article, qtbot, qapp, zoom: int) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

    from wocdesk.ui.app.fonts import register_fonts
    from wocdesk.ui.reading.view import ReadingView

    register_fonts()
    window = QMainWindow()
    qtbot.addWidget(window)
    view = ReadingView(article, DisplayMode("zh-en"))
    window.setCentralWidget(view)
    dock = QDockWidget("Library", window)
    dock.setWidget(QWidget())
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    window.resize(1000, 700)
    window.show()
    qtbot.waitExposed(window)
    view.set_zoom(zoom)
    window.resizeDocks([dock], [990], Qt.Orientation.Horizontal)  # as wide as it may go
    qtbot.wait(10)
    columns = view.document.columns
    assert view.viewport().width() >= view.document.minimum_width()
    assert columns.xs[1] + columns.width <= view.viewport().width()  # English fully in view
