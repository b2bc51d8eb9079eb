"""Draw a planned native chart (columns, bars or a line) as the .pptx writer styles it, in Qt.

The writer's chart: no value axis and no gridlines, the value scale from 0 (to at least 100% for
percentages), bold value labels (chart size + 3 pt) outside the end of each bar, category labels
under a light axis line, a gap of 70% of a bar between categories, a legend only for several
series.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QFontMetricsF, QPainter, QPainterPath, QPen

from wocdesk.deck.model import ChartBox
from wocdesk.ui.slides.draw import draw_text, qcolor
from wocdesk.ui.slides.fonts import SlideFonts

INK = "1F2937"
RULE = "D5DBE3"
GAP_WIDTH = 0.70
LABEL_EXTRA = 3.0


def format_value(value: float, number_format: str) -> str:
    """``value`` in an Excel-style number format (``0%``, ``0.0%``, ``0``, ``#,##0``, ``0.00``)."""
    fmt = number_format.strip()
    percent = fmt.endswith("%")
    if percent:
        value *= 100
        fmt = fmt[:-1]
    decimals = len(fmt.split(".", 1)[1]) if "." in fmt else 0
    grouping = "," if "," in fmt else ""
    text = f"{value:{grouping}.{decimals}f}"
    return text + ("%" if percent else "")


def nice_axis(maximum: float) -> tuple[float, float]:
    """The axis top and step for values from 0 to ``maximum`` (steps of 1, 2, 2.5 or 5 x 10^n)."""
    if maximum <= 0:
        return 1.0, 0.2
    rough = maximum / 5
    power = 10 ** math.floor(math.log10(rough))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= rough)
    top = math.ceil(maximum / step - 1e-9) * step
    if top <= maximum + 1e-12:
        top += step
    return top, step


def axis_top(box: ChartBox) -> float:
    """The top of the value scale, as the writer sets it (at least 100% for percentages)."""
    values = [v for series in box.series for v in series.values]
    largest = max(values, default=0.0)
    if box.number_format.strip().endswith("%"):
        return max(1.0, largest)
    return nice_axis(largest)[0]


def paint_chart(painter: QPainter, box: ChartBox, fonts: SlideFonts) -> None:
    """The chart in its box: title, series, value labels, category axis, legend."""
    size = box.font_size
    metrics = fonts.metrics(box.lang, size)
    label_metrics = fonts.metrics(box.lang, size + LABEL_EXTRA, bold=True)
    area = QRectF(box.x, box.y, box.w, box.h).adjusted(
        size * 0.4, size * 0.4, -size * 0.4, -size * 0.4
    )
    painter.save()
    painter.setPen(qcolor(INK))
    if box.title:
        painter.setFont(fonts.font(box.lang, size * 1.2, bold=True))
        title_metrics = fonts.metrics(box.lang, size * 1.2, bold=True)
        title_h = title_metrics.height()
        title_x = area.center().x() - title_metrics.horizontalAdvance(box.title) / 2
        draw_text(painter, QPointF(title_x, area.y() + title_metrics.ascent()), box.title)
        area.setTop(area.top() + title_h + size * 0.4)
    if len(box.series) > 1:
        area.setBottom(area.bottom() - metrics.height() - size * 0.5)
        legend = QRectF(area.x(), area.bottom() + size * 0.5, area.width(), metrics.height())
        _legend(painter, box, fonts, legend)
    top = axis_top(box)
    if box.kind == "bar":
        label_w = max(
            (metrics.horizontalAdvance(line) for c in box.categories for line in c.split("\n")),
            default=0.0,
        )
        widest = max(
            (
                label_metrics.horizontalAdvance(format_value(v, box.number_format))
                for s in box.series
                for v in s.values
            ),
            default=0.0,
        )
        plot = area.adjusted(label_w + size * 0.6, 0, -(widest + size * 0.4), 0)
    else:
        rows = max((c.count("\n") + 1 for c in box.categories), default=1)
        plot = area.adjusted(
            0, label_metrics.height() * 1.1, 0, -(metrics.height() * rows + size * 0.4)
        )
    _category_axis(painter, box, plot, metrics, size)
    painter.setFont(fonts.font(box.lang, size + LABEL_EXTRA, bold=True))
    if box.kind == "bar":
        _bars(painter, box, plot, top, label_metrics, size)
    elif box.kind == "line":
        _line(painter, box, plot, top, label_metrics, size)
    else:
        _columns(painter, box, plot, top, label_metrics, size)
    painter.restore()


