"""Every control of the window says what it is to a screen reader; the article's view has focus."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QDockWidget, QLineEdit, QWidget

import wocdesk.ui  # noqa: F401  (guards None's reference count before any Qt call)
from wocdesk.model.text import DisplayMode


@pytest.fixture
def full_window(qtbot, tmp_path: Path, monkeypatch):  # type: ignore[no-untyped-def]
    """The window with its library, every dock shown (panels are made when first shown)."""
    from wocdesk.library.store import Library
    from wocdesk.ui.app.fonts import register_fonts
    from wocdesk.ui.library.launching import install_library
    from wocdesk.ui.reader.main_window import MainWindow

    monkeypatch.setenv("WOCDESK_LIBRARY", str(tmp_path / "library.sqlite3"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    register_fonts()
    library = Library.open(tmp_path / "library.sqlite3")
    window = MainWindow(library.article(1), DisplayMode.ZH, None)
    qtbot.addWidget(window)
    controller = install_library(window, library, None, remember=False)
    controller.start(1, False)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    for dock in window.findChildren(QDockWidget):
        dock.show()
    window.open_find()
    qtbot.wait(10)
    yield window
    controller.imports.stop()
    window.close()
    library.close()


def unnamed_controls(window: QWidget) -> list[str]:
    """Controls reached with Tab whose accessible name (what a screen reader says) is empty.

    Controls hidden by themselves are left out (a button that appears with its text); those in
    hidden pages and docks are not. Popups (a combo box's list) are their own windows.
    """
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or widget.isHidden():
            continue
        if widget.window() is not window:
            continue
        accessible = QAccessible.queryAccessibleInterface(widget)
        name = accessible.text(QAccessible.Text.Name) if accessible is not None else ""
        if not name.strip():
            parent = widget.parentWidget()
            where = parent.objectName() or type(parent).__name__ if parent else ""
            found.append(f"{type(widget).__name__} {widget.objectName()!r} in {where}")
    return found


def test_every_control_of_the_window_has_an_accessible_name(full_window):
    docks = {d.objectName() for d in full_window.findChildren(QDockWidget) if d.isVisible()}
    assert {"contents-dock", "key-points-dock", "outline-dock", "library-dock"} <= docks
    assert full_window.findChild(QWidget, "outline-panel") is not None
    assert unnamed_controls(full_window) == []


def test_the_walk_finds_a_control_without_a_name(full_window):
    dock = full_window.findChild(QDockWidget, "contents-dock")
    field = QLineEdit(dock.widget())
    field.setObjectName("nameless")
    field.show()
    assert any("'nameless'" in found for found in unnamed_controls(full_window))


def test_the_article_has_the_focus_and_says_what_it_shows(make_window, article, qtbot):
    window = make_window(article, "zh-en")
    with qtbot.waitActive(window):
        window.activateWindow()
    view = window.view
    qtbot.waitUntil(lambda: window.focusWidget() is view)
    accessible = QAccessible.queryAccessibleInterface(view)
    assert accessible.state().focused
    assert accessible.text(QAccessible.Text.Name).startswith("Article")
    text = accessible.textInterface()
    assert text.text(0, text.characterCount()) == view.shown_text()
