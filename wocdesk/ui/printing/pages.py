"""Lay the printable document out on pages; paint them with a running header and page numbers."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPainter,
    QPen,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
)

from wocdesk.i18n import _
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


@dataclass
class _Part:
    """One part of the document, laid out, and the page (0-based) it starts on."""

    document: QTextDocument
    first_page: int
    pages: int


def paint_pages(
    parts: Sequence[str],
    header: RunningHeader,
    fonts: PrintFonts,
    device: QPagedPaintDevice,
    progress: Progress | None = None,
) -> int:
    """Paint the document's parts on ``device``, page after page; return the number of pages.

    Text is drawn as text (a PDF keeps it searchable and copyable). ``PrintCancelled`` is
    raised when ``progress`` returns False.
    """
    width, height = float(device.width()), float(device.height())
    header_font = _font(fonts, HEADER_POINT_SIZE)
    metrics = QFontMetricsF(header_font, device)
    band = metrics.height() + _points(device, 6.0)  # header line, then a gap above the text
    footer = metrics.height() + _points(device, 6.0)
    body = QSizeF(width, max(height - band - footer, height / 2))
    laid = _lay_out(parts, fonts, device, body, progress)
    pages = laid[-1].first_page + laid[-1].pages if laid else 0
    if progress is not None and not progress(0, pages):
        raise PrintCancelled
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(_("the printer or the file cannot be written"))
    try:
        painter.setPen(QColor("#000000"))
        current = 0  # the page being painted
        framed = -1  # the last page given its header and number
        for part in laid:
            for index in range(part.pages):
                page = part.first_page + index
                if page > current:
                    if progress is not None and not progress(current + 1, pages):
                        raise PrintCancelled
                    if not device.newPage():
                        raise OSError(_("the printer refused a new page"))
                    current = page
                if framed != page:
                    _paint_frame(painter, header, header_font, metrics, page + 1, pages, device)
                    framed = page
                painter.save()
                painter.translate(0.0, band - index * body.height())
                page_rect = QRectF(0.0, index * body.height(), body.width(), body.height())
                painter.setClipRect(page_rect)
                _draw_lines(painter, part.document, page_rect)
                painter.restore()
        if progress is not None and not progress(pages, pages):
            raise PrintCancelled
    finally:
        painter.end()
    return pages


def _draw_lines(painter: QPainter, document: QTextDocument, page: QRectF) -> None:
    """Draw the lines of ``document`` whose middle lies on ``page``: each line on one page.

    The document layout's own ``draw`` also draws the line just above its clip in a block
    that crosses a page break (table cells: the Both mode's rows); clipped, it is invisible,
    but a PDF keeps it as text, so copying or searching found such lines twice.
    """
    layout = document.documentLayout()
    block = document.begin()
    while block.isValid():
        rect = layout.blockBoundingRect(block)
        if rect.bottom() >= page.top() and rect.top() <= page.bottom():
            text = block.layout()
            for number in range(text.lineCount()):
                line = text.lineAt(number)
                middle = rect.top() + line.y() + line.height() / 2
                if page.top() <= middle < page.bottom():
                    line.draw(painter, rect.topLeft())
        block = block.next()


def _lay_out(
    parts: Sequence[str],
    fonts: PrintFonts,
    device: QPagedPaintDevice,
    body: QSizeF,
    progress: Progress | None,
) -> list[_Part]:
    """Lay out each part to continue on the page where the one before it ended."""
    laid: list[_Part] = []
    page, used = 0, 0.0
    for html in parts:
        if progress is not None and not progress(0, 0):
            raise PrintCancelled
        document = layout_document(html, fonts, device)
        if used:
            _start_lower(document, used)
        document.setPageSize(body)
        count = document.pageCount()
        laid.append(_Part(document, page, count))
        bottom = document.documentLayout().documentSize().height()
        used = bottom - (count - 1) * body.height()
        page += count - 1
        if body.height() - used < _points(device, 3 * BODY_POINT_SIZE):
            page, used = page + 1, 0.0  # too little room left for a line: the next part turns
    return laid


def _start_lower(document: QTextDocument, offset: float) -> None:
    """Move the document's content ``offset`` pixels down its first page."""
    cursor = QTextCursor(document)
    first = document.firstBlock()
    if first.length() == 1 and first.next().isValid() and cursor.currentFrame() is not None:
        follows_frame = document.rootFrame().childFrames()
        if follows_frame and follows_frame[0].firstPosition() == first.position() + 1:
            spacer = first.blockFormat()  # an empty block before a table takes no room itself
            spacer.setTopMargin(offset)
            cursor.setBlockFormat(spacer)
            return
    cursor.insertBlock()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    spacer = QTextBlockFormat()
    spacer.setLineHeight(offset, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
    cursor.setBlockFormat(spacer)


def _paint_frame(
    painter: QPainter,
    header: RunningHeader,
    font: QFont,
    metrics: QFontMetricsF,
    page: int,
    pages: int,
    device: QPagedPaintDevice,
) -> None:
    """The running header (title left, source right, a rule under them) and ``page / pages``."""
    width, height = float(device.width()), float(device.height())
    _paint_header(painter, header, font, metrics, width, device)
    _paint_page_number(painter, font, page, pages, width, height, metrics)


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
