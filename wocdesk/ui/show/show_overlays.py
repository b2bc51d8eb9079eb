"""What the show draws over the slide: the notes overlay, the slide number being typed, messages."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter

from wocdesk.i18n import _
from wocdesk.ui.show.notes_overlay import (
    PANEL,
    TEXT,
    NotesFlow,
    fit_notes,
    paint_notes_panel,
)

if TYPE_CHECKING:
    from wocdesk.ui.show.show_window import ShowWindow

MIN_NOTES_PX = 11.0
NOTES_SHARE = 0.55  # the notes panel takes at most this share of the show's height


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


def notes_geometry(show: ShowWindow, unit: float) -> tuple[QRectF, QRectF, NotesFlow]:
    """Where the notes go: the panel, the columns' area inside it, and the notes flowed.

    The panel spans the bottom of the show and is as tall as the notes need (at most
    ``NOTES_SHARE`` of the height); the columns, each as wide as the readable measure, are
    centred.
    """
    width, height = float(show.width()), float(show.height())
    margin = unit * 1.5
    heading = QFontMetricsF(_font(show, unit * 0.9, bold=True)).height()
    room = QRectF(0, 0, width - 2 * margin, height * NOTES_SHARE - heading - unit * 2.6)
    flow = fit_notes(notes_text(show), show.overlay_font(), unit, MIN_NOTES_PX, room)
    used = min(room.height(), flow.height)
    panel_height = used + heading + unit * 2.6
    panel = QRectF(0, height - panel_height, width, panel_height)
    columns = min(room.width(), flow.width(gutter(flow)))
    body = QRectF((width - columns) / 2, panel.top() + unit * 1.6 + heading, columns, used)
    return panel, body, flow


def gutter(flow: NotesFlow) -> float:
    """The space between two columns of notes."""
    return flow.column_width * 0.06


def paint_notes(painter: QPainter, show: ShowWindow, unit: float) -> None:
    """The notes overlay (N) over the bottom of the slide."""
    panel, body, flow = notes_geometry(show, unit)
    heading_font = _font(show, unit * 0.9, bold=True)
    paint_notes_panel(painter, panel, notes_heading(show), heading_font, flow, body, gutter(flow))


def paint_overlays(painter: QPainter, show: ShowWindow) -> None:
    """Notes (N), the typed slide number, and a passing message, over the slide."""
    height = float(show.height())
    unit = max(height / 45.0, 11.0)
    if show.notes_visible and show.deck.slides:
        paint_notes(painter, show, unit)
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
