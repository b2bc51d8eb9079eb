"""Draw a planned native chart (columns, bars or a line) with axes and value labels in Qt."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QPainterPath, QPen

from wocdesk.deck.model import ChartBox

if TYPE_CHECKING:
    from PySide6.QtGui import QFontMetricsF, QPainter

    from wocdesk.ui.slide_renderer import SlideFonts

AXIS = "7F7F7F"
GRID = "D9D9D9"
LABEL = "404040"


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


def paint_chart(painter: QPainter, box: ChartBox, fonts: SlideFonts) -> None:
    """The chart in its box: title, value gridlines, category axis, series, value labels."""
    from wocdesk.ui.slide_renderer import qcolor

    size = box.font_size
    font = fonts.font(box.lang, size)
    metrics = fonts.metrics(box.lang, size)
    line_h = metrics.height()
    area = QRectF(box.x, box.y, box.w, box.h).adjusted(
        size * 0.5, size * 0.5, -size * 0.5, -size * 0.5
    )
    painter.save()
    if box.title:
        title_font = fonts.font(box.lang, size * 1.2, bold=True)
        painter.setFont(title_font)
        painter.setPen(qcolor(LABEL))
        title_h = fonts.metrics(box.lang, size * 1.2, bold=True).height()
        painter.drawText(
            QRectF(area.x(), area.y(), area.width(), title_h),
            Qt.AlignmentFlag.AlignCenter,
            box.title,
        )
        area.setTop(area.top() + title_h + size * 0.4)
    if len(box.series) > 1:
        area.setBottom(area.bottom() - line_h - size * 0.5)
        _legend(
            painter, box, fonts, QRectF(area.x(), area.bottom() + size * 0.5, area.width(), line_h)
        )
    painter.setFont(font)
    values = [v for series in box.series for v in series.values]
    top, step = nice_axis(max(values, default=0.0))
    ticks = [i * step for i in range(round(top / step) + 1)]
    tick_labels = [format_value(t, box.number_format) for t in ticks]
    if box.kind == "bar":
        label_w = max((metrics.horizontalAdvance(c) for c in box.categories), default=0.0)
        plot = area.adjusted(label_w + size * 0.6, line_h * 0.2, -size, -(line_h + size * 0.4))
    else:
        label_w = max((metrics.horizontalAdvance(t) for t in tick_labels), default=0.0)
        plot = area.adjusted(
            label_w + size * 0.6, line_h * 1.2, -size * 0.5, -(line_h + size * 0.4)
        )
    _axes(painter, box, plot, ticks, tick_labels, top, metrics, size)
    if box.kind == "bar":
        _bars(painter, box, plot, top, metrics, size)
    elif box.kind == "line":
        _line(painter, box, plot, top, metrics, size)
    else:
        _columns(painter, box, plot, top, metrics, size)
    painter.restore()


def _axes(
    painter: QPainter,
    box: ChartBox,
    plot: QRectF,
    ticks: list[float],
    tick_labels: list[str],
    top: float,
    metrics: QFontMetricsF,
    size: float,
) -> None:
    from wocdesk.ui.slide_renderer import qcolor

    n = max(len(box.categories), 1)
    grid_pen = QPen(qcolor(GRID), 0.75)
    axis_pen = QPen(qcolor(AXIS), 0.75)
    label_pen = QPen(qcolor(LABEL))
    for tick, label in zip(ticks, tick_labels, strict=False):
        if box.kind == "bar":
            x = plot.left() + plot.width() * tick / top
            painter.setPen(grid_pen)
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            painter.setPen(label_pen)
            w = metrics.horizontalAdvance(label)
            painter.drawText(
                QPointF(x - w / 2, plot.bottom() + size * 0.3 + metrics.ascent()), label
            )
        else:
            y = plot.bottom() - plot.height() * tick / top
            painter.setPen(grid_pen)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(label_pen)
            w = metrics.horizontalAdvance(label)
            baseline = y + (metrics.ascent() - metrics.descent()) / 2
            painter.drawText(QPointF(plot.left() - size * 0.4 - w, baseline), label)
    painter.setPen(axis_pen)
    if box.kind == "bar":
        painter.drawLine(plot.topLeft(), plot.bottomLeft())
    else:
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    painter.setPen(label_pen)
    for index, category in enumerate(box.categories):
        w = metrics.horizontalAdvance(category)
        if box.kind == "bar":
            # PowerPoint draws the first category nearest the axis origin (at the bottom).
            slot = plot.height() / n
            centre = plot.bottom() - slot * (index + 0.5)
            baseline = centre + (metrics.ascent() - metrics.descent()) / 2
            painter.drawText(QPointF(plot.left() - size * 0.4 - w, baseline), category)
        else:
            slot = plot.width() / n
            centre = plot.left() + slot * (index + 0.5)
            painter.drawText(
                QPointF(centre - w / 2, plot.bottom() + size * 0.3 + metrics.ascent()), category
            )


def _series_colour(box: ChartBox, index: int) -> str:
    return box.colors[index % len(box.colors)] if box.colors else "1F4E79"


def _value_label(painter: QPainter, text: str, x: float, y: float, metrics: QFontMetricsF) -> None:
    painter.drawText(QPointF(x - metrics.horizontalAdvance(text) / 2, y), text)


def _columns(
    painter: QPainter, box: ChartBox, plot: QRectF, top: float, metrics: QFontMetricsF, size: float
) -> None:
    from wocdesk.ui.slide_renderer import qcolor

    n, k = max(len(box.categories), 1), max(len(box.series), 1)
    slot = plot.width() / n
    bar_w = slot * 0.6 / k
    for s_index, series in enumerate(box.series):
        colour = qcolor(_series_colour(box, s_index))
        for c_index, value in enumerate(series.values[:n]):
            h = plot.height() * value / top
            x = plot.left() + slot * c_index + slot * 0.2 + bar_w * s_index
            painter.fillRect(QRectF(x, plot.bottom() - h, bar_w, h), colour)
            painter.setPen(qcolor(LABEL))
            text = format_value(value, box.number_format)
            _value_label(
                painter,
                text,
                x + bar_w / 2,
                plot.bottom() - h - size * 0.3 - metrics.descent(),
                metrics,
            )


def _bars(
    painter: QPainter, box: ChartBox, plot: QRectF, top: float, metrics: QFontMetricsF, size: float
) -> None:
    from wocdesk.ui.slide_renderer import qcolor

    n, k = max(len(box.categories), 1), max(len(box.series), 1)
    slot = plot.height() / n
    bar_h = slot * 0.6 / k
    for s_index, series in enumerate(box.series):
        colour = qcolor(_series_colour(box, s_index))
        for c_index, value in enumerate(series.values[:n]):
            w = plot.width() * value / top
            y = plot.bottom() - slot * (c_index + 1) + slot * 0.2 + bar_h * s_index
            painter.fillRect(QRectF(plot.left(), y, w, bar_h), colour)
            painter.setPen(qcolor(LABEL))
            text = format_value(value, box.number_format)
            baseline = y + bar_h / 2 + (metrics.ascent() - metrics.descent()) / 2
            painter.drawText(QPointF(plot.left() + w + size * 0.3, baseline), text)


def _line(
    painter: QPainter, box: ChartBox, plot: QRectF, top: float, metrics: QFontMetricsF, size: float
) -> None:
    from wocdesk.ui.slide_renderer import qcolor

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
            path.moveTo(point) if i == 0 else path.lineTo(point)
        painter.setPen(QPen(colour, 2.25))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        painter.setBrush(QBrush(colour))
        for point, value in zip(points, series.values, strict=False):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(point, size * 0.3, size * 0.3)
            painter.setPen(qcolor(LABEL))
            text = format_value(value, box.number_format)
            _value_label(
                painter, text, point.x(), point.y() - size * 0.6 - metrics.descent(), metrics
            )


def _legend(painter: QPainter, box: ChartBox, fonts: SlideFonts, rect: QRectF) -> None:
    from wocdesk.ui.slide_renderer import qcolor

    size = box.font_size
    metrics = fonts.metrics(box.lang, size)
    painter.setFont(fonts.font(box.lang, size))
    widths = [size + size * 0.3 + metrics.horizontalAdvance(s.name) + size for s in box.series]
    x = rect.x() + (rect.width() - sum(widths)) / 2
    for index, series in enumerate(box.series):
        painter.fillRect(
            QRectF(x, rect.y() + (rect.height() - size * 0.7) / 2, size * 0.7, size * 0.7),
            qcolor(_series_colour(box, index)),
        )
        painter.setPen(qcolor(LABEL))
        painter.drawText(QPointF(x + size, rect.y() + metrics.ascent()), series.name)
        x += widths[index]
