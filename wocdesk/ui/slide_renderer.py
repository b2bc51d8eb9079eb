"""Draw a planned slide with QPainter at any size: the plan's boxes, sizes, colours and lines."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QImage, QPainter, QPen

from wocdesk.deck.model import (
    ChartBox,
    Deck,
    Fonts,
    Paragraph,
    ShapeBox,
    Slide,
    TableBox,
    TextBox,
)
from wocdesk.model.text import Lang
from wocdesk.ui.slide_fonts import bundled_family, resolve_family

TABLE_GRID = "FFFFFF"
ROUNDED_RADIUS = 0.08  # of the shorter side, like PowerPoint's default rounded rectangle


@dataclass(frozen=True, slots=True)
class DrawnLine:
    """One line of text as drawn, in slide points (for tests and diagnostics)."""

    box: str
    text: str
    x: float
    y: float
    width: float
    height: float
    limit: QRectF


def qcolor(hex_rgb: str) -> QColor:
    """A ``RRGGBB`` string as a QColor."""
    return QColor(f"#{hex_rgb.lstrip('#')}")


class SlideFonts:
    """QFonts for the deck's typefaces, sized in slide points for one paint device resolution."""

    def __init__(self, fonts: Fonts, dpi: float = 96.0) -> None:
        """Fonts from the plan's ``latin`` and ``cjk`` faces, the bundled face as fallback."""
        bundled = bundled_family()
        latin, cjk = resolve_family(fonts.latin), resolve_family(fonts.cjk)
        self._families: dict[Lang, list[str]] = {
            "en": _unique([*latin, bundled, *cjk]),
            # As in PowerPoint: Latin letters of a Chinese run take the Latin face, the rest the
            # East Asian one (Qt falls back per character along the list).
            "zh": _unique([*latin, *cjk, bundled]),
        }
        self._dpi = dpi
        self._cache: dict[tuple[Lang, float, bool, bool], QFont] = {}

    def font(self, lang: Lang, size: float, bold: bool = False, italic: bool = False) -> QFont:
        """A font whose em is ``size`` units when the painter maps one unit to one point."""
        key = (lang, size, bold, italic)
        font = self._cache.get(key)
        if font is None:
            font = QFont()
            font.setFamilies(self._families[lang])
            font.setPointSizeF(size * 72.0 / self._dpi)
            font.setBold(bold)
            font.setItalic(italic)
            font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
            font.setKerning(True)
            self._cache[key] = font
        return font

    def metrics(
        self, lang: Lang, size: float, bold: bool = False, italic: bool = False
    ) -> QFontMetricsF:
        """Metrics of :meth:`font` in slide points."""
        return QFontMetricsF(self.font(lang, size, bold, italic), _reference_device(self._dpi))

    def paragraph_font(self, paragraph: Paragraph) -> QFont:
        """The font of one planned paragraph."""
        return self.font(paragraph.lang, paragraph.size, paragraph.bold, paragraph.italic)


_devices: dict[float, QImage] = {}


def _reference_device(dpi: float) -> QImage:
    """A tiny image with ``dpi`` to measure fonts as they will be drawn."""
    image = _devices.get(dpi)
    if image is None:
        image = QImage(1, 1, QImage.Format.Format_ARGB32_Premultiplied)
        dots = round(dpi / 0.0254)
        image.setDotsPerMeterX(dots)
        image.setDotsPerMeterY(dots)
        _devices[dpi] = image
    return image


def _unique(names: Sequence[str]) -> list[str]:
    seen: list[str] = []
    for name in names:
        if name and name not in seen:
            seen.append(name)
    return seen


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
        from wocdesk.ui.slide_chart import paint_chart

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


def text_height(paragraphs: Sequence[Paragraph]) -> float:
    """The height (pt) the planned lines take: line pitch is size x line spacing."""
    total = 0.0
    for index, paragraph in enumerate(paragraphs):
        if index:
            total += paragraph.space_before
        total += len(paragraph.lines) * paragraph.size * paragraph.line_spacing
    return total


def paint_paragraphs(
    painter: QPainter,
    paragraphs: Sequence[Paragraph],
    rect: QRectF,
    inset: float,
    anchor: str,
    fonts: SlideFonts,
    name: str,
    trace: list[DrawnLine] | None = None,
) -> None:
    """Draw each paragraph's planned lines inside ``rect`` less ``inset``; never re-wrap."""
    inner = rect.adjusted(inset, inset, -inset, -inset)
    used = text_height(paragraphs)
    if anchor == "middle":
        y = inner.y() + (inner.height() - used) / 2
    elif anchor == "bottom":
        y = inner.bottom() - used
    else:
        y = inner.y()
    for index, paragraph in enumerate(paragraphs):
        if index:
            y += paragraph.space_before
        font = fonts.paragraph_font(paragraph)
        metrics = fonts.metrics(paragraph.lang, paragraph.size, paragraph.bold, paragraph.italic)
        pitch = paragraph.size * paragraph.line_spacing
        glyph_height = metrics.ascent() + metrics.descent()
        painter.setFont(font)
        painter.setPen(qcolor(paragraph.color))
        for line in paragraph.lines:
            baseline = y + (pitch - glyph_height) / 2 + metrics.ascent()
            _draw_line(painter, line, paragraph, metrics, inner, baseline)
            if trace is not None:
                width = min(metrics.horizontalAdvance(line), inner.width())
                x = _line_x(paragraph.align, inner, width)
                trace.append(DrawnLine(name, line, x, y, width, pitch, QRectF(inner)))
            y += pitch


def _line_x(align: str, inner: QRectF, width: float) -> float:
    if align == "center":
        return inner.x() + (inner.width() - width) / 2
    if align == "right":
        return inner.right() - width
    return inner.x()


def draw_text(painter: QPainter, point: QPointF, text: str) -> None:
    """Draw ``text`` with its glyphs rasterised at device size, not drawn small and scaled up.

    Qt rasterises a scaled painter's glyphs at the font's own size and then transforms them;
    for the CFF outlines of the CJK font that makes small slide text (footers, captions) look
    bold. Drawing with a font enlarged by the painter's scale under an inverse scale keeps the
    same positions and advances (hinting is off) while each glyph is rendered at its real size.
    """
    scale = abs(painter.worldTransform().m22())
    if abs(scale - 1.0) < 0.01 or scale == 0.0:
        painter.drawText(point, text)
        return
    font = painter.font()
    large = QFont(font)
    large.setPointSizeF(font.pointSizeF() * scale)
    painter.save()
    painter.translate(point)
    painter.scale(1.0 / scale, 1.0 / scale)
    painter.setFont(large)
    painter.drawText(QPointF(0, 0), text)
    painter.restore()


def _draw_line(
    painter: QPainter,
    line: str,
    paragraph: Paragraph,
    metrics: QFontMetricsF,
    inner: QRectF,
    baseline: float,
) -> None:
    """One planned line; condensed horizontally if Qt's font measures it wider than the box."""
    advance = metrics.horizontalAdvance(line)
    if advance <= inner.width() + 0.01 or advance <= 0:
        draw_text(painter, QPointF(_line_x(paragraph.align, inner, advance), baseline), line)
        return
    squeeze = inner.width() / advance
    painter.save()
    painter.translate(inner.x(), baseline)
    painter.scale(squeeze, 1.0)
    draw_text(painter, QPointF(0, 0), line)
    painter.restore()


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
