"""The reader's state: the article, its display mode and the reading position, with signals."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QObject, Signal

from wocdesk.model.article import Article
from wocdesk.model.text import DisplayMode


class ReadingPosition(NamedTuple):
    """Where the reader is: the passage at the top of the view and how far into it.

    ``offset`` is a share of the passage's height, from 0 up to 1. A negative offset is a place
    above the first passage (the article's title), as a share of the space above it: -1 is the
    very top. Positions are kept this way, not as a percentage of the text, so that a change of
    mode, size or font keeps the reader at the same line.
    """

    passage_id: str
    offset: float = 0.0


def start_of(article: Article) -> ReadingPosition:
    """The top of ``article``: its title, above the first passage."""
    first = next(article.passages(), None)
    return ReadingPosition(first.id, -1.0) if first is not None else ReadingPosition("")


class ReaderState(QObject):
    """What is read, in which display mode, and where: the widgets of the reader follow it.

    Change it only through the setters; each emits its signal when the value really changes
    (``set_article`` also moves the position to the new article's start and emits both).
    A reading view reports the position as the reader scrolls and scrolls when something else
    sets it; every other widget only listens. Slots should read the state itself, which is
    always the latest, rather than the signal's arguments.
    """

    article_changed = Signal(object)  # the new Article
    mode_changed = Signal(object)  # the new DisplayMode
    position_changed = Signal(str, float)  # passage id, offset

    def __init__(
        self,
        article: Article,
        mode: DisplayMode = DisplayMode.EN,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._article = article
        self._mode = mode
        self._position = start_of(article)

    @property
    def article(self) -> Article:
        """The article being read."""
        return self._article

    @property
    def mode(self) -> DisplayMode:
        """The article's display mode (separate from the interface language)."""
        return self._mode

    @property
    def position(self) -> ReadingPosition:
        """The passage at the top of the reading view and the offset into it."""
        return self._position

    def set_article(self, article: Article) -> None:
        """Read ``article`` from its start."""
        if article is self._article:
            return
        self._article = article
        self._position = start_of(article)
        self.article_changed.emit(article)
        self.position_changed.emit(*self._position)

    def set_mode(self, mode: DisplayMode) -> None:
        """Show the article in ``mode``; the reading view keeps the place."""
        if mode == self._mode:
            return
        self._mode = mode
        self.mode_changed.emit(mode)

    def set_position(self, passage_id: str, offset: float = 0.0) -> None:
        """Move to ``offset`` into ``passage_id``; ``KeyError`` for a passage not in the article."""
        position = ReadingPosition(passage_id, offset)
        if position == self._position:
            return
        if passage_id:
            self._article.passage(passage_id)
        self._position = position
        self.position_changed.emit(passage_id, offset)
