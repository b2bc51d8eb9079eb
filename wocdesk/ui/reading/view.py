"""The reading view: a scroll area that lays out and paints only the rows on screen."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from wocdesk.model.article import Article
from wocdesk.model.text import DisplayMode
from wocdesk.ui.app.fonts import latin_family, register_fonts
from wocdesk.ui.app.language import language_changed
from wocdesk.ui.reading.accessible.factory import install_accessible_factory
from wocdesk.ui.reading.document import ReadingDocument
from wocdesk.ui.reading.formats import FormatLayers
from wocdesk.ui.reading.painting import Decorator, paint_row
from wocdesk.ui.reading.scroller import Scroller
from wocdesk.ui.reading.selection import Selection
from wocdesk.ui.reading.style import ReadingStyle, min_zoom
from wocdesk.ui.reading.text_access import TextAccess
from wocdesk.ui.reading.view_input import ViewInput

FIND_LAYER = "find"


class ReadingView(TextAccess, QAbstractScrollArea):
    """Shows an article in a display mode and keeps the reader's place across every change."""

    top_passage_changed = Signal(str)
    position_changed = Signal(str, float)  # the passage at the top and how far into it
    reveal_changed = Signal(str)
    hovered = Signal(object)  # a TextHit, or None off the text
    selection_changed = Signal()
    measuring = Signal(int)  # the share of the text measured, in percent (100: done)
    layout_changed = Signal()  # another article, mode, size or zoom
    content_changed = Signal()  # another article or mode: what is shown is not the same text

    def __init__(self, article: Article, mode: DisplayMode, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A viewport made here: the first Python call of the one Qt makes costs about 11 ms
        # (PySide6 finds its Python type), at start-up, before the first paint.
        self._viewport = QWidget(self)
        self._viewport.setBackgroundRole(QPalette.ColorRole.Base)  # as Qt's own viewport
        self._viewport.setAutoFillBackground(True)
        self.setViewport(self._viewport)
        self.setObjectName("reader-view")
        self.setFrameShape(QAbstractScrollArea.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.zh_family = register_fonts() or "Noto Sans CJK SC"
        self.en_family = latin_family()
        self._zoom = 0
        self._doc = ReadingDocument(article, mode, self._make_style(), 900.0)
        self._keep_minimum_width()
        self._shown = False
        self._pending: tuple[str, float] | None = None
        self._last_top = ""
        self._layers = FormatLayers()
        self._selection = Selection()
        self._decorators: list[Decorator] = []
        self._flash = ""
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.timeout.connect(self.clear_flash)
        self._scroller = Scroller(self)
        self._input = ViewInput(self)
        language_changed.connect(self.retranslate_ui)
        install_accessible_factory()  # what screen readers see of the text drawn here

    # -- state ------------------------------------------------------------------------------
    @property
    def article(self) -> Article:
        """The article shown."""
        return self._doc.article

    @property
    def mode(self) -> DisplayMode:
        """The display mode."""
        return self._doc.mode

    @property
    def zoom(self) -> int:
        """Zoom steps from the base size (one point each)."""
        return self._zoom

    @property
    def min_zoom(self) -> int:
        """The lowest zoom step (Chinese stays readable)."""
        return min_zoom(self.logicalDpiY())

    @property
    def revealed(self) -> frozenset[str]:
        """Passages whose other language is shown below them."""
        return frozenset(self._doc.revealed)

    @property
    def document(self) -> ReadingDocument:
        """The rows, their layouts and heights."""
        return self._doc

    @property
    def reading_style(self) -> ReadingStyle:
        """The fonts, sizes and colours the text is drawn with."""
        return self._doc.style

    def _make_style(self) -> ReadingStyle:
        return ReadingStyle(
            self.zh_family, self.en_family, self._zoom, self.palette(), self.logicalDpiY()
        )

    def set_article(self, article: Article) -> None:
        """Show another article from its start."""
        self._doc.set_article(article)
        self._selection.clear()
        self._layers.clear(FIND_LAYER)
        self._flash = ""
        self._pending = None
        self._scroller.reset()
        self._last_top = ""
        if self._shown:
            self._scroller.settle()
        self.layout_changed.emit()
        self.content_changed.emit()

    def set_mode(self, mode: DisplayMode) -> None:
        """Change the display mode; the passage at the top stays at the top."""
        if mode != self._doc.mode:
            self._relayout(lambda: self._doc.set_mode(mode))
            self.content_changed.emit()

    def set_zoom(self, steps: int) -> None:
        """Set the text size in steps from the base size (not below ``min_zoom``)."""
        steps = max(steps, self.min_zoom)
        if steps != self._zoom:
            self._zoom = steps
            self._relayout(lambda: self._doc.set_style(self._make_style()))
            self._keep_minimum_width()

    def refresh(self) -> None:
        """Lay out again (after a palette, language or decoration change), keeping the place."""
        self._relayout(lambda: self._doc.set_style(self._make_style()), invalidate=True)
        self._keep_minimum_width()

    def _keep_minimum_width(self) -> None:
        """Never narrower than two columns side by side: docks cannot squeeze the text off."""
        bar = self.verticalScrollBar().sizeHint().width()
        self.setMinimumWidth(math.ceil(self._doc.minimum_width()) + bar)

    def retranslate_ui(self) -> None:
        """Lay our notes (no counterpart in the original…) out again in the new language."""
        if self._shown:
            self.refresh()
        else:
            self._doc.invalidate()

    def _relayout(self, change: Callable[[], None], invalidate: bool = False) -> None:
        position = self.reading_position()
        self._selection.clear()
        if invalidate:
            self._doc.invalidate()
        change()
        self._scroller.repaint_all = True  # laid out anew: even where the place did not move
        self._restore(*position)
        self.layout_changed.emit()

    def toggle_reveal(self, passage_id: str) -> None:
        """Show or hide the other language of one passage; what is on screen stays put."""
        self._doc.toggle_reveal(passage_id)
        self._selection.clear()
        if self._shown:
            self._scroller.settle()
        self.reveal_changed.emit(passage_id)

    # -- positions --------------------------------------------------------------------------
    def passage_ids(self) -> list[str]:
        """The passages in reading order."""
        return [p.id for p in self._doc.article.passages()]

    def reading_position(self) -> tuple[str, float]:
        """The passage at the top of the view and how far into it the view starts (0 to 1)."""
        if not self._shown:
            rows = self._doc.index.rows
            return self._pending or ((rows[0].passage_id, -1.0) if rows[0].passage_id else ("", 0))
        return self._doc.position_at(self.scroll_y())

    def top_paragraph_id(self) -> str:
        """The id of the passage at the top of the view."""
        return self.reading_position()[0]

    def current_passage_id(self) -> str:
        """The passage the status bar names: the one at the top (T and reveal act on it)."""
        return self.top_paragraph_id()

    def restore_position(self, passage_id: str, fraction: float = 0.0) -> None:
        """Scroll so that ``passage_id`` (``fraction`` of the way into it) is at the top."""
        try:
            self._doc.article.passage_number(passage_id)
        except KeyError:
            return
        self._restore(passage_id, fraction)

    def _restore(self, passage_id: str, fraction: float) -> None:
        if not passage_id:
            self._scroll_to(0.0)
        elif not self._shown:
            self._pending = (passage_id, fraction)
        else:
            self._scroll_to(self._doc.y_of(passage_id, fraction))

    def scroll_to_section(self, section_id: str) -> None:
        """Scroll so that the heading of ``section_id`` is at the top."""
        if not self._shown:
            section = self._doc.article.section(section_id)
            first = section.passages[0].id if section.passages else ""
            row = self._doc.index.rows[self._doc.index.section_rows[section_id]]
            self._pending = (first or row.passage_id, 0.0)
            return
        self._scroll_to(self._doc.section_y(section_id))

    def passage_top(self, passage_id: str) -> float:
        """The y where a passage's span (its headings, then itself) starts."""
        return self._doc.y_of(passage_id, 0.0)

    def scroll_y(self) -> float:
        """The y of the top of the view in the whole text."""
        return self._scroller.y()

    def max_scroll(self) -> float:
        """The largest y the view can start at: the last row can come to the top."""
        return self._scroller.max_y()

    def scroll_by(self, dy: float) -> None:
        """Scroll by ``dy`` pixels (positive: down), over rows laid out first: exactly."""
        if self._shown:
            self._scroller.scroll_by(dy)

    def _scroll_to(self, y: float) -> None:
        if not self._shown:
            self._pending = None
            return
        self._scroller.scroll_to(y)

    @property
    def is_laid_out(self) -> bool:
        """True once the view has been shown (positions are pixels from then on)."""
        return self._shown

    @property
    def top_row(self) -> tuple[int, float]:
        """The row at the top of the view and how many pixels of it are above the view."""
        return self._scroller.row, self._scroller.offset

    def position_moved(self) -> None:
        """Say where the reader is now (the scroller calls this after every move)."""
        self._emit_position()

    def _emit_position(self) -> None:
        passage_id, fraction = self.reading_position()
        if passage_id != self._last_top:
            self._last_top = passage_id
            self.top_passage_changed.emit(passage_id)
        self.position_changed.emit(passage_id, fraction)

    # -- measuring the rest, when the reader pauses -----------------------------------------
    def measured(self) -> bool:
        """True when every row's height is known exactly."""
        return self._doc.heights.exact_share >= 1.0

    # -- Qt events --------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint the rows that cross the viewport."""
        if not self._shown:
            return
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        doc, height = self._doc, float(self.viewport().height())
        clip_top, clip_bottom = event.rect().top(), event.rect().bottom() + 1
        row, offset = self._scroller.row, self._scroller.offset
        y = -offset
        flash_row = self._flash_row()
        while row < len(doc) and y < min(height, clip_bottom):
            laid = doc.layout(row)
            if y + laid.height > clip_top:
                paint_row(
                    painter,
                    laid,
                    row,
                    y,
                    doc.style,
                    self._layers,
                    self._selection,
                    row == flash_row,
                    self._decorators,
                )
            y += laid.height
            row += 1
        painter.end()

    def _flash_row(self) -> int:
        if not self._flash:
            return -1
        index = self._doc.index
        return index.passage_rows[self._doc.article.passage_number(self._flash)]

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        """Nothing: the scroller repaints (Qt's default would repaint the whole viewport)."""

    def showEvent(self, event: QShowEvent) -> None:
        """Lay out for the real size and go to the place asked for before."""
        super().showEvent(event)
        if not self._shown:
            self._shown = True
            pending, self._pending = self._pending, None
            self._doc.set_width(float(self.viewport().width()))
            self._restore(*(pending or ("", 0.0)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep the measure centred and the place kept when the view changes size."""
        super().resizeEvent(event)
        if not self._shown:
            return
        width = float(self.viewport().width())
        if abs(width - self._doc.width) >= 0.5:
            self._relayout(lambda: self._doc.set_width(width))
        else:
            self._scroller.settle()

    def changeEvent(self, event: QEvent) -> None:
        """Follow the system palette (light or dark) as it changes."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._shown:
            self.refresh()

    def viewportEvent(self, event: QEvent) -> bool:
        """Tooltips over ⇄; everything else as usual."""
        if event.type() == QEvent.Type.ToolTip and self._input.tooltip(event):
            return True
        return super().viewportEvent(event)

    def mousePressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        """Start a selection, or press ⇄."""
        self._input.press(event)

    def mouseMoveEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        """Extend the selection; say what is under the mouse."""
        self._input.move(event)

    def mouseReleaseEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        """End a selection, or click ⇄."""
        self._input.release(event)

    def mouseDoubleClickEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        """Select the word under the mouse."""
        self._input.double_click(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """Copy and Select All."""
        self._input.context_menu(event)

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        """Scroll with the keyboard; copy; select all."""
        if not self._input.key(event):
            super().keyPressEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        """Nothing is under the mouse any more."""
        super().leaveEvent(event)
        self._input.leave()
