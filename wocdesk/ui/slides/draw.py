"""Draw a planned slide's text: each paragraph's planned lines, never wrapped again."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter

from wocdesk.deck.layout.compose import height_of
from wocdesk.deck.model import Paragraph
from wocdesk.ui.slides.fonts import SlideFonts


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


def paint_paragraphs(
    painter: QPainter,
    paragraphs: tuple[Paragraph, ...],
    rect: QRectF,
    inset: float,
    anchor: str,
    fonts: SlideFonts,
    name: str,
    trace: list[DrawnLine] | None = None,
) -> None:
    """Draw each paragraph's planned lines inside ``rect`` less ``inset``; never re-wrap."""
    inner = rect.adjusted(inset, inset, -inset, -inset)
    used = height_of(paragraphs)
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
