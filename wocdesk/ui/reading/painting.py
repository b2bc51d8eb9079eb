"""Painting one laid-out row: flash, text with its format layers and selection, ⇄, decorations."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QTextCharFormat

from wocdesk.ui.reading.formats import FormatLayers, format_range
from wocdesk.ui.reading.row_layout import BlockLayout, RowLayout
from wocdesk.ui.reading.rows import REVEAL_MARK, Block, Mark
from wocdesk.ui.reading.selection import Selection
from wocdesk.ui.reading.style import Face, ReadingStyle


class Decorator(Protocol):
    """Draws over the text of blocks, with room asked above their lines (e.g. pinyin as ruby)."""

    def space_above(self, block: Block, face: Face) -> float:
        """Pixels to keep free above each line of ``block`` (0: none); asked at layout."""

    def paint(self, painter: QPainter, block: BlockLayout, origin: QPointF) -> None:
        """Draw over ``block``, whose row's top-left is at ``origin`` in the viewport."""


def selection_format(style: ReadingStyle) -> QTextCharFormat:
    """How selected text (and the current find match) looks."""
    fmt = QTextCharFormat()
    fmt.setBackground(style.highlight)
    fmt.setForeground(style.highlighted_text)
    return fmt


def paint_row(
    painter: QPainter,
    laid: RowLayout,
    row: int,
    top: float,
    style: ReadingStyle,
    layers: FormatLayers,
    selection: Selection,
    flash: bool = False,
    decorators: Sequence[Decorator] = (),
) -> None:
    """Paint row ``row`` with its top at viewport y ``top``."""
    if flash and laid.blocks:
        _paint_flash(painter, laid, top, style)
    for number, block in enumerate(laid.blocks):
        ranges = layers.ranges_for(block)
        part = selection.range_in(row, number, len(block.block.text))
        if part is not None:
            chosen = selection_format(style)
            ranges.append(format_range(block, part[0], part[1] - part[0], chosen))
        painter.setPen(style.color_of(block.block.role))
        block.layout.draw(painter, QPointF(block.x, top + block.y), ranges)
        if block.mark is not None:
            _paint_mark(painter, block, top, style)
    origin = QPointF(0.0, top)
    for decorator in decorators:
        for block in laid.blocks:
            decorator.paint(painter, block, origin)


def _paint_flash(painter: QPainter, laid: RowLayout, top: float, style: ReadingStyle) -> None:
    left = laid.columns.xs[0]
    right = laid.columns.xs[-1] + laid.columns.width
    upper = min(b.y for b in laid.blocks)
    lower = max(b.y + b.height for b in laid.blocks)
    pad = style.em * 0.35
    box = QRectF(left - pad, top + upper - pad, right - left + 2 * pad, lower - upper + 2 * pad)
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(style.flash)
    painter.drawRoundedRect(box, pad, pad)
    painter.restore()


def _paint_mark(painter: QPainter, block: BlockLayout, top: float, style: ReadingStyle) -> None:
    assert block.mark is not None
    painter.save()
    painter.setFont(block.face.font)
    painter.setPen(style.link if block.block.mark == Mark.HIDE else style.muted)
    baseline = top + block.y + block.face.first_baseline + block.pitch - block.face.pitch
    baseline += (block.lines - 1) * block.pitch
    painter.drawText(QPointF(block.mark.left(), baseline), REVEAL_MARK)
    painter.restore()
