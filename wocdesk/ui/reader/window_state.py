"""Save and restore the reader window's state (place, mode, zoom, geometry, docks)."""

from __future__ import annotations

import contextlib

from PySide6.QtWidgets import QMainWindow

from wocdesk.ui.app import settings as keys
from wocdesk.ui.app.settings import Settings
from wocdesk.ui.reading.view import ReadingView
from wocdesk.ui.state import ReaderState


def restore_window_state(
    window: QMainWindow, view: ReadingView, state: ReaderState, settings: Settings
) -> None:
    """Restore geometry, docks, zoom and the reading place (when the same article is open)."""
    window.restoreGeometry(settings.get(keys.GEOMETRY))
    window.restoreState(settings.get(keys.WINDOW_STATE))
    view.set_zoom(settings.get(keys.ZOOM))
    if settings.get(keys.ARTICLE_ID) == state.article.id:
        passage = settings.get(keys.PASSAGE)
        if passage:
            with contextlib.suppress(KeyError):  # a passage the article no longer has
                state.set_position(passage, 0.0)


def save_window_state(
    window: QMainWindow, view: ReadingView, state: ReaderState, settings: Settings
) -> None:
    """Remember the place, mode, zoom, geometry and docks."""
    passage = state.position.passage_id
    settings.set(keys.ARTICLE_ID, state.article.id)
    settings.set(keys.SECTION, state.article.passage(passage).section_id if passage else "")
    settings.set(keys.PASSAGE, passage)
    settings.set(keys.MODE, state.mode)
    settings.set(keys.ZOOM, view.zoom)
    settings.set(keys.GEOMETRY, window.saveGeometry())
    settings.set(keys.WINDOW_STATE, window.saveState())
    settings.sync()
