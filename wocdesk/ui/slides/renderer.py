"""Draw a planned slide with QPainter at any size: the plan's boxes, sizes, colours and lines."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPen

from wocdesk.deck.model import ChartBox, Deck, ShapeBox, Slide, TableBox, TextBox
from wocdesk.ui.slides.chart import paint_chart
from wocdesk.ui.slides.draw import DrawnLine, paint_paragraphs, qcolor
from wocdesk.ui.slides.fonts import SlideFonts

TABLE_GRID = "FFFFFF"
ROUNDED_RADIUS = 0.08  # of the shorter side, like PowerPoint's default rounded rectangle


class SlideRenderer:
    """Draws the slides of one deck; fonts are cached per paint device resolution."""

    def __init__(self, deck: Deck) -> None:
        """A renderer for ``deck`` (its size in points and its typefaces)."""
        self.deck = deck
        self._fonts: dict[float, SlideFonts] = {}

    def fonts_for(self, dpi: float) -> SlideFonts:
        """The deck's fonts for a device of ``dpi``."""
        fonts = self._fonts.get(dpi)
        if fonts is None:
            fonts = self._fonts[dpi] = SlideFonts(self.deck.fonts, dpi)
        return fonts

    def paint(
        self,
        painter: QPainter,
        slide: Slide,
        target: QRectF,
        trace: list[DrawnLine] | None = None,
    ) -> None:
        """Draw ``slide`` scaled into ``target`` (device units), keeping the plan's proportions."""
        dpi = float(painter.device().logicalDpiY()) if painter.device() else 96.0
        fonts = self.fonts_for(dpi)
        painter.save()
        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing
            | QPainter.RenderHint.TextAntialiasing
            | QPainter.RenderHint.SmoothPixmapTransform
        )
        painter.translate(target.topLeft())
        painter.scale(target.width() / self.deck.width, target.height() / self.deck.height)
        painter.setClipRect(QRectF(0, 0, self.deck.width, self.deck.height))
        painter.fillRect(QRectF(0, 0, self.deck.width, self.deck.height), qcolor(slide.background))
        for box in slide.boxes:
            if isinstance(box, ShapeBox):
                paint_shape(painter, box)
            elif isinstance(box, TextBox):
                paint_text_box(painter, box, fonts, trace)
            elif isinstance(box, TableBox):
                paint_table(painter, box, fonts, trace)
            elif isinstance(box, ChartBox):
                paint_chart(painter, box, fonts)
        painter.restore()

    def image(self, slide: Slide, width: int, height: int | None = None) -> QImage:
        """``slide`` drawn on a new image ``width`` pixels wide (height from the deck's ratio)."""
        if height is None:
            height = round(width * self.deck.height / self.deck.width)
        image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor("black"))
        painter = QPainter(image)
        try:
            self.paint(painter, slide, fit_rect(self.deck, QRectF(0, 0, width, height)))
        finally:
            painter.end()
        return image


def fit_rect(deck: Deck, area: QRectF) -> QRectF:
    """The largest rectangle of the deck's proportions centred in ``area`` (letterboxed)."""
    scale = min(area.width() / deck.width, area.height() / deck.height)
    w, h = deck.width * scale, deck.height * scale
    return QRectF(area.x() + (area.width() - w) / 2, area.y() + (area.height() - h) / 2, w, h)


def paint_shape(painter: QPainter, box: ShapeBox) -> None:
    """A filled rectangle, rounded rectangle or ellipse with an optional outline."""
    rect = QRectF(box.x, box.y, box.w, box.h)
    painter.setBrush(QBrush(qcolor(box.fill)))
    painter.setPen(QPen(qcolor(box.line), 0.75) if box.line else Qt.PenStyle.NoPen)
    if box.shape == "ellipse":
        painter.drawEllipse(rect)
    elif box.shape == "rounded":
        radius = min(box.w, box.h) * ROUNDED_RADIUS * 2
        painter.drawRoundedRect(rect, radius, radius)
    else:
        painter.drawRect(rect)


def paint_text_box(
    painter: QPainter, box: TextBox, fonts: SlideFonts, trace: list[DrawnLine] | None = None
) -> None:
    """A text box: its fill, then the planner's lines, anchored and aligned as planned."""
    rect = QRectF(box.x, box.y, box.w, box.h)
    if box.fill:
        painter.fillRect(rect, qcolor(box.fill))
    paint_paragraphs(painter, box.paragraphs, rect, box.inset, box.anchor, fonts, box.name, trace)


def paint_table(
    painter: QPainter, box: TableBox, fonts: SlideFonts, trace: list[DrawnLine] | None = None
) -> None:
    """A table: cell fills, the planned lines centred vertically in each cell (as written), grid."""
    y = box.y
    for row_index, row in enumerate(box.rows):
        height = box.row_heights[row_index] if row_index < len(box.row_heights) else 0.0
        x = box.x
        for col_index, cell in enumerate(row):
            width = box.col_widths[col_index] if col_index < len(box.col_widths) else 0.0
            rect = QRectF(x, y, width, height)
            if cell.fill:
                painter.fillRect(rect, qcolor(cell.fill))
            name = f"{box.name}[{row_index},{col_index}]"
            paragraphs = cell.paragraphs
            paint_paragraphs(painter, paragraphs, rect, box.inset, "middle", fonts, name, trace)
            x += width
        y += height
    pen = QPen(qcolor(TABLE_GRID), 1.0)
    painter.setPen(pen)
    x = box.x
    for width in box.col_widths[:-1]:
        x += width
        painter.drawLine(QPointF(x, box.y), QPointF(x, box.y + box.h))
    y = box.y
    for height in box.row_heights[:-1]:
        y += height
        painter.drawLine(QPointF(box.x, y), QPointF(box.x + box.w, y))
