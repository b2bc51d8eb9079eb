"""Where the reading view starts: a row and a pixel offset into it, whatever the estimates say.

The scroll bar shows that place in the whole text (estimated heights included); scrolling by a
step lays out the rows it crosses first, so a page is exactly a page; heights that become known
later (measured when the reader pauses) move the bar, never the text on screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from wocdesk.ui.reading.document import ReadingDocument
from wocdesk.ui.reading.rows import Role

if TYPE_CHECKING:
    from wocdesk.ui.reading.view import ReadingView

PREFETCH_DELAY_MS = 40  # laying out a screen either side waits until the event is done
REFINE_DELAY_MS = 400  # measuring the rest of the text waits for the reader to pause
REFINE_SLICE_S = 0.005  # and works in slices short enough not to be felt


class Scroller(QObject):
    """The view's top as (row, offset); the scroll bar kept in step with it."""

    def __init__(self, view: ReadingView) -> None:
        super().__init__(view)
        self.view = view
        self.row = 0
        self.offset = 0.0
        self._syncing = False
        self.repaint_all = False  # the next settle repaints everything (the text was laid out anew)
        self._prefetch_timer = QTimer(self)
        self._prefetch_timer.setSingleShot(True)
        self._prefetch_timer.timeout.connect(self.prefetch)
        self._refine_timer = QTimer(self)
        self._refine_timer.setSingleShot(True)
        self._refine_timer.timeout.connect(self.refine)
        view.verticalScrollBar().valueChanged.connect(self._on_value)

    @property
    def doc(self) -> ReadingDocument:
        """The rows and their heights."""
        return self.view.document

    def height(self) -> float:
        """The viewport's height."""
        return float(self.view.viewport().height())

    def y(self) -> float:
        """The y of the top of the view in the whole text."""
        return self.doc.top(self.row) + self.offset

    def max_y(self) -> float:
        """The largest y the view can start at: the last row can come to the top."""
        doc = self.doc
        return max(0.0, doc.top(len(doc) - 1), doc.total - self.height())

    def reset(self) -> None:
        """Back to the top (another article)."""
        self.row, self.offset = 0, 0.0

    def scroll_by(self, dy: float) -> None:
        """Scroll by ``dy`` pixels (positive: down), over rows laid out first: exactly."""
        if dy > 0:
            self.lay_out_below(self.row, self.offset + dy + self.height())
        elif dy < 0:
            self.lay_out_above(self.row - 1, self.offset - dy)
        self.scroll_to(self.y() + dy)

    def scroll_to(self, y: float) -> None:
        """Start the view at y (within the text)."""
        before = self.y()
        y = min(max(y, 0.0), self.max_y())
        self.row = self.doc.row_at(y)
        self.offset = y - self.doc.top(self.row)
        self.settle(before)

    def lay_out_below(self, row: int, height: float) -> None:
        """Lay out rows from ``row`` down until ``height`` pixels are covered."""
        doc = self.doc
        while row < len(doc) and height > 0:
            height -= doc.layout(row).height
            row += 1

    def lay_out_above(self, row: int, height: float) -> None:
        """Lay out rows from ``row`` up until ``height`` pixels are covered."""
        doc = self.doc
        while row >= 0 and height > 0:
            height -= doc.layout(row).height
            row -= 1

    def settle(self, scrolled_from: float | None = None) -> None:
        """Lay out what is on screen; sync the bar; repaint (moving the pixels for a scroll)."""
        doc, height = self.doc, self.height()
        row, offset = self.row, self.offset
        while row < len(doc) - 1 and offset >= doc.layout(row).height:
            offset -= doc.layout(row).height
            row += 1
        self.row, self.offset = row, max(0.0, offset)
        self.lay_out_below(row, self.offset + height)
        self.sync_bar()
        moved = self.y() - scrolled_from if scrolled_from is not None else 0.5
        port = self.view.viewport()
        if self.repaint_all or not self.view.is_laid_out:
            self.repaint_all = False
            port.update()
        elif abs(moved - round(moved)) < 1e-6 and abs(moved) < height / 2:
            port.scroll(0, -round(moved))  # Qt moves what is drawn, paints the strip uncovered
        else:
            port.update()
        self.view.position_moved()
        self._prefetch_timer.start(PREFETCH_DELAY_MS)
        if doc.heights.exact_share < 1.0:
            self._refine_timer.start(REFINE_DELAY_MS)

    def prefetch(self) -> None:
        """Lay out a screen above and below what is shown, for the next scroll."""
        height = self.height()
        self.lay_out_below(self.row, self.offset + 2 * height)
        self.lay_out_above(self.row - 1, height)
        self.sync_bar()

    def sync_bar(self) -> None:
        """The bar's range, steps and value from the rows' heights; the view does not move."""
        bar = self.view.verticalScrollBar()
        height = self.height()
        pitch = self.doc.style.face("en", Role.TEXT).pitch
        self._syncing = True
        try:
            bar.setRange(0, round(self.max_y()))
            bar.setPageStep(max(1, round(height - pitch)))
            bar.setSingleStep(max(1, round(pitch)))
            bar.setValue(round(self.y()))
        finally:
            self._syncing = False

    def _on_value(self, value: int) -> None:
        if self._syncing or not self.view.is_laid_out:
            return
        dy = value - round(self.y())
        if not dy:
            return
        bar = self.view.verticalScrollBar()
        if abs(dy) <= 2 * self.height() and not bar.isSliderDown():
            self.scroll_by(float(dy))  # a wheel turn or a click on the bar: exact
        else:
            self.scroll_to(float(value))  # dragged: a place in the whole text

    def refine(self) -> None:
        """Measure a slice of the rows still estimated; again soon until none is left."""
        doc = self.doc
        done = doc.refine(REFINE_SLICE_S, self.row)
        self.sync_bar()  # heights above may have changed: the view stays on its row
        self.view.measuring.emit(100 if done else int(doc.heights.exact_share * 100))
        if not done:
            self._refine_timer.start(1)
