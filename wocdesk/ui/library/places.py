"""Each article's own place, mode and zoom, kept in the library; the last article in the settings.

The keeper follows the window's reader state: whatever opens another article (the Library
view, File ▸ Open Recent, the bundled article's menu entry), the place in the article being
left is saved first, and the place kept for the article opened is restored.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer

from wocdesk.errors import WocdeskError
from wocdesk.library.models import Place, place_at, share_of
from wocdesk.library.store import Library
from wocdesk.model.article import Article
from wocdesk.ui.app.settings import Settings
from wocdesk.ui.library.memory import LAST_ARTICLE
from wocdesk.ui.state import ReadingPosition

if TYPE_CHECKING:
    from wocdesk.ui.reader.main_window import MainWindow


class PlaceKeeper(QObject):
    """Saves the place of the article being left and restores the one of the article opened.

    ``remember`` False (a ``--screenshot`` run) reads places but writes nothing.
    """

    def __init__(
        self,
        window: MainWindow,
        library: Library,
        settings: Settings | None,
        remember: bool = True,
        report: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._state = window.state
        self.library = library
        self.settings = settings
        self.remember = remember
        self._report = report or (lambda _message: None)
        self.current_id: int | None = None  # the library id of the article read, if known
        self._article = self._state.article
        self._position = self._state.position
        self._incoming: int | None = None  # the id of an article being opened through us
        self._bundled = self._bundled_article()
        self._state.position_changed.connect(self._on_position)
        self._state.article_changed.connect(self._on_article_changed)

    def _bundled_article(self) -> tuple[int, str] | None:
        def find(db: Any) -> tuple[int, str] | None:
            row = db.execute("SELECT id, key FROM articles WHERE origin = 'bundled'").fetchone()
            return (int(row[0]), str(row[1])) if row else None

        try:
            return self.library.run(find)
        except WocdeskError:
            return None

    # -- following the state ----------------------------------------------------------------
    def _on_position(self) -> None:
        if self._state.article is self._article:
            self._position = self._state.position

    def _on_article_changed(self) -> None:
        self.save()
        article = self._state.article
        self._article = article
        self._position = self._state.position
        if self._incoming is not None:
            self.current_id, self._incoming = self._incoming, None
            return
        # Opened by something else: the bundled article is known by its key.
        known = self._bundled is not None and article.id == self._bundled[1]
        self.current_id = self._bundled[0] if known and self._bundled else None
        if self.current_id is not None:
            QTimer.singleShot(0, self, lambda: self.restore(self.current_id, article))
            self._mark_opened()

    # -- opening ----------------------------------------------------------------------------
    def attach(self, article_id: int | None) -> None:
        """Say which library article the window shows now (at start-up)."""
        self.current_id = article_id
        self._article = self._state.article
        self._position = self._state.position
        if article_id is not None:
            self._mark_opened()

    def open(self, article_id: int, article: Article, keep_mode: bool = False) -> bool:
        """Show ``article`` (library id ``article_id``) at its own place, mode and zoom.

        False when the window kept the article it shows (the reader chose to stay).
        """
        if article is self._state.article:
            self.current_id = article_id
            return True
        self._incoming = article_id
        try:
            self._window.set_article(article)
        finally:
            self._incoming = None
        if self._state.article is not article:
            return False
        self.current_id = article_id
        self.restore(article_id, article, keep_mode)
        self._mark_opened()
        return True

    def restore(self, article_id: int | None, article: Article, keep_mode: bool = False) -> bool:
        """Go to the place kept for the article (its mode and zoom too); False if none."""
        if article_id is None or self._state.article is not article:
            return False
        try:
            place = self.library.place(article_id)
        except WocdeskError as error:
            self._report(str(error))
            return False
        if place is None:
            return False
        apply_place(self._window, place, keep_mode)
        self._position = self._state.position
        return True

    # -- saving -----------------------------------------------------------------------------
    def place_now(self) -> Place | None:
        """The place of the article read, as it would be saved."""
        position: ReadingPosition = self._position
        if not position.passage_id:
            return None
        return place_at(
            position.passage_id, position.offset, self._state.mode, self._window.view.zoom
        )

    def save(self) -> None:
        """Keep the place of the article read (if it is a library article)."""
        if not self.remember or self.current_id is None:
            return
        place = self.place_now()
        if place is None:
            return
        try:
            self.library.set_place(self.current_id, place)
        except WocdeskError as error:  # the article was removed meanwhile, or the disk is full
            self._report(str(error))

    def forget(self, article_id: int) -> None:
        """The article is gone from the library: keep nothing more for it."""
        if self.current_id == article_id:
            self.current_id = None
        if self.settings is not None and self.settings.get(LAST_ARTICLE) == article_id:
            self.settings.set(LAST_ARTICLE, 0)

    def _mark_opened(self) -> None:
        if not self.remember or self.current_id is None:
            return
        if self.settings is not None:
            self.settings.set(LAST_ARTICLE, self.current_id)
        try:
            self.library.mark_opened(self.current_id)
        except WocdeskError as error:
            self._report(str(error))

    def quit(self) -> None:
        """Save the place and remember the article for the next start."""
        self.save()
        if self.remember and self.settings is not None:
            self.settings.set(LAST_ARTICLE, self.current_id or 0)
            self.settings.sync()


def apply_place(window: MainWindow, place: Place, keep_mode: bool = False) -> None:
    """Put the window at ``place``: its mode (unless ``keep_mode``), zoom and position."""
    if place.mode is not None and not keep_mode:
        window.state.set_mode(place.mode)
    window.set_zoom(place.zoom)
    with contextlib.suppress(KeyError):  # a passage the article no longer has
        window.state.set_position(place.passage_id, share_of(place))
