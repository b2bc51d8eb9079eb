"""A small widget showing one planned slide, drawn by the slide renderer at the widget's size."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from wocdesk.deck.model import Slide
from wocdesk.ui.slides.renderer import SlideRenderer, fit_rect


class SlideView(QWidget):
    """One slide, letterboxed in the widget; empty (the background colour) without a slide."""

    def __init__(self, parent: QWidget | None = None, background: str = "#202020") -> None:
        """An empty view."""
        super().__init__(parent)
        self._renderer: SlideRenderer | None = None
        self._slide: Slide | None = None
        self._background = QColor(background)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setMinimumSize(160, 90)

    def set_slide(self, renderer: SlideRenderer | None, slide: Slide | None) -> None:
        """Show ``slide`` (drawn by ``renderer``), or nothing when ``slide`` is ``None``."""
        self._renderer, self._slide = renderer, slide
        self.update()

    @property
    def slide(self) -> Slide | None:
        """The slide shown."""
        return self._slide

    def hasHeightForWidth(self) -> bool:
        """Keep 16:9."""
        return True

    def heightForWidth(self, width: int) -> int:
        """The height for ``width`` at 16:9."""
        return round(width * 9 / 16)

    def sizeHint(self) -> QSize:
        """A 16:9 default size."""
        return QSize(480, 270)

    def paintEvent(self, event: QPaintEvent) -> None:
        """The slide, letterboxed."""
        painter = QPainter(self)
        try:
            painter.fillRect(self.rect(), self._background)
            if self._renderer is not None and self._slide is not None:
                target = fit_rect(self._renderer.deck, QRectF(self.rect()))
                self._renderer.paint(painter, self._slide, target)
        finally:
            painter.end()