def _category_axis(
    painter: QPainter, box: ChartBox, plot: QRectF, metrics: QFontMetricsF, size: float
) -> None:
    """The axis line with ticks between categories, and the category labels."""
    n = max(len(box.categories), 1)
    tick = size * 0.35
    painter.setPen(QPen(qcolor(RULE), 0.75))
    if box.kind == "bar":
        painter.drawLine(plot.topLeft(), plot.bottomLeft())
        for i in range(n + 1):
            y = plot.top() + plot.height() * i / n
            painter.drawLine(QPointF(plot.left() - tick, y), QPointF(plot.left(), y))
    else:
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        for i in range(n + 1):
            x = plot.left() + plot.width() * i / n
            painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + tick))
    painter.setPen(qcolor(INK))
    for index, category in enumerate(box.categories):
        lines = category.split("\n")  # a bilingual deck's categories have a line per language
        for line_no, line in enumerate(lines):
            w = metrics.horizontalAdvance(line)
            shift = (line_no - (len(lines) - 1) / 2) * metrics.height()
            if box.kind == "bar":
                # PowerPoint draws the first category nearest the origin (at the bottom).
                centre = plot.bottom() - plot.height() / n * (index + 0.5)
                baseline = centre + (metrics.ascent() - metrics.descent()) / 2 + shift
                draw_text(painter, QPointF(plot.left() - size * 0.5 - w, baseline), line)
            else:
                centre = plot.left() + plot.width() / n * (index + 0.5)
                baseline = plot.bottom() + size * 0.4 + metrics.ascent()
                draw_text(
                    painter, QPointF(centre - w / 2, baseline + line_no * metrics.height()), line
                )


def _series_colour(box: ChartBox, index: int) -> str:
    return box.colors[index % len(box.colors)] if box.colors else "2E6DA4"


def _label(painter: QPainter, text: str, x: float, baseline: float, metrics: QFontMetricsF) -> None:
    draw_text(painter, QPointF(x - metrics.horizontalAdvance(text) / 2, baseline), text)


def _columns(
    painter: QPainter, box: ChartBox, plot: QRectF, top: float, metrics: QFontMetricsF, size: float
) -> None:
    n, k = max(len(box.categories), 1), max(len(box.series), 1)
    slot = plot.width() / n
    bar_w = slot / (k + GAP_WIDTH)
    for s_index, series in enumerate(box.series):
        colour = qcolor(_series_colour(box, s_index))
        for c_index, value in enumerate(series.values[:n]):
            h = plot.height() * max(value, 0.0) / top
            x = plot.left() + slot * c_index + bar_w * (GAP_WIDTH / 2 + s_index)
            painter.fillRect(QRectF(x, plot.bottom() - h, bar_w, h), colour)
            painter.setPen(qcolor(INK))
            text = format_value(value, box.number_format)
            baseline = plot.bottom() - h - size * 0.3 - metrics.descent()
            _label(painter, text, x + bar_w / 2, baseline, metrics)


def _bars(
    painter: QPainter, box: ChartBox, plot: QRectF, top: float, metrics: QFontMetricsF, size: float
) -> None:
    n, k = max(len(box.categories), 1), max(len(box.series), 1)
    slot = plot.height() / n
    bar_h = slot / (k + GAP_WIDTH)
    for s_index, series in enumerate(box.series):
        colour = qcolor(_series_colour(box, s_index))
        for c_index, value in enumerate(series.values[:n]):
            w = plot.width() * max(value, 0.0) / top
            y = plot.bottom() - slot * (c_index + 1) + bar_h * (GAP_WIDTH / 2 + s_index)
            painter.fillRect(QRectF(plot.left(), y, w, bar_h), colour)
            painter.setPen(qcolor(INK))
            text = format_value(value, box.number_format)
            baseline = y + bar_h / 2 + (metrics.ascent() - metrics.descent()) / 2
            draw_text(painter, QPointF(plot.left() + w + size * 0.3, baseline), text)


def _line(
    painter: QPainter, box: ChartBox, plot: QRectF, top: float, metrics: QFontMetricsF, size: float
) -> None:
    n = max(len(box.categories), 1)
    slot = plot.width() / n
    for s_index, series in enumerate(box.series):
        colour = qcolor(_series_colour(box, s_index))
        points = [
            QPointF(plot.left() + slot * (i + 0.5), plot.bottom() - plot.height() * v / top)
            for i, v in enumerate(series.values[:n])
        ]
        path = QPainterPath()
        for i, point in enumerate(points):
            if i == 0:
                path.moveTo(point)
            else:
                path.lineTo(point)
        painter.setPen(QPen(colour, 2.25))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        painter.setBrush(QBrush(colour))
        for point, value in zip(points, series.values, strict=False):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(point, size * 0.3, size * 0.3)
            painter.setPen(qcolor(INK))
            text = format_value(value, box.number_format)
            _label(painter, text, point.x(), point.y() - size * 0.6 - metrics.descent(), metrics)


def _legend(painter: QPainter, box: ChartBox, fonts: SlideFonts, rect: QRectF) -> None:
    size = box.font_size
    metrics = fonts.metrics(box.lang, size)
    painter.setFont(fonts.font(box.lang, size))
    widths = [size * 2.3 + metrics.horizontalAdvance(s.name) for s in box.series]
    x = rect.x() + (rect.width() - sum(widths)) / 2
    for index, series in enumerate(box.series):
        swatch = QRectF(x, rect.y() + (rect.height() - size * 0.7) / 2, size * 0.7, size * 0.7)
        painter.fillRect(swatch, qcolor(_series_colour(box, index)))
        painter.setPen(qcolor(INK))
        draw_text(painter, QPointF(x + size, rect.y() + metrics.ascent()), series.name)
        x += widths[index]
