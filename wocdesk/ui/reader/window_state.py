"""Save and restore the reader window's state (place, mode, zoom, geometry, docks)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wocdesk.ui.app import settings as keys
from wocdesk.ui.app.settings import Settings

if TYPE_CHECKING:
    from wocdesk.ui.reader.main_window import MainWindow


def restore_window_state(window: MainWindow, settings: Settings) -> None:
    """Restore geometry, docks, zoom and the reading place (when the same article is open)."""
    window.restoreGeometry(settings.get(keys.GEOMETRY))
    window.restoreState(settings.get(keys.WINDOW_STATE))
    window.set_zoom(settings.get(keys.ZOOM))
    if settings.get(keys.ARTICLE_ID) == window.article.id:
        passage = settings.get(keys.PASSAGE)
        if passage in window.view.passage_ids():
            window.view.restore_position(passage)


def save_window_state(window: MainWindow, settings: Settings) -> None:
    """Remember the place, mode, zoom, geometry and docks."""
    settings.set(keys.ARTICLE_ID, window.article.id)
    settings.set(keys.SECTION, window.current_section_id())
    settings.set(keys.PASSAGE, window.top_paragraph_id())
    settings.set(keys.MODE, window.mode)
    settings.set(keys.ZOOM, window.view.zoom)
    settings.set(keys.GEOMETRY, window.saveGeometry())
    settings.set(keys.WINDOW_STATE, window.saveState())
    settings.sync()
