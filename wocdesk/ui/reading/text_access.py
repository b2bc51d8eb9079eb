"""The reading view's text API: formats over ranges, decorations, selection, hit-testing.

This is what other features build on (find, key points, study aids): ranges are given in the
article's own text (a passage or a title in one language, offsets in characters), never in
layout terms, so they hold across modes, zoom and sizes.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QPointF, QRectF, QTimer, SignalInstance
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QWidget

from wocdesk.ui.reading.document import ReadingDocument
from wocdesk.ui.reading.formats import FormatLayers, FormatSpan, TextRange
from wocdesk.ui.reading.painting import Decorator
from wocdesk.ui.reading.rows import LINE_SEPARATOR, Source
from wocdesk.ui.reading.selection import Selection, TextHit, TextPoint

if TYPE_CHECKING:
    from wocdesk.ui.reading.view_input import ViewInput

FLASH_MS = 1600
_REFRESHES = itertools.count(1)


class TextAccess:
    """Mixed into the reading view: everything that addresses the article's text on screen."""

    if TYPE_CHECKING:  # provided by the view
        _doc: ReadingDocument
        _layers: FormatLayers
        _selection: Selection
        _decorators: list[Decorator]
        _input: ViewInput
        _flash: str
        _flash_timer: QTimer
        selection_changed: SignalInstance

        def viewport(self) -> QWidget: ...
        def scroll_y(self) -> float: ...
        def _scroll_to(self, y: float) -> None: ...
        def _relayout(self, change: Callable[[], None], invalidate: bool = False) -> None: ...

    # -- highlights, formats, selection -----------------------------------------------------
    def flash_passage(self, passage_id: str) -> None:
        """Highlight a passage briefly."""
        self._flash = passage_id
        self.viewport().update()
        self._flash_timer.start(FLASH_MS)

    def flashed(self) -> bool:
        """True while a passage is highlighted."""
        return bool(self._flash)

    def clear_flash(self) -> None:
        """Remove the brief highlight."""
        self._flash = ""
        self.viewport().update()

    def set_formats(self, layer: str, spans: Sequence[FormatSpan]) -> None:
        """Draw ``spans`` (ranges of the article's text, each with a format) as layer ``layer``."""
        self._layers.set_layer(layer, spans)
        self.viewport().update()

    def set_range_formats(
        self, layer: str, ranges: Mapping[Source, Sequence[tuple[int, int]]], fmt: QTextCharFormat
    ) -> None:
        """Draw many ranges, grouped by source, in one format as layer ``layer``."""
        self._layers.set_ranges(layer, ranges, fmt)
        self.viewport().update()

    def clear_formats(self, layer: str) -> None:
        """Remove layer ``layer``."""
        self._layers.clear(layer)
        self.viewport().update()

    def add_decorator(self, decorator: Decorator) -> None:
        """Draw ``decorator`` over the text (it may ask for room above the lines)."""
        self._decorators.append(decorator)
        self._doc.decorators.append(decorator)
        self.refresh_decorations()

    def remove_decorator(self, decorator: Decorator) -> None:
        """Stop drawing ``decorator``."""
        if decorator in self._decorators:
            self._decorators.remove(decorator)
            self._doc.decorators.remove(decorator)
            self.refresh_decorations()

    def refresh_decorations(self) -> None:
        """Lay out again because a decorator asks for other room (e.g. pinyin turned on).

        Row heights are kept per state of the decorators: one that says what its room depends
        on (``layout_key()``) finds the heights measured before when it comes back to a state
        (pinyin off and on again); for any other, every refresh starts afresh.
        """
        self._doc.decoration_key = tuple(
            d.layout_key() if hasattr(d, "layout_key") else next(_REFRESHES)
            for d in self._decorators
        )
        self._relayout(lambda: self._doc.set_style(self._doc.style))

    @property
    def selection(self) -> Selection:
        """The text selected with the mouse (or the current find match)."""
        return self._selection

    def shown_text(self, first: int = 0, last: int | None = None) -> str:
        """The text of rows ``first`` to ``last`` as the view shows it, a line per paragraph."""
        rows = range(first, len(self._doc) if last is None else last + 1)
        blocks = (b.text for row in rows for cell in self._doc.cells(row) for b in cell)
        return "\n".join(blocks).replace(LINE_SEPARATOR, "\n")

    def selected_text(self) -> str:
        """The selected text, a line per paragraph."""
        return self._selection.text(self._doc.cells)

    def select_range(self, text: TextRange) -> bool:
        """Select a range of the article's text; False when the view does not show it."""
        place = self._doc.locate(text.source)
        if place is None:
            return False
        row, block, start = place
        begin = TextPoint(row, block, start + text.start)
        self._selection.select(begin, begin._replace(offset=start + text.start + text.length))
        self.viewport().update()
        self.selection_changed.emit()
        return True

    def clear_selection(self) -> None:
        """Select nothing."""
        if not self._selection.is_empty:
            self._selection.clear()
            self.viewport().update()
            self.selection_changed.emit()

    def copy(self) -> None:
        """Copy the selection to the clipboard."""
        self._input.copy()

    def select_all(self) -> None:
        """Select the whole text."""
        self._input.select_all()

    def ensure_visible(self, text: TextRange) -> None:
        """Scroll (only if needed) so that a range of the article's text is on screen."""
        place = self._doc.locate(text.source)
        if place is None:
            return
        row, block, start = place
        laid = self._doc.layout(row).blocks[block]
        rects = laid.char_rects(start + text.start, max(1, text.length))
        top = self._doc.top(row) + (rects[0].top() if rects else laid.y)
        bottom = self._doc.top(row) + (rects[-1].bottom() if rects else laid.y + laid.height)
        view_top, height = self.scroll_y(), float(self.viewport().height())
        if top < view_top or bottom > view_top + height:
            self._scroll_to(top - height / 3)

    # -- hit-testing (for the mouse and for study aids) --------------------------------------
    def hit_test(self, pos: QPoint | QPointF) -> TextHit | None:
        """What is under viewport point ``pos``: None off the rows, else the nearest character."""
        return self._input.hit(QPointF(pos))

    def text_rects(self, text: TextRange) -> list[QRectF]:
        """Where a range of the article's text is drawn (viewport coordinates; [] off screen)."""
        place = self._doc.locate(text.source)
        if place is None:
            return []
        row, block, start = place
        laid = self._doc.kept_layout(row)
        if laid is None:
            return []
        top = self._doc.top(row) - self.scroll_y()
        rects = laid.blocks[block].char_rects(start + text.start, text.length)
        return [r.translated(0.0, top) for r in rects]

    def row_top_in_view(self, row: int) -> float:
        """The viewport y of ``row``'s top."""
        return self._doc.top(row) - self.scroll_y()
