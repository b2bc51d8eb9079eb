"""The key points marked by the user, shown in the reading view as they are made."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QTextCharFormat

from wocdesk.ui.outline.points import KeyPointBook
from wocdesk.ui.reading.rows import Source
from wocdesk.ui.reading.view import ReadingView

LAYER = "key-points"
MARK_COLOR = QColor(226, 124, 33, 70)  # the deck's accent, light: readable in both palettes


class MarksInView(QObject):
    """Draws every usable key point of the article as a format layer of the reading view."""

    def __init__(self, view: ReadingView, book: KeyPointBook) -> None:
        super().__init__(view)
        self.view = view
        self.book = book
        self.format = QTextCharFormat()
        self.format.setBackground(MARK_COLOR)
        self.ranges: dict[Source, list[tuple[int, int]]] = {}
        book.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Draw the points as they are now."""
        ranges: dict[Source, list[tuple[int, int]]] = {}
        for point in () if self.book.is_empty() else self.book.usable().points:
            source = Source("passage", point.passage_id, point.lang)
            ranges.setdefault(source, []).append((point.start, point.end - point.start))
        self.ranges = ranges
        self.view.set_range_formats(LAYER, ranges, self.format)
