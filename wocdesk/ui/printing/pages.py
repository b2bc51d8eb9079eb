"""Lay the printable document out on pages; paint them with a running header and page numbers."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPainter,
    QPalette,
    QPen,
    QTextDocument,
)

from wocdesk.ui.printing.document import PrintFonts, RunningHeader

# Page margins (mm); the running header and the page number sit inside the text area.
MARGINS_MM = QMarginsF(18.0, 14.0, 18.0, 12.0)
BODY_POINT_SIZE = 10.5
HEADER_POINT_SIZE = 8.0
# progress(pages done, pages in all) -> False to stop; called after the layout and each page.
Progress = Callable[[int, int], bool]


class PrintCancelled(Exception):
    """The reader stopped the printing before the last page."""


def set_margins(device: QPagedPaintDevice) -> None:
    """Give ``device`` wocdesk's page margins (the printable area still limits them)."""
    device.setPageMargins(MARGINS_MM, QPageLayout.Unit.Millimeter)


def _font(fonts: PrintFonts, point_size: float) -> QFont:
    font = QFont()
    font.setFamilies([f for f in (fonts.en, fonts.zh) if f])
    font.setPointSizeF(point_size)
    # No ligatures: "ffi" in the PDF then copies and searches as three letters, not as "ﬃ".
    for tag in ("liga", "clig"):
        font.setFeature(QFont.Tag(tag), 0)
    return font


def _points(device: QPagedPaintDevice, points: float) -> float:
    """``points`` in the device's pixels."""
    return points * device.logicalDpiY() / 72.0


def layout_document(html: str, fonts: PrintFonts, device: QPagedPaintDevice) -> QTextDocument:
    """The document laid out in the device's pixels (no page size yet)."""
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    document.setDefaultFont(_font(fonts, BODY_POINT_SIZE))
    document.setDocumentMargin(0)
    document.setUndoRedoEnabled(False)
    document.setHtml(html)
    return document


def paint_pages(
    html: str,
    header: RunningHeader,
    fonts: PrintFonts,
    device: QPagedPaintDevice,
    progress: Progress | None = None,
) -> int:
    """Paint the document on ``device``, one page after another; return the number of pages.

    Text is drawn as text (a PDF keeps it searchable and copyable). ``PrintCancelled`` is
    raised when ``progress`` returns False.
    """
    document = layout_document(html, fonts, device)
    width, height = float(device.width()), float(device.height())
    header_font = _font(fonts, HEADER_POINT_SIZE)
    metrics = QFontMetricsF(header_font, device)
    band = metrics.height() + _points(device, 6.0)  # header line, then a gap above the text
    footer = metrics.height() + _points(device, 6.0)
    body = QSizeF(width, max(height - band - footer, height / 2))
    document.setPageSize(body)
    pages = document.pageCount()
    if progress is not None and not progress(0, pages):
        raise PrintCancelled
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("the printer or file could not be opened for painting")
    try:
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, QColor("#000000"))
        layout = document.documentLayout()
        for index in range(pages):
            if index and not device.newPage():
                raise OSError("the printer refused a new page")
            painter.save()
            painter.translate(0.0, band - index * body.height())
            context.clip = QRectF(0.0, index * body.height(), body.width(), body.height())
            painter.setClipRect(context.clip)
            layout.draw(painter, context)
            painter.restore()
            _paint_header(painter, header, header_font, metrics, width, device)
            _paint_page_number(painter, header_font, index + 1, pages, width, height, metrics)
            if progress is not None and not progress(index + 1, pages):
                raise PrintCancelled
    finally:
        painter.end()
    return pages


def _paint_header(
    painter: QPainter,
    header: RunningHeader,
    font: QFont,
    metrics: QFontMetricsF,
    width: float,
    device: QPagedPaintDevice,
) -> None:
    painter.save()
    painter.setFont(font)
    painter.setPen(QColor("#444444"))
    gap = metrics.horizontalAdvance("    ")
    source_width = min(metrics.horizontalAdvance(header.source), width * 0.45)
    source = metrics.elidedText(header.source, Qt.TextElideMode.ElideRight, source_width)
    title_width = max(width - source_width - gap, 0.0)
    title = metrics.elidedText(header.title, Qt.TextElideMode.ElideRight, title_width)
    baseline = metrics.ascent()
    painter.drawText(QPointF(0.0, baseline), title)
    painter.drawText(QPointF(width - metrics.horizontalAdvance(source), baseline), source)
    rule_y = metrics.height() + _points(device, 2.0)
    painter.setPen(QPen(QColor("#999999"), _points(device, 0.5)))
    painter.drawLine(QPointF(0.0, rule_y), QPointF(width, rule_y))
    painter.restore()


def _paint_page_number(
    painter: QPainter,
    font: QFont,
    page: int,
    pages: int,
    width: float,
    height: float,
    metrics: QFontMetricsF,
) -> None:
    painter.save()
    painter.setFont(font)
    painter.setPen(QColor("#444444"))
    text = f"{page} / {pages}"
    x = (width - metrics.horizontalAdvance(text)) / 2
    painter.drawText(QPointF(x, height - metrics.descent()), text)
    painter.restore()
