"""Thumbnails of an outline's slides, planned and drawn one at a time when the event loop is idle.

Only the slides a view asks for (the visible rows) are drawn; each is planned on its own with the
deck's planner and drawn by the slide renderer, and kept in a cache keyed by what it shows.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap

from wocdesk.deck.outlines.outline import Outline, SlideSpec
from wocdesk.errors import WocdeskError
from wocdesk.model.text import DisplayMode
from wocdesk.ui.outline.document import OutlineDocument

CACHE_SIZE = 800
TICK_BUDGET_S = 0.02  # draw for at most this long per turn of the event loop
PLACEHOLDER = "#E4E8EE"
BROKEN = "#F8D7DA"


class Thumbnails(QObject):
    """Pixmaps of the document's slides, ``width`` pixels wide, drawn lazily and cached.

    :meth:`pixmap` answers at once: the cached thumbnail, or a placeholder while the slide
    waits its turn; ``ready(index)`` says when it is drawn. ``is_wanted(index)`` (given by
    the view) tells whether a queued slide is still worth drawing (still on screen).
    """

    ready = Signal(int)

    def __init__(
        self,
        document: OutlineDocument,
        mode: Callable[[], DisplayMode],
        width: int = 160,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.mode = mode
        self.width = width
        self.height = round(width * 9 / 16)
        self.ratio = 1.0
        self.is_wanted: Callable[[int], bool] = lambda index: True
        self._cache: OrderedDict[tuple[object, ...], tuple[QPixmap, int]] = OrderedDict()
        self._queue: OrderedDict[int, None] = OrderedDict()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._work)
        self._placeholder = self._plain(PLACEHOLDER)
        self._head: tuple[object, str] = (None, "")  # (outline, its title and labels)
        self.drawn = 0  # how many slides were planned and drawn (for tests and benchmarks)
        document.reset.connect(self._queue.clear)

    def _key(self, spec: SlideSpec) -> tuple[object, ...]:
        """What a thumbnail shows: the slide, the key points it names, the language, the size."""
        points: tuple[object, ...] = ()
        items = spec.keys.get("items") if spec.kind == "points" else None
        if items:
            marked = {p.id: p for p in self.document.book.usable().points}
            points = tuple(marked.get(i.get("point")) for i in items if "point" in i)
        outline = self.document.outline
        if outline is not None and self._head[0] is not outline:
            self._head = (outline, repr((outline.title, outline.labels)))
        return (
            id(self.document.article),
            self._head[1],
            str(self.mode()),
            self.width,
            self.ratio,
            repr(replace(spec, number=1)),
            repr(points),
        )

    def pixmap(self, index: int) -> QPixmap:
        """Slide ``index``'s thumbnail, or a placeholder (the slide is then queued)."""
        found = self.cached(index)
        if found is not None:
            return found[0]
        self._queue[index] = None
        self._queue.move_to_end(index, last=False)  # the latest asked for first
        if not self._timer.isActive():
            self._timer.start()
        return self._placeholder

    def cached(self, index: int) -> tuple[QPixmap, int] | None:
        """(thumbnail, number of deck slides it makes) when drawn already."""
        slides = self.document.slides
        if not 0 <= index < len(slides):
            return None
        key = self._key(slides[index])
        found = self._cache.get(key)
        if found is not None:
            self._cache.move_to_end(key)
        return found

    def pending(self) -> int:
        """How many slides wait to be drawn."""
        return len(self._queue)

    def _work(self) -> None:
        start = time.perf_counter()
        while self._queue and time.perf_counter() - start < TICK_BUDGET_S:
            index, _ = self._queue.popitem(last=False)
            if self.cached(index) is not None or not self.is_wanted(index):
                continue
            self.draw(index)
            self.ready.emit(index)
        if self._queue:
            self._timer.start()

    def draw(self, index: int) -> tuple[QPixmap, int]:
        """Plan slide ``index`` on its own, draw it and keep it."""
        from wocdesk.deck import plan_deck
        from wocdesk.ui.slides.renderer import SlideRenderer

        outline = self.document.outline
        spec = self.document.slides[index]
        key = self._key(spec)
        assert outline is not None
        single = Outline(
            outline.path, outline.name, outline.title, (replace(spec, number=1),), outline.labels
        )
        w, h = round(self.width * self.ratio), round(self.height * self.ratio)
        try:
            deck = plan_deck(self.document.article, single, lang=self.mode())
        except WocdeskError:
            entry = (self._plain(BROKEN, broken=True), 0)
        else:
            image = SlideRenderer(deck).image(deck.slides[0], w, h)
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(self.ratio)
            entry = (pixmap, len(deck.slides))
        self.drawn += 1
        self._cache[key] = entry
        while len(self._cache) > CACHE_SIZE:
            self._cache.popitem(last=False)
        return entry

    def _plain(self, color: str, broken: bool = False) -> QPixmap:
        pixmap = QPixmap(self.width, self.height)
        pixmap.fill(QColor(color))
        if broken:
            painter = QPainter(pixmap)
            painter.setPen(QPen(QColor("#B42318"), 3))
            painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, "!")
            painter.end()
        return pixmap
