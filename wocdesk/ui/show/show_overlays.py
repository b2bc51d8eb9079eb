"""What the show draws over the slide: the notes overlay, the slide number being typed, messages."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter

from wocdesk.i18n import _

if TYPE_CHECKING:
    from wocdesk.ui.show.show_window import ShowWindow

PANEL = QColor(16, 24, 32, 225)
TEXT = QColor("white")
MIN_NOTES_PX = 11.0


def notes_text(show: ShowWindow) -> str:
    """The notes of the current slide, or a line saying it has none."""
    return show.slide.notes.strip() or _("(This slide has no notes.)")


def notes_heading(show: ShowWindow) -> str:
    """The notes overlay's heading: which slide they belong to."""
    return _("Notes · slide {number} of {count}").format(
        number=show.index + 1, count=len(show.deck.slides)
    )


def _font(show: ShowWindow, pixels: float, bold: bool = False) -> QFont:
    font = QFont(show.overlay_font())
    font.setPixelSize(max(10, round(pixels)))
    font.setBold(bold)
    return font


def paint_overlays(painter: QPainter, show: ShowWindow) -> None:
    """Notes (N), the typed slide number, and a passing message, over the slide."""
    height = float(show.height())
    unit = max(height / 45.0, 11.0)
    if show.notes_visible and show.deck.slides:
        panel = QRectF(0, height * 0.6, show.width(), height * 0.4)
        painter.fillRect(panel, PANEL)
        inner = panel.adjusted(unit * 1.5, unit, -unit * 1.5, -unit)
        painter.setPen(TEXT)
        painter.setFont(_font(show, unit * 0.9, bold=True))
        painter.drawText(
            inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, notes_heading(show)
        )
        body = inner.adjusted(0, unit * 1.8, 0, 0)
        flags = int(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        )
        text = notes_text(show)
        size = unit
        while True:  # long notes get a smaller size, down to a legible minimum, rather than cut
            font = _font(show, size)
            painter.setFont(font)
            needed = painter.boundingRect(body, flags, text)
            if needed.height() <= body.height() or size <= MIN_NOTES_PX:
                break
            size = max(size * 0.9, MIN_NOTES_PX)
        painter.drawText(body, flags, text)
    badge = ""
    if show.digits:
        badge = _("Go to slide {number}").format(number=show.digits)
    elif show.message:
        badge = show.message
    if badge:
        font = _font(show, unit)
        painter.setFont(font)
        width = painter.fontMetrics().horizontalAdvance(badge) + unit * 2
        rect = QRectF(show.width() - width - unit, unit, width, unit * 2.2)
        painter.fillRect(rect, PANEL)
        painter.setPen(TEXT)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, badge)
