"""The key points of the article being read, kept through its store, with a signal on change."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from wocdesk.briefing.store import KeyPointStore, store_for
from wocdesk.errors import WocdeskError
from wocdesk.model.article import Article
from wocdesk.model.text import BiText, Lang
from wocdesk.ui.state import ReaderState

if TYPE_CHECKING:
    from wocdesk.briefing.keypoints import KeyPoint, KeyPoints, PointGroup


class KeyPointBook(QObject):
    """The reader's key points: read from and written through ``store_for(article)``.

    ``changed`` is emitted after every edit and when another article is opened. A key point
    file that cannot be read gives no points and a one-line ``error``; edits then fail with
    that error rather than overwrite the file.
    """

    changed = Signal()
    point_added = Signal(str)  # the new point's id
    points_removed = Signal(list)  # the ids of the points taken away

    def __init__(self, state: ReaderState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._store: KeyPointStore | None = None
        self._points: KeyPoints | None = None
        self._read_for: Article | None = None  # the article the store and points are of
        self._usable: tuple[int, KeyPoints] | None = None  # (version, points that fit)
        self.error = ""
        self.version = 0  # counts changes (for caches keyed on the points)
        state.article_changed.connect(self._on_article_changed)

    @property
    def article(self) -> Article:
        """The article the points belong to."""
        return self._state.article

    def _on_article_changed(self) -> None:
        self._forget()
        self.changed.emit()

    def _forget(self) -> None:
        self._store = None
        self._points = None
        self._read_for = self.article
        self.version += 1

    @property
    def store(self) -> KeyPointStore:
        """The article's store (the side file beside it, for now)."""
        if self._read_for is not self.article:
            self._forget()
        if self._store is None:
            self._store = store_for(self.article)
        return self._store

    def is_empty(self) -> bool:
        """True when the article has no points: the store answers (cheaply) until they are read.

        Nothing of the key points' own modules loads for an article without any.
        """
        if self._read_for is not self.article:
            self._forget()
        if self._points is not None:
            return not self._points.points
        return self.store.is_empty()

    @property
    def points(self) -> KeyPoints:
        """The stored points as they are (none when the file cannot be read)."""
        if self._read_for is not self.article:
            self._forget()
        if self._points is None:
            try:
                self._points = self.store.load()
                self.error = ""
            except WocdeskError as exc:
                from wocdesk.briefing.keypoints import KeyPoints

                self._points = KeyPoints(self.article.id)
                self.error = str(exc)
        return self._points

    def usable(self) -> KeyPoints:
        """The points that still fit the article (their words found again)."""
        from wocdesk.briefing.keypoints import usable

        points = self.points
        if self._usable is None or self._usable[0] != self.version:
            self._usable = (self.version, usable(points, self.article))
        return self._usable[1]

    def _saved(self, points: KeyPoints) -> KeyPoints:
        self._points = points
        self.version += 1
        self.changed.emit()
        return points

    def _check(self) -> None:
        _points = self.points
        if self.error:
            raise WocdeskError(self.error)

    # -- edits ----------------------------------------------------------------------------
    def mark(self, passage_id: str, lang: Lang, start: int, end: int) -> KeyPoint:
        """Mark ``start``-``end`` of a passage in ``lang`` and keep it; return the new point.

        A span marked already is not marked twice (that point is returned). Raises
        ``WocdeskError`` when the store cannot be read or written.
        """
        self._check()
        for point in self.points.points:
            if (point.passage_id, point.lang, point.start, point.end) == (
                passage_id,
                lang,
                start,
                end,
            ):
                return point
        from wocdesk.briefing.keypoints import mark

        taken = [p.id for p in self.points.points]
        point = mark(self.article, passage_id, lang, start, end, taken=taken)
        stored = self._saved(self.store.add(point))
        added = stored.points[-1]
        self.point_added.emit(added.id)
        return added

    def remove(self, point_id: str) -> None:
        """Forget a point."""
        self._check()
        self._saved(self.store.remove(point_id))
        self.points_removed.emit([point_id])

    def move(self, point_id: str, index: int) -> None:
        """Put a point at ``index`` in the user's order."""
        self._check()
        self._saved(self.store.move(point_id, index))

    def retitle(self, point_id: str, title: BiText) -> None:
        """Give a point a short title per language (``BiText()``: the source's own words)."""
        self._check()
        self._saved(self.store.update(point_id, title=title))

    def set_group(self, point_id: str, group_id: str | None) -> None:
        """Put a point on a group's slide (``None``: back on its section's slide)."""
        self._check()
        self._saved(self.store.update(point_id, group=group_id))

    def add_group(self, title: BiText) -> PointGroup:
        """A new group (a slide of its own) titled ``title``."""
        self._check()
        points, group = self.store.add_group(title)
        self._saved(points)
        return group

    def retitle_group(self, group_id: str, title: BiText) -> None:
        """Rename a group."""
        self._check()
        points = self.store.load()
        groups = tuple(replace(g, title=title) if g.id == group_id else g for g in points.groups)
        new = replace(points, groups=groups)
        self.store.save(new)
        self._saved(new)

    def remove_group(self, group_id: str) -> None:
        """Forget a group; its points go back to their sections' slides."""
        self._check()
        self._saved(self.store.remove_group(group_id))
